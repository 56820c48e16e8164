//! `gov backlog`: ranking by the scoring model of gov.yaml, explanations,
//! and manual moves that survive rescoring.

use crate::env::TestEnv;

fn change(env: &TestEnv, n: u32, title: &str, extra: &str) {
    env.write(
        &format!("backlog/CR-{n:04}-x.md"),
        &format!("---\nid: CR-{n:04}\ntitle: {title}\n{extra}---\n"),
    );
}

/// Four open requests and a closed one.
fn backlog(env: TestEnv) -> TestEnv {
    change(
        &env,
        1,
        "Printerdrivere",
        "status: Indmeldt\ndate: 2026-11-18\ncategory: fault\nsubmitted_by: Vejle Kommune\nsupport: [Aarhus Kommune]\n",
    );
    change(
        &env,
        2,
        "Kiosk-tilstand",
        "status: Godkendt\ndate: 2026-06-01\nsubmitted_by: Sønderborg Kommune\nsupport: [Aarhus Kommune, Vejle Kommune, sønderborg kommune]\nevaluation: { value: 4, effort: 2, risk: 1, urgency: 3 }\n",
    );
    change(
        &env,
        3,
        "Opdater OpenSSL",
        "status: Under vurdering\ndate: 2026-11-20\ncategory: security\nsubmitted_by: Aarhus Kommune\nevaluation: { value: 3, effort: 1, risk: 4, urgency: 5 }\n",
    );
    change(
        &env,
        4,
        "Mørk tilstand",
        "status: Planlagt\ndate: 2026-03-01\ntarget_release: 2.4.0\nevaluation: { value: 2, effort: 2 }\n",
    );
    change(
        &env,
        5,
        "Gammelt ønske",
        "status: Lukket\ndate: 2025-01-10\nevaluation: { value: 5, effort: 1 }\n",
    );
    env
}

fn ranking(env: &TestEnv) -> Vec<(String, f64)> {
    env.gov(&["backlog", "--format", "json"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["score"].as_f64().unwrap(),
            )
        })
        .collect()
}

fn ids(env: &TestEnv) -> Vec<String> {
    ranking(env).into_iter().map(|(id, _)| id).collect()
}

#[test]
fn scores_are_explained_in_danish_and_english() {
    let env = backlog(TestEnv::new());
    insta::assert_snapshot!("backlog_da", env.gov(&["backlog"]).ok());
    insta::assert_snapshot!(
        "backlog_explain_da",
        env.gov(&["backlog", "--explain"]).ok()
    );
    insta::assert_snapshot!(
        "backlog_explain_en",
        env.gov(&["--lang", "en", "backlog", "--explain"]).ok()
    );
    let md = env.gov(&["backlog", "--format", "markdown", "--explain"]);
    insta::assert_snapshot!("backlog_markdown_da", md.ok());
}

#[test]
fn json_is_the_ranked_array() {
    let env = backlog(TestEnv::new());
    let json = env.gov(&["backlog", "--format", "json"]).json();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 4, "the closed request is not in the backlog");
    for (i, item) in items.iter().enumerate() {
        assert_eq!(item["rank"], i + 1);
        for key in ["id", "title", "path"] {
            assert!(item[key].is_string(), "{key} in {item}");
        }
        assert!(item["score"].is_number());
    }
    // (2×3 + 1×5 + 1×4 + 0.5×1 + 3 security) / 1
    assert_eq!(ranking(&env)[0], ("CR-0003".to_string(), 18.5));
    // (2×4 + 3 + 1 + 0.5×3 members, Sønderborg once) / 2
    assert_eq!(ranking(&env)[1], ("CR-0002".to_string(), 6.75));
    let cr2 = &items[1];
    assert_eq!(
        cr2["supporters"],
        serde_json::json!(["Sønderborg Kommune", "Aarhus Kommune", "Vejle Kommune"])
    );
    let terms: Vec<_> = cr2["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["field"].as_str().unwrap())
        .collect();
    assert_eq!(terms, ["value", "urgency", "risk", "support"]);
    assert_eq!(
        cr2["divisor"],
        serde_json::json!({ "field": "effort", "value": 2.0, "assumed": false })
    );
    assert_eq!(items[3]["evaluated"], false);
    assert_eq!(items[3]["divisor"]["assumed"], true);
}

#[test]
fn equal_scores_rank_the_older_request_first() {
    let env = TestEnv::new();
    change(
        &env,
        1,
        "Nyere",
        "status: submitted\ndate: 2026-10-01\nevaluation: { value: 3, effort: 2 }\n",
    );
    change(
        &env,
        2,
        "Ældre",
        "status: submitted\ndate: 2026-02-01\nevaluation: { value: 3, effort: 2 }\n",
    );
    change(
        &env,
        3,
        "Uden dato",
        "status: submitted\nevaluation: { value: 3, effort: 2 }\n",
    );
    assert_eq!(ids(&env), ["CR-0002", "CR-0001", "CR-0003"]);
}

#[test]
fn weights_come_from_gov_yaml() {
    let env = backlog(TestEnv::new());
    env.write("gov.yaml", "lang: da\nbacklog:\n  weights: { urgency: 0, risk: 0 }\n  categories: { security: 0 }\n  support: 3\n");
    // value×2 + 3 per member (+ 1 for a fault, kept from the defaults), over effort:
    // CR-0003 (6 + 3) / 1, CR-0002 (8 + 9) / 2, CR-0001 (6 + 1) / 3, CR-0004 4 / 2
    let expected = [
        ("CR-0003", 9.0),
        ("CR-0002", 8.5),
        ("CR-0001", 2.33),
        ("CR-0004", 2.0),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(id, s)| (id.to_string(), *s))
        .collect();
    assert_eq!(ranking(&env), expected);
}

#[test]
fn a_manual_move_survives_rescoring() {
    let env = backlog(TestEnv::new());
    assert_eq!(ids(&env), ["CR-0003", "CR-0002", "CR-0004", "CR-0001"]);
    let out = env.gov(&["backlog", "move", "cr-1", "--before", "CR-0003"]);
    assert_eq!(
        out.ok(),
        "backlog/order.yaml: CR-0001 placeret foran CR-0003\n"
    );
    assert_eq!(ids(&env), ["CR-0001", "CR-0003", "CR-0002", "CR-0004"]);
    assert!(
        env.read("backlog/order.yaml")
            .contains("- { id: CR-0001, before: CR-0003, date: 2026-11-28 }")
    );
    // The coordination group re-evaluates: CR-0003 drops below CR-0004.
    change(
        &env,
        3,
        "Opdater OpenSSL",
        "status: Under vurdering\ndate: 2026-11-20\ncategory: security\nsubmitted_by: Aarhus Kommune\nevaluation: { value: 1, effort: 4 }\n",
    );
    assert_eq!(
        ids(&env),
        ["CR-0002", "CR-0004", "CR-0001", "CR-0003"],
        "CR-0001 follows CR-0003 down, still right before it"
    );
    let json = env.gov(&["backlog", "--format", "json"]).json();
    assert_eq!(json[2]["moved_before"], "CR-0003");
    assert_eq!(json[2]["score_rank"], 4);
    let table = env.gov(&["backlog"]);
    assert!(table.ok().contains("\n3*  CR-0001"), "{}", table.stdout);
    // Back to the score.
    let out = env.gov(&["backlog", "move", "CR-0001", "--auto"]);
    assert_eq!(
        out.ok(),
        "backlog/order.yaml: CR-0001 følger igen sin score\n"
    );
    assert_eq!(ids(&env), ["CR-0002", "CR-0004", "CR-0003", "CR-0001"]);
    assert_eq!(
        env.gov(&["backlog", "move", "CR-0001", "--auto"]).ok(),
        "CR-0001 havde ingen manuel placering\n"
    );
}

#[test]
fn moves_replay_in_order_and_lapse_when_a_request_leaves() {
    let env = backlog(TestEnv::new());
    env.gov(&["backlog", "move", "CR-0001", "--before", "CR-0003"])
        .ok();
    env.gov(&["backlog", "move", "CR-0004", "--before", "CR-0001"])
        .ok();
    assert_eq!(ids(&env), ["CR-0004", "CR-0001", "CR-0003", "CR-0002"]);
    change(&env, 1, "Printerdrivere", "status: Lukket\n");
    assert_eq!(
        ids(&env),
        ["CR-0003", "CR-0002", "CR-0004"],
        "a move naming a request that left lapses"
    );
    let explained = env.gov(&["--lang", "en", "backlog", "--explain"]);
    assert!(
        explained
            .ok()
            .contains("Moves that no longer apply:\n  CR-0001 → CR-0003\n  CR-0004 → CR-0001\n"),
        "{}",
        explained.stdout
    );
}

#[test]
fn only_open_change_requests_move() {
    let env = backlog(TestEnv::new());
    env.write(
        "decisions/DEC-0001-x.md",
        "---\nid: DEC-0001\ntitle: X\nstatus: Forslag\n---\n",
    );
    let before = env.snapshot_tree();
    let err = env.gov(&["backlog", "move", "CR-0005", "--before", "CR-0001"]);
    assert!(
        err.fails(2).contains(
            "CR-0005 er ikke i backloggen: den er af sagstypen Ændringsønske med status `Lukket`"
        ),
        "{}",
        err.stderr
    );
    let err = env.gov(&["backlog", "move", "CR-0001", "--before", "DEC-0001"]);
    assert!(
        err.fails(2)
            .contains("DEC-0001 er ikke i backloggen: den er af sagstypen Beslutning"),
        "{}",
        err.stderr
    );
    let err = env.gov(&["backlog", "move", "CR-0001", "--before", "cr-1"]);
    assert!(
        err.fails(2)
            .contains("CR-0001 kan ikke flyttes foran sig selv"),
        "{}",
        err.stderr
    );
    let err = env.gov(&["backlog", "move", "CR-0010", "--before", "CR-0001"]);
    insta::assert_snapshot!("move_unknown", err.fails(2));
    assert!(
        env.gov(&["backlog", "move", "CR-0001"])
            .fails(2)
            .contains("--before")
    );
    assert_eq!(env.snapshot_tree(), before, "nothing written");
}

#[test]
fn a_broken_order_file_names_the_line() {
    let env = backlog(TestEnv::new());
    env.write("backlog/order.yaml", "moves:\n  - { id: CR-0001 }\n");
    // In English here; `words.rs` checks the Danish.
    let err = env.gov(&["--lang", "en", "backlog"]);
    assert!(
        err.fails(2)
            .contains("backlog/order.yaml:2:5: each move needs `id` and `before`"),
        "{}",
        err.stderr
    );
    assert!(
        env.gov(&["status"])
            .fails(2)
            .contains("backlog/order.yaml:2:5")
    );
}

#[test]
fn the_order_file_is_not_a_record() {
    let env = backlog(TestEnv::new());
    env.gov(&["backlog", "move", "CR-0001", "--before", "CR-0002"])
        .ok();
    let validate = env.gov(&["validate", "--format", "json"]);
    assert_eq!(
        validate.json(),
        serde_json::json!([]),
        "{}",
        validate.stdout
    );
}

#[test]
fn an_empty_backlog_says_so() {
    let env = TestEnv::english();
    assert_eq!(env.gov(&["backlog"]).ok(), "No open change requests.\n");
    assert_eq!(env.gov(&["backlog", "--format", "json"]).ok(), "[]\n");
}
