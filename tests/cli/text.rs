//! Text as people type it: a title with decomposed accents (`å` as `a` +
//! U+030A, as macOS and some web editors write it) reads, compares and
//! slugs like the composed one, and no read rewrites the file (DEC-0033).

use crate::env::TestEnv;

/// `Påske` with the ring written as a combining mark.
const PASKE_NFD: &str = "Pa\u{30a}ske";

fn with_both_forms() -> TestEnv {
    let mut env = TestEnv::new();
    env.write(
        "decisions/DEC-0001-nfd.md",
        &format!(
            "---\nid: DEC-0001\ntitle: {PASKE_NFD} i Sønderborg\nstatus: Accepteret\n\
             date: 2026-03-01\nde\u{301}cideurs: [Styregruppen]\ndécideurs: [igen]\n---\n\
             # {PASKE_NFD}\n"
        ),
    );
    env.write(
        "decisions/DEC-0002-nfc.md",
        "---\nid: DEC-0002\ntitle: Påske i Sønderborg\nstatus: Accepteret\ndate: 2026-03-01\n---\n",
    );
    env.write(
        "tasks/TASK-0001-x.md",
        "---\nid: TASK-0001\ntitle: x\nstatus: A\u{30a}ben\ndue: 2026-01-01\n---\n",
    );
    env.commit("records");
    env
}

#[test]
fn decomposed_titles_and_status_words_read_as_composed() {
    let env = with_both_forms();
    let list = env.gov(&["list", "--format", "json"]).json();
    let items = list.as_array().unwrap();
    let title = |id: &str| items.iter().find(|i| i["id"] == id).unwrap()["title"].clone();
    assert_eq!(title("DEC-0001"), "Påske i Sønderborg");
    assert_eq!(title("DEC-0001"), title("DEC-0002"));
    let task = items.iter().find(|i| i["id"] == "TASK-0001").unwrap();
    assert_eq!(
        task["status"], "open",
        "`Åben` typed decomposed is a known word"
    );
    let trace = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    assert_eq!(trace["title"], "Påske i Sønderborg");
}

#[test]
fn a_key_written_in_both_forms_is_one_key_written_twice() {
    let env = with_both_forms();
    let out = env.gov(&["validate", "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let dup = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "GOV004")
        .unwrap_or_else(|| panic!("no GOV004 in {findings}"));
    assert_eq!(dup["path"], "decisions/DEC-0001-nfd.md");
    assert_eq!(dup["line"], 7);
}

#[test]
fn reading_never_rewrites_a_decomposed_file() {
    let env = with_both_forms();
    let before = env.snapshot_tree();
    for args in [
        &["list"][..],
        &["show", "DEC-0001"],
        &["validate"],
        &["validate", "--history"],
        &["status"],
        &["trace", "--all"],
        &["log"],
    ] {
        let run = env.gov(args);
        assert!(run.code == 0 || run.code == 1, "{args:?}: {}", run.stderr);
        assert_eq!(env.snapshot_tree(), before, "{args:?} changed a file");
    }
}

#[test]
fn set_writes_only_the_value_in_a_decomposed_file() {
    let env = with_both_forms();
    let before = env.read("decisions/DEC-0002-nfc.md");
    env.gov(&["set", "DEC-0002", &format!("title={PASKE_NFD}")])
        .ok();
    assert_eq!(
        env.read("decisions/DEC-0002-nfc.md"),
        before.replace("Påske i Sønderborg", PASKE_NFD),
        "the value is written as typed"
    );
    let task = env.read("tasks/TASK-0001-x.md");
    env.gov(&["set", "TASK-0001", "due=2026-02-01"]).ok();
    assert_eq!(
        env.read("tasks/TASK-0001-x.md"),
        task.replace("2026-01-01", "2026-02-01"),
        "the decomposed status stays decomposed"
    );
}

#[test]
fn a_decomposed_title_slugs_like_the_composed_one() {
    let env = TestEnv::new();
    let nfd = env.gov(&["new", "decision", "--title", PASKE_NFD]);
    assert_eq!(nfd.ok(), "decisions/DEC-0001-paaske.md\n");
    let nfc = env.gov(&["new", "decision", "--title", "Påske"]);
    assert_eq!(nfc.ok(), "decisions/DEC-0002-paaske.md\n");
    let polish = env.gov(&["new", "decision", "--title", "Łódź og Straße"]);
    assert_eq!(polish.ok(), "decisions/DEC-0003-lodz-og-strasse.md\n");
}
