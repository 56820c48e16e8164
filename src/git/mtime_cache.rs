//! The file that keeps [`super::Repo::last_changes_cached`]'s answer
//! between runs: `.git/gov/last-change`, plain text, one file a line
//! (`<time> <offset> <blob> <path>`) under the commit and folders it was
//! computed for. A file that does not read is ignored, never an error:
//! it is only ever a shortcut.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use super::BlobId;
use super::mtime::{LastChange, LastChanges};

const MAGIC: &str = "gov last-change 1";

/// The commit and the last changes kept at `path`, when they were
/// computed for the same `folders`.
pub fn load(path: &Path, folders: &[String]) -> Option<(git2::Oid, LastChanges)> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut lines = text.lines();
    if lines.next()? != MAGIC {
        return None;
    }
    let head = git2::Oid::from_str(lines.next()?).ok()?;
    if lines.next()? != folders.join("\t") {
        return None;
    }
    let mut last = HashMap::new();
    for line in lines {
        let mut parts = line.splitn(4, ' ');
        let time = parts.next()?.parse().ok()?;
        let offset_minutes = parts.next()?.parse().ok()?;
        let blob = BlobId(git2::Oid::from_str(parts.next()?).ok()?);
        let change = LastChange {
            time,
            offset_minutes,
            blob,
        };
        last.insert(parts.next()?.to_string(), change);
    }
    Some((head, last))
}

/// Keeps `last` at `path` for `head`; written beside and renamed into
/// place, so a reader never sees half a file. Failing to write is not an
/// error: the next run walks history again.
pub fn store(path: &Path, head: git2::Oid, folders: &[String], last: &LastChanges) {
    let Some(dir) = path.parent() else { return };
    if folders.iter().any(|f| f.contains(['\t', '\n'])) || std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let mut text = format!("{MAGIC}\n{head}\n{}\n", folders.join("\t"));
    let mut paths: Vec<&String> = last.keys().filter(|p| !p.contains('\n')).collect();
    paths.sort();
    for p in paths {
        let c = &last[p];
        text.push_str(&format!(
            "{} {} {} {p}\n",
            c.time, c.offset_minutes, c.blob.0
        ));
    }
    let Ok(mut tmp) = tempfile::Builder::new()
        .prefix(".last-change")
        .tempfile_in(dir)
    else {
        return;
    };
    if tmp.write_all(text.as_bytes()).is_ok() {
        let _ = tmp.persist(path);
    }
}
