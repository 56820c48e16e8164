//! `gov meeting new`'s meeting: the agenda as the Markdown section written
//! into the new file (DEC-0052: `## Dagsorden` with a `### N. Title`
//! heading per item and a `- N.M text` line per sub-item, the form the
//! importer's agenda reader reads), and the new meeting as a table or
//! JSON for the person who ran the command.

use super::style::Style;
use super::table::{Column, Table};
use crate::i18n::{Lang, MeetingMsg as M, Msg, t};
use crate::report::{AgendaEntry, NewMeeting};

/// The agenda section of the meeting's body, its heading included.
pub fn section(agenda: &[AgendaEntry], lang: Lang) -> String {
    let mut out = format!("## {}\n", t(lang, M::AgendaHeading));
    for item in agenda {
        out.push_str(&format!("\n### {}. {}\n", item.number, item.title));
        if !item.items.is_empty() {
            out.push('\n');
        }
        for sub in &item.items {
            out.push_str(&format!("- {} {}\n", sub.number, sub.title));
        }
    }
    out
}

/// The new meeting as JSON: the model itself.
pub fn json(meeting: &NewMeeting) -> String {
    let mut text = serde_json::to_string_pretty(meeting).unwrap_or_default();
    text.push('\n');
    text
}

/// The new meeting for people: its file, body, time, place and the
/// invited, then the agenda as a table (number, item, records named).
pub fn table(meeting: &NewMeeting, st: &Style<'_>) -> String {
    let m = &meeting.meeting;
    let mut out = String::new();
    if meeting.dry_run {
        out.push_str(&format!("{}\n", st.t(M::DryRun)));
    }
    let when = match (&m.start, &m.end) {
        (Some(s), Some(e)) => format!("{} {s}–{e}", crate::date::iso(m.date)),
        (Some(s), None) => format!("{} {s}", crate::date::iso(m.date)),
        _ => crate::date::iso(m.date),
    };
    let mut facts = vec![
        (st.t(M::File), meeting.path.clone()),
        (st.t(Msg::ColId), meeting.id.clone()),
        (st.t(M::Title), m.title.clone()),
        (st.t(M::Body), m.body_label.clone()),
        (st.t(M::When), when),
    ];
    if let Some(place) = &m.place {
        facts.push((st.t(M::Place), place.clone()));
    }
    if !m.invited.is_empty() {
        facts.push((st.t(M::Invited), m.invited.join(", ")));
    }
    let wide = facts
        .iter()
        .map(|(k, _)| super::table::width(k))
        .max()
        .unwrap_or(0);
    for (key, value) in &facts {
        let pad = " ".repeat(wide - super::table::width(key));
        let line = format!("{key}:{pad} {value}");
        out.push_str(&super::table::fit(&line, st.width));
        out.push('\n');
    }
    out.push('\n');
    let columns = vec![
        Column::left(st.t(M::ColNumber)),
        Column::left(st.t(M::ColItem)),
        Column::left(st.t(M::ColRecords)),
    ];
    let mut rows: Vec<Vec<String>> = Vec::new();
    for item in &m.agenda {
        rows.push(row(item, ""));
        rows.extend(item.items.iter().map(|sub| row(sub, "  ")));
    }
    out.push_str(&Table::of(columns).width(st.width).render(&rows));
    out
}

fn row(item: &AgendaEntry, indent: &str) -> Vec<String> {
    vec![
        format!("{indent}{}", item.number),
        item.title.clone(),
        item.records.join(", "),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Part;

    fn item(number: &str, title: &str, items: Vec<AgendaEntry>) -> AgendaEntry {
        AgendaEntry {
            number: number.into(),
            title: title.into(),
            part: Part::Approval,
            records: Vec::new(),
            items,
        }
    }

    #[test]
    fn the_section_has_a_heading_per_item_and_a_line_per_sub_item() {
        let agenda = [
            item("1", "Godkendelse af dagsorden", vec![]),
            item(
                "2",
                "Sager til godkendelse",
                vec![item("2.1", "DEC-0001 Fuld stop", vec![])],
            ),
            item("3", "Eventuelt", vec![]),
        ];
        assert_eq!(
            section(&agenda, Lang::Da),
            "## Dagsorden\n\n### 1. Godkendelse af dagsorden\n\n### 2. Sager til godkendelse\n\n- 2.1 DEC-0001 Fuld stop\n\n### 3. Eventuelt\n"
        );
        assert!(section(&[], Lang::En).starts_with("## Agenda\n"));
    }
}
