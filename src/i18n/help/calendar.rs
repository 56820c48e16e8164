//! Help texts of `gov calendar`.

use super::HelpText;

/// The help texts of `gov calendar`.
pub static HELP: &[HelpText] = &[
    HelpText {
        key: "gov calendar",
        da: "Vis årshjulet: de begivenheder, gov.yaml angiver under\n`cycle:`, hver på de dage, dens regel giver, med møderne på fil\npå deres plads (et mødes faktiske dato går forud for reglens).",
        en: "Show the annual cycle (årshjul): the events gov.yaml declares under\n`cycle:`, each on the days its rule gives, with the meetings on file in\ntheir place (a meeting's real date wins over the rule's).",
    },
    HelpText {
        key: "gov calendar #long",
        da: "Vis årshjulet: de begivenheder, gov.yaml angiver under\n`cycle:`, hver på de dage, dens regel giver, med møderne på fil\npå deres plads (et mødes faktiske dato går forud for reglens).\n\nRegler skrives, som man siger dem, på dansk eller engelsk: `1.\ntorsdag`, `sidste fredag i marts`, `den 15.`, `second tuesday`, med\n`every: kvartal` eller `months: [marts, september]`, og undtagelser, der\nspringer én dato over, flytter den eller aflyser den (se `cycle:` i\n`gov config`). Perioden er et år fra `--from` (standard: 1. januar i år).\n`--format ics` skriver iCalendar til mailprogrammer: faste UID'er, tider i\nEurope/Copenhagen, stemplet med HEAD-commit'ets tid, så det samme commit\ngiver den samme fil. `--format svg` tegner året som et hjul (tolv\nmåneder fra `--from`, dagen i dag markeret). `--format json` skriver\n`from`, `to` og `entries` (`date`, `start`, `end`, `title`, `event`,\n`rule_date`, `body`, `body_label`, `place`, `state`, `meeting`, `path`,\n`key`).\n\nEksempler:\n  gov calendar\n  gov calendar --from 2027-01-01 --body styregruppe\n  gov calendar --format ics > aarshjul.ics\n  gov calendar --format svg > aarshjul.svg\n  gov calendar --format json | jq '.entries[] | .date'",
        en: "Show the annual cycle (årshjul): the events gov.yaml declares under\n`cycle:`, each on the days its rule gives, with the meetings on file in\ntheir place (a meeting's real date wins over the rule's).\n\nRules are written as people say them, in Danish or English: `1.\ntorsdag`, `sidste fredag i marts`, `den 15.`, `second tuesday`, with\n`every: kvartal` or `months: [marts, september]`, and exceptions that\nskip, move or cancel one date (see `cycle:` in `gov config`). The\nwindow is a year from `--from` (default: 1 January of this year).\n`--format ics` writes iCalendar for mail clients: stable UIDs, times in\nEurope/Copenhagen, stamped with the HEAD commit's time, so the same\ncommit gives the same file. `--format svg` draws the year as a wheel\n(twelve months from `--from`, today marked). `--format json` prints\n`from`, `to` and `entries` (`date`, `start`, `end`, `title`, `event`,\n`rule_date`, `body`, `body_label`, `place`, `state`, `meeting`, `path`,\n`key`).\n\nExamples:\n  gov calendar\n  gov calendar --from 2027-01-01 --body styregruppe\n  gov calendar --format ics > aarshjul.ics\n  gov calendar --format svg > aarshjul.svg\n  gov calendar --format json | jq '.entries[] | .date'",
    },
    HelpText {
        key: "gov calendar --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov calendar --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov calendar --format =table",
        da: "Kolonner på linje, der passer til terminalen",
        en: "Aligned columns that fit the terminal",
    },
    HelpText {
        key: "gov calendar --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov calendar --format =ics",
        da: "iCalendar (RFC 5545) til mailprogrammer",
        en: "iCalendar (RFC 5545) for mail clients",
    },
    HelpText {
        key: "gov calendar --format =svg",
        da: "Årshjulet som et hjul (SVG)",
        en: "The annual cycle as a wheel (SVG)",
    },
    HelpText {
        key: "gov calendar --from",
        da: "Den første dag (standard: 1. januar i år, eller i GOV_TODAY's år); danske skrivemåder læses med dagen først",
        en: "The first day (default: 1 January of this year, or of GOV_TODAY's); Danish forms are read day-first",
    },
    HelpText {
        key: "gov calendar --from #value",
        da: "DATO",
        en: "DATE",
    },
    HelpText {
        key: "gov calendar --to",
        da: "Den sidste dag (standard: et år efter den første, minus en dag)",
        en: "The last day (default: a year after the first, less a day)",
    },
    HelpText {
        key: "gov calendar --to #value",
        da: "DATO",
        en: "DATE",
    },
    HelpText {
        key: "gov calendar --body",
        da: "Kun dette organs begivenheder og møder (dets id, navn eller alias)",
        en: "Only this body's events and meetings (its id, label or alias)",
    },
    HelpText {
        key: "gov calendar --body #value",
        da: "ORGAN",
        en: "BODY",
    },
];
