//! `gov roadmap`: plans and change requests placed by quarter from their
//! `target`, a plan's `period` or a change request's release (its tag in a
//! code repository, or its planned date in gov.yaml), and what could not
//! be placed listed apart with why (DEC-0053).

use crate::env::TestEnv;

fn write(env: &TestEnv, path: &str, front: &str) {
    env.write(path, &format!("---\n{front}---\n"));
}

/// Plans and change requests of every way to be placed or not, a code
/// repository `borgerpc` whose v2.4.0 was tagged on 15 October 2026, and
/// release 2.5.0 planned for the second half of 2027.
pub fn roadmap_repo(env: TestEnv) -> TestEnv {
    env.write(
        "gov.yaml",
        &format!(
            "{}repositories:\n  - {{ name: borgerpc, path: code/borgerpc }}\nroadmap:\n  releases:\n    \"2.5.0\": 2. halvår 2027\n",
            env.read("gov.yaml")
        ),
    );
    let code = env.code_repo("borgerpc");
    code.commit_as(
        "Jens",
        "jens@x.dk",
        "2026-10-14T10:00:00+02:00",
        "Printerdrivere\n\nRefs: CR-0001",
    );
    code.tag("v2.4.0", "2026-10-15T12:00:00+02:00");
    write(
        &env,
        "plans/PLAN-0001-strategi.md",
        "id: PLAN-0001\ntitle: Strategi 2026-2027\ntype: strategy\nstatus: Godkendt\nperiod: 2026-2027\n",
    );
    write(
        &env,
        "plans/PLAN-0002-klient.md",
        "id: PLAN-0002\ntitle: Ny klient til Ubuntu 24.04\ntype: roadmap\nstatus: Aktiv\ntarget: 1. halvår 2027\n",
    );
    write(
        &env,
        "plans/PLAN-0003-vision.md",
        "id: PLAN-0003\ntitle: Vision 2030\ntype: vision\nstatus: Udkast\n",
    );
    write(
        &env,
        "plans/PLAN-0004-gammel.md",
        "id: PLAN-0004\ntitle: Gammel plan\nstatus: Arkiveret\nperiod: 2026\n",
    );
    write(
        &env,
        "backlog/CR-0001-printer.md",
        "id: CR-0001\ntitle: Printerdrivere\nstatus: Leveret\ntarget_release: 2.4.0\n",
    );
    write(
        &env,
        "backlog/CR-0002-kiosk.md",
        "id: CR-0002\ntitle: Kiosk-tilstand\nstatus: Planlagt\ntarget_release: v2.5.0\n",
    );
    write(
        &env,
        "backlog/CR-0003-sso.md",
        "id: CR-0003\ntitle: Single sign-on med MitID Erhverv\nstatus: I gang\ntarget: Q2 2027\n",
    );
    write(
        &env,
        "backlog/CR-0004-openssl.md",
        "id: CR-0004\ntitle: Opdater OpenSSL\nstatus: Godkendt\ntarget: snart\n",
    );
    write(
        &env,
        "backlog/CR-0005-ny.md",
        "id: CR-0005\ntitle: Indmeldt ønske\nstatus: Indmeldt\ntarget: 2027-Q1\n",
    );
    write(
        &env,
        "backlog/CR-0006-usb.md",
        "id: CR-0006\ntitle: USB-sikkerhed\nstatus: Godkendt\ntarget_release: 3.0.0\n",
    );
    write(
        &env,
        "backlog/CR-0007-tidligt.md",
        "id: CR-0007\ntitle: Tidligere leverance\nstatus: Leveret\ntarget: 2025-H2\n",
    );
    env
}

#[test]
fn records_are_placed_by_target_period_or_release() {
    let env = roadmap_repo(TestEnv::new());
    let json = env.gov(&["roadmap", "--format", "json"]).json();
    assert_eq!(
        (json["from"].as_str(), json["to"].as_str()),
        (Some("2026-Q1"), Some("2027-Q4"))
    );
    assert_eq!(json["today"], "2026-11-28");
    let placed: Vec<String> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!(
                "{} {}..{} {}",
                i["id"].as_str().unwrap(),
                i["from"].as_str().unwrap(),
                i["to"].as_str().unwrap(),
                i["target"]["field"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        placed,
        [
            "PLAN-0001 2026-Q1..2027-Q4 period",
            "CR-0001 2026-Q4..2026-Q4 target_release",
            "PLAN-0002 2027-Q1..2027-Q2 target",
            "CR-0003 2027-Q2..2027-Q2 target",
            "CR-0002 2027-Q3..2027-Q4 target_release",
        ],
        "the archived plan and the submitted request are not on the roadmap"
    );
    assert_eq!(
        json["items"][1]["target"]["tag"], "v2.4.0",
        "the tag of the code repository"
    );
    assert_eq!(json["items"][1]["target"]["tagged"], "2026-10-15");
    assert_eq!(json["items"][4]["target"]["planned"], true);
    assert_eq!(json["outside"][0]["id"], "CR-0007");
    let apart: Vec<(&str, &str)> = json["unplaced"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["id"].as_str().unwrap(), u["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(
        apart,
        [
            ("CR-0004", "unreadable"),
            ("CR-0006", "release_not_dated"),
            ("PLAN-0003", "no_target"),
        ]
    );
}

#[test]
fn markdown_in_both_languages_lists_what_is_not_placed_and_why() {
    let env = roadmap_repo(TestEnv::new());
    insta::assert_snapshot!("roadmap_da", env.gov(&["roadmap"]).ok());
    insta::assert_snapshot!(
        "roadmap_en",
        env.gov(&["--lang", "en", "roadmap", "--format", "markdown"])
            .ok()
    );
}

#[test]
fn the_window_follows_from_and_to_and_a_tag_wins_over_the_plan() {
    let env = roadmap_repo(TestEnv::new());
    let json = env
        .gov(&[
            "roadmap",
            "--from",
            "1.7.2025",
            "--to",
            "2025-12-31",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(
        (json["from"].as_str(), json["to"].as_str()),
        (Some("2025-Q3"), Some("2025-Q4"))
    );
    let ids: Vec<&str> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["CR-0007"]);
    assert_eq!(json["outside"].as_array().unwrap().len(), 5);
    // Once 2.5.0 is tagged, the tag dates it, not gov.yaml's plan.
    let code = crate::env::TestEnv::code_repo(&env, "borgerpc");
    code.commit_as("Jens", "jens@x.dk", "2027-02-01T10:00:00+01:00", "Kiosk");
    code.tag("v2.5.0", "2027-02-02T10:00:00+01:00");
    let json = env.gov(&["roadmap", "--format", "json"]).json();
    let kiosk = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "CR-0002")
        .unwrap();
    assert_eq!(
        (kiosk["from"].as_str(), kiosk["target"]["tag"].as_str()),
        (Some("2027-Q1"), Some("v2.5.0"))
    );
    assert!(kiosk["target"].get("planned").is_none());
    let back = env.gov(&["roadmap", "--from", "2027-01-01", "--to", "2026-01-01"]);
    assert_eq!(
        back.fails(2),
        "fejl: `--to` (2026-01-01) ligger før `--from` (2027-01-01)\n"
    );
}

#[test]
fn a_planned_release_date_gov_cannot_read_stops_at_its_line() {
    let env = TestEnv::new();
    env.write(
        "gov.yaml",
        &format!(
            "{}roadmap:\n  releases:\n    \"2.4.0\": til sommer\n",
            env.read("gov.yaml")
        ),
    );
    let err = env.gov(&["roadmap"]).fails(2).to_string();
    assert!(err.contains("gov.yaml:"), "{err}");
    assert!(
        err.contains("roadmap.releases.2.4.0: `til sommer` er hverken et kvartal, et halvår, et år, en måned eller en dato"),
        "{err}"
    );
    let err = env.gov(&["--lang", "en", "list"]).fails(2).to_string();
    assert!(
        err.contains("`til sommer` is not a quarter"),
        "every command refuses it: {err}"
    );
}

#[test]
fn a_missing_code_repository_is_a_warning_and_its_release_is_not_placed() {
    let env = TestEnv::new();
    env.write(
        "gov.yaml",
        &format!(
            "{}repositories:\n  - {{ name: borgerpc, path: ../ingen-klon }}\n",
            env.read("gov.yaml")
        ),
    );
    write(
        &env,
        "backlog/CR-0001-x.md",
        "id: CR-0001\ntitle: X\nstatus: Planlagt\ntarget_release: 2.4.0\n",
    );
    let run = env.gov(&["roadmap", "--format", "json"]);
    let json = run.json();
    assert_eq!(json["unplaced"][0]["reason"], "release_not_dated");
    assert!(run.stderr.contains("borgerpc"), "{}", run.stderr);
    // Without a request placed by its release, no tags are read and nothing is said.
    write(
        &env,
        "backlog/CR-0001-x.md",
        "id: CR-0001\ntitle: X\nstatus: Planlagt\ntarget: 2027\n",
    );
    let run = env.gov(&["roadmap", "--format", "json"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stderr, "");
}

#[test]
fn an_empty_roadmap_says_so() {
    let env = TestEnv::english();
    let out = env.gov(&["roadmap"]).ok().to_string();
    assert_eq!(
        out,
        "## Roadmap from Q1 2026 to Q4 2027\n\nNothing on the roadmap in the period.\n"
    );
}
