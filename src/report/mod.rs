//! The coordinator's reports: `gov status` (what waits, what is overdue,
//! what went stale, what is coming up) and `gov backlog` (the open change
//! requests ranked by the scoring model in `gov.yaml`, with manual moves)
//! and `gov calendar` (the annual cycle with the meetings on file);
//! `gov actions` (every promise in minutes and tasks) and `gov roadmap`
//! (plans and change requests by quarter).
//!
//! Each report is a serialisable model computed once ([`Status`],
//! [`Backlog`]): what to show. How to show it (table, JSON, Markdown) is
//! `crate::render`'s, over that model, so the renderings can never disagree
//! about an answer.

mod action;
mod actions;
mod agenda;
mod backlog;
mod calendar;
mod collect;
mod deliveries;
mod order;
pub mod owner;
mod roadmap;
mod score;
mod site;
mod status;
mod touch;

pub use action::{ActionItem, action_items, parse_line};
pub use actions::{Action, ActionFilter, ActionState, Actions, actions};
pub use agenda::{AgendaEntry, MeetingPlan, NewMeeting, Part, PlanRequest, plan};
pub use backlog::{Backlog, CHANGE, MoveOutcome, Ranked, move_request, rank};
pub use calendar::{Calendar, Entry, body_id, calendar, stamp_time, uid_domain};
pub use collect::{status, status_history};
pub use deliveries::{Delivery, recent_deliveries};
pub use order::{ManualOrder, Move, OrderProblem, order_file};
pub use roadmap::{
    Reason, Roadmap, RoadmapItem, Target, Unplaced, default_window, roadmap, wants_release_tags,
};
pub use score::{Divisor, Score, Term, score};
pub use site::{Approval, Approved, ApproversFrom, Pictures, Published, Traced};
pub use status::{ActionCounts, Awaiting, BacklogEntry, Counts, Overdue, Stale, Status, Upcoming};
pub use touch::{Dates, Touched, record_dates};

use jiff::civil::Date;

use crate::config::Config;
use crate::record::{Record, string_list};

/// Why a report or a backlog move could not be made. Each variant carries
/// the data to say so, never a finished sentence.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The backlog's order file does not read as a list of moves.
    #[error("{path}:{line}:{column}: {}", problem.message(crate::i18n::Lang::En))]
    OrderFile {
        /// The file, relative to the root.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        problem: OrderProblem,
    },
    /// Only open change requests are in the backlog and can be moved.
    #[error("{id} is not in the backlog: it is of the kind {}{}; only open change requests are ranked",
        kind.en, status.as_ref().map(|s| format!(" with status `{s}`")).unwrap_or_default())]
    NotInBacklog {
        /// The record's ID.
        id: String,
        /// Its kind, in both languages.
        kind: crate::i18n::Labels,
        /// Its status as written.
        status: Option<String>,
    },
    /// `move X --before X`.
    #[error("{id} cannot be moved before itself")]
    BeforeItself {
        /// The record's ID.
        id: String,
    },
    /// Loading, finding or writing failed.
    #[error(transparent)]
    Gov(#[from] crate::Error),
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}

/// The deciding bodies of a record, as the configuration names them:
/// `deciders` as one name, a list, or names joined by `-`, `,`, `&` or
/// `og`/`and` (`Styregruppen-Koordinationsgruppen`); when it names none,
/// the first body of the kind's approval rule.
pub fn bodies(record: &Record, kind: &str, config: &Config) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let written = record
        .field("deciders")
        .map(string_list)
        .unwrap_or_default();
    for name in written.iter().flat_map(|w| split_bodies(w)) {
        let label = body_label(&name, config);
        if !out.contains(&label) {
            out.push(label);
        }
    }
    if out.is_empty()
        && let Some(first) = config.approval.get(kind).and_then(|r| r.bodies.first())
    {
        out.push(body_label(first, config));
    }
    out
}

/// Splits names joined in one string. A `-` splits only between two
/// capitalised names, so `OS2-sekretariatet` stays whole.
fn split_bodies(written: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let spaced = written.replace(" og ", ",").replace(" and ", ",");
    for part in spaced.split([',', '&', '+', ';']) {
        let dashed: Vec<&str> = part.split('-').map(str::trim).collect();
        let capitalised = dashed.len() > 1
            && dashed
                .iter()
                .all(|p| p.chars().next().is_some_and(char::is_uppercase));
        if capitalised {
            parts.extend(dashed.iter().map(|p| (*p).to_string()));
        } else if !part.trim().is_empty() {
            parts.push(part.trim().to_string());
        }
    }
    parts
}

/// The configured label of the body a name means (by id, label or alias),
/// else the name as written.
pub fn body_label(name: &str, config: &Config) -> String {
    let wanted = name.trim().to_lowercase();
    let same = |a: &str| a.trim().to_lowercase() == wanted;
    for (id, body) in &config.bodies {
        if same(id)
            || same(&body.label.da)
            || same(&body.label.en)
            || body.aliases.iter().any(|a| same(a))
        {
            let label = body.label.get(config.lang);
            return if label.is_empty() {
                id.clone()
            } else {
                label.to_string()
            };
        }
    }
    name.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_both_ways() {
        let d = |s: &str| crate::date::parse(s).unwrap().date;
        assert_eq!(days_between(d("2026-11-01"), d("2026-11-28")), 27);
        assert_eq!(days_between(d("2026-11-28"), d("2026-11-01")), -27);
        assert_eq!(days_between(d("2025-11-28"), d("2026-11-28")), 365);
    }

    #[test]
    fn joined_deciders_split_only_between_names() {
        assert_eq!(
            split_bodies("Styregruppen-Koordinationsgruppen"),
            ["Styregruppen", "Koordinationsgruppen"]
        );
        assert_eq!(split_bodies("OS2-sekretariatet"), ["OS2-sekretariatet"]);
        assert_eq!(
            split_bodies("Styregruppen og Koordinationsgruppen"),
            ["Styregruppen", "Koordinationsgruppen"]
        );
    }

    #[test]
    fn configured_bodies_give_their_label() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("gov.yaml"),
            "lang: da\nbodies:\n  styregruppe:\n    label: { da: Styregruppen, en: Steering committee }\n    aliases: [SG]\napproval:\n  decision: { bodies: [styregruppe] }\n",
        )
        .unwrap();
        let config = Config::load(dir.path(), []).unwrap();
        let rec =
            |front: &str| Record::parse("decisions/x.md", "decision", format!("---\n{front}---\n"));
        assert_eq!(
            bodies(
                &rec("deciders: [sg, Koordinationsgruppen]\n"),
                "decision",
                &config
            ),
            ["Styregruppen", "Koordinationsgruppen"]
        );
        assert_eq!(
            bodies(&rec("title: x\n"), "decision", &config),
            ["Styregruppen"]
        );
        assert!(bodies(&rec("title: x\n"), "plan", &config).is_empty());
    }
}
