//! `gov roadmap`: plans and change requests by quarter, as Markdown, JSON
//! or a picture.

use jiff::civil::Date;

use super::{CmdResult, Env};
use crate::i18n::{ErrorMsg, Lang};
use crate::quarter::{Quarter, Span};
use crate::render;
use crate::report;

/// Show the roadmap: plans and change requests placed by quarter on a
/// timeline, with what could not be placed listed apart and why.
///
/// A record's target is its `target` (`2027-Q1`, `Q1 2027`, `1. kvartal
/// 2027`, `2. halvår 2027`, `2027`, `2027-03`, a date, or a span such as
/// `2026-2027`), else a plan's `period`, else a change request's
/// `target_release`, dated by the release's tag (in this repository or a
/// code repository) or by its planned date under `roadmap.releases` in
/// gov.yaml. Which statuses are on the roadmap is `roadmap.show` (plans
/// from draft to active; change requests approved, planned, in progress
/// or delivered). The period is the quarters of `--from` to `--to`
/// (default: this year and the next). `--format svg` draws the timeline
/// (coloured by status, today marked, a legend, a title and description
/// for screen readers). `--format json` prints `from`, `to`, `today`,
/// `items` and `outside` (`id`, `title`, `kind`, `type`, `status`, `path`,
/// `from`, `to`, `target`) and `unplaced` (`id`, `title`, `kind`, `status`,
/// `path`, `reason`).
///
/// Examples:
///   gov roadmap
///   gov roadmap --from 2027-01-01 --to 2027-12-31
///   gov roadmap --format svg > roadmap.svg
///   gov roadmap --format json | jq -r '.unplaced[] | .id'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = RoadmapFormat::Markdown)]
    pub format: RoadmapFormat,
    /// A day in the first quarter shown (default: 1 January of this
    /// year, or of GOV_TODAY's); Danish forms are read day-first.
    #[arg(long, value_name = "DATE", value_parser = super::status::parse_date)]
    pub from: Option<Date>,
    /// A day in the last quarter shown (default: 31 December of the next year).
    #[arg(long, value_name = "DATE", value_parser = super::status::parse_date)]
    pub to: Option<Date>,
}

/// Formats of the roadmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RoadmapFormat {
    /// Markdown: a table by quarter, then what is not on it.
    Markdown,
    /// JSON for programs.
    Json,
    /// The roadmap as a timeline (SVG).
    Svg,
}

/// Runs `gov roadmap`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let lang = repo.config.lang;
    let today = super::new::today()?;
    let default = report::default_window(today);
    let window = Span {
        from: args.from.map_or(default.from, Quarter::of),
        to: args.to.map_or(default.to, Quarter::of),
    };
    if window.to < window.from {
        let from = args.from.unwrap_or(window.from.first_day());
        let to = args.to.unwrap_or(window.to.last_day());
        return Err(window_error(lang, from, to));
    }
    let tags = if report::wants_release_tags(&repo.records, &repo.config) {
        let (tags, warnings) = crate::trace::release_tags(&repo.root, &repo.config)?;
        super::trace::warn_each(&warnings, lang);
        tags
    } else {
        Vec::new()
    };
    let roadmap = report::roadmap(&repo.records, &repo.config, window, today, &tags);
    let style = env.style(&repo.config, false);
    match args.format {
        RoadmapFormat::Markdown => env
            .out
            .print(&render::roadmap::markdown(&roadmap, &style))?,
        RoadmapFormat::Json => super::output::print_exact(&render::roadmap::json(&roadmap))?,
        RoadmapFormat::Svg => {
            super::output::print_exact(&render::timeline::render(&roadmap, today, &style))?
        }
    }
    Ok(super::unread::outcome(&repo))
}

/// `--to` in a quarter before `--from`'s.
fn window_error(lang: Lang, from: Date, to: Date) -> anyhow::Error {
    let (from, to) = (crate::date::iso(from), crate::date::iso(to));
    anyhow::anyhow!(crate::tr!(lang, ErrorMsg::CalendarWindow, from, to))
}
