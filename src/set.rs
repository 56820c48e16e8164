//! Changing the front matter of one record (`gov set`): under the write
//! lock the records are read afresh, so twenty `gov set` started at once
//! each see the others' changes and none is lost; the status word and the
//! workflow are checked, dates written as ISO, and the result validated
//! before it is written (DEC-0028). The file is replaced only if it is still
//! what was read, so an edit by another program in between is refused.

use std::path::Path;

use crate::check::{Diagnostic, Schemas};
use crate::config::{Config, Kind, StatusMatch};
use crate::lock::WriteLock;
use crate::record::{DATE_KEYS, Edit, Record, Repository, Summary, apply_edits, nearest};
use crate::{Error, Result, date, fsutil, write_check};

/// What `gov set` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct SetRequest {
    /// The record's ID or path.
    pub target: String,
    /// The edits, each with the argument it came from (for messages).
    pub edits: Vec<(String, Edit)>,
    /// Write even when the status, the workflow, a date or validation
    /// objects (the objections are returned as warnings).
    pub force: bool,
}

/// What `gov set` did.
#[derive(Debug, Clone)]
pub enum SetOutcome {
    /// The record already had these values; nothing was written.
    Unchanged {
        /// The record's path.
        path: String,
    },
    /// The record was written.
    Written {
        /// The record's path.
        path: String,
        /// Its new text.
        text: String,
        /// Diagnostics the change adds, written anyway (`--force`, or only
        /// warnings).
        warnings: Vec<Diagnostic>,
    },
    /// Nothing was written: the change would add these errors.
    Refused {
        /// The record's path.
        path: String,
        /// The text it would have had.
        text: String,
        /// The diagnostics the change adds.
        diagnostics: Vec<Diagnostic>,
    },
}

/// The canonical status a written word stands for, if it is known.
fn canonical(kind: &Kind, word: &str) -> Option<String> {
    match kind.match_status(word) {
        StatusMatch::Exact(s) | StatusMatch::WithNote(s, _) => Some(s.id.clone()),
        StatusMatch::Unknown => None,
    }
}

/// Checks a `key=status` edit against the vocabulary and the workflow.
fn check_status(record: &Record, kind: &Kind, key: &str, text: &str) -> Result<()> {
    if key == "status" {
        if let Some(to) = canonical(kind, text)
            && let Some(from) = Summary::of(record, kind).status
            && let Err(allowed) = kind.allows(&from, &to)
        {
            return Err(Error::Transition {
                id: Summary::of(record, kind).id,
                kind: Box::new(kind.label.clone()),
                from: Box::new(kind.status_label(&from)),
                to: Box::new(kind.status_label(&to)),
                allowed: allowed.iter().map(|s| kind.status_label(s)).collect(),
            });
        }
        if matches!(kind.match_status(text), StatusMatch::Unknown) {
            return Err(Error::UnknownStatus {
                word: text.to_string(),
                kind: Box::new(kind.label.clone()),
                known: kind.status_labels(),
                nearest: nearest(text, kind.status_words()),
            });
        }
    }
    Ok(())
}

/// Writes a date key's value (`due=1/7-2026`, `date=01-11-2026`) as ISO,
/// so `gov set` and `gov new --set` store one form, read by one parser. A
/// text that is not a date is refused, or kept as typed under `force`.
pub(crate) fn date_as_iso(edit: &mut Edit, arg: &str, force: bool) -> Result<()> {
    let Edit::Set {
        key,
        value: serde_json::Value::String(text),
    } = edit
    else {
        return Ok(());
    };
    if !DATE_KEYS.contains(&key.as_str()) {
        return Ok(());
    }
    match date::parse(text) {
        Ok(parsed) => *text = date::iso(parsed.date),
        Err(_) if force => {}
        Err(e) => {
            return Err(Error::BadDate {
                arg: arg.to_string(),
                error: e,
            });
        }
    }
    Ok(())
}

/// Sets front matter of one record of the repository at `root`. The caller
/// holds the write lock; the records are read under it.
pub fn set(
    _lock: &WriteLock,
    root: &Path,
    config: &Config,
    request: &SetRequest,
) -> Result<SetOutcome> {
    change(root, config, request, true)
}

/// What [`set`] would do, without writing and without the lock (a dry
/// run): `Written` holds the text the record would have.
pub fn preview(root: &Path, config: &Config, request: &SetRequest) -> Result<SetOutcome> {
    change(root, config, request, false)
}

fn change(root: &Path, config: &Config, request: &SetRequest, write: bool) -> Result<SetOutcome> {
    let repo = Repository::load(root.to_path_buf(), config.clone());
    let record = repo.find(&request.target)?;
    let kind = repo.config.require_kind(&record.kind)?;
    let mut edits = Vec::new();
    for (arg, edit) in &request.edits {
        let mut edit = edit.clone();
        date_as_iso(&mut edit, arg, request.force)?;
        if let Edit::Set {
            key,
            value: serde_json::Value::String(text),
        } = &edit
            && !request.force
        {
            check_status(record, kind, key, text)?;
        }
        edits.push(edit);
    }
    let text = apply_edits(record, &edits)?;
    let path = record.path.clone();
    if text == record.text {
        return Ok(SetOutcome::Unchanged { path });
    }
    let schemas = Schemas::compile(&repo.root, &repo.config)?;
    let after = Record::parse(path.clone(), record.kind.clone(), text.clone());
    let diagnostics = write_check::introduced(&repo, Some(record), &after, &schemas);
    if write_check::refuses(&diagnostics) && !request.force {
        return Ok(SetOutcome::Refused {
            path,
            text,
            diagnostics,
        });
    }
    if !write {
        return Ok(SetOutcome::Written {
            path,
            text,
            warnings: diagnostics,
        });
    }
    fsutil::replace(
        &repo.path_of(record),
        record.text.as_bytes(),
        text.as_bytes(),
    )
    .map_err(|e| match e {
        // Name the file as the user knows it, relative to the root.
        Error::Changed { .. } => Error::Changed {
            path: path.clone().into(),
        },
        e => e,
    })?;
    Ok(SetOutcome::Written {
        path,
        text,
        warnings: diagnostics,
    })
}
