//! `gov import`: adopting a community's existing records. The readers of
//! `src/import/` say what each file holds; this module turns that into one
//! plan (which file becomes which record with which ID and fields, what is
//! skipped and why, what needs a human) and applies the plan as one
//! transaction with a journal (`apply.rs`, like `gov renumber`), so an
//! interrupted import is completed by the next write command.
//!
//! Files stay where they are (git history follows them); front matter is
//! added above the body, which stays byte for byte, or merged key by key
//! into front matter already there. A file that has an `id` is already
//! imported: a second import changes nothing (DEC-0040).

mod apply;
mod front;
mod ids;
mod issues;
mod links;
mod select;

pub use apply::apply;

use serde::Serialize;

use crate::Result;
use crate::import::{Format, NoteKind};
use crate::record::Repository;

/// What `gov import` was asked for, resolved.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The format to read files as; `None` detects each file's.
    pub from: Option<Format>,
    /// Files and folders relative to the repository root; empty: the
    /// folders of the decision and meeting kinds.
    pub paths: Vec<String>,
    /// Take the metadata lines that became fields out of the body.
    pub move_metadata: bool,
}

/// What happens to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Front matter is written into the file.
    Import,
    /// A new file is written (a forge issue).
    Create,
    /// Nothing is written; `skipped` says why.
    Skip,
}

/// Why a file is left alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "skip")]
pub enum Skip {
    /// It has an ID in its front matter.
    AlreadyImported {
        /// The ID.
        id: String,
    },
    /// The detector says it is no record (a template, a README, not Markdown).
    NotARecord {
        /// The detector's reason, in English.
        reason: String,
    },
    /// It lies in no kind's folder, so gov would never read it.
    OutsideKinds,
    /// It looks like one kind but lies in another kind's folder.
    KindMismatch {
        /// What it looks like.
        looks_like: String,
        /// The kind of its folder.
        folder_kind: String,
    },
}

/// What the importer itself has to say about a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "note")]
pub enum ImportNote {
    /// A link to a file that is no record: left out of the field.
    UnresolvedLink {
        /// The front matter key.
        key: String,
        /// The repository path linked to.
        path: String,
    },
    /// The format's own number was taken: another ID was given.
    NumberTaken {
        /// The number of the format.
        number: u32,
        /// The ID given instead.
        id: String,
    },
}

/// A note for a human: the reader's or the importer's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum NoteWhat {
    /// What a reader did not understand.
    Reader(NoteKind),
    /// What the importer decided.
    Import(ImportNote),
}

/// A note with its place in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileNote {
    /// 1-based line, 0 for the file as a whole.
    pub line: usize,
    /// 1-based column, 0 for the file as a whole.
    pub column: usize,
    /// What it says.
    #[serde(flatten)]
    pub what: NoteWhat,
}

/// What stays in the body after the import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BodyKept {
    /// Metadata lines that became fields and stay in the body (the default).
    pub metadata_lines: usize,
    /// Metadata lines taken out (`--move-metadata`).
    pub removed_lines: usize,
    /// Agenda items, which live in the body only.
    pub agenda_items: usize,
}

/// The plan and the report for one file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// The file, relative to the repository root.
    pub path: String,
    /// What happens to it.
    pub action: Action,
    /// Its ID after the import.
    pub id: Option<String>,
    /// The kind it becomes.
    pub kind: Option<String>,
    /// The format it was read as.
    pub format: Option<Format>,
    /// The front matter keys written.
    pub fields: Vec<String>,
    /// What stays in the body.
    pub body: BodyKept,
    /// Why it is skipped.
    #[serde(skip_serializing_if = "Option::is_none", flatten)]
    pub skipped: Option<Skip>,
    /// What needs a human.
    pub notes: Vec<FileNote>,
}

impl FileReport {
    fn skip(path: &str, skip: Skip) -> FileReport {
        FileReport {
            path: path.to_string(),
            action: Action::Skip,
            id: None,
            kind: None,
            format: None,
            fields: Vec::new(),
            body: BodyKept::default(),
            skipped: Some(skip),
            notes: Vec::new(),
        }
    }
}

/// One file the import writes: its text before (`None`: a new file) and after.
#[derive(Debug, Clone)]
pub struct Change {
    /// The file, relative to the repository root.
    pub path: String,
    /// Its text now; `None` when the import creates it.
    pub before: Option<String>,
    /// Its text after the import.
    pub after: String,
}

/// Everything an import does.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// Every file looked at, in path order.
    pub files: Vec<FileReport>,
    /// The writes.
    #[serde(skip)]
    pub changes: Vec<Change>,
}

/// Plans an import of `request` in `repo`. Reads files, writes nothing.
///
/// # Errors
/// [`crate::Error::ImportInput`] naming the file, line and column when a
/// file cannot be read as asked (front matter that does not parse, not
/// UTF-8, forge JSON that does not parse, a path that does not exist).
pub fn plan(repo: &Repository, request: &Request) -> Result<Plan> {
    let found = select::files(repo, request)?;
    let mut files = Vec::new();
    let mut reads = Vec::new();
    for file in found {
        match file {
            select::Found::Skipped(report) => files.push(report),
            select::Found::Read(read) => reads.push(read),
            select::Found::Issues(path, json) => {
                let (reports, changes) = issues::plan(repo, &path, &json)?;
                files.extend(reports);
                reads.extend(changes);
            }
        }
    }
    let ids = ids::allocate(repo, &mut reads)?;
    links::both_sides(&mut reads);
    let mut changes = Vec::new();
    for read in reads {
        let (report, change) = front::build(repo, read, &ids, request)?;
        files.push(report);
        changes.extend(change);
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    changes.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Plan { files, changes })
}
