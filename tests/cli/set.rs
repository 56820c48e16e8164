use crate::env::TestEnv;

const RECORD: &str = "---\r\nid: DEC-0003\r\ntitle: \"[SDR] Fuld stop\"   # fra mail\r\nstatus: Forslag\r\ndeciders:\r\n  - Styregruppen\r\nlayout: default\r\n---\r\n\r\n# [SDR] Fuld stop\r\n";

#[test]
fn set_changes_only_the_value() {
    let env = TestEnv::new();
    env.write("decisions/DEC-0003-fuld-stop.md", RECORD);
    let out = env.gov(&[
        "set",
        "DEC-0003",
        "status=accepted",
        "status_note=Godkendt på mødet 4. juni 2026",
    ]);
    assert_eq!(out.ok(), "decisions/DEC-0003-fuld-stop.md\n");
    assert_eq!(out.stderr, "decisions/DEC-0003-fuld-stop.md: ændret\n");
    let expected = RECORD
        .replace("status: Forslag", "status: accepted")
        .replace(
            "layout: default\r\n",
            "layout: default\r\nstatus_note: Godkendt på mødet 4. juni 2026\r\n",
        );
    assert_eq!(env.read("decisions/DEC-0003-fuld-stop.md"), expected);
}

#[test]
fn setting_the_same_value_again_is_a_no_op() {
    let env = TestEnv::new();
    env.write("decisions/DEC-0003-fuld-stop.md", RECORD);
    let out = env.gov(&["set", "DEC-0003", "status=Forslag"]);
    assert!(out.stderr.contains("uændret"), "{}", out.stderr);
    assert_eq!(env.read("decisions/DEC-0003-fuld-stop.md"), RECORD);
}

#[test]
fn an_unknown_status_is_refused_with_the_nearest_word() {
    let env = TestEnv::new();
    env.write("decisions/DEC-0003-fuld-stop.md", RECORD);
    let err = env.gov(&["set", "DEC-0003", "status=acepted"]);
    insta::assert_snapshot!(err.fails(2));
    assert_eq!(env.read("decisions/DEC-0003-fuld-stop.md"), RECORD);
    env.gov(&["set", "DEC-0003", "status=acepted", "--force"])
        .ok();
    assert!(
        env.read("decisions/DEC-0003-fuld-stop.md")
            .contains("status: acepted\r\n")
    );
}

#[test]
fn dates_are_written_as_iso_and_typed_values_as_yaml() {
    let env = TestEnv::new();
    env.gov(&["new", "task", "--title", "Opfølgning"]).ok();
    env.gov(&[
        "set",
        "TASK-1",
        "due=1/7-2026",
        "tags:=[Agnete, Sofie]",
        "--unset",
        "source",
    ])
    .ok();
    let shown = env.gov(&["show", "TASK-0001", "--format", "json"]).json();
    assert_eq!(shown["fields"]["due"], "2026-07-01");
    assert_eq!(
        shown["fields"]["tags"],
        serde_json::json!(["Agnete", "Sofie"])
    );
    assert!(shown["fields"].get("source").is_none());
    let err = env.gov(&["set", "TASK-1", "due=31-04-2026"]);
    assert!(
        err.fails(2).contains("31. april findes ikke"),
        "{}",
        err.stderr
    );
}

#[test]
fn broken_front_matter_is_reported_with_its_position_and_left_alone() {
    let env = TestEnv::new();
    let text = "---\nid: DEC-0001\ntitle: [ikke lukket\n---\n";
    env.write("decisions/DEC-0001-x.md", text);
    let err = env.gov(&["set", "DEC-0001-x.md", "status=accepted"]);
    let _ = err.fails(2);
    let err = env.gov(&["set", "decisions/DEC-0001-x.md", "status=accepted"]);
    let stderr = err.fails(2);
    assert!(stderr.contains("decisions/DEC-0001-x.md:"), "{stderr}");
    assert!(stderr.contains("front matter kan ikke læses"), "{stderr}");
    assert_eq!(env.read("decisions/DEC-0001-x.md"), text);
}

#[test]
fn two_files_with_one_id_are_not_guessed_between() {
    let env = TestEnv::new();
    env.write(
        "decisions/DEC-0001-a.md",
        "---\nid: DEC-0001\ntitle: A\n---\n",
    );
    env.write(
        "decisions/DEC-0001-b.md",
        "---\nid: DEC-0001\ntitle: B\n---\n",
    );
    let err = env.gov(&["set", "DEC-0001", "status=accepted"]);
    insta::assert_snapshot!(err.fails(2));
}

#[test]
fn bad_assignments_are_usage_errors() {
    let env = TestEnv::new();
    env.write("decisions/DEC-0003-fuld-stop.md", RECORD);
    assert!(
        env.gov(&["set", "DEC-0003"])
            .fails(2)
            .contains("intet at ændre")
    );
    assert!(
        env.gov(&["set", "DEC-0003", "status"])
            .fails(2)
            .contains("forventede nøgle=værdi")
    );
    assert!(
        env.gov(&["set", "DEC-0003", "x:=[1"])
            .fails(2)
            .contains("ikke en YAML-værdi")
    );
    assert_eq!(env.read("decisions/DEC-0003-fuld-stop.md"), RECORD);
}

#[test]
fn the_workflow_is_enforced_unless_forced() {
    let env = TestEnv::english();
    env.gov(&["new", "decision", "--title", "A"]).ok();
    env.gov(&["set", "DEC-0001", "status=accepted"]).ok();
    let err = env.gov(&["set", "DEC-0001", "status=Udkast"]);
    insta::assert_snapshot!(err.fails(2));
    env.gov(&["set", "DEC-0001", "status=draft", "--force"])
        .ok();
    let err = env.gov(&[
        "new",
        "decision",
        "--title",
        "B",
        "--supersedes",
        "DEC-0001",
    ]);
    assert!(
        err.fails(2).contains("does not allow Draft → Superseded"),
        "{}",
        err.stderr
    );
    env.gov(&[
        "new",
        "decision",
        "--title",
        "B",
        "--supersedes",
        "DEC-0001",
        "--force",
    ])
    .ok();
    let err = env.gov(&["new", "plan", "--title", "C", "--supersedes", "DEC-0002"]);
    assert!(
        err.fails(2)
            .contains("DEC-0002 is of the kind Decision, not Plan"),
        "{}",
        err.stderr
    );
}

#[test]
fn the_blanks_after_the_colon_are_kept() {
    let env = TestEnv::new();
    let record = "---\r\nid:       DEC-0004\r\ntitle:    Tabeller\r\nstatus: Forslag\r\nnote:\t'x'\r\n\
                  owner:\r\n---\r\n\r\n# Tabeller\r\n";
    env.write("decisions/DEC-0004-tabeller.md", record);
    env.gov(&["set", "DEC-0004", "title=Tabeller og tal", "owner=Sofie"])
        .ok();
    env.gov(&["set", "DEC-0004", "note=se: bilag"]).ok();
    assert_eq!(
        env.read("decisions/DEC-0004-tabeller.md"),
        "---\r\nid:       DEC-0004\r\ntitle:    Tabeller og tal\r\nstatus: Forslag\r\nnote:\t\"se: bilag\"\r\n\
         owner: Sofie\r\n---\r\n\r\n# Tabeller\r\n"
    );
}
