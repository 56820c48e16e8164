//! Writes: all or nothing, and nobody's edit lost (issue 12). Real
//! processes started at once, a real `kill -9` in the middle of a
//! renumbering, real umasks, a real hostile template and a real editor
//! script.

mod renumber_kill;

use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};

use crate::env::{Run, TestEnv};

const DEC1: &str = "---\nid: DEC-0001\ntitle: Fuld stop\nstatus: Forslag\ndate: 2026-11-28\ntype: strategic\ndeciders: [Styregruppen]\n---\n\n# Fuld stop\n";

/// Waits for a started process, killing it after `limit`.
fn wait_at_most(mut child: Child, limit: Duration) -> Option<std::process::Output> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if child.try_wait().expect("try_wait").is_some() {
            return Some(child.wait_with_output().expect("output"));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

fn run_of(out: std::process::Output) -> Run {
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Waits until `path` exists (a paused gov made it); false after 30 s or
/// when the process ended first.
pub fn wait_for(path: &Path, child: &mut Child) -> bool {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(30) {
        if path.exists() {
            return true;
        }
        if child.try_wait().expect("try_wait").is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Twenty `gov set` processes started at once on one record, each setting
/// its own key: all twenty keys are in the file afterwards, and all twenty
/// commands succeeded.
#[test]
fn twenty_parallel_sets_keep_all_twenty_keys() {
    let env = TestEnv::new();
    env.write("decisions/DEC-0001-fuld-stop.md", DEC1);
    let barrier = std::sync::Barrier::new(20);
    let runs: Vec<Run> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..20)
            .map(|i| {
                let (env, barrier) = (&env, &barrier);
                s.spawn(move || {
                    let mut cmd = env.gov_command(&["set", "DEC-0001", &format!("k{i}=v{i}")]);
                    barrier.wait();
                    run_of(cmd.output().expect("gov runs"))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    for run in &runs {
        run.ok();
    }
    let shown = env.gov(&["show", "DEC-0001", "--format", "json"]).json();
    for i in 0..20 {
        assert_eq!(shown["fields"][format!("k{i}")], format!("v{i}"), "k{i}");
    }
    assert_eq!(shown["fields"]["title"], "Fuld stop");
}

/// A file another program writes while `gov set` works (after gov read it,
/// before its rename) is refused with the file named, exit 2, and the other
/// program's text stays.
#[test]
fn a_file_changed_by_another_program_meanwhile_is_refused() {
    let env = TestEnv::new();
    let path = env.write("decisions/DEC-0001-fuld-stop.md", DEC1);
    let marker = env.root().join(".git/paused");
    let mut child = env
        .gov_command(&["set", "DEC-0001", "status=Accepteret"])
        .env("GOVTEST_PAUSE", "replace-staged")
        .env("GOVTEST_PAUSE_FILE", &marker)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("gov starts");
    assert!(wait_for(&marker, &mut child), "gov never paused");
    let theirs = DEC1.replace("# Fuld stop", "# Fuld stop\n\nSkrevet i web-editoren.");
    std::fs::write(&path, &theirs).expect("write");
    std::fs::remove_file(&marker).expect("resume");
    let run = run_of(child.wait_with_output().expect("gov ends"));
    let err = run.fails(2);
    assert!(err.contains("decisions/DEC-0001-fuld-stop.md"), "{err}");
    assert!(err.contains("et andet program"), "{err}");
    assert!(err.contains("kør kommandoen igen"), "{err}");
    assert_eq!(env.read("decisions/DEC-0001-fuld-stop.md"), theirs);
    assert_eq!(leftovers(env.root()), Vec::<PathBuf>::new());
}

/// Temporary files gov left anywhere below the root (outside .git).
fn leftovers(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read_dir").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == ".git" {
                continue;
            }
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else if name.starts_with(".gov-") && name.ends_with(".tmp") {
                out.push(entry.path());
            }
        }
    }
    out
}

/// Temporary files a killed process left in record folders are removed by
/// the next write command, which says so.
#[test]
fn stale_temporary_files_are_removed_by_the_next_write() {
    let env = TestEnv::new();
    env.write("decisions/DEC-0001-fuld-stop.md", DEC1);
    env.write("decisions/.gov-Xq3t9a.tmp", "half a record");
    env.write("backlog/arkiv/.gov-7hFk2b.tmp", "");
    env.write("decisions/.gov-noter.md", "not gov's");
    let run = env.gov(&["set", "DEC-0001", "status_note=pr mail"]);
    run.ok();
    assert!(
        run.stderr.contains(
            "fjernede en midlertidig fil efter en afbrudt kørsel: decisions/.gov-Xq3t9a.tmp"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(leftovers(env.root()), Vec::<PathBuf>::new());
    assert!(env.root().join("decisions/.gov-noter.md").exists());
}

/// Files gov creates get the mode the umask gives (today: 0600 for all),
/// and a file gov rewrites keeps its mode.
#[cfg(unix)]
#[test]
fn files_are_created_with_the_users_umask_and_keep_their_mode() {
    for (umask, expected) in [("022", 0o644), ("002", 0o664)] {
        let env = TestEnv::new();
        let gov = env!("CARGO_BIN_EXE_gov");
        let under_umask = |args: &[&str]| {
            let script = format!("umask {umask} && exec \"$0\" \"$@\"");
            let out = env
                .command("sh")
                .arg("-c")
                .arg(script)
                .arg(gov)
                .args(args)
                .output()
                .expect("sh runs");
            run_of(out)
        };
        let path = under_umask(&["new", "decision", "--title", "Fuld stop"])
            .ok()
            .trim()
            .to_string();
        assert_eq!(
            mode(&env.root().join(&path)),
            expected,
            "umask {umask}: new"
        );
        under_umask(&[
            "new",
            "change",
            "--title",
            "Kiosk",
            "--set",
            "decision=DEC-0001",
        ])
        .ok();
        chmod(&env.root().join(&path), 0o640);
        under_umask(&["set", "DEC-0001", "status_note=x"]).ok();
        assert_eq!(mode(&env.root().join(&path)), 0o640, "umask {umask}: set");
        under_umask(&["renumber", "DEC-0001", "DEC-0005"]).ok();
        let renamed = env.root().join(path.replace("DEC-0001", "DEC-0005"));
        assert_eq!(
            mode(&renamed),
            0o640,
            "umask {umask}: renumber keeps the mode"
        );
        let cr = env.root().join("backlog/CR-0001-kiosk.md");
        assert_eq!(mode(&cr), expected, "umask {umask}: a referring file");
    }
}

/// `gov set` refuses a value the kind's schema rejects, printing the
/// finding as `gov validate` does (rule, file, line), and writes nothing;
/// `--force` writes it and prints the finding as a warning.
#[test]
fn set_refuses_values_validation_rejects_unless_forced() {
    let env = TestEnv::english();
    env.write("decisions/DEC-0001-fuld-stop.md", DEC1);
    env.write(
        "decisions/DEC-0002-kiosk.md",
        &DEC1
            .replace("DEC-0001", "DEC-0002")
            .replace("Fuld stop", "Kiosk"),
    );
    let before = env.snapshot_tree();
    let run = env.gov(&["set", "DEC-0001", "deciders:=3"]);
    insta::assert_snapshot!("set_refused_schema", run.fails(2));
    assert_eq!(env.snapshot_tree(), before);
    let run = env.gov(&["set", "DEC-0002", "id=DEC-0001"]);
    let err = run.fails(2);
    assert!(err.contains("error[GOV040]"), "{err}");
    assert!(err.contains("decisions/DEC-0002-kiosk.md:2:5"), "{err}");
    assert_eq!(env.snapshot_tree(), before);
    let run = env.gov(&["set", "DEC-0001", "deciders:=3", "--force"]);
    run.ok();
    assert!(run.stderr.contains("warning[GOV010]"), "{}", run.stderr);
    assert!(
        env.read("decisions/DEC-0001-fuld-stop.md")
            .contains("deciders: 3\n")
    );
    // A record that was already wrong can still be edited.
    env.gov(&["set", "DEC-0001", "status_note=pr mail"]).ok();
}

/// `gov new --set` checks the new record the same way.
#[test]
fn new_refuses_set_values_validation_rejects_unless_forced() {
    let env = TestEnv::english();
    let before = env.snapshot_tree();
    let run = env.gov(&[
        "new",
        "task",
        "--title",
        "Opfølgning",
        "--set",
        "owner:=[Agnete, Sofie]",
    ]);
    let err = run.fails(2);
    assert!(err.contains("error[GOV010]"), "{err}");
    assert!(err.contains("tasks/TASK-0001-opfoelgning.md"), "{err}");
    assert!(err.contains("nothing written"), "{err}");
    assert_eq!(env.snapshot_tree(), before);
    let run = env.gov(&[
        "new",
        "task",
        "--title",
        "Opfølgning",
        "--set",
        "owner:=[Agnete, Sofie]",
        "--force",
    ]);
    assert_eq!(run.ok(), "tasks/TASK-0001-opfoelgning.md\n");
    assert!(run.stderr.contains("warning[GOV010]"), "{}", run.stderr);
}

/// An ID number that cannot grow is an error naming the kind, not a
/// wrap to `DEC-0000` (nor a panic).
#[test]
fn an_id_that_overflows_is_an_error() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-18446744073709551615-last.md",
        &DEC1.replace("DEC-0001", "DEC-18446744073709551615"),
    );
    let before = env.snapshot_tree();
    let run = env.gov(&["new", "decision", "--title", "One more"]);
    let err = run.fails(2);
    assert!(err.contains("DEC-18446744073709551615"), "{err}");
    assert!(err.contains("does not fit"), "{err}");
    assert_eq!(env.snapshot_tree(), before);
    let err = env
        .gov(&["renumber", "DEC-18446744073709551615"])
        .fails(2)
        .to_string();
    assert!(err.contains("does not fit"), "{err}");
}

/// A new ID with another kind's prefix is refused with both kinds named.
#[test]
fn renumbering_to_another_kinds_prefix_is_refused() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0006-fuld-stop.md",
        &DEC1.replace("DEC-0001", "DEC-0006"),
    );
    let before = env.snapshot_tree();
    let err = env
        .gov(&["renumber", "DEC-0006", "CR-0009"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("DEC-0006 is of the kind Decision: its new ID must start with DEC- (not CR-, the prefix of the kind Change request)"),
        "{err}"
    );
    assert_eq!(env.snapshot_tree(), before);
}

/// Hostile templates (a loop without end, a string doubled sixty times,
/// a flood of output) stop with an error naming the template, quickly,
/// and no record is written.
#[test]
fn hostile_templates_stop_with_an_error() {
    let templates = [
        "---\nid: {{ id }}\n---\n{% for i in range(100000) %}{% for j in range(100000) %}{{ j }}{% endfor %}{% endfor %}\n",
        "---\nid: {{ id }}\n---\n{% set ns = namespace(s=title) %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}\n",
        "---\nid: {{ id }}\n---\n{% for i in range(3000) %}{{ \"x\" * 1000 }}{% endfor %}\n",
    ];
    for template in templates {
        let env = TestEnv::english();
        env.write("templates/decision.md", template);
        let before = env.snapshot_tree();
        let child = env
            .gov_command(&["new", "decision", "--title", "Fuld stop"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("gov starts");
        let out = wait_at_most(child, Duration::from_secs(20))
            .unwrap_or_else(|| panic!("gov did not stop on {template}"));
        let run = run_of(out);
        let err = run.fails(2);
        assert!(err.contains("templates/decision.md"), "{err}");
        assert!(err.contains("gov stopped it"), "{err}");
        assert_eq!(env.snapshot_tree(), before);
    }
}

/// `$EDITOR` is run through the shell like git runs it: a quoted program
/// path with a space, arguments (one with a space), and a record path with
/// a space all arrive as meant.
#[cfg(unix)]
#[test]
fn the_editor_is_run_the_way_git_runs_it() {
    let env = TestEnv::new();
    let script = env.write(
        "mine editor/ed.sh",
        "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$(dirname \"$0\")/argv\"\n",
    );
    chmod(&script, 0o755);
    std::fs::create_dir_all(env.root().join("min styring")).expect("mkdir");
    env.gov(&["-C", "min styring", "init", "--lang", "da"]).ok();
    let editor = format!("'{}' --wait \"--title=a b\"", script.display());
    let run = env.gov_with(
        &[
            "-C",
            "min styring",
            "new",
            "decision",
            "--title",
            "Fuld stop",
            "--edit",
        ],
        &[("EDITOR", &editor)],
    );
    run.ok();
    let argv = env.read("mine editor/argv");
    let expected = format!(
        "--wait\n--title=a b\n{}/min styring/decisions/DEC-0001-fuld-stop.md\n",
        env.root().display()
    );
    assert_eq!(argv, expected);
}

/// A record with old Mac line ends (CR only) is edited in place: one front
/// matter, the value changed, every line still ending in CR.
#[test]
fn a_record_with_cr_line_ends_is_edited_in_place() {
    let env = TestEnv::english();
    let text = DEC1.replace('\n', "\r");
    env.write("decisions/DEC-0001-fuld-stop.md", &text);
    let shown = env.gov(&["show", "DEC-0001", "--format", "json"]).json();
    assert_eq!(shown["fields"]["title"], "Fuld stop");
    env.gov(&["set", "DEC-0001", "status=accepted", "status_note=pr mail"])
        .ok();
    let after = env.read("decisions/DEC-0001-fuld-stop.md");
    assert_eq!(
        after,
        text.replace("status: Forslag", "status: accepted").replace(
            "deciders: [Styregruppen]\r",
            "deciders: [Styregruppen]\rstatus_note: pr mail\r"
        )
    );
    assert!(!after.contains('\n'));
}
