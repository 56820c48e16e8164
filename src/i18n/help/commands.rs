//! Help texts of `gov` itself and of the commands that make and read
//! records: init, new, set, list, show, config, completions, man.

use super::HelpText;

/// The help texts of these commands.
pub static HELP: &[HelpText] = &[
    HelpText {
        key: "gov",
        da: "gov holder et fællesskabs styring i git: beslutninger, ændringsønsker, møder, opgaver og planer som Markdown-filer med front matter i YAML",
        en: "gov keeps a community's governance in git: decisions, change requests, meetings, tasks and plans as Markdown files with YAML front matter",
    },
    HelpText {
        key: "gov #long",
        da: "gov holder et fællesskabs styring i git: beslutninger, ændringsønsker, møder, opgaver og planer som Markdown-filer med front matter i YAML.\n\nBegynd med `gov init`, opret sager med `gov new`, ret dem med `gov set`, og læs dem med `gov list` og `gov show`.",
        en: "gov keeps a community's governance in git: decisions, change requests, meetings, tasks and plans as Markdown files with YAML front matter.\n\nStart with `gov init`, create records with `gov new`, change them with `gov set`, and read them with `gov list` and `gov show`.",
    },
    HelpText {
        key: "gov #after",
        da: "Eksempler:\n  gov init --lang da\n  gov new beslutning --title \"Fuld stop for nye ønsker\" --type SDR\n  gov set DEC-0001 status=Godkendt\n  gov list --kind beslutning --status godkendt\n  gov -C ../styring list --format json\n  gov --color always status | less -R",
        en: "Examples:\n  gov init --lang da\n  gov new decision --title \"Fuld stop for nye ønsker\" --type SDR\n  gov set DEC-0001 status=accepted\n  gov list --kind decision --status accepted\n  gov -C ../styring list --format json\n  gov --color always status | less -R",
    },
    HelpText {
        key: "gov --dir",
        da: "Kør, som om gov var startet i MAPPE (som `git -C`)",
        en: "Run as if gov was started in DIR (like `git -C`)",
    },
    HelpText {
        key: "gov --dir #value",
        da: "MAPPE",
        en: "DIR",
    },
    HelpText {
        key: "gov --lang",
        da: "Sprog for uddata og nye sager; går forud for `lang` i gov.yaml",
        en: "Language of output and new records, overriding `lang` in gov.yaml",
    },
    HelpText {
        key: "gov --lang #value",
        da: "SPROG",
        en: "LANG",
    },
    HelpText {
        key: "gov --lang =da",
        da: "Dansk",
        en: "Dansk",
    },
    HelpText {
        key: "gov --lang =en",
        da: "Engelsk",
        en: "English",
    },
    HelpText {
        key: "gov --color",
        da: "Hvornår uddata farves: `auto` farver en terminal, medmindre NO_COLOR er sat (CLICOLOR_FORCE farver også et rør, CLICOLOR=0 slår farver fra); `always` og `never` går forud for variablerne",
        en: "When to colour the output: `auto` colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE colours a pipe too, CLICOLOR=0 turns colour off); `always` and `never` win over the variables",
    },
    HelpText {
        key: "gov --color #value",
        da: "HVORNÅR",
        en: "WHEN",
    },
    HelpText {
        key: "gov --color =auto",
        da: "Farv en terminal efter NO_COLOR, CLICOLOR_FORCE og CLICOLOR",
        en: "Colour a terminal, following NO_COLOR, CLICOLOR_FORCE and CLICOLOR",
    },
    HelpText {
        key: "gov --color =always",
        da: "Farv altid, også i et rør eller en fil",
        en: "Colour always, also into a pipe or a file",
    },
    HelpText {
        key: "gov --color =never",
        da: "Farv aldrig",
        en: "Never colour",
    },
    HelpText {
        key: "gov init",
        da: "Gør en mappe klar til styring: gov.yaml, mapper til sagerne og skabeloner.",
        en: "Set up a governance repository: gov.yaml, record folders and templates.",
    },
    HelpText {
        key: "gov init #long",
        da: "Gør en mappe klar til styring: gov.yaml, mapper til sagerne og skabeloner.\n\nSer sig om, før den skriver. I et repositorie, der allerede har sager\n(beslutninger og referater i Markdown, adr-tools, MADR, log4brains), siger\nden fil for fil, hvad hver fil er og hvorfor, og skriver kun en gov.yaml,\nder knytter hver sagstype til mappen med dens sager (én mappe pr.\nsagstype; dens undermapper, én pr. organ, hører med); den opretter ingen mapper.\nEllers skriver den gov.yaml, en mappe pr. sagstype med en README.md og\nskabelonerne til nye sager i templates/ (ret dem, så de passer til\nfællesskabet). Kører `git init` først, når mappen ikke ligger i et\ngit-repositorie. Intet, der findes i forvejen, ændres: kører man den to\ngange, sker der intet, og det siger den.\n\nEksempler:\n  gov init\n  gov init --dry-run\n  gov init --lang en --format json\n  gov -C ../styring init",
        en: "Set up a governance repository: gov.yaml, record folders and templates.\n\nLooks before it writes. In a repository that has records already\n(Markdown decisions and minutes, adr-tools, MADR, log4brains), it says\nfile by file what each is and why, and writes only a gov.yaml mapping\neach kind to the folder its records are in (one folder per kind; its\nsub-folders, one per body, belong to it); it creates no folders.\nOtherwise it writes gov.yaml, a folder per kind with a README.md, and\nthe templates for new records in templates/ (edit them to suit the\ncommunity). Runs `git init` first when the folder is not in a git\nrepository. Nothing that exists is changed: running it twice does\nnothing and says so.\n\nExamples:\n  gov init\n  gov init --dry-run\n  gov init --lang en --format json\n  gov -C ../styring init",
    },
    HelpText {
        key: "gov init --dry_run",
        da: "Sig, hvad der ville blive skrevet, og skriv intet",
        en: "Say what would be written, and write nothing",
    },
    HelpText {
        key: "gov init --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov init --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov init --format =table",
        da: "Kolonner på linje, til mennesker",
        en: "Aligned columns for people",
    },
    HelpText {
        key: "gov init --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov new",
        da: "Opret en sag ud fra sagstypens skabelon, og vis stien til den.",
        en: "Create a record from its kind's template and print its path.",
    },
    HelpText {
        key: "gov new #long",
        da: "Opret en sag ud fra sagstypens skabelon, og vis stien til den.\n\nId'et er én højere end det højeste, sagstypen bruger, i arbejdsmappen\nog på alle lokale grene og fjerngrene, så to personer, der har hentet\nhinandens arbejde, aldrig vælger det samme nummer. Filen hedder\n`<mappe>/<ID>-<slug>.md`; den skrives aldrig oven i en fil, der findes.\nVærdier givet med --set kontrolleres, som `gov validate` kontrollerer dem;\nen værdi, der giver en fejl, afvises (afslutningskode 2, intet skrevet), medmindre --force.\n\nSagstyper: decision (DEC), change (CR), meeting (MTG), task (TASK), plan\n(PLAN) og dem, gov.yaml erklærer; danske navne virker også\n(beslutning, ændring, møde, opgave).\n\nEksempler:\n  gov new beslutning --title \"Fuld stop for nye ønsker\" --type SDR\n  gov new ændring --title \"Kiosk-tilstand\" --set submitted_by=Sønderborg\n  gov new beslutning --title \"Ny leverandøraftale\" --supersedes DEC-0002\n  gov new møde --title \"Styregruppemøde august\" --date 6.8.2026 --edit",
        en: "Create a record from its kind's template and print its path.\n\nThe ID is one more than the highest in use for the kind, in the working\ntree and on every local and remote-tracking branch, so two people who\nhave fetched each other's work never pick the same number. The file is\n`<folder>/<ID>-<slug>.md`; it is never written over an existing file.\nValues given with --set are checked like `gov validate` checks them; one\nthat adds an error is refused (exit 2, nothing written) unless --force.\n\nKinds: decision (DEC), change (CR), meeting (MTG), task (TASK), plan\n(PLAN), and those declared in gov.yaml; Danish names work too\n(beslutning, ændring, møde, opgave).\n\nExamples:\n  gov new decision --title \"Fuld stop for nye ønsker\" --type SDR\n  gov new change --title \"Kiosk-tilstand\" --set submitted_by=Sønderborg\n  gov new decision --title \"Ny leverandøraftale\" --supersedes DEC-0002\n  gov new møde --title \"Styregruppemøde august\" --date 6.8.2026 --edit",
    },
    HelpText {
        key: "gov new --kind",
        da: "Sagstypen",
        en: "The kind of record",
    },
    HelpText {
        key: "gov new --kind #value",
        da: "SAGSTYPE",
        en: "KIND",
    },
    HelpText {
        key: "gov new --title",
        da: "Titlen",
        en: "The title",
    },
    HelpText {
        key: "gov new --title #value",
        da: "TITEL",
        en: "TITLE",
    },
    HelpText {
        key: "gov new --kind_type",
        da: "Typen, for sagstyper med typer (beslutning: ADR, SDR, ODR)",
        en: "The type, for kinds with types (decision: ADR, SDR, ODR)",
    },
    HelpText {
        key: "gov new --kind_type #value",
        da: "TYPE",
        en: "TYPE",
    },
    HelpText {
        key: "gov new --set",
        da: "Felter i front matter: `nøgle=tekst` eller `nøgle:=yaml` (kan gentages)",
        en: "Front matter to set: `key=text` or `key:=yaml` (repeatable)",
    },
    HelpText {
        key: "gov new --set #value",
        da: "NØGLE=VÆRDI",
        en: "KEY=VALUE",
    },
    HelpText {
        key: "gov new --supersedes",
        da: "En sag, som denne erstatter; den markeres som erstattet, og der linkes begge veje",
        en: "A record this one supersedes; it is marked superseded and linked back",
    },
    HelpText {
        key: "gov new --supersedes #value",
        da: "ID",
        en: "ID",
    },
    HelpText {
        key: "gov new --date",
        da: "Sagens dato (standard: i dag); danske skrivemåder læses med dagen først",
        en: "The record's date (default: today); Danish forms are read day-first",
    },
    HelpText {
        key: "gov new --date #value",
        da: "DATO",
        en: "DATE",
    },
    HelpText {
        key: "gov new --force",
        da: "Erstat en sag, også når dens arbejdsgang ikke tillader det (et udkast), og skriv `--set`-værdier, også når kontrollen afviser dem",
        en: "Supersede a record even when its workflow does not allow it (a draft), and write `--set` values even when validation rejects them",
    },
    HelpText {
        key: "gov new --edit",
        da: "Åbn den nye sag i $VISUAL eller $EDITOR",
        en: "Open the new record in $VISUAL or $EDITOR",
    },
    HelpText {
        key: "gov new --folder",
        da: "Hvilken af sagstypens mapper sagen skrives i, når gov.yaml giver den flere (en log4brains-pakkes); standard: den første",
        en: "Which of the kind's folders to write in, when gov.yaml gives it several (a log4brains package's); default: the first",
    },
    HelpText {
        key: "gov new --folder #value",
        da: "MAPPE",
        en: "FOLDER",
    },
    HelpText {
        key: "gov set",
        da: "Ret felter i en sags front matter på stedet.",
        en: "Change front matter of a record in place.",
    },
    HelpText {
        key: "gov set #long",
        da: "Ret felter i en sags front matter på stedet.\n\nKun de nævnte værdier ændres; kommentarer, nøglernes rækkefølge,\nanførselstegn og linjeskift i resten forbliver byte for byte. `nøgle=tekst`\nsætter en tekst; `nøgle:=yaml` sætter en værdi med type (tal, liste, null).\nStatusord kontrolleres mod sagstypens ordforråd og arbejdsgang (udkast →\ngodkendt er i orden, godkendt → udkast er ikke), og datoer (`date`, `due`)\nskrives som ISO åååå-mm-dd. Resultatet kontrolleres, som `gov validate`\nkontrollerer det (sagstypens skema, ordforråd, datoer, et entydigt id): en\nændring, der giver en fejl, afvises med afslutningskode 2, og fejlen vises;\n`--force` springer kontrollen over og skriver, og det, kontrollen fandt,\nvises som advarsler.\n\ngov tager repositoriets lås (den samme som `gov new`) og læser sagen,\nmens den holder låsen, så ændringer, der laves samtidig, aldrig fjerner\nhinanden; en fil, som et andet program ændrer imens, afvises.\n\nEksempler:\n  gov set DEC-0003 status=Godkendt\n  gov set DEC-0003 status=Godkendt \"status_note=Godkendt på styregruppemødet\"\n  gov set CR-0012 priority:=2 \"support:=[Aarhus, Sønderborg]\"\n  gov set TASK-0004 due=1/7-2026 --unset source",
        en: "Change front matter of a record in place.\n\nOnly the values named change; comments, key order, quoting and line ends\nof everything else stay byte for byte. `key=text` sets a string;\n`key:=yaml` sets a typed value (number, list, null). Status words are\nchecked against the kind's vocabulary and workflow (draft → accepted is\nfine, accepted → draft is not), and dates (`date`, `due`) are written as\nISO yyyy-mm-dd. The result is checked like `gov validate` checks it\n(the kind's schema, vocabulary, dates, a unique ID): a change that adds\nan error is refused, exit 2, with the error shown; `--force` skips these\nchecks and writes, showing what validation found as warnings.\n\ngov takes the repository's lock (the one `gov new` takes) and reads the\nrecord under it, so changes made at the same time never undo each\nother; a file another program changes while gov works is refused.\n\nExamples:\n  gov set DEC-0003 status=accepted\n  gov set DEC-0003 status=Godkendt \"status_note=Godkendt på styregruppemødet\"\n  gov set CR-0012 priority:=2 \"support:=[Aarhus, Sønderborg]\"\n  gov set TASK-0004 due=1/7-2026 --unset source",
    },
    HelpText {
        key: "gov set --id",
        da: "Sagens id (eller sti)",
        en: "The record's ID (or path)",
    },
    HelpText {
        key: "gov set --id #value",
        da: "ID",
        en: "ID",
    },
    HelpText {
        key: "gov set --assignments",
        da: "Ændringer: `nøgle=tekst` eller `nøgle:=yaml`",
        en: "Assignments: `key=text` or `key:=yaml`",
    },
    HelpText {
        key: "gov set --assignments #value",
        da: "NØGLE=VÆRDI",
        en: "KEY=VALUE",
    },
    HelpText {
        key: "gov set --unset",
        da: "Fjern en nøgle (kan gentages)",
        en: "Remove a key (repeatable)",
    },
    HelpText {
        key: "gov set --unset #value",
        da: "NØGLE",
        en: "KEY",
    },
    HelpText {
        key: "gov set --force",
        da: "Skriv værdier, også når de ikke er kendte statusord eller datoer, eller når kontrollen afviser dem",
        en: "Write values even when they are not known status words or dates, or break validation",
    },
    HelpText {
        key: "gov list",
        da: "Vis sagerne, eventuelt kun én sagstype eller status.",
        en: "List records, optionally of one kind or status.",
    },
    HelpText {
        key: "gov list #long",
        da: "Vis sagerne, eventuelt kun én sagstype eller status.\n\nTabellen viser statusord på det valgte sprog; `--format json` skriver én\nliste af objekter med `id`, `kind`, `title`, `status` (kanonisk),\n`status_label` (som skrevet), `date` (ISO eller null) og `path`.\n\nEksempler:\n  gov list\n  gov list --kind beslutning --status godkendt\n  gov list --format json | jq '.[] | select(.status == \"proposed\") | .id'",
        en: "List records, optionally of one kind or status.\n\nThe table shows status labels in the configured language; `--format json`\nprints one array of objects with `id`, `kind`, `title`, `status`\n(canonical), `status_label` (as written), `date` (ISO or null) and `path`.\n\nExamples:\n  gov list\n  gov list --kind decision --status godkendt\n  gov list --format json | jq '.[] | select(.status == \"proposed\") | .id'",
    },
    HelpText {
        key: "gov list --kind",
        da: "Kun sager af denne type (navn eller alias: beslutning, decision, …)",
        en: "Only records of this kind (name or alias: decision, beslutning, …)",
    },
    HelpText {
        key: "gov list --kind #value",
        da: "SAGSTYPE",
        en: "KIND",
    },
    HelpText {
        key: "gov list --status",
        da: "Kun sager med denne status (kanonisk navn, etiket eller alias)",
        en: "Only records with this status (canonical name, label or alias)",
    },
    HelpText {
        key: "gov list --status #value",
        da: "STATUS",
        en: "STATUS",
    },
    HelpText {
        key: "gov list --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov list --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov list --format =table",
        da: "Kolonner på linje, til mennesker",
        en: "Aligned columns for people",
    },
    HelpText {
        key: "gov list --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov show",
        da: "Vis én sag ud fra dens id (eller sti).",
        en: "Show one record by its ID (or its path).",
    },
    HelpText {
        key: "gov show #long",
        da: "Vis én sag ud fra dens id (eller sti).\n\n`--format markdown` (standard) viser filen, som den er, bortset fra at\nstyretegn ud over linjeskift og tabulatorer vises som koder (`\\x1b`),\nså en fil ikke kan tage magten over terminalen; `--format json` viser\nden nøjagtige tekst: det overblik, `gov list` giver, plus `fields`\n(hele front matter) og `body`.\n\nEksempler:\n  gov show DEC-0003\n  gov show dec-3 --format json\n  gov show plans/000_87a61dafea0112c1.md",
        en: "Show one record by its ID (or its path).\n\n`--format markdown` (the default) prints the file as it is, except that\ncontrol characters other than line breaks and tabs are shown escaped\n(`\\x1b`), so a file cannot take over the terminal; `--format json`\nprints the exact text: the summary that `gov list` gives plus `fields`\n(all front matter) and `body`.\n\nExamples:\n  gov show DEC-0003\n  gov show dec-3 --format json\n  gov show plans/000_87a61dafea0112c1.md",
    },
    HelpText {
        key: "gov show --id",
        da: "Sagens id (store og små bogstaver er lige gode; `DEC-3` finder `DEC-0003`) eller sti",
        en: "The record's ID (case-insensitive; `DEC-3` finds `DEC-0003`) or path",
    },
    HelpText {
        key: "gov show --id #value",
        da: "ID",
        en: "ID",
    },
    HelpText {
        key: "gov show --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov show --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov show --format =markdown",
        da: "Filen, som den er, med styretegn vist som koder",
        en: "The file as it is, control characters escaped",
    },
    HelpText {
        key: "gov show --format =json",
        da: "Sagen som JSON",
        en: "The record as JSON",
    },
    HelpText {
        key: "gov config",
        da: "Vis den samlede konfiguration.",
        en: "Print the effective configuration.",
    },
    HelpText {
        key: "gov config #long",
        da: "Vis den samlede konfiguration.\n\nStandardværdierne i gov, så repositoriets gov.yaml, så GOV_*-\nmiljøvariabler (GOV_LANG=en, GOV_KINDS__DECISION__FOLDER=beslutninger).\nOrdbøger flettes nøgle for nøgle; lister og enkeltværdier erstattes.\n\nEksempler:\n  gov config\n  gov config --format json | jq '.kinds.decision.statuses'\n  GOV_LANG=en gov config",
        en: "Print the effective configuration.\n\nThe defaults built into gov, then the repository's gov.yaml, then GOV_*\nenvironment variables (GOV_LANG=en, GOV_KINDS__DECISION__FOLDER=beslutninger).\nMaps merge key by key; lists and single values replace.\n\nExamples:\n  gov config\n  gov config --format json | jq '.kinds.decision.statuses'\n  GOV_LANG=en gov config",
    },
    HelpText {
        key: "gov config --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov config --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov config --format =yaml",
        da: "YAML, som gov.yaml skrives",
        en: "YAML, as gov.yaml is written",
    },
    HelpText {
        key: "gov config --format =json",
        da: "JSON",
        en: "JSON",
    },
    HelpText {
        key: "gov completions",
        da: "Skriv et fuldførelsesscript til en skal.",
        en: "Print a completion script for a shell.",
    },
    HelpText {
        key: "gov completions #long",
        da: "Skriv et fuldførelsesscript til en skal.\n\nEksempler:\n  gov completions bash > ~/.local/share/bash-completion/completions/gov\n  gov completions zsh > ~/.zfunc/_gov\n  gov completions fish > ~/.config/fish/completions/gov.fish",
        en: "Print a completion script for a shell.\n\nExamples:\n  gov completions bash > ~/.local/share/bash-completion/completions/gov\n  gov completions zsh > ~/.zfunc/_gov\n  gov completions fish > ~/.config/fish/completions/gov.fish",
    },
    HelpText {
        key: "gov completions --shell",
        da: "Skallen",
        en: "The shell",
    },
    HelpText {
        key: "gov completions --shell #value",
        da: "SKAL",
        en: "SHELL",
    },
    HelpText {
        key: "gov man",
        da: "Skriv manualsiden i roff-format.",
        en: "Print the manual page in roff format.",
    },
    HelpText {
        key: "gov man #long",
        da: "Skriv manualsiden i roff-format.\n\nEksempler:\n  gov man | man -l -\n  gov man > /usr/local/share/man/man1/gov.1",
        en: "Print the manual page in roff format.\n\nExamples:\n  gov man | man -l -\n  gov man > /usr/local/share/man/man1/gov.1",
    },
];
