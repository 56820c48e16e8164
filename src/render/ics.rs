//! `gov calendar --format ics`: the calendar model as iCalendar (RFC
//! 5545) for mail clients. Lines end in CRLF and are folded at 75 octets
//! (never inside a character); text is escaped; UIDs are stable
//! (`<key>@<forge host/path or repository name>`, the key being the event
//! and its rule's date, or the meeting's ID: DEC-0046); `DTSTAMP` is the
//! HEAD commit's time, so the same commit gives the same bytes; timed
//! entries are in Europe/Copenhagen with a `VTIMEZONE` whose rules are
//! checked against the time zone database for 2026-2035 (DEC-0048);
//! all-day entries are `DATE` values.

use jiff::civil::Date;

use super::style::Style;
use crate::cycle::State;
use crate::i18n::{Lang, Msg};
use crate::report::{Calendar, Entry};

/// The time zone of every timed entry.
pub const TZID: &str = "Europe/Copenhagen";

/// Europe/Copenhagen since 1996: CET, and CEST from the last Sunday of
/// March at 02:00 to the last Sunday of October at 03:00 local time
/// (01:00 UTC both).
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Copenhagen",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// What an iCalendar file needs besides the model.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    /// The right-hand side of every UID: the forge's host and path
    /// (`github.com/OS2borgerPC/styring`), else the repository's name.
    pub domain: &'a str,
    /// `DTSTAMP`, in seconds since the epoch: the HEAD commit's time.
    pub time: i64,
}

/// The calendar as iCalendar text.
pub fn render(calendar: &Calendar, stamp: Stamp<'_>, st: &Style<'_>) -> String {
    let mut out = String::new();
    let mut line = |text: &str| fold_into(&mut out, text);
    let lang = match st.lang() {
        Lang::Da => "DA",
        Lang::En => "EN",
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!(
        "PRODID:-//gov//gov {}//{lang}",
        env!("CARGO_PKG_VERSION")
    ));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", text(st.t(Msg::CalendarName))));
    line(&format!("X-WR-TIMEZONE:{TZID}"));
    for l in VTIMEZONE {
        line(l);
    }
    let dtstamp = utc(stamp.time);
    for e in &calendar.entries {
        event(e, &dtstamp, stamp.domain, st, &mut line);
    }
    line("END:VCALENDAR");
    out
}

fn event(e: &Entry, dtstamp: &str, domain: &str, st: &Style<'_>, line: &mut impl FnMut(&str)) {
    line("BEGIN:VEVENT");
    line(&format!("UID:{}", text(&format!("{}@{domain}", e.key))));
    line(&format!("DTSTAMP:{dtstamp}"));
    match e.start {
        Some(start) => {
            line(&format!("DTSTART;TZID={TZID}:{}", local(e.date, start)));
            if let Some(end) = e.end {
                line(&format!("DTEND;TZID={TZID}:{}", local(e.date, end)));
            }
        }
        None => {
            line(&format!("DTSTART;VALUE=DATE:{}", day(e.date)));
            let next = e.date.tomorrow().unwrap_or(e.date);
            line(&format!("DTEND;VALUE=DATE:{}", day(next)));
        }
    }
    line(&format!("SUMMARY:{}", text(&e.title)));
    if let Some(place) = &e.place {
        line(&format!("LOCATION:{}", text(place)));
    }
    if let Some(body) = &e.body_label {
        line(&format!("CATEGORIES:{}", text(body)));
    }
    let note = super::calendar::note(e, st);
    if !note.is_empty() {
        line(&format!("DESCRIPTION:{}", text(&note)));
    }
    let (status, sequence) = match e.state {
        State::Planned => ("CONFIRMED", 0),
        State::Moved => ("CONFIRMED", 1),
        State::Cancelled => ("CANCELLED", 1),
    };
    line(&format!("STATUS:{status}"));
    line(&format!("SEQUENCE:{sequence}"));
    line("END:VEVENT");
}

/// `20260305`.
fn day(d: Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

/// `20260305T130000`, local time.
fn local(d: Date, t: jiff::civil::Time) -> String {
    format!("{}T{:02}{:02}00", day(d), t.hour(), t.minute())
}

/// `20260101T090000Z`.
fn utc(seconds: i64) -> String {
    let ts = jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    ts.to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon and comma
/// escaped, a line break as `\n`, other control characters left out (a
/// TEXT value may not hold them).
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded at 75 octets (RFC 5545 3.1): a
/// continuation line starts with a space, and no character is split.
pub fn fold_into(out: &mut String, line: &str) {
    let mut room = 75;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > room {
            out.push_str("\r\n ");
            used = 0;
            room = 74;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{Weekday, date};

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "æ".repeat(60));
        fold_into(&mut out, &line);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l:?} {}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
        let mut short = String::new();
        fold_into(&mut short, &"x".repeat(75));
        assert_eq!(short, format!("{}\r\n", "x".repeat(75)));
        let mut long = String::new();
        fold_into(&mut long, &"x".repeat(76));
        assert_eq!(long, format!("{}\r\n x\r\n", "x".repeat(75)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a,b;c\\d\ne\u{7}f"), "a\\,b\\;c\\\\d\\nef");
    }

    /// The day of the last Sunday of a month.
    fn last_sunday(year: i16, month: i8) -> Date {
        crate::cycle::day_in(
            crate::cycle::Day::Weekday {
                nth: crate::cycle::Nth::Last,
                weekday: Weekday::Sunday,
            },
            year,
            month,
        )
        .unwrap()
    }

    /// The offset the VTIMEZONE above gives at a UTC instant: summer time
    /// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
    /// Sunday of October.
    fn offset_by_our_rules(ts: jiff::Timestamp) -> i32 {
        let utc = ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).datetime();
        let y = utc.year();
        let start = last_sunday(y, 3).at(1, 0, 0, 0);
        let end = last_sunday(y, 10).at(1, 0, 0, 0);
        if utc >= start && utc < end { 2 } else { 1 }
    }

    #[test]
    fn the_vtimezone_agrees_with_the_time_zone_database_for_2026_to_2035() {
        let tz = jiff::tz::TimeZone::get(TZID).expect("the time zone database has Copenhagen");
        let hours = |ts: jiff::Timestamp| tz.to_offset(ts).seconds() / 3600;
        for year in 2026..=2035 {
            for month in [3, 10] {
                let change = last_sunday(year, month)
                    .at(1, 0, 0, 0)
                    .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .unwrap()
                    .timestamp();
                let before = change - jiff::SignedDuration::from_secs(1);
                assert_eq!(
                    hours(before),
                    offset_by_our_rules(before),
                    "{year}-{month} before"
                );
                assert_eq!(
                    hours(change),
                    offset_by_our_rules(change),
                    "{year}-{month} at"
                );
                assert_ne!(hours(before), hours(change), "{year}-{month}: a change");
            }
            // And every day of the year at noon UTC, so no other change hides.
            let mut d = date(year, 1, 1);
            while d.year() == year {
                let ts = d
                    .at(12, 0, 0, 0)
                    .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .unwrap()
                    .timestamp();
                assert_eq!(hours(ts), offset_by_our_rules(ts), "{d}");
                d = d.tomorrow().unwrap();
            }
        }
        // The rules written above are the ones checked here.
        assert!(VTIMEZONE.contains(&"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
        assert!(VTIMEZONE.contains(&"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
        assert!(VTIMEZONE.contains(&"DTSTART:19700329T020000"));
        assert!(VTIMEZONE.contains(&"DTSTART:19701025T030000"));
    }

    #[test]
    fn a_stamp_is_utc() {
        assert_eq!(utc(1_767_261_600), "20260101T100000Z");
    }
}
