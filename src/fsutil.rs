//! The file system as gov uses it: the one reader of regular files
//! ([`read_regular`]: never a FIFO or a device, see `read.rs`), and writes
//! that cannot leave a half-written record behind, and never replace a
//! file gov did not mean to replace.
//!
//! Every write goes to a temporary file (`.gov-*.tmp`) in the target's own
//! folder (same file system), flushed to disk, and is then renamed into
//! place; a new record is linked into place only if no file of that name
//! exists. A temporary file is removed when the write fails; one left by a
//! killed process is removed by the next write command ([`remove_stale`]).
//!
//! New files get the mode the user's umask gives (`0666 & !umask`, as any
//! editor would make them); a replaced file keeps its mode.

mod read;

pub use read::{Links, ReadFailure, Special, read_regular, read_regular_at_most};

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// The prefix of every temporary file gov writes beside a record.
pub const TEMP_PREFIX: &str = ".gov-";
/// The suffix of every temporary file gov writes beside a record.
pub const TEMP_SUFFIX: &str = ".tmp";

/// A file written in full beside its target and flushed, not yet in place.
/// Dropping it removes it.
pub struct Staged(tempfile::NamedTempFile);

impl Staged {
    /// Writes `bytes` to a temporary file beside `path`, flushed to disk,
    /// with the mode `path` has (when it exists) or the umask's default.
    pub fn beside(path: &Path, bytes: &[u8]) -> Result<Staged> {
        Staged::with_mode_of(path, path, bytes)
    }

    /// [`Staged::beside`] `path`, with the mode of `mode_of` when that
    /// exists (a renamed record keeps the mode of its old file).
    pub fn with_mode_of(path: &Path, mode_of: &Path, bytes: &[u8]) -> Result<Staged> {
        let tmp = written_beside(path, bytes)?;
        match std::fs::metadata(mode_of) {
            // Keep the mode (an executable bit or a group write bit is
            // intentional); set exactly, not through the umask.
            Ok(meta) => std::fs::set_permissions(tmp.path(), meta.permissions())
                .map_err(|e| Error::io(tmp.path(), e))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(mode_of, e)),
        }
        tmp.as_file()
            .sync_all()
            .map_err(|e| Error::io(tmp.path(), e))?;
        Ok(Staged(tmp))
    }

    /// Where the staged file is now.
    pub fn path(&self) -> &Path {
        self.0.path()
    }

    /// Renames the staged file over `path` (replacing it if present).
    pub fn commit(self, path: &Path) -> Result<()> {
        self.0.persist(path).map_err(|e| Error::io(path, e.error))?;
        Ok(())
    }

    /// Links the staged file to `path`, failing with [`Error::Exists`] if any
    /// file of that name is there (even one created a moment ago).
    pub fn commit_new(self, path: &Path) -> Result<()> {
        self.0.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                Error::Exists {
                    path: path.to_path_buf(),
                }
            } else {
                Error::io(path, e.error)
            }
        })?;
        Ok(())
    }
}

/// `bytes` in a new temporary file (`.gov-*.tmp`) in `path`'s folder, not
/// yet flushed, with the mode the umask gives a new file.
fn written_beside(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        // The kernel applies the umask to the mode asked for at
        // creation, like `touch` or an editor: 0666 & !umask.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(tmp.path(), e))?;
    Ok(tmp)
}

/// Replaces `path` with `bytes` through a temporary file beside it and a
/// rename, so a reader sees the old file or the new one, never half of
/// one; **not** flushed to disk first. For files that can be told stale by
/// their bytes and written again (the pages of `gov publish`), never for a
/// record.
pub fn replace_unflushed(path: &Path, bytes: &[u8]) -> Result<()> {
    written_beside(path, bytes)?
        .persist(path)
        .map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Creates `path` with `bytes`, atomically, failing with [`Error::Exists`]
/// if any file of that name is already there (even one created a moment ago
/// by another process).
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    Staged::beside(path, bytes)?.commit_new(path)
}

/// Replaces `path` with `bytes` atomically, but only if its content is still
/// `expected` (what gov read before computing the change): an edit made by
/// another program in between is refused with [`Error::Changed`], never lost.
///
/// The new content is written and flushed first; only then is the file read
/// and compared, and renamed over at once. What remains is the moment
/// between that last comparison and the rename (microseconds), and a program
/// that keeps the old file open and writes into it after the rename: no
/// rename-based writer can see those, and git's own writers have the same.
pub fn replace(path: &Path, expected: &[u8], bytes: &[u8]) -> Result<()> {
    let staged = Staged::beside(path, bytes)?;
    crate::pause::point("replace-staged");
    ensure_unchanged(path, expected)?;
    staged.commit(path)
}

/// Fails with [`Error::Changed`] unless `path` holds exactly `expected`.
pub fn ensure_unchanged(path: &Path, expected: &[u8]) -> Result<()> {
    let now = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if now != expected {
        return Err(Error::Changed {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Writes a file that is not a record (configuration, templates), creating it
/// only when absent. Returns whether it was written.
pub fn create_if_absent(path: &Path, bytes: &[u8]) -> Result<bool> {
    match create_new(path, bytes) {
        Ok(()) => Ok(true),
        Err(Error::Exists { .. }) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Flushes a folder's entries (the renames made in it) to disk, so a power
/// cut after a transaction cannot bring back the old names.
pub fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(dir, e))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// True for the name of a temporary file gov writes.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// Removes the temporary files gov left in `dir` and the folders below it
/// (a process killed between writing and renaming one). Call it only under
/// the repository's write lock, which every writer of record folders holds
/// while its temporary files exist. Returns the files removed.
pub fn remove_stale(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(Error::io(&dir, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&dir, e))?;
            let file_type = entry.file_type().map_err(|e| Error::io(entry.path(), e))?;
            let name = entry.file_name();
            if file_type.is_dir() {
                stack.push(entry.path());
            } else if file_type.is_file() && name.to_str().is_some_and(is_temp_name) {
                // Under the lock nobody else removes them: any failure is news.
                let path = entry.path();
                std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
                removed.push(path);
            }
        }
    }
    removed.sort();
    Ok(removed)
}

#[cfg(test)]
#[path = "fsutil_tests.rs"]
mod tests;
