//! Loading every record of a repository: walk each kind's folder, skip what
//! is not a record by rule, and keep what could not be read as problems
//! (values, not errors: one bad file never hides the next).

use serde::Serialize;
use std::path::{Path, PathBuf};

use super::{Record, Summary, id_in_file_name};
use crate::config::{self, Config, Kind};
use crate::{Error, Result};

/// A file in a record folder that could not be taken as a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum LoadProblem {
    /// The file is not valid UTF-8; `offset` is the first bad byte.
    NotUtf8 {
        /// Relative path.
        path: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The file or folder could not be read.
    Unreadable {
        /// Relative path.
        path: String,
        /// What the operating system said.
        message: String,
    },
    /// A symbolic link: gov does not follow links, so nothing outside the
    /// repository and no loop is ever read.
    Symlink {
        /// Relative path.
        path: String,
    },
}

/// A governance repository: its root, its configuration and its records.
#[derive(Debug)]
pub struct Repository {
    /// The folder holding `gov.yaml` (or the git work tree's root).
    pub root: PathBuf,
    /// The effective configuration.
    pub config: Config,
    /// Every record, ordered by kind (as declared) and then by path.
    pub records: Vec<Record>,
    /// Files in record folders that could not be read as records.
    pub problems: Vec<LoadProblem>,
}

/// The repository root for a start folder: the nearest folder at or above it
/// holding `gov.yaml`, else the root of the git work tree around it.
pub fn find_root(start: &Path) -> Result<PathBuf> {
    let start = std::path::absolute(start).map_err(|e| Error::io(start, e))?;
    for dir in start.ancestors() {
        if dir.join(config::FILE_NAME).is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    match crate::git::Repo::discover(&start)? {
        Some(repo) => repo
            .workdir()
            .map(Path::to_path_buf)
            .ok_or(Error::NotARepository { path: start }),
        None => Err(Error::NotARepository { path: start }),
    }
}

impl Repository {
    /// Finds the repository around `start`, loads its configuration (with
    /// the process environment) and all its records.
    pub fn discover(start: &Path) -> Result<Repository> {
        let root = find_root(start)?;
        let config = Config::load(&root, std::env::vars())?;
        Ok(Repository::load(root, config))
    }

    /// [`Repository::discover`], running `alongside(root, config)` on
    /// another thread while the records load: for work that needs only the
    /// configuration, such as reading history.
    pub fn discover_alongside<T: Send>(
        start: &Path,
        alongside: impl FnOnce(&Path, &Config) -> T + Send,
    ) -> Result<(Repository, T)> {
        let root = find_root(start)?;
        let config = Config::load(&root, std::env::vars())?;
        let (root_ref, config_ref) = (&root, &config);
        let side = std::thread::scope(|s| {
            let side = s.spawn(move || alongside(root_ref, config_ref));
            let records = Repository::load(root_ref.clone(), config_ref.clone());
            side.join().map(|t| (records, t))
        });
        match side {
            Ok(both) => Ok(both),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }

    /// Loads all records under `root` with `config`.
    pub fn load(root: PathBuf, config: Config) -> Repository {
        let mut repo = Repository {
            root,
            config,
            records: Vec::new(),
            problems: Vec::new(),
        };
        let kinds = repo.config.kinds.clone();
        for kind in &kinds {
            repo.load_kind(kind);
        }
        repo
    }

    fn load_kind(&mut self, kind: &Kind) {
        let mut files = Vec::new();
        let folder = kind.folder.trim_matches('/').to_string();
        self.walk(&folder, &kind.prefix, &mut files);
        files.sort();
        for rel in files {
            let path = self.root.join(&rel);
            match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => self
                        .records
                        .push(Record::parse(rel, kind.name.clone(), text)),
                    Err(e) => self.problems.push(LoadProblem::NotUtf8 {
                        path: rel,
                        offset: e.utf8_error().valid_up_to(),
                    }),
                },
                Err(e) => self.problems.push(LoadProblem::Unreadable {
                    path: rel,
                    message: e.to_string(),
                }),
            }
        }
    }

    /// Collects the record files below the relative folder `rel`.
    fn walk(&mut self, rel: &str, prefix: &str, files: &mut Vec<String>) {
        let mut stack = vec![rel.to_string()];
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(self.root.join(&dir)) {
                Ok(e) => e,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => {
                    self.problems.push(LoadProblem::Unreadable {
                        path: dir,
                        message: e.to_string(),
                    });
                    continue;
                }
            };
            for entry in entries.flatten() {
                let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                    continue;
                };
                let child = format!("{dir}/{name}");
                let is_named_record = id_in_file_name(&name, prefix).is_some();
                if name.starts_with('.') || (!is_named_record && self.config.is_ignored_name(&name))
                {
                    continue;
                }
                let Ok(file_type) = entry.file_type() else {
                    continue;
                };
                if file_type.is_symlink() {
                    if is_markdown(&name)
                        || std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir())
                    {
                        self.problems.push(LoadProblem::Symlink { path: child });
                    }
                } else if file_type.is_dir() {
                    if child.trim_matches('/') != self.config.templates.trim_matches('/') {
                        stack.push(child);
                    }
                } else if is_markdown(&name) {
                    files.push(child);
                }
            }
        }
    }

    /// Summaries of all records, in load order.
    pub fn summaries(&self) -> Vec<Summary> {
        self.records
            .iter()
            .filter_map(|r| self.config.kind(&r.kind).map(|k| Summary::of(r, k)))
            .collect()
    }

    /// The one record with this ID (case-insensitive), or a precise error:
    /// not found (with the nearest ID) or claimed by several files.
    pub fn find(&self, id: &str) -> Result<&Record> {
        let summaries = self.summaries();
        let hits: Vec<usize> = summaries
            .iter()
            .enumerate()
            .filter(|(_, s)| s.id.eq_ignore_ascii_case(id.trim()) || s.path == id.trim())
            .map(|(i, _)| i)
            .collect();
        match hits.as_slice() {
            [one] => Ok(&self.records[*one]),
            [] => Err(Error::NotFound {
                id: id.to_string(),
                nearest: nearest(id, summaries.iter().map(|s| s.id.as_str())),
            }),
            many => Err(Error::AmbiguousId {
                id: id.to_string(),
                paths: many.iter().map(|&i| summaries[i].path.clone()).collect(),
            }),
        }
    }

    /// The absolute path of a record.
    pub fn path_of(&self, record: &Record) -> PathBuf {
        self.root.join(&record.path)
    }
}

/// True for `.md` and `.markdown` files (any case).
fn is_markdown(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// The candidate closest to `word` by edit distance, if it is close enough
/// to be a plausible typo.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let w = word.to_lowercase();
    candidates
        .map(|c| (levenshtein(&w, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_string())
}

/// Edit distance between two strings, in characters.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}
