//! Paths gov is given: in gov.yaml and `GOV_*` variables (never outside the
//! repository), on the command line (`validate PATH`), and the repository
//! itself (a git repository without gov.yaml is not a governance one).

use crate::env::TestEnv;

/// Runs `args` and expects exit 2 with every word of `words` on stderr.
#[track_caller]
fn refused(env: &TestEnv, args: &[&str], vars: &[(&str, &str)], words: &[&str]) -> String {
    let run = env.gov_with(args, vars);
    let stderr = run.fails(2).to_string();
    for word in words {
        assert!(
            stderr.contains(word),
            "{args:?}: `{word}` missing in\n{stderr}"
        );
    }
    stderr
}

#[test]
fn a_kind_folder_outside_the_repository_is_refused_with_its_key_and_line() {
    let env = TestEnv::english();
    env.write(
        "gov.yaml",
        "lang: en\nkinds:\n  decision:\n    folder: ../elsewhere\n",
    );
    refused(
        &env,
        &["list"],
        &[],
        &[
            "gov.yaml:4:13",
            "kinds.decision.folder",
            "../elsewhere",
            "outside",
        ],
    );
    let before = env.snapshot_tree();
    refused(
        &env,
        &["new", "decision", "--title", "X"],
        &[],
        &["kinds.decision.folder"],
    );
    refused(&env, &["init"], &[], &["kinds.decision.folder"]);
    assert_eq!(env.snapshot_tree(), before, "nothing written");
    assert!(!env.root().parent().unwrap().join("elsewhere").exists());
}

#[test]
fn absolute_paths_and_every_path_key_are_checked() {
    let env = TestEnv::english();
    let cases = [
        ("templates: /etc\n", "templates", "gov.yaml:1:12"),
        (
            "kinds:\n  task:\n    folder: tasks/../../x\n",
            "kinds.task.folder",
            "gov.yaml:3:13",
        ),
        (
            "kinds:\n  decision:\n    schema: ../schema.json\n",
            "kinds.decision.schema",
            "gov.yaml:3:13",
        ),
        (
            "kinds:\n  decision:\n    schema_extra: /tmp/x.json\n",
            "kinds.decision.schema_extra",
            "gov.yaml:3:19",
        ),
        (
            "backlog:\n  order_file: ../order.yaml\n",
            "backlog.order_file",
            "gov.yaml:2:15",
        ),
    ];
    for (yaml, key, place) in cases {
        env.write("gov.yaml", yaml);
        refused(&env, &["validate"], &[], &[key, place]);
    }
    // Inside after all: accepted.
    env.write(
        "gov.yaml",
        "kinds:\n  decision:\n    folder: x/../decisions\n",
    );
    env.gov(&["list"]).ok();
}

#[test]
fn a_variable_that_leads_out_is_refused_by_name() {
    let env = TestEnv::english();
    refused(
        &env,
        &["list"],
        &[("GOV_TEMPLATES", "../../t")],
        &["GOV_TEMPLATES", "templates"],
    );
    refused(
        &env,
        &["status"],
        &[("GOV_KINDS__MEETING__FOLDER", "/var")],
        &["GOV_KINDS__MEETING__FOLDER", "kinds.meeting.folder"],
    );
}

#[test]
fn a_folder_that_is_a_link_out_of_the_repository_is_refused() {
    let env = TestEnv::english();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("DEC-0001-x.md"),
        "---\nid: DEC-0001\ntitle: Outside\n---\n",
    )
    .unwrap();
    std::fs::remove_dir_all(env.root().join("decisions")).unwrap();
    std::os::unix::fs::symlink(outside.path(), env.root().join("decisions")).unwrap();
    let stderr = refused(&env, &["list"], &[], &["kinds.decision.folder", "outside"]);
    assert!(!stderr.contains("Outside"));
    // The same through a parent: templates below a linked folder.
    std::fs::remove_file(env.root().join("decisions")).unwrap();
    std::fs::create_dir(env.root().join("decisions")).unwrap();
    std::os::unix::fs::symlink(outside.path(), env.root().join("linked")).unwrap();
    env.write("gov.yaml", "lang: en\ntemplates: linked/templates\n");
    refused(&env, &["list"], &[], &["templates", "gov.yaml:2:12"]);
}

#[test]
fn code_repositories_may_sit_beside_the_governance_repository() {
    let env = TestEnv::english();
    env.write(
        "gov.yaml",
        "lang: en\nrepositories:\n  - { name: code, path: ../code }\n",
    );
    env.gov(&["list"]).ok();
}

#[test]
fn init_in_a_bare_repository_refuses() {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "--bare"]);
    let before = env.snapshot_tree();
    let stderr = env.gov(&["init"]).fails(2).to_string();
    assert!(stderr.contains("bare"), "{stderr}");
    assert_eq!(env.snapshot_tree(), before, "nothing written");
}

#[test]
fn validate_refuses_a_path_that_is_no_record() {
    let env = TestEnv::english();
    env.gov(&["new", "decision", "--title", "Kiosk"]).ok();
    env.write("decisions/notes.txt", "notes");
    env.write("notes/DEC-0007-x.md", "---\nid: DEC-0007\n---\n");
    for (path, word) in [
        ("decisions/DEC-0099-missing.md", "does not exist"),
        ("gov.yaml", "not in a record folder"),
        ("notes/DEC-0007-x.md", "not in a record folder"),
        ("decisions/notes.txt", "not a Markdown file"),
        ("decisions/README.md", "never a record"),
        ("../elsewhere.md", "outside the repository"),
    ] {
        let stderr = env.gov(&["validate", path]).fails(2).to_string();
        assert!(
            stderr.contains(path.trim_start_matches("../")) && stderr.contains(word),
            "{path}: {stderr}"
        );
    }
    // A record and a record folder are fine.
    let out = env.gov(&["validate", "decisions/DEC-0001-kiosk.md"]);
    assert!(out.ok().contains("1"), "{out:?}");
    env.gov(&["validate", "decisions"]).ok();
    env.gov(&["validate", "."]).ok();
    env.write("src/lib.rs", "");
    let stderr = env.gov(&["validate", "src"]).fails(2).to_string();
    assert!(stderr.contains("src is not in a record folder"), "{stderr}");
    env.gov(&["-C", "decisions", "validate", "DEC-0001-kiosk.md"])
        .ok();
}

#[test]
fn a_git_repository_without_gov_yaml_is_not_a_governance_repository() {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write("src/main.rs", "fn main() {}\n");
    for args in [
        &["list"][..],
        &["show", "DEC-0001"],
        &["validate"],
        &["status"],
        &["backlog"],
        &["trace", "--all"],
        &["log"],
        &["release", "v1.0.0"],
    ] {
        let stderr = env.gov(args).fails(2).to_string();
        assert!(
            stderr.contains("no gov.yaml") && stderr.contains("gov init") && stderr.contains("-C"),
            "{args:?}: {stderr}"
        );
    }
    let stderr = env
        .gov(&["new", "decision", "--title", "X"])
        .fails(2)
        .to_string();
    assert!(stderr.contains("gov init"), "{stderr}");
    assert!(!env.root().join("decisions").exists(), "no folder made");
}
