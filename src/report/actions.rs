//! `gov actions` as a model: every promise on file, so "what did we
//! promise, who, by when" is one command. Two sources: the action items of
//! meeting minutes (`- [ ] @owner text (due …)`, read by
//! [`super::action_items`]) and the task records (owner, due, status).
//!
//! Sorted by due date (items without one last), then by source and line.
//! An owner written by first name is shown by the full name of the one
//! person of that first name the repository names, as `gov status` does.
//! What to show, not how: `render::actions` shows it.

use jiff::civil::Date;
use serde::Serialize;

use super::collect::{full_name, people};
use super::{action_items, days_between, owner};
use crate::date;
use crate::markdown::Markdown;
use crate::record::{Record, Repository, Summary, string_list};

const MEETING: &str = "meeting";
const TASK: &str = "task";
const CANCELLED: &str = "cancelled";

/// Which action items `gov actions` shows.
#[derive(Debug, Clone, Default)]
pub struct ActionFilter {
    /// Only this person's (any name they go by; see `report::owner`).
    pub owner: Option<String>,
    /// Done and cancelled ones too.
    pub all: bool,
}

/// What `gov actions` shows.
#[derive(Debug, Clone, Serialize)]
pub struct Actions {
    /// The day overdue is counted to (ISO).
    pub as_of: String,
    /// The owner asked for, as given.
    pub owner: Option<String>,
    /// True when done and cancelled items are shown too.
    pub all: bool,
    /// The items, by due date, then source and line.
    pub items: Vec<Action>,
}

/// Where an action item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionState {
    /// Not done yet: an unticked box, a task in an open status (or in a
    /// status gov cannot read, so it is never lost).
    Open,
    /// Ticked, or a task done.
    Done,
    /// A task called off.
    Cancelled,
}

/// One promise: an action item in minutes or a task record.
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    /// The record it is written in (`MTG-0001`, `TASK-0003`).
    pub source: String,
    /// That record's kind (`meeting`, `task`).
    pub source_kind: String,
    /// That record's title.
    pub source_title: String,
    /// The meeting's (or task's) date, ISO.
    pub source_date: Option<String>,
    /// The file, relative to the root.
    pub path: String,
    /// The 1-based line of an action item in minutes.
    pub line: Option<usize>,
    /// What is to be done: the item's text, the task's title.
    pub text: String,
    /// Who does it: the full name when a first name names one person.
    pub owner: String,
    /// The owner as written, when `owner` is a full name found for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_as_written: Option<String>,
    /// When it is due (ISO).
    pub due: Option<String>,
    /// A task's `due` as written, when gov cannot read it as a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_as_written: Option<String>,
    /// Open, done or cancelled.
    pub state: ActionState,
    /// Days past the due date, for an open item that is overdue.
    pub days_overdue: Option<i64>,
    /// The record a task came from (its `source`, e.g. a meeting).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip)]
    due_date: Option<Date>,
}

impl Action {
    /// True for an open item past its due date.
    pub fn overdue(&self) -> bool {
        self.days_overdue.is_some()
    }
}

/// The action items of `repo` as of `as_of`, filtered.
pub fn actions(repo: &Repository, as_of: Date, filter: &ActionFilter) -> Actions {
    let config = &repo.config;
    let records: Vec<(&Record, Summary)> = repo
        .records
        .iter()
        .filter(|r| r.kind == MEETING || r.kind == TASK)
        .filter_map(|r| config.kind(&r.kind).map(|k| (r, Summary::of(r, k))))
        .collect();
    let people = people(&records, config);
    let mut items = Vec::new();
    for (r, s) in &records {
        if s.kind == TASK {
            items.push(task(r, s, config));
        } else if Markdown::may_hold_checkboxes(r.body()) {
            for item in action_items(&r.markdown(), &people) {
                let due = item.due;
                items.push(Action {
                    source: s.id.clone(),
                    source_kind: s.kind.clone(),
                    source_title: s.title.clone(),
                    source_date: s.date.clone(),
                    path: s.path.clone(),
                    line: Some(item.line),
                    text: item.text,
                    owner: item.owner,
                    owner_as_written: None,
                    due: due.map(date::iso),
                    due_as_written: None,
                    state: if item.done {
                        ActionState::Done
                    } else {
                        ActionState::Open
                    },
                    days_overdue: None,
                    from: None,
                    due_date: due,
                });
            }
        }
    }
    let wanted = filter.owner.as_deref().map(owner::fold);
    items.retain(|a| filter.all || a.state == ActionState::Open);
    if let Some(wanted) = &wanted {
        items.retain(|a| {
            owners_of(a).any(|o| owner::matches(wanted, &owner::identities(o, &people, config)))
        });
    }
    for a in &mut items {
        if let Some(full) = full_name(&a.owner, &people) {
            a.owner_as_written = Some(std::mem::replace(&mut a.owner, full));
        }
        if a.state == ActionState::Open
            && let Some(due) = a.due_date
        {
            let days = days_between(due, as_of);
            a.days_overdue = (days > 0).then_some(days);
        }
    }
    items.sort_by(|a, b| {
        (a.due_date.is_none(), a.due_date, &a.source, a.line).cmp(&(
            b.due_date.is_none(),
            b.due_date,
            &b.source,
            b.line,
        ))
    });
    Actions {
        as_of: date::iso(as_of),
        owner: filter.owner.clone(),
        all: filter.all,
        items,
    }
}

/// The owners of an item: a task may name several, comma-separated.
fn owners_of(a: &Action) -> impl Iterator<Item = &str> {
    a.owner.split(',').map(str::trim).filter(|o| !o.is_empty())
}

/// A task record as an action item.
fn task(r: &Record, s: &Summary, config: &crate::config::Config) -> Action {
    let written = r.field_text("due").filter(|d| !d.trim().is_empty());
    let due = written
        .as_deref()
        .and_then(|d| date::parse(d).ok())
        .map(|p| p.date);
    let status = s.status.as_deref();
    let state = if status.is_none() || config.status.is_open(TASK, status) {
        ActionState::Open
    } else if status == Some(CANCELLED) {
        ActionState::Cancelled
    } else {
        ActionState::Done
    };
    Action {
        source: s.id.clone(),
        source_kind: s.kind.clone(),
        source_title: s.title.clone(),
        source_date: s.date.clone(),
        path: s.path.clone(),
        line: None,
        text: s.title.clone(),
        owner: r
            .field("owner")
            .map(string_list)
            .unwrap_or_default()
            .join(", "),
        owner_as_written: None,
        due: due.map(date::iso),
        due_as_written: written.filter(|_| due.is_none()),
        state,
        days_overdue: None,
        from: r.field_text("source").filter(|v| !v.trim().is_empty()),
        due_date: due,
    }
}
