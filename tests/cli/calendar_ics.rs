//! `gov calendar --format ics` read back with a real iCalendar parser
//! (the `icalendar` crate): recurrence dates against dates computed by
//! hand, times around the changes to and from summer time, stable UIDs,
//! the same bytes for the same commit, folding and escaping.

use icalendar::parser::{Component, read_calendar, unfold};

use crate::calendar::with_cycle;
use crate::env::TestEnv;

/// The events of an iCalendar text: (UID, DTSTART with its TZID, the
/// component), after checking every line ends in CRLF within 75 octets.
fn events(ics: &str) -> Vec<(String, String, String)> {
    assert!(ics.ends_with("\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{line:?}");
        assert!(!line.contains('\n'), "{line:?}");
    }
    let unfolded = unfold(ics);
    let cal = read_calendar(&unfolded).expect("parses as iCalendar");
    assert!(
        cal.properties
            .iter()
            .any(|p| p.name.as_str() == "VERSION" && p.val.as_str() == "2.0")
    );
    cal.components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|e| {
            let start = prop(e, "DTSTART");
            let tz = e
                .find_prop("DTSTART")
                .and_then(|p| p.params.iter().find(|x| x.key.as_str() == "TZID"))
                .and_then(|x| x.val.as_ref().map(|v| v.as_str().to_string()))
                .unwrap_or_default();
            (prop(e, "UID"), start, tz)
        })
        .collect()
}

fn prop(e: &Component<'_>, name: &str) -> String {
    e.find_prop(name)
        .map(|p| p.val.clone().unescape_text().as_str().to_string())
        .unwrap_or_default()
}

fn ics(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["calendar", "--format", "ics"];
    all.extend(args);
    env.gov(&all).ok().to_string()
}

#[test]
fn the_year_parses_with_the_dates_by_hand() {
    let mut env = with_cycle(TestEnv::new());
    env.commit("cycle");
    let text = ics(&env, &[]);
    let got = events(&text);
    let domain = env
        .root()
        .canonicalize()
        .unwrap()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let want = [
        ("koordinering-20260113", "20260113T090000"),
        ("styregruppe-20260205", "20260205T130000"),
        ("koordinering-20260414", "20260414T090000"),
        ("MTG-0002", "20260520T100000"),
        ("styregruppe-20260604", "20260609T130000"),
        ("koordinering-20260714", "20260714T090000"),
        ("budget-20260915", "20260915"),
        ("styregruppe-20261001", "20261001T130000"),
        ("koordinering-20261013", "20261013T090000"),
        ("medlemsmoede-20261127", "20261127"),
        ("styregruppe-20261203", "20261210T130000"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(uid, start)| {
            let tz = if start.len() > 8 {
                "Europe/Copenhagen"
            } else {
                ""
            };
            (format!("{uid}@{domain}"), start.to_string(), tz.to_string())
        })
        .collect();
    assert_eq!(got, want);
    // All-day entries are DATE values ending the next day.
    assert!(text.contains("DTSTART;VALUE=DATE:20260915\r\nDTEND;VALUE=DATE:20260916\r\n"));
    // Cancelled and moved entries say so; the stamp is the commit's time
    // (2026-01-01 10:00 +01:00).
    assert!(text.contains("STATUS:CANCELLED\r\nSEQUENCE:1\r\n"));
    assert_eq!(text.matches("DTSTAMP:20260101T090000Z\r\n").count(), 11);
    assert!(text.contains("X-WR-CALNAME:Årshjul\r\n"));
}

#[test]
fn the_same_commit_gives_the_same_bytes_and_uids_survive_a_meeting_file() {
    let mut env = with_cycle(TestEnv::new());
    env.commit("cycle");
    let first = ics(&env, &[]);
    assert_eq!(first, ics(&env, &[]));
    env.write("NOTES.txt", "a later commit\n");
    env.commit("again");
    let second = ics(&env, &[]);
    assert_eq!(
        first.replace("20260101T090000Z", "20260102T090000Z"),
        second,
        "only DTSTAMP follows HEAD"
    );
    let uids = |t: &str| -> Vec<String> { events(t).into_iter().map(|e| e.0).collect() };
    let before = uids(&second);
    // The February meeting is put on file, two days late: same UID, new day.
    env.write(
        "meetings/MTG-0004-feb.md",
        "---\nid: MTG-0004\ntitle: Styregruppemøde februar\nstatus: Planlagt\ndate: 2026-02-07\nbody: styregruppe\n---\n",
    );
    let after = ics(&env, &[]);
    assert_eq!(before, uids(&after));
    assert!(after.contains("DTSTART;TZID=Europe/Copenhagen:20260207T130000"));
}

#[test]
fn times_around_the_changes_of_summer_time() {
    let env = TestEnv::english();
    let config = env.read("gov.yaml");
    env.write(
        "gov.yaml",
        &format!(
            "{config}forge_url: https://github.com/OS2borgerPC/styring\ncycle:\n  events:\n    lor:\n      title: Lørdag\n      rule: last saturday\n      months: [march, october]\n      start: \"13:00\"\n      end: \"14:00\"\n    son:\n      title: Søndag\n      rule: sidste søndag\n      months: [marts, oktober]\n      start: \"13:00\"\n"
        ),
    );
    let text = ics(&env, &["--from", "2027-01-01"]);
    let got = events(&text);
    // By hand: 2027's last Saturdays and Sundays of March and October.
    let starts: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(
        starts,
        [
            "20270327T130000",
            "20270328T130000",
            "20271030T130000",
            "20271031T130000"
        ]
    );
    assert_eq!(got[0].0, "lor-20270327@github.com/OS2borgerPC/styring");
    // Local 13:00 in UTC: 12:00 in winter time, 11:00 in summer time.
    let tz = jiff::tz::TimeZone::get("Europe/Copenhagen").unwrap();
    let utc: Vec<String> = got
        .iter()
        .map(|(_, start, tzid)| {
            assert_eq!(tzid, "Europe/Copenhagen");
            let local: jiff::civil::DateTime = jiff::fmt::strtime::parse("%Y%m%dT%H%M%S", start)
                .unwrap()
                .to_datetime()
                .unwrap();
            let ts = tz
                .to_ambiguous_zoned_datetime(local)
                .compatible()
                .unwrap()
                .timestamp();
            ts.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .strftime("%m-%d %H:%M")
                .to_string()
        })
        .collect();
    assert_eq!(
        utc,
        ["03-27 12:00", "03-28 11:00", "10-30 11:00", "10-31 12:00"]
    );
    // The VTIMEZONE the client reads says the same.
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).unwrap();
    let vtz = cal
        .components
        .iter()
        .find(|c| c.name.as_str() == "VTIMEZONE")
        .expect("a VTIMEZONE");
    assert_eq!(prop(vtz, "TZID"), "Europe/Copenhagen");
    let rule = |name: &str| {
        let c = vtz
            .components
            .iter()
            .find(|c| c.name.as_str() == name)
            .unwrap();
        (prop(c, "TZOFFSETTO"), prop(c, "RRULE"))
    };
    assert_eq!(
        rule("DAYLIGHT"),
        ("+0200".into(), "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU".into())
    );
    assert_eq!(
        rule("STANDARD"),
        ("+0100".into(), "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU".into())
    );
}

#[test]
fn text_is_escaped_and_long_lines_folded() {
    let env = TestEnv::new();
    let title = "Styregruppemøde; budget, strategi og prioritering af ændringsønsker for det kommende år\\2027";
    env.write(
        "meetings/MTG-0001-x.md",
        &format!("---\nid: MTG-0001\ntitle: \"{}\"\nstatus: Planlagt\ndate: 2026-03-05\nplace: \"Rådhuset, lokale 2\"\n---\n", title.replace('\\', "\\\\")),
    );
    let text = ics(&env, &[]);
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).unwrap();
    let e = cal
        .components
        .iter()
        .find(|c| c.name.as_str() == "VEVENT")
        .unwrap();
    assert_eq!(prop(e, "SUMMARY"), title);
    assert_eq!(prop(e, "LOCATION"), "Rådhuset, lokale 2");
    assert!(text.contains("SUMMARY:Styregruppemøde\\; budget\\, strategi"));
    assert!(text.contains("\r\n "), "a folded line");
}
