//! Tests of [`super`]: every written form of a target, spans, what is
//! refused, and properties over all quarters and any text.

use super::*;
use proptest::prelude::*;

fn q(year: i16, quarter: u8) -> Quarter {
    Quarter { year, quarter }
}

fn span(text: &str) -> (String, String) {
    match parse(text) {
        Ok(s) => (s.from.to_string(), s.to.to_string()),
        Err(e) => panic!("{text:?} should read: {e}"),
    }
}

fn one(text: &str) -> String {
    let (a, b) = span(text);
    assert_eq!(a, b, "{text:?} is one quarter");
    a
}

#[test]
fn quarters_as_people_write_them() {
    for text in [
        "2027-Q1",
        "2027 Q1",
        "2027Q1",
        "q1 2027",
        "Q1-2027",
        "Q1/2027",
        "K1 2027",
        "1. kvartal 2027",
        "1 kvt. 2027",
        "første kvartal 2027",
        "1st quarter of 2027",
        "first quarter 2027",
        "Q1 of 2027",
        "1. kvartal i 2027",
        "  2027-q1  ",
        "2027-01",
        "januar 2027",
        "Feb 2027",
        "marts 2027",
        "15.03.2027",
        "2027-03-31",
        "31. marts 2027",
    ] {
        assert_eq!(one(text), "2027-Q1", "{text}");
    }
    assert_eq!(one("4. kvartal 2026"), "2026-Q4");
    assert_eq!(one("fjerde kvartal 2026"), "2026-Q4");
    assert_eq!(one("okt 2026"), "2026-Q4");
    assert_eq!(one("October 2026"), "2026-Q4");
    assert_eq!(one("2026-07"), "2026-Q3");
    assert_eq!(one("1/7-2026"), "2026-Q3", "a Danish date, day first");
}

#[test]
fn half_years_and_years_are_runs_of_quarters() {
    let h2 = ("2027-Q3".to_string(), "2027-Q4".to_string());
    for text in [
        "2027-H2",
        "H2 2027",
        "2. halvår 2027",
        "andet halvår 2027",
        "second half of 2027",
    ] {
        assert_eq!(span(text), h2, "{text}");
    }
    assert_eq!(span("1. halvår 2027"), ("2027-Q1".into(), "2027-Q2".into()));
    assert_eq!(span("2027"), ("2027-Q1".into(), "2027-Q4".into()));
}

#[test]
fn spans_join_two_points_forwards() {
    let cases = [
        ("2026-2027", "2026-Q1", "2027-Q4"),
        ("2026/2027", "2026-Q1", "2027-Q4"),
        ("2026–2027", "2026-Q1", "2027-Q4"),
        ("2027-Q1 - 2027-Q3", "2027-Q1", "2027-Q3"),
        ("2027-Q1–2027-Q3", "2027-Q1", "2027-Q3"),
        ("2027-Q1-2027-Q3", "2027-Q1", "2027-Q3"),
        ("Q2 2026 til Q1 2027", "2026-Q2", "2027-Q1"),
        ("fra 2026-H2 til 2027", "2026-Q3", "2027-Q4"),
        ("from March 2026 to June 2026", "2026-Q1", "2026-Q2"),
        ("2026-03..2026-09", "2026-Q1", "2026-Q3"),
        ("01.02.2026 - 30.11.2026", "2026-Q1", "2026-Q4"),
        ("2027-Q2–2027-Q2", "2027-Q2", "2027-Q2"),
    ];
    for (text, from, to) in cases {
        assert_eq!(span(text), (from.to_string(), to.to_string()), "{text}");
    }
}

#[test]
fn what_is_no_target_is_refused_with_the_text() {
    for text in [
        "",
        "  ",
        "snart",
        "Q5 2027",
        "Q0 2027",
        "H3 2027",
        "2027-13",
        "1899",
        "2201-Q1",
        "27-Q1",
        "2027-Q3 - 2027-Q1",
        "2028-2026",
        "Q1",
        "2027 Q1 Q2",
        "fra",
        "2.4.0",
    ] {
        let err = parse(text).expect_err(text);
        assert_eq!(err.text, text.trim());
    }
    let long = "2027 ".repeat(100);
    assert!(parse(&long).is_err());
    assert!(
        parse("soon")
            .unwrap_err()
            .to_string()
            .contains("`soon` is not a quarter")
    );
}

#[test]
fn a_quarter_knows_its_days_and_neighbours() {
    assert_eq!(q(2027, 1).first_day(), Date::new(2027, 1, 1).unwrap());
    assert_eq!(q(2027, 1).last_day(), Date::new(2027, 3, 31).unwrap());
    assert_eq!(q(2026, 4).last_day(), Date::new(2026, 12, 31).unwrap());
    assert_eq!(q(2024, 1).last_day(), Date::new(2024, 3, 31).unwrap());
    assert_eq!(q(2027, 3).first_day(), Date::new(2027, 7, 1).unwrap());
    assert_eq!(Quarter::from_index(q(2026, 4).index() + 1), q(2027, 1));
    assert_eq!(Quarter::from_index(q(2027, 1).index() - 1), q(2026, 4));
    assert_eq!(Quarter::of(Date::new(2026, 6, 30).unwrap()), q(2026, 2));
    assert_eq!(Quarter::of(Date::new(2026, 7, 1).unwrap()), q(2026, 3));
    assert_eq!(serde_json::to_string(&q(2027, 2)).unwrap(), "\"2027-Q2\"");
    let a = Span {
        from: q(2026, 1),
        to: q(2026, 4),
    };
    assert!(a.overlaps(Span::of_date(Date::new(2026, 12, 31).unwrap())));
    assert!(!a.overlaps(Span::of_date(Date::new(2027, 1, 1).unwrap())));
    assert!(!a.overlaps(Span::of_date(Date::new(2025, 12, 31).unwrap())));
}

proptest! {
    #[test]
    fn any_quarter_reads_back_in_every_form(year in 1900i16..=2200, quarter in 1u8..=4) {
        let want = q(year, quarter);
        for text in [
            want.to_string(),
            format!("Q{quarter} {year}"),
            format!("{quarter}. kvartal {year}"),
            format!("K{quarter}-{year}"),
        ] {
            let got = parse(&text).unwrap();
            prop_assert_eq!((got.from, got.to), (want, want), "{}", text);
        }
        prop_assert_eq!(Quarter::from_index(want.index()), want);
        prop_assert_eq!(Quarter::of(want.first_day()), want);
        prop_assert_eq!(Quarter::of(want.last_day()), want);
    }

    #[test]
    fn any_date_falls_in_its_quarter(year in 1900i16..=2200, month in 1i8..=12, day in 1i8..=28) {
        let d = Date::new(year, month, day).unwrap();
        let got = parse(&crate::date::iso(d)).unwrap();
        prop_assert_eq!((got.from, got.to), (Quarter::of(d), Quarter::of(d)));
        prop_assert!(got.from.first_day() <= d && d <= got.to.last_day());
    }

    #[test]
    fn any_text_reads_or_is_refused_and_spans_run_forwards(text in "\\PC{0,40}") {
        if let Ok(s) = parse(&text) {
            prop_assert!(s.from <= s.to);
            prop_assert!((1900..=2200).contains(&s.from.year) && (1900..=2200).contains(&s.to.year));
        }
    }

    #[test]
    fn targets_of_digits_and_separators_never_panic(text in "[0-9QHKqhk .:/–-]{0,24}") {
        let _ = parse(&text);
    }
}
