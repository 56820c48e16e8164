//! `gov log`: the governance timeline read from history.

use std::borrow::Cow;

use super::output;
use super::trace::{ReportFormat, configured, warn};
use super::trace_view::{day, kind_label, md, md_header, status_label};
use super::{CmdResult, Env, Outcome};
use crate::config::Config;
use crate::i18n::{Lang, Msg, t};
use crate::trace::timeline::EventKind;
use crate::trace::{History, LogEntry, LogFilter};

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
    match args.format {
        ReportFormat::Json => output::print_json(&entries)?,
        _ if entries.is_empty() => output::print(&format!("{}\n", t(config.lang, Msg::LogEmpty)))?,
        ReportFormat::Table => {
            let rows: Vec<[Cow<str>; 5]> = entries
                .iter()
                .map(|e| {
                    [
                        day(&e.date),
                        Cow::Borrowed(e.id.as_str()),
                        Cow::Borrowed(event_label(config.lang, e.event)),
                        Cow::Borrowed(e.author.as_str()),
                        Cow::Owned(detail(config, e)),
                    ]
                })
                .collect();
            let header = [
                Msg::ColDate,
                Msg::ColId,
                Msg::ColEvent,
                Msg::ColAuthor,
                Msg::ColChange,
            ]
            .map(|m| t(config.lang, m));
            // A table is checked whole as it is laid out: no second pass.
            output::print_exact(&output::table(&header, &rows, output::width()))?;
        }
        ReportFormat::Markdown => {
            let mut out = String::new();
            md_header(
                &mut out,
                config.lang,
                &[
                    Msg::ColDate,
                    Msg::ColId,
                    Msg::ColKind,
                    Msg::ColEvent,
                    Msg::ColChange,
                    Msg::ColAuthor,
                    Msg::ColTitle,
                ],
            );
            for e in &entries {
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} | {} | {} |\n",
                    md(&day(&e.date)),
                    md(&e.id),
                    md(&kind_label(config, &e.kind)),
                    event_label(config.lang, e.event),
                    md(&detail(config, e)),
                    md(&e.author),
                    md(&e.title)
                ));
            }
            output::print(&out)?;
        }
    }
    Ok(Outcome::Ok)
}

/// `Forslag → Accepteret`, `old name → new name`, or the status created with.
fn detail(config: &Config, e: &LogEntry) -> String {
    match e.event {
        EventKind::Renamed => format!(
            "{} → {}",
            file_name(e.from.as_deref()),
            file_name(e.to.as_deref())
        ),
        EventKind::Deleted => String::new(),
        EventKind::Created | EventKind::Restored => status_label(config, &e.kind, e.to.as_deref()),
        _ => format!(
            "{} → {}",
            status_label(config, &e.kind, e.from.as_deref()),
            status_label(config, &e.kind, e.to.as_deref())
        ),
    }
}

/// The file name of a path, `-` for none.
fn file_name(path: Option<&str>) -> &str {
    path.map_or("-", |p| p.rsplit('/').next().unwrap_or(p))
}

/// An event's name in a language.
pub fn event_label(lang: Lang, event: EventKind) -> &'static str {
    t(
        lang,
        match event {
            EventKind::Created => Msg::EvCreated,
            EventKind::Restored => Msg::EvRestored,
            EventKind::Renamed => Msg::EvRenamed,
            EventKind::StatusChanged => Msg::EvStatus,
            EventKind::Approved => Msg::EvApproved,
            EventKind::Superseded => Msg::EvSuperseded,
            EventKind::Deleted => Msg::EvDeleted,
        },
    )
}
