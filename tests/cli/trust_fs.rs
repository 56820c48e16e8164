//! What gov reads from the file system: files that are not regular files
//! (FIFOs, sockets), symbolic links, nested git repositories and files it
//! cannot read are never waited on, never followed out of the repository
//! and never silently left out. Configuration paths: see `paths`.

mod paths;

use std::time::Duration;

use crate::env::{Run, TestEnv};

/// Long enough for a slow debug build on a busy machine; a hang is forever.
const LIMIT: Duration = Duration::from_secs(60);

/// A repository with one decision, DEC-0001, committed.
fn one_decision() -> TestEnv {
    let mut env = TestEnv::english();
    env.gov(&["new", "decision", "--title", "Kiosk mode"]).ok();
    env.commit("Create DEC-0001");
    env
}

fn mkfifo(env: &TestEnv, rel: &str) {
    let status = std::process::Command::new("mkfifo")
        .arg(env.root().join(rel))
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {rel}");
}

/// The validate findings as (path, code, message).
fn findings(run: &Run) -> Vec<(String, String, String)> {
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    json.as_array()
        .expect("an array")
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap_or_default().to_string(),
                d["code"].as_str().unwrap_or_default().to_string(),
                d["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The IDs `gov list --format json` prints (exit status not checked).
fn listed_ids(run: &Run) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    json.as_array()
        .expect("an array")
        .iter()
        .map(|s| s["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_fifo_named_like_a_record_hangs_no_command() {
    let env = one_decision();
    mkfifo(&env, "decisions/x.md");

    let run = env.gov_finishing(LIMIT, &["validate", "--format", "json"]);
    assert_eq!(run.code, 0, "a warning only: {}", run.stderr);
    let found = findings(&run);
    let fifo = found
        .iter()
        .find(|(p, _, _)| p == "decisions/x.md")
        .unwrap_or_else(|| panic!("the FIFO is named: {found:?}"));
    assert_eq!(fifo.1, "GOV066");
    assert!(fifo.2.contains("FIFO"), "{fifo:?}");

    // Asked for by path, it is reported (not refused as "no record").
    let run = env.gov_finishing(LIMIT, &["validate", "decisions/x.md", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(findings(&run).len(), 1, "{}", run.stdout);

    let run = env.gov_finishing(LIMIT, &["list"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("DEC-0001"), "what was read is listed");
    assert!(
        run.stderr.contains("decisions/x.md") && run.stderr.contains("FIFO"),
        "{}",
        run.stderr
    );

    for args in [&["status"][..], &["backlog"][..]] {
        let run = env.gov_finishing(LIMIT, args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains("decisions/x.md"), "{args:?}: {run:?}");
    }

    let run = env.gov_finishing(LIMIT, &["show", "DEC-0001"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("Kiosk mode"));

    let run = env.gov_finishing(LIMIT, &["set", "DEC-0001", "status=proposed"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        env.read("decisions/DEC-0001-kiosk-mode.md")
            .contains("status: proposed")
    );

    let run = env.gov_finishing(LIMIT, &["new", "decision", "--title", "Next"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("DEC-0002"), "{run:?}");
}

#[test]
fn a_socket_in_a_record_folder_is_named_and_not_read() {
    let env = one_decision();
    let _socket = std::os::unix::net::UnixListener::bind(env.root().join("decisions/s.md"))
        .expect("bind a socket");
    let run = env.gov_finishing(LIMIT, &["validate", "--format", "json"]);
    let found = findings(&run);
    assert!(
        found
            .iter()
            .any(|(p, c, m)| p == "decisions/s.md" && c == "GOV066" && m.contains("socket")),
        "{found:?}"
    );
    let run = env.gov_finishing(LIMIT, &["list", "--format", "json"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(listed_ids(&run), ["DEC-0001"]);
    assert!(run.stderr.contains("decisions/s.md") && run.stderr.contains("socket"));
}

#[test]
fn a_link_to_a_file_inside_the_repository_is_read_as_a_record() {
    let env = one_decision();
    env.write(
        "shared/DEC-0002-linked.md",
        "---\nid: DEC-0002\ntitle: Linked\nstatus: proposed\ndate: 2026-08-07\ntype: architecture\n---\n",
    );
    std::os::unix::fs::symlink(
        "../shared/DEC-0002-linked.md",
        env.root().join("decisions/DEC-0002-linked.md"),
    )
    .unwrap();
    // A link without a Markdown name is not a record, whatever it leads to.
    env.write(
        "shared/DEC-0003-scan.md",
        "---\nid: DEC-0003\ntitle: Scan\n---\n",
    );
    std::os::unix::fs::symlink(
        "../shared/DEC-0003-scan.md",
        env.root().join("decisions/scan.pdf"),
    )
    .unwrap();
    let run = env.gov(&["list", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(listed_ids(&run), ["DEC-0001", "DEC-0002"]);
    let run = env.gov(&["validate", "--format", "json"]);
    assert!(
        !findings(&run).iter().any(|(_, c, _)| c == "GOV063"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_link_out_of_the_repository_or_to_a_fifo_is_a_finding_and_not_read() {
    let env = one_decision();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("DEC-0009-secret.md");
    std::fs::write(&secret, "---\nid: DEC-0009\ntitle: Secret\n---\n").unwrap();
    std::os::unix::fs::symlink(&secret, env.root().join("decisions/DEC-0009-secret.md")).unwrap();
    mkfifo(&env, "pipe.md");
    std::os::unix::fs::symlink("../pipe.md", env.root().join("decisions/DEC-0008-pipe.md"))
        .unwrap();

    let run = env.gov_finishing(LIMIT, &["validate", "--format", "json"]);
    let found = findings(&run);
    let link = |name: &str| {
        found
            .iter()
            .find(|(p, c, _)| p.ends_with(name) && c == "GOV063")
            .unwrap_or_else(|| panic!("{name}: {found:?}"))
            .2
            .clone()
    };
    assert!(link("DEC-0009-secret.md").contains("outside"));
    assert!(link("DEC-0008-pipe.md").contains("FIFO"));
    assert!(!run.stdout.contains("Secret"));

    let run = env.gov_finishing(LIMIT, &["list", "--format", "json"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(listed_ids(&run), ["DEC-0001"]);
    assert!(
        run.stderr.contains("decisions/DEC-0009-secret.md"),
        "{run:?}"
    );
}

#[test]
fn a_submodule_in_a_record_folder_is_not_a_folder_of_records() {
    let mut env = one_decision();
    let other = tempfile::tempdir().unwrap();
    let git = |dir: &std::path::Path, args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(dir)
            .args(args)
            .env("HOME", other.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "A")
            .env("GIT_AUTHOR_EMAIL", "a@example.org")
            .env("GIT_COMMITTER_NAME", "A")
            .env("GIT_COMMITTER_EMAIL", "a@example.org")
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}: {out:?}");
    };
    let lib = other.path().join("lib");
    std::fs::create_dir(&lib).unwrap();
    git(&lib, &["init", "-q", "-b", "main"]);
    std::fs::write(
        lib.join("DEC-0042-vendored.md"),
        "---\nid: DEC-0042\ntitle: Vendored\nstatus: nonsense\n---\n",
    )
    .unwrap();
    git(&lib, &["add", "-A"]);
    git(&lib, &["commit", "-q", "-m", "lib"]);
    env.git(&[
        "-c",
        "protocol.file.allow=always",
        "submodule",
        "add",
        "-q",
        lib.to_str().unwrap(),
        "decisions/vendor",
    ]);
    env.commit("Add a submodule");
    // Any nested repository, not only a submodule.
    env.write(
        "decisions/nested/DEC-0043-nested.md",
        "---\nid: DEC-0043\ntitle: Nested\nstatus: nonsense\n---\n",
    );
    env.git(&["-C", "decisions/nested", "init", "-q"]);
    assert!(
        env.root()
            .join("decisions/vendor/DEC-0042-vendored.md")
            .is_file()
    );

    let run = env.gov(&["list", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(listed_ids(&run), ["DEC-0001"]);
    let run = env.gov(&["validate", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(findings(&run).iter().all(|(p, _, _)| !p.contains("vendor")));
    let run = env.gov(&["trace", "--all", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stdout.contains("DEC-0042"), "{}", run.stdout);
}

#[test]
fn files_that_cannot_be_read_are_named_by_list_status_and_backlog() {
    let env = one_decision();
    std::fs::write(
        env.root().join("decisions/DEC-0005-latin1.md"),
        b"---\nid: DEC-0005\ntitle: K\xf8benhavn\n---\n",
    )
    .unwrap();
    let run = env.gov(&["list"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("DEC-0001"), "what was read is listed");
    assert!(
        run.stderr.contains("decisions/DEC-0005-latin1.md") && run.stderr.contains("UTF-8"),
        "{}",
        run.stderr
    );
    for args in [&["status"][..], &["backlog"][..]] {
        let run = env.gov(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(
            run.stderr.contains("decisions/DEC-0005-latin1.md"),
            "{run:?}"
        );
    }
    // validate reports it as a finding (GOV060), as before.
    let run = env.gov(&["validate", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert!(
        findings(&run)
            .iter()
            .any(|(p, c, _)| p.ends_with("latin1.md") && c == "GOV060")
    );
}

#[test]
fn new_does_not_take_the_number_of_a_file_it_could_not_read() {
    let env = one_decision();
    std::fs::write(
        env.root().join("decisions/DEC-0007-latin1.md"),
        b"---\nid: DEC-0007\ntitle: K\xf8benhavn\n---\n",
    )
    .unwrap();
    mkfifo(&env, "decisions/DEC-0008-pipe.md");
    let run = env.gov_finishing(LIMIT, &["new", "decision", "--title", "Next"]);
    assert_eq!(run.stdout.trim(), "decisions/DEC-0009-next.md", "{run:?}");
}

#[test]
fn fifos_in_place_of_gov_yaml_a_schema_a_template_or_the_order_file_are_errors() {
    let env = one_decision();
    mkfifo(&env, "templates/decision.md.fifo");
    std::fs::remove_file(env.root().join("templates/decision.md")).unwrap();
    std::fs::rename(
        env.root().join("templates/decision.md.fifo"),
        env.root().join("templates/decision.md"),
    )
    .unwrap();
    let run = env.gov_finishing(LIMIT, &["new", "decision", "--title", "X"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("templates/decision.md") && run.stderr.contains("FIFO"));

    mkfifo(&env, "backlog/order.yaml");
    let run = env.gov_finishing(LIMIT, &["backlog"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("order.yaml") && run.stderr.contains("FIFO"));

    mkfifo(&env, "schema.json");
    env.write(
        "gov.yaml",
        "lang: en\nkinds:\n  decision:\n    schema_extra: schema.json\n",
    );
    let run = env.gov_finishing(LIMIT, &["validate"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("schema.json") && run.stderr.contains("FIFO"));

    std::fs::remove_file(env.root().join("gov.yaml")).unwrap();
    mkfifo(&env, "gov.yaml");
    let run = env.gov_finishing(LIMIT, &["list"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("gov.yaml") && run.stderr.contains("FIFO"),
        "{run:?}"
    );
}

#[test]
fn a_kind_folder_that_cannot_be_listed_is_named() {
    let env = one_decision();
    std::fs::remove_dir_all(env.root().join("tasks")).unwrap();
    env.write("tasks", "not a folder");
    let run = env.gov(&["list"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("DEC-0001"));
    assert!(run.stderr.contains("error: tasks: "), "{}", run.stderr);
}

#[test]
fn templates_inside_a_record_folder_are_not_records() {
    let env = one_decision();
    env.write("gov.yaml", "lang: en\ntemplates: decisions/forms\n");
    env.write(
        "decisions/forms/decision.md",
        "---\nid: DEC-0002\ntitle: \"{{ title }}\"\n---\n",
    );
    let run = env.gov(&["list", "--format", "json"]);
    assert_eq!(listed_ids(&run), ["DEC-0001"], "{run:?}");
}
