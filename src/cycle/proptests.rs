//! Properties of the rule engine over many rules, windows and years.

use jiff::civil::{Date, Weekday};
use proptest::prelude::*;

use super::*;

const WEEKDAYS_DA: [&str; 7] = [
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
];
const WEEKDAYS_EN: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const ORDINALS_DA: [&str; 5] = ["første", "anden", "tredje", "fjerde", "femte"];
const ORDINALS_EN: [&str; 5] = ["first", "second", "third", "fourth", "fifth"];

fn weekday_of(i: usize) -> Weekday {
    Weekday::from_monday_zero_offset(i as i8).unwrap()
}

fn any_date() -> impl Strategy<Value = Date> {
    (2000i16..2100, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

fn any_day() -> impl Strategy<Value = Day> {
    prop_oneof![
        (1i8..=5, 0usize..7).prop_map(|(n, w)| Day::Weekday {
            nth: Nth::Number(n),
            weekday: weekday_of(w)
        }),
        (0usize..7).prop_map(|w| Day::Weekday {
            nth: Nth::Last,
            weekday: weekday_of(w)
        }),
        (1i8..=31).prop_map(Day::Date),
        Just(Day::LastDay),
    ]
}

proptest! {
    /// Whatever gov.yaml says, reading it is an answer, never a panic.
    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,40}", words in proptest::collection::vec("[0-9a-zæøå.]{0,9}", 0..5)) {
        let _ = Rule::parse(&text);
        let _ = Rule::parse(&words.join(" "));
        let _ = (period(&text), month(&text), ordinal(&text), day_of_month(&text), weekday(&text));
        let _ = time(&text);
    }

    /// The nth weekday is that weekday, in the nth week of the month;
    /// the last one has no other of its weekday after it in the month.
    #[test]
    fn a_weekday_rule_gives_that_weekday_in_its_place(
        n in 1i8..=5, w in 0usize..7, year in 1990i16..2200, month in 1i8..=12
    ) {
        let weekday = weekday_of(w);
        let length = Date::new(year, month, 1).unwrap().days_in_month();
        match day_in(Day::Weekday { nth: Nth::Number(n), weekday }, year, month) {
            Some(d) => {
                prop_assert_eq!(d.weekday(), weekday);
                prop_assert_eq!((d.month(), d.year()), (month, year));
                prop_assert!(d.day() > 7 * (n - 1) && d.day() <= 7 * n);
            }
            None => {
                let first = (1..=7).find(|d| Date::new(year, month, *d).unwrap().weekday() == weekday).unwrap();
                prop_assert!(n == 5 && first + 28 > length);
            }
        }
        let last = day_in(Day::Weekday { nth: Nth::Last, weekday }, year, month).unwrap();
        prop_assert_eq!(last.weekday(), weekday);
        prop_assert!(last.day() + 7 > length);
    }

    /// Danish and English words, as numbers or as words, read as the same rule.
    #[test]
    fn written_rules_read_back(n in 0usize..5, w in 0usize..7, m in 0usize..12, with_month: bool, last: bool) {
        let month = with_month.then_some(m as i8 + 1);
        let nth = if last { Nth::Last } else { Nth::Number(n as i8 + 1) };
        let want = Rule::Monthly { day: Day::Weekday { nth, weekday: weekday_of(w) }, month };
        let (ord_da, ord_en) = if last {
            ("sidste".to_string(), "last".to_string())
        } else {
            (ORDINALS_DA[n].to_string(), ORDINALS_EN[n].to_string())
        };
        let numbered = if last { "sidste".to_string() } else { format!("{}.", n + 1) };
        let in_da = month.map(|_| format!(" i {}", crate::date::MONTHS_DA[m])).unwrap_or_default();
        let in_en = month.map(|_| format!(" of {}", crate::date::MONTHS_EN[m])).unwrap_or_default();
        for text in [
            format!("{ord_da} {}{in_da}", WEEKDAYS_DA[w]),
            format!("{numbered} {}{in_da}", WEEKDAYS_DA[w].to_uppercase()),
            format!("{ord_en} {}{in_en}", WEEKDAYS_EN[w]),
        ] {
            prop_assert_eq!(Rule::parse(&text), Ok(want), "{}", text);
        }
    }

    /// Occurrences are in order, once each, inside the window, and the
    /// window can be cut anywhere without losing or adding one.
    #[test]
    fn windows_split_without_loss(
        day in any_day(), period in prop_oneof![Just(1u8), Just(2), Just(3), Just(4), Just(6), Just(12)],
        a in any_date(), len in 0i32..2000, cut in 0i32..2000
    ) {
        let rule = Rule::Monthly { day, month: None };
        let s = Schedule::new(rule, Some(period), Vec::new(), None, None).unwrap();
        let b = a.checked_add(jiff::Span::new().days(len)).unwrap();
        let all = s.rule_dates(a, b);
        prop_assert!(all.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(all.iter().all(|d| *d >= a && *d <= b && s.gives(*d)));
        let c = a.checked_add(jiff::Span::new().days(cut.min(len))).unwrap();
        let mut joined = s.rule_dates(a, c);
        if let Ok(next) = c.tomorrow() {
            joined.extend(s.rule_dates(next, b));
        }
        prop_assert_eq!(&joined, &all);
        // One a month in the months of the cycle, none in the others.
        for d in &all {
            let months = i32::from(d.year()) * 12 + i32::from(d.month()) - 1 - 24000;
            prop_assert_eq!(months.rem_euclid(i32::from(period)), 0);
        }
    }

    /// An exception acts on its date alone: a skip takes one away, a
    /// cancellation keeps the count, a move keeps it when both days are in
    /// the window.
    #[test]
    fn exceptions_act_on_their_date_alone(year in 2000i16..2100, pick in 0usize..12, kind in 0u8..3, shift in 1i32..6) {
        let rule = Rule::parse("2. tirsdag").unwrap();
        let s = Schedule::new(rule, None, Vec::new(), None, None).unwrap();
        let (first, last) = (Date::new(year, 1, 1).unwrap(), Date::new(year, 12, 31).unwrap());
        let dates = s.rule_dates(first, last);
        prop_assert_eq!(dates.len(), 12);
        let d = dates[pick];
        let to = d.checked_add(jiff::Span::new().days(shift)).unwrap();
        let e = match kind {
            0 => Exception::Skip(d),
            1 => Exception::Cancelled(d),
            _ => Exception::Moved { from: d, to },
        };
        let got = s.clone().with_exceptions(vec![e]).unwrap().occurrences(first, last);
        let want = if kind == 0 { 11 } else { 12 };
        prop_assert_eq!(got.len(), want);
        for o in &got {
            if o.rule_date == d {
                prop_assert_eq!(o.state, if kind == 1 { State::Cancelled } else { State::Moved });
                prop_assert_eq!(o.date, if kind == 1 { d } else { to });
            } else {
                prop_assert_eq!((o.state, o.date), (State::Planned, o.rule_date));
            }
        }
        prop_assert!(got.windows(2).all(|w| w[0].date <= w[1].date));
    }
}
