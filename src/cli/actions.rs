//! `gov actions`: every action item in minutes and tasks, as a table,
//! JSON or Markdown.

use super::status::ReportFormat;
use super::{CmdResult, Env};
use crate::render;
use crate::report::{self, ActionFilter};

/// List what was promised: the action items of meeting minutes
/// (`- [ ] @sofie Send udkast (due 2026-09-01)`) and the task records, with
/// where each was written, who does it, when it is due and whether it is
/// open, done or overdue.
///
/// Open items only, unless `--all`. Sorted by due date (items without one
/// last), then by source. `--owner` finds one person however the name was
/// written: any case, with or without Danish letters (`soeren`, `Søren`),
/// by first name, full name or the local part of a body member's e-mail in
/// gov.yaml. `@sofie` counts as Sofie Søndergaard when she is the one Sofie
/// the repository names. `--format markdown` is a follow-up list for the
/// next agenda; `--format json` prints `as_of`, `owner`, `all` and `items`
/// (`source`, `source_kind`, `source_title`, `source_date`, `path`, `line`,
/// `text`, `owner`, `owner_as_written`, `due`, `due_as_written`, `state`,
/// `days_overdue`, `from`).
///
/// Examples:
///   gov actions
///   gov actions --owner sofie --all
///   gov actions --format markdown >> dagsorden.md
///   gov actions --format json | jq -r '.items[] | select(.days_overdue) | .owner'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only this person's action items (name, first name or e-mail local part).
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Only open action items (the default).
    #[arg(long, conflicts_with = "all")]
    pub open: bool,
    /// Done and cancelled action items too.
    #[arg(long)]
    pub all: bool,
    /// The day overdue is counted to (default: today, or GOV_TODAY); Danish
    /// forms are read day-first.
    #[arg(long, value_name = "DATE", value_parser = super::status::parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

/// Runs `gov actions`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let as_of = match args.as_of {
        Some(date) => date,
        None => super::new::today()?,
    };
    let repo = env.repository()?;
    let filter = ActionFilter {
        owner: args.owner.filter(|o| !o.trim().is_empty()),
        all: args.all,
    };
    let actions = report::actions(&repo, as_of, &filter);
    let style = env.style(&repo.config, false);
    env.out.print(&render::actions::render(
        &actions,
        args.format.into(),
        &style,
    ))?;
    Ok(super::unread::outcome(&repo))
}
