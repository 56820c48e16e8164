//! `gov calendar` as a terminal table and as JSON; iCalendar is
//! [`super::ics`], over the same model.

use jiff::civil::{Date, Time, Weekday};

use super::style::Style;
use super::table::{Column, Table};
use crate::cycle::State;
use crate::i18n::Msg;
use crate::report::{Calendar, Entry};

/// The calendar as JSON: the model itself.
pub fn json(calendar: &Calendar) -> String {
    let mut text = serde_json::to_string_pretty(calendar).unwrap_or_default();
    text.push('\n');
    text
}

/// The calendar as a table: day, time, body, title, place and a note
/// (moved from, cancelled, the meeting on file).
pub fn table(calendar: &Calendar, st: &Style<'_>) -> String {
    if calendar.entries.is_empty() {
        let (from, to) = (day(calendar.from, st), day(calendar.to, st));
        return format!("{}\n", crate::tr!(st.lang(), Msg::CalendarEmpty, from, to));
    }
    let columns = vec![
        Column::left(st.t(Msg::ColDate)),
        Column::left(st.t(Msg::ColTime)),
        Column::left(st.t(Msg::ColBody)),
        Column::left(st.t(Msg::ColTitle)),
        Column::left(st.t(Msg::ColPlace)),
        Column::left(st.t(Msg::ColNote)),
    ];
    let rows: Vec<Vec<String>> = calendar
        .entries
        .iter()
        .map(|e| {
            vec![
                format!(
                    "{} {}",
                    weekday(e.date.weekday(), st),
                    crate::date::iso(e.date)
                ),
                hours(e, st),
                e.body_label.clone().unwrap_or_default(),
                e.title.clone(),
                e.place.clone().unwrap_or_default(),
                note(e, st),
            ]
        })
        .collect();
    Table::of(columns).width(st.width).render(&rows)
}

/// `13:00–14:30`, `13:00`, or all day.
pub fn hours(e: &Entry, st: &Style<'_>) -> String {
    match (e.start, e.end) {
        (Some(s), Some(end)) => format!("{}–{}", clock(s), clock(end)),
        (Some(s), None) => clock(s),
        _ => st.t(Msg::AllDay).to_string(),
    }
}

/// What else there is to say about an entry.
pub fn note(e: &Entry, st: &Style<'_>) -> String {
    let mut parts = Vec::new();
    match e.state {
        State::Cancelled => parts.push(st.t(Msg::CalendarCancelled).to_string()),
        State::Moved => {
            if let Some(rule) = e.rule_date {
                let date = crate::date::iso(rule);
                parts.push(crate::tr!(st.lang(), Msg::MovedFrom, date));
            }
        }
        State::Planned => {}
    }
    if let Some(id) = &e.meeting {
        parts.push(id.clone());
    }
    parts.join("; ")
}

/// `13:00`.
pub fn clock(t: Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// A day as the language writes it.
fn day(d: Date, st: &Style<'_>) -> String {
    super::style::human(d, st.lang())
}

/// A weekday, short, in the output language.
pub fn weekday(w: Weekday, st: &Style<'_>) -> &'static str {
    st.t(match w {
        Weekday::Monday => Msg::Monday,
        Weekday::Tuesday => Msg::Tuesday,
        Weekday::Wednesday => Msg::Wednesday,
        Weekday::Thursday => Msg::Thursday,
        Weekday::Friday => Msg::Friday,
        Weekday::Saturday => Msg::Saturday,
        Weekday::Sunday => Msg::Sunday,
    })
}
