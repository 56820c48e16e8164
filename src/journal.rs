//! The journal of a renumbering or an import: the whole plan (every file's
//! text before and after, and the record's new name or that the file is
//! new), written to the git directory before the first file is renamed
//! into place and removed after the last.
//!
//! A renumbering interrupted at any point (`kill -9`, a full disk, a power
//! cut) leaves either the old state (no journal yet), the new state, or a
//! journal; the next write command completes the journal before it does
//! anything else (roll forward, DEC-0027). Completing checks every file
//! first: each must be in its old or its new state, so an edit made by
//! hand after the interruption is never overwritten; if one is in neither,
//! nothing is written and the error names the file.

use serde::{Deserialize, Serialize};
use std::path::Path;

use crate::error::JournalTrouble;
use crate::{Error, Result, fsutil};

/// The format tag of the journal file of a renumbering.
const FORMAT: &str = "gov-renumber-journal/1";
/// The format tag of the journal file of an import (`gov import`): an
/// older gov refuses it as unknown instead of reading it as a renumbering.
const IMPORT_FORMAT: &str = "gov-import-journal/1";

/// One file of a renumbering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalFile {
    /// The file's path before, relative to the repository root.
    pub path: String,
    /// Its path after, when the renumbering renames it.
    pub new_path: Option<String>,
    /// Its whole text before.
    pub before: String,
    /// Its whole text after.
    pub after: String,
    /// How many occurrences of the old ID it replaces (for reports).
    #[serde(default)]
    pub replacements: usize,
    /// True when the file did not exist before (an import's new change
    /// request): completing creates it, and never replaces another file.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub created: bool,
}

impl JournalFile {
    /// Where the file's new text goes.
    pub fn target(&self) -> &str {
        self.new_path.as_deref().unwrap_or(&self.path)
    }
}

/// A renumbering in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journal {
    /// [`FORMAT`], so a future layout is never misread.
    pub format: String,
    /// The old ID.
    pub old: String,
    /// The new ID.
    pub new: String,
    /// The files, the renumbered record first.
    pub files: Vec<JournalFile>,
}

/// An interrupted renumbering that a write command completed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Completed {
    /// The renumbering, as its journal had it.
    pub journal: Journal,
    /// How many files were still to be written.
    pub written: usize,
}

impl Journal {
    /// A journal for a plan.
    pub fn new(old: &str, new: &str, files: Vec<JournalFile>) -> Journal {
        Journal {
            format: FORMAT.to_string(),
            old: old.to_string(),
            new: new.to_string(),
            files,
        }
    }

    /// A journal for an import: no IDs change, files get front matter.
    pub fn import(files: Vec<JournalFile>) -> Journal {
        Journal {
            format: IMPORT_FORMAT.to_string(),
            old: String::new(),
            new: String::new(),
            files,
        }
    }

    /// True for the journal of an import, false for a renumbering.
    pub fn is_import(&self) -> bool {
        self.format == IMPORT_FORMAT
    }

    /// Writes the journal to `path` atomically and flushes it to disk: once
    /// this returns, the renumbering will complete whatever happens.
    pub fn write(&self, path: &Path) -> Result<()> {
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let bytes = serde_json::to_vec(self).map_err(|e| Error::BadJournal {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        fsutil::Staged::beside(path, &bytes)?.commit(path)?;
        fsutil::sync_dir(dir)
    }

    /// Reads the journal at `path`; `None` when there is none.
    pub fn read(path: &Path) -> Result<Option<Journal>> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(path, e)),
        };
        let bad = |message: String| Error::BadJournal {
            path: path.to_path_buf(),
            message,
        };
        let journal: Journal = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
        if journal.format != FORMAT && journal.format != IMPORT_FORMAT {
            return Err(bad(format!("unknown format `{}`", journal.format)));
        }
        for file in &journal.files {
            for p in [Some(&file.path), file.new_path.as_ref()]
                .into_iter()
                .flatten()
            {
                if !is_inside(p) {
                    return Err(bad(format!("the path `{p}` is not inside the repository")));
                }
            }
        }
        Ok(Some(journal))
    }
}

/// True for a relative path without `..`: a journal can name nothing
/// outside the repository, even a damaged or hand-made one.
fn is_inside(path: &str) -> bool {
    let p = Path::new(path);
    !path.is_empty()
        && p.components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

/// What completing one file takes.
enum Step {
    /// Already in its new state.
    Done,
    /// Write the new text to the target.
    Write,
}

/// Completes the journal at `path`, if there is one, and removes it.
/// The caller holds the write lock.
pub fn complete(root: &Path, path: &Path) -> Result<Option<Completed>> {
    let Some(journal) = Journal::read(path)? else {
        return Ok(None);
    };
    let conflict = |file: &str, reason: JournalTrouble| {
        if journal.is_import() {
            Error::ImportJournalConflict {
                journal: path.to_path_buf(),
                path: file.to_string(),
                reason,
            }
        } else {
            Error::JournalConflict {
                journal: path.to_path_buf(),
                renumbering: format!("{} → {}", journal.old, journal.new),
                path: file.to_string(),
                reason,
            }
        }
    };
    // Check every file before writing any.
    let mut steps = Vec::new();
    for file in &journal.files {
        let target = root.join(file.target());
        let now = read_if_present(&target)?;
        let step = match (&now, &file.new_path) {
            (Some(text), _) if *text == file.after.as_bytes() => Step::Done,
            (None, None) if file.created => Step::Write,
            (Some(text), None) if !file.created && *text == file.before.as_bytes() => Step::Write,
            (None, Some(_)) => Step::Write,
            (None, None) => return Err(conflict(file.target(), JournalTrouble::Gone)),
            (Some(_), _) => {
                return Err(conflict(file.target(), JournalTrouble::ChangedSince));
            }
        };
        if file.new_path.is_some() {
            match read_if_present(&root.join(&file.path))? {
                Some(text) if text != file.before.as_bytes() => {
                    return Err(conflict(&file.path, JournalTrouble::ChangedSince));
                }
                None if matches!(step, Step::Write) => {
                    return Err(conflict(&file.path, JournalTrouble::Gone));
                }
                _ => {}
            }
        }
        steps.push(step);
    }
    let mut written = 0;
    let mut dirs = Vec::new();
    for (file, step) in journal.files.iter().zip(&steps) {
        let target = root.join(file.target());
        if matches!(step, Step::Write) {
            if file.created
                && let Some(dir) = target.parent()
            {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            let staged = fsutil::Staged::with_mode_of(
                &target,
                &root.join(&file.path),
                file.after.as_bytes(),
            )?;
            if file.new_path.is_some() || file.created {
                staged.commit_new(&target)?;
            } else {
                staged.commit(&target)?;
            }
            written += 1;
        }
        if file.new_path.is_some() {
            remove_if_present(&root.join(&file.path))?;
        }
        dirs.extend(target.parent().map(Path::to_path_buf));
    }
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        fsutil::sync_dir(dir)?;
    }
    std::fs::remove_file(path).map_err(|e| Error::io(path, e))?;
    Ok(Some(Completed { journal, written }))
}

/// A file's bytes, `None` when it does not exist.
pub fn read_if_present(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Removes a file; one that is already gone is fine.
pub fn remove_if_present(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(path, e)),
    }
}

#[cfg(test)]
#[path = "journal_tests.rs"]
mod tests;
