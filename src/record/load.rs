//! Loading every record of a repository: walk each kind's folder (see
//! `walk`), read each record file without ever waiting on one that is not
//! a regular file, and keep what could not be read as problems (values, not
//! errors: one bad file never hides the next).

use std::path::{Path, PathBuf};

use super::problem::LoadProblem;
use super::walk::Walk;
use super::{Record, Summary};
use crate::config::{self, Config, Kind};
use crate::fsutil::{Links, ReadFailure, read_regular};
use crate::{Error, Result};

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

/// The repository root for a start folder: the nearest folder at or above
/// it holding `gov.yaml`. A git repository without one is not a governance
/// repository: reading it as one would give an empty, green answer.
pub fn find_root(start: &Path) -> Result<PathBuf> {
    let start = std::path::absolute(start).map_err(|e| Error::io(start, e))?;
    start
        .ancestors()
        // Whatever is there (even a FIFO) counts: loading it says what is wrong.
        .find(|dir| std::fs::symlink_metadata(dir.join(config::FILE_NAME)).is_ok())
        .map(Path::to_path_buf)
        .ok_or(Error::NotARepository { path: start })
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
        // The walk borrows these while records are added to `repo`.
        let (root, config) = (repo.root.clone(), repo.config.clone());
        let mut walk = Walk::new(&root, &config);
        for kind in &config.kinds {
            repo.load_kind(kind, &mut walk);
        }
        repo.problems.append(&mut walk.problems);
        repo.problems.sort_by(|a, b| a.path().cmp(b.path()));
        repo.problems.dedup();
        repo
    }

    fn load_kind(&mut self, kind: &Kind, walk: &mut Walk) {
        let files: Vec<_> = kind
            .folder
            .iter()
            .flat_map(|folder| walk.files(folder, &kind.prefix))
            .collect();
        for file in files {
            match read_regular(&file.open, Links::Refuse) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => self
                        .records
                        .push(Record::parse(file.rel, kind.name.clone(), text)),
                    Err(e) => {
                        let offset = e.utf8_error().valid_up_to();
                        let (line, column) = byte_position(e.as_bytes(), offset);
                        self.problems.push(LoadProblem::NotUtf8 {
                            path: file.rel,
                            offset,
                            line,
                            column,
                        });
                    }
                },
                Err(ReadFailure::Special(what)) => self.problems.push(LoadProblem::Special {
                    path: file.rel,
                    what,
                }),
                Err(ReadFailure::Io(e)) => self.problems.push(LoadProblem::Unreadable {
                    path: file.rel,
                    message: e.to_string(),
                }),
            }
        }
    }

    /// The ID numbers in the names of files that were not read
    /// (`DEC-0007-x.md` that is not UTF-8): a new record must not take
    /// them, though nothing else of those files is known.
    pub fn unread_numbers<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = u64> + 'a {
        self.problems.iter().filter_map(move |p| {
            let name = p.path().rsplit('/').next().unwrap_or_default();
            super::id_in_file_name(name, prefix)
        })
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

/// The 1-based line and column (in characters) of a byte offset: where a
/// reader that found no UTF-8 there says the trouble stands.
pub fn byte_position(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
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
