//! Writing the site into `--out`: each file compared with what is there
//! and written only when its bytes differ, atomically (temporary file and
//! rename); files the last publish wrote and this one does not are
//! removed; the manifest is replaced last. Folders on the way must be real
//! folders: a symbolic link there could lead the site out of `--out`.

use std::collections::BTreeSet;
use std::path::Path;

use super::out::{MANIFEST, MANIFEST_HEADER, is_safe};
use crate::error::OutProblem;
use crate::fsutil::{Links, ReadFailure, Staged, read_regular};
use crate::render::html::SiteFile;
use crate::{Error, Result};

/// What a publish did to the files in `--out`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Files written (new or changed).
    pub written: usize,
    /// Files already as they should be.
    pub unchanged: usize,
    /// Files of the last publish removed.
    pub removed: usize,
}

/// Writes `files` into the folder `out` (already checked, see
/// [`super::out::check`]).
pub fn write(out: &Path, files: &[SiteFile]) -> Result<Written> {
    let not_folder = |path: &Path| Error::PublishOut {
        path: path.to_path_buf(),
        problem: OutProblem::NotAFolder,
    };
    ensure_folder(out, &not_folder)?;
    let before = manifest(out)?;
    let mut done = Written::default();
    let mut now = BTreeSet::new();
    for file in files {
        if !is_safe(&file.path) {
            // Names come from `render::pages`; anything else is a bug,
            // never a path to write to.
            return Err(Error::io(
                out.join(&file.path),
                std::io::Error::new(std::io::ErrorKind::InvalidInput, "unsafe page name"),
            ));
        }
        now.insert(file.path.clone());
        let mut at = out.to_path_buf();
        let parts: Vec<&str> = file.path.split('/').collect();
        for dir in &parts[..parts.len() - 1] {
            at.push(dir);
            ensure_folder(&at, &not_folder)?;
        }
        let target = out.join(&file.path);
        match std::fs::symlink_metadata(&target) {
            Ok(m) if m.is_dir() => return Err(not_folder(&target)),
            Ok(m) if m.is_file() => {
                let bytes = read_regular(&target, Links::Refuse)
                    .map_err(|failure| failure.into_error(&target))?;
                if bytes == file.bytes {
                    done.unchanged += 1;
                    continue;
                }
            }
            // A symbolic link or something special in the way: replaced
            // by the rename below, never followed.
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&target, e)),
        }
        put(&target, &file.bytes)?;
        done.written += 1;
    }
    let mut text = format!("{MANIFEST_HEADER}\n");
    for path in &now {
        text.push_str(path);
        text.push('\n');
    }
    let manifest_path = out.join(MANIFEST);
    let same = read_regular(&manifest_path, Links::Refuse).is_ok_and(|b| b == text.as_bytes());
    if !same {
        Staged::beside(&manifest_path, text.as_bytes())?.commit(&manifest_path)?;
    }
    for old in before.difference(&now) {
        let path = out.join(old);
        match std::fs::remove_file(&path) {
            Ok(()) => done.removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&path, e)),
        }
    }
    Ok(done)
}

/// Writes `bytes` to `target` through a temporary file beside it and a
/// rename, so a reader sees the old page or the new one, never half of
/// one. Not flushed to disk page by page: 5,500 flushes made a site of
/// 10,000 records take 30 s instead of 3, and a page lost to a crash is
/// told by its bytes and written again by the next publish (the manifest,
/// written last, is flushed).
fn put(target: &Path, bytes: &[u8]) -> Result<()> {
    crate::fsutil::replace_unflushed(target, bytes)
}

/// Makes `dir` a folder when it is not there; refuses anything else in
/// its place, a symbolic link included.
fn ensure_folder(dir: &Path, not_folder: &dyn Fn(&Path) -> Error) -> Result<()> {
    match std::fs::symlink_metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(not_folder(dir)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
        }
        Err(e) => Err(Error::io(dir, e)),
    }
}

/// The files the last publish wrote, as its manifest lists them; paths
/// that are not safe are not taken (the file may have been edited).
fn manifest(out: &Path) -> Result<BTreeSet<String>> {
    let path = out.join(MANIFEST);
    let bytes = match read_regular(&path, Links::Refuse) {
        Ok(bytes) => bytes,
        Err(ReadFailure::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(BTreeSet::new());
        }
        Err(failure) => return Err(failure.into_error(&path)),
    };
    // gov's own file: text that is not UTF-8 is damage, said as such,
    // not lines with replaced characters that name no file written.
    let text = String::from_utf8(bytes).map_err(|e| {
        let why = std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error());
        Error::io(&path, why)
    })?;
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#') && is_safe(l))
        .map(str::to_string)
        .collect())
}
