//! `gov status` as aligned tables for a terminal, each section a heading
//! and a table that fits the width.

use super::layout::Style;
use super::render_status::{Sheet, bodies_of, dash, groups, l, or_dash, overdue_id, r};
use super::status::Status;
use crate::i18n::{Msg, days};

/// The report as terminal text.
pub fn text(s: &Status, st: &Style<'_>) -> String {
    let heading = format!("{} {}", st.t(Msg::StatusTitle), st.date(&s.as_of));
    let mut sh = Sheet {
        st,
        out: st.heading(&heading),
    };
    if s.is_empty() {
        sh.out
            .push_str(&format!("\n{}\n", st.t(Msg::StatusNothing)));
        return sh.out;
    }
    if !s.counts.0.is_empty() {
        sh.section(st.t(Msg::StatusCounts));
        let rows: Vec<Vec<String>> = s
            .counts
            .0
            .iter()
            .map(|(kind, per)| {
                let total: usize = per.iter().map(|(_, n)| n).sum();
                let parts: Vec<String> = per
                    .iter()
                    .map(|(id, n)| format!("{} {n}", st.status(kind, Some(id))))
                    .collect();
                vec![st.kind(kind), total.to_string(), parts.join(" · ")]
            })
            .collect();
        sh.grid(
            &[l(Msg::ColKind), r(Msg::ColCount), l(Msg::ColStatus)],
            &rows,
            2,
        );
    }
    let a = s.action_items;
    if a.open + a.done > 0 {
        let (open, done) = (st.t(Msg::StatusOpen), st.t(Msg::StatusDone));
        let line = format!(
            "  {}: {} {open}, {} {done}",
            st.t(Msg::StatusActionItems),
            a.open,
            a.done
        );
        sh.line(&line);
    }
    if !s.awaiting_approval.is_empty() {
        sh.section(st.t(Msg::StatusAwaitingApproval));
        for (body, items) in groups(&s.awaiting_approval, bodies_of) {
            let name = if body.is_empty() {
                st.t(Msg::StatusNoBody).to_string()
            } else {
                body
            };
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|a| vec![a.id.clone(), dash(a.days_waiting), a.title.clone()])
                .collect();
            sh.group(
                &name,
                &[l(Msg::ColId), r(Msg::ColDays), l(Msg::ColTitle)],
                &rows,
            );
        }
    }
    if !s.awaiting_evaluation.is_empty() {
        sh.section(st.t(Msg::StatusAwaitingEvaluation));
        let rows: Vec<Vec<String>> = s
            .awaiting_evaluation
            .iter()
            .map(|a| {
                vec![
                    a.id.clone(),
                    dash(a.days_waiting),
                    or_dash(&a.submitted_by),
                    a.title.clone(),
                ]
            })
            .collect();
        let spec = [
            l(Msg::ColId),
            r(Msg::ColDays),
            l(Msg::ColSubmittedBy),
            l(Msg::ColTitle),
        ];
        sh.grid(&spec, &rows, 2);
    }
    if !s.backlog_top.is_empty() {
        sh.section(st.t(Msg::StatusBacklogTop));
        let rows: Vec<Vec<String>> = s
            .backlog_top
            .iter()
            .map(|b| {
                vec![
                    b.rank.to_string(),
                    b.id.clone(),
                    st.number(b.score),
                    b.title.clone(),
                ]
            })
            .collect();
        sh.grid(
            &[
                r(Msg::ColRank),
                l(Msg::ColId),
                r(Msg::ColScore),
                l(Msg::ColTitle),
            ],
            &rows,
            2,
        );
    }
    if !s.overdue.is_empty() {
        sh.section(st.t(Msg::StatusOverdue));
        for (owner, items) in groups(&s.overdue, |o| vec![o.owner.clone()]) {
            let name = if owner.is_empty() {
                st.t(Msg::StatusNoOwner).to_string()
            } else {
                owner
            };
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|o| {
                    vec![
                        overdue_id(o),
                        o.due.clone(),
                        o.days_overdue.to_string(),
                        o.title.clone(),
                    ]
                })
                .collect();
            sh.group(
                &name,
                &[
                    l(Msg::ColId),
                    l(Msg::ColDue),
                    r(Msg::ColDays),
                    l(Msg::ColTitle),
                ],
                &rows,
            );
        }
    }
    if !s.minutes_awaiting_approval.is_empty() {
        sh.section(st.t(Msg::StatusMinutes));
        let rows: Vec<Vec<String>> = s
            .minutes_awaiting_approval
            .iter()
            .map(|m| {
                vec![
                    m.id.clone(),
                    or_dash(&m.since),
                    dash(m.days_waiting),
                    m.title.clone(),
                ]
            })
            .collect();
        sh.grid(
            &[
                l(Msg::ColId),
                l(Msg::ColDate),
                r(Msg::ColDays),
                l(Msg::ColTitle),
            ],
            &rows,
            2,
        );
    }
    if !s.stale.is_empty() {
        sh.section(&format!(
            "{} {}",
            st.t(Msg::StatusStale),
            days(st.lang(), i64::from(s.stale_days))
        ));
        let rows: Vec<Vec<String>> = s
            .stale
            .iter()
            .map(|x| {
                let status = st.status(&x.kind, x.status.as_deref());
                vec![
                    x.id.clone(),
                    status,
                    x.last_change.clone(),
                    x.days_since_change.to_string(),
                    x.title.clone(),
                ]
            })
            .collect();
        let spec = [
            l(Msg::ColId),
            l(Msg::ColStatus),
            l(Msg::ColLastChange),
            r(Msg::ColDays),
            l(Msg::ColTitle),
        ];
        sh.grid(&spec, &rows, 2);
    }
    if !s.upcoming_meetings.is_empty() {
        let n = i64::from(s.upcoming_days);
        sh.section(&format!(
            "{} {}",
            st.t(Msg::StatusUpcoming),
            days(st.lang(), n)
        ));
        let rows: Vec<Vec<String>> = s
            .upcoming_meetings
            .iter()
            .map(|m| {
                let status = st.status("meeting", m.status.as_deref());
                vec![
                    m.date.clone(),
                    m.id.clone(),
                    or_dash(&m.time),
                    or_dash(&m.place),
                    status,
                    m.title.clone(),
                ]
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
        sh.grid(&spec, &rows, 2);
    }
    if !s.recent_deliveries.is_empty() {
        sh.section(st.t(Msg::StatusDeliveries));
        let rows: Vec<Vec<String>> = s
            .recent_deliveries
            .iter()
            .map(|d| {
                let status = st.status(d.kind.as_deref().unwrap_or_default(), d.status.as_deref());
                vec![d.release.clone(), d.id.clone(), status, d.title.clone()]
            })
            .collect();
        sh.grid(
            &[
                l(Msg::ColTag),
                l(Msg::ColId),
                l(Msg::ColStatus),
                l(Msg::ColTitle),
            ],
            &rows,
            2,
        );
    }
    sh.out
}
