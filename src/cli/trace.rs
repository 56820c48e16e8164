//! `gov trace`: a record's versions, the commits that refer to it in the
//! governance and code repositories, and the releases that shipped them.
//! Also what `gov log` and `gov release` share: the configuration without
//! the records, and the warnings about what history could not read.

use std::io::Write as _;

use super::output;
use super::{CmdResult, Env, Outcome};
use crate::config::Config;
use crate::i18n::{Lang, Msg, t};
use crate::record::Repository;
use crate::render::Style;
use crate::render::trace::{render, render_into};
use crate::trace::{CacheNotice, CacheProblem, History, RecordTrace};

/// Show a record's history, the commits that implement it and the releases
/// that shipped them.
///
/// Versions follow the record by its ID (front matter `id`, else the ID in
/// the file name) through renames, deletions and re-additions. Commits come
/// from the governance repository and from every code repository listed in
/// gov.yaml under `repositories:`, found by trailers (`Refs: CR-0012`,
/// `Implements: DEC-0003`, `Closes: …`; see `trace.trailers`) and by plain
/// mentions of the ID in capitals (`trace.mentions`). Each commit shows the
/// first release tag (`trace.tags`, default `v*`, in version order) that
/// contains it. What was read is kept in .git/gov/trace/, so the next run
/// reads only new commits.
///
/// `--format json` prints one object with `id`, `kind`, `title`, `status`,
/// `path`, `deleted`, `versions` (`commit`, `author`, `email`, `date`,
/// `status`, `status_label`, `path`, `change`) and `commits` (`repository`,
/// `commit`, `summary`, `author`, `email`, `date`, `tag`, `relation`, `url`);
/// `tag` is null while a commit is in no release. `--all` prints an array.
///
/// Examples:
///   gov trace DEC-0003
///   gov trace cr-12 --format markdown
///   gov trace --all --format json | jq '.[] | select(.commits == []) | .id'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The record's ID (case-insensitive; `DEC-3` finds `DEC-0003`).
    #[arg(required_unless_present = "all")]
    pub id: Option<String>,
    /// Trace every record that has a history.
    #[arg(long, conflicts_with = "id")]
    pub all: bool,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

/// Formats of `gov trace` and `gov log`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Aligned columns for people.
    Table,
    /// JSON for programs.
    Json,
    /// Markdown for reports and minutes.
    Markdown,
}

/// Runs `gov trace`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = configured(env)?;
    let history = super::KeptToExit::new(History::read(&repo, true)?);
    warn(&history, repo.config.lang);
    let style = env.style(&repo.config, false);
    if !args.all {
        let id = super::show::normalise(args.id.as_deref().unwrap_or_default());
        let tr = one(env, &history, &id)?;
        match args.format {
            ReportFormat::Json => output::print_json(&tr)?,
            ReportFormat::Table => env.out.print(&render(&style, &tr, false))?,
            ReportFormat::Markdown => env.out.print(&render(&style, &tr, true))?,
        }
        return Ok(Outcome::Ok);
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    render_all(&history, &style, args.format, &mut out)?;
    out.flush()?;
    Ok(Outcome::Ok)
}

/// How many records one block of `--all` output holds.
const BLOCK: usize = 256;

/// Every record's trace in order, rendered in blocks by as many threads as
/// there are cores and written as each block's turn comes, so memory holds
/// a few blocks, never the whole output.
fn render_all(
    history: &History,
    style: &Style<'_>,
    format: ReportFormat,
    out: &mut impl std::io::Write,
) -> anyhow::Result<()> {
    let lives = &history.timeline.lives;
    let blocks = lives.len().div_ceil(BLOCK);
    let block = |b: usize| -> anyhow::Result<Vec<u8>> {
        let first = b * BLOCK;
        let lives = lives.iter().enumerate().skip(first).take(BLOCK);
        if format == ReportFormat::Json {
            let mut buf = Vec::new();
            for (i, life) in lives {
                buf.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
                serde_json::to_writer_pretty(&mut buf, &history.trace(life))?;
            }
            return Ok(buf);
        }
        let markdown = format == ReportFormat::Markdown;
        let mut text = String::new();
        for (i, life) in lives {
            if i > 0 && !markdown {
                text.push('\n');
            }
            render_into(&mut text, style, &history.trace(life), markdown);
        }
        Ok(text.into_bytes())
    };
    if format == ReportFormat::Json {
        out.write_all(b"[")?;
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, blocks.max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| -> anyhow::Result<()> {
        let (send, receive) = std::sync::mpsc::sync_channel(2 * workers);
        for _ in 0..workers {
            let send = send.clone();
            let (next, block) = (&next, &block);
            s.spawn(move || {
                loop {
                    let b = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    // A closed channel means the writer stopped (a closed pipe).
                    if b >= blocks || send.send((b, block(b))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        let mut waiting = std::collections::BTreeMap::new();
        let mut turn = 0;
        for (b, bytes) in receive {
            waiting.insert(b, bytes);
            while let Some(bytes) = waiting.remove(&turn) {
                out.write_all(&bytes?)?;
                turn += 1;
            }
        }
        Ok(())
    })?;
    if format == ReportFormat::Json {
        out.write_all(if lives.is_empty() { b"]\n" } else { b"\n]\n" })?;
    }
    Ok(())
}

/// The repository's root and configuration, without loading its records:
/// history commands read records from git, not from the work tree.
pub fn configured(env: &Env) -> crate::Result<Repository> {
    let root = crate::record::find_root(&env.dir)?;
    let mut config = Config::load(&root, std::env::vars())?;
    if let Some(lang) = env.lang {
        config.lang = lang;
    }
    Ok(Repository {
        root,
        config,
        records: Vec::new(),
        problems: Vec::new(),
    })
}

/// The trace of one ID; a file history follows under another key is the
/// record it is now, a record that is only in the work tree has no
/// versions yet, and an unknown ID is an error naming the nearest.
fn one<'h>(env: &Env, history: &'h History, id: &str) -> anyhow::Result<RecordTrace<'h>> {
    if let Some(life) = history.timeline.get(id) {
        return Ok(history.trace(life));
    }
    let repo = env.repository()?;
    let record = repo.find(id).map_err(|e| match e {
        crate::Error::NotFound { id, .. } => {
            let ids = history.timeline.lives.iter().map(|l| l.id.as_str());
            let nearest = crate::record::nearest(&id, ids);
            crate::Error::NotFound { id, nearest }
        }
        e => e,
    })?;
    // A file followed under another key (renamed without an ID: history
    // keeps the first name's stem) is the record whose file it is now.
    let holding = history
        .timeline
        .lives
        .iter()
        .rev()
        .find(|l| l.alive && l.latest().is_some_and(|v| v.path == record.path));
    if let Some(life) = holding {
        return Ok(history.trace(life));
    }
    let kind = repo.config.require_kind(&record.kind)?;
    let s = crate::record::Summary::of(record, kind);
    Ok(RecordTrace {
        commits: history.commits_of(&s.id),
        id: s.id.into(),
        kind: s.kind.into(),
        title: s.title,
        status: s.status.map(Into::into),
        path: s.path.into(),
        deleted: false,
        earlier_ids: Vec::new(),
        versions: Vec::new(),
    })
}

/// Prints a warning for each code repository that could not be read,
/// and the history's notices (see [`said`]).
pub fn warn(history: &History, lang: Lang) {
    said(history, lang);
    warn_each(&history.warnings, lang);
}

/// Names on stderr each code repository that could not be read.
pub fn warn_each(warnings: &[crate::trace::Warning], lang: Lang) {
    for w in warnings {
        let why = if w.missing {
            t(lang, Msg::RepoMissing)
        } else {
            w.message.as_str()
        };
        output::eprint_line(&format!(
            "{}: {} `{}` ({}) {}: {}",
            t(lang, Msg::CodeRepoSkipped),
            t(lang, Msg::CodeRepo),
            w.repository,
            w.path.display(),
            t(lang, Msg::Skipped),
            why
        ));
    }
}

/// Says once on stderr what a reader of the history must know: a cache
/// file that was not used, and a repository whose history ends at a
/// shallow clone's boundary (once per repository, not per commit).
pub fn said(history: &History, lang: Lang) {
    for s in history.sources.iter().filter(|s| s.shallow) {
        super::output::eprint_line(&format!(
            "{}: `{}` {}",
            t(lang, Msg::CodeRepoSkipped),
            s.name,
            t(lang, Msg::ShallowHistory)
        ));
    }
    notices(&history.notices, lang);
}

/// Prints each cache notice once per process, however many times the
/// command read history (the answer does not depend on the cache: the
/// notice tells why the run was slow, or why it will stay slow).
fn notices(notices: &[CacheNotice], lang: Lang) {
    static SAID: std::sync::Mutex<Vec<CacheNotice>> = std::sync::Mutex::new(Vec::new());
    let mut said = SAID.lock().unwrap_or_else(|e| e.into_inner());
    for n in notices {
        if said.contains(n) {
            continue;
        }
        let what = match &n.problem {
            CacheProblem::Damaged => t(lang, Msg::CacheDamaged).to_string(),
            CacheProblem::NotAFile => t(lang, Msg::CacheNotAFile).to_string(),
            CacheProblem::Unreadable(why) => format!("{} ({why})", t(lang, Msg::CacheUnreadable)),
        };
        super::output::eprint_line(&format!(
            "{}: {} {} {what}",
            t(lang, Msg::CodeRepoSkipped),
            t(lang, Msg::CacheFile),
            n.path.display(),
        ));
        said.push(n.clone());
    }
}
