//! Applying an import as one transaction, as `gov renumber` does
//! (DEC-0027): every file is staged beside its target and flushed; every
//! file is checked to be as it was read (a new one still absent); the
//! journal is written; then the files are renamed into place and the
//! journal deleted. Killed before the journal: the old state (and
//! temporary files the next write command removes); after it: a journal
//! the next write command completes.

use std::path::{Path, PathBuf};

use super::Plan;
use crate::journal::{Journal, JournalFile};
use crate::lock::WriteLock;
use crate::{Error, Result, fsutil, pause};

/// Writes a plan's changes. The caller holds the write lock and planned
/// under it. Nothing is written if a file changed since it was read or a
/// new file's name is taken.
pub fn apply(lock: &WriteLock, root: &Path, plan: &Plan) -> Result<()> {
    if plan.changes.is_empty() {
        return Ok(());
    }
    let mut staged = Vec::new();
    for change in &plan.changes {
        let target = root.join(&change.path);
        if change.before.is_none() {
            if std::fs::symlink_metadata(&target).is_ok() {
                return Err(Error::Exists { path: target });
            }
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
        }
        let file = fsutil::Staged::beside(&target, change.after.as_bytes())?;
        staged.push((change, target, file));
    }
    pause::point("import-staged");
    for change in &plan.changes {
        if let Some(before) = &change.before {
            fsutil::ensure_unchanged(&root.join(&change.path), before.as_bytes())?;
        }
    }
    let files = plan
        .changes
        .iter()
        .map(|c| JournalFile {
            path: c.path.clone(),
            new_path: None,
            before: c.before.clone().unwrap_or_default(),
            after: c.after.clone(),
            replacements: 0,
            created: c.before.is_none(),
        })
        .collect();
    Journal::import(files).write(&lock.paths.journal)?;
    pause::point("import-rename-0");
    let mut dirs: Vec<PathBuf> = Vec::new();
    for (i, (change, target, file)) in staged.into_iter().enumerate() {
        if change.before.is_none() {
            file.commit_new(&target)?;
        } else {
            file.commit(&target)?;
        }
        dirs.extend(target.parent().map(Path::to_path_buf));
        pause::point(&format!("import-rename-{}", i + 1));
    }
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        fsutil::sync_dir(dir)?;
    }
    pause::point("import-done");
    let journal = &lock.paths.journal;
    std::fs::remove_file(journal).map_err(|e| Error::io(journal, e))?;
    if let Some(dir) = journal.parent() {
        fsutil::sync_dir(dir)?;
    }
    Ok(())
}
