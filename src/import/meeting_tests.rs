//! The meeting reader on the community's meeting files.

use super::tests::{assert_fields, read_as};
use super::*;

fn meeting(name: &str) -> Imported {
    let path = format!("moeder/styregruppe/{name}");
    read_as(None, &format!("markdown/{path}"), &path)
}

#[test]
fn a_meeting_with_attendance_agenda_minutes_and_links() {
    let i = meeting("20260806_OS2BorgerPCStyregruppe.md");
    assert_eq!(i.kind, KindGuess::Meeting);
    assert_fields(
        &i,
        &[
            (
                "title",
                r#""OS2borgerPC Styregruppemøde 6. august 2026""#,
                1,
                1,
            ),
            ("status", r#""minutes_ready""#, 4, 7),
            ("place", r#""Virtuel""#, 10, 13),
            ("chair", r#""Agnete Moos""#, 24, 18),
            ("note_taker", r#""Peter Holm""#, 25, 17),
            ("date", r#""2026-08-06""#, 9, 12),
            ("start", r#""13:00""#, 9, 12),
            ("end", r#""14:30""#, 9, 12),
            (
                "invited",
                r#"["Agnete Moos, Sønderborg Kommune","Jens Hansen, Aarhus Kommune","Mette Larsen, Københavns Kommune","Ole Sørensen, Vejle Kommune"]"#,
                0,
                0,
            ),
            (
                "present",
                r#"["Agnete Moos, Sønderborg Kommune","Mette Larsen, Københavns Kommune"]"#,
                0,
                0,
            ),
            ("apologies", r#"["Jens Hansen"]"#, 0, 0),
            ("absent", r#"["Ole Sørensen, Vejle Kommune"]"#, 0, 0),
            ("guests", r#"["Lone Berg, Magenta"]"#, 0, 0),
            (
                "agenda",
                r#"[{"number":"1","title":"Velkomst","records":[],"line":31},{"number":"1.1","title":"Godkendelse af dagsorden","records":[],"line":32},{"number":"1.2","title":"Godkendelse af referat fra sidste møde","records":[],"line":33},{"number":"2","title":"Økonomi","records":[],"line":34},{"number":"2.1","title":"Budget 2027, se DEC-0012","records":["DEC-0012"],"line":35},{"number":"4","title":"Eventuelt","records":[],"line":36}]"#,
                31,
                1,
            ),
            (
                "decisions",
                r#"["beslutninger/sdr-budget-2027.md","beslutninger/2025-06-15-brug-af-ubuntu-2404.md"]"#,
                45,
                44,
            ),
            ("body", r#""styregruppe""#, 0, 0),
        ],
    );
    assert!(i.notes.is_empty(), "{:?}", i.notes);
}

#[test]
fn a_meeting_whose_heading_disagrees_with_its_time_line() {
    let i = meeting("2026-05-28-styregruppemoede.md");
    assert_eq!(
        i.text("status"),
        Some("minutes_approved"),
        "the furthest ticked box"
    );
    assert_eq!(
        (i.text("start"), i.text("end")),
        (Some("10:00"), Some("11:30"))
    );
    assert_eq!(i.text("date"), Some("2026-05-28"));
    let what = NoteKind::DatesDisagree {
        kept_from: "time line".into(),
        kept: "2026-05-28".into(),
        other_from: "heading".into(),
        other: "2026-05-27".into(),
    };
    assert_eq!(
        i.notes,
        [Note {
            line: 2,
            column: 1,
            what
        }]
    );
    let Some(FieldValue::Agenda(items)) = i.get("agenda") else {
        panic!("agenda")
    };
    let numbers: Vec<&str> = items.iter().map(|a| a.number.as_str()).collect();
    assert_eq!(numbers, ["1", "1.1", "3"], "the gap is kept for the checks");
}

#[test]
fn a_cancelled_meeting() {
    let i = meeting("20260903_OS2BorgerPCStyregruppe.md");
    assert_eq!(i.text("status"), Some("cancelled"));
    assert_eq!(i.get("cancelled"), Some(&FieldValue::Bool(true)));
    assert_eq!(
        i.text("date"),
        Some("2026-09-03"),
        "03.09.26 with a short year"
    );
    assert_eq!(
        (i.text("start"), i.text("end")),
        (Some("13:00"), Some("15:00"))
    );
    assert!(i.notes.is_empty(), "{:?}", i.notes);
}
