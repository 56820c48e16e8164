//! What validation finds, as data. A [`Finding`] knows its rule code and
//! default severity; its words (Danish or English) are made in
//! `messages.rs`, and its position is added by the check that found it.

use serde::Serialize;

use crate::trace::Text;

/// A commit in a finding about history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommitRef {
    /// Abbreviated commit id.
    pub commit: Text,
    /// Author name.
    pub author: Text,
    /// Commit date, ISO.
    pub date: Text,
}

/// One problem found, with the data its message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// GOV001: the front matter is not valid YAML.
    YamlSyntax {
        /// What the parser said.
        error: crate::yaml::YamlErrorKind,
    },
    /// GOV002: an opening `---` without a closing one.
    Unterminated,
    /// GOV003: the front matter is a list or a single value.
    NotAMap,
    /// GOV004: a key written twice.
    DuplicateKey {
        /// The key.
        key: String,
        /// Line of its first occurrence.
        first_line: usize,
    },
    /// GOV005: a Markdown file in a record folder without front matter.
    NoFrontMatter,
    /// GOV006: an empty file.
    EmptyFile,
    /// GOV010: the kind's JSON Schema rejects a value.
    Schema {
        /// JSON pointer of the value (`/deciders/0`).
        pointer: String,
        /// What the schema validator said (English).
        message: String,
        /// The same, as data, to be said in other languages.
        problem: super::schema_problem::SchemaProblem,
    },
    /// GOV011: no `id` in the front matter.
    MissingId {
        /// The ID gov uses instead (from the file name).
        derived: String,
    },
    /// GOV020: a status word outside the kind's vocabulary.
    UnknownStatus {
        /// The word.
        word: String,
        /// The closest known word.
        nearest: Option<String>,
    },
    /// GOV021: a known status word followed by free text.
    StatusWithNote {
        /// The status word as written, without the note.
        word: String,
        /// The free text.
        note: String,
    },
    /// GOV022: no status.
    MissingStatus,
    /// GOV030: a date that is not a date.
    BadDate {
        /// The key (`date`, `due`).
        key: String,
        /// The value.
        text: String,
        /// Why it is not a date.
        reason: crate::date::DateError,
    },
    /// GOV031: a date in a day-first or other non-ISO form.
    NonIsoDate {
        /// The key.
        key: String,
        /// The value.
        text: String,
        /// The date as gov reads it, ISO.
        iso: String,
        /// A month-first reading would also be a valid date.
        ambiguous: bool,
    },
    /// GOV032: the date in the file name disagrees with the `date`.
    FileNameDate {
        /// The date in the file name, ISO.
        file_date: String,
        /// The record's date, ISO.
        record_date: String,
        /// The kind's records are superseded, never rewritten (decisions,
        /// plans): the mismatch may be a record overwritten in place.
        decided: bool,
    },
    /// GOV033: the slug in a decided record's file name shares no word
    /// with its title: the file may have been overwritten in place.
    FileNameSlug {
        /// The slug part of the file name, as written.
        slug: String,
        /// The title, without a type prefix such as `[SDR]`.
        title: String,
        /// The file name the title gives (same date or ID prefix).
        suggested: String,
    },
    /// GOV040: two files claim one ID.
    DuplicateId {
        /// The ID.
        id: String,
        /// The other file.
        other: String,
    },
    /// GOV041: the file name's ID disagrees with the `id` field.
    FileNameId {
        /// The ID in the file name.
        file_id: String,
        /// The `id` field.
        id: String,
    },
    /// GOV042: an ID whose prefix is not the kind's.
    WrongPrefix {
        /// The ID.
        id: String,
        /// The kind's prefix.
        prefix: String,
    },
    /// GOV050: a front matter reference to an ID no record has.
    UnknownReference {
        /// The key holding it.
        key: String,
        /// The ID.
        id: String,
        /// The closest ID in use.
        nearest: Option<String>,
    },
    /// GOV051: supersession recorded on one side only.
    OneSidedSupersession {
        /// The other record.
        other: String,
        /// The key the other record lacks (`superseded_by` or `supersedes`).
        missing: &'static str,
    },
    /// GOV052: a link to a file of the repository that is not there: a
    /// Markdown link, or a forge URL of this repository written in the text.
    BrokenLink {
        /// The link as written.
        target: String,
        /// Where git shows the file was renamed to, if it was.
        renamed_to: Option<String>,
    },
    /// GOV060: the file is not UTF-8.
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// GOV061: the file starts with a byte order mark.
    Bom,
    /// GOV062: text that looks like UTF-8 read in another encoding.
    Mojibake {
        /// The garbled text.
        found: String,
        /// What was probably meant, when known.
        meant: Option<String>,
    },
    /// GOV063: a symbolic link in a record folder that is not read: it
    /// leads out of the repository, to a folder or to no regular file.
    Symlink {
        /// Why it is not read.
        trouble: crate::record::LinkTrouble,
    },
    /// GOV064: NUL bytes: a binary file with a Markdown name.
    Binary,
    /// GOV065: the file could not be read.
    Unreadable {
        /// What the operating system said.
        message: String,
    },
    /// GOV066: a Markdown name on a FIFO, socket or device: not opened.
    Special {
        /// What it is.
        what: crate::fsutil::Special,
    },
    /// GOV070: a status change the kind's workflow does not allow.
    BadTransition {
        /// Status before.
        from: String,
        /// Status after.
        to: String,
        /// The commit that made it.
        commit: CommitRef,
    },
    /// GOV080: a gap in an agenda's numbering (1, 2, 4 or 2.1, 2.3).
    AgendaGap {
        /// The item after the gap (`4`, `2.3`).
        number: String,
        /// The item before it at the same level, or the section it opens
        /// (`2` before `2.2`); `None` at the agenda's first item.
        previous: Option<String>,
        /// The first number missing.
        first_missing: String,
        /// The last number missing, when more than one is.
        last_missing: Option<String>,
    },
    /// GOV081: a meeting that decided something without a quorum.
    NotQuorate {
        /// The body's label.
        body: String,
        /// Its members present.
        present: usize,
        /// Its quorum.
        quorum: u32,
    },
    /// GOV075: several status changes in one commit, each step allowed:
    /// not forbidden, but the steps between left no trace of their own.
    SkippedSteps {
        /// Status before.
        from: String,
        /// Status after.
        to: String,
        /// The statuses the workflow passes through, `from` to `to`.
        path: Vec<String>,
        /// The commit that made it.
        commit: CommitRef,
    },
    /// GOV076: a version in history that is not UTF-8: nothing of it is
    /// read (its status is unknown), and the finding names where it is.
    VersionNotUtf8 {
        /// The file's path at that version.
        path: String,
        /// The line of its first byte that is not UTF-8.
        line: u32,
        /// The column of that byte, in characters.
        column: u32,
        /// The commit that made the version.
        commit: CommitRef,
    },
    /// GOV071: the body of an accepted record changed after acceptance.
    ChangedAfterAcceptance {
        /// The status it had been accepted with.
        status: String,
        /// The commit that changed it.
        commit: CommitRef,
    },
    /// GOV072: approved minutes edited afterwards.
    MinutesEdited {
        /// The commit that changed them.
        commit: CommitRef,
    },
    /// GOV073: this branch adds an ID the base uses for another record.
    IdCollision {
        /// The ID.
        id: String,
        /// The base ref.
        base: String,
        /// The other record's path on the base.
        base_path: String,
    },
    /// GOV074: an approval that the approval rules do not allow.
    Approval {
        /// What is wrong (from the traceability module).
        message: String,
        /// The commit.
        commit: CommitRef,
    },
}
