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
    HelpText {
        key: "gov roadmap",
        da: "Vis roadmappen: planer og ændringsønsker placeret efter kvartal på en\ntidslinje, med det, der ikke kunne placeres, listet for sig og hvorfor.",
        en: "Show the roadmap: plans and change requests placed by quarter on a\ntimeline, with what could not be placed listed apart and why.",
    },
    HelpText {
        key: "gov roadmap #long",
        da: "Vis roadmappen: planer og ændringsønsker placeret efter kvartal på en\ntidslinje, med det, der ikke kunne placeres, listet for sig og hvorfor.\n\nEn sags mål er dens `target` (`2027-Q1`, `Q1 2027`, `1. kvartal\n2027`, `2. halvår 2027`, `2027`, `2027-03`, en dato eller et spænd som\n`2026-2027`), ellers en plans `period`, ellers et ændringsønskes\n`target_release`, dateret efter udgivelsens tag (i dette repositorie eller\net koderepositorie) eller efter dens planlagte dato under\n`roadmap.releases` i gov.yaml. Hvilke statusser der er på roadmappen, står\ni `roadmap.show` (planer fra udkast til aktiv; ændringsønsker godkendt,\nplanlagt, i gang eller leveret). Perioden er kvartalerne fra `--from` til\n`--to` (standard: i år og næste år). `--format svg` tegner tidslinjen\n(farvet efter status, dagen i dag markeret, en forklaring, en titel og en\nbeskrivelse til skærmlæsere). `--format json` skriver `from`, `to`,\n`today`, `items` og `outside` (`id`, `title`, `kind`, `type`, `status`,\n`path`, `from`, `to`, `target`) og `unplaced` (`id`, `title`, `kind`,\n`status`, `path`, `reason`).\n\nEksempler:\n  gov roadmap\n  gov roadmap --from 2027-01-01 --to 2027-12-31\n  gov roadmap --format svg > roadmap.svg\n  gov roadmap --format json | jq -r '.unplaced[] | .id'",
        en: "Show the roadmap: plans and change requests placed by quarter on a\ntimeline, with what could not be placed listed apart and why.\n\nA record's target is its `target` (`2027-Q1`, `Q1 2027`, `1. kvartal\n2027`, `2. halvår 2027`, `2027`, `2027-03`, a date, or a span such as\n`2026-2027`), else a plan's `period`, else a change request's\n`target_release`, dated by the release's tag (in this repository or a\ncode repository) or by its planned date under `roadmap.releases` in\ngov.yaml. Which statuses are on the roadmap is `roadmap.show` (plans\nfrom draft to active; change requests approved, planned, in progress\nor delivered). The period is the quarters of `--from` to `--to`\n(default: this year and the next). `--format svg` draws the timeline\n(coloured by status, today marked, a legend, a title and description\nfor screen readers). `--format json` prints `from`, `to`, `today`,\n`items` and `outside` (`id`, `title`, `kind`, `type`, `status`, `path`,\n`from`, `to`, `target`) and `unplaced` (`id`, `title`, `kind`, `status`,\n`path`, `reason`).\n\nExamples:\n  gov roadmap\n  gov roadmap --from 2027-01-01 --to 2027-12-31\n  gov roadmap --format svg > roadmap.svg\n  gov roadmap --format json | jq -r '.unplaced[] | .id'",
    },
    HelpText {
        key: "gov roadmap --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov roadmap --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov roadmap --format =markdown",
        da: "Markdown: en tabel efter kvartal, derefter det, der ikke er på den",
        en: "Markdown: a table by quarter, then what is not on it",
    },
    HelpText {
        key: "gov roadmap --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov roadmap --format =svg",
        da: "Roadmappen som en tidslinje (SVG)",
        en: "The roadmap as a timeline (SVG)",
    },
    HelpText {
        key: "gov roadmap --from",
        da: "En dag i det første kvartal, der vises (standard: 1. januar i år, eller i GOV_TODAY's år); danske skrivemåder læses med dagen først",
        en: "A day in the first quarter shown (default: 1 January of this year, or of GOV_TODAY's); Danish forms are read day-first",
    },
    HelpText {
        key: "gov roadmap --from #value",
        da: "DATO",
        en: "DATE",
    },
    HelpText {
        key: "gov roadmap --to",
        da: "En dag i det sidste kvartal, der vises (standard: 31. december næste år)",
        en: "A day in the last quarter shown (default: 31 December of the next year)",
    },
    HelpText {
        key: "gov roadmap --to #value",
        da: "DATO",
        en: "DATE",
    },
];
