//! Building the [`Status`] model: one pass over the records, one history
//! walk for the records that can go stale, one ranking of the backlog.

use jiff::civil::Date;
use std::path::Path;

use super::action::action_items;
use super::backlog::{self, CHANGE};
use super::order::ManualOrder;
use super::status::{
    ActionCounts, Awaiting, BacklogEntry, Counts, Overdue, Stale, Status, Upcoming,
};
use super::touch::{Touched, record_dates};
use super::{ReportError, bodies, days_between};
use crate::config::Config;
use crate::date;
use crate::markdown::Markdown;
use crate::record::{Record, Repository, Summary, scalar_text, string_list};
use crate::trace::History;

const MEETING: &str = "meeting";
const TASK: &str = "task";
/// The meeting status that says it was not held.
const CANCELLED: &str = "cancelled";

/// Makes the status report of `repo` as of `as_of`, with its history as
/// [`status_history`] reads it (`None`: dates come from the files).
pub fn status(
    repo: &Repository,
    history: Option<&History>,
    as_of: Date,
) -> Result<Status, ReportError> {
    let config = &repo.config;
    let settings = &config.status;
    let records: Vec<(&Record, Summary)> = repo
        .records
        .iter()
        .filter_map(|r| config.kind(&r.kind).map(|k| (r, Summary::of(r, k))))
        .collect();
    let open: Vec<(&Record, &Summary)> = records
        .iter()
        .filter(|(_, s)| settings.is_open(&s.kind, s.status.as_deref()))
        .map(|(r, s)| (*r, s))
        .collect();
    let dates = record_dates(repo, &open, history);
    let people = people(&records, config);
    // Waiting since the commit that gave the record its status; for a
    // record created with it, since its own date (it may predate git).
    let since = |r: &Record, s: &Summary| -> Option<Date> {
        let dated = dates.get(&r.path);
        let own = || {
            s.date
                .as_deref()
                .and_then(|d| date::parse(d).ok())
                .map(|p| p.date)
        };
        match dated {
            Some(d) if d.status_from_creation => own().or(d.status_since),
            Some(d) => d.status_since.or_else(own),
            None => own(),
        }
        .or_else(|| dated.map(|d| d.touched.date))
    };
    let waiting = |r: &Record, s: &Summary, bodies: Vec<String>| {
        let from = since(r, s);
        Awaiting {
            id: s.id.clone(),
            title: s.title.clone(),
            path: s.path.clone(),
            kind: s.kind.clone(),
            status: s.status.clone(),
            bodies,
            submitted_by: None,
            since: from.map(date::iso),
            days_waiting: from.map(|d| days_between(d, as_of).max(0)),
        }
    };
    let mut report = Status {
        as_of: date::iso(as_of),
        counts: counts(config, &records),
        action_items: ActionCounts::default(),
        awaiting_approval: Vec::new(),
        awaiting_evaluation: Vec::new(),
        backlog_top: Vec::new(),
        overdue: Vec::new(),
        minutes_awaiting_approval: Vec::new(),
        stale_days: settings.stale_days,
        stale: Vec::new(),
        upcoming_days: settings.upcoming_days,
        upcoming_meetings: Vec::new(),
        recent_deliveries: super::deliveries::recent_deliveries(
            repo,
            &records.iter().map(|(_, s)| s).collect::<Vec<_>>(),
            history,
            settings.recent_releases,
            as_of,
        ),
    };
    for (r, s) in &records {
        let status = s.status.as_deref();
        if settings.awaits_approval(&s.kind, status) {
            let b = bodies(r, &s.kind, config);
            report.awaiting_approval.push(waiting(r, s, b));
        }
        if s.kind == CHANGE
            && status.is_some_and(|st| settings.awaiting_evaluation.iter().any(|x| x == st))
        {
            let mut w = waiting(r, s, Vec::new());
            w.submitted_by = r
                .field("submitted_by")
                .map(string_list)
                .map(|l| l.join(", "));
            report.awaiting_evaluation.push(w);
        }
        if s.kind == TASK && settings.is_open(TASK, status) {
            report.overdue.extend(overdue_task(r, s, as_of));
        }
        let cancelled = s.kind == MEETING && cancelled(r, s);
        if s.kind == MEETING {
            meeting(&mut report, r, s, as_of, config, &people);
            if !cancelled
                && status.is_some_and(|st| settings.minutes_awaiting.iter().any(|x| x == st))
            {
                report
                    .minutes_awaiting_approval
                    .push(waiting(r, s, Vec::new()));
            }
        }
        // A cancelled meeting waits for no minutes: it is never stale.
        if let Some(t) = dates.get(&r.path).map(|d| d.touched).filter(|_| !cancelled) {
            let days = days_between(t.date, as_of);
            if days >= i64::from(settings.stale_days) {
                report.stale.push(stale(s, &t, days));
            }
        }
    }
    for o in &mut report.overdue {
        if let Some(full) = full_name(&o.owner, &people) {
            o.owner_as_written = Some(std::mem::replace(&mut o.owner, full));
        }
    }
    let (order, _) = ManualOrder::load(&repo.root, config)?;
    let ranked = backlog::rank(repo, &order);
    report.backlog_top = ranked
        .items
        .into_iter()
        .take(settings.backlog_top)
        .map(|r| BacklogEntry {
            rank: r.rank,
            id: r.id,
            title: r.title,
            path: r.path,
            score: r.score,
            moved_before: r.moved_before,
        })
        .collect();
    report.sort();
    Ok(report)
}

/// The history a status report needs: the governance timeline (for last
/// changes and status dates) and, when deliveries are asked for and code
/// repositories are configured, their releases, in one read. `None`
/// outside git or when history cannot be read.
pub fn status_history(root: &Path, config: &Config) -> Option<History> {
    let code = config.status.recent_releases > 0 && !config.repositories.is_empty();
    History::read_at(root, config, code).ok()
}

fn counts(config: &Config, records: &[(&Record, Summary)]) -> Counts {
    let mut out = Vec::new();
    for kind in &config.kinds {
        let mut per: Vec<(String, usize)> =
            kind.statuses.iter().map(|s| (s.id.clone(), 0)).collect();
        let mut unknown = 0;
        for (_, s) in records.iter().filter(|(_, s)| s.kind == kind.name) {
            match s
                .status
                .as_deref()
                .and_then(|id| per.iter_mut().find(|(k, _)| k == id))
            {
                Some((_, n)) => *n += 1,
                None => unknown += 1,
            }
        }
        if unknown > 0 {
            per.push(("unknown".into(), unknown));
        }
        per.retain(|(_, n)| *n > 0);
        if !per.is_empty() {
            out.push((kind.name.clone(), per));
        }
    }
    Counts(out)
}

fn overdue_task(r: &Record, s: &Summary, as_of: Date) -> Option<Overdue> {
    let due = date::parse(&r.field_text("due")?).ok()?.date;
    let days = days_between(due, as_of);
    (days > 0).then(|| Overdue {
        item: "task",
        id: s.id.clone(),
        title: s.title.clone(),
        path: s.path.clone(),
        line: None,
        owner: r
            .field("owner")
            .map(string_list)
            .unwrap_or_default()
            .join(", "),
        owner_as_written: None,
        due: date::iso(due),
        days_overdue: days,
        source: r.field_text("source").filter(|v| !v.trim().is_empty()),
        meeting_title: None,
    })
}

/// Action items of a meeting, and the meeting itself when it is upcoming.
fn meeting(
    report: &mut Status,
    r: &Record,
    s: &Summary,
    as_of: Date,
    config: &Config,
    people: &[String],
) {
    let items = match Markdown::may_hold_checkboxes(r.body()) {
        true => action_items(&r.markdown(), people),
        false => Vec::new(),
    };
    for item in items {
        if item.done {
            report.action_items.done += 1;
            continue;
        }
        report.action_items.open += 1;
        let Some(due) = item.due else { continue };
        let days = days_between(due, as_of);
        if days > 0 {
            report.overdue.push(Overdue {
                item: "action_item",
                id: s.id.clone(),
                title: item.text,
                path: s.path.clone(),
                line: Some(item.line),
                owner: item.owner,
                owner_as_written: None,
                due: date::iso(due),
                days_overdue: days,
                source: Some(s.id.clone()),
                meeting_title: Some(s.title.clone()),
            });
        }
    }
    let Some(day) = s
        .date
        .as_deref()
        .and_then(|d| date::parse(d).ok())
        .map(|p| p.date)
    else {
        return;
    };
    let until = days_between(as_of, day);
    if (0..=i64::from(config.status.upcoming_days)).contains(&until) {
        let text = |k: &str| {
            r.field(k)
                .and_then(scalar_text)
                .filter(|v| !v.trim().is_empty())
        };
        report.upcoming_meetings.push(Upcoming {
            id: s.id.clone(),
            title: s.title.clone(),
            path: s.path.clone(),
            date: date::iso(day),
            days_until: until,
            time: text("time").or_else(|| text("start")),
            place: text("place"),
            body: text("body"),
            status: if cancelled(r, s) {
                Some(CANCELLED.to_string())
            } else {
                s.status.clone()
            },
        });
    }
}

/// True for a meeting that was cancelled (`status: cancelled`, or
/// `cancelled: true` as imported meetings say "MØDET BLEV AFLYST"): no
/// minutes are expected of it, so it waits for no approval and goes stale
/// for no one.
fn cancelled(r: &Record, s: &Summary) -> bool {
    s.status.as_deref() == Some(CANCELLED)
        || r.field("cancelled")
            .is_some_and(|n| matches!(n.value, crate::yaml::Value::Bool(true)))
}

/// The keys of a meeting that name people (DEC-0038's older names too).
pub(super) const PEOPLE_KEYS: [&str; 9] = [
    "invited",
    "present",
    "apologies",
    "absent",
    "guests",
    "chair",
    "note_taker",
    "participants",
    "secretary",
];

/// The names of several words an action item's `@` may start: everyone
/// the repository names in a meeting (invited, present, apologies, absent,
/// guests, chair, note-taker; and the older names `participants` and
/// `secretary`, DEC-0038), every task owner, and the members of the bodies.
pub(super) fn people(records: &[(&Record, Summary)], config: &Config) -> Vec<String> {
    let keys = PEOPLE_KEYS.iter().chain(&["owner"]);
    let mut names: Vec<String> = records
        .iter()
        .filter(|(_, s)| s.kind == MEETING || s.kind == TASK)
        .flat_map(|(r, _)| keys.clone().filter_map(|k| r.field(k)))
        .flat_map(string_list)
        .chain(
            config
                .bodies
                .values()
                .flat_map(|b| b.members.iter().map(|m| m.name.clone())),
        )
        .map(|n| n.trim().to_string())
        .filter(|n| n.contains(' '))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The one person of `people` whose first name is `owner` (`sofie` →
/// `Sofie Søndergaard`), so one person's tasks and action items come
/// together; `None` for a full name, several owners, or a first name
/// that nobody or more than one person has.
pub(super) fn full_name(owner: &str, people: &[String]) -> Option<String> {
    if owner.is_empty() || owner.contains(|c: char| c.is_whitespace() || c == ',') {
        return None;
    }
    let wanted = owner.to_lowercase();
    let mut found = people.iter().filter(|p| {
        p.split_whitespace()
            .next()
            .is_some_and(|first| first.to_lowercase() == wanted)
    });
    let one = found.next()?;
    found.next().is_none().then(|| one.clone())
}

fn stale(s: &Summary, t: &Touched, days: i64) -> Stale {
    Stale {
        id: s.id.clone(),
        title: s.title.clone(),
        path: s.path.clone(),
        kind: s.kind.clone(),
        status: s.status.clone(),
        last_change: date::iso(t.date),
        days_since_change: days,
        committed: t.committed,
    }
}
