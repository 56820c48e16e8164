//! Code repositories of the suppliers: feature branches merged through
//! pull requests, commit messages that reference governance records by
//! trailers (`Refs: CR-0012`, `Implements: DEC-0003`, `Closes: CR-0012`)
//! or plain mentions, and release commits with annotated tags v1.0.0 ….

use std::io;
use std::path::Path;

use super::fastimport::{Importer, Sig, git, run};
use super::plan::{self, Kind, Spec};
use super::rng::Rng;
use super::words;

/// IDs that code commits may reference, with the time each record appeared.
pub struct Refs {
    changes: Vec<(i64, String)>,
    decisions: Vec<(i64, String)>,
}

impl Refs {
    /// The referable records of a plan (those with an `id` key, no copies).
    pub fn of(specs: &[Spec]) -> Refs {
        let pick = |kind: Kind| -> Vec<(i64, String)> {
            let mut v: Vec<(i64, String)> = specs
                .iter()
                .filter(|s| s.kind == kind && s.id_field && !s.duplicate)
                .map(|s| (s.events[0].at, s.id()))
                .collect();
            v.sort();
            v
        };
        Refs {
            changes: pick(Kind::Change),
            decisions: pick(Kind::Decision),
        }
    }

    /// A record that existed at `at`, among the latest 150; now and then a
    /// number nobody ever used (a dangling reference).
    fn pick(&self, rng: &mut Rng, at: i64, decision: bool) -> Option<String> {
        let list = if decision {
            &self.decisions
        } else {
            &self.changes
        };
        if rng.chance(1.0) {
            let prefix = if decision { "DEC" } else { "CR" };
            return Some(format!("{prefix}-{:04}", list.len() + 1 + rng.index(50)));
        }
        let before = list.partition_point(|(t, _)| *t < at);
        let lo = before.saturating_sub(150);
        (before > 0).then(|| list[lo + rng.index(before - lo)].1.clone())
    }
}

/// What one code repository got.
#[derive(Debug, Default)]
pub struct Stats {
    /// Commits, merges included.
    pub commits: u64,
    /// Release tags.
    pub tags: u64,
    /// Commits with a reference to a record (trailer or mention).
    pub referencing: u64,
}

/// A commit message and the record IDs it references (by trailer or
/// plain mention).
fn message(rng: &mut Rng, refs: &Refs, at: i64) -> (String, Vec<String>) {
    let mut subject = rng.pick(&words::COMMIT_SUBJECTS).to_string();
    let mut body = String::new();
    let mut trailers = Vec::new();
    let mut ids = Vec::new();
    let kind = rng.weighted(&[30, 10, 8, 6, 4, 42]);
    if let Some(id) = (kind < 5)
        .then(|| refs.pick(rng, at, kind == 1 || kind == 4))
        .flatten()
    {
        match kind {
            0 => trailers.push(format!("Refs: {id}")),
            1 => trailers.push(format!("Implements: {id}")),
            2 => trailers.push(format!("Closes: {id}")),
            3 => subject.push_str(&format!(" ({id})")),
            _ => body.push_str(&format!("See {id} for the background.\n\n")),
        }
        ids.push(id);
        if rng.chance(10.0)
            && let Some(dec) = refs.pick(rng, at, true)
        {
            trailers.push(format!("Implements: {dec}"));
            ids.push(dec);
        }
    }
    if rng.chance(5.0) {
        let (name, email) = rng.pick(&words::DEVELOPERS);
        trailers.push(format!("Co-authored-by: {name} <{email}>"));
    }
    if rng.chance(40.0) {
        body.insert_str(
            0,
            "The change was tested on the shared test environment.\n\n",
        );
    }
    let mut m = format!("{subject}\n");
    if !body.is_empty() || !trailers.is_empty() {
        m.push('\n');
        m.push_str(&body);
        m.push_str(&trailers.join("\n"));
        m.push('\n');
    }
    (m, ids)
}

/// A source file: a path and its lines.
struct File {
    path: String,
    lines: Vec<String>,
}

/// Writes `commits` commits into the (initialised, empty) repository at `dir`.
pub fn write(dir: &Path, name: &str, commits: u64, seed: u64, refs: &Refs) -> io::Result<Stats> {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let mut rng = Rng::derive(seed, 21, hash);
    let ext = if name.ends_with("image") { "sh" } else { "py" };
    let n_files = (40 + commits / 2500).min(400) as usize;
    let mut files: Vec<File> = (0..n_files)
        .map(|i| {
            let a = words::CODE_WORDS[i % 16];
            let b = words::CODE_WORDS[(i / 16 + 3 * i) % 16];
            File {
                path: format!("src/{a}/{b}_{i}.{ext}"),
                lines: (0..20).map(|l| format!("# {a} {b} line {l}")).collect(),
            }
        })
        .collect();
    files.push(File {
        path: "CHANGELOG.md".into(),
        lines: vec!["# Changelog".into()],
    });
    let changelog = files.len() - 1;
    let (start, end) = plan::span();
    let step = ((end - start) / commits.max(1) as i64).max(1);
    let mut imp = Importer::start(dir)?;
    let mut stats = Stats::default();
    let mut at = start;
    let (mut mark, mut main, mut pr) = (1u64, 1u64, 0u64);
    let dev = |rng: &mut Rng, at: i64| {
        let (name, email) = *rng.pick(&words::DEVELOPERS);
        Sig { name, email, at }
    };
    let first = dev(&mut rng, at);
    imp.commit(
        "refs/heads/main",
        1,
        (first, first),
        "Initial commit\n",
        None,
        &[],
    )?;
    for f in &files {
        imp.put(&f.path, (f.lines.join("\n") + "\n").as_bytes())?;
    }
    let (mut releases, mut since_tag, mut pending) = (0u32, 0u64, Vec::<String>::new());
    let tag_every = (commits / 2000).max(150);
    let mut done = 1u64;
    while done < commits {
        let left = commits - done;
        let feature = rng.chance(70.0) && left >= 3;
        let k = if feature {
            rng.range(1, 6).min(left as i64 - 1) as u64
        } else {
            1
        };
        let branch = if feature {
            format!("refs/heads/feature/{}", pr % 4)
        } else {
            "refs/heads/main".into()
        };
        let mut tip = main;
        let mut first_subject = String::new();
        for c in 0..k {
            at += rng.range(step / 2, step * 3 / 2);
            let (msg, ids) = message(&mut rng, refs, at);
            stats.referencing += u64::from(!ids.is_empty());
            if c == 0 {
                first_subject = msg.lines().next().unwrap_or_default().to_string();
            }
            pending.extend(ids);
            let f = rng.index(files.len() - 1);
            let line = rng.index(files[f].lines.len());
            files[f].lines[line] = format!(
                "    {} = {}  # {}",
                words::CODE_WORDS[rng.index(16)],
                rng.below(100_000),
                msg.lines().next().unwrap_or("")
            );
            mark += 1;
            let from = (c == 0 && feature).then_some(main);
            let sig = dev(&mut rng, at);
            imp.commit(&branch, mark, (sig, sig), &msg, from, &[])?;
            imp.put(
                &files[f].path,
                (files[f].lines.join("\n") + "\n").as_bytes(),
            )?;
            tip = mark;
        }
        done += k;
        if feature {
            pr += 1;
            at += rng.range(600, 4 * 3600);
            let msg = format!(
                "Merge pull request #{pr} from OS2borgerPC/feature/{}\n\n{first_subject}\n",
                pr % 4
            );
            let committer = Sig {
                name: "GitHub",
                email: "noreply@github.com",
                at,
            };
            mark += 1;
            imp.commit(
                "refs/heads/main",
                mark,
                (dev(&mut rng, at), committer),
                &msg,
                Some(main),
                &[tip],
            )?;
            done += 1;
            tip = mark;
        }
        main = tip;
        since_tag += k + u64::from(feature);
        if since_tag >= tag_every && done < commits {
            // v1.0.0, v1.0.1 …: a minor release every 6th, a major every 60th.
            let v = format!(
                "v{}.{}.{}",
                1 + releases / 60,
                releases % 60 / 6,
                releases % 6
            );
            releases += 1;
            at += 3600;
            pending.sort();
            pending.dedup();
            let log = &mut files[changelog].lines;
            log.insert(
                1,
                format!(
                    "\n## {v}\n\n{}",
                    pending
                        .iter()
                        .map(|id| format!("- {id}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                ),
            );
            log.truncate(200);
            pending.clear();
            let sig = dev(&mut rng, at);
            mark += 1;
            imp.commit(
                "refs/heads/main",
                mark,
                (sig, sig),
                &format!("Release {v}\n"),
                None,
                &[],
            )?;
            imp.put("CHANGELOG.md", (log.join("\n") + "\n").as_bytes())?;
            imp.tag(&v, mark, sig, &format!("Release {v}\n"))?;
            main = mark;
            done += 1;
            since_tag = 0;
            stats.tags += 1;
        }
    }
    stats.commits = imp.finish()?;
    let mut reset = git(dir);
    reset.args(["reset", "-q", "--hard", "main"]);
    run(reset)?;
    Ok(stats)
}
