//! The one place where user-facing words live, in Danish and English.
//!
//! Templates and status labels come from the configuration; the words of
//! gov's own output (headings, column names, messages) come from here, so a
//! new language is one more arm per message, checked by the compiler.

use serde::{Deserialize, Serialize};

/// A language gov speaks. Danish first: it is the language of the first users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dansk.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// The language code as written in `gov.yaml` and in label maps.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

/// Every piece of gov's own output text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// Column heading: record ID.
    ColId,
    /// Column heading: kind.
    ColKind,
    /// Column heading: status.
    ColStatus,
    /// Column heading: date.
    ColDate,
    /// Column heading: title.
    ColTitle,
    /// `gov list` found nothing.
    NoRecords,
    /// `gov init`: everything was already there.
    InitNothingToDo,
    /// `gov init`: a file or folder was created.
    InitCreated,
    /// `gov init`: a file or folder was already there and kept.
    InitKept,
    /// `gov init`: a git repository was created.
    InitGit,
    /// `gov set`: a record was changed.
    SetChanged,
    /// `gov set`: the values were already as asked.
    SetUnchanged,
    /// `gov new --supersedes`: the old record was marked.
    Superseded,
}

/// The text of a message in a language.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Lang::{Da, En};
    use Msg::*;
    match (msg, lang) {
        (ColId, _) => "ID",
        (ColKind, Da) => "TYPE",
        (ColKind, En) => "KIND",
        (ColStatus, _) => "STATUS",
        (ColDate, Da) => "DATO",
        (ColDate, En) => "DATE",
        (ColTitle, Da) => "TITEL",
        (ColTitle, En) => "TITLE",
        (NoRecords, Da) => "Ingen sager fundet.",
        (NoRecords, En) => "No records found.",
        (InitNothingToDo, Da) => "Intet at gøre: repositoriet er allerede sat op til gov.",
        (InitNothingToDo, En) => "Nothing to do: the repository is already set up for gov.",
        (InitCreated, Da) => "oprettet",
        (InitCreated, En) => "created",
        (InitKept, Da) => "findes allerede",
        (InitKept, En) => "already there",
        (InitGit, Da) => ".git/ (git init)",
        (InitGit, En) => ".git/ (git init)",
        (SetChanged, Da) => "ændret",
        (SetChanged, En) => "changed",
        (SetUnchanged, Da) => "uændret: værdierne var allerede sådan",
        (SetUnchanged, En) => "unchanged: the values were already so",
        (Superseded, Da) => "markeret som erstattet af",
        (Superseded, En) => "marked as superseded by",
    }
}

/// The `README.md` that `gov init` puts in a record folder.
pub fn folder_readme(lang: Lang, label: &str, kind: &str, prefix: &str) -> String {
    match lang {
        Lang::Da => format!(
            "# {label}\n\nHer ligger sager af typen {label}, én fil pr. sag med id {prefix}-NNNN.\n\nOpret en ny sag med:\n\n    gov new {kind} --title \"…\"\n\nDenne README.md er ikke en sag; gov springer den over.\n"
        ),
        Lang::En => format!(
            "# {label}\n\nRecords of the kind {label}, one file per record with the ID {prefix}-NNNN.\n\nCreate one with:\n\n    gov new {kind} --title \"…\"\n\nThis README.md is not a record; gov skips it.\n"
        ),
    }
}

/// The starting `gov.yaml` that `gov init` writes.
pub fn starter_config(lang: Lang) -> String {
    match lang {
        Lang::Da => "# gov: konfiguration af dette styringsrepositorie.\n# `gov config` viser den samlede konfiguration: gov's standardværdier med denne fil ovenpå.\nlang: da\n# Repositoriets adresse, til at kontrollere absolutte links:\n# forge_url: https://github.com/<organisation>/<repositorie>\n".to_string(),
        Lang::En => "# gov: configuration of this governance repository.\n# `gov config` prints the effective configuration: gov's defaults with this file on top.\nlang: en\n# The repository's web address, to check absolute links:\n# forge_url: https://github.com/<organisation>/<repository>\n".to_string(),
    }
}
