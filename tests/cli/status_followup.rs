//! `gov status` over time: overdue tasks and action items by owner, boxes
//! ticked and unticked, staleness from real commits, and deliveries from
//! release tags.

use crate::env::TestEnv;
use crate::status::{AGNETE, MINUTES, coordinator};

#[test]
fn overdue_tasks_and_action_items_by_owner() {
    let env = coordinator(TestEnv::new());
    let json = env.gov(&["status", "--format", "json"]).json();
    let overdue: Vec<(String, String, i64, Option<u64>)> = json["overdue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["owner"].as_str().unwrap().to_string(),
                o["id"].as_str().unwrap().to_string(),
                o["days_overdue"].as_i64().unwrap(),
                o["line"].as_u64(),
            )
        })
        .collect();
    // `@sofie` is Sofie Søndergaard, the one person of that first name the
    // repository names; `jens` names nobody of two words and stays.
    let expected = [
        ("", "TASK-0003", 1, None),
        ("jens", "MTG-0001", 8, Some(16)),
        ("Sofie Søndergaard", "TASK-0001", 27, None),
        ("Sofie Søndergaard", "MTG-0001", 18, Some(17)),
        ("Sofie Søndergaard", "MTG-0001", 13, Some(13)),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(o, i, d, l)| (o.to_string(), i.to_string(), *d, *l))
        .collect();
    assert_eq!(
        overdue, expected,
        "by owner (a name of two words from the task owners), the task without one first; the done task and the item due later are not overdue"
    );
    let item = &json["overdue"][4];
    assert_eq!(item["item"], "action_item");
    assert_eq!(item["title"], "Send udkast til leverandøren");
    assert_eq!(item["owner_as_written"], "sofie");
    assert_eq!(item["source"], "MTG-0001");
    assert_eq!(item["meeting_title"], "Styregruppemøde oktober");
    assert_eq!(json["overdue"][2]["source"], "MTG-0001");
    assert!(json["overdue"][2].get("owner_as_written").is_none());
    assert_eq!(
        json["action_items"],
        serde_json::json!({ "open": 4, "done": 1 }),
        "neither the comment's nor the code block's example counts"
    );
}

/// A first name two people share names nobody in particular: `@sofie`
/// stays as written once a second Sofie is named.
#[test]
fn a_shared_first_name_is_not_guessed() {
    let env = coordinator(TestEnv::new());
    env.write(
        "tasks/TASK-0004-sofie.md",
        "---\nid: TASK-0004\ntitle: Noget andet\nstatus: Åben\nowner: Sofie Holm\ndue: 2027-01-01\n---\n",
    );
    let json = env.gov(&["status", "--format", "json"]).json();
    let owners: Vec<&str> = json["overdue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["owner"].as_str().unwrap())
        .collect();
    assert!(owners.contains(&"sofie"), "{owners:?}");
}

#[test]
fn ticking_the_box_closes_the_action_item() {
    let env = coordinator(TestEnv::new());
    let before = env.gov(&["status", "--format", "json"]).json();
    assert_eq!(before["action_items"]["open"], 4);
    let ticked = MINUTES.replace("- [ ] @sofie", "- [x] @sofie");
    env.write("meetings/MTG-0001-styregruppe.md", &ticked);
    let after = env.gov(&["status", "--format", "json"]).json();
    assert_eq!(
        after["action_items"],
        serde_json::json!({ "open": 3, "done": 2 })
    );
    let owners: Vec<_> = after["overdue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["owner"].as_str().unwrap())
        .collect();
    assert!(!owners.contains(&"sofie"), "{owners:?}");
    let reopened = ticked.replace("- [x] @jens Book", "- [ ] @jens Book");
    env.write("meetings/MTG-0001-styregruppe.md", &reopened);
    let again = env.gov(&["status", "--format", "json"]).json();
    assert_eq!(
        again["overdue"][1]["title"], "Book lokale",
        "unticking opens it again: 39 days overdue comes first"
    );
    assert_eq!(again["overdue"][1]["days_overdue"], 39);
}

#[test]
fn stale_follows_the_last_commit_of_each_file() {
    let env = coordinator(TestEnv::new());
    let stale = |env: &TestEnv| -> Vec<String> {
        env.gov(&["status", "--format", "json"]).json()["stale"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                format!(
                    "{} {} {}",
                    s["id"].as_str().unwrap(),
                    s["days_since_change"],
                    s["committed"]
                )
            })
            .collect()
    };
    assert_eq!(stale(&env), ["PLAN-0001 272 true"]);
    let later = env
        .gov_with(
            &["status", "--format", "json"],
            &[("GOV_TODAY", "2027-03-01")],
        )
        .json();
    let ids: Vec<_> = later["stale"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        ids.contains(&"DEC-0001".to_string()) && !ids.contains(&"DEC-0003".to_string()),
        "open records go stale, accepted ones do not: {ids:?}"
    );
    env.write("plans/PLAN-0001-strategi.md", "---\nid: PLAN-0001\ntitle: Strategi 2027\nstatus: Udkast\ndate: 2026-02-20\n---\nNyt afsnit.\n");
    assert_eq!(
        stale(&env),
        Vec::<String>::new(),
        "an edit in progress is a change"
    );
    env.commit_as(
        AGNETE.0,
        AGNETE.1,
        "2026-06-01T09:00:00+02:00",
        "Update PLAN-0001",
    );
    assert_eq!(stale(&env), ["PLAN-0001 180 true"]);
    env.write("gov.yaml", "lang: da\nstatus:\n  stale_days: 200\n");
    assert_eq!(
        stale(&env),
        Vec::<String>::new(),
        "stale_days comes from gov.yaml"
    );
}

#[test]
fn recent_deliveries_come_from_the_newest_release_tags() {
    let (env, _borgerpc, _admin) = crate::trace::fixture();
    let json = env.gov(&["status", "--format", "json"]).json();
    let delivered: Vec<String> = json["recent_deliveries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d["release"].as_str().unwrap(),
                d["id"].as_str().unwrap()
            )
        })
        .collect();
    insta::assert_snapshot!("deliveries", delivered.join("\n"));
    let text = env.gov(&["status"]);
    assert!(
        text.ok().contains("Leveret for nylig\n  UDGIVELSE"),
        "{}",
        text.stdout
    );
    let md = env.gov(&["status", "--format", "markdown"]);
    assert!(
        md.ok().contains("### Leveret for nylig\n\n**v1.1.0**\n"),
        "{}",
        md.stdout
    );
    let before = env
        .gov(&["status", "--format", "json", "--as-of", "10.1.2026"])
        .json();
    let releases: Vec<&str> = before["recent_deliveries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["release"].as_str().unwrap())
        .collect();
    assert_eq!(releases, ["v1.0.0"], "v1.1.0 was tagged on 17 January");
    env.write(
        "gov.yaml",
        &format!("{}status:\n  recent_releases: 0\n", env.read("gov.yaml")),
    );
    let none = env.gov(&["status", "--format", "json"]).json();
    assert_eq!(none["recent_deliveries"], serde_json::json!([]));
}

/// A governance folder inside a larger repository (`docs/styring/`): its
/// history is read below the folder, a decision waits from the commit
/// that proposed it (not from its draft's date), and its last change is
/// that commit.
#[test]
fn waiting_counts_from_the_commit_that_set_the_status_also_in_a_subfolder() {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    std::fs::create_dir_all(env.root().join("docs/styring")).unwrap();
    env.gov(&["-C", "docs/styring", "init", "--lang", "da"])
        .ok();
    let dec = "docs/styring/decisions/DEC-0001-kiosk.md";
    let front = |status: &str| {
        format!("---\nid: DEC-0001\ntitle: Kiosk\nstatus: {status}\ndate: 2026-01-05\n---\n")
    };
    env.write(dec, &front("Udkast"));
    env.commit_as(AGNETE.0, AGNETE.1, "2026-02-01T10:00:00+01:00", "Draft");
    env.write(dec, &front("Forslag"));
    env.commit_as(AGNETE.0, AGNETE.1, "2026-03-02T10:00:00+01:00", "Propose");
    let json = env
        .gov(&["-C", "docs/styring", "status", "--format", "json"])
        .json();
    let waiting = &json["awaiting_approval"][0];
    assert_eq!(waiting["id"], "DEC-0001");
    assert_eq!(waiting["since"], "2026-03-02", "{waiting}");
    assert_eq!(waiting["days_waiting"], 271);
    let stale = &json["stale"][0];
    assert_eq!(stale["last_change"], "2026-03-02", "{stale}");
    assert_eq!(stale["committed"], true);
    let trace = env
        .gov(&[
            "-C",
            "docs/styring",
            "trace",
            "DEC-0001",
            "--format",
            "json",
        ])
        .json();
    let paths: Vec<&str> = trace["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["decisions/DEC-0001-kiosk.md"; 2], "{trace}");
    // A status changed in the working copy, not yet committed, waits from
    // the day of the edit (the file's date), not from the draft's date.
    env.write(dec, &front("Udkast"));
    env.commit_as(
        AGNETE.0,
        AGNETE.1,
        "2026-04-01T10:00:00+02:00",
        "Back to draft",
    );
    env.write(dec, &front("Forslag"));
    let file = env.root().join(dec);
    let touched = std::process::Command::new("touch")
        .args(["-d", "2026-11-27T12:00:00"])
        .arg(&file)
        .status()
        .unwrap();
    assert!(touched.success());
    let edited = env
        .gov(&["-C", "docs/styring", "status", "--format", "json"])
        .json();
    assert_eq!(
        edited["awaiting_approval"][0]["since"], "2026-11-27",
        "{edited}"
    );
    env.write(dec, &front("Forslag"));
    env.commit_as(
        AGNETE.0,
        AGNETE.1,
        "2026-05-04T10:00:00+02:00",
        "Propose again",
    );
    // An edit in progress that keeps the status keeps its run.
    env.write(dec, &front("Forslag").replace("Kiosk", "Kiosk-tilstand"));
    let edited = env
        .gov(&["-C", "docs/styring", "status", "--format", "json"])
        .json();
    assert_eq!(edited["awaiting_approval"][0]["since"], "2026-05-04");
    assert_eq!(
        edited["stale"],
        serde_json::json!([]),
        "an edit is a change"
    );
}
