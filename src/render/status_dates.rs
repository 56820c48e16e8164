//! The sections of `gov status` about dates: tasks and action items past
//! their due date, records nobody touched for long, meetings ahead.

use super::sections::{Group, Item, Row, Section};
use super::status_sections::{Builder, bold, groups, l, or_dash, r, text};
use crate::i18n::{Msg, days};
use crate::report::{Overdue, Status};

impl Builder<'_> {
    pub(super) fn overdue(&self, s: &Status) -> Section {
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

    pub(super) fn stale(&self, s: &Status) -> Section {
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

    pub(super) fn upcoming(&self, s: &Status) -> Section {
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
}

/// An overdue entry's ID, with the minutes' line for an action item.
fn overdue_id(o: &Overdue) -> String {
    match o.line {
        Some(line) => format!("{}:{line}", o.id),
        None => o.id.clone(),
    }
}
