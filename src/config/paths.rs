//! Paths in the configuration stay inside the repository: a kind's folder,
//! the templates folder, schema files and the backlog's order file are read
//! and written by gov, so one that leads out (`..`, an absolute path, or a
//! symbolic link on the way) would let a repository's gov.yaml, or a stray
//! `GOV_*` variable, make gov read or write anywhere. Such a configuration
//! is refused before any work, naming the key and where it was set.
//!
//! Code repositories (`repositories:`) are the exception: they are clones
//! beside the governance repository (`../os2borgerpc`), only ever read.

use std::path::{Component, Path, PathBuf};

use super::Config;
use crate::error::Origin;
use crate::{Error, Result};

pub use crate::error::Escape;

/// Where a layer of the configuration came from, to name it in errors.
pub(super) struct Origins<'a> {
    /// The repository's gov.yaml.
    pub file: &'a Path,
    /// Its text (empty when there is none).
    pub text: &'a str,
    /// The `GOV_*` variables applied, in order, with the key path each set.
    pub vars: &'a [(String, Vec<String>)],
}

impl Origins<'_> {
    /// Where the value at `key` (segments, `kinds.decision.folder`) was
    /// set: the last `GOV_*` variable that set it or a key above it, else
    /// gov.yaml's line and column (0, 0 when gov.yaml does not say it).
    pub fn place(&self, key: &[String]) -> (Origin, usize, usize) {
        let var = self
            .vars
            .iter()
            .rev()
            .find(|(_, path)| key.starts_with(path));
        match var {
            Some((name, _)) => (Origin::Variable(name.as_str().into()), 0, 0),
            None => {
                let (line, column) = super::layer::locate(self.text, key).unwrap_or((0, 0));
                (Origin::File(self.file.to_path_buf()), line, column)
            }
        }
    }
}

/// Every path key of the configuration with its value, as key segments.
fn path_keys(config: &Config) -> Vec<(Vec<String>, &str)> {
    let seg = |parts: &[&str]| parts.iter().map(|p| (*p).to_string()).collect::<Vec<_>>();
    let mut keys = vec![(seg(&["templates"]), config.templates.as_str())];
    for kind in &config.kinds {
        let name = kind.name.as_str();
        match kind.folder.written() {
            [one] => keys.push((seg(&["kinds", name, "folder"]), one.as_str())),
            many => {
                for (i, f) in many.iter().enumerate() {
                    let i = i.to_string();
                    keys.push((seg(&["kinds", name, "folder", &i]), f.as_str()));
                }
            }
        }
        if let Some(s) = &kind.schema {
            keys.push((seg(&["kinds", name, "schema"]), s.as_str()));
        }
        if let Some(s) = &kind.schema_extra {
            keys.push((seg(&["kinds", name, "schema_extra"]), s.as_str()));
        }
    }
    if let Some(file) = &config.backlog.order_file {
        keys.push((seg(&["backlog", "order_file"]), file.as_str()));
    }
    keys
}

/// Refuses the first path key of `config` that leads out of `root`.
pub(super) fn check(config: &Config, root: &Path, origins: &Origins) -> Result<()> {
    let real_root = std::fs::canonicalize(root).ok();
    for (segments, value) in path_keys(config) {
        let Some(why) = escape(root, real_root.as_deref(), value) else {
            continue;
        };
        let (origin, line, column) = origins.place(&segments);
        return Err(Error::OutsideRepository {
            origin,
            line,
            column,
            key: segments.join("."),
            value: value.to_string(),
            why,
        });
    }
    Ok(())
}

/// How `value`, relative to `root`, leads out of it, if it does.
/// `real_root` is the root with its links resolved (`None`: links on the
/// way are not followed up, as there is nothing to compare them with).
pub fn escape(root: &Path, real_root: Option<&Path>, value: &str) -> Option<Escape> {
    let path = Path::new(value);
    let mut depth = 0usize;
    for part in path.components() {
        match part {
            Component::Prefix(_) | Component::RootDir => return Some(Escape::Absolute),
            Component::CurDir => {}
            Component::ParentDir if depth == 0 => return Some(Escape::Parent),
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
        }
    }
    let real_root = real_root?;
    let mut here = root.to_path_buf();
    let mut written = PathBuf::new();
    for part in path.components() {
        here.push(part);
        written.push(part);
        let Ok(meta) = std::fs::symlink_metadata(&here) else {
            break;
        };
        if meta.file_type().is_symlink() {
            let inside = std::fs::canonicalize(&here).is_ok_and(|t| t.starts_with(real_root));
            if !inside {
                return Some(Escape::Link(written.to_string_lossy().into_owned()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_and_absolute_paths_are_judged_without_the_file_system() {
        let root = Path::new("/nonexistent-root");
        for ok in ["decisions", "a/../b", "./x", "", "a/b/../../c"] {
            assert_eq!(escape(root, None, ok), None, "{ok}");
        }
        assert_eq!(escape(root, None, "/etc"), Some(Escape::Absolute));
        assert_eq!(escape(root, None, ".."), Some(Escape::Parent));
        assert_eq!(escape(root, None, "a/../../b"), Some(Escape::Parent));
        assert_eq!(escape(root, None, "./../b"), Some(Escape::Parent));
    }

    #[test]
    fn a_link_on_the_way_out_is_named_and_one_inside_is_fine() {
        let root = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let real = std::fs::canonicalize(root.path()).unwrap();
        std::fs::create_dir(root.path().join("inside")).unwrap();
        std::os::unix::fs::symlink(out.path(), root.path().join("out")).unwrap();
        std::os::unix::fs::symlink("inside", root.path().join("alias")).unwrap();
        std::os::unix::fs::symlink("missing", root.path().join("dangling")).unwrap();
        let judge = |v| escape(root.path(), Some(&real), v);
        assert_eq!(judge("out/decisions"), Some(Escape::Link("out".into())));
        assert_eq!(judge("alias/decisions"), None);
        assert_eq!(judge("inside/x/y"), None);
        assert_eq!(judge("dangling"), Some(Escape::Link("dangling".into())));
    }
}
