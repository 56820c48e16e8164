//! `gov renumber` killed with `kill -9` at every step of its transaction:
//! before the journal (files staged), after the journal and each rename,
//! and after the last rename. Each time the tree is the old state, the new
//! state, or has a journal; the next write command (renumber again, set or
//! new) completes it and says so, and the tree is then the new state.

use std::collections::BTreeMap;
use std::process::Stdio;

use super::wait_for;
use crate::env::TestEnv;

/// A decision referred to from three other records: renumbering it
/// changes four files and renames one.
fn setup() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "decisions/DEC-0006-fuld-stop.md",
        "---\nid: DEC-0006\ntitle: Fuld stop\nstatus: Forslag\nsupersedes: DEC-0001\n---\n\n# Fuld stop\n\nDEC-0006 erstatter DEC-0001.\n",
    );
    env.write(
        "decisions/DEC-0001-gammel.md",
        "---\nid: DEC-0001\ntitle: Gammel\nstatus: Erstattet\nsuperseded_by: DEC-0006\n---\n",
    );
    env.write(
        "backlog/CR-0001-kiosk.md",
        "---\nid: CR-0001\ntitle: Kiosk\nstatus: Indmeldt\ndecision: DEC-0006\n---\n\nSe DEC-0006.\n",
    );
    env.write(
        "meetings/MTG-0001-styregruppe.md",
        "---\nid: MTG-0001\ntitle: Styregruppe\nstatus: Afholdt\ndecisions: [DEC-0006]\n---\n",
    );
    env
}

type Tree = BTreeMap<String, Vec<u8>>;

/// The tree without gov's temporary files.
fn tree(env: &TestEnv) -> Tree {
    env.snapshot_tree()
        .into_iter()
        .filter(|(p, _)| {
            let name = p.rsplit('/').next().unwrap_or(p);
            !(name.starts_with(".gov-") && name.ends_with(".tmp"))
        })
        .collect()
}

/// Every pause point of a renumbering of four files.
const POINTS: &[&str] = &[
    "renumber-staged",
    "renumber-rename-0",
    "renumber-rename-1",
    "renumber-rename-2",
    "renumber-rename-3",
    "renumber-rename-4",
    "renumber-done",
];

#[test]
fn a_renumbering_killed_at_any_point_is_completed_by_the_next_write() {
    let old_state = tree(&setup());
    let reference = setup();
    reference.gov(&["renumber", "DEC-0006", "DEC-0009"]).ok();
    let new_state = tree(&reference);
    assert_ne!(old_state, new_state);
    assert_eq!(new_state.len(), old_state.len());

    let journal = ".git/gov/renumber.journal";
    let nexts: [&[&str]; 3] = [
        &["renumber", "DEC-0006", "DEC-0009"],
        &["set", "MTG-0001", "place=Virtuel"],
        &["new", "task", "--title", "Opfølgning"],
    ];
    for (i, point) in POINTS.iter().enumerate() {
        let env = setup();
        let marker = env.root().join(".git/paused");
        let mut child = env
            .gov_command(&["renumber", "DEC-0006", "DEC-0009"])
            .env("GOVTEST_PAUSE", point)
            .env("GOVTEST_PAUSE_FILE", &marker)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gov starts");
        assert!(wait_for(&marker, &mut child), "{point}: gov never paused");
        child.kill().expect("kill -9");
        child.wait().expect("reaped");

        let now = tree(&env);
        let has_journal = env.root().join(journal).exists();
        assert!(
            now == old_state || now == new_state || has_journal,
            "{point}: the tree is neither old nor new, and there is no journal"
        );
        let before_journal = *point == "renumber-staged";
        assert_eq!(has_journal, !before_journal, "{point}");
        if before_journal {
            assert_eq!(now, old_state, "{point}");
        }

        let next = nexts[i % nexts.len()];
        let run = env.gov(next);
        run.ok();
        let said = run
            .stderr
            .contains("afsluttede en afbrudt omnummerering DEC-0006 → DEC-0009");
        assert_eq!(said, has_journal, "{point}: {}", run.stderr);
        if before_journal {
            assert!(
                run.stderr.contains("fjernede en midlertidig fil"),
                "{point}: {}",
                run.stderr
            );
        }
        assert!(
            !env.root().join(journal).exists(),
            "{point}: journal removed"
        );
        assert_eq!(
            super::leftovers(env.root()),
            Vec::<std::path::PathBuf>::new()
        );

        let after = tree(&env);
        let expected = if before_journal && next[0] != "renumber" {
            &old_state
        } else {
            &new_state
        };
        for (path, bytes) in expected {
            if next[0] == "set" && path == "meetings/MTG-0001-styregruppe.md" {
                let text = String::from_utf8_lossy(&after[path]).into_owned();
                assert!(text.contains("place: Virtuel"), "{point}: {text}");
                assert_eq!(text.contains("DEC-0009"), expected == &new_state, "{point}");
                continue;
            }
            assert_eq!(after.get(path), Some(bytes), "{point}: {path}");
        }
        let extra = after.keys().filter(|p| !expected.contains_key(*p)).count();
        assert_eq!(extra, usize::from(next[0] == "new"), "{point}: {after:?}");
        if next[0] == "renumber" && !before_journal {
            assert!(
                run.stderr.contains("nu afsluttet; intet mere at gøre"),
                "{point}: {}",
                run.stderr
            );
        }
    }
}

/// A file edited by hand after the interruption is neither old nor new:
/// completing would lose that edit, so nothing is written, the error names
/// the file, and the journal stays for the person to decide.
#[test]
fn a_journal_whose_files_changed_since_is_not_completed_over_them() {
    let env = setup();
    let marker = env.root().join(".git/paused");
    let mut child = env
        .gov_command(&["renumber", "DEC-0006", "DEC-0009"])
        .env("GOVTEST_PAUSE", "renumber-rename-1")
        .env("GOVTEST_PAUSE_FILE", &marker)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("gov starts");
    assert!(wait_for(&marker, &mut child), "gov never paused");
    child.kill().expect("kill -9");
    child.wait().expect("reaped");
    let edited = "---\nid: MTG-0001\ntitle: Styregruppe\nstatus: Afholdt\ndecisions: [DEC-0006]\n---\n\nRettet i hånden.\n";
    env.write("meetings/MTG-0001-styregruppe.md", edited);
    let before = tree(&env);
    let run = env.gov(&["set", "CR-0001", "priority:=1"]);
    let err = run.fails(2);
    assert!(err.contains("meetings/MTG-0001-styregruppe.md"), "{err}");
    assert!(err.contains("ændret siden"), "{err}");
    assert!(err.contains("renumber.journal"), "{err}");
    assert_eq!(tree(&env), before);
    assert_eq!(env.read("meetings/MTG-0001-styregruppe.md"), edited);
    let run = env.gov(&["renumber", "DEC-0006", "--dry-run"]);
    assert!(
        run.fails(2).contains("DEC-0006 → DEC-0009"),
        "{}",
        run.stderr
    );
}
