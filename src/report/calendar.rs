//! `gov calendar` as a model: the annual cycle's occurrences in a window
//! of days, with the meetings on file in their place. A meeting whose
//! body is an event's body and whose date is within `cycle.match_days` of
//! one of that event's dates takes that occurrence's place: the real date
//! wins over the rule's (DEC-0046). Meetings that match no occurrence are
//! in the calendar too. What to show, not how: `render::calendar` and
//! `render::ics` show it.

use jiff::civil::{Date, Time};
use serde::{Serialize, Serializer};

use crate::config::Config;
use crate::cycle::{Event, Occurrence, State};
use crate::record::{Repository, Summary, scalar_text};

const MEETING: &str = "meeting";

/// What `gov calendar` shows.
#[derive(Debug, Clone, Serialize)]
pub struct Calendar {
    /// The first day of the window.
    #[serde(serialize_with = "iso")]
    pub from: Date,
    /// The last day of the window.
    #[serde(serialize_with = "iso")]
    pub to: Date,
    /// Occurrences and meetings, by date and start time.
    pub entries: Vec<Entry>,
}

/// One day in the calendar: an occurrence of the cycle, a meeting on file
/// in its place, or a meeting that no rule foresaw.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The day it is held.
    #[serde(serialize_with = "iso")]
    pub date: Date,
    /// Start time; `None` for an all-day entry.
    #[serde(serialize_with = "clock")]
    pub start: Option<Time>,
    /// End time.
    #[serde(serialize_with = "clock")]
    pub end: Option<Time>,
    /// The meeting's title, else the event's in the output language.
    pub title: String,
    /// The cycle's event id, when it is one of its occurrences.
    pub event: Option<String>,
    /// The date the rule gives, when it is an occurrence.
    #[serde(serialize_with = "iso_opt")]
    pub rule_date: Option<Date>,
    /// The body that meets, as configured (`styregruppe`) or written.
    pub body: Option<String>,
    /// The body's label in the output language.
    pub body_label: Option<String>,
    /// Where.
    pub place: Option<String>,
    /// Planned, moved (held on another day than the rule gives) or cancelled.
    pub state: State,
    /// The meeting on file, by ID.
    pub meeting: Option<String>,
    /// The meeting's file.
    pub path: Option<String>,
    /// What stays the same when the date moves: the event and the rule's
    /// date (`styregruppe-20260305`), or the meeting's ID; a calendar
    /// client updates the entry instead of adding another.
    pub key: String,
}

/// The calendar of `repo` from `from` to `to` (both included), only for
/// `body` when given (by id, label or alias).
pub fn calendar(repo: &Repository, from: Date, to: Date, body: Option<&str>) -> Calendar {
    let config = &repo.config;
    let cycle = &config.annual_cycle;
    let slack = jiff::Span::new().days(i64::from(cycle.match_days));
    let (wide_from, wide_to) = (
        from.checked_sub(slack).unwrap_or(from),
        to.checked_add(slack).unwrap_or(to),
    );
    // Every occurrence near the window, with its event, for matching.
    let mut slots: Vec<(&Event, Occurrence, bool)> = Vec::new();
    for event in &cycle.events {
        for o in event.schedule.occurrences(wide_from, wide_to) {
            if !cycle.skip.contains(&o.date) {
                slots.push((event, o, false));
            }
        }
    }
    let mut meetings = meetings(repo);
    meetings.sort_by(|a, b| (a.date, &a.summary.id).cmp(&(b.date, &b.summary.id)));
    let matched = pair(&meetings, &mut slots, config);
    let mut entries = Vec::new();
    for (m, matched) in meetings.iter().zip(matched) {
        if m.date < from || m.date > to {
            continue;
        }
        let (event, occurrence) = match matched {
            Some((e, o)) => (Some(e), Some(o)),
            None => (None, None),
        };
        let state = if m.cancelled {
            State::Cancelled
        } else if occurrence.is_some_and(|o| o.rule_date != m.date) {
            State::Moved
        } else {
            State::Planned
        };
        let body = m
            .body
            .clone()
            .or_else(|| event.and_then(|e| e.body.clone()));
        entries.push(Entry {
            date: m.date,
            start: m.start.or_else(|| event.and_then(|e| e.start)),
            end: m.end.or_else(|| event.and_then(|e| e.end)),
            title: m.summary.title.clone(),
            event: event.map(|e| e.id.clone()),
            rule_date: occurrence.map(|o| o.rule_date),
            body_label: body
                .as_deref()
                .map(|b| crate::report::body_label(b, config)),
            body,
            place: m
                .place
                .clone()
                .or_else(|| event.and_then(|e| e.place.clone())),
            state,
            meeting: Some(m.summary.id.clone()),
            path: Some(m.summary.path.clone()),
            key: match (event, occurrence) {
                (Some(e), Some(o)) => key(&e.id, o.rule_date),
                _ => m.summary.id.clone(),
            },
        });
    }
    for (event, o, taken) in &slots {
        if *taken || o.date < from || o.date > to {
            continue;
        }
        entries.push(Entry {
            date: o.date,
            start: event.start,
            end: event.end,
            title: match config.lang {
                crate::i18n::Lang::Da => event.title.da.clone(),
                crate::i18n::Lang::En => event.title.en.clone(),
            },
            event: Some(event.id.clone()),
            rule_date: Some(o.rule_date),
            body: event.body.clone(),
            body_label: event
                .body
                .as_deref()
                .map(|b| crate::report::body_label(b, config)),
            place: event.place.clone(),
            state: o.state,
            meeting: None,
            path: None,
            key: key(&event.id, o.rule_date),
        });
    }
    if let Some(wanted) = body {
        let wanted = body_id(wanted, config);
        entries.retain(|e| e.body.as_deref().map(|b| body_id(b, config)) == Some(wanted.clone()));
    }
    entries.sort_by(|a, b| {
        (a.date, a.start, &a.title, &a.key).cmp(&(b.date, b.start, &b.title, &b.key))
    });
    Calendar { from, to, entries }
}

/// The right-hand side of calendar UIDs: the forge's host and path
/// (`github.com/OS2borgerPC/styring`, from `forge_url` or the `origin`
/// remote), else the repository folder's name: the same for everyone who
/// exports the same repository.
pub fn uid_domain(repo: &Repository) -> String {
    if let Some(url) = crate::check::forge_url(repo) {
        let bare = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
        return bare.trim_end_matches('/').to_string();
    }
    let root = std::fs::canonicalize(&repo.root).unwrap_or_else(|_| repo.root.clone());
    root.file_name()
        .map_or_else(|| "gov".to_string(), |n| n.to_string_lossy().into_owned())
}

/// The time calendar output is stamped with: the HEAD commit's, so the
/// same commit gives the same bytes; the epoch before the first commit or
/// outside git. HEAD that cannot be read is an error.
pub fn stamp_time(repo: &Repository) -> crate::Result<i64> {
    match crate::git::Repo::discover(&repo.root)? {
        Some(git) => Ok(git.head_time()?.unwrap_or(0)),
        None => Ok(0),
    }
}

/// Pairs meetings with occurrences of their body's events at most
/// `match_days` apart, the nearest pairs first (then the earlier
/// occurrence, then the earlier meeting), each used once: the meeting
/// closest to an occurrence takes it, whatever the order of the files.
fn pair<'e>(
    meetings: &[Meeting],
    slots: &mut [(&'e Event, Occurrence, bool)],
    config: &Config,
) -> Vec<Option<(&'e Event, Occurrence)>> {
    let limit = i64::from(config.annual_cycle.match_days);
    let event_bodies: Vec<Option<String>> = slots
        .iter()
        .map(|(e, _, _)| e.body.as_deref().map(|b| body_id(b, config)))
        .collect();
    let slot_days: Vec<i64> = slots.iter().map(|(_, o, _)| day_number(o.date)).collect();
    let mut candidates: Vec<(i64, Date, usize, usize)> = Vec::new();
    for (mi, m) in meetings.iter().enumerate() {
        let Some(body) = m.body.as_deref().map(|b| body_id(b, config)) else {
            continue;
        };
        let day = day_number(m.date);
        for (si, (_, o, _)) in slots.iter().enumerate() {
            let distance = (slot_days[si] - day).abs();
            if distance > limit || event_bodies[si].as_deref() != Some(body.as_str()) {
                continue;
            }
            candidates.push((distance, o.date, mi, si));
        }
    }
    candidates.sort_unstable();
    let mut out = vec![None; meetings.len()];
    for (_, _, mi, si) in candidates {
        if out[mi].is_some() || slots[si].2 {
            continue;
        }
        slots[si].2 = true;
        out[mi] = Some((slots[si].0, slots[si].1));
    }
    out
}

/// Days since 1 March of year 0 (Hinnant's `days_from_civil`): what
/// distances between dates are counted in, without a calendar span each.
fn day_number(d: Date) -> i64 {
    let (y, m, d) = (
        i64::from(d.year()),
        i64::from(d.month()),
        i64::from(d.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe
}

/// `styregruppe-20260305`.
fn key(event: &str, rule_date: Date) -> String {
    format!("{event}-{}", rule_date.strftime("%Y%m%d"))
}

/// A meeting on file with a date.
struct Meeting {
    summary: Summary,
    date: Date,
    body: Option<String>,
    place: Option<String>,
    start: Option<Time>,
    end: Option<Time>,
    cancelled: bool,
}

/// The meetings on file that have a date gov can read.
fn meetings(repo: &Repository) -> Vec<Meeting> {
    let Some(kind) = repo.config.kind(MEETING) else {
        return Vec::new();
    };
    repo.records
        .iter()
        .filter(|r| r.kind == kind.name)
        .filter_map(|r| {
            let summary = Summary::of(r, kind);
            let date = crate::date::parse(summary.date.as_deref()?).ok()?.date;
            let text = |k: &str| {
                r.field(k)
                    .and_then(scalar_text)
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
            };
            let time = |k: &str| text(k).and_then(|t| crate::cycle::time(&t).ok());
            let cancelled = summary.status.as_deref() == Some("cancelled")
                || r.field("cancelled")
                    .is_some_and(|n| matches!(n.value, crate::yaml::Value::Bool(true)));
            Some(Meeting {
                date,
                body: text("body"),
                place: text("place"),
                start: time("start"),
                end: time("end"),
                cancelled,
                summary,
            })
        })
        .collect()
}

/// The configured body a name means (by id, label or alias), else the
/// name as written, lowercase: what two names are compared by.
pub fn body_id(name: &str, config: &Config) -> String {
    let wanted = name.trim().to_lowercase();
    let same = |a: &str| a.trim().to_lowercase() == wanted;
    config
        .bodies
        .iter()
        .find(|(id, b)| {
            same(id) || same(&b.label.da) || same(&b.label.en) || b.aliases.iter().any(|a| same(a))
        })
        .map_or(wanted.clone(), |(id, _)| id.clone())
}

fn iso<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::date::iso(*d))
}

fn iso_opt<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => iso(d, s),
        None => s.serialize_none(),
    }
}

fn clock<S: Serializer>(t: &Option<Time>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&format!("{:02}:{:02}", t.hour(), t.minute())),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_days() {
        let d = |s: &str| crate::date::parse(s).unwrap().date;
        for (a, b) in [
            ("2026-02-27", "2026-03-02"),
            ("2024-02-28", "2024-03-01"),
            ("2025-12-20", "2026-01-05"),
            ("1999-01-01", "2031-07-15"),
        ] {
            assert_eq!(
                day_number(d(b)) - day_number(d(a)),
                crate::report::days_between(d(a), d(b)),
                "{a} {b}"
            );
        }
    }
}
