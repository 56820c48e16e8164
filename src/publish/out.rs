//! Where `gov publish` may write (DEC-0047): never the repository's root,
//! never inside `.git`, never a record folder, never a folder holding the
//! repository, and never a folder with files an earlier publish did not
//! write (the manifest, [`MANIFEST`], lists what it wrote). Checked on the
//! real path, symbolic links followed, before anything is written.

use std::path::{Component, Path, PathBuf};

use crate::config::Config;
use crate::error::OutProblem;
use crate::{Error, Result};

/// The file in `--out` listing the files the last publish wrote, one path
/// a line: only these are ever replaced or removed.
pub const MANIFEST: &str = ".gov-publish";

/// The first line of the manifest.
pub const MANIFEST_HEADER: &str = "# gov publish: files written here";

/// `path` made absolute and real: its nearest existing ancestor
/// canonicalised (links followed), the rest appended; `..` in the rest
/// climbs lexically.
pub fn real(path: &Path) -> Result<PathBuf> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
        cwd.join(path)
    };
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    loop {
        match std::fs::canonicalize(existing) {
            Ok(real) => {
                let mut out = real;
                for part in rest.iter().rev() {
                    match part {
                        Component::ParentDir => {
                            out.pop();
                        }
                        Component::Normal(p) => out.push(p),
                        _ => {}
                    }
                }
                return Ok(out);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let Some(parent) = existing.parent() else {
                    return Err(Error::io(path, e));
                };
                if let Some(last) = existing.components().next_back() {
                    rest.push(last);
                }
                existing = parent;
            }
            Err(e) => return Err(Error::io(existing, e)),
        }
    }
}

/// Refuses `out` when writing the site there could harm the repository at
/// `root` (git directory `git_dir`) or files gov did not write.
pub fn check(out: &Path, root: &Path, git_dir: &Path, config: &Config) -> Result<PathBuf> {
    let refuse = |problem| Error::PublishOut {
        path: out.to_path_buf(),
        problem,
    };
    let at = real(out)?;
    let root = real(root)?;
    let git_dir = real(git_dir)?;
    if at == root {
        return Err(refuse(OutProblem::RepositoryRoot));
    }
    let in_git = at.starts_with(&git_dir) || at.components().any(|c| c.as_os_str() == ".git");
    if in_git {
        return Err(refuse(OutProblem::InsideGit));
    }
    if root.starts_with(&at) {
        return Err(refuse(OutProblem::HoldsRepository));
    }
    for kind in &config.kinds {
        for folder in kind.folder.iter() {
            let folder = real(&root.join(folder))?;
            if at.starts_with(&folder) {
                return Err(refuse(OutProblem::RecordFolder(kind.name.clone())));
            }
        }
    }
    match std::fs::symlink_metadata(&at) {
        Ok(meta) if !meta.is_dir() => return Err(refuse(OutProblem::NotAFolder)),
        Ok(_) => {
            let mut entries = std::fs::read_dir(&at).map_err(|e| Error::io(&at, e))?;
            let empty = entries.next().is_none();
            if !empty && !at.join(MANIFEST).is_file() {
                return Err(refuse(OutProblem::NotEmpty));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&at, e)),
    }
    Ok(at)
}

/// True when `rel` is a path the site may have: `/`-separated parts of
/// ASCII letters, digits, `-`, `_` and `.`, none starting with `.`, none
/// empty, none longer than 255 bytes. Checked again on every path
/// written or removed, whoever made it.
pub fn is_safe(rel: &str) -> bool {
    !rel.is_empty()
        && rel.split('/').all(|part| {
            !part.is_empty()
                && part.len() <= 255
                && !part.starts_with('.')
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_safe() {
        assert!(is_safe("index.html"));
        assert!(is_safe("decision/DEC-0001.html"));
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../b",
            "a//b",
            ".gov-publish",
            "a/.x",
            "a\0b",
            "a\\b",
            "C:x",
            "a b",
        ] {
            assert!(!is_safe(bad), "{bad:?}");
        }
        assert!(!is_safe(&"x".repeat(256)));
    }

    #[test]
    fn a_path_not_there_yet_is_made_real_from_its_nearest_ancestor() {
        let dir = tempfile::tempdir().unwrap();
        let real_dir = std::fs::canonicalize(dir.path()).unwrap();
        assert_eq!(real(&dir.path().join("a/b")).unwrap(), real_dir.join("a/b"));
        assert_eq!(
            real(&dir.path().join("a/../c")).unwrap(),
            real_dir.join("c")
        );
    }
}
