//! `gov actions` as a terminal table, Markdown (a follow-up list to paste
//! into an agenda, boxes and all) and JSON (the model itself): one model,
//! so the three never disagree about what is open or overdue.

use super::escape;
use super::style::{Format, Style};
use super::table::{Column, Table};
use crate::i18n::{Msg, PlanMsg, days};
use crate::report::{Action, ActionState, Actions};

/// The action items in a format.
pub fn render(actions: &Actions, format: Format, st: &Style<'_>) -> String {
    match format {
        Format::Json => {
            let mut text = serde_json::to_string_pretty(actions).unwrap_or_default();
            text.push('\n');
            text
        }
        Format::Table => table(actions, st),
        Format::Markdown => markdown(actions, st),
    }
}

/// The sentence for an empty list, naming the owner asked for.
fn nothing(actions: &Actions, st: &Style<'_>) -> String {
    let lang = st.lang();
    match (&actions.owner, actions.all) {
        (Some(owner), false) => crate::tr!(lang, PlanMsg::ActionsNoneOpenOwner, owner),
        (Some(owner), true) => crate::tr!(lang, PlanMsg::ActionsNoneOwner, owner),
        (None, false) => st.t(PlanMsg::ActionsNoneOpen).to_string(),
        (None, true) => st.t(PlanMsg::ActionsNone).to_string(),
    }
}

/// Open, done, cancelled, or overdue by so many days.
pub fn state(a: &Action, st: &Style<'_>) -> String {
    if let Some(n) = a.days_overdue {
        let days = days(st.lang(), n);
        return crate::tr!(st.lang(), PlanMsg::OverdueDays, days);
    }
    st.t(match a.state {
        ActionState::Open => PlanMsg::Open,
        ActionState::Done => PlanMsg::Done,
        ActionState::Cancelled => PlanMsg::Cancelled,
    })
    .to_string()
}

/// Where an item was written. In the table: `MTG-0001 2026-10-08` /
/// `TASK-0001 (fra MTG-0001)`; in Markdown (`long`), with the meeting's
/// title, date in words and line: `MTG-0001 Styregruppemøde oktober, 8.
/// oktober 2026, linje 13` / `TASK-0001, fra MTG-0001`.
fn source(a: &Action, long: bool, st: &Style<'_>) -> String {
    let lang = st.lang();
    let mut out = a.source.clone();
    let meeting = a.line.is_some();
    if meeting && long {
        out.push(' ');
        out.push_str(&a.source_title);
    }
    if let Some(date) = a.source_date.as_deref().filter(|_| meeting) {
        if long {
            out.push_str(&format!(", {}", st.date(date)));
        } else {
            out.push_str(&format!(" {date}"));
        }
    }
    if let Some(line) = a.line.filter(|_| long) {
        out.push_str(&format!(", {}", crate::tr!(lang, PlanMsg::AtLine, line)));
    }
    if let Some(id) = &a.from {
        let from = crate::tr!(lang, PlanMsg::TaskFrom, id);
        if long {
            out.push_str(&format!(", {from}"));
        } else {
            out.push_str(&format!(" ({from})"));
        }
    }
    out
}

/// The due date as written in the table: ISO, the unreadable text, or nothing.
fn due(a: &Action) -> String {
    a.due
        .clone()
        .or_else(|| a.due_as_written.clone())
        .unwrap_or_default()
}

fn table(actions: &Actions, st: &Style<'_>) -> String {
    if actions.items.is_empty() {
        return format!("{}\n", nothing(actions, st));
    }
    let columns = vec![
        Column::left(st.t(Msg::ColDue)),
        Column::left(st.t(PlanMsg::ColOwner)),
        Column::left(st.t(PlanMsg::ColAction)),
        Column::left(st.t(PlanMsg::ColState)),
        Column::left(st.t(PlanMsg::ColSource)),
    ];
    let rows: Vec<Vec<String>> = actions
        .items
        .iter()
        .map(|a| {
            vec![
                due(a),
                a.owner.clone(),
                a.text.clone(),
                state(a, st),
                source(a, false, st),
            ]
        })
        .collect();
    Table::of(columns).width(st.width).render(&rows)
}

fn markdown(actions: &Actions, st: &Style<'_>) -> String {
    let lang = st.lang();
    let title = match &actions.owner {
        Some(owner) => crate::tr!(lang, PlanMsg::ActionsTitleOwner, owner),
        None => st.t(PlanMsg::ActionsTitle).to_string(),
    };
    let mut out = format!("## {}\n\n", escape::markdown(&title));
    if actions.items.is_empty() {
        out.push_str(&format!("{}\n", escape::markdown(&nothing(actions, st))));
        return out;
    }
    for a in &actions.items {
        let tick = if a.state == ActionState::Open {
            ' '
        } else {
            'x'
        };
        let owner = if a.owner.is_empty() {
            st.t(PlanMsg::NoOwner).to_string()
        } else {
            a.owner.clone()
        };
        let mut line = format!(
            "- [{tick}] **{}**: {}",
            escape::markdown(&owner),
            escape::markdown(&a.text)
        );
        match (&a.due, &a.due_as_written) {
            (Some(d), _) => line.push_str(&format!(" – {} {}", st.t(Msg::DueOn), st.date(d))),
            (None, Some(w)) => line.push_str(&format!(
                " – {}",
                escape::markdown(&crate::tr!(lang, PlanMsg::DueUnread, written = w))
            )),
            (None, None) => line.push_str(&format!(" – {}", st.t(PlanMsg::NoDue))),
        }
        if a.overdue() || a.state != ActionState::Open {
            line.push_str(&format!(", **{}**", state(a, st)));
        }
        line.push_str(&format!(" ({})\n", escape::markdown(&source(a, true, st))));
        out.push_str(&line);
    }
    let open = actions
        .items
        .iter()
        .filter(|a| a.state == ActionState::Open)
        .count();
    let overdue = actions.items.iter().filter(|a| a.overdue()).count();
    let done = actions.items.len() - open;
    out.push_str(&format!(
        "\n{}\n",
        crate::tr!(lang, PlanMsg::ActionsCount, open, overdue, done)
    ));
    out
}
