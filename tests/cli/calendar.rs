//! `gov calendar`: the annual cycle of gov.yaml with the meetings on file,
//! checked against dates computed by hand, as a table and JSON in both
//! languages; a rule gov cannot read stops it at gov.yaml's line and column.

use crate::env::TestEnv;

/// Two bodies; a steering committee meeting every other month from
/// February (first Thursday, 13-14:30; August skipped, December moved), a
/// coordination group meeting every quarter (second Tuesday, July
/// cancelled), a members' meeting on the last Friday of November, a
/// budget deadline on 15 September; Maundy Thursday (2 April) a holiday.
pub const CYCLE: &str = r#"
bodies:
  styregruppe:
    label: { da: Styregruppen, en: Steering committee }
    aliases: [SG]
  koordinationsgruppe:
    label: { da: Koordinationsgruppen, en: Coordination group }
cycle:
  events:
    styregruppe:
      title: { da: Styregruppemøde, en: Steering committee meeting }
      body: styregruppe
      rule: 1. torsdag
      every: 2 måneder
      from: 2026-02-01
      start: "13:00"
      end: "14:30"
      place: Virtuel
      exceptions:
        - skip: 2026-08-06
        - moved: 2026-12-03
          to: 2026-12-10
    koordinering:
      title: { da: Koordinationsgruppemøde, en: Coordination group meeting }
      body: koordinationsgruppe
      rule: second tuesday
      every: quarter
      start: "09:00"
      end: "10:00"
      exceptions:
        - cancelled: 2026-07-14
    medlemsmoede:
      title: { da: Medlemsmøde, en: Members' meeting }
      rule: sidste fredag i november
    budget:
      title: { da: Budgetfrist, en: Budget deadline }
      body: SG
      rule: 15. september
  skip: [2026-04-02]
"#;

/// A repository with the cycle and three meetings on file: the June
/// steering committee meeting held five days late in Sønderborg, an extra
/// coordination group meeting in May, and the October one cancelled.
pub fn with_cycle(env: TestEnv) -> TestEnv {
    let config = env.read("gov.yaml");
    env.write("gov.yaml", &format!("{config}{CYCLE}"));
    env.write(
        "meetings/MTG-0001-juni.md",
        "---\nid: MTG-0001\ntitle: Styregruppemøde juni\nstatus: Afholdt\ndate: 2026-06-09\nbody: styregruppe\nplace: Sønderborg Rådhus\n---\n# Styregruppemøde juni\n",
    );
    env.write(
        "meetings/MTG-0002-ekstra.md",
        "---\nid: MTG-0002\ntitle: Ekstra koordinationsmøde\nstatus: Planlagt\ndate: 2026-05-20\nbody: Koordinationsgruppen\nstart: \"10:00\"\n---\n# Ekstra\n",
    );
    env.write(
        "meetings/MTG-0003-oktober.md",
        "---\nid: MTG-0003\ntitle: Styregruppemøde oktober\nstatus: Aflyst\ndate: 2026-10-01\nbody: Styregruppen\n---\n# Oktober\n",
    );
    env
}

fn entries(env: &TestEnv, args: &[&str]) -> Vec<(String, String, String)> {
    let mut all = vec!["calendar", "--format", "json"];
    all.extend(args);
    let json = env.gov(&all).json();
    json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or("-").to_string();
            (s("date"), s("key"), s("state"))
        })
        .collect()
}

#[test]
fn the_year_by_hand() {
    let env = with_cycle(TestEnv::new());
    let got = entries(&env, &[]);
    let want = [
        ("2026-01-13", "koordinering-20260113", "planned"),
        ("2026-02-05", "styregruppe-20260205", "planned"),
        // 2 April, Maundy Thursday, is a holiday.
        ("2026-04-14", "koordinering-20260414", "planned"),
        // No occurrence within 14 days: a meeting of its own.
        ("2026-05-20", "MTG-0002", "planned"),
        // The meeting on file, five days after the rule's 4 June.
        ("2026-06-09", "styregruppe-20260604", "moved"),
        ("2026-07-14", "koordinering-20260714", "cancelled"),
        ("2026-09-15", "budget-20260915", "planned"),
        ("2026-10-01", "styregruppe-20261001", "cancelled"),
        ("2026-10-13", "koordinering-20261013", "planned"),
        ("2026-11-27", "medlemsmoede-20261127", "planned"),
        ("2026-12-10", "styregruppe-20261203", "moved"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_window_and_a_body() {
    let env = with_cycle(TestEnv::new());
    let got = entries(
        &env,
        &[
            "--from",
            "1.6.2026",
            "--to",
            "2026-12-31",
            "--body",
            "Steering committee",
        ],
    );
    let dates: Vec<&str> = got.iter().map(|(d, _, _)| d.as_str()).collect();
    assert_eq!(
        dates,
        ["2026-06-09", "2026-09-15", "2026-10-01", "2026-12-10"]
    );
    // The default window is GOV_TODAY's year (2026-11-28).
    let next = entries(&env, &["--from", "2027-01-01"]);
    assert_eq!(next.first().unwrap().1, "koordinering-20270112");
    assert_eq!(next.last().unwrap().1, "styregruppe-20271202");
}

#[test]
fn table_and_json_in_both_languages() {
    let env = with_cycle(TestEnv::new());
    let wide = [("COLUMNS", "150")];
    insta::assert_snapshot!("calendar_da", env.gov_with(&["calendar"], &wide).ok());
    insta::assert_snapshot!(
        "calendar_en",
        env.gov_with(&["--lang", "en", "calendar"], &wide).ok()
    );
    insta::assert_snapshot!(
        "calendar_json",
        env.gov(&[
            "calendar",
            "--from",
            "2026-06-01",
            "--to",
            "2026-07-31",
            "--format",
            "json"
        ])
        .ok()
    );
    crate::words::assert_danish("gov calendar", &env.gov(&["calendar"]));
    let empty = env.gov(&["calendar", "--body", "ingen"]);
    assert_eq!(
        empty.ok(),
        "Intet i årshjulet fra 1. januar 2026 til 31. december 2026.\n"
    );
}

#[test]
fn a_rule_gov_cannot_read_is_an_error_at_its_line_and_column() {
    let env = TestEnv::new();
    let config = env.read("gov.yaml");
    let lines = config.lines().count();
    env.write(
        "gov.yaml",
        &format!("{config}cycle:\n  events:\n    sg:\n      title: Styregruppemøde\n      rule: 1. tors\n"),
    );
    let place = format!("[ROOT]/gov.yaml:{}:13", lines + 5);
    let da = env.gov(&["calendar"]);
    let err = da.fails(2);
    assert!(err.contains(&place), "{err}");
    assert!(
        err.contains("cycle.events.sg.rule: `1. tors` er ikke en regel, gov kan læse"),
        "{err}"
    );
    crate::words::assert_danish("gov calendar with a bad rule", &da);
    let en = env.gov(&["--lang", "en", "calendar"]);
    let err = en.fails(2);
    assert!(err.contains(&place), "{err}");
    assert!(
        err.contains("`1. tors` is not a rule gov can read"),
        "{err}"
    );
    // Every command refuses it, not only the calendar.
    assert!(env.gov(&["list"]).fails(2).contains(&place));
}

#[test]
fn an_exception_on_a_day_the_rule_does_not_give_is_refused() {
    let env = TestEnv::english();
    let config = env.read("gov.yaml");
    env.write(
        "gov.yaml",
        &format!("{config}cycle:\n  events:\n    sg:\n      title: x\n      rule: first thursday\n      every: 2 months\n      exceptions:\n        - skip: 2026-02-05\n"),
    );
    let err = env.gov(&["calendar"]).fails(2).to_string();
    assert!(
        err.contains("cycle.events.sg.exceptions.0: the rule does not give 2026-02-05"),
        "{err}"
    );
    let env = TestEnv::english();
    let err = env
        .gov(&["calendar", "--from", "2026-03-01", "--to", "2026-02-01"])
        .fails(2)
        .to_string();
    assert_eq!(
        err,
        "error: `--to` (2026-02-01) is before `--from` (2026-03-01)\n"
    );
}

#[test]
fn the_nearest_meeting_takes_the_occurrence() {
    let env = with_cycle(TestEnv::new());
    // 22 January is 14 days before the rule's 5 February, 4 February one day:
    // the later file is nearer and takes it, the earlier stands alone.
    for (id, day) in [("MTG-0005", "2026-01-22"), ("MTG-0006", "2026-02-04")] {
        env.write(
            &format!("meetings/{id}-x.md"),
            &format!("---\nid: {id}\ntitle: Møde\nstatus: Planlagt\ndate: {day}\nbody: sg\n---\n"),
        );
    }
    let got = entries(&env, &["--from", "2026-01-20", "--to", "2026-02-10"]);
    assert_eq!(
        got,
        [
            (
                "2026-01-22".to_string(),
                "MTG-0005".to_string(),
                "planned".to_string()
            ),
            (
                "2026-02-04".into(),
                "styregruppe-20260205".into(),
                "moved".into()
            ),
        ]
    );
}
