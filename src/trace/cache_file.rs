//! The history cache as a file on disk, apart from what it encodes: the
//! checksum trailer, reading only a regular file, and clearing the
//! temporary files a killed run left behind (DEC-0026).
//!
//! A cache file ends in the CRC-32 of every byte before it, computed while
//! the file is streamed out in pieces and checked over all the bytes on
//! loading, the deferred changes section included. An accident (a flipped
//! bit, a file cut short, a disk block of zeros) fails the check, and the
//! file is ignored; the checksum is no defence against someone who may
//! write `.git`, and it need not be: they can rewrite history itself.

use crate::fsutil::{Links, ReadFailure};
use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// The bytes of the trailer: a CRC-32, little-endian.
pub const TRAILER: usize = 4;

/// How long a temporary cache file must have gone unwritten before a run
/// takes it for a killed run's leftover. A run writing its cache touches
/// the file every 256 KiB, so a live writer's file is never this old.
pub const STALE_AFTER: Duration = Duration::from_secs(60);

/// The prefix and suffix of a temporary cache file's name.
pub const TEMP_PREFIX: &str = ".trace-";
/// See [`TEMP_PREFIX`].
pub const TEMP_SUFFIX: &str = ".tmp";

/// A writer that computes the checksum of what passes through it, so the
/// trailer costs no second pass over a file never held whole in memory.
pub struct Checked<W: Write> {
    inner: W,
    crc: crc32fast::Hasher,
}

impl<W: Write> Checked<W> {
    /// Checksums what is written to `inner`.
    pub fn new(inner: W) -> Checked<W> {
        Checked {
            inner,
            crc: crc32fast::Hasher::new(),
        }
    }

    /// Writes the trailer: the checksum of everything written before it.
    pub fn finish(mut self) -> std::io::Result<W> {
        let sum = self.crc.clone().finalize();
        self.inner.write_all(&sum.to_le_bytes())?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for Checked<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.crc.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The bytes before the trailer, when the trailer is their checksum.
pub fn verified(bytes: &[u8]) -> Option<&[u8]> {
    let cut = bytes.len().checked_sub(TRAILER)?;
    let (body, trailer) = bytes.split_at(cut);
    let want = u32::from_le_bytes(trailer.try_into().ok()?);
    (crc32fast::hash(body) == want).then_some(body)
}

/// Why a cache file was not read.
#[derive(Debug)]
pub enum Unread {
    /// There is no file (a first run, or the cache was removed).
    Missing,
    /// Something other than a regular file is there: a folder, a FIFO, a
    /// socket, a device or a symbolic link. It was not opened.
    NotAFile,
    /// The file could not be read.
    Failed(std::io::Error),
}

/// Reads the cache file at `path`, only if it is a regular file (not a
/// symbolic link): a FIFO would block the read forever, a link to
/// `/dev/zero` would never end. The one reader of regular files
/// ([`crate::fsutil::read_regular`]) opens it without following a link and
/// without blocking, and checks what it opened before reading, so a file
/// swapped in between is caught too.
pub fn read_regular(path: &Path) -> Result<Vec<u8>, Unread> {
    match crate::fsutil::read_regular(path, Links::Refuse) {
        Ok(bytes) => Ok(bytes),
        Err(ReadFailure::Special(_)) => Err(Unread::NotAFile),
        Err(ReadFailure::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Err(Unread::Missing),
        // A link is refused by the open itself (ELOOP).
        Err(ReadFailure::Io(e)) => match std::fs::symlink_metadata(path) {
            Ok(m) if !m.file_type().is_file() => Err(Unread::NotAFile),
            _ => Err(Unread::Failed(e)),
        },
    }
}

/// Whether a cache file may be written at `path`: nothing is there, or a
/// regular file (one gov wrote: the name is gov's). Anything else was put
/// there by someone, and is left alone.
pub fn replaceable(path: &Path) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(m) => m.file_type().is_file(),
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    }
}

/// Removes the temporary cache files in `dir` that no run has written to
/// for [`STALE_AFTER`]: the leftovers of a run killed while it wrote its
/// cache. A run still writing is never disturbed (its file is younger),
/// and no process ids are needed, which a shared `.git` on another
/// machine's file system would make meaningless. Failing to remove one is
/// no error: the next run tries again. Returns how many were removed.
pub fn sweep_temporaries(dir: &Path, now: SystemTime) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        // `DirEntry::metadata` does not follow links: only a regular file
        // of ours is removed.
        let stale = entry
            .metadata()
            .ok()
            .filter(|m| m.file_type().is_file())
            .is_some_and(|m| {
                m.modified()
                    .ok()
                    .and_then(|t| now.duration_since(t).ok())
                    .is_some_and(|age| age >= STALE_AFTER)
            });
        if stale && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trailer_checks_every_byte() {
        let mut w = Checked::new(Vec::new());
        w.write_all(b"GOVTRACE").unwrap();
        w.write_all(&[1, 2, 3]).unwrap();
        let file = w.finish().unwrap();
        assert_eq!(file.len(), 11 + TRAILER);
        assert_eq!(verified(&file), Some(&file[..11]));
        for at in 0..file.len() {
            for bit in 0..8 {
                let mut bad = file.clone();
                bad[at] ^= 1 << bit;
                assert_eq!(verified(&bad), None, "byte {at} bit {bit}");
            }
        }
        assert_eq!(verified(&file[..file.len() - 1]), None, "cut short");
        assert_eq!(verified(&[0; 3]), None, "shorter than a trailer");
    }

    #[test]
    fn only_a_regular_file_is_read_or_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.bin");
        assert!(matches!(read_regular(&file), Err(Unread::Missing)));
        assert!(replaceable(&file));
        std::fs::write(&file, b"x").unwrap();
        assert_eq!(read_regular(&file).unwrap(), b"x");
        // Not there because a file stands where a folder should: an error
        // to say, not a first run.
        let below = file.join("b.bin");
        assert!(matches!(read_regular(&below), Err(Unread::Failed(_))));
        assert!(replaceable(&file));
        let link = dir.path().join("zero.bin");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(read_regular(&link), Err(Unread::NotAFile)));
        assert!(!replaceable(&link));
        let folder = dir.path().join("d.bin");
        std::fs::create_dir(&folder).unwrap();
        assert!(matches!(read_regular(&folder), Err(Unread::NotAFile)));
        assert!(!replaceable(&folder));
    }

    #[test]
    fn only_stale_temporaries_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        for n in [".trace-old.tmp", ".trace-new.tmp", "other.tmp", "a.bin"] {
            std::fs::write(p(n), b"x").unwrap();
        }
        std::fs::create_dir(p(".trace-dir.tmp")).unwrap();
        let later = SystemTime::now() + STALE_AFTER + Duration::from_secs(1);
        let old = std::fs::File::options()
            .write(true)
            .open(p(".trace-old.tmp"))
            .unwrap();
        old.set_modified(SystemTime::now() - STALE_AFTER - Duration::from_secs(1))
            .unwrap();
        assert_eq!(sweep_temporaries(dir.path(), SystemTime::now()), 1);
        assert!(
            !p(".trace-old.tmp").exists(),
            "a killed run's leftover goes"
        );
        assert!(p(".trace-new.tmp").exists(), "a live writer's file stays");
        assert_eq!(sweep_temporaries(dir.path(), later), 1);
        for n in ["other.tmp", "a.bin", ".trace-dir.tmp"] {
            assert!(p(n).exists(), "{n} is not a temporary cache file");
        }
    }
}
