//! Help texts of `gov import`.

use super::HelpText;

/// The help texts of `gov import`.
pub static HELP: &[HelpText] = &[
    HelpText {
        key: "gov import",
        da: "Giv eksisterende sager front matter: Markdown, adr-tools, MADR, log4brains, sager fra forgen.",
        en: "Give existing records front matter: Markdown, adr-tools, MADR, log4brains, forge issues.",
    },
    HelpText {
        key: "gov import #long",
        da: "Giv eksisterende sager front matter: Markdown, adr-tools, MADR, log4brains, sager fra forgen.\n\nHver fil får et id (formatets eget nummer, hvor det har et, og det er\nledigt, ellers det næste ledige nummer på tværs af alle grene) og de\nfelter, dens tekst nævner, over en tekst, der bevares byte for byte.\nFilerne bliver, hvor de er. Skabeloner, README-filer og filer, der ikke\ner sager, springes over og nævnes; en fil med id er allerede importeret,\nså en ny import ændrer intet. `--dry-run` viser planen og skriver intet.\nAlt eller intet: en afbrudt import afsluttes af den næste skrivende\nkommando.\n\nEksempler:\n  gov import --dry-run\n  gov import beslutninger moeder\n  gov import --from github-issues issues.json",
        en: "Give existing records front matter: Markdown, adr-tools, MADR, log4brains, forge issues.\n\nEach file gets an ID (the format's own number where it has one and it\nis free, else the next free number counting every branch) and the\nfields its text names, above a body that stays byte for byte. Files\nstay where they are. Templates, READMEs and files that are no records\nare skipped and listed; a file with an ID is already imported, so a\nsecond import changes nothing. `--dry-run` shows the plan and writes\nnothing. All or nothing: an interrupted import is completed by the\nnext write command.\n\nExamples:\n  gov import --dry-run\n  gov import beslutninger moeder\n  gov import --from github-issues issues.json",
    },
    HelpText {
        key: "gov import --paths",
        da: "Filer og mapper (standard: mapperne til beslutninger og møder)",
        en: "Files and folders (default: the decision and meeting folders)",
    },
    HelpText {
        key: "gov import --paths #value",
        da: "STIER",
        en: "PATHS",
    },
    HelpText {
        key: "gov import --from",
        da: "Formatet, der skal læses (standard: fundet fil for fil)",
        en: "The format to read (default: found file by file)",
    },
    HelpText {
        key: "gov import --from #value",
        da: "FRA",
        en: "FROM",
    },
    HelpText {
        key: "gov import --from =auto",
        da: "Find formatet for hver fil",
        en: "Find the format of each file",
    },
    HelpText {
        key: "gov import --from =markdown",
        da: "Fællesskabets Markdown med fede nøgler",
        en: "Community Markdown with bold-key metadata",
    },
    HelpText {
        key: "gov import --from =adr-tools",
        da: "adr-tools (Nygard)",
        en: "adr-tools (Nygard)",
    },
    HelpText {
        key: "gov import --from =madr",
        da: "MADR 2 til 4",
        en: "MADR 2 to 4",
    },
    HelpText {
        key: "gov import --from =log4brains",
        da: "log4brains",
        en: "log4brains",
    },
    HelpText {
        key: "gov import --from =github-issues",
        da: "Uddata fra `gh issue list --json`",
        en: "`gh issue list --json` output",
    },
    HelpText {
        key: "gov import --dry_run",
        da: "Vis planen uden at skrive noget",
        en: "Show the plan without writing anything",
    },
    HelpText {
        key: "gov import --move_metadata",
        da: "Tag metadatalinjerne, der blev til felter, ud af teksten",
        en: "Take the metadata lines that became fields out of the body",
    },
    HelpText {
        key: "gov import --format",
        da: "Rapporten som tabel eller som JSON",
        en: "The report as a table or as JSON",
    },
    HelpText {
        key: "gov import --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov import --format =table",
        da: "En tabel til mennesker",
        en: "A table for people",
    },
    HelpText {
        key: "gov import --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
];
