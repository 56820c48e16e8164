use crate::env::TestEnv;

fn setup() -> TestEnv {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-a.md",
        "---\nid: DEC-0001\ntitle: A\nstatus: accepted\nsuperseded_by: DEC-0003\n---\n",
    );
    env.write("decisions/DEC-0003-fuld-stop.md", "---\nid: \"DEC-0003\"\ntitle: Fuld stop\nstatus: accepted\nsupersedes: DEC-0001\n---\n# Fuld stop\n\nDEC-0003 replaces DEC-0001. Not DEC-00031.\n");
    env.write(
        "meetings/MTG-0001-styregruppe.md",
        "---\nid: MTG-0001\ntitle: Styregruppe\nstatus: held\ndecisions:\n  - DEC-0001\n  - dec-0003   # taken here\n---\nSee [the decision](../decisions/DEC-0003-fuld-stop.md).\n",
    );
    env
}

#[test]
fn dry_run_shows_every_change_and_writes_nothing() {
    let env = setup();
    let before = env.snapshot_tree();
    let run = env.gov(&["renumber", "DEC-0003", "--dry-run"]);
    insta::assert_snapshot!(run.ok());
    assert_eq!(env.snapshot_tree(), before);
}

#[test]
fn renumber_rewrites_id_file_name_and_references() {
    let env = setup();
    env.gov(&["renumber", "DEC-3"]).ok();
    assert!(!env.root().join("decisions/DEC-0003-fuld-stop.md").exists());
    assert_eq!(
        env.read("decisions/DEC-0004-fuld-stop.md"),
        "---\nid: \"DEC-0004\"\ntitle: Fuld stop\nstatus: accepted\nsupersedes: DEC-0001\n---\n# Fuld stop\n\nDEC-0004 replaces DEC-0001. Not DEC-00031.\n"
    );
    assert_eq!(
        env.read("decisions/DEC-0001-a.md"),
        "---\nid: DEC-0001\ntitle: A\nstatus: accepted\nsuperseded_by: DEC-0004\n---\n"
    );
    assert_eq!(
        env.read("meetings/MTG-0001-styregruppe.md"),
        "---\nid: MTG-0001\ntitle: Styregruppe\nstatus: held\ndecisions:\n  - DEC-0001\n  - DEC-0004   # taken here\n---\nSee [the decision](../decisions/DEC-0004-fuld-stop.md).\n"
    );
    let run = env.gov(&["validate", "--format", "json"]);
    assert_eq!(run.ok(), "[]\n");
}

#[test]
fn a_chosen_id_must_be_free() {
    let env = setup();
    let before = env.snapshot_tree();
    assert!(
        env.gov(&["renumber", "DEC-0003", "DEC-0001"])
            .fails(2)
            .contains("DEC-0001 is already in use")
    );
    env.gov(&["renumber", "DEC-0003", "DEC-0042"]).ok();
    assert!(env.root().join("decisions/DEC-0042-fuld-stop.md").exists());
    assert_ne!(env.snapshot_tree(), before);
}

#[test]
fn a_duplicate_is_renumbered_by_its_path() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-a.md",
        "---\nid: DEC-0001\ntitle: A\nstatus: draft\n---\n",
    );
    env.write(
        "decisions/DEC-0001-b.md",
        "---\nid: DEC-0001\ntitle: B\nstatus: draft\n---\n",
    );
    assert!(
        env.gov(&["renumber", "DEC-0001"])
            .fails(2)
            .contains("2 records have the ID `DEC-0001`")
    );
    env.gov(&["renumber", "decisions/DEC-0001-b.md"]).ok();
    assert_eq!(
        env.read("decisions/DEC-0002-b.md"),
        "---\nid: DEC-0002\ntitle: B\nstatus: draft\n---\n"
    );
    assert_eq!(
        env.read("decisions/DEC-0001-a.md"),
        "---\nid: DEC-0001\ntitle: A\nstatus: draft\n---\n"
    );
}

#[test]
fn a_record_without_id_gets_one() {
    let env = TestEnv::new();
    let seed = include_str!("../fixtures/seed/plans/000_87a61dafea0112c1.md");
    env.write("plans/000_87a61dafea0112c1.md", seed);
    env.gov(&["renumber", "000_87a61dafea0112c1"]).ok();
    let after = env.read("plans/000_87a61dafea0112c1.md");
    assert_eq!(
        after,
        seed.replacen(
            "has_children: false\n",
            "has_children: false\nid: PLAN-0001\n",
            1
        )
    );
    let shown = env.gov(&["show", "PLAN-0001", "--format", "json"]).json();
    assert_eq!(shown["id_source"], "front_matter");
}
