//! `gov log`: the governance timeline read from history.

use super::output;
use super::trace::{ReportFormat, configured, warn};
use super::{CmdResult, Env, Outcome};
use crate::i18n::{Msg, t};
use crate::render::log;
use crate::trace::{History, LogFilter};

/// Show the governance timeline: records created, status changes (from →
/// to, and by whom), approvals, supersessions, renames, deletions and
/// restorations, newest first, read from the history of the governance
/// repository (not from commit messages, which the forge's web editor
/// writes for people).
///
/// `--format json` prints an array of objects with `date`, `id`, `kind`,
/// `title`, `event` (created, restored, renamed, status_changed, approved,
/// superseded, deleted), `from`, `to`, `path`, `author`, `email`, `commit`.
///
/// Examples:
///   gov log
///   gov log --since 2026-01-01 --kind beslutning
///   gov log --format json | jq '.[] | select(.event == "approved")'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only events on or after this date (2026-06-15, 15.6.2026, …).
    #[arg(long)]
    pub since: Option<String>,
    /// Only records of this kind (name or alias).
    #[arg(long, short)]
    pub kind: Option<String>,
    /// Oldest first.
    #[arg(long)]
    pub reverse: bool,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

/// Runs `gov log`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = configured(env)?;
    let config = &repo.config;
    let kind = config.optional_kind(args.kind.as_deref())?;
    let since = match &args.since {
        Some(text) => Some(crate::date::iso(
            crate::date::parse(text)
                .map_err(|error| crate::Error::BadDate {
                    arg: format!("--since {text}"),
                    error,
                })?
                .date,
        )),
        None => None,
    };
    let filter = LogFilter {
        since,
        kind: kind.map(|k| k.name.clone()),
    };
    let history = super::KeptToExit::new(History::read(&repo, false)?);
    warn(&history, config.lang);
    let mut entries = history.log(&filter);
    if args.reverse {
        entries.reverse();
    }
    let style = env.style(config, false);
    match args.format {
        ReportFormat::Json => output::print_json(&entries)?,
        _ if entries.is_empty() => env
            .out
            .print(&format!("{}\n", t(config.lang, Msg::LogEmpty)))?,
        // A table is checked whole as it is laid out: no second pass.
        ReportFormat::Table => output::print_exact(&log::table(&style, &entries))?,
        ReportFormat::Markdown => env.out.print(&log::markdown(&style, &entries))?,
    }
    Ok(Outcome::Ok)
}
