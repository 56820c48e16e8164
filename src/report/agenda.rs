//! The model of `gov meeting new`: a body's next meeting with the agenda a
//! coordinator would otherwise gather by hand. The date is the annual
//! cycle's next one for the body (after today and after its last meeting
//! on file) unless given; the invited are the body's members; the agenda
//! is, in order: the body's standard opening items, the approval of the
//! previous meeting's minutes (when not approved), the records waiting for
//! the body's approval, the change requests waiting for evaluation (the
//! top of the ranked backlog), the open action items of the body's
//! meetings, and the standard closing items (DEC-0052).
//!
//! The records an item names are read from its text with the importer's
//! agenda reader's own function, so the agenda written to the file and
//! this model can never disagree about them. What to show, not how:
//! `render::agenda` writes the Markdown section and the table.

use jiff::civil::Date;
use serde::{Serialize, Serializer};

use super::action::action_items;
use super::backlog::{CHANGE, rank};
use super::order::ManualOrder;
use super::{ReportError, bodies, calendar};
use crate::config::{Body, Config};
use crate::cycle::{State, TitleText};
use crate::error::MeetingRefusal;
use crate::i18n::{Lang, MeetingMsg as M, t};
use crate::markdown::Markdown;
use crate::record::{Record, Repository, Summary, scalar_text};
use crate::{Error, date, tr};

const MEETING: &str = "meeting";
/// The meeting status whose minutes need no more approval.
const MINUTES_APPROVED: &str = "minutes_approved";
const CANCELLED: &str = "cancelled";

/// What `gov meeting new` is asked for.
#[derive(Debug, Clone, Default)]
pub struct PlanRequest {
    /// The body, by id, label or alias.
    pub body: String,
    /// The day; `None`: the annual cycle's next one.
    pub date: Option<Date>,
    /// The title; `None`: the cycle event's title (or the body's) and the day.
    pub title: Option<String>,
}

/// A meeting to be written: what goes in its front matter and its agenda.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingPlan {
    /// The title.
    pub title: String,
    /// The body's id under `bodies:`.
    pub body: String,
    /// The body's label in the output language.
    pub body_label: String,
    /// The day.
    #[serde(serialize_with = "iso")]
    pub date: Date,
    /// Start time (`13:00`), from the cycle's event.
    pub start: Option<String>,
    /// End time.
    pub end: Option<String>,
    /// Where, from the cycle's event.
    pub place: Option<String>,
    /// The cycle's event the date is an occurrence of.
    pub event: Option<String>,
    /// The body's members.
    pub invited: Vec<String>,
    /// The body's previous meeting on file, by ID.
    pub previous: Option<String>,
    /// The numbered items.
    pub agenda: Vec<AgendaEntry>,
}

/// Which part of the agenda an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// A standard opening item of the body.
    Opening,
    /// The approval of the previous meeting's minutes.
    Minutes,
    /// Records waiting for the body's approval.
    Approval,
    /// Change requests waiting for evaluation.
    Evaluation,
    /// Open action items.
    Actions,
    /// A standard closing item.
    Closing,
}

/// One numbered item (`3`) or sub-item (`3.1`) of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgendaEntry {
    /// `3`, `3.1`.
    pub number: String,
    /// The text after the number, as written to the file.
    pub title: String,
    /// The part of the agenda.
    pub part: Part,
    /// The record IDs the text names.
    pub records: Vec<String>,
    /// Sub-items.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<AgendaEntry>,
}

/// What `gov meeting new` made (or, with `--dry-run`, would make).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewMeeting {
    /// The new meeting's ID.
    pub id: String,
    /// Its path, relative to the root.
    pub path: String,
    /// True when nothing was written.
    pub dry_run: bool,
    /// The meeting.
    #[serde(flatten)]
    pub meeting: MeetingPlan,
}

/// Plans the next meeting of a body in `repo` as of `today`.
pub fn plan(
    repo: &Repository,
    request: &PlanRequest,
    today: Date,
) -> Result<MeetingPlan, ReportError> {
    let config = &repo.config;
    let lang = config.lang;
    let (body_id, body) = config.body(&request.body).ok_or_else(|| {
        Error::Meeting(MeetingRefusal::UnknownBody {
            name: request.body.clone(),
            known: config.bodies.keys().cloned().collect(),
        })
    })?;
    let label = match body.label.get(lang) {
        "" => body_id.to_string(),
        label => label.to_string(),
    };
    let meetings = meetings_of(repo, body_id);
    let slot = match request.date {
        Some(day) => Slot::on(config, body_id, day),
        None => {
            let last = meetings.iter().filter_map(|m| m.date).max();
            let after = last.map_or(today, |l| l.max(today));
            Slot::next(repo, body_id, after).ok_or_else(|| {
                Error::Meeting(MeetingRefusal::NoCycleDate {
                    body: label.clone(),
                    after: date::iso(after),
                })
            })?
        }
    };
    let day = date::human(slot.date, lang == Lang::Da);
    let title = match (&request.title, &slot.title) {
        (Some(t), _) => t.trim().to_string(),
        (None, Some(event)) => tr!(lang, M::EventTitle, event, date = day),
        (None, None) => tr!(lang, M::BodyTitle, body = label, date = day),
    };
    let previous = meetings
        .iter()
        .filter(|m| m.date.is_some_and(|d| d < slot.date) && !m.cancelled)
        .max_by(|a, b| (a.date, &a.summary.id).cmp(&(b.date, &b.summary.id)));
    let mut parts: Vec<(Part, String, Vec<String>)> = Vec::new();
    for item in standard(body.agenda.as_deref(), lang, M::ApproveAgenda) {
        parts.push((Part::Opening, item, Vec::new()));
    }
    if let Some(p) = previous.filter(|p| p.summary.status.as_deref() != Some(MINUTES_APPROVED)) {
        let (id, title) = (&p.summary.id, one_line(&p.summary.title));
        parts.push((
            Part::Minutes,
            tr!(lang, M::PreviousMinutes, id, title),
            vec![],
        ));
    }
    let waiting = awaiting(repo, body_id);
    if !waiting.is_empty() {
        parts.push((Part::Approval, t(lang, M::ForApproval).into(), waiting));
    }
    let top = body.backlog_top.unwrap_or(config.status.backlog_top);
    let evaluation = for_evaluation(repo, top)?;
    if !evaluation.is_empty() {
        parts.push((
            Part::Evaluation,
            t(lang, M::ForEvaluation).into(),
            evaluation,
        ));
    }
    let actions = open_actions(&meetings, body, lang);
    if !actions.is_empty() {
        parts.push((Part::Actions, t(lang, M::OpenActions).into(), actions));
    }
    for item in standard(body.closing.as_deref(), lang, M::AnyOtherBusiness) {
        parts.push((Part::Closing, item, Vec::new()));
    }
    let agenda = parts
        .into_iter()
        .enumerate()
        .map(|(i, (part, title, subs))| {
            let number = (i + 1).to_string();
            let items = subs
                .into_iter()
                .enumerate()
                .map(|(j, title)| entry(config, format!("{number}.{}", j + 1), title, part))
                .collect();
            AgendaEntry {
                items,
                ..entry(config, number, title, part)
            }
        })
        .collect();
    Ok(MeetingPlan {
        title,
        body: body_id.to_string(),
        body_label: label,
        date: slot.date,
        start: slot.start,
        end: slot.end,
        place: slot.place,
        event: slot.event,
        invited: body.members.iter().map(|m| m.name.clone()).collect(),
        previous: previous.map(|p| p.summary.id.clone()),
        agenda,
    })
}

fn entry(config: &Config, number: String, title: String, part: Part) -> AgendaEntry {
    AgendaEntry {
        records: crate::import::record_ids(config, &title),
        number,
        title,
        part,
        items: Vec::new(),
    }
}

/// The configured standard items in `lang`, else the catalogue's one.
fn standard(items: Option<&[TitleText]>, lang: Lang, default: M) -> Vec<String> {
    match items {
        Some(items) => items
            .iter()
            .map(|i| match i {
                TitleText::One(t) => t.clone(),
                TitleText::Both { da, en } => match lang {
                    Lang::Da => da.clone(),
                    Lang::En => en.clone(),
                },
            })
            .map(|i| one_line(&i))
            .filter(|i| !i.is_empty())
            .collect(),
        None => vec![t(lang, default).to_string()],
    }
}

/// A text on one line: every run of white space (a line break too) one
/// space, so a title cannot end an agenda line early.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The day of the meeting and what the cycle says of it.
struct Slot {
    date: Date,
    title: Option<String>,
    event: Option<String>,
    start: Option<String>,
    end: Option<String>,
    place: Option<String>,
}

impl Slot {
    /// The first day after `after` on which the cycle holds one of the
    /// body's events that no meeting on file has taken and that is not
    /// cancelled; looked for within two years.
    fn next(repo: &Repository, body: &str, after: Date) -> Option<Slot> {
        let from = after.tomorrow().ok()?;
        let to = from.checked_add(jiff::Span::new().years(2)).ok()?;
        let found = calendar(repo, from, to, Some(body));
        let entry = found
            .entries
            .iter()
            .find(|e| e.meeting.is_none() && e.state != State::Cancelled)?;
        Some(Slot::on(&repo.config, body, entry.date))
    }

    /// `day`, with the start, end and place of the body's event that
    /// falls on it (if one does).
    fn on(config: &Config, body: &str, day: Date) -> Slot {
        let cycle = &config.annual_cycle;
        let event = cycle.events.iter().find(|e| {
            e.body
                .as_deref()
                .and_then(|b| config.body(b))
                .map(|(id, _)| id)
                == Some(body)
                && !cycle.skip.contains(&day)
                && e.schedule
                    .occurrences(day, day)
                    .iter()
                    .any(|o| o.state != State::Cancelled)
        });
        let clock = |t: jiff::civil::Time| format!("{:02}:{:02}", t.hour(), t.minute());
        Slot {
            date: day,
            title: event.map(|e| match config.lang {
                Lang::Da => e.title.da.clone(),
                Lang::En => e.title.en.clone(),
            }),
            event: event.map(|e| e.id.clone()),
            start: event.and_then(|e| e.start).map(clock),
            end: event.and_then(|e| e.end).map(clock),
            place: event.and_then(|e| e.place.clone()),
        }
    }
}

/// A meeting of the body on file.
struct Held<'r> {
    record: &'r Record,
    summary: Summary,
    date: Option<Date>,
    cancelled: bool,
}

/// The meetings whose `body` means `body`, in the order of the files.
fn meetings_of<'r>(repo: &'r Repository, body: &str) -> Vec<Held<'r>> {
    let config = &repo.config;
    let Some(kind) = config.kind(MEETING) else {
        return Vec::new();
    };
    repo.records
        .iter()
        .filter(|r| r.kind == kind.name)
        .filter(|r| {
            let written = r.field("body").and_then(scalar_text);
            written.and_then(|b| config.body(&b).map(|(id, _)| id == body)) == Some(true)
        })
        .map(|r| {
            let summary = Summary::of(r, kind);
            let date = summary.date.as_deref().and_then(|d| date::parse(d).ok());
            let cancelled = summary.status.as_deref() == Some(CANCELLED)
                || r.field("cancelled")
                    .is_some_and(|n| matches!(n.value, crate::yaml::Value::Bool(true)));
            Held {
                record: r,
                date: date.map(|d| d.date),
                cancelled,
                summary,
            }
        })
        .collect()
}

/// `ID Title` of every record waiting for the body's approval (its
/// `deciders` name the body, or its kind's approval rule's first body is
/// it), by ID.
fn awaiting(repo: &Repository, body: &str) -> Vec<String> {
    let config = &repo.config;
    let mut out: Vec<(String, String)> = Vec::new();
    for r in &repo.records {
        let Some(kind) = config.kind(&r.kind) else {
            continue;
        };
        let s = Summary::of(r, kind);
        if !config.status.awaits_approval(&s.kind, s.status.as_deref()) {
            continue;
        }
        let decides = bodies(r, &s.kind, config)
            .iter()
            .any(|b| config.body(b).map(|(id, _)| id) == Some(body));
        if decides {
            out.push((s.id.clone(), format!("{} {}", s.id, one_line(&s.title))));
        }
    }
    out.sort();
    out.into_iter().map(|(_, line)| line).collect()
}

/// `ID Title` of the first `top` change requests of the ranked backlog
/// that wait for evaluation.
fn for_evaluation(repo: &Repository, top: usize) -> Result<Vec<String>, ReportError> {
    if top == 0 || repo.config.kind(CHANGE).is_none() {
        return Ok(Vec::new());
    }
    let (order, _) = ManualOrder::load(&repo.root, &repo.config)?;
    let waiting = &repo.config.status.awaiting_evaluation;
    Ok(rank(repo, &order)
        .items
        .into_iter()
        .filter(|r| r.status.as_ref().is_some_and(|s| waiting.contains(s)))
        .take(top)
        .map(|r| format!("{} {}", r.id, one_line(&r.title)))
        .collect())
}

/// `MTG-0003: @owner text (frist …)` for every open action item in the
/// minutes of the body's meetings, by meeting date, then line.
fn open_actions(meetings: &[Held<'_>], body: &Body, lang: Lang) -> Vec<String> {
    let mut people: Vec<String> = body.members.iter().map(|m| m.name.clone()).collect();
    for m in meetings {
        for key in super::collect::PEOPLE_KEYS {
            if let Some(node) = m.record.field(key) {
                people.extend(crate::record::string_list(node));
            }
        }
    }
    people.retain(|p| p.trim().contains(' '));
    people.sort();
    people.dedup();
    let mut ordered: Vec<&Held<'_>> = meetings.iter().collect();
    ordered.sort_by(|a, b| (a.date, &a.summary.id).cmp(&(b.date, &b.summary.id)));
    let mut out = Vec::new();
    for m in ordered {
        if !Markdown::may_hold_checkboxes(m.record.body()) {
            continue;
        }
        for item in action_items(&m.record.markdown(), &people) {
            if item.done {
                continue;
            }
            let colon = if item.owner.contains(char::is_whitespace) {
                ":"
            } else {
                ""
            };
            let mut line = format!("{}: @{}{colon}", m.summary.id, one_line(&item.owner));
            if !item.text.is_empty() {
                line.push(' ');
                line.push_str(&one_line(&item.text));
            }
            if let Some(due) = item.due {
                let due = tr!(lang, M::Due, date = date::iso(due));
                line.push_str(&format!(" ({due})"));
            }
            out.push(line);
        }
    }
    out
}

fn iso<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&date::iso(*d))
}
