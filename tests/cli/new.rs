use crate::env::TestEnv;

#[test]
fn new_decision_prints_its_path_and_renders_the_template() {
    let env = TestEnv::new();
    let out = env.gov(&[
        "new",
        "decision",
        "--title",
        "Fuld stop for nye ønsker",
        "--type",
        "SDR",
    ]);
    assert_eq!(
        out.ok(),
        "decisions/DEC-0001-fuld-stop-for-nye-oensker.md\n"
    );
    insta::assert_snapshot!(env.read("decisions/DEC-0001-fuld-stop-for-nye-oensker.md"));
}

#[test]
fn numbers_follow_the_highest_in_use() {
    let env = TestEnv::new();
    env.write(
        "decisions/DEC-0041-gammel.md",
        "---\nid: DEC-0041\ntitle: Gammel\n---\n",
    );
    let out = env.gov(&["new", "beslutning", "--title", "Ny"]);
    assert_eq!(out.ok(), "decisions/DEC-0042-ny.md\n");
    let out = env.gov(&["new", "change", "--title", "Kiosk"]);
    assert_eq!(out.ok(), "backlog/CR-0001-kiosk.md\n");
}

#[test]
fn ids_on_other_branches_are_never_reused() {
    let mut env = TestEnv::new();
    env.commit("init");
    env.git(&["checkout", "-q", "-b", "feature"]);
    env.write(
        "decisions/DEC-0007-paa-gren.md",
        "---\nid: DEC-0007\ntitle: På en gren\n---\n",
    );
    // An ID only in the front matter of a file whose name has none.
    env.write(
        "decisions/uden-nummer.md",
        "---\nid: DEC-0009\ntitle: Uden nummer\n---\n",
    );
    env.commit("feature work");
    let feature = env.git(&["rev-parse", "HEAD"]);
    env.git(&["checkout", "-q", "main"]);
    env.git(&["branch", "-q", "-D", "feature"]);
    // Only a remote-tracking branch holds them now, as after a fetch.
    env.git(&["update-ref", "refs/remotes/origin/feature", feature.trim()]);
    assert!(!env.root().join("decisions/DEC-0007-paa-gren.md").exists());
    let out = env.gov(&["new", "decision", "--title", "På main"]);
    assert_eq!(out.ok(), "decisions/DEC-0010-paa-main.md\n");
}

#[test]
fn supersedes_marks_the_old_record_and_links_both_ways() {
    let env = TestEnv::new();
    env.gov(&["new", "decision", "--title", "Gammel aftale"])
        .ok();
    env.gov(&["set", "DEC-0001", "status=accepted"]).ok();
    let out = env.gov(&[
        "new",
        "decision",
        "--title",
        "Ny aftale",
        "--supersedes",
        "dec-1",
    ]);
    assert_eq!(out.ok(), "decisions/DEC-0002-ny-aftale.md\n");
    assert!(
        out.stderr
            .contains("DEC-0001 markeret som erstattet af DEC-0002"),
        "{}",
        out.stderr
    );
    let old = env.gov(&["show", "DEC-0001", "--format", "json"]).json();
    assert_eq!(old["status"], "superseded");
    assert_eq!(old["status_label"], "Erstattet");
    assert_eq!(old["fields"]["superseded_by"], "DEC-0002");
    let new = env.gov(&["show", "DEC-0002", "--format", "json"]).json();
    assert_eq!(new["fields"]["supersedes"], "DEC-0001");
}

#[test]
fn supersedes_an_unknown_record_writes_nothing() {
    let env = TestEnv::new();
    let before = env.snapshot_tree();
    let err = env.gov(&[
        "new",
        "decision",
        "--title",
        "X",
        "--supersedes",
        "DEC-0099",
    ]);
    assert!(
        err.fails(2).contains("ingen sag har id'et `DEC-0099`"),
        "{}",
        err.stderr
    );
    assert_eq!(env.snapshot_tree(), before);
}

#[test]
fn set_values_date_and_unsafe_titles() {
    let env = TestEnv::english();
    let out = env.gov(&[
        "new",
        "task",
        "--title",
        "../../Ødelæg/alt: nu",
        "--date",
        "1/7-2026",
        "--set",
        "owner=Sofie Søndergaard",
        "--set",
        "due=2026-09-01",
    ]);
    assert_eq!(out.ok(), "tasks/TASK-0001-oedelaeg-alt-nu.md\n");
    let shown = env.gov(&["show", "TASK-0001", "--format", "json"]).json();
    assert_eq!(shown["title"], "../../Ødelæg/alt: nu");
    assert_eq!(shown["date"], "2026-07-01");
    assert_eq!(shown["status"], "open");
    assert_eq!(shown["fields"]["owner"], "Sofie Søndergaard");
}

#[test]
fn unknown_kind_and_bad_type_are_usage_errors() {
    let env = TestEnv::new();
    let err = env.gov(&["new", "memo", "--title", "X"]);
    insta::assert_snapshot!(err.fails(2));
    let err = env.gov(&["new", "decision", "--title", "X", "--type", "XDR"]);
    assert!(
        err.fails(2)
            .contains(
                "sagstypen Beslutning har typerne Arkitekturbeslutning (ADR), Strategisk beslutning (SDR), Operationel beslutning (ODR)"
            ),
        "{}",
        err.stderr
    );
}

#[test]
fn outside_a_repository_gov_says_how_to_start() {
    let env = TestEnv::empty();
    let err = env.gov(&["new", "decision", "--title", "X"]);
    insta::assert_snapshot!(err.fails(2));
}

#[test]
fn edit_opens_the_editor_on_the_new_file() {
    let env = TestEnv::new();
    let script = env.write(
        "editor.sh",
        "#!/bin/sh\necho 'Skrevet i editoren.' >> \"$1\"\n",
    );
    let mut perms = std::fs::metadata(&script).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&script, perms).unwrap();
    let editor = script.to_string_lossy().into_owned();
    let out = env.gov_with(
        &["new", "plan", "--title", "Roadmap 2027", "--edit"],
        &[("EDITOR", &editor)],
    );
    let path = out.ok().trim().to_string();
    assert!(env.read(&path).ends_with("Skrevet i editoren.\n"));
}

#[test]
fn a_repository_template_wins_over_the_built_in_one() {
    let env = TestEnv::new();
    env.write("templates/decision.md", "---\nid: {{ id }}\ntitle: {{ title | yaml }}\nstatus: {{ status | yaml }}\nafdeling: IT\n---\n# {{ title }}\n");
    let path = env
        .gov(&["new", "decision", "--title", "Egen skabelon"])
        .ok()
        .trim()
        .to_string();
    assert_eq!(
        env.read(&path),
        "---\nid: DEC-0001\ntitle: Egen skabelon\nstatus: Udkast\nafdeling: IT\n---\n# Egen skabelon\n"
    );
}

#[test]
fn set_dates_are_written_as_iso_like_gov_set_writes_them() {
    let env = TestEnv::english();
    env.gov(&[
        "new",
        "task",
        "--title",
        "Opfølgning",
        "--set",
        "due=01-11-2026",
    ])
    .ok();
    let text = env.read("tasks/TASK-0001-opfoelgning.md");
    assert!(text.contains("\ndue: 2026-11-01  # e.g."), "{text}");
    // The same parser refuses the same way, and nothing is written.
    let before = env.snapshot_tree();
    let err = env.gov(&["new", "task", "--title", "Y", "--set", "due=31-04-2026"]);
    let stderr = err.fails(2);
    assert!(stderr.contains("due=31-04-2026"), "{stderr}");
    assert!(stderr.contains("31 April does not exist"), "{stderr}");
    assert_eq!(env.snapshot_tree(), before);
    // `--force` keeps what is not a date as typed, and still writes a date
    // as ISO, in `new` and `set` alike.
    env.gov(&[
        "new",
        "task",
        "--title",
        "Z",
        "--set",
        "due=snart",
        "--force",
    ])
    .ok();
    env.gov(&["set", "TASK-0002", "due=1/7-2026", "--force"])
        .ok();
    let shown = env.gov(&["show", "TASK-0002", "--format", "json"]).json();
    assert_eq!(shown["fields"]["due"], "2026-07-01");
}
