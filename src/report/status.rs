//! The model of `gov status`: what a coordinator needs to know on a given
//! day, computed once from the records, the history and the backlog, and
//! then rendered as a table, JSON or Markdown. Every section is a list of
//! entries with `id`, `title` and `path` and the figures of the section.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// The status report as of a date. `gov status --format json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    /// The date the report is made for (ISO); all day counts are to it.
    pub as_of: String,
    /// Records per kind and canonical status.
    pub counts: Counts,
    /// Action items in meeting minutes, open and done.
    pub action_items: ActionCounts,
    /// Records waiting for a deciding body, longest waiting first.
    pub awaiting_approval: Vec<Awaiting>,
    /// Change requests waiting for an evaluation, longest waiting first.
    pub awaiting_evaluation: Vec<Awaiting>,
    /// The top of the ranked backlog.
    pub backlog_top: Vec<BacklogEntry>,
    /// Open tasks and action items past their due date, by owner.
    pub overdue: Vec<Overdue>,
    /// Meetings whose minutes wait for approval, longest waiting first.
    pub minutes_awaiting_approval: Vec<Awaiting>,
    /// The number of days without a change that makes a record stale.
    pub stale_days: u32,
    /// Open records no commit has touched for `stale_days`, oldest first.
    pub stale: Vec<Stale>,
    /// How many days ahead meetings are listed.
    pub upcoming_days: u32,
    /// Meetings in the next `upcoming_days` days, soonest first.
    pub upcoming_meetings: Vec<Upcoming>,
    /// Records delivered in the newest releases, when traceability has
    /// code repositories to read.
    pub recent_deliveries: Vec<super::deliveries::Delivery>,
}

impl Status {
    /// True when no section has anything to show: the report then says so
    /// in one line.
    pub fn is_empty(&self) -> bool {
        self.counts.0.is_empty()
            && self.awaiting_approval.is_empty()
            && self.overdue.is_empty()
            && self.upcoming_meetings.is_empty()
            && self.recent_deliveries.is_empty()
            && self.action_items.open + self.action_items.done == 0
    }
}

/// Counts by kind, then canonical status (`unknown` for a status word the
/// vocabulary does not know), in the order the configuration declares them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Counts(pub Vec<(String, Vec<(String, usize)>)>);

impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Inner<'a>(&'a [(String, usize)]);
        impl Serialize for Inner<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (kind, statuses) in &self.0 {
            map.serialize_entry(kind, &Inner(statuses))?;
        }
        map.end()
    }
}

/// Open and done action items across all minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ActionCounts {
    /// Unticked boxes.
    pub open: usize,
    /// Ticked boxes.
    pub done: usize,
}

/// A record waiting for someone: approval, evaluation or minutes approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Awaiting {
    /// The record's ID.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Path relative to the root.
    pub path: String,
    /// Its kind.
    pub kind: String,
    /// Its canonical status.
    pub status: Option<String>,
    /// The deciding bodies (for approval), as the configuration names them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<String>,
    /// Who submitted it (for change requests).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_by: Option<String>,
    /// Waiting since: the record's date, else its last change (ISO).
    pub since: Option<String>,
    /// Days from `since` to the report's date.
    pub days_waiting: Option<i64>,
}

/// A line of the backlog's top.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BacklogEntry {
    /// Position in the backlog.
    pub rank: usize,
    /// The change request's ID.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Path relative to the root.
    pub path: String,
    /// Its score.
    pub score: f64,
    /// The request it was manually put in front of, if any.
    pub moved_before: Option<String>,
}

/// A task or action item past its due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overdue {
    /// `task` (a task record) or `action_item` (a line in minutes).
    pub item: &'static str,
    /// The task's ID, or the ID of the meeting the action item is in.
    pub id: String,
    /// The task's title, or the action item's text.
    pub title: String,
    /// Path relative to the root.
    pub path: String,
    /// The action item's line in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Who is to do it (`""` when nobody is named): the full name when the
    /// item or task gave a first name (`@sofie`) that exactly one person
    /// the repository names has.
    pub owner: String,
    /// The owner as written, when `owner` spells it out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_as_written: Option<String>,
    /// When it was due (ISO).
    pub due: String,
    /// Days past due on the report's date.
    pub days_overdue: i64,
    /// Where it came from: the task's `source`, the action item's meeting.
    pub source: Option<String>,
    /// The title of the meeting an action item is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meeting_title: Option<String>,
}

/// A record nobody has changed for a while.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stale {
    /// The record's ID.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Path relative to the root.
    pub path: String,
    /// Its kind.
    pub kind: String,
    /// Its canonical status.
    pub status: Option<String>,
    /// The date of its last change (ISO).
    pub last_change: String,
    /// Days since then.
    pub days_since_change: i64,
    /// False when the date is the file's modification time (not committed).
    pub committed: bool,
}

/// A meeting coming up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Upcoming {
    /// The meeting's ID.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Path relative to the root.
    pub path: String,
    /// Its date (ISO).
    pub date: String,
    /// Days from the report's date.
    pub days_until: i64,
    /// The time as written (`13:00-14:30`).
    pub time: Option<String>,
    /// Where.
    pub place: Option<String>,
    /// Which body meets.
    pub body: Option<String>,
    /// Its canonical status (a cancelled meeting is shown as such).
    pub status: Option<String>,
}

impl Status {
    /// Puts each section in its order: longest waiting, by owner then most
    /// overdue, longest unchanged, soonest.
    pub(super) fn sort(&mut self) {
        let longest = |a: &Awaiting, b: &Awaiting| {
            b.days_waiting
                .cmp(&a.days_waiting)
                .then_with(|| a.id.cmp(&b.id))
        };
        self.awaiting_approval.sort_by(longest);
        self.awaiting_evaluation.sort_by(longest);
        self.minutes_awaiting_approval.sort_by(longest);
        self.overdue.sort_by(|a, b| {
            a.owner
                .to_lowercase()
                .cmp(&b.owner.to_lowercase())
                .then_with(|| b.days_overdue.cmp(&a.days_overdue))
                .then_with(|| a.id.cmp(&b.id))
                .then_with(|| a.line.cmp(&b.line))
        });
        self.stale.sort_by(|a, b| {
            b.days_since_change
                .cmp(&a.days_since_change)
                .then_with(|| a.id.cmp(&b.id))
        });
        self.upcoming_meetings
            .sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    }
}
