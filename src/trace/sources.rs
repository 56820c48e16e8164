//! Reading every repository a trace needs: the governance repository and
//! the code repositories of `gov.yaml`, in parallel (one thread per
//! repository, as many as there are cores), each brought up to date from
//! its cache. A code repository that is missing or unreadable becomes a
//! warning naming it; only the governance repository can fail the command.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::cache::{self, CacheNotice};
use super::cache_timeline;
use super::refs::RefPatterns;
use super::repo_history::{RepoHistory, ScanContext};
use super::scan;
use super::tags::{Releases, held, release_candidates, releases_with};
use super::timeline::Timeline;
use crate::config::Config;
use crate::git::Repo;
use crate::{Error, Result};

/// The name the governance repository goes by in traces.
pub const GOVERNANCE: &str = "governance";

/// One repository's history.
#[derive(Debug)]
pub struct Source {
    /// `governance`, or the code repository's name.
    pub name: String,
    /// Its web address, to link commits.
    pub forge_url: Option<String>,
    /// What was read.
    pub history: RepoHistory,
    /// Its releases, when the reading thread worked them out (code
    /// repositories); the governance repository's are worked out later,
    /// beside its timeline.
    pub releases: Option<Releases>,
    /// The repository is a shallow clone: its history ends at the
    /// clone's boundary, and what is older is not there to read.
    pub shallow: bool,
}

/// A code repository that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The repository's name in `gov.yaml`.
    pub repository: String,
    /// Where it was looked for.
    pub path: PathBuf,
    /// True when the folder does not exist (a clone not made yet).
    pub missing: bool,
    /// What went wrong otherwise.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let why = if self.missing {
            "the folder does not exist"
        } else {
            &self.message
        };
        write!(
            f,
            "code repository `{}` ({}) was skipped: {why}",
            self.repository,
            self.path.display(),
        )
    }
}

/// Everything read.
#[derive(Debug)]
pub struct Sources {
    /// The governance repository first, then the code repositories that
    /// could be read, in `gov.yaml` order.
    pub sources: Vec<Source>,
    /// The code repositories that could not be read.
    pub warnings: Vec<Warning>,
    /// The cache files that were there but not used (damaged, or not a
    /// file), for the command to say once.
    pub notices: Vec<CacheNotice>,
    /// The governance history's cache file, when it is to be written:
    /// left to [`Sources::store_cache`], so the caller can write it with
    /// the timeline while it works on what was read (a code repository's
    /// is written by the thread that read it, while the governance history
    /// is still read).
    pub unstored: Option<(PathBuf, Keys)>,
    /// The governance timeline from the cache, when the history it was
    /// replayed from is the one just read and the configuration is the same.
    pub timeline: Option<Timeline>,
}

impl Sources {
    /// True when the governance cache file is to be written.
    pub fn must_store(&self) -> bool {
        self.unstored.is_some()
    }

    /// Writes the governance history's cache file with its timeline, if
    /// it is to be written. Failing to write a cache is never an error (a
    /// read-only `.git` means none).
    pub fn store_cache(&self, timeline: &Timeline) {
        if let (Some((file, keys)), Some(gov)) = (&self.unstored, self.sources.first()) {
            let kept = Some((timeline, keys.timeline));
            let _ = cache::store(file, &gov.history, keys.history, kept, None);
        }
    }
}

/// The fingerprints a cache file is kept under: of what the history's
/// facts depend on, and of what the timeline's replay depends on besides
/// the history. Worked out once per run.
#[derive(Debug, Clone, Copy)]
pub struct Keys {
    history: u64,
    timeline: u64,
}

/// The reference patterns of a configuration.
pub fn patterns(config: &Config) -> RefPatterns {
    RefPatterns {
        trailers: config
            .trace
            .trailers
            .iter()
            .map(|t| t.to_ascii_lowercase())
            .collect(),
        mentions: config.trace.mentions,
        prefixes: config
            .kinds
            .iter()
            .map(|k| k.prefix.to_ascii_uppercase())
            .collect(),
    }
}

struct Job {
    name: String,
    path: PathBuf,
    forge_url: Option<String>,
    governance: bool,
}

/// Reads the governance repository and, when `code` is true, every code
/// repository.
pub fn read(root: &Path, config: &Config, code: bool) -> Result<Sources> {
    let gov = Repo::discover(root)?.ok_or_else(|| Error::NoHistory {
        path: root.to_path_buf(),
    })?;
    let git_dir = gov.git_dir().to_path_buf();
    let prefix = gov.prefix_of(root).unwrap_or_default();
    drop(gov);
    let mut jobs = vec![Job {
        name: GOVERNANCE.into(),
        path: root.to_path_buf(),
        forge_url: config.forge_url.clone(),
        governance: true,
    }];
    if code {
        jobs.extend(config.repositories.iter().map(|r| Job {
            name: r.name.clone(),
            path: root.join(&r.path),
            forge_url: r.forge_url.clone(),
            governance: false,
        }));
    }
    let patterns = patterns(config);
    let keys = Keys {
        history: cache::fingerprint(config),
        timeline: cache_timeline::fingerprint(config),
    };
    let results: Vec<Mutex<Option<Result<Read>>>> = jobs.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(jobs.len());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    let ctx = ScanContext {
                        config,
                        patterns: &patterns,
                        governance: job.governance,
                        prefix: if job.governance {
                            prefix.clone()
                        } else {
                            String::new()
                        },
                    };
                    let r = read_one(job, &git_dir, keys, &ctx);
                    *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
                }
            });
        }
    });
    let mut out = Sources {
        sources: Vec::new(),
        warnings: Vec::new(),
        notices: Vec::new(),
        unstored: None,
        timeline: None,
    };
    for (job, r) in jobs.into_iter().zip(results) {
        let r = r.into_inner().unwrap_or_else(|e| e.into_inner());
        match r {
            Some(Ok(read)) => {
                out.notices.extend(read.notice);
                out.unstored = out.unstored.or(read.unstored);
                out.timeline = out.timeline.take().or(read.timeline);
                out.sources.push(Source {
                    name: job.name,
                    forge_url: job.forge_url,
                    history: read.history,
                    releases: read.releases,
                    shallow: read.shallow,
                });
            }
            Some(Err(e)) if job.governance => return Err(e),
            Some(Err(e)) => out.warnings.push(Warning {
                repository: job.name,
                missing: !job.path.exists(),
                path: job.path,
                message: e.to_string(),
            }),
            None => {}
        }
    }
    Ok(out)
}

/// What one repository's thread hands back.
struct Read {
    history: RepoHistory,
    releases: Option<Releases>,
    /// The cache file still to be written.
    unstored: Option<(PathBuf, Keys)>,
    /// The timeline from the cache, still valid.
    timeline: Option<Timeline>,
    /// What was wrong with the cache file, if anything.
    notice: Option<CacheNotice>,
    /// The repository is a shallow clone.
    shallow: bool,
}

/// Reads one repository. A code repository's cache file and releases are
/// done here; the governance history's are left to the caller, who has
/// the cores to itself by then.
fn read_one(job: &Job, git_dir: &Path, keys: Keys, ctx: &ScanContext<'_>) -> Result<Read> {
    let repo = if job.governance {
        Repo::discover(&job.path)?.ok_or_else(|| Error::NoHistory {
            path: job.path.clone(),
        })?
    } else {
        if !job.path.is_dir() {
            return Err(Error::io(
                &job.path,
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ));
        }
        Repo::open(&job.path)?
    };
    // A history read from a shallow clone holds only down to its
    // boundary: once the clone is deepened (no tip need move), the cache
    // kept under the old boundary must not be taken for the whole history.
    let shallow = repo.is_shallow()?;
    let keys = Keys {
        history: keys.history ^ repo.shallow_fingerprint(),
        ..keys
    };
    let resolved = std::fs::canonicalize(&job.path).unwrap_or_else(|_| job.path.clone());
    let file = cache::file_for(git_dir, &job.name, &resolved.to_string_lossy());
    let use_cache = ctx.config.trace.cache;
    let cache::Loaded {
        mut history,
        kept,
        notice,
    } = if use_cache {
        cache::load(&file, keys.history, keys.timeline)
    } else {
        cache::Loaded::default()
    };
    if kept.timeline.is_none() {
        // The timeline will be replayed from every commit's changes.
        history.load_changes();
    }
    let changed = scan::update(&repo, &mut history, ctx)?;
    // A timeline holds only when nothing was read, dropped or moved.
    let timeline = kept.timeline.filter(|_| !changed);
    if !job.governance {
        // So do releases, and only for the same release tags (a tag
        // renamed or moved, or another `trace.tags` pattern, changes them).
        // While the history is the same, so is which of those tags' commits
        // it holds: the index need not be built to tell.
        let candidates = release_candidates(&history, ctx.config);
        let (releases, fresh) = match kept
            .releases
            .filter(|(c, r)| !changed && *c == candidates && r.first.len() == history.commits.len())
        {
            Some((_, r)) => (r, false),
            None => {
                let tags = held(&history, candidates.clone());
                (releases_with(&history, tags), true)
            }
        };
        if use_cache && (changed || fresh) {
            let kept = Some((candidates.as_slice(), &releases));
            let _ = cache::store(&file, &history, keys.history, None, kept);
        }
        return Ok(Read {
            history,
            releases: Some(releases),
            unstored: None,
            timeline: None,
            notice,
            shallow,
        });
    }
    let unstored = (use_cache && (changed || timeline.is_none())).then_some((file, keys));
    Ok(Read {
        history,
        releases: None,
        unstored,
        timeline,
        notice,
        shallow,
    })
}
