//! Help texts of `gov publish`.

use super::HelpText;

/// The help texts of `gov publish`.
pub static HELP: &[HelpText] = &[
    HelpText {
        key: "gov publish",
        da: "Skriv de godkendte versioner af sagerne som et offentligt site.",
        en: "Write the approved versions of the records as a public site.",
    },
    HelpText {
        key: "gov publish #long",
        da: "Skriv de godkendte versioner af sagerne som et offentligt site.\n\nDen udgivne udgave af en sag er den nyeste udgave i et commit, hvis status\ntæller som godkendt for sagstypen (`publish.approved` i gov.yaml), læst\nfra git-historikken, aldrig fra arbejdsmappen. En sag, der skrives om,\nbeholder sin godkendte tekst, en sag, der aldrig er godkendt, udelades,\nog en erstattet beslutning linker til sin afløser. Det samme commit\ngiver de samme bytes; en ny udgivelse skriver kun de sider, der er ændret.\n\n`--out` skal være en tom mappe eller en, gov publish har skrevet før, og\naldrig repositoriets rod, `.git` eller en sagsmappe.\n\nEksempler:\n  gov publish --out site\n  gov publish --out docs/styring --format jekyll",
        en: "Write the approved versions of the records as a public site.\n\nA record's published version is the newest committed version whose\nstatus counts as approved for its kind\n(`publish.approved` in gov.yaml), read from git history, never from\nthe working tree. A record being redrafted keeps its approved text, a\nrecord never approved is left out, a superseded decision links to its\nsuccessor. The same commit gives the same bytes; publishing again\nrewrites only the pages that changed.\n\n`--out` must be an empty folder or one gov publish wrote before, and\nnever the repository's root, `.git` or a record folder.\n\nExamples:\n  gov publish --out site\n  gov publish --out docs/styring --format jekyll",
    },
    HelpText {
        key: "gov publish --out",
        da: "Mappen, sitet skrives i",
        en: "The folder to write the site into",
    },
    HelpText {
        key: "gov publish --out #value",
        da: "MAPPE",
        en: "DIR",
    },
    HelpText {
        key: "gov publish --format",
        da: "Sitets format",
        en: "The site's format",
    },
    HelpText {
        key: "gov publish --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov publish --format =html",
        da: "Et statisk HTML-site uden JavaScript",
        en: "A static HTML site without JavaScript",
    },
    HelpText {
        key: "gov publish --format =jekyll",
        da: "Markdown-sider til et Jekyll-site med temaet `just-the-docs`",
        en: "Markdown pages for a Jekyll site with just-the-docs",
    },
];
