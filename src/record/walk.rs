//! Walking a kind's folder for record files: what is read, what is skipped
//! by rule, and what is kept as a problem because it might hold a record
//! and was not read.
//!
//! Skipped by rule, silently: hidden entries, names in `ignore`, files that
//! are not Markdown, the templates folder, and any folder holding `.git`
//! (a submodule or another nested repository is not a folder of records).
//! Kept as problems: a Markdown name that is not a regular file (a FIFO
//! would block a read forever), a symbolic link that leads out of the
//! repository or to something other than a regular file, and anything the
//! operating system would not list. A link to a regular file inside the
//! repository is read (DEC-0029).

use std::fs::DirEntry;
use std::path::{Path, PathBuf};

use super::id_in_file_name;
use super::problem::{LinkTrouble, LoadProblem};
use crate::config::Config;
use crate::fsutil::Special;

/// A file to read: its path relative to the root, the path to open, and
/// whether that path may be a link (a resolved link target may not be).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Candidate {
    /// Path relative to the root, with `/` separators.
    pub rel: String,
    /// The file to open: the entry itself, or a link's resolved target.
    pub open: PathBuf,
}

/// One walk over the record folders of a repository.
pub(super) struct Walk<'a> {
    root: &'a Path,
    /// The root with every link resolved, to tell where a link leads;
    /// `None` when it cannot be resolved (then no link is followed).
    real_root: Option<PathBuf>,
    config: &'a Config,
    /// What could not be read.
    pub problems: Vec<LoadProblem>,
}

impl<'a> Walk<'a> {
    /// A walk below `root` with the rules of `config`.
    pub fn new(root: &'a Path, config: &'a Config) -> Walk<'a> {
        Walk {
            root,
            real_root: std::fs::canonicalize(root).ok(),
            config,
            problems: Vec::new(),
        }
    }

    /// The record files below the relative folder `folder`, sorted.
    pub fn files(&mut self, folder: &str, prefix: &str) -> Vec<Candidate> {
        let mut files = Vec::new();
        let mut stack = vec![folder.to_string()];
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(self.root.join(&dir)) {
                Ok(e) => e,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => {
                    self.unreadable(dir, &e);
                    continue;
                }
            };
            for entry in entries {
                match entry {
                    Ok(entry) => self.entry(&dir, &entry, prefix, &mut stack, &mut files),
                    Err(e) => self.unreadable(dir.clone(), &e),
                }
            }
        }
        files.sort();
        files
    }

    fn unreadable(&mut self, path: String, e: &std::io::Error) {
        self.problems.push(LoadProblem::Unreadable {
            path,
            message: e.to_string(),
        });
    }

    /// Sorts one entry of `dir` into files to read, folders to walk,
    /// problems, or nothing.
    fn entry(
        &mut self,
        dir: &str,
        entry: &DirEntry,
        prefix: &str,
        stack: &mut Vec<String>,
        files: &mut Vec<Candidate>,
    ) {
        let os_name = entry.file_name();
        let Some(name) = os_name.to_str() else {
            let lossy = os_name.to_string_lossy();
            if is_markdown(&lossy) {
                self.problems.push(LoadProblem::Unreadable {
                    path: format!("{dir}/{lossy}"),
                    message: "the file name is not valid UTF-8".into(),
                });
            }
            return;
        };
        let child = format!("{dir}/{name}");
        let is_named_record = id_in_file_name(name, prefix).is_some();
        if name.starts_with('.') || (!is_named_record && self.config.is_ignored_name(name)) {
            return;
        }
        let file_type = match entry.file_type() {
            Ok(t) => t,
            Err(e) => return self.unreadable(child, &e),
        };
        if file_type.is_symlink() {
            self.link(child, name, files);
        } else if file_type.is_dir() {
            let templates = self.config.templates.trim_matches('/');
            let nested_repo = std::fs::symlink_metadata(entry.path().join(".git")).is_ok();
            if child.trim_matches('/') != templates && !nested_repo {
                stack.push(child);
            }
        } else if is_markdown(name) {
            match Special::of(&file_type) {
                None => files.push(Candidate {
                    rel: child,
                    open: entry.path(),
                }),
                Some(what) => self
                    .problems
                    .push(LoadProblem::Special { path: child, what }),
            }
        }
    }

    /// A symbolic link: read when it leads to a regular Markdown file inside
    /// the repository; a problem when it might hold records and does not.
    fn link(&mut self, child: String, name: &str, files: &mut Vec<Candidate>) {
        let path = self.root.join(&child);
        let markdown = is_markdown(name);
        let target = std::fs::canonicalize(&path);
        let trouble = match (&target, &self.real_root) {
            (Err(e), _) => LinkTrouble::Broken {
                message: e.to_string(),
            },
            (Ok(_), None) => LinkTrouble::Outside,
            (Ok(t), Some(root)) if !t.starts_with(root) => LinkTrouble::Outside,
            (Ok(t), Some(_)) => match std::fs::metadata(t).map(|m| Special::of(&m.file_type())) {
                Ok(None) => {
                    if markdown {
                        files.push(Candidate {
                            rel: child,
                            open: t.clone(),
                        });
                    }
                    return;
                }
                Ok(Some(what)) => LinkTrouble::To { what },
                Err(e) => LinkTrouble::Broken {
                    message: e.to_string(),
                },
            },
        };
        // Only what might hold records: a Markdown name, or a folder.
        if markdown || std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
            self.problems.push(LoadProblem::Symlink {
                path: child,
                trouble,
            });
        }
    }
}

/// True for `.md` and `.markdown` files (any case).
pub(super) fn is_markdown(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}
