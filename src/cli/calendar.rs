//! `gov calendar`: the annual cycle with the meetings on file, as a
//! table, JSON or iCalendar.

use jiff::civil::Date;

use super::{CmdResult, Env};
use crate::i18n::{ErrorMsg, Lang};
use crate::render;
use crate::report;

/// Show the annual cycle (årshjul): the events gov.yaml declares under
/// `cycle:`, each on the days its rule gives, with the meetings on file in
/// their place (a meeting's real date wins over the rule's).
///
/// Rules are written as people say them, in Danish or English: `1.
/// torsdag`, `sidste fredag i marts`, `den 15.`, `second tuesday`, with
/// `every: kvartal` or `months: [marts, september]`, and exceptions that
/// skip, move or cancel one date (see `cycle:` in `gov config`). The
/// window is a year from `--from` (default: 1 January of this year).
/// `--format ics` writes iCalendar for mail clients: stable UIDs, times in
/// Europe/Copenhagen, stamped with the HEAD commit's time, so the same
/// commit gives the same file. `--format svg` draws the year as a wheel
/// (twelve months from `--from`, today marked). `--format json` prints
/// `from`, `to` and `entries` (`date`, `start`, `end`, `title`, `event`,
/// `rule_date`, `body`, `body_label`, `place`, `state`, `meeting`, `path`,
/// `key`).
///
/// Examples:
///   gov calendar
///   gov calendar --from 2027-01-01 --body styregruppe
///   gov calendar --format ics > aarshjul.ics
///   gov calendar --format svg > aarshjul.svg
///   gov calendar --format json | jq '.entries[] | .date'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = CalendarFormat::Table)]
    pub format: CalendarFormat,
    /// The first day (default: 1 January of this year, or of GOV_TODAY's);
    /// Danish forms are read day-first.
    #[arg(long, value_name = "DATE", value_parser = super::status::parse_date)]
    pub from: Option<Date>,
    /// The last day (default: a year after the first, less a day).
    #[arg(long, value_name = "DATE", value_parser = super::status::parse_date)]
    pub to: Option<Date>,
    /// Only this body's events and meetings (its id, label or alias).
    #[arg(long, value_name = "BODY")]
    pub body: Option<String>,
}

/// Formats of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CalendarFormat {
    /// Aligned columns that fit the terminal.
    Table,
    /// JSON for programs.
    Json,
    /// iCalendar (RFC 5545) for mail clients.
    Ics,
    /// The annual cycle as a wheel (SVG).
    Svg,
}

/// Runs `gov calendar`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let lang = repo.config.lang;
    let from = match args.from {
        Some(d) => d,
        None => {
            let today = super::new::today()?;
            Date::new(today.year(), 1, 1)?
        }
    };
    let to = match args.to {
        Some(d) => d,
        None => from
            .checked_add(jiff::Span::new().years(1))
            .and_then(|d| d.yesterday())?,
    };
    if to < from {
        return Err(window_error(lang, from, to));
    }
    let calendar = report::calendar(&repo, from, to, args.body.as_deref());
    let style = env.style(&repo.config, false);
    match args.format {
        CalendarFormat::Table => env.out.print(&render::calendar::table(&calendar, &style))?,
        CalendarFormat::Json => super::output::print_exact(&render::calendar::json(&calendar))?,
        CalendarFormat::Ics => {
            let domain = report::uid_domain(&repo);
            let stamp = render::ics::Stamp {
                domain: &domain,
                time: report::stamp_time(&repo)?,
            };
            super::output::print_exact(&render::ics::render(&calendar, stamp, &style))?
        }
        CalendarFormat::Svg => {
            let today = super::new::today()?;
            super::output::print_exact(&render::wheel::render(&calendar, today, &style))?
        }
    }
    Ok(super::unread::outcome(&repo))
}

/// `--to` before `--from`.
fn window_error(lang: Lang, from: Date, to: Date) -> anyhow::Error {
    let (from, to) = (crate::date::iso(from), crate::date::iso(to));
    anyhow::anyhow!(crate::tr!(lang, ErrorMsg::CalendarWindow, from, to))
}
