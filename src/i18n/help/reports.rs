//! Help texts of the reports: status, backlog, trace, log, release.

use super::HelpText;

/// The help texts of these commands.
pub static HELP: &[HelpText] = &[
    HelpText {
        key: "gov status",
        da: "Vis, hvad der kræver opmærksomhed: sager pr. type og status, hvad der venter på\ngodkendelse eller vurdering, toppen af backloggen, overskredne opgaver og\nhandlingspunkter pr. ansvarlig, referater til godkendelse, sager, der står\nstille, og de kommende møder. Afsnit uden indhold udelades.",
        en: "Report what needs attention: records per kind and status, what waits for\napproval or evaluation, the top of the backlog, overdue tasks and action\nitems by owner, minutes awaiting approval, stale records and the\nmeetings ahead. Sections with nothing in them are left out.",
    },
    HelpText {
        key: "gov status #long",
        da: "Vis, hvad der kræver opmærksomhed: sager pr. type og status, hvad der venter på\ngodkendelse eller vurdering, toppen af backloggen, overskredne opgaver og\nhandlingspunkter pr. ansvarlig, referater til godkendelse, sager, der står\nstille, og de kommende møder. Afsnit uden indhold udelades.\n\nHandlingspunkter er linjer i mødereferater som\n`- [ ] @sofie Send udkast (due 2026-09-01)`; sættes krydset, er de lukket.\n`@sofie` tæller som Sofie Søndergaard, når hun er den eneste Sofie,\nrepositoriet nævner (i møder, som ansvarlig for opgaver eller i gov.yaml's organer).\nEn sag står stille, når den har en åben status, og intet commit har rørt\nden fil i `status.stale_days` (90) dage. `--format markdown` kan sættes\ndirekte ind i en dagsorden eller et nyhedsbrev; `--format json` skriver ét\nobjekt med `as_of`, `counts` (sagstype → status → antal),\n`awaiting_approval`, `awaiting_evaluation`, `backlog_top`, `overdue`,\n`minutes_awaiting_approval`, `stale` og `upcoming_meetings`, hver en\nliste af objekter med `id`, `title`, `path` og afsnittets tal.\n\nEksempler:\n  gov status\n  gov status --format markdown > status.md\n  gov status --as-of 2026-09-01 --format json | jq '.overdue[] | .owner'",
        en: "Report what needs attention: records per kind and status, what waits for\napproval or evaluation, the top of the backlog, overdue tasks and action\nitems by owner, minutes awaiting approval, stale records and the\nmeetings ahead. Sections with nothing in them are left out.\n\nAction items are lines in meeting minutes such as\n`- [ ] @sofie Send udkast (due 2026-09-01)`; ticking the box closes them.\n`@sofie` counts as Sofie Søndergaard when she is the one Sofie the\nrepository names (in meetings, task owners or gov.yaml's bodies).\nA record is stale when it is in an open status and no commit has touched\nits file for `status.stale_days` (90) days. `--format markdown` is ready\nto paste into an agenda or a newsletter; `--format json` prints one\nobject with `as_of`, `counts` (kind → status → number),\n`awaiting_approval`, `awaiting_evaluation`, `backlog_top`, `overdue`,\n`minutes_awaiting_approval`, `stale` and `upcoming_meetings`, each an\narray of objects with `id`, `title`, `path` and the section's figures.\n\nExamples:\n  gov status\n  gov status --format markdown > status.md\n  gov status --as-of 2026-09-01 --format json | jq '.overdue[] | .owner'",
    },
    HelpText {
        key: "gov status --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov status --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov status --format =table",
        da: "Kolonner på linje, der passer til terminalen",
        en: "Aligned columns that fit the terminal",
    },
    HelpText {
        key: "gov status --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov status --format =markdown",
        da: "Markdown til dagsordener og nyhedsbreve",
        en: "Markdown for agendas and newsletters",
    },
    HelpText {
        key: "gov status --as_of",
        da: "Dagen, rapporten gælder (standard: i dag, eller GOV_TODAY), så en rapport kan laves igen med de samme tal; danske skrivemåder læses med dagen først",
        en: "The day to report for (default: today, or GOV_TODAY), so a report can be made again with the same figures; Danish forms are read day-first",
    },
    HelpText {
        key: "gov status --as_of #value",
        da: "DATO",
        en: "DATE",
    },
    HelpText {
        key: "gov backlog",
        da: "Ranger de åbne ændringsønsker efter pointmodellen i gov.yaml, og\nanvend så de flytninger, der er lavet med `gov backlog move`.",
        en: "Rank the open change requests by the scoring model in gov.yaml, then\napply the manual moves made with `gov backlog move`.",
    },
    HelpText {
        key: "gov backlog #long",
        da: "Ranger de åbne ændringsønsker efter pointmodellen i gov.yaml, og\nanvend så de flytninger, der er lavet med `gov backlog move`.\n\nScoren er (Σ vægt × vurderingsfelt + opbakning × medlemsorganisationer,\nder bakker ønsket op, + point for kategorien) / omfang, med vægtene under\n`backlog:` i gov.yaml; ved lige score kommer det ældste ønske først.\n`--explain` viser hver scores led. En placering mærket `*` er sat i\nhånden. `--format json` skriver den rangerede liste med `rank`, `id`,\n`title`, `path`, `score`, `score_rank`, `moved_before` og `terms`.\n\nEksempler:\n  gov backlog\n  gov backlog --explain\n  gov backlog --format markdown > backlog.md\n  gov backlog move CR-0012 --before CR-0007\n  gov backlog move CR-0012 --auto",
        en: "Rank the open change requests by the scoring model in gov.yaml, then\napply the manual moves made with `gov backlog move`.\n\nThe score is (Σ weight × evaluation field + support × member\norganisations backing the request + category points) / effort, with the\nweights under `backlog:` in gov.yaml; equal scores rank the older\nrequest first. `--explain` shows each score's terms. A rank marked `*`\nwas placed by hand. `--format json` prints the ranked array with `rank`,\n`id`, `title`, `path`, `score`, `score_rank`, `moved_before` and `terms`.\n\nExamples:\n  gov backlog\n  gov backlog --explain\n  gov backlog --format markdown > backlog.md\n  gov backlog move CR-0012 --before CR-0007\n  gov backlog move CR-0012 --auto",
    },
    HelpText {
        key: "gov backlog --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov backlog --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov backlog --format =table",
        da: "Kolonner på linje, der passer til terminalen",
        en: "Aligned columns that fit the terminal",
    },
    HelpText {
        key: "gov backlog --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov backlog --format =markdown",
        da: "Markdown til dagsordener og nyhedsbreve",
        en: "Markdown for agendas and newsletters",
    },
    HelpText {
        key: "gov backlog --explain",
        da: "Vis, hvordan hver score er regnet ud",
        en: "Show how each score came about",
    },
    HelpText {
        key: "gov backlog move",
        da: "Sæt et ændringsønske lige foran et andet, uanset deres score.",
        en: "Put a change request right before another, whatever their scores.",
    },
    HelpText {
        key: "gov backlog move #long",
        da: "Sæt et ændringsønske lige foran et andet, uanset deres score.\n\nFlytningen gemmes i backloggens rækkefølgefil (backlog/order.yaml)\nog genafspilles oven på hver senere rangering, så den holder, når\nscorerne ændres. `--auto` fjerner et ønskes placering: det følger igen\nsin score.\n\nEksempler:\n  gov backlog move CR-0012 --before CR-0007\n  gov backlog move cr-12 --auto",
        en: "Put a change request right before another, whatever their scores.\n\nThe move is kept in the backlog's order file (backlog/order.yaml)\nand replayed over every later ranking, so it survives rescoring.\n`--auto` drops a request's placement: it follows its score again.\n\nExamples:\n  gov backlog move CR-0012 --before CR-0007\n  gov backlog move cr-12 --auto",
    },
    HelpText {
        key: "gov backlog move --id",
        da: "Ændringsønsket, der skal flyttes (id eller sti)",
        en: "The change request to move (ID or path)",
    },
    HelpText {
        key: "gov backlog move --id #value",
        da: "ID",
        en: "ID",
    },
    HelpText {
        key: "gov backlog move --before",
        da: "Ændringsønsket, det skal stå foran",
        en: "The change request to put it in front of",
    },
    HelpText {
        key: "gov backlog move --before #value",
        da: "ANDET",
        en: "OTHER",
    },
    HelpText {
        key: "gov backlog move --auto",
        da: "Fjern den manuelle placering: ranger det efter sin score igen",
        en: "Drop the manual placement: rank it by its score again",
    },
    HelpText {
        key: "gov trace",
        da: "Vis en sags historik, de commits, der gennemfører den, og de udgivelser,\nder leverede dem.",
        en: "Show a record's history, the commits that implement it and the releases\nthat shipped them.",
    },
    HelpText {
        key: "gov trace #long",
        da: "Vis en sags historik, de commits, der gennemfører den, og de udgivelser,\nder leverede dem.\n\nVersionerne følger sagen ud fra dens id (`id` i front matter, ellers id'et\ni filnavnet) gennem omdøbninger, sletninger og genoprettelser. Commits\nkommer fra styringsrepositoriet og fra hvert koderepositorie, gov.yaml\nnævner under `repositories:`, fundet ud fra trailere (`Refs: CR-0012`,\n`Implements: DEC-0003`, `Closes: …`; se `trace.trailers`) og ud fra\nid'et skrevet med store bogstaver (`trace.mentions`). Ved hvert commit\nvises det første udgivelsesmærke (`trace.tags`, standard `v*`, i\nversionsorden), der indeholder det. Det læste gemmes i .git/gov/trace/,\nså næste kørsel kun læser nye commits.\n\n`--format json` skriver ét objekt med `id`, `kind`, `title`, `status`,\n`path`, `deleted`, `versions` (`commit`, `author`, `email`, `date`,\n`status`, `status_label`, `path`, `change`) og `commits` (`repository`,\n`commit`, `summary`, `author`, `email`, `date`, `tag`, `relation`, `url`);\n`tag` er null, så længe et commit ikke er i en udgivelse. `--all` skriver en liste.\n\nEksempler:\n  gov trace DEC-0003\n  gov trace cr-12 --format markdown\n  gov trace --all --format json | jq '.[] | select(.commits == []) | .id'",
        en: "Show a record's history, the commits that implement it and the releases\nthat shipped them.\n\nVersions follow the record by its ID (front matter `id`, else the ID in\nthe file name) through renames, deletions and re-additions. Commits come\nfrom the governance repository and from every code repository listed in\ngov.yaml under `repositories:`, found by trailers (`Refs: CR-0012`,\n`Implements: DEC-0003`, `Closes: …`; see `trace.trailers`) and by plain\nmentions of the ID in capitals (`trace.mentions`). Each commit shows the\nfirst release tag (`trace.tags`, default `v*`, in version order) that\ncontains it. What was read is kept in .git/gov/trace/, so the next run\nreads only new commits.\n\n`--format json` prints one object with `id`, `kind`, `title`, `status`,\n`path`, `deleted`, `versions` (`commit`, `author`, `email`, `date`,\n`status`, `status_label`, `path`, `change`) and `commits` (`repository`,\n`commit`, `summary`, `author`, `email`, `date`, `tag`, `relation`, `url`);\n`tag` is null while a commit is in no release. `--all` prints an array.\n\nExamples:\n  gov trace DEC-0003\n  gov trace cr-12 --format markdown\n  gov trace --all --format json | jq '.[] | select(.commits == []) | .id'",
    },
    HelpText {
        key: "gov trace --id",
        da: "Sagens id (store og små bogstaver er lige gode; `DEC-3` finder `DEC-0003`)",
        en: "The record's ID (case-insensitive; `DEC-3` finds `DEC-0003`)",
    },
    HelpText {
        key: "gov trace --id #value",
        da: "ID",
        en: "ID",
    },
    HelpText {
        key: "gov trace --all",
        da: "Følg hver sag, der har en historik",
        en: "Trace every record that has a history",
    },
    HelpText {
        key: "gov trace --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov trace --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov trace --format =table",
        da: "Kolonner på linje, til mennesker",
        en: "Aligned columns for people",
    },
    HelpText {
        key: "gov trace --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov trace --format =markdown",
        da: "Markdown til rapporter og referater",
        en: "Markdown for reports and minutes",
    },
    HelpText {
        key: "gov log",
        da: "Vis styringens tidslinje: oprettede sager, statusskift (fra → til, og\nhvem), godkendelser, erstatninger, omdøbninger, sletninger og\ngenoprettelser, nyeste først, læst fra styringsrepositoriets historik\n(ikke fra commit-beskeder, som forgens webredigering skriver til mennesker).",
        en: "Show the governance timeline: records created, status changes (from →\nto, and by whom), approvals, supersessions, renames, deletions and\nrestorations, newest first, read from the history of the governance\nrepository (not from commit messages, which the forge's web editor\nwrites for people).",
    },
    HelpText {
        key: "gov log #long",
        da: "Vis styringens tidslinje: oprettede sager, statusskift (fra → til, og\nhvem), godkendelser, erstatninger, omdøbninger, sletninger og\ngenoprettelser, nyeste først, læst fra styringsrepositoriets historik\n(ikke fra commit-beskeder, som forgens webredigering skriver til mennesker).\n\n`--format json` skriver en liste af objekter med `date`, `id`, `kind`,\n`title`, `event` (`created`, `restored`, `renamed`, `status_changed`,\n`approved`, `superseded`, `deleted`), `from`, `to`, `path`, `author`, `email`, `commit`.\n\nEksempler:\n  gov log\n  gov log --since 2026-01-01 --kind beslutning\n  gov log --format json | jq '.[] | select(.event == \"approved\")'",
        en: "Show the governance timeline: records created, status changes (from →\nto, and by whom), approvals, supersessions, renames, deletions and\nrestorations, newest first, read from the history of the governance\nrepository (not from commit messages, which the forge's web editor\nwrites for people).\n\n`--format json` prints an array of objects with `date`, `id`, `kind`,\n`title`, `event` (created, restored, renamed, status_changed, approved,\nsuperseded, deleted), `from`, `to`, `path`, `author`, `email`, `commit`.\n\nExamples:\n  gov log\n  gov log --since 2026-01-01 --kind beslutning\n  gov log --format json | jq '.[] | select(.event == \"approved\")'",
    },
    HelpText {
        key: "gov log --since",
        da: "Kun hændelser på eller efter denne dato (2026-06-15, 15.6.2026, …)",
        en: "Only events on or after this date (2026-06-15, 15.6.2026, …)",
    },
    HelpText {
        key: "gov log --since #value",
        da: "FRA",
        en: "SINCE",
    },
    HelpText {
        key: "gov log --kind",
        da: "Kun sager af denne type (navn eller alias)",
        en: "Only records of this kind (name or alias)",
    },
    HelpText {
        key: "gov log --kind #value",
        da: "SAGSTYPE",
        en: "KIND",
    },
    HelpText {
        key: "gov log --reverse",
        da: "Ældste først",
        en: "Oldest first",
    },
    HelpText {
        key: "gov log --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov log --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov log --format =table",
        da: "Kolonner på linje, til mennesker",
        en: "Aligned columns for people",
    },
    HelpText {
        key: "gov log --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov log --format =markdown",
        da: "Markdown til rapporter og referater",
        en: "Markdown for reports and minutes",
    },
    HelpText {
        key: "gov release",
        da: "Udgivelsesnoter: de sager, der blev leveret i MÆRKE.",
        en: "Release notes: the records delivered in TAG.",
    },
    HelpText {
        key: "gov release #long",
        da: "Udgivelsesnoter: de sager, der blev leveret i MÆRKE.\n\nEn sag er leveret i MÆRKE, når et commit, der henviser til den (en\ntrailer som `Refs: CR-0012` eller en omtale), har MÆRKE som sin første\nudgivelse: det er i MÆRKE og i ingen tidligere udgivelse (udgivelser i\nversionsorden, se `trace.tags`). Hvert repositorie med mærket tæller:\nkoderepositorierne i gov.yaml og selve styringsrepositoriet. Overskrifter\nog betegnelser er på det valgte sprog.\n\n`--format json` skriver `tag`, `repositories` (`repository`, `previous`,\n`commits`) og `records` (`id`, `kind`, `title`, `status`, `commits`).\n\nEksempler:\n  gov release v2.4.0\n  gov release v2.4.0 --format json | jq -r '.records[].id'\n  gov --lang en release v2.4.0 >> CHANGELOG.md",
        en: "Release notes: the records delivered in TAG.\n\nA record is delivered in TAG when a commit referring to it (a trailer\nsuch as `Refs: CR-0012`, or a mention) has TAG as its first release: it\nis in TAG and in no earlier release (releases in version order, see\n`trace.tags`). Every repository that has the tag counts: the code\nrepositories of gov.yaml and the governance repository itself. Headings\nand labels are in the configured language.\n\n`--format json` prints `tag`, `repositories` (`repository`, `previous`,\n`commits`) and `records` (`id`, `kind`, `title`, `status`, `commits`).\n\nExamples:\n  gov release v2.4.0\n  gov release v2.4.0 --format json | jq -r '.records[].id'\n  gov --lang en release v2.4.0 >> CHANGELOG.md",
    },
    HelpText {
        key: "gov release --tag",
        da: "Udgivelsesmærket (`v2.4.0`)",
        en: "The release tag (`v2.4.0`)",
    },
    HelpText {
        key: "gov release --tag #value",
        da: "MÆRKE",
        en: "TAG",
    },
    HelpText {
        key: "gov release --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov release --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov release --format =markdown",
        da: "Udgivelsesnoter i Markdown",
        en: "Release notes in Markdown",
    },
    HelpText {
        key: "gov release --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
];
