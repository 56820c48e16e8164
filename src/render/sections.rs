//! `gov status` as Markdown, ready to paste into an agenda or a
//! newsletter: a heading with the date, then one short section per
//! subject, in the configured language.

use super::layout::Style;
use super::render_status::{bodies_of, groups};
use super::status::Status;
use crate::i18n::{Msg, days};
use crate::render::escape::markdown as md;

/// The report as Markdown.
pub fn markdown(s: &Status, st: &Style<'_>) -> String {
    let lang = st.lang();
    let mut out = format!("## {} {}\n", st.t(Msg::StatusTitle), st.date(&s.as_of));
    if s.is_empty() {
        out.push_str(&format!("\n{}\n", st.t(Msg::StatusNothing)));
        return out;
    }
    let section = |out: &mut String, title: &str| out.push_str(&format!("\n### {title}\n\n"));
    let waited = |n: Option<i64>| {
        n.map(|n| format!(" – {} {}", st.t(Msg::Waiting), days(lang, n)))
            .unwrap_or_default()
    };
    if !s.counts.0.is_empty() || s.action_items.open + s.action_items.done > 0 {
        section(&mut out, st.t(Msg::StatusCounts));
        for (kind, per) in &s.counts.0 {
            let total: usize = per.iter().map(|(_, n)| n).sum();
            let parts: Vec<String> = per
                .iter()
                .map(|(id, n)| format!("{} {n}", md(&st.status(kind, Some(id)))))
                .collect();
            out.push_str(&format!(
                "- **{}** ({total}): {}\n",
                md(&st.kind(kind)),
                parts.join(", ")
            ));
        }
        let a = s.action_items;
        if a.open + a.done > 0 {
            out.push_str(&format!(
                "- {}: {} {}, {} {}\n",
                st.t(Msg::StatusActionItems),
                a.open,
                st.t(Msg::StatusOpen),
                a.done,
                st.t(Msg::StatusDone)
            ));
        }
    }
    if !s.awaiting_approval.is_empty() {
        section(&mut out, st.t(Msg::StatusAwaitingApproval));
        for (body, items) in groups(&s.awaiting_approval, bodies_of) {
            let name = if body.is_empty() {
                st.t(Msg::StatusNoBody).to_string()
            } else {
                md(&body).into_owned()
            };
            out.push_str(&format!("**{name}**\n\n"));
            for a in items {
                out.push_str(&format!(
                    "- **{}** {}{}\n",
                    md(&a.id),
                    md(&a.title),
                    waited(a.days_waiting)
                ));
            }
            out.push('\n');
        }
        out.pop();
    }
    if !s.awaiting_evaluation.is_empty() {
        section(&mut out, st.t(Msg::StatusAwaitingEvaluation));
        for a in &s.awaiting_evaluation {
            let by = a
                .submitted_by
                .as_ref()
                .map(|b| format!(" ({})", md(b)))
                .unwrap_or_default();
            out.push_str(&format!(
                "- **{}** {}{by}{}\n",
                md(&a.id),
                md(&a.title),
                waited(a.days_waiting)
            ));
        }
    }
    if !s.backlog_top.is_empty() {
        section(&mut out, st.t(Msg::StatusBacklogTop));
        for b in &s.backlog_top {
            out.push_str(&format!(
                "{}. **{}** {} ({} {})\n",
                b.rank,
                md(&b.id),
                md(&b.title),
                st.t(Msg::ColScore).to_lowercase(),
                st.number(b.score)
            ));
        }
    }
    if !s.overdue.is_empty() {
        section(&mut out, st.t(Msg::StatusOverdue));
        for (owner, items) in groups(&s.overdue, |o| vec![o.owner.clone()]) {
            let name = if owner.is_empty() {
                st.t(Msg::StatusNoOwner).to_string()
            } else {
                md(&owner).into_owned()
            };
            out.push_str(&format!("**{name}**\n\n"));
            for o in items {
                let what = match o.line {
                    Some(line) => format!(
                        "{} ({} **{}**, {} {line})",
                        md(&o.title),
                        st.t(Msg::FromMeeting),
                        md(&o.id),
                        st.t(Msg::LineWord)
                    ),
                    None => format!("**{}** {}", md(&o.id), md(&o.title)),
                };
                out.push_str(&format!(
                    "- {what} – {} {}, {} {}\n",
                    st.t(Msg::DueOn),
                    md(&st.date(&o.due)),
                    days(lang, o.days_overdue),
                    st.t(Msg::OverdueBy)
                ));
            }
            out.push('\n');
        }
        out.pop();
    }
    if !s.minutes_awaiting_approval.is_empty() {
        section(&mut out, st.t(Msg::StatusMinutes));
        for m in &s.minutes_awaiting_approval {
            let date = m
                .since
                .as_deref()
                .map(|d| format!(" ({})", md(&st.date(d))))
                .unwrap_or_default();
            out.push_str(&format!(
                "- **{}** {}{date}{}\n",
                md(&m.id),
                md(&m.title),
                waited(m.days_waiting)
            ));
        }
    }
    if !s.stale.is_empty() {
        section(
            &mut out,
            &format!(
                "{} {}",
                st.t(Msg::StatusStale),
                days(lang, i64::from(s.stale_days))
            ),
        );
        for r in &s.stale {
            out.push_str(&format!(
                "- **{}** {} – {}, {} {} ({})\n",
                md(&r.id),
                md(&r.title),
                md(&st.status(&r.kind, r.status.as_deref())),
                st.t(Msg::UnchangedSince),
                md(&st.date(&r.last_change)),
                days(lang, r.days_since_change)
            ));
        }
    }
    if !s.upcoming_meetings.is_empty() {
        section(
            &mut out,
            &format!(
                "{} {}",
                st.t(Msg::StatusUpcoming),
                days(lang, i64::from(s.upcoming_days))
            ),
        );
        for m in &s.upcoming_meetings {
            let when = if m.days_until == 0 {
                st.t(Msg::Today).to_string()
            } else {
                format!("{} {}", st.t(Msg::InDays), days(lang, m.days_until))
            };
            let mut details: Vec<String> = vec![when];
            details.extend(m.time.as_deref().map(|t| md(t).into_owned()));
            details.extend(m.place.as_deref().map(|p| md(p).into_owned()));
            if m.status.as_deref() == Some("cancelled") {
                details.push(st.status("meeting", Some("cancelled")));
            }
            out.push_str(&format!(
                "- **{}** ({}): **{}** {}\n",
                md(&st.date(&m.date)),
                details.join(", "),
                md(&m.id),
                md(&m.title)
            ));
        }
    }
    if !s.recent_deliveries.is_empty() {
        section(&mut out, st.t(Msg::StatusDeliveries));
        for (release, items) in groups(&s.recent_deliveries, |d| vec![d.release.clone()]) {
            out.push_str(&format!("**{}**\n\n", md(&release)));
            for d in items {
                out.push_str(&format!("- **{}** {}\n", md(&d.id), md(&d.title)));
            }
            out.push('\n');
        }
        out.pop();
    }
    out
}
