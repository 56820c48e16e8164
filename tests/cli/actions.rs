//! `gov actions`: every action item of the minutes and every task, with
//! its source, owner, due date and state, sorted by due date; one person
//! found however the name is written.

use crate::env::TestEnv;
use crate::status::coordinator;

fn rows(json: &serde_json::Value) -> Vec<(String, String, String, String)> {
    json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let s = |k: &str| a[k].as_str().unwrap_or("-").to_string();
            (s("due"), s("source"), s("owner"), s("state"))
        })
        .collect()
}

fn row(due: &str, source: &str, owner: &str, state: &str) -> (String, String, String, String) {
    (due.into(), source.into(), owner.into(), state.into())
}

#[test]
fn open_items_of_minutes_and_tasks_by_due_date() {
    let env = coordinator(TestEnv::new());
    let json = env.gov(&["actions", "--format", "json"]).json();
    assert_eq!(json["as_of"], "2026-11-28");
    assert_eq!(json["all"], false);
    assert_eq!(
        rows(&json),
        [
            row("2026-11-01", "TASK-0001", "Sofie Søndergaard", "open"),
            row("2026-11-10", "MTG-0001", "Sofie Søndergaard", "open"),
            row("2026-11-15", "MTG-0001", "Sofie Søndergaard", "open"),
            row("2026-11-20", "MTG-0001", "jens", "open"),
            row("2026-11-27", "TASK-0003", "", "open"),
            row("2026-12-01", "MTG-0001", "jens", "open"),
        ],
        "the done task, the ticked box and the examples in a comment and a code block are not open"
    );
    let first = &json["items"][0];
    assert_eq!(first["text"], "Send budget til styregruppen");
    assert_eq!(first["from"], "MTG-0001");
    assert_eq!(first["days_overdue"], 27);
    assert_eq!(first["source_kind"], "task");
    let item = &json["items"][2];
    assert_eq!(item["text"], "Send udkast til leverandøren");
    assert_eq!(item["owner_as_written"], "sofie");
    assert_eq!(item["line"], 13);
    assert_eq!(item["source_title"], "Styregruppemøde oktober");
    assert_eq!(item["source_date"], "2026-10-08");
    assert_eq!(item["path"], "meetings/MTG-0001-styregruppe.md");
    assert!(
        json["items"][5]["days_overdue"].is_null(),
        "due on 1 December"
    );
}

#[test]
fn all_shows_done_items_too_and_open_is_the_default() {
    let env = coordinator(TestEnv::new());
    let all = env.gov(&["actions", "--all", "--format", "json"]).json();
    let rows = rows(&all);
    assert_eq!(rows.len(), 8);
    assert!(rows.contains(&row("2026-10-01", "TASK-0002", "Jens", "done")));
    assert!(rows.contains(&row("2026-10-20", "MTG-0001", "jens", "done")));
    let done = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["source"] == "TASK-0002")
        .unwrap();
    assert!(
        done["days_overdue"].is_null(),
        "a done item is never overdue"
    );
    let open = env.gov(&["actions", "--open", "--format", "json"]).json();
    let default = env.gov(&["actions", "--format", "json"]).json();
    assert_eq!(open, default);
    let both = env.gov(&["actions", "--open", "--all"]);
    assert!(both.fails(2).contains("--all"), "{}", both.stderr);
}

#[test]
fn an_owner_is_found_by_any_name_they_go_by() {
    let env = coordinator(TestEnv::new());
    env.write(
        "gov.yaml",
        &format!(
            "{}bodies:\n  styregruppe:\n    label: {{ da: Styregruppen, en: Steering committee }}\n    members:\n      - {{ name: Sofie Søndergaard, email: ssg@vejle.dk }}\n      - {{ name: Jens Ærø, email: jens.aeroe@aarhus.dk }}\n",
            env.read("gov.yaml")
        ),
    );
    let sources = |owner: &str| {
        let json = env
            .gov(&["actions", "--owner", owner, "--format", "json"])
            .json();
        assert_eq!(json["owner"], owner);
        json["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                format!(
                    "{}:{}",
                    a["source"].as_str().unwrap(),
                    a["due"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>()
    };
    let sofie = [
        "TASK-0001:2026-11-01",
        "MTG-0001:2026-11-10",
        "MTG-0001:2026-11-15",
    ];
    for name in [
        "sofie",
        "SOFIE",
        "Sofie Søndergaard",
        "sofie sondergaard",
        "Sofie Soendergaard",
        "ssg",
    ] {
        assert_eq!(sources(name), sofie, "{name}");
    }
    // `@jens` is Jens Ærø now that gov.yaml names one Jens of two words.
    let jens = ["MTG-0001:2026-11-20", "MTG-0001:2026-12-01"];
    for name in ["jens", "Jens Ærø", "jens aero", "JENS AEROE", "jens.aeroe"] {
        assert_eq!(sources(name), jens, "{name}");
    }
    assert!(sources("agnete").is_empty());
    let none = env.gov(&["actions", "--owner", "Agnete"]);
    assert_eq!(none.ok(), "Ingen åbne opfølgningspunkter for Agnete.\n");
    let none = env.gov(&["--lang", "en", "actions", "--owner", "Agnete", "--all"]);
    assert_eq!(none.ok(), "No action items of Agnete.\n");
}

#[test]
fn the_table_and_markdown_in_both_languages() {
    let env = coordinator(TestEnv::new());
    insta::assert_snapshot!("actions_da", env.gov(&["actions", "--all"]).ok());
    insta::assert_snapshot!("actions_en", env.gov(&["--lang", "en", "actions"]).ok());
    insta::assert_snapshot!(
        "actions_markdown_da",
        env.gov(&["actions", "--all", "--format", "markdown"]).ok()
    );
    insta::assert_snapshot!(
        "actions_markdown_en",
        env.gov(&[
            "--lang", "en", "actions", "--owner", "sofie", "--format", "markdown"
        ])
        .ok()
    );
}

#[test]
fn a_task_without_a_readable_due_date_or_status_is_still_listed() {
    let env = TestEnv::new();
    env.write(
        "tasks/TASK-0001-x.md",
        "---\nid: TASK-0001\ntitle: Ring til <Vejle> | snart\nstatus: måske\nowner: [Sofie, Jens]\ndue: snart\n---\n",
    );
    env.write(
        "meetings/MTG-0001-x.md",
        "---\nid: MTG-0001\ntitle: Møde\nstatus: Afholdt\ndate: 2026-11-01\n---\n- [ ] @jens Uden frist\n",
    );
    let json = env.gov(&["actions", "--format", "json"]).json();
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0]["source"], "MTG-0001",
        "without due dates: by source"
    );
    assert_eq!(items[1]["source"], "TASK-0001");
    assert_eq!(
        items[1]["state"], "open",
        "a status gov cannot read stays open"
    );
    assert!(items[1]["due"].is_null());
    assert_eq!(items[1]["due_as_written"], "snart");
    assert_eq!(items[1]["owner"], "Sofie, Jens");
    let jens = env
        .gov(&["actions", "--owner", "jens", "--format", "json"])
        .json();
    assert_eq!(
        jens["items"].as_array().unwrap().len(),
        2,
        "either owner of a task"
    );
    let md = env
        .gov(&["actions", "--format", "markdown"])
        .ok()
        .to_string();
    assert!(
        md.contains("Ring til \\<Vejle> \\| snart – frist kan ikke læses: snart"),
        "{md}"
    );
    assert!(
        md.contains(
            "**jens**: Uden frist – ingen frist (MTG-0001 Møde, 1. november 2026, linje 7)"
        ),
        "{md}"
    );
    let table = env.gov(&["actions"]).ok().to_string();
    assert!(table.contains("snart"), "{table}");
}

#[test]
fn nothing_to_follow_up_says_so() {
    let env = TestEnv::new();
    assert_eq!(
        env.gov(&["actions"]).ok(),
        "Ingen åbne opfølgningspunkter.\n"
    );
    assert_eq!(
        env.gov(&["--lang", "en", "actions", "--all", "--format", "markdown"])
            .ok(),
        "## Action items\n\nNo action items.\n"
    );
    assert_eq!(
        env.gov(&["actions", "--format", "json"]).json()["items"],
        serde_json::json!([])
    );
}
