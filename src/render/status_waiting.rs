//! The sections of `gov status` about what waits for someone: approval
//! by a deciding body, evaluation of a change request, the top of the
//! backlog, minutes to approve.

use super::sections::{Group, Item, Row, Section};
use super::status_sections::{Builder, bold, dash, groups, l, or_dash, r, text};
use crate::i18n::Msg;
use crate::report::{Awaiting, Status};

impl Builder<'_> {
    pub(super) fn awaiting_approval(&self, s: &Status) -> Section {
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

    pub(super) fn awaiting_evaluation(&self, s: &Status) -> Section {
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

    pub(super) fn backlog_top(&self, s: &Status) -> Section {
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

    pub(super) fn minutes(&self, s: &Status) -> Section {
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
}

/// The deciding bodies a record waits for; `""` for none named.
fn bodies_of(a: &Awaiting) -> Vec<String> {
    if a.bodies.is_empty() {
        vec![String::new()]
    } else {
        a.bodies.clone()
    }
}
