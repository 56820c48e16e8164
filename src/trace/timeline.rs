//! The life of each record, replayed from the governance repository's
//! history in topological order: its versions and what happened to it
//! (created, status changed, approved, superseded, renamed, deleted,
//! restored). Records are followed by their ID, not by git's rename
//! detection: a file renamed, or deleted and re-added under another name,
//! is the same record when it keeps its ID.

use serde::Serialize;
use std::collections::HashMap;

use super::blob_facts::BlobFacts;
use super::front::record_id;
use super::repo_history::RepoHistory;
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
        self.lives.iter().find(|l| l.id.eq_ignore_ascii_case(id))
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

struct Side<'h> {
    path: &'h str,
    blob: ObjectId,
}

/// Replays the governance history.
pub fn build(h: &RepoHistory, config: &Config) -> Timeline {
    let graph = h.graph();
    let keep = vec![true; graph.len()];
    let order = graph.topo_order(&keep, |i| h.commits[i].time);
    let approving: Vec<Vec<String>> = config
        .kinds
        .iter()
        .map(|k| approving(config, &k.name))
        .collect();
    let empty = BlobFacts::default();
    let facts = |b: ObjectId, k: u8| h.blobs.get(&(b, k)).unwrap_or(&empty);
    let mut t = Timeline::default();
    let mut groups: Vec<(String, u8, Vec<Side<'_>>, Vec<Side<'_>>)> = Vec::new();
    for &ci in &order {
        let Some(info) = h.commits[ci as usize].info.as_ref() else {
            continue;
        };
        if info.changes.is_empty() {
            continue;
        }
        groups.clear();
        for ch in &info.changes {
            let Some(kind) = config.kinds.get(usize::from(ch.kind)) else {
                continue;
            };
            for (blob, after) in [(ch.old, false), (ch.new, true)] {
                let Some(blob) = blob else { continue };
                let id = record_id(facts(blob, ch.kind), &ch.path, &kind.prefix);
                let side = Side {
                    path: &ch.path,
                    blob,
                };
                let g = match groups.iter().position(|g| g.0 == id) {
                    Some(g) => g,
                    None => {
                        groups.push((id, ch.kind, Vec::new(), Vec::new()));
                        groups.len() - 1
                    }
                };
                if after {
                    groups[g].3.push(side);
                } else {
                    groups[g].2.push(side);
                }
            }
        }
        for (id, kind, before, after) in groups.drain(..) {
            let li = *t.by_id.entry(id.clone()).or_insert_with(|| {
                t.lives.push(Life {
                    id,
                    kind,
                    versions: Vec::new(),
                    events: Vec::new(),
                    alive: false,
                });
                t.lives.len() - 1
            });
            let life = &mut t.lives[li];
            let prev = life
                .latest()
                .map(|v| shown_status(facts(v.blob.unwrap_or_default(), life.kind)));
            let Some(a) = after
                .iter()
                .find(|a| before.iter().any(|b| b.path == a.path))
                .or(after.first())
            else {
                let path = before[0].path.to_string();
                life.versions.push(VersionAt {
                    commit: ci,
                    path: path.clone(),
                    blob: None,
                    change: Change::Deleted,
                });
                life.events.push(EventAt {
                    commit: ci,
                    kind: EventKind::Deleted,
                    from: None,
                    to: None,
                    path,
                });
                life.alive = false;
                continue;
            };
            let to = shown_status(facts(a.blob, kind));
            let same = before.iter().find(|b| b.path == a.path).or(before.first());
            let change = match same {
                Some(b) if b.path == a.path => Change::Modified,
                Some(_) => Change::Renamed,
                None if life.versions.is_empty() => Change::Created,
                None if !life.alive => Change::Restored,
                None => Change::Modified,
            };
            let from = match same {
                Some(b) => shown_status(facts(b.blob, kind)),
                None => prev.flatten(),
            };
            let path = a.path.to_string();
            let event = |kind, from, to| EventAt {
                commit: ci,
                kind,
                from,
                to,
                path: path.clone(),
            };
            match change {
                Change::Created => life
                    .events
                    .push(event(EventKind::Created, None, to.clone())),
                Change::Restored => life
                    .events
                    .push(event(EventKind::Restored, None, to.clone())),
                Change::Renamed => life.events.push(event(
                    EventKind::Renamed,
                    same.map(|b| b.path.to_string()),
                    Some(path.clone()),
                )),
                _ => {}
            }
            if change != Change::Created && from != to {
                let k = &config.kinds[usize::from(kind)];
                let ev = match to.as_deref() {
                    Some(s) if k.superseded.as_deref() == Some(s) => EventKind::Superseded,
                    Some(s) if approving[usize::from(kind)].iter().any(|a| a == s) => {
                        EventKind::Approved
                    }
                    _ => EventKind::StatusChanged,
                };
                life.events.push(event(ev, from, to));
            }
            for side in std::iter::once(a).chain(after.iter().filter(|s| s.path != a.path)) {
                life.versions.push(VersionAt {
                    commit: ci,
                    path: side.path.to_string(),
                    blob: Some(side.blob),
                    change,
                });
            }
            life.alive = true;
        }
    }
    t
}
