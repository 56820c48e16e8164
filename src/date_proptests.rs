//! Tests of [`super`]: every written form, impossible dates, the ambiguity flag, and
//! properties over all dates gov accepts.

use super::*;
use proptest::prelude::*;

fn ok(text: &str) -> ParsedDate {
    match parse(text) {
        Ok(parsed) => parsed,
        Err(e) => panic!("{text:?} should parse: {e}"),
    }
}

fn ymd(text: &str) -> (i16, i8, i8, DateForm, bool) {
    let p = ok(text);
    (
        p.date.year(),
        p.date.month(),
        p.date.day(),
        p.form,
        p.ambiguous,
    )
}

fn reason(text: &str) -> String {
    match parse(text) {
        Err(DateError::OutOfRange { reason, .. }) => reason.to_string(),
        other => panic!("{text:?} should be out of range, got {other:?}"),
    }
}

fn unrecognised(text: &str) -> bool {
    matches!(parse(text), Err(DateError::Unrecognised { .. }))
}

use DateForm::*;

#[test]
fn iso_and_datetimes() {
    assert_eq!(ymd("2025-06-15"), (2025, 6, 15, Iso, false));
    assert_eq!(ymd("2025-01-02"), (2025, 1, 2, Iso, false));
    assert_eq!(
        ymd("2026-08-06T13:00:00+02:00"),
        (2026, 8, 6, IsoDateTime, false)
    );
    assert_eq!(ymd("2026-08-06 13:00"), (2026, 8, 6, IsoDateTime, false));
    for text in [
        "2026-08-06T13:00Z",
        "2026-08-06t09:30:15.250-05:00",
        "2026-08-06 13:00:00+0200",
    ] {
        assert_eq!(ok(text).form, IsoDateTime, "{text}");
    }
    assert_eq!(reason("2026-08-06T25:00"), "hour 25 does not exist");
    assert!(reason("2026-13-06T25:00").ends_with("does not exist"));
    assert!(unrecognised("2026-08-06T13"));
    assert!(unrecognised("2026-08-06 13:00 CET"));
    assert!(unrecognised("2026-8-6T13:00"));
}

#[test]
fn day_first_numeric_forms() {
    assert_eq!(ymd("15-06-2025"), (2025, 6, 15, DayFirst, false));
    assert_eq!(ymd("01-02-2025"), (2025, 2, 1, DayFirst, true));
    assert_eq!(ymd("06.08.2026"), (2026, 8, 6, DayFirst, true));
    assert_eq!(ymd("4.6.2026"), (2026, 6, 4, DayFirst, true));
    assert_eq!(ymd("1/7-2026"), (2026, 7, 1, DayFirst, true));
    assert_eq!(ymd("25/12/2025"), (2025, 12, 25, DayFirst, false));
    assert_eq!(ymd("03.08.26"), (2026, 8, 3, DayFirstShortYear, true));
    assert_eq!(ymd("31-12-69"), (2069, 12, 31, DayFirstShortYear, false));
    assert_eq!(ymd("01-01-70"), (1970, 1, 1, DayFirstShortYear, false));
    assert_eq!(ymd("5.5.99"), (1999, 5, 5, DayFirstShortYear, false));
    for text in ["1-7/2026", "1.7-2026", "1-7.2026", "01-02-202", "1-2-3"] {
        assert!(parse(text).is_err(), "{text}");
    }
}

#[test]
fn year_first_is_never_day_first() {
    assert_eq!(ymd("2026/08/06"), (2026, 8, 6, YearFirst, false));
    assert_eq!(ymd("2026.08.06"), (2026, 8, 6, YearFirst, false));
    assert_eq!(ymd("2026-8-6"), (2026, 8, 6, YearFirst, false));
    assert!(unrecognised("2026/08-06"));
    assert_eq!(reason("2026/13/06"), "month 13 does not exist");
}

#[test]
fn named_forms() {
    let june4 = (2026, 6, 4, Named, false);
    for text in [
        "4. juni 2026",
        "4 juni 2026",
        "4. jun. 2026",
        "4 jun 2026",
        "4.juni 2026",
        "4 June 2026",
        "June 4, 2026",
        "June 4 2026",
        "JUNE 4, 2026",
        "4. JUNI 2026",
        "Jun. 4, 2026",
        "04 June 2026",
    ] {
        assert_eq!(ymd(text), june4, "{text}");
    }
    let months = [
        ("jan", 1),
        ("feb", 2),
        ("marts", 3),
        ("mar", 3),
        ("april", 4),
        ("maj", 5),
        ("may", 5),
        ("jul", 7),
        ("august", 8),
        ("sep", 9),
        ("sept.", 9),
        ("okt.", 10),
        ("October", 10),
        ("oct", 10),
        ("nov", 11),
        ("december", 12),
        ("dec.", 12),
    ];
    for (name, month) in months {
        assert_eq!(ok(&format!("1. {name} 2026")).date.month(), month, "{name}");
    }
    for text in [
        "4juni 2026",
        "4. juni2026",
        "4. junni 2026",
        "4. juni 26",
        "4th June 2026",
    ] {
        assert!(unrecognised(text), "{text}");
    }
    assert_eq!(reason("31. april 2026"), "31 April does not exist");
    assert!(matches!(
        parse("4. juni 20255"),
        Err(DateError::OutOfRange { .. })
    ));
}

#[test]
fn impossible_dates_say_why() {
    assert_eq!(reason("31-04-2026"), "31 April does not exist");
    assert_eq!(reason("30-02-2024"), "30 February does not exist");
    assert_eq!(reason("29-02-2025"), "29 February 2025 does not exist");
    assert_eq!(ymd("29-02-2024"), (2024, 2, 29, DayFirst, false));
    assert!(parse("29-02-2100").is_err());
    assert_eq!(ymd("29-02-2000").2, 29);
    assert_eq!(reason("15-13-2025"), "month 13 does not exist");
    assert_eq!(reason("00-01-2025"), "day 0 does not exist");
    assert_eq!(reason("32-01-2025"), "day 32 does not exist");
    assert_eq!(reason("2025-00-10"), "month 0 does not exist");
    assert!(reason("15-06-20255").starts_with("year 20255 is out of range"));
    assert!(reason("20255-06-15").starts_with("year 20255 is out of range"));
    assert!(reason("1899-12-31").starts_with("year 1899 is out of range"));
    assert!(reason("01-01-2201").starts_with("year 2201"));
    assert!(reason("01-01-99999999999999999999999").contains("out of range"));
    assert_eq!(ymd("2200-12-31"), (2200, 12, 31, Iso, false));
    assert_eq!(ymd("1900-01-01"), (1900, 1, 1, Iso, false));
}

#[test]
fn ambiguity_flag() {
    assert!(ok("01-02-2025").ambiguous);
    assert!(!ok("15-06-2025").ambiguous);
    assert!(!ok("01-01-2025").ambiguous);
    assert!(!ok("12-12-2025").ambiguous);
    assert!(ok("12-11-2025").ambiguous);
    assert!(!ok("13-11-2025").ambiguous);
    // Month-first is never produced: 02/01 is always 2 January.
    assert_eq!(ok("02/01/2025").date, Date::constant(2025, 1, 2));
}

#[test]
fn whitespace_empty_and_junk() {
    assert_eq!(ymd("  2025-06-15\n"), (2025, 6, 15, Iso, false));
    assert_eq!(ymd("\t4.  juni\u{a0}2026 "), (2026, 6, 4, Named, false));
    assert_eq!(parse(""), Err(DateError::Empty));
    assert_eq!(parse(" \t\n"), Err(DateError::Empty));
    for text in [
        "2025-06-15 (revideret)",
        "2026-W23-4",
        "2026-157",
        "2026W234",
        "20260806",
        "i går",
        "2025-06-15.",
        "-2025-06-15",
        "15-06-2025x",
        "٢٠٢٥-٠٦-١٥",
        "juni 2026",
        "4. juni",
    ] {
        assert!(unrecognised(text), "{text}");
    }
    let e = parse(" 2025-06-15 x ").unwrap_err();
    assert_eq!(
        e,
        DateError::Unrecognised {
            text: "2025-06-15 x".into()
        }
    );
    assert!(e.to_string().contains("yyyy-mm-dd"));
}

#[test]
fn writing() {
    let d = Date::constant(2026, 6, 4);
    assert_eq!(iso(d), "2026-06-04");
    assert_eq!(human(d, true), "4. juni 2026");
    assert_eq!(human(d, false), "4 June 2026");
    assert_eq!(
        human(Date::constant(1999, 12, 31), true),
        "31. december 1999"
    );
    assert_eq!(
        serde_json::to_string(&DayFirstShortYear).ok().as_deref(),
        Some("\"day_first_short_year\"")
    );
}

/// Every date gov accepts: 1900-01-01 ..= 2200-12-31.
fn any_date() -> impl Strategy<Value = Date> {
    (1900i16..=2200, 1i8..=12, 1i8..=31).prop_map(|(y, m, d)| {
        let first = Date::constant(y, m, 1);
        Date::constant(y, m, d.min(first.days_in_month()))
    })
}

proptest! {
    #[test]
    fn parse_never_panics(text in "\\PC{0,40}") {
        let _ = parse(&text);
    }

    #[test]
    fn parse_never_panics_on_date_like_text(text in "[0-9 .,:/+TZa-zæøå-]{0,30}") {
        let _ = parse(&text);
    }

    #[test]
    fn iso_round_trips(d in any_date()) {
        let p = parse(&iso(d)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(p, ParsedDate { date: d, form: Iso, ambiguous: false });
    }

    #[test]
    fn day_first_round_trips(d in any_date()) {
        let text = format!("{:02}-{:02}-{}", d.day(), d.month(), d.year());
        let p = parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(p.date, d);
        prop_assert_eq!(p.form, DayFirst);
        prop_assert_eq!(p.ambiguous, d.day() <= 12 && d.day() != d.month());
    }

    #[test]
    fn human_round_trips(d in any_date()) {
        for danish in [true, false] {
            let p = parse(&human(d, danish)).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!((p.date, p.form, p.ambiguous), (d, Named, false));
        }
    }
}
