//! `gov status`: the coordinator's report, as a table, JSON or Markdown.

use super::{CmdResult, Env};
use crate::i18n::Lang;
use crate::render::{self, Format};
use crate::report;

/// Report what needs attention: records per kind and status, what waits for
/// approval or evaluation, the top of the backlog, overdue tasks and action
/// items by owner, minutes awaiting approval, stale records and the
/// meetings ahead. Sections with nothing in them are left out.
///
/// Action items are lines in meeting minutes such as
/// `- [ ] @sofie Send udkast (due 2026-09-01)`; ticking the box closes them.
/// `@sofie` counts as Sofie Søndergaard when she is the one Sofie the
/// repository names (in meetings, task owners or gov.yaml's bodies).
/// A record is stale when it is in an open status and no commit has touched
/// its file for `status.stale_days` (90) days. `--format markdown` is ready
/// to paste into an agenda or a newsletter; `--format json` prints one
/// object with `as_of`, `counts` (kind → status → number),
/// `awaiting_approval`, `awaiting_evaluation`, `backlog_top`, `overdue`,
/// `minutes_awaiting_approval`, `stale` and `upcoming_meetings`, each an
/// array of objects with `id`, `title`, `path` and the section's figures.
///
/// Examples:
///   gov status
///   gov status --format markdown > status.md
///   gov status --as-of 2026-09-01 --format json | jq '.overdue[] | .owner'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// The day to report for (default: today, or GOV_TODAY), so a report
    /// can be made again with the same figures; Danish forms are read
    /// day-first.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
}

/// Formats of the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Aligned columns that fit the terminal.
    Table,
    /// JSON for programs.
    Json,
    /// Markdown for agendas and newsletters.
    Markdown,
}

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Format {
        match f {
            ReportFormat::Table => Format::Table,
            ReportFormat::Json => Format::Json,
            ReportFormat::Markdown => Format::Markdown,
        }
    }
}

/// Reads `--as-of` as clap's value parser, so a bad date is a usage error
/// (its reason in the user's language: see `help::usage_error`).
pub(super) fn parse_date(text: &str) -> Result<jiff::civil::Date, crate::date::DateError> {
    crate::date::parse(text).map(|p| p.date)
}

/// A report error for the exit path, in `lang`: gov's own errors keep
/// their type, so their hints ("did you mean `CR-0012`?") are still printed.
pub fn lift(lang: Lang, e: report::ReportError) -> anyhow::Error {
    use crate::i18n::ErrorMsg as E;
    match e {
        report::ReportError::Gov(inner) => inner.into(),
        report::ReportError::NotInBacklog { id, kind, status } => {
            let kind = kind.get(lang);
            let text = match status {
                Some(status) => crate::tr!(lang, E::NotInBacklogWithStatus, id, kind, status),
                None => crate::tr!(lang, E::NotInBacklog, id, kind),
            };
            anyhow::anyhow!(text)
        }
        report::ReportError::BeforeItself { id } => {
            anyhow::anyhow!(crate::tr!(lang, E::BeforeItself, id))
        }
        report::ReportError::OrderFile {
            path,
            line,
            column,
            problem,
        } => {
            let place = format!("{path}:{line}:{column}");
            anyhow::anyhow!(crate::tr!(
                lang,
                E::OrderFile,
                place,
                message = problem.message(lang)
            ))
        }
    }
}

/// Runs `gov status`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let as_of = match args.as_of {
        Some(date) => date,
        None => super::new::today()?,
    };
    // History is read while the records load: the two take about as long.
    let (repo, history) = env.repository_alongside(report::status_history)?;
    let history = super::KeptToExit::new(history);
    if let Some(h) = history.as_ref() {
        super::trace::said(h, repo.config.lang);
    }
    let status =
        report::status(&repo, history.as_ref(), as_of).map_err(|e| lift(repo.config.lang, e))?;
    let style = env.style(&repo.config, false);
    env.out
        .print(&render::status::render(&status, args.format.into(), &style))?;
    Ok(super::unread::outcome(&repo))
}
