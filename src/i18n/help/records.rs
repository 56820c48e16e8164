//! Help texts of the commands that check and mend records: validate,
//! renumber, schema.

use super::HelpText;

/// The help texts of these commands.
pub static HELP: &[HelpText] = &[
    HelpText {
        key: "gov validate",
        da: "Kontrollér sagerne, og meld hvert problem med fil, linje og kolonne.",
        en: "Check the records and report each problem at its file, line and column.",
    },
    HelpText {
        key: "gov validate #long",
        da: "Kontrollér sagerne, og meld hvert problem med fil, linje og kolonne.\n\nKontrollerer front matter, skemaer, statusord, datoer, id'er, henvisninger,\nlinks og tegnkodning; med --base også id'er, der støder sammen med\ngrundgrenen.\n\nAfslutningskode: 0, når der ingen fejl er (1 med --deny-warnings og en\nadvarsel), 1, når der er fejl, 2, når gov ikke kunne køre. Intet i\nrepositoriet bliver nogensinde skrevet. `--rules` viser reglernes koder;\n`rules:` i gov.yaml ændrer deres alvor (`GOV031: off`).\n\nEksempler:\n  gov validate\n  gov validate --format github          # bemærkninger ved ændringsforslag på GitHub\n  gov validate --base origin/main       # før sammenfletning: id'er taget i mellemtiden\n  gov validate --history                # arbejdsgang, besluttet tekst, godkendelser i git-historikken\n  gov validate --format json decisions/DEC-0003-fuld-stop.md\n  gov validate --rules",
        en: "Check the records and report each problem at its file, line and column.\n\nChecks front matter, schemas, status words, dates, IDs, references,\nlinks and encoding; with --base, IDs that collide with the base branch.\n\nExit status: 0 when there is no error (1 with --deny-warnings and a\nwarning), 1 when there are errors, 2 when gov could not run. Nothing in\nthe repository is ever written. `--rules` lists the rule codes; gov.yaml's\n`rules:` changes their severity (`GOV031: off`).\n\nExamples:\n  gov validate\n  gov validate --format github          # annotations in a GitHub pull request\n  gov validate --base origin/main       # before merging: IDs taken meanwhile\n  gov validate --history                # workflow, decided text, approvals over git history\n  gov validate --format json decisions/DEC-0003-fuld-stop.md\n  gov validate --rules",
    },
    HelpText {
        key: "gov validate --paths",
        da: "Meld kun om disse filer (alle sager læses stadig, så henvisninger og dubletter kontrolleres mod hele repositoriet)",
        en: "Report only on these files (all records are still read, so references and duplicates are checked against the whole repository)",
    },
    HelpText {
        key: "gov validate --paths #value",
        da: "STI",
        en: "PATH",
    },
    HelpText {
        key: "gov validate --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov validate --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov validate --format =human",
        da: "Meddelelser med den linje, det gælder, til mennesker",
        en: "Messages with the offending line, for people",
    },
    HelpText {
        key: "gov validate --format =json",
        da: "En JSON-liste af `{path, line, column, severity, code, message, hint}`",
        en: "A JSON array of {path, line, column, severity, code, message, hint}",
    },
    HelpText {
        key: "gov validate --format =github",
        da: "Kommandoer til GitHubs arbejdsgange (bemærkninger ved ændringsforslag)",
        en: "GitHub workflow commands (annotations on pull requests)",
    },
    HelpText {
        key: "gov validate --format =junit",
        da: "JUnit-XML til CI-oversigter",
        en: "JUnit XML for CI dashboards",
    },
    HelpText {
        key: "gov validate --deny_warnings",
        da: "Fejl (afslutningskode 1) også ved advarsler",
        en: "Fail (exit 1) on warnings too",
    },
    HelpText {
        key: "gov validate --history",
        da: "Kontrollér også historikken: statusskift mod arbejdsgangen, besluttet tekst ændret bagefter, godkendte referater rettet, godkendelser mod reglerne for godkendelse (læser git-historikken; gemmes i .git/gov/)",
        en: "Also check history: status moves against the workflow, decided text changed afterwards, approved minutes edited, approvals against the approval rules (reads git history; cached in .git/gov/)",
    },
    HelpText {
        key: "gov validate --base",
        da: "Meld også id'er, som denne gren tilføjer, og som REF bruger til andre sager",
        en: "Also report IDs this branch adds that REF uses for other records",
    },
    HelpText {
        key: "gov validate --base #value",
        da: "REF",
        en: "REF",
    },
    HelpText {
        key: "gov validate --rules",
        da: "Vis reglerne med koder og alvor, og stop",
        en: "Print the rules with their codes and severities, and exit",
    },
    HelpText {
        key: "gov schema",
        da: "Arbejd med sagstypernes JSON-skemaer.",
        en: "Work with the JSON Schemas of the record kinds.",
    },
    HelpText {
        key: "gov schema #long",
        da: "Arbejd med sagstypernes JSON-skemaer.\n\n`gov schema export MAPPE` skriver `<sagstype>.schema.json` for hver sagstype\n(det gældende skema: indbygget, erstattet eller udvidet af gov.yaml), så\nredigeringsprogrammer med yaml-language-server kontrollerer front matter,\nmens man skriver.\n\nEksempler:\n  gov schema export .schemas\n  gov schema print decision",
        en: "Work with the JSON Schemas of the record kinds.\n\n`gov schema export DIR` writes `<kind>.schema.json` for every kind (the\neffective schema: built in, replaced or extended by gov.yaml), so editors\nwith yaml-language-server validate front matter while people type.\n\nExamples:\n  gov schema export .schemas\n  gov schema print decision",
    },
    HelpText {
        key: "gov schema export",
        da: "Skriv hver sagstypes skema til MAPPE/<sagstype>.schema.json (filer, der findes, erstattes)",
        en: "Write each kind's schema to DIR/<kind>.schema.json (existing files are replaced)",
    },
    HelpText {
        key: "gov schema export --out",
        da: "Mappen, der skrives til (oprettes, hvis den mangler)",
        en: "The folder to write to (created if missing)",
    },
    HelpText {
        key: "gov schema export --out #value",
        da: "MAPPE",
        en: "DIR",
    },
    HelpText {
        key: "gov schema print",
        da: "Vis én sagstypes skema",
        en: "Print one kind's schema",
    },
    HelpText {
        key: "gov schema print --kind",
        da: "Sagstypen",
        en: "The kind",
    },
    HelpText {
        key: "gov schema print --kind #value",
        da: "SAGSTYPE",
        en: "KIND",
    },
    HelpText {
        key: "gov renumber",
        da: "Giv en sag et nyt id alle steder, hvor det bruges.",
        en: "Give a record a new ID everywhere it is used.",
    },
    HelpText {
        key: "gov renumber #long",
        da: "Giv en sag et nyt id alle steder, hvor det bruges.\n\nDens `id`, dens filnavn og alle henvisninger til den i alle sager (front\nmatter og tekst) ændres samtidig.\n\nBrug den, når `gov validate` melder to filer med ét id (GOV040; angiv\nfilen, der skal have nyt nummer, ved dens sti), eller før en\nsammenfletning, når grundgrenen har taget et id i mellemtiden (GOV073).\nUden NYT bruges sagstypens næste ledige nummer på tværs af alle grene.\n`--dry-run` viser hver ændring og skriver intet. Det nye id skal have\nsagstypens præfiks.\n\nAlt eller intet: hver fil skrives først ved siden af sin plads, en\njournal i .git/gov/ noterer planen, og først derefter flyttes filerne på\nplads. Stoppes gov undervejs, afslutter den næste skrivende kommando\n(`new`, `set`, `renumber`) omnummereringen først og siger det; kør den samme\n`gov renumber` igen, og den melder omnummereringen udført.\n\nEksempler:\n  gov renumber DEC-0007 --dry-run\n  gov renumber DEC-0007\n  gov renumber decisions/DEC-0007-kopi.md DEC-0012",
        en: "Give a record a new ID everywhere it is used.\n\nIts `id`, its file name and every reference to it in every record (front\nmatter and text) change together.\n\nUse it when `gov validate` reports two files with one ID (GOV040; name\nthe file to renumber by its path) or, before merging, an ID the base\nbranch took meanwhile (GOV073). Without NEW the next free number of the\nkind is used, counting every branch. `--dry-run` shows every change and\nwrites nothing. The new ID must have the kind's prefix.\n\nAll or nothing: every file is written beside its target first, a\njournal in .git/gov/ records the plan, and only then are the files\nrenamed into place. If gov is stopped midway, the next write command\n(new, set, renumber) completes the renumbering first and says so; run\nthe same `gov renumber` again and it reports the renumbering done.\n\nExamples:\n  gov renumber DEC-0007 --dry-run\n  gov renumber DEC-0007\n  gov renumber decisions/DEC-0007-kopi.md DEC-0012",
    },
    HelpText {
        key: "gov renumber --id",
        da: "Sagen: dens id, eller dens sti, når flere filer deler id'et",
        en: "The record: its ID, or its path when several files share the ID",
    },
    HelpText {
        key: "gov renumber --id #value",
        da: "ID",
        en: "ID",
    },
    HelpText {
        key: "gov renumber --new",
        da: "Det nye id (standard: det næste ledige)",
        en: "The new ID (default: the next free one)",
    },
    HelpText {
        key: "gov renumber --new #value",
        da: "NYT",
        en: "NEW",
    },
    HelpText {
        key: "gov renumber --dry_run",
        da: "Vis ændringerne uden at skrive noget",
        en: "Show the changes without writing anything",
    },
    HelpText {
        key: "gov renumber --json",
        da: "Skriv planen som JSON",
        en: "Print the plan as JSON",
    },
];
