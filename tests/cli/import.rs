//! `gov import` on real temp git repositories holding the fixtures of
//! tests/fixtures/import/: the exact front matter written, bodies byte for
//! byte, idempotence, `--dry-run`, `--move-metadata`, the JSON report,
//! forge issues, bad input (exit 2 naming file:line:col, nothing changed)
//! and an import killed with `kill -9` midway, completed by the next write.

use std::process::Stdio;

use crate::env::TestEnv;

const CONFIG: &str = "lang: da\nforge_url: https://github.com/OS2borgerPC/styring\nbodies:\n  styregruppe:\n    label: { da: Styregruppen, en: Steering committee }\n    aliases: [styregruppen]\n  koordinationsgruppe:\n    label: { da: Koordinationsgruppen, en: Coordination group }\n    aliases: [koordinationgruppen]\nkinds:\n  decision: { folder: beslutninger }\n  meeting: { folder: moeder }\n";

fn fixture(path: &str) -> String {
    let file = format!(
        "{}/tests/fixtures/import/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Copies the fixture folder `from` to `to` in the repository.
fn copy(env: &TestEnv, from: &str, to: &str) {
    let dir = format!(
        "{}/tests/fixtures/import/{from}",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut stack = vec![(std::path::PathBuf::from(&dir), to.to_string())];
    while let Some((d, rel)) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("fixture dir").flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let r = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            if e.path().is_dir() {
                stack.push((e.path(), r));
            } else {
                env.write(&r, &std::fs::read_to_string(e.path()).expect("read"));
            }
        }
    }
}

/// A repository with the community's Markdown decisions and meetings,
/// committed.
fn community() -> TestEnv {
    let mut env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write("gov.yaml", CONFIG);
    copy(&env, "markdown/beslutninger", "beslutninger");
    copy(&env, "markdown/moeder", "moeder");
    env.commit("Create records");
    env
}

fn mtimes(env: &TestEnv) -> Vec<(String, std::time::SystemTime)> {
    env.snapshot_tree()
        .into_iter()
        .map(|(p, _)| {
            let m = std::fs::metadata(env.root().join(&p)).expect("meta");
            (p, m.modified().expect("mtime"))
        })
        .collect()
}

#[test]
fn community_markdown_gets_front_matter_above_the_same_body() {
    let env = community();
    let run = env.gov(&["import"]);
    insta::assert_snapshot!(run.ok());
    let body = fixture("markdown/beslutninger/sdr-budget-2027.md");
    assert_eq!(
        env.read("beslutninger/sdr-budget-2027.md"),
        format!(
            "---\nid: DEC-0003\ntitle: Budget for 2027\ndate: 2026-06-04\nstatus: accepted\nstatus_note: Godkendt på styregruppemødet den 4. juni 2026.\ndeciders: [styregruppe, koordinationsgruppe]\ntype: strategic\n---\n{body}"
        )
    );
    let meeting = env.read("moeder/styregruppe/20260806_OS2BorgerPCStyregruppe.md");
    let original = fixture("markdown/moeder/styregruppe/20260806_OS2BorgerPCStyregruppe.md");
    assert!(meeting.ends_with(&original));
    assert!(meeting.starts_with("---\nid: MTG-0002\n"), "{meeting}");
    assert!(
        meeting.contains("\ndecisions: [DEC-0003, DEC-0002]\n"),
        "{meeting}"
    );
    assert!(
        meeting.contains("\napologies: [Jens Hansen]\n"),
        "{meeting}"
    );
    assert!(!meeting.contains("agenda:"), "the agenda stays in the body");
    // Templates and READMEs are left as they were.
    assert_eq!(
        env.read("beslutninger/skabelon.md"),
        fixture("markdown/beslutninger/skabelon.md")
    );
}

#[test]
fn after_the_import_validate_reports_only_the_real_problems() {
    let env = community();
    env.gov(&["import"]).ok();
    let run = env.gov(&["validate", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let found: Vec<(String, String)> = v
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            (
                d["path"].as_str().unwrap_or("").to_string(),
                d["code"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "beslutninger/uklar-dato.md".to_string(),
                "GOV020".to_string()
            ),
            (
                "beslutninger/uklar-dato.md".to_string(),
                "GOV010".to_string()
            ),
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn a_second_import_and_a_dry_run_change_nothing() {
    let env = community();
    let before = env.snapshot_tree();
    let times = mtimes(&env);
    let run = env.gov(&["import", "--dry-run"]);
    assert!(run.ok().contains("prøvekørsel: intet er skrevet"));
    assert_eq!(env.snapshot_tree(), before);
    assert_eq!(mtimes(&env), times);
    env.gov(&["import"]).ok();
    let after = env.snapshot_tree();
    assert_ne!(after, before);
    let times = mtimes(&env);
    let run = env.gov(&["import"]);
    assert!(
        run.ok()
            .contains("0 filer importeret, 0 oprettet, 11 sprunget over"),
        "{}",
        run.stdout
    );
    assert_eq!(env.snapshot_tree(), after);
    assert_eq!(mtimes(&env), times);
}

#[test]
fn move_metadata_takes_the_lines_that_became_fields_out() {
    let env = community();
    env.gov(&[
        "import",
        "--move-metadata",
        "beslutninger/sdr-budget-2027.md",
    ])
    .ok();
    assert_eq!(
        env.read("beslutninger/sdr-budget-2027.md"),
        "---\nid: DEC-0001\ntitle: Budget for 2027\ndate: 2026-06-04\nstatus: accepted\nstatus_note: Godkendt på styregruppemødet den 4. juni 2026.\ndeciders: [styregruppe, koordinationsgruppe]\ntype: strategic\n---\n# [SDR]Budget for 2027\n\n\n## Baggrund\nBudgettet dækker drift og udvikling.\n\n## Indstilling\nStyregruppen godkender budgettet på 450.000 kr.\n"
    );
}

#[test]
fn the_json_report_names_ids_fields_body_and_notes() {
    let env = community();
    let run = env.gov(&["import", "--dry-run", "--format", "json", "beslutninger"]);
    insta::assert_snapshot!(run.ok());
}

fn tools(kind_folder: &str, fixture_folder: &str) -> TestEnv {
    let mut env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write(
        "gov.yaml",
        &format!("lang: en\nkinds:\n  decision: {{ folder: {kind_folder} }}\n"),
    );
    copy(&env, fixture_folder, kind_folder);
    env.commit("Create records");
    env
}

#[test]
fn adr_tools_numbers_and_links_become_ids() {
    let env = tools("doc/adr", "adr-tools");
    env.gov(&["import", "--from", "adr-tools"]).ok();
    let two = env.read("doc/adr/0002-use-postgresql.md");
    assert!(
        two.starts_with("---\nid: DEC-0002\ntitle: Use PostgreSQL\ndate: 2016-03-01\nstatus: superseded\nsuperseded_by: [DEC-0004]\nrelated: [DEC-0003]\n---\n# 2. Use PostgreSQL\n"),
        "{two}"
    );
    assert!(
        env.read("doc/adr/0004-use-sqlite-for-the-client.md")
            .contains("\nsupersedes: [DEC-0002]\n")
    );
}

#[test]
fn madr_front_matter_is_merged_key_by_key() {
    let env = tools("docs/decisions", "madr");
    env.gov(&["import"]).ok();
    let four = env.read("docs/decisions/0004-publish-with-jekyll.md");
    assert_eq!(
        four,
        "---\nstatus: superseded\ndate: 2024-03-05\ndecision-makers:\n  - Styregruppen\n  - Koordinationsgruppen\nconsulted: []\ninformed:\n  - Produktsekretariatet\nparent: Decisions\nnav_order: 4\nid: DEC-0004\nstatus_note: superseded by [ADR-0006](0006-publish-with-hugo.md)\ndeciders: [Styregruppen, Koordinationsgruppen]\ntitle: Publish with Jekyll\n---\n\n# Publish with Jekyll\n\n## Context and Problem Statement\n\nThe site must be built by the forge.\n"
    );
    assert_eq!(
        env.read("docs/decisions/index.md"),
        fixture("madr/index.md")
    );
}

#[test]
fn a_number_taken_on_another_branch_is_not_reused() {
    let mut env = tools("doc/adr", "adr-tools");
    env.git(&["checkout", "-q", "-b", "other"]);
    env.write(
        "doc/adr/DEC-0002-elsewhere.md",
        "---\nid: DEC-0002\ntitle: Elsewhere\n---\n",
    );
    env.commit("Elsewhere");
    env.git(&["checkout", "-q", "main"]);
    env.gov(&["import"]).ok();
    let two = env.read("doc/adr/0002-use-postgresql.md");
    assert!(two.starts_with("---\nid: DEC-0005\n"), "{two}");
    assert!(
        env.read("doc/adr/0004-use-sqlite-for-the-client.md")
            .contains("\nsupersedes: [DEC-0005]\n")
    );
}

#[test]
fn forge_issues_become_change_requests_once() {
    let mut env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write("gov.yaml", "lang: en\n");
    env.write("issues.json", &fixture("github-issues/issues.json"));
    env.commit("Issues");
    let run = env.gov(&["import", "--from", "github-issues", "issues.json"]);
    insta::assert_snapshot!(run.ok());
    assert_eq!(
        env.read("backlog/CR-0002-skaermlaas-efter-5-minutter.md"),
        "---\nid: CR-0002\ntitle: Skærmlås efter 5 minutter\ndate: 2026-03-02\nstatus: evaluating\ncategory: change\nsubmitted_by: agnete-moos\ntags: [skærm]\nforge_issue: https://github.com/OS2borgerPC/os2borgerpc/issues/412\n---\n# Skærmlås efter 5 minutter\n\nDet skal være muligt at låse skærmen efter 5 minutter.\n\nBestilt af Sønderborg.\n"
    );
    let before = env.snapshot_tree();
    let again = env.gov(&["import", "--from", "github-issues", "issues.json"]);
    assert!(
        again
            .ok()
            .contains("0 files imported, 0 created, 2 skipped"),
        "{}",
        again.stdout
    );
    assert_eq!(env.snapshot_tree(), before);
}

#[test]
fn a_bad_file_stops_the_import_with_its_place_and_changes_nothing() {
    let env = community();
    env.write("beslutninger/odd.md", "---\ntitle: [Odd\n---\n# Odd\n");
    let before = env.snapshot_tree();
    let run = env.gov(&["import"]);
    let err = run.fails(2);
    assert!(err.contains("beslutninger/odd.md:3:1: "), "{err}");
    assert!(err.contains("intet er skrevet"), "{err}");
    assert_eq!(env.snapshot_tree(), before);
}

#[test]
fn an_import_killed_midway_is_completed_by_the_next_write() {
    let reference = community();
    reference.gov(&["import"]).ok();
    let new_state = reference.snapshot_tree();
    for point in ["import-staged", "import-rename-3", "import-done"] {
        let env = community();
        let old_state = env.snapshot_tree();
        let marker = env.root().join(".git/paused");
        let mut child = env
            .gov_command(&["import"])
            .env("GOVTEST_PAUSE", point)
            .env("GOVTEST_PAUSE_FILE", &marker)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gov starts");
        let started = std::time::Instant::now();
        while !marker.exists() && started.elapsed().as_secs() < 30 {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(marker.exists(), "{point}: never paused");
        child.kill().expect("kill -9");
        child.wait().expect("reaped");
        let journal = env.root().join(".git/gov/renumber.journal").exists();
        assert_eq!(journal, point != "import-staged", "{point}");
        let run = env.gov(&["set", "DEC-0001", "place=Virtuel"]);
        if journal {
            run.ok();
            assert!(
                run.stderr.contains("afsluttede en afbrudt import"),
                "{point}: {}",
                run.stderr
            );
        } else {
            // Nothing was imported: DEC-0001 does not exist yet.
            run.fails(2);
            let tidy: Vec<_> = env
                .snapshot_tree()
                .into_iter()
                .filter(|(p, _)| !p.rsplit('/').next().unwrap_or("").starts_with(".gov-"))
                .collect();
            assert_eq!(tidy, old_state, "{point}");
            env.gov(&["import"]).ok();
        }
        let tree: Vec<_> = env
            .snapshot_tree()
            .into_iter()
            .filter(|(p, _)| !p.ends_with("DEC-0001-placeholder"))
            .collect();
        let expected: Vec<_> = new_state.clone();
        if journal {
            // The set changed one field of DEC-0001 after completing the import.
            let differ: Vec<_> = tree
                .iter()
                .zip(&expected)
                .filter(|(a, b)| a != b)
                .map(|(a, _)| a.0.clone())
                .collect();
            assert_eq!(differ, ["beslutninger/decision-english.md"], "{point}");
        } else {
            assert_eq!(tree, expected, "{point}");
        }
    }
}

/// log4brains dates an ADR without `Date` by the commit that added its
/// file, following renames (`git log --follow`): the import carries that
/// date over, in the author's own offset, and a file never committed gets
/// none.
#[test]
fn a_log4brains_adr_without_a_date_gets_its_first_commits_date() {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write(
        "gov.yaml",
        "lang: en\nkinds:\n  decision: { folder: docs/adr }\n",
    );
    env.write(
        ".log4brains.yml",
        "---\nproject:\n  name: x\n  adrFolder: ./docs/adr\n",
    );
    let adr = "# Drop Python 2\n\n- Status: accepted\n\n## Context\n\nOld.\n";
    env.write("docs/adr/drop-python-2.md", adr);
    // 23:30 at -05:00 is already the next day in UTC: the author's day counts.
    env.commit_as(
        "Ann",
        "ann@example.org",
        "2024-03-01T23:30:00-05:00",
        "Add ADR",
    );
    env.write(
        "docs/adr/other.md",
        "# Other\n\n- Status: proposed\n\nText text text.\n",
    );
    env.commit_as(
        "Bo",
        "bo@example.org",
        "2024-04-10T10:00:00+02:00",
        "Add other",
    );
    env.git(&[
        "mv",
        "docs/adr/drop-python-2.md",
        "docs/adr/20240502-drop-python-2.md",
    ]);
    env.commit_as(
        "Bo",
        "bo@example.org",
        "2024-05-02T10:00:00+02:00",
        "Date prefix",
    );
    env.write(
        "docs/adr/new.md",
        "# New\n\n- Status: proposed\n\nNot committed.\n",
    );
    env.gov(&["import", "--from", "log4brains"]).ok();
    let renamed = env.read("docs/adr/20240502-drop-python-2.md");
    assert!(renamed.contains("\ndate: 2024-03-01\n"), "{renamed}");
    let other = env.read("docs/adr/other.md");
    assert!(other.contains("\ndate: 2024-04-10\n"), "{other}");
    let new = env.read("docs/adr/new.md");
    assert!(!new.contains("\ndate:"), "{new}");
}
