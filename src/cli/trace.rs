//! `gov trace`: a record's versions, the commits that refer to it in the
//! governance and code repositories, and the releases that shipped them.
//! Also the rendering helpers `gov log` and `gov release` share.

use super::output;
use super::{CmdResult, Env, Outcome};
use crate::config::Config;
use crate::i18n::{Lang, Msg, t};
use crate::record::Repository;
use crate::trace::{History, RecordTrace};

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
    let history = History::read(&repo, true)?;
    warn(&history, repo.config.lang);
    let traces = if args.all {
        history.traces()
    } else {
        let id = super::show::normalise(args.id.as_deref().unwrap_or_default());
        vec![one(env, &history, &id)?]
    };
    let config = &repo.config;
    match args.format {
        ReportFormat::Json if args.all => output::print_json(&traces)?,
        ReportFormat::Json => output::print_json(&traces[0])?,
        ReportFormat::Table => {
            let mut out = String::new();
            for (i, tr) in traces.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                table(&mut out, config, tr);
            }
            output::print(&out)?;
        }
        ReportFormat::Markdown => {
            let mut out = String::new();
            for tr in &traces {
                markdown(&mut out, config, tr);
            }
            output::print(&out)?;
        }
    }
    Ok(Outcome::Ok)
}

/// The repository's root and configuration, without loading its records:
/// history commands read records from git, not from the work tree.
pub fn configured(env: &Env) -> crate::Result<Repository> {
    let root = find_root(&env.dir)?;
    let mut config = Config::load(&root, std::env::vars())?;
    if let Some(lang) = env.lang {
        config.lang = lang;
    }
    Ok(Repository { root, config, records: Vec::new(), problems: Vec::new() })
}

/// The nearest folder at or above `start` holding `gov.yaml`, else the
/// root of the git work tree around it (as `gov list` finds it).
fn find_root(start: &std::path::Path) -> crate::Result<std::path::PathBuf> {
    let start = std::path::absolute(start).map_err(|e| crate::Error::io(start, e))?;
    if let Some(dir) = start.ancestors().find(|d| d.join(crate::config::FILE_NAME).is_file()) {
        return Ok(dir.to_path_buf());
    }
    crate::git::Repo::discover(&start)?
        .and_then(|r| r.workdir().map(std::path::Path::to_path_buf))
        .ok_or(crate::Error::NotARepository { path: start })
}

/// The trace of one ID; a record that is only in the work tree has no
/// versions yet, and an unknown ID is an error naming the nearest.
fn one(env: &Env, history: &History, id: &str) -> anyhow::Result<RecordTrace> {
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
    let kind = repo.config.require_kind(&record.kind)?;
    let s = crate::record::Summary::of(record, kind);
    Ok(RecordTrace {
        commits: history.commits_of(&s.id),
        id: s.id,
        kind: s.kind,
        title: s.title,
        status: s.status,
        path: s.path,
        deleted: false,
        versions: Vec::new(),
    })
}

/// Prints a warning for each code repository that could not be read.
pub fn warn(history: &History, lang: Lang) {
    for w in &history.warnings {
        let why = if w.missing { t(lang, Msg::RepoMissing) } else { w.message.as_str() };
        eprintln!(
            "{}: {} `{}` ({}) {}: {}",
            t(lang, Msg::CodeRepoSkipped),
            t(lang, Msg::CodeRepo),
            w.repository,
            w.path.display(),
            t(lang, Msg::Skipped),
            why
        );
    }
}

/// A canonical status in the configured language.
pub fn status_label(config: &Config, kind: &str, status: Option<&str>) -> String {
    let Some(s) = status else { return "-".into() };
    if let Some(raw) = s.strip_prefix('?') {
        return format!("?{raw}");
    }
    config
        .kind(kind)
        .and_then(|k| k.status(s))
        .map_or_else(|| s.to_string(), |d| d.labels.get(config.lang).to_string())
}

/// A version's status: its label in the configured language, the word as
/// written with `?` when it is not in the vocabulary, `-` when there is none.
fn version_status(config: &Config, kind: &str, v: &crate::trace::Version) -> String {
    match (&v.status, &v.status_label) {
        (Some(s), _) => status_label(config, kind, Some(s)),
        (None, Some(l)) => format!("?{l}"),
        (None, None) => "-".into(),
    }
}

/// The kind's label in the configured language.
pub fn kind_label(config: &Config, kind: &str) -> String {
    config.kind(kind).map_or_else(|| kind.to_string(), |k| k.label.get(config.lang).to_string())
}

fn table(out: &mut String, config: &Config, tr: &RecordTrace) {
    let lang = config.lang;
    out.push_str(&format!("{}  {}\n", tr.id, tr.title));
    let status = status_label(config, &tr.kind, tr.status.as_deref());
    out.push_str(&format!("{} · {status} · {}\n\n", kind_label(config, &tr.kind), tr.path));
    out.push_str(&format!("{}\n", t(lang, Msg::TraceVersions)));
    let rows: Vec<Vec<String>> = tr
        .versions
        .iter()
        .map(|v| {
            vec![
                short(&v.commit),
                day(&v.date),
                v.author.clone(),
                version_status(config, &tr.kind, v),
                change_label(lang, v.change).to_string(),
                v.path.clone(),
            ]
        })
        .collect();
    let header = [Msg::ColCommit, Msg::ColDate, Msg::ColAuthor, Msg::ColStatus, Msg::ColChange, Msg::ColPath].map(|m| t(lang, m));
    out.push_str(&output::table(&header, &rows, output::width()));
    out.push('\n');
    out.push_str(&format!("{}\n", t(lang, Msg::TraceCommits)));
    if tr.commits.is_empty() {
        out.push_str(&format!("{}\n", t(lang, Msg::TraceNoCommits)));
        return;
    }
    let rows: Vec<Vec<String>> = tr
        .commits
        .iter()
        .map(|c| {
            vec![
                c.repository.clone(),
                short(&c.commit),
                day(&c.date),
                c.tag.clone().unwrap_or_else(|| t(lang, Msg::Unreleased).into()),
                c.author.clone(),
                format!("{} ({})", c.summary, c.relation),
            ]
        })
        .collect();
    let header = [Msg::ColRepository, Msg::ColCommit, Msg::ColDate, Msg::ColTag, Msg::ColAuthor, Msg::ColSummary].map(|m| t(lang, m));
    out.push_str(&output::table(&header, &rows, output::width()));
}

fn markdown(out: &mut String, config: &Config, tr: &RecordTrace) {
    let lang = config.lang;
    out.push_str(&format!("## {} {}\n\n", tr.id, md(&tr.title)));
    let status = status_label(config, &tr.kind, tr.status.as_deref());
    out.push_str(&format!("{} · {status} · `{}`\n\n", kind_label(config, &tr.kind), tr.path));
    out.push_str(&format!("### {}\n\n", t(lang, Msg::TraceVersions)));
    let header = [Msg::ColCommit, Msg::ColDate, Msg::ColAuthor, Msg::ColStatus, Msg::ColChange, Msg::ColPath];
    md_header(out, lang, &header);
    for v in &tr.versions {
        let status = version_status(config, &tr.kind, v);
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | `{}` |\n",
            short(&v.commit),
            day(&v.date),
            md(&v.author),
            md(&status),
            change_label(lang, v.change),
            v.path
        ));
    }
    out.push_str(&format!("\n### {}\n\n", t(lang, Msg::TraceCommits)));
    if tr.commits.is_empty() {
        out.push_str(&format!("{}\n\n", t(lang, Msg::TraceNoCommits)));
        return;
    }
    md_header(out, lang, &[Msg::ColRepository, Msg::ColCommit, Msg::ColDate, Msg::ColTag, Msg::ColAuthor, Msg::ColSummary]);
    for c in &tr.commits {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} ({}) |\n",
            md(&c.repository),
            commit_link(&c.commit, c.url.as_deref()),
            day(&c.date),
            c.tag.clone().unwrap_or_else(|| t(lang, Msg::Unreleased).into()),
            md(&c.author),
            md(&c.summary),
            c.relation
        ));
    }
    out.push('\n');
}

/// A Markdown table's header and separator, headings in sentence case.
pub fn md_header(out: &mut String, lang: Lang, cols: &[Msg]) {
    let names: Vec<String> = cols.iter().map(|m| sentence_case(t(lang, *m))).collect();
    out.push_str(&format!("| {} |\n|{}\n", names.join(" | "), "---|".repeat(cols.len())));
}

fn sentence_case(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(f) if word.chars().count() > 2 => f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
        _ => word.to_string(),
    }
}

/// Text safe inside a Markdown table cell.
pub fn md(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// A short commit id, linked when the forge is known.
pub fn commit_link(commit: &str, url: Option<&str>) -> String {
    match url {
        Some(u) => format!("[`{}`]({u})", short(commit)),
        None => format!("`{}`", short(commit)),
    }
}

/// The first seven hexadecimal digits.
pub fn short(commit: &str) -> String {
    commit.chars().take(7).collect()
}

/// The calendar day of an ISO time.
pub fn day(date: &str) -> String {
    date.chars().take(10).collect()
}

fn change_label(lang: Lang, change: crate::trace::timeline::Change) -> &'static str {
    use crate::trace::timeline::Change::*;
    t(lang, match change {
        Created => Msg::EvCreated,
        Modified => Msg::EvModified,
        Renamed => Msg::EvRenamed,
        Deleted => Msg::EvDeleted,
        Restored => Msg::EvRestored,
    })
}
