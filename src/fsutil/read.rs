//! Reading a file that must be a regular file, without ever waiting on one
//! that is not: a FIFO named `x.md` would block an ordinary `open` until a
//! writer comes, which may be never.
//!
//! The walk of the record folders already skips what `lstat` says is not a
//! regular file; this reader closes the gap between that look and the read
//! (the file may be replaced in between): it opens without blocking, asks
//! the opened file what it is, and reads only a regular file.

pub use crate::special::Special;
use std::fs::File;
use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadFailure {
    /// The opened path is not a regular file; nothing was read from it.
    Special(Special),
    /// The operating system refused.
    Io(std::io::Error),
}

impl ReadFailure {
    /// As an error about `path`, for a file that must be read (gov.yaml, a
    /// schema): the caller stops rather than going on without it.
    pub fn into_error(self, path: &Path) -> crate::Error {
        match self {
            ReadFailure::Io(e) => crate::Error::io(path, e),
            ReadFailure::Special(what) => crate::Error::NotAFile {
                path: path.to_path_buf(),
                what,
            },
        }
    }
}

/// Whether the last part of a path to read may be a symbolic link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// Follow a link (gov.yaml, schema files named in it).
    Follow,
    /// Refuse one: the path was looked at and found to be a regular file,
    /// so a link there now means it was swapped since.
    Refuse,
}

/// The bytes of `path` if it is a regular file. Never blocks on a FIFO or
/// a device: the file is opened non-blocking and checked before any read.
pub fn read_regular(path: &Path, links: Links) -> Result<Vec<u8>, ReadFailure> {
    read_regular_at_most(path, links, u64::MAX)
}

/// [`read_regular`], reading at most `limit` bytes and one more, so the
/// caller can tell a file that is too large without holding all of it.
pub fn read_regular_at_most(path: &Path, links: Links, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    let mut options = File::options();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let nofollow = match links {
            Links::Follow => 0,
            Links::Refuse => libc::O_NOFOLLOW,
        };
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY | nofollow);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        // A socket cannot be opened at all (ENXIO): say what it is.
        Err(e) => {
            let special = std::fs::metadata(path)
                .ok()
                .and_then(|m| Special::of(&m.file_type()));
            return Err(special.map_or(ReadFailure::Io(e), ReadFailure::Special));
        }
    };
    let meta = file.metadata().map_err(ReadFailure::Io)?;
    if let Some(special) = Special::of(&meta.file_type()) {
        return Err(ReadFailure::Special(special));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0).min(1 << 24));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadFailure::Io)?;
    Ok(bytes)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_named_and_not_waited_on() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.md");
        let ok = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(ok.success());
        assert!(matches!(
            read_regular(&fifo, Links::Refuse),
            Err(ReadFailure::Special(Special::Fifo))
        ));
    }

    #[test]
    fn devices_sockets_and_folders_are_named() {
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), Links::Follow),
            Err(ReadFailure::Special(Special::CharDevice))
        ));
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_regular(dir.path(), Links::Follow),
            Err(ReadFailure::Special(Special::Folder))
        ));
        let sock = dir.path().join("s.md");
        let _l = std::os::unix::net::UnixListener::bind(&sock).unwrap();
        assert!(matches!(
            read_regular(&sock, Links::Refuse),
            Err(ReadFailure::Special(Special::Socket))
        ));
    }

    #[test]
    fn a_regular_file_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        std::fs::write(&p, "---\nid: DEC-0001\n---\n").unwrap();
        assert_eq!(
            read_regular(&p, Links::Refuse).unwrap(),
            b"---\nid: DEC-0001\n---\n"
        );
        assert!(matches!(
            read_regular(&dir.path().join("missing.md"), Links::Follow),
            Err(ReadFailure::Io(e)) if e.kind() == std::io::ErrorKind::NotFound
        ));
    }

    #[test]
    fn a_link_is_refused_where_a_file_was_seen() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        std::fs::write(&p, "text").unwrap();
        let link = dir.path().join("b.md");
        std::os::unix::fs::symlink(&p, &link).unwrap();
        assert!(matches!(
            read_regular(&link, Links::Refuse),
            Err(ReadFailure::Io(_))
        ));
        assert_eq!(read_regular(&link, Links::Follow).unwrap(), b"text");
    }
}
