//! Generating everything: the plan, the governance repository, the code
//! repositories (each imported by its own `git fast-import`, in parallel)
//! and, on request, the ADR copy for the `adrs` peer.

use std::io;
use std::path::{Path, PathBuf};

use super::fastimport::{git, run};
use super::governance::{self, CodeRepo};
use super::plan::{Kind, What};
use super::{adrs, code, model};

/// The code repositories and their shares of the commits, in percent.
pub const CODE_REPOS: [(&str, u64); 3] = [
    ("os2borgerpc-client", 40),
    ("os2borgerpc-admin", 45),
    ("os2borgerpc-image", 15),
];

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Number of records (before the few seeded duplicates).
    pub records: usize,
    /// Number of commits in the code repositories, together.
    pub commits: u64,
    /// The seed: the same seed gives the same repositories, byte for byte.
    pub seed: u64,
    /// The governance repository's folder (created; must not exist or be empty).
    pub out: PathBuf,
    /// Write gov.yaml's `repositories` key live rather than commented out.
    pub repositories_key: bool,
    /// Also write the decisions as ADRs for `adrs` into this folder.
    pub adrs: Option<PathBuf>,
    /// Subfolders per year in each kind's folder; `None`: only above 20,000
    /// records (see `model::plan`).
    pub yearly: Option<bool>,
}

/// What was generated, printed as JSON by the example.
#[derive(Debug, Default)]
pub struct Report {
    /// Records per kind folder (duplicates included).
    pub records: Vec<(&'static str, usize)>,
    /// Commits of the governance repository.
    pub governance_commits: u64,
    /// Per code repository: name, commits, tags, commits referencing records.
    pub code: Vec<(String, u64, u64, u64)>,
    /// Seeded problems: duplicate IDs.
    pub duplicates: usize,
    /// Seeded problems: renames (links to the old name break).
    pub renames: usize,
    /// ADRs written for the peer.
    pub adrs: usize,
}

fn init(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    if std::fs::read_dir(dir)?.next().is_some() {
        return Err(io::Error::other(format!("{} is not empty", dir.display())));
    }
    let mut cmd = git(dir);
    cmd.args(["init", "-q", "-b", "main"]);
    run(cmd).map(drop)
}

/// Generates the repositories described by `opts`.
pub fn generate(opts: &Options) -> io::Result<Report> {
    let yearly = opts.yearly.unwrap_or(opts.records > 20_000);
    let specs = model::plan(opts.records, opts.seed, yearly);
    let repos: Vec<CodeRepo> = CODE_REPOS
        .iter()
        .map(|(name, _)| CodeRepo {
            name: name.to_string(),
            path: format!("code/{name}"),
        })
        .collect();
    init(&opts.out)?;
    let refs = code::Refs::of(&specs);
    let yaml = governance::gov_yaml(&repos, opts.repositories_key);
    let mut report = Report::default();
    let (gov, codes) = std::thread::scope(|scope| {
        let gov = scope.spawn(|| governance::write(&opts.out, &specs, opts.seed, &yaml));
        let mut left = opts.commits;
        let handles: Vec<_> = CODE_REPOS
            .iter()
            .enumerate()
            .map(|(i, (name, share))| {
                let n = if i + 1 == CODE_REPOS.len() {
                    left
                } else {
                    opts.commits * share / 100
                };
                left -= n;
                let dir = opts.out.join("code").join(name);
                let refs = &refs;
                scope.spawn(move || {
                    init(&dir)?;
                    code::write(&dir, name, n.max(2), opts.seed, refs)
                        .map(|s| (name.to_string(), s))
                })
            })
            .collect();
        let codes: Vec<io::Result<_>> = handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect();
        (gov.join().expect("no panic"), codes)
    });
    let (states, commits) = gov?;
    report.governance_commits = commits;
    for c in codes {
        let (name, s) = c?;
        report.code.push((name, s.commits, s.tags, s.referencing));
    }
    for (kind, _) in Kind::ALL {
        report.records.push((
            kind.folder(),
            specs.iter().filter(|s| s.kind == kind).count(),
        ));
    }
    report.duplicates = specs.iter().filter(|s| s.duplicate).count();
    report.renames = specs
        .iter()
        .flat_map(|s| &s.events)
        .filter(|e| matches!(e.what, What::Rename(_)))
        .count();
    if let Some(dir) = &opts.adrs {
        report.adrs = adrs::export(dir, &specs, &states)?;
    }
    Ok(report)
}
