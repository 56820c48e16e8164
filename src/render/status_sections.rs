//! `gov status` as sections ([`super::sections`]): one walk over the
//! report, giving each entry its table cells and its Markdown list item
//! together, in the configured language. The counts and the deliveries
//! are here; what waits in `status_waiting.rs`, what is due, stale or
//! coming in `status_dates.rs`.

use super::sections::{Group, Item, Row, Section, Span};
use super::style::Style;
use super::table::Column;
use crate::i18n::{Msg, days};
use crate::report::Status;

/// The sections of the report that have something in them, in order.
pub fn sections(s: &Status, st: &Style<'_>) -> Vec<Section> {
    let b = Builder { st };
    let mut out = Vec::new();
    out.extend(b.counts(s));
    if !s.awaiting_approval.is_empty() {
        out.push(b.awaiting_approval(s));
    }
    if !s.awaiting_evaluation.is_empty() {
        out.push(b.awaiting_evaluation(s));
    }
    if !s.backlog_top.is_empty() {
        out.push(b.backlog_top(s));
    }
    if !s.overdue.is_empty() {
        out.push(b.overdue(s));
    }
    if !s.minutes_awaiting_approval.is_empty() {
        out.push(b.minutes(s));
    }
    if !s.stale.is_empty() {
        out.push(b.stale(s));
    }
    if !s.upcoming_meetings.is_empty() {
        out.push(b.upcoming(s));
    }
    if !s.recent_deliveries.is_empty() {
        out.push(b.deliveries(s));
    }
    out
}

/// Text as it is.
pub(super) fn text(t: impl Into<String>) -> Span {
    Span::Text(t.into())
}

/// Text in bold.
pub(super) fn bold(t: impl Into<String>) -> Span {
    Span::Bold(t.into())
}

/// A number of days, `-` when unknown.
pub(super) fn dash(n: Option<i64>) -> String {
    n.map_or("-".into(), |n| n.to_string())
}

/// A value, `-` when there is none.
pub(super) fn or_dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}

/// Groups entries by a key, keeping the order of first appearance; an
/// entry with several keys is in each of their groups.
pub(super) fn groups<'a, T>(
    items: &'a [T],
    key: impl Fn(&'a T) -> Vec<String>,
) -> Vec<(String, Vec<&'a T>)> {
    let mut out: Vec<(String, Vec<&T>)> = Vec::new();
    for item in items {
        for k in key(item) {
            match out.iter_mut().find(|(g, _)| *g == k) {
                Some((_, list)) => list.push(item),
                None => out.push((k, vec![item])),
            }
        }
    }
    out
}

/// Makes the sections in the style's language.
pub(super) struct Builder<'s> {
    pub(super) st: &'s Style<'s>,
}

impl Builder<'_> {
    /// A section of one unnamed group.
    pub(super) fn section(
        &self,
        heading: String,
        columns: &[(Msg, bool)],
        rows: Vec<Row>,
    ) -> Section {
        Section {
            heading,
            columns: self.columns(columns),
            groups: vec![Group { name: None, rows }],
            grouped_table: false,
            notes: Vec::new(),
        }
    }

    pub(super) fn columns(&self, spec: &[(Msg, bool)]) -> Vec<Column<'static>> {
        let t = |m| self.st.t(m);
        (spec.iter())
            .map(|&(m, right)| Column { title: t(m), right })
            .collect()
    }

    /// ` – waiting 3 days`, or nothing when the wait is unknown.
    pub(super) fn waited(&self, n: Option<i64>) -> Span {
        let st = self.st;
        text(
            n.map(|n| format!(" – {} {}", st.t(Msg::Waiting), days(st.lang(), n)))
                .unwrap_or_default(),
        )
    }

    fn counts(&self, s: &Status) -> Option<Section> {
        let (st, a) = (self.st, s.action_items);
        if s.counts.0.is_empty() && a.open + a.done == 0 {
            return None;
        }
        let rows = (s.counts.0.iter())
            .map(|(kind, per)| {
                let total: usize = per.iter().map(|(_, n)| n).sum();
                let parts: Vec<String> = (per.iter())
                    .map(|(id, n)| format!("{} {n}", st.status(kind, Some(id))))
                    .collect();
                let item = Item::bullet(vec![
                    bold(st.kind(kind)),
                    text(format!(" ({total}): {}", parts.join(", "))),
                ]);
                let cells = vec![st.kind(kind), total.to_string(), parts.join(" · ")];
                Row { cells, item }
            })
            .collect();
        let spec = [l(Msg::ColKind), r(Msg::ColCount), l(Msg::ColStatus)];
        let mut section = self.section(st.t(Msg::StatusCounts).into(), &spec, rows);
        if a.open + a.done > 0 {
            let (open, done) = (st.t(Msg::StatusOpen), st.t(Msg::StatusDone));
            let line = format!(
                "{}: {} {open}, {} {done}",
                st.t(Msg::StatusActionItems),
                a.open,
                a.done
            );
            section.notes.push(Item::bullet(vec![text(line)]));
        }
        Some(section)
    }

    fn deliveries(&self, s: &Status) -> Section {
        let st = self.st;
        let groups = (groups(&s.recent_deliveries, |d| vec![d.release.clone()]).into_iter())
            .map(|(release, items)| {
                let rows = (items.iter())
                    .map(|d| {
                        let kind = d.kind.as_deref().unwrap_or_default();
                        Row {
                            cells: vec![
                                d.release.clone(),
                                d.id.clone(),
                                st.status(kind, d.status.as_deref()),
                                d.title.clone(),
                            ],
                            item: Item::bullet(vec![bold(&d.id), text(format!(" {}", d.title))]),
                        }
                    })
                    .collect();
                Group {
                    name: Some(release),
                    rows,
                }
            })
            .collect();
        let spec = [
            l(Msg::ColTag),
            l(Msg::ColId),
            l(Msg::ColStatus),
            l(Msg::ColTitle),
        ];
        Section {
            groups,
            ..self.section(st.t(Msg::StatusDeliveries).into(), &spec, vec![])
        }
    }
}

/// A left-aligned column.
pub(super) const fn l(msg: Msg) -> (Msg, bool) {
    (msg, false)
}

/// A right-aligned (number) column.
pub(super) const fn r(msg: Msg) -> (Msg, bool) {
    (msg, true)
}
