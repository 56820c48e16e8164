//! Writes that cannot leave a half-written record behind, and never replace a
//! file gov did not mean to replace.
//!
//! Every write goes to a temporary file in the target's own folder (same file
//! system) and is then renamed into place; a new record is linked into place
//! only if no file of that name exists.

use std::io::Write;
use std::path::Path;

use crate::{Error, Result};

/// Writes `bytes` to a temporary file beside `path`, flushed to disk.
fn temp_beside(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".gov-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(tmp.path(), e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| Error::io(tmp.path(), e))?;
    Ok(tmp)
}

/// Creates `path` with `bytes`, atomically, failing with [`Error::Exists`]
/// if any file of that name is already there (even one created a moment ago
/// by another process).
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let tmp = temp_beside(path, bytes)?;
    tmp.persist_noclobber(path).map_err(|e| {
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

/// Replaces `path` with `bytes` atomically, but only if its content is still
/// `expected` (what gov read before computing the change): an edit made by
/// someone else in between is never lost.
pub fn replace(path: &Path, expected: &[u8], bytes: &[u8]) -> Result<()> {
    let now = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if now != expected {
        return Err(Error::io(
            path,
            std::io::Error::other(
                "the file changed while gov was editing it; run the command again",
            ),
        ));
    }
    let tmp = temp_beside(path, bytes)?;
    if let Ok(meta) = std::fs::metadata(path) {
        // Keep the mode (an executable bit or a group write bit is intentional).
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_new_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        create_new(&p, b"one").unwrap();
        assert!(matches!(create_new(&p, b"two"), Err(Error::Exists { .. })));
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn replace_refuses_when_the_file_changed_underneath() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        std::fs::write(&p, "mine").unwrap();
        assert!(replace(&p, b"what I read", b"new").is_err());
        assert_eq!(std::fs::read(&p).unwrap(), b"mine");
        replace(&p, b"mine", b"new").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
    }
}
