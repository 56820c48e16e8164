//! Readers of the formats communities and other tools keep governance in
//! (bold-key Markdown, meeting files, adr-tools/Nygard, MADR 2–4,
//! log4brains, forge issues as JSON): text in, fields out, no I/O.
//!
//! `gov import` writes front matter from what these readers find, and the
//! history reader reads a record's pre-import versions with the same
//! readers, so both always agree on what a file said (DEC-0038). Nothing
//! here fails on odd text: what is not understood becomes a [`Note`] for a
//! human, with its line and column.

mod agenda;
mod bold_keys;
mod dates;
mod decision;
pub mod detect;
mod fill;
pub mod github_issues;
mod links;
pub mod log4brains;
mod madr;
mod meeting;
mod meeting_status;
mod nygard;
mod sections;
pub mod vocab;

#[cfg(test)]
mod meeting_tests;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tools_tests;
#[cfg(test)]
mod unit_tests;

use std::ops::Range;

use crate::config::Config;
pub use agenda::{
    ids as record_ids, is_agenda as opens_agenda, may_hold as may_hold_agenda, of_body as agenda,
    of_read as agenda_of_read,
};
pub use detect::{Detected, Format, detect};
/// The repository path a link names, seen from a file: `render` resolves
/// links between published records with it, as import does.
pub(crate) use links::resolve as resolve_link;

/// What a file was taken for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum KindGuess {
    /// A decision record.
    Decision,
    /// A meeting (agenda and minutes in one file).
    Meeting,
    /// A change request (from forge issues).
    Change,
    /// Not a record: a template, a README, an index; `reason` says why,
    /// for `gov init`'s file-by-file explanation.
    NotARecord {
        /// Why, in plain words.
        reason: String,
    },
}

/// A front matter value as import writes it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum FieldValue {
    /// A string (dates are ISO, statuses and types canonical ids).
    Text(String),
    /// A list of strings (deciders, invited…). Fields naming other records
    /// (`supersedes`, `superseded_by`, `related`, `decisions`) hold
    /// repository paths of the files linked to: the importer maps them to
    /// IDs once it knows every file's ID.
    List(Vec<String>),
    /// `cancelled: true`.
    Bool(bool),
    /// A meeting's agenda.
    Agenda(Vec<AgendaItem>),
}

/// One numbered item of a meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AgendaItem {
    /// `2` for a section heading `#### 2. Økonomi`, `2.1` for `- 2.1 …`.
    pub number: String,
    /// The text after the number.
    pub title: String,
    /// Record IDs the item names (`DEC-0012`).
    pub records: Vec<String>,
    /// 1-based line of the item.
    pub line: usize,
}

/// One field found, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Field {
    /// The front matter key (`date`, `status`, `invited`…; DEC-0038).
    pub key: String,
    /// The value to write.
    pub value: FieldValue,
    /// 1-based line it was read from (0: derived, e.g. `absent`, or given
    /// by the caller, e.g. the first commit's date).
    pub line: usize,
    /// 1-based column it was read from (0 as for `line`).
    pub column: usize,
}

/// Something a human should look at; findings are values, never errors.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Note {
    /// 1-based line (0 for the file as a whole).
    pub line: usize,
    /// 1-based column (0 for the file as a whole).
    pub column: usize,
    /// What was not understood.
    pub what: NoteKind,
}

/// What a [`Note`] is about, with its data (rendered by the command in the
/// user's language).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "note")]
pub enum NoteKind {
    /// A date that is no date gov can read.
    UnreadableDate {
        /// The text as written.
        text: String,
    },
    /// A day-first date a month-first reader would read otherwise.
    AmbiguousDate {
        /// The text as written.
        text: String,
        /// The ISO date it was read as.
        read_as: String,
    },
    /// A status word outside the kind's vocabulary; kept as written.
    UnknownStatus {
        /// The text as written.
        text: String,
    },
    /// A type word outside the kind's types; kept as written.
    UnknownType {
        /// The text as written.
        text: String,
    },
    /// Two places give different dates for the same thing.
    DatesDisagree {
        /// Where the kept date came from (`time line`, `heading`, `file name`).
        kept_from: String,
        /// The kept date, ISO.
        kept: String,
        /// Where the other came from.
        other_from: String,
        /// The other date, ISO.
        other: String,
    },
    /// A key in the metadata that no field takes; left in the body.
    UnknownKey {
        /// The key as written.
        key: String,
    },
    /// A value given twice; the first is kept.
    Repeated {
        /// The front matter key.
        key: String,
    },
    /// A front matter block that does not parse; left untouched.
    BadFrontMatter {
        /// What the YAML reader said.
        message: String,
    },
}

/// What a reader found in one file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Imported {
    /// The format it was read as.
    pub format: Format,
    /// What the file is.
    pub kind: KindGuess,
    /// The record's number in its own format (adr-tools' and MADR's
    /// `NNNN-` file names, `# N. Title`), for the importer's ID.
    pub number: Option<u32>,
    /// The fields, in the order front matter should list them.
    pub fields: Vec<Field>,
    /// Byte ranges of the metadata lines that became fields (whole lines,
    /// endings included), for `--move-metadata`.
    pub metadata_lines: Vec<Range<usize>>,
    /// What needs a human.
    pub notes: Vec<Note>,
}

impl Imported {
    /// An empty result of a format and kind.
    pub fn new(format: Format, kind: KindGuess) -> Imported {
        Imported {
            format,
            kind,
            number: None,
            fields: Vec::new(),
            metadata_lines: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The value of a field, if found.
    pub fn get(&self, key: &str) -> Option<&FieldValue> {
        self.fields.iter().find(|f| f.key == key).map(|f| &f.value)
    }

    /// The text of a string field, if found.
    pub fn text(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(FieldValue::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// Adds a field unless the key is there already (then a note): the
    /// first value written in a file wins.
    pub(crate) fn set(&mut self, key: &str, value: FieldValue, at: (usize, usize)) {
        if self.get(key).is_some() {
            self.note(at, NoteKind::Repeated { key: key.into() });
            return;
        }
        self.fields.push(Field {
            key: key.into(),
            value,
            line: at.0,
            column: at.1,
        });
    }

    /// Adds a note at a line and column.
    pub(crate) fn note(&mut self, at: (usize, usize), what: NoteKind) {
        self.notes.push(Note {
            line: at.0,
            column: at.1,
            what,
        });
    }
}

/// What the readers need besides the text: the configuration (status and
/// type vocabularies, bodies), the file's path, the forge URL of this
/// repository and, for log4brains, the date of the file's first commit.
#[derive(Debug, Clone, Copy)]
pub struct Context<'c> {
    /// The configuration whose kinds' vocabularies map the words.
    pub config: &'c Config,
    /// The path of the file relative to the repository root, `/`-separated.
    pub path: &'c str,
    /// The repository's web address (`https://github.com/org/repo`), so
    /// absolute links to its files count as links to records.
    pub forge_url: Option<&'c str>,
    /// The date of the file's first commit (log4brains' default date).
    pub first_commit: Option<jiff::civil::Date>,
}

/// Reads a file as `format`, or as the format [`detect`] finds when
/// `None`. A template, README or non-Markdown file is not a record
/// whatever the format; a file showing no sign of a format is read as the
/// one named. Never fails and never panics.
pub fn read(text: &str, ctx: &Context<'_>, format: Option<Format>) -> Imported {
    let detected = detect(ctx.path, text);
    if detected.excluded
        || (format.is_none() && matches!(detected.kind, KindGuess::NotARecord { .. }))
    {
        return Imported::new(format.unwrap_or(detected.format), detected.kind);
    }
    let format = format.unwrap_or(detected.format);
    match format {
        Format::AdrTools => nygard::read(text, ctx),
        Format::Madr => madr::read(text, ctx),
        Format::Log4brains => log4brains::read(text, ctx),
        Format::Markdown | Format::GithubIssues => match detected.kind {
            KindGuess::Meeting => meeting::read(text, ctx),
            _ => decision::read(text, ctx),
        },
    }
}
