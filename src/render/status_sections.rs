//! `gov status` as sections ([`super::sections`]): one walk over the
//! report, giving each entry its table cells and its Markdown list item
//! together, in the configured language.

use super::sections::{Group, Item, Row, Section, Span};
use super::style::Style;
use super::table::Column;
use crate::i18n::{Msg, days};
use crate::report::{Awaiting, Overdue, Status};

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
fn text(t: impl Into<String>) -> Span {
    Span::Text(t.into())
}

/// Text in bold.
fn bold(t: impl Into<String>) -> Span {
    Span::Bold(t.into())
}

/// A number of days, `-` when unknown.
fn dash(n: Option<i64>) -> String {
    n.map_or("-".into(), |n| n.to_string())
}

/// A value, `-` when there is none.
fn or_dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}

/// Groups entries by a key, keeping the order of first appearance; an
/// entry with several keys is in each of their groups.
fn groups<'a, T>(items: &'a [T], key: impl Fn(&'a T) -> Vec<String>) -> Vec<(String, Vec<&'a T>)> {
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

/// The deciding bodies a record waits for; `""` for none named.
fn bodies_of(a: &Awaiting) -> Vec<String> {
    if a.bodies.is_empty() {
        vec![String::new()]
    } else {
        a.bodies.clone()
    }
}

/// An overdue entry's ID, with the minutes' line for an action item.
fn overdue_id(o: &Overdue) -> String {
    match o.line {
        Some(line) => format!("{}:{line}", o.id),
        None => o.id.clone(),
    }
}

/// Makes the sections in the style's language.
struct Builder<'s> {
    st: &'s Style<'s>,
}

impl Builder<'_> {
    /// A section of one unnamed group.
    fn section(&self, heading: String, columns: &[(Msg, bool)], rows: Vec<Row>) -> Section {
        Section {
            heading,
            columns: self.columns(columns),
            groups: vec![Group { name: None, rows }],
            grouped_table: false,
            notes: Vec::new(),
        }
    }

    fn columns(&self, spec: &[(Msg, bool)]) -> Vec<Column<'static>> {
        let t = |m| self.st.t(m);
        (spec.iter())
            .map(|&(m, right)| Column { title: t(m), right })
            .collect()
    }

    /// ` – waiting 3 days`, or nothing when the wait is unknown.
    fn waited(&self, n: Option<i64>) -> Span {
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

    fn awaiting_approval(&self, s: &Status) -> Section {
        let st = self.st;
        let groups = (groups(&s.awaiting_approval, bodies_of).into_iter())
            .map(|(body, items)| {
                let name = if body.is_empty() {
                    st.t(Msg::StatusNoBody).to_string()
                } else {
                    body
                };
                let rows = (items.iter())
                    .map(|a| Row {
                        cells: vec![a.id.clone(), dash(a.days_waiting), a.title.clone()],
                        item: Item::bullet(vec![
                            bold(&a.id),
                            text(format!(" {}", a.title)),
                            self.waited(a.days_waiting),
                        ]),
                    })
                    .collect();
                Group {
                    name: Some(name),
                    rows,
                }
            })
            .collect();
        let spec = [l(Msg::ColId), r(Msg::ColDays), l(Msg::ColTitle)];
        Section {
            groups,
            grouped_table: true,
            ..self.section(st.t(Msg::StatusAwaitingApproval).into(), &spec, vec![])
        }
    }

    fn awaiting_evaluation(&self, s: &Status) -> Section {
        let rows = (s.awaiting_evaluation.iter())
            .map(|a| {
                let by = (a.submitted_by.as_ref())
                    .map(|b| format!(" ({b})"))
                    .unwrap_or_default();
                Row {
                    cells: vec![
                        a.id.clone(),
                        dash(a.days_waiting),
                        or_dash(&a.submitted_by),
                        a.title.clone(),
                    ],
                    item: Item::bullet(vec![
                        bold(&a.id),
                        text(format!(" {}{by}", a.title)),
                        self.waited(a.days_waiting),
                    ]),
                }
            })
            .collect();
        let spec = [
            l(Msg::ColId),
            r(Msg::ColDays),
            l(Msg::ColSubmittedBy),
            l(Msg::ColTitle),
        ];
        self.section(self.st.t(Msg::StatusAwaitingEvaluation).into(), &spec, rows)
    }

    fn backlog_top(&self, s: &Status) -> Section {
        let st = self.st;
        let score = st.t(Msg::ColScore).to_lowercase();
        let rows = (s.backlog_top.iter())
            .map(|b| Row {
                cells: vec![
                    b.rank.to_string(),
                    b.id.clone(),
                    st.number(b.score),
                    b.title.clone(),
                ],
                item: Item {
                    number: Some(b.rank),
                    spans: vec![
                        bold(&b.id),
                        text(format!(" {} ({score} {})", b.title, st.number(b.score))),
                    ],
                },
            })
            .collect();
        let spec = [
            r(Msg::ColRank),
            l(Msg::ColId),
            r(Msg::ColScore),
            l(Msg::ColTitle),
        ];
        self.section(st.t(Msg::StatusBacklogTop).into(), &spec, rows)
    }

    fn overdue(&self, s: &Status) -> Section {
        let st = self.st;
        let groups = (groups(&s.overdue, |o| vec![o.owner.clone()]).into_iter())
            .map(|(owner, items)| {
                let name = if owner.is_empty() {
                    st.t(Msg::StatusNoOwner).to_string()
                } else {
                    owner
                };
                let rows = items.iter().map(|o| self.overdue_row(o)).collect();
                Group {
                    name: Some(name),
                    rows,
                }
            })
            .collect();
        let spec = [
            l(Msg::ColId),
            l(Msg::ColDue),
            r(Msg::ColDays),
            l(Msg::ColTitle),
        ];
        Section {
            groups,
            grouped_table: true,
            ..self.section(st.t(Msg::StatusOverdue).into(), &spec, vec![])
        }
    }

    fn overdue_row(&self, o: &Overdue) -> Row {
        let st = self.st;
        let mut spans = match o.line {
            Some(line) => vec![
                text(format!("{} ({} ", o.title, st.t(Msg::FromMeeting))),
                bold(&o.id),
                text(format!(", {} {line})", st.t(Msg::LineWord))),
            ],
            None => vec![bold(&o.id), text(format!(" {}", o.title))],
        };
        spans.push(text(format!(
            " – {} {}, {} {}",
            st.t(Msg::DueOn),
            st.date(&o.due),
            days(st.lang(), o.days_overdue),
            st.t(Msg::OverdueBy)
        )));
        Row {
            cells: vec![
                overdue_id(o),
                o.due.clone(),
                o.days_overdue.to_string(),
                o.title.clone(),
            ],
            item: Item::bullet(spans),
        }
    }

    fn minutes(&self, s: &Status) -> Section {
        let st = self.st;
        let rows = (s.minutes_awaiting_approval.iter())
            .map(|m| {
                let date = (m.since.as_deref())
                    .map(|d| format!(" ({})", st.date(d)))
                    .unwrap_or_default();
                Row {
                    cells: vec![
                        m.id.clone(),
                        or_dash(&m.since),
                        dash(m.days_waiting),
                        m.title.clone(),
                    ],
                    item: Item::bullet(vec![
                        bold(&m.id),
                        text(format!(" {}{date}", m.title)),
                        self.waited(m.days_waiting),
                    ]),
                }
            })
            .collect();
        let spec = [
            l(Msg::ColId),
            l(Msg::ColDate),
            r(Msg::ColDays),
            l(Msg::ColTitle),
        ];
        self.section(st.t(Msg::StatusMinutes).into(), &spec, rows)
    }

    fn stale(&self, s: &Status) -> Section {
        let (st, lang) = (self.st, self.st.lang());
        let rows = (s.stale.iter())
            .map(|x| {
                let status = st.status(&x.kind, x.status.as_deref());
                let item = Item::bullet(vec![
                    bold(&x.id),
                    text(format!(
                        " {} – {status}, {} {} ({})",
                        x.title,
                        st.t(Msg::UnchangedSince),
                        st.date(&x.last_change),
                        days(lang, x.days_since_change)
                    )),
                ]);
                let cells = vec![
                    x.id.clone(),
                    status,
                    x.last_change.clone(),
                    x.days_since_change.to_string(),
                    x.title.clone(),
                ];
                Row { cells, item }
            })
            .collect();
        let spec = [
            l(Msg::ColId),
            l(Msg::ColStatus),
            l(Msg::ColLastChange),
            r(Msg::ColDays),
            l(Msg::ColTitle),
        ];
        let heading = format!(
            "{} {}",
            st.t(Msg::StatusStale),
            days(lang, i64::from(s.stale_days))
        );
        self.section(heading, &spec, rows)
    }

    fn upcoming(&self, s: &Status) -> Section {
        let (st, lang) = (self.st, self.st.lang());
        let rows = (s.upcoming_meetings.iter())
            .map(|m| {
                let when = if m.days_until == 0 {
                    st.t(Msg::Today).to_string()
                } else {
                    format!("{} {}", st.t(Msg::InDays), days(lang, m.days_until))
                };
                let mut details: Vec<String> = vec![when];
                details.extend(m.time.clone());
                details.extend(m.place.clone());
                if m.status.as_deref() == Some("cancelled") {
                    details.push(st.status("meeting", Some("cancelled")));
                }
                let item = Item::bullet(vec![
                    bold(st.date(&m.date)),
                    text(format!(" ({}): ", details.join(", "))),
                    bold(&m.id),
                    text(format!(" {}", m.title)),
                ]);
                let cells = vec![
                    m.date.clone(),
                    m.id.clone(),
                    or_dash(&m.time),
                    or_dash(&m.place),
                    st.status("meeting", m.status.as_deref()),
                    m.title.clone(),
                ];
                Row { cells, item }
            })
            .collect();
        let spec = [
            l(Msg::ColDate),
            l(Msg::ColId),
            l(Msg::ColTime),
            l(Msg::ColPlace),
            l(Msg::ColStatus),
            l(Msg::ColTitle),
        ];
        let heading = format!(
            "{} {}",
            st.t(Msg::StatusUpcoming),
            days(lang, i64::from(s.upcoming_days))
        );
        self.section(heading, &spec, rows)
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
const fn l(msg: Msg) -> (Msg, bool) {
    (msg, false)
}

/// A right-aligned (number) column.
const fn r(msg: Msg) -> (Msg, bool) {
    (msg, true)
}
