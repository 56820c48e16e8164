//! `gov validate --history`: findings read from the governance history,
//! in repositories built commit by commit with fixed authors and dates.

use crate::env::TestEnv;

const AGNETE: (&str, &str) = ("Agnete Moos", "agnete@sonderborg.dk");
const OLE: (&str, &str) = ("Ole Berg", "ole@odense.dk");

fn decision(status: &str, text: &str) -> String {
    format!(
        "---\nid: DEC-0001\ntitle: Kiosk-tilstand\nstatus: {status}\ndeciders: Styregruppen\n---\n\n# Kiosk-tilstand\n\n{text}\n"
    )
}

/// (path, line, code, message) of each diagnostic.
fn findings(env: &TestEnv) -> (i32, Vec<(String, u64, String, String)>) {
    let run = env.gov(&["--lang", "en", "validate", "--history", "--format", "json"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let list = json
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["code"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (run.code, list)
}

fn commit(env: &TestEnv, who: (&str, &str), date: &str, message: &str) {
    env.commit_as(who.0, who.1, &format!("{date}T10:00:00+01:00"), message);
}

#[test]
fn a_status_moving_backwards_names_commit_author_and_date() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision("proposed", "Kiosk mode by default."),
    );
    commit(
        &env,
        AGNETE,
        "2026-01-05",
        "Create decisions/DEC-0001-kiosk.md",
    );
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision("accepted", "Kiosk mode by default."),
    );
    commit(
        &env,
        AGNETE,
        "2026-01-10",
        "Update decisions/DEC-0001-kiosk.md",
    );
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision("Forslag", "Kiosk mode by default."),
    );
    commit(
        &env,
        OLE,
        "2026-02-01",
        "Update decisions/DEC-0001-kiosk.md",
    );
    let (code, list) = findings(&env);
    assert_eq!(code, 1);
    assert_eq!(list.len(), 1, "{list:?}");
    let (path, line, rule, message) = &list[0];
    assert_eq!(
        (path.as_str(), *line, rule.as_str()),
        ("decisions/DEC-0001-kiosk.md", 4, "GOV070")
    );
    assert!(
        message.starts_with("status moved from `accepted` to `proposed` in "),
        "{message}"
    );
    assert!(
        message.ends_with(" by Ole Berg on 2026-02-01, which the workflow does not allow"),
        "{message}"
    );
    let plain = env.gov(&["validate"]);
    assert_eq!(plain.code, 0, "without --history nothing is read from git");
}

#[test]
fn decided_text_must_not_change_without_a_superseding_record() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision("accepted", "Kiosk mode by default."),
    );
    commit(
        &env,
        AGNETE,
        "2026-01-05",
        "Create decisions/DEC-0001-kiosk.md",
    );
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision("accepted", "Kiosk mode only on request."),
    );
    commit(
        &env,
        OLE,
        "2026-03-02",
        "Update decisions/DEC-0001-kiosk.md",
    );
    let (code, list) = findings(&env);
    assert_eq!(code, 1);
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0].2, "GOV071");
    assert!(
        list[0].3.contains("by Ole Berg on 2026-03-02"),
        "{}",
        list[0].3
    );
}

/// A deliberate correction of decided text is named in the record
/// (`amended:` with the commit and why) and is then the decided text; an
/// entry without a reason, or naming another commit, acknowledges nothing,
/// and an edit after the correction is reported again.
#[test]
fn an_amendment_named_in_the_record_is_the_decided_text_from_then_on() {
    let env = TestEnv::english();
    let path = "decisions/DEC-0001-kiosk.md";
    env.write(path, &decision("accepted", "Kiosk mode by default."));
    commit(&env, AGNETE, "2026-01-05", "Create");
    env.write(
        path,
        &decision("accepted", "Kiosk mode by default (typo fixed)."),
    );
    commit(&env, OLE, "2026-03-02", "Update");
    let fixed = env.git(&["rev-parse", "HEAD"]).trim().to_string();
    let with = |entry: &str, text: &str| {
        decision("accepted", text).replacen(
            "deciders: Styregruppen\n",
            &format!("deciders: Styregruppen\namended:\n{entry}"),
            1,
        )
    };
    let reason = format!("  - commit: {}\n    reason: a typo\n", &fixed[..7]);
    for (entry, clean) in [
        (reason.clone(), true),
        (
            format!("  - commit: {}\n    reason: \"\"\n", &fixed[..7]),
            false,
        ),
        (
            format!("  - commit: {}\n    reason: a typo\n", &fixed[..6]),
            false,
        ),
        (
            "  - commit: 0000000\n    reason: a typo\n".to_string(),
            false,
        ),
    ] {
        // Only the front matter changes: not an edit of the decided text.
        env.write(path, &with(&entry, "Kiosk mode by default (typo fixed)."));
        let (code, list) = findings(&env);
        let codes: Vec<&str> = list.iter().map(|d| d.2.as_str()).collect();
        if clean {
            assert_eq!((code, codes), (0, vec![]), "{entry}");
        } else {
            // (The schema also refuses an empty reason or a short hash: GOV010.)
            assert!(codes.contains(&"GOV071"), "{entry}: {codes:?}");
        }
    }
    env.write(path, &with(&reason, "Kiosk mode by default (typo fixed)."));
    commit(&env, OLE, "2026-03-03", "Name the amendment");
    assert_eq!(findings(&env).0, 0);
    env.write(path, &with(&reason, "Kiosk mode only on request."));
    commit(&env, OLE, "2026-03-09", "Update again");
    let (code, list) = findings(&env);
    assert_eq!(code, 1);
    assert!(list[0].3.contains("on 2026-03-09"), "{}", list[0].3);
}

#[test]
fn superseding_properly_is_clean() {
    let mut env = TestEnv::english();
    env.gov(&["new", "decision", "--title", "Kiosk-tilstand"])
        .ok();
    env.gov(&["set", "DEC-0001", "status=accepted"]).ok();
    env.commit("Create DEC-0001");
    env.gov(&[
        "new",
        "decision",
        "--title",
        "Kiosk-tilstand 2",
        "--supersedes",
        "DEC-0001",
    ])
    .ok();
    env.commit("Create DEC-0002");
    assert_eq!(findings(&env), (0, vec![]));
}

#[test]
fn approved_minutes_edited_afterwards_are_a_warning() {
    let env = TestEnv::english();
    let meeting = |status: &str, text: &str| {
        format!(
            "---\nid: MTG-0001\ntitle: Styregruppemøde\nstatus: {status}\ndate: 2026-01-05\n---\n\n{text}\n"
        )
    };
    env.write(
        "meetings/MTG-0001-styregruppe.md",
        &meeting("minutes_ready", "Minutes."),
    );
    commit(&env, AGNETE, "2026-01-06", "Create");
    env.write(
        "meetings/MTG-0001-styregruppe.md",
        &meeting("Referat godkendt", "Minutes."),
    );
    commit(&env, AGNETE, "2026-01-20", "Update");
    env.write(
        "meetings/MTG-0001-styregruppe.md",
        &meeting("Referat godkendt", "Minutes, edited."),
    );
    commit(&env, OLE, "2026-02-03", "Update");
    let (code, list) = findings(&env);
    assert_eq!(code, 0, "a warning does not fail");
    let rules: Vec<&str> = list.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(rules, ["GOV072"]);
}

#[test]
fn an_approval_by_a_non_member_is_reported() {
    let env = TestEnv::english();
    env.write(
        "gov.yaml",
        "lang: en\nbodies:\n  styregruppe:\n    label: { da: Styregruppen, en: Steering committee }\n    members:\n      - { name: Agnete Moos, email: agnete@sonderborg.dk }\napproval:\n  decision: { bodies: [styregruppe] }\n",
    );
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision("proposed", "Kiosk."),
    );
    commit(&env, AGNETE, "2026-01-05", "Create");
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision("accepted", "Kiosk."),
    );
    commit(&env, OLE, "2026-01-10", "Update");
    let (code, list) = findings(&env);
    assert_eq!(code, 1);
    let rules: Vec<&str> = list.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(rules, ["GOV074", "GOV074"], "{list:?}");
    assert!(
        list[0].3.contains("Ole Berg is not a member"),
        "{}",
        list[0].3
    );
    assert!(list[1].3.contains("quorum"), "{}", list[1].3);
}
