//! When each record last changed: the newest commit that touched its file,
//! read in one history walk; the file's modification time when the file is
//! not committed or its working copy differs from `HEAD` (an edit in
//! progress is a change, not staleness).

use jiff::civil::Date;
use std::collections::HashMap;
use std::path::Path;

use crate::git::{self, LastChange};
use crate::record::{Record, Repository};

/// When a record last changed, and how that was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Touched {
    /// The date of the change, in the committer's own time zone.
    pub date: Date,
    /// True for a commit's date, false for the file's modification time.
    pub committed: bool,
}

/// The last change of each of `records` (keyed by path). Needs git only
/// when there is something to ask; a repository git cannot read falls back
/// to modification times.
pub fn last_touched(repo: &Repository, records: &[&Record]) -> HashMap<String, Touched> {
    let mut out = HashMap::with_capacity(records.len());
    if records.is_empty() {
        return out;
    }
    let (prefix, commits) = commit_times(repo);
    for record in records {
        let committed = commits
            .get(&format!("{prefix}{}", record.path))
            .filter(|c| git::blob_id(record.text.as_bytes()) == Some(c.blob))
            .and_then(commit_date);
        let touched = match committed {
            Some(date) => Some(Touched {
                date,
                committed: true,
            }),
            None => file_date(&repo.root.join(&record.path)).map(|date| Touched {
                date,
                committed: false,
            }),
        };
        if let Some(t) = touched {
            out.insert(record.path.clone(), t);
        }
    }
    out
}

/// The root's path inside the git work tree (`""` or `"governance/"`) and
/// the last commit of every file in the kinds' folders.
fn commit_times(repo: &Repository) -> (String, HashMap<String, LastChange>) {
    let none = || (String::new(), HashMap::new());
    let Ok(Some(git)) = git::Repo::discover(&repo.root) else {
        return none();
    };
    let Some(workdir) = git.workdir() else {
        return none();
    };
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let root = canonical(&repo.root);
    let Ok(inside) = root.strip_prefix(canonical(workdir)) else {
        return none();
    };
    let mut prefix = inside.to_string_lossy().replace('\\', "/");
    if !prefix.is_empty() {
        prefix.push('/');
    }
    let mut folders: Vec<String> = repo
        .config
        .kinds
        .iter()
        .map(|k| format!("{prefix}{}", k.folder.trim_matches('/')))
        .collect();
    folders.sort();
    folders.dedup();
    let read = if repo.config.trace.cache {
        git.last_changes_cached(&folders)
    } else {
        git.last_changes(&folders)
    };
    match read {
        Ok(times) => (prefix, times),
        Err(_) => none(),
    }
}

fn commit_date(c: &LastChange) -> Option<Date> {
    let ts = jiff::Timestamp::from_second(c.time).ok()?;
    let offset = jiff::tz::Offset::from_seconds(c.offset_minutes.checked_mul(60)?).ok()?;
    Some(offset.to_datetime(ts).date())
}

fn file_date(path: &Path) -> Option<Date> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let ts = jiff::Timestamp::try_from(modified).ok()?;
    Some(jiff::tz::TimeZone::system().to_datetime(ts).date())
}
