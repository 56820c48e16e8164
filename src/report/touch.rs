//! When each record last changed and since when it has had its status,
//! taken from the governance timeline that traceability replays (and
//! caches), so `gov status` reads history once. A working copy that is no
//! committed version (an edit in progress) counts as changed on its
//! file's modification date: an edit is a change, not staleness.

use jiff::civil::Date;
use std::collections::HashMap;
use std::path::Path;

use crate::git::ObjectId;
use crate::record::{Record, Repository, Summary, normalise_id};
use crate::trace::History;
use crate::trace::Life;

/// When a record last changed, and how that was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Touched {
    /// The date of the change, in the author's own time zone.
    pub date: Date,
    /// True for a commit's date, false for the file's modification time.
    pub committed: bool,
}

/// What history says of one record in the working tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    /// Its last change.
    pub touched: Touched,
    /// The first day of the run of versions that have its current status
    /// (the day it became `proposed`, say); `None` when history does not
    /// tell (no committed version has that status).
    pub status_since: Option<Date>,
    /// True when that run starts with the record's first version: it was
    /// created with the status, so its own `date` (which may predate its
    /// import into git) says more than the commit.
    pub status_from_creation: bool,
}

/// The dates of each of `records` (keyed by path). Without history (no git
/// repository, or one that cannot be read) every date is the file's
/// modification date.
pub fn record_dates(
    repo: &Repository,
    records: &[(&Record, &Summary)],
    history: Option<&History>,
) -> HashMap<String, Dates> {
    let lives: HashMap<String, &Life> = history
        .map(|h| h.timeline.lives.iter().map(|l| (key(&l.id), l)).collect())
        .unwrap_or_default();
    let head = history.map(|_| head_blobs(repo)).unwrap_or_default();
    let mut out = HashMap::with_capacity(records.len());
    for (record, summary) in records {
        let life = lives.get(&key(&summary.id)).copied();
        // The version at `HEAD`: the newest with the blob `HEAD` has.
        let at_head = life.zip(head.get(&record.path)).and_then(|(life, blob)| {
            let at = life.versions.iter().rposition(|v| v.blob == Some(*blob))?;
            Some((life, at))
        });
        let unchanged =
            head.get(&record.path).copied() == ObjectId::of_blob(record.text.as_bytes());
        let committed = history
            .zip(at_head)
            .filter(|_| unchanged)
            .map(|(h, (life, at))| (h, life, at));
        let dates = match committed {
            Some((h, life, at)) => commit_date(h, life, at).map(|date| {
                let since = status_since(h, life, at, summary.status.as_deref());
                Dates {
                    touched: Touched {
                        date,
                        committed: true,
                    },
                    status_since: since.map(|s| s.0),
                    status_from_creation: since.is_some_and(|s| s.1),
                }
            }),
            None => file_date(&repo.root.join(&record.path)).map(|date| {
                let last = history.zip(at_head).and_then(|(h, (life, at))| {
                    status_since(h, life, at, summary.status.as_deref())
                });
                let ever_committed = at_head.is_some();
                Dates {
                    touched: Touched {
                        date,
                        committed: false,
                    },
                    // An uncommitted change of status starts its run on
                    // the day of the edit; a record never committed is
                    // as old as its own date says.
                    status_since: last.map_or(Some(date), |s| Some(s.0)),
                    status_from_creation: last.map_or(!ever_committed, |s| s.1),
                }
            }),
        };
        if let Some(d) = dates {
            out.insert(record.path.clone(), d);
        }
    }
    out
}

/// An ID as both sides of a lookup write it: `dec-7` and `DEC-0007` alike
/// (and a file-name ID such as `kiosk` in any case).
fn key(id: &str) -> String {
    normalise_id(id).to_ascii_uppercase()
}

/// The first day of the run of versions up to `at` whose status is
/// `status`, and whether the run starts with the first version.
fn status_since(h: &History, life: &Life, at: usize, status: Option<&str>) -> Option<(Date, bool)> {
    let status = status?;
    let has = |i: usize| {
        let v = &life.versions[i];
        v.blob.is_some() && h.facts(life, v.blob).and_then(|f| f.status.as_deref()) == Some(status)
    };
    if !has(at) {
        return None;
    }
    let mut first = at;
    while first > 0 && has(first - 1) {
        first -= 1;
    }
    Some((commit_date(h, life, first)?, first == 0))
}

/// The author date of version `at` of a life, in the author's time zone.
fn commit_date(h: &History, life: &Life, at: usize) -> Option<Date> {
    let commit = &h.sources.first()?.history.commits[life.versions[at].commit as usize];
    let offset = commit.info.as_ref().map_or(0, |i| i.offset);
    let ts = jiff::Timestamp::from_second(commit.time).ok()?;
    let offset = jiff::tz::Offset::from_seconds(offset.checked_mul(60)?).ok()?;
    Some(offset.to_datetime(ts).date())
}

/// The blob of every record file at `HEAD`, by path from the root; empty
/// outside git or before the first commit.
fn head_blobs(repo: &Repository) -> HashMap<String, ObjectId> {
    let mut out = HashMap::new();
    let Ok(Some(git)) = crate::git::Repo::discover(&repo.root) else {
        return out;
    };
    let prefix = git.prefix_of(&repo.root).unwrap_or_default();
    for folder in repo.config.kinds.iter().flat_map(|k| k.folder.iter()) {
        let folder = format!("{prefix}{folder}");
        for f in git.files_at("HEAD", &folder).unwrap_or_default() {
            let path = f.path.strip_prefix(&prefix).unwrap_or(&f.path).to_string();
            out.insert(path, f.blob.object_id());
        }
    }
    out
}

fn file_date(path: &Path) -> Option<Date> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let ts = jiff::Timestamp::try_from(modified).ok()?;
    Some(jiff::tz::TimeZone::system().to_datetime(ts).date())
}
