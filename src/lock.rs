//! The one lock every writer of records holds (DEC-0010, DEC-0027), and what
//! a write command does first under it: complete an interrupted renumbering
//! and remove the temporary files a killed process left.
//!
//! The lock is a file in the git directory (`gov.lock`; `.gov.lock` in the
//! root of a repository without git) locked with the operating system's
//! exclusive file lock, which is released when the process ends, even on
//! `kill -9`. In a linked worktree [`git::Repo::git_dir`] is the common
//! git directory, so every worktree of a repository shares one lock.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::journal::{self, Completed};
use crate::{Error, Result, fsutil, git};

/// Where gov keeps its lock and its renumbering journal for a repository.
#[derive(Debug, Clone)]
pub struct StatePaths {
    /// The lock file.
    pub lock: PathBuf,
    /// The journal of a renumbering in progress (absent when none is).
    pub journal: PathBuf,
}

impl StatePaths {
    /// The paths for the repository whose root is `root`.
    pub fn of(root: &Path) -> Result<StatePaths> {
        Ok(match git::Repo::discover(root)? {
            Some(repo) => {
                let git_dir = repo.git_dir();
                StatePaths {
                    lock: git_dir.join("gov.lock"),
                    journal: git_dir.join("gov").join("renumber.journal"),
                }
            }
            None => StatePaths {
                lock: root.join(".gov.lock"),
                journal: root.join(".gov-renumber.journal"),
            },
        })
    }
}

/// Holds the exclusive lock for as long as it lives.
pub struct Lock(#[allow(dead_code)] File);

impl Lock {
    /// Waits for the exclusive lock at `path` and takes it.
    pub fn take(path: &Path) -> Result<Lock> {
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| Error::io(path, e))?;
        file.lock().map_err(|e| Error::io(path, e))?;
        Ok(Lock(file))
    }
}

/// The lock of a write command, with what it found to tidy up first.
pub struct WriteLock {
    _lock: Lock,
    /// Where the lock and the journal are.
    pub paths: StatePaths,
    /// The interrupted renumbering it completed, if there was one.
    pub completed: Option<Completed>,
    /// Temporary files of a killed process it removed.
    pub removed: Vec<PathBuf>,
}

impl WriteLock {
    /// Takes the repository's lock, completes an interrupted renumbering
    /// (whose journal is in the git directory) and removes stale temporary
    /// files from the record folders. Every write command (`new`, `set`,
    /// `renumber`) starts with this, and reads the records only after it.
    pub fn acquire(root: &Path, config: &Config) -> Result<WriteLock> {
        let paths = StatePaths::of(root)?;
        let lock = Lock::take(&paths.lock)?;
        let mut removed = Vec::new();
        if let Some(dir) = paths.journal.parent() {
            removed.extend(stale_in(dir)?);
        }
        let completed = journal::complete(root, &paths.journal)?;
        for folder in config.kinds.iter().flat_map(|k| k.folder.iter()) {
            removed.extend(fsutil::remove_stale(&root.join(folder))?);
        }
        Ok(WriteLock {
            _lock: lock,
            paths,
            completed,
            removed,
        })
    }
}

/// Stale temporary files directly in `dir` (not below: the git directory's
/// subfolders are git's).
fn stale_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut removed = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name();
        if name.to_str().is_some_and(fsutil::is_temp_name)
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            let path = entry.path();
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
            removed.push(path);
        }
    }
    Ok(removed)
}
