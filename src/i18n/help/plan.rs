//! Help texts of `gov actions` and `gov roadmap`.

use super::HelpText;

/// The help texts of `gov actions` and `gov roadmap`.
pub static HELP: &[HelpText] = &[
    HelpText {
        key: "gov actions",
        da: "Vis, hvad der er lovet: opfølgningspunkterne i mødereferater\n(`- [ ] @sofie Send udkast (due 2026-09-01)`) og opgaverne, med\nhvor hvert er skrevet, hvem der gør det, hvornår fristen er, og om det er\nåbent, udført eller forsinket.",
        en: "List what was promised: the action items of meeting minutes\n(`- [ ] @sofie Send udkast (due 2026-09-01)`) and the task records, with\nwhere each was written, who does it, when it is due and whether it is\nopen, done or overdue.",
    },
    HelpText {
        key: "gov actions #long",
        da: "Vis, hvad der er lovet: opfølgningspunkterne i mødereferater\n(`- [ ] @sofie Send udkast (due 2026-09-01)`) og opgaverne, med\nhvor hvert er skrevet, hvem der gør det, hvornår fristen er, og om det er\nåbent, udført eller forsinket.\n\nKun åbne punkter, medmindre `--all`. Sorteret efter frist (punkter uden\nfrist sidst), derefter efter kilde. `--owner` finder én person, uanset\nhvordan navnet er skrevet: store eller små bogstaver, med eller uden\ndanske bogstaver (`soeren`, `Søren`), fornavn, fulde navn eller den lokale\ndel af et organmedlems e-mail i gov.yaml. `@sofie` regnes som Sofie\nSøndergaard, når hun er den eneste Sofie, repositoriet nævner.\n`--format markdown` er en opfølgningsliste til næste dagsorden;\n`--format json` skriver `as_of`, `owner`, `all` og `items` (`source`,\n`source_kind`, `source_title`, `source_date`, `path`, `line`, `text`,\n`owner`, `owner_as_written`, `due`, `due_as_written`, `state`,\n`days_overdue`, `from`).\n\nEksempler:\n  gov actions\n  gov actions --owner sofie --all\n  gov actions --format markdown >> dagsorden.md\n  gov actions --format json | jq -r '.items[] | select(.days_overdue) | .owner'",
        en: "List what was promised: the action items of meeting minutes\n(`- [ ] @sofie Send udkast (due 2026-09-01)`) and the task records, with\nwhere each was written, who does it, when it is due and whether it is\nopen, done or overdue.\n\nOpen items only, unless `--all`. Sorted by due date (items without one\nlast), then by source. `--owner` finds one person however the name was\nwritten: any case, with or without Danish letters (`soeren`, `Søren`),\nby first name, full name or the local part of a body member's e-mail in\ngov.yaml. `@sofie` counts as Sofie Søndergaard when she is the one Sofie\nthe repository names. `--format markdown` is a follow-up list for the\nnext agenda; `--format json` prints `as_of`, `owner`, `all` and `items`\n(`source`, `source_kind`, `source_title`, `source_date`, `path`, `line`,\n`text`, `owner`, `owner_as_written`, `due`, `due_as_written`, `state`,\n`days_overdue`, `from`).\n\nExamples:\n  gov actions\n  gov actions --owner sofie --all\n  gov actions --format markdown >> dagsorden.md\n  gov actions --format json | jq -r '.items[] | select(.days_overdue) | .owner'",
    },
    HelpText {
        key: "gov actions --owner",
        da: "Kun denne persons opfølgningspunkter (navn, fornavn eller e-mailens lokale del)",
        en: "Only this person's action items (name, first name or e-mail local part)",
    },
    HelpText {
        key: "gov actions --owner #value",
        da: "NAVN",
        en: "NAME",
    },
    HelpText {
        key: "gov actions --open",
        da: "Kun åbne opfølgningspunkter (standard)",
        en: "Only open action items (the default)",
    },
    HelpText {
        key: "gov actions --all",
        da: "Også udførte og annullerede opfølgningspunkter",
        en: "Done and cancelled action items too",
    },
    HelpText {
        key: "gov actions --as_of",
        da: "Dagen, forsinkelsen regnes til (standard: i dag, eller GOV_TODAY); danske skrivemåder læses med dagen først",
        en: "The day overdue is counted to (default: today, or GOV_TODAY); Danish forms are read day-first",
    },
    HelpText {
        key: "gov actions --as_of #value",
        da: "DATO",
        en: "DATE",
    },
    HelpText {
        key: "gov actions --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov actions --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov actions --format =table",
        da: "Kolonner på linje, der passer til terminalen",
        en: "Aligned columns that fit the terminal",
    },
    HelpText {
        key: "gov actions --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov actions --format =markdown",
        da: "Markdown til dagsordener og nyhedsbreve",
        en: "Markdown for agendas and newsletters",
    },
];
