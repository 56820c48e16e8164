//! The life of each record, replayed from the governance repository's
//! history in topological order: its versions and what happened to it
//! (created, status changed, approved, superseded, renamed, deleted,
//! restored, renumbered). Records are followed by their ID where a
//! version has one, else by path and across renames
//! ([`super::identity`]): a file renamed, or deleted and re-added under
//! another name, is the same record when it keeps its ID; a file without
//! an ID renamed in one commit is the same record; a record renumbered
//! keeps its history under the new ID.

use serde::Serialize;
use std::collections::HashMap;

use super::blob_facts::BlobFacts;
use crate::config::Config;
use crate::git::ObjectId;

/// How a version came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// The record's first version.
    Created,
    /// The content changed in place.
    Modified,
    /// The record moved to another path (and may have changed).
    Renamed,
    /// The file was deleted; the version has no status.
    Deleted,
    /// The record came back after it was deleted.
    Restored,
    /// The record was given another ID (and may have moved and changed).
    Renumbered,
}

/// What happened to a record, as `gov log` shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// First version.
    Created,
    /// Back after a deletion.
    Restored,
    /// Moved to another path.
    Renamed,
    /// The status changed (not to an approving or superseded status).
    StatusChanged,
    /// The status moved to one that means approved.
    Approved,
    /// The status moved to the kind's superseded status.
    Superseded,
    /// The file was deleted.
    Deleted,
    /// The record was given another ID (`from` the old, `to` the new).
    Renumbered,
}

/// One version of a record.
#[derive(Debug, Clone)]
pub struct VersionAt {
    /// The commit's position in the history.
    pub commit: u32,
    /// The path after the commit (before it, for a deletion).
    pub path: String,
    /// The blob; `None` for a deletion.
    pub blob: Option<ObjectId>,
    /// How it came about.
    pub change: Change,
}

/// One event in a record's life.
#[derive(Debug, Clone)]
pub struct EventAt {
    /// The commit's position in the history.
    pub commit: u32,
    /// What happened.
    pub kind: EventKind,
    /// The status before (for status events) or the old path (renames).
    pub from: Option<String>,
    /// The status after (for status events) or the new path (renames).
    pub to: Option<String>,
    /// The record's path after the event.
    pub path: String,
}

/// A record's whole life.
#[derive(Debug, Clone)]
pub struct Life {
    /// The record's ID.
    pub id: String,
    /// The kind's index in the configuration.
    pub kind: u8,
    /// Its versions, oldest first.
    pub versions: Vec<VersionAt>,
    /// What happened, oldest first.
    pub events: Vec<EventAt>,
    /// False once the last version deleted it.
    pub alive: bool,
    /// IDs it had before, oldest first (`gov renumber`).
    pub earlier: Vec<String>,
}

impl Life {
    /// The last version that has content.
    pub fn latest(&self) -> Option<&VersionAt> {
        self.versions.iter().rev().find(|v| v.blob.is_some())
    }
}

/// Every record's life, and the order commits were replayed in.
#[derive(Debug, Default)]
pub struct Timeline {
    /// The records, in order of first appearance.
    pub lives: Vec<Life>,
    /// ID → position in `lives`.
    pub by_id: HashMap<String, usize>,
}

impl Timeline {
    /// True when governance commit `commit` (by position) is a version of
    /// the record whose ID is exactly `id`.
    pub fn has_version_at(&self, id: &str, commit: u32) -> bool {
        self.by_id
            .get(id)
            .is_some_and(|&i| self.lives[i].versions.iter().any(|v| v.commit == commit))
    }

    /// The life of a record ID, matched exactly, else ignoring case.
    pub fn get(&self, id: &str) -> Option<&Life> {
        if let Some(&i) = self.by_id.get(id) {
            return Some(&self.lives[i]);
        }
        self.lives
            .iter()
            .find(|l| l.id.eq_ignore_ascii_case(id))
            .or_else(|| {
                // An earlier ID, the latest record to have had it.
                self.lives
                    .iter()
                    .rev()
                    .find(|l| l.earlier.iter().any(|e| e.eq_ignore_ascii_case(id)))
            })
    }
}

/// The statuses that mean approved for a kind: the approval rule's, else
/// `accepted` and `approved`.
pub fn approving(config: &Config, kind: &str) -> Vec<String> {
    match config.approval.get(kind) {
        Some(rule) => rule.statuses.clone(),
        None => vec!["accepted".into(), "approved".into()],
    }
}

/// A status as events show it: canonical, else as written with a `?`.
pub fn shown_status(facts: &BlobFacts) -> Option<String> {
    facts
        .status
        .as_deref()
        .map(str::to_string)
        .or_else(|| facts.status_label.as_ref().map(|l| format!("?{l}")))
}
