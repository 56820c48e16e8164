//! Paths given on the command line (`gov validate PATH`): each must name a
//! record file or a folder of records, or the command stops with an error.
//! A path that names nothing used to give "0 errors in 0 files" and exit 0,
//! a green answer to a question nobody asked.

use std::path::{Component, Path, PathBuf};

use super::Repository;
use super::walk::is_markdown;
use crate::{Error, Result};

/// What a command-line path stands for, relative to the repository root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// One file that was loaded (as a record, or as a load problem).
    File(String),
    /// Every file below a folder (`""`: the whole repository).
    Folder(String),
}

impl Selection {
    /// Whether a file (relative path) is selected.
    pub fn contains(&self, path: &str) -> bool {
        match self {
            Selection::File(f) => f == path,
            Selection::Folder(d) if d.is_empty() => true,
            Selection::Folder(d) => path
                .strip_prefix(d.as_str())
                .is_some_and(|r| r.starts_with('/')),
        }
    }
}

/// Why a path given on the command line is not a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotARecord {
    /// Nothing is there.
    Missing,
    /// It is outside the repository.
    OutsideRepository,
    /// It is not in any kind's folder.
    OutsideRecordFolders,
    /// It is not a Markdown file.
    NotMarkdown,
    /// Its name is never a record (README, templates, `ignore`, hidden,
    /// inside a nested git repository).
    Ignored,
}

impl std::fmt::Display for NotARecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NotARecord::Missing => "does not exist",
            NotARecord::OutsideRepository => "is outside the repository",
            NotARecord::OutsideRecordFolders => "is not in a record folder",
            NotARecord::NotMarkdown => "is not a Markdown file",
            NotARecord::Ignored => {
                "is never a record (README files, templates, hidden files and names in `ignore` are skipped)"
            }
        })
    }
}

impl Repository {
    /// What `path` (as typed, relative to `cwd`) stands for: a loaded file,
    /// or a folder that is, holds or lies in a record folder.
    pub fn select(&self, cwd: &Path, path: &str) -> Result<Selection> {
        let refuse = |why| {
            Err(Error::NotARecord {
                path: path.to_string(),
                why,
            })
        };
        let absolute = |p: &Path| std::path::absolute(p).map(|a| lexical(&a));
        let (Ok(target), Ok(root)) = (absolute(&cwd.join(path)), absolute(&self.root)) else {
            return refuse(NotARecord::Missing);
        };
        let Ok(rel) = target.strip_prefix(&root) else {
            return refuse(NotARecord::OutsideRepository);
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        let loaded = |p: &str| {
            self.records.iter().any(|r| r.path == p) || self.problems.iter().any(|q| q.path() == p)
        };
        if loaded(&rel) {
            return Ok(Selection::File(rel));
        }
        let Ok(meta) = std::fs::symlink_metadata(&target) else {
            return refuse(NotARecord::Missing);
        };
        let folders: Vec<&str> = self
            .config
            .kinds
            .iter()
            .flat_map(|k| k.folder.iter())
            .collect();
        let under = |inner: &str, outer: &str| {
            outer.is_empty() || inner == outer || inner.starts_with(&format!("{outer}/"))
        };
        let in_folder = folders.iter().any(|f| under(&rel, f));
        if meta.is_dir() {
            return if in_folder || folders.iter().any(|f| under(f, &rel)) {
                Ok(Selection::Folder(rel))
            } else {
                refuse(NotARecord::OutsideRecordFolders)
            };
        }
        let name = rel.rsplit('/').next().unwrap_or(&rel);
        if !in_folder {
            refuse(NotARecord::OutsideRecordFolders)
        } else if !is_markdown(name) {
            refuse(NotARecord::NotMarkdown)
        } else {
            refuse(NotARecord::Ignored)
        }
    }
}

/// `a/./b/../c` as `a/c`, without asking the file system.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_selects_what_is_below_it_only() {
        let s = Selection::Folder("decisions".into());
        assert!(s.contains("decisions/DEC-0001-x.md"));
        assert!(!s.contains("decisions-old/DEC-0001-x.md"));
        assert!(Selection::Folder(String::new()).contains("a/b.md"));
        assert!(Selection::File("a.md".into()).contains("a.md"));
        assert!(!Selection::File("a.md".into()).contains("b.md"));
    }

    #[test]
    fn lexical_resolves_dots() {
        assert_eq!(lexical(Path::new("/r/a/./b/../c")), Path::new("/r/a/c"));
        assert_eq!(lexical(Path::new("/r/../../x")), Path::new("/x"));
    }
}
