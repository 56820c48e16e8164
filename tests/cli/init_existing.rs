//! `gov init` in a repository that has records already: it looks before
//! it writes, says file by file what it found and why, writes a gov.yaml
//! mapping each kind to the folder its records are in, creates no folder,
//! and afterwards `gov list` lists the community's records. Repositories
//! are real git repositories made from `tests/fixtures/import/`.

use std::path::Path;

use crate::env::TestEnv;

/// Copies the fixture folder `from` (below tests/fixtures/import/) to
/// `to` in the repository.
pub(crate) fn copy(env: &TestEnv, from: &str, to: &str) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(from);
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("fixture").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path.strip_prefix(&src).expect("below").to_string_lossy();
            let dest = if to.is_empty() {
                rel.to_string()
            } else {
                format!("{to}/{rel}")
            };
            env.write(&dest, &std::fs::read_to_string(&path).expect("text"));
        }
    }
}

/// A git repository with the files `setup` writes, committed.
fn repository(setup: impl FnOnce(&TestEnv)) -> TestEnv {
    let mut env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    setup(&env);
    env.commit("The community's records");
    env
}

/// Every folder below the root (outside .git), to show none was made.
fn folders(env: &TestEnv) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![env.root().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read_dir").flatten() {
            let path = entry.path();
            if path.is_dir() && entry.file_name() != ".git" {
                let rel = path.strip_prefix(env.root()).expect("below");
                out.push(rel.to_string_lossy().into_owned());
                stack.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Runs `gov init` the way a new user would, checking what holds for
/// every repository with records: `--dry-run` writes nothing; init writes
/// gov.yaml and nothing else (no folder); a second run changes nothing.
/// Returns the report of the real run.
fn adopt(env: &TestEnv, lang: &str) -> String {
    let tree = env.snapshot_tree();
    let dirs = folders(env);
    let dry = env.gov(&["init", "--lang", lang, "--dry-run"]);
    let dry = dry.ok().to_string();
    assert_eq!(env.snapshot_tree(), tree, "--dry-run wrote something");
    assert_eq!(folders(env), dirs, "--dry-run made a folder");
    let out = env.gov(&["init", "--lang", lang]).ok().to_string();
    let mut after = env.snapshot_tree();
    after.retain(|(path, _)| path != "gov.yaml");
    assert_eq!(after, tree, "init changed or wrote more than gov.yaml");
    assert_eq!(folders(env), dirs, "init made a folder");
    let written = env.snapshot_tree();
    let again = env.gov(&["init", "--lang", lang]);
    assert!(again.ok().starts_with(match lang {
        "da" => "Intet at gøre",
        _ => "Nothing to do",
    }));
    assert_eq!(
        env.snapshot_tree(),
        written,
        "a second init changed something"
    );
    assert_eq!(folders(env), dirs);
    // The dry run said the same as the run, in its own words.
    let would = if lang == "da" {
        "ville skrive"
    } else {
        "would write"
    };
    let created = if lang == "da" { "oprettet" } else { "created" };
    let dry_body = dry.lines().take_while(|l| !l.starts_with(would));
    let body = out.lines().take_while(|l| !l.starts_with(created));
    assert!(dry_body.eq(body));
    out
}

/// The titles `gov list` shows, in order.
fn titles(env: &TestEnv) -> Vec<String> {
    let json = env.gov(&["list", "--format", "json"]).json();
    let rows = json.as_array().expect("a list");
    rows.iter()
        .map(|r| {
            format!(
                "{} {}",
                r["kind"].as_str().unwrap_or(""),
                r["title"].as_str().unwrap_or("")
            )
        })
        .collect()
}

#[test]
fn community_markdown_with_body_folders_maps_to_its_folders() {
    let env = repository(|env| {
        copy(env, "markdown", "");
        // A second body beside the steering committee's folder.
        let minutes = env.read("moeder/styregruppe/2026-05-28-styregruppemoede.md");
        env.write(
            "moeder/koordinationsgruppe/2026-06-11-koordinationsgruppemoede.md",
            &minutes.replace(
                "Styregruppemøde 27. maj",
                "Koordinationsgruppemøde 11. juni",
            ),
        );
    });
    let out = adopt(&env, "da");
    insta::assert_snapshot!("community_report", out);
    insta::assert_snapshot!("community_gov_yaml", env.read("gov.yaml"));
    assert!(!env.root().join("decisions").exists());
    assert!(!env.root().join("templates").exists());
    let titles = titles(&env);
    assert!(
        titles.contains(&"decision [SDR]Budget for 2027".to_string()),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"meeting Koordinationsgruppemøde 11. juni 2026".to_string()),
        "{titles:?}"
    );
    assert_eq!(titles.len(), 9, "{titles:?}");
}

#[test]
fn the_report_is_json_on_request_and_english_in_english() {
    let env = repository(|env| copy(env, "markdown", ""));
    let json = env
        .gov(&["init", "--lang", "en", "--dry-run", "--format", "json"])
        .json();
    assert_eq!(json["dry_run"], true);
    let kinds: Vec<_> = json["kinds"]
        .as_array()
        .expect("kinds")
        .iter()
        .map(|k| format!("{}={}", k["kind"], k["folder"]))
        .collect();
    assert_eq!(
        kinds,
        ["\"decision\"=\"beslutninger\"", "\"meeting\"=\"moeder\""]
    );
    let template = json["files"]
        .as_array()
        .expect("files")
        .iter()
        .find(|f| f["path"] == "beslutninger/skabelon.md")
        .expect("the template is listed");
    assert_eq!(template["placement"], "not_a_record");
    assert_eq!(template["why_text"], "a template (by its name)");
    let elsewhere = json["files"]
        .as_array()
        .expect("files")
        .iter()
        .find(|f| f["path"] == "meetings/2026-09-10-coordination-group.md")
        .expect("listed");
    assert_eq!(elsewhere["placement"], "kind_elsewhere");
    assert_eq!(
        elsewhere["placement_text"],
        "not mapped: Meeting lives in moeder/ (one folder per kind)"
    );
    assert!(!env.root().join("gov.yaml").exists());
}

#[test]
fn an_adr_tools_log_named_by_adr_dir() {
    let env = repository(|env| {
        copy(env, "adr-tools", "doc/adr");
        env.write(".adr-dir", "doc/adr\n");
    });
    let out = adopt(&env, "en");
    insta::assert_snapshot!("adr_tools_report", out);
    insta::assert_snapshot!("adr_tools_gov_yaml", env.read("gov.yaml"));
    assert_eq!(
        titles(&env),
        [
            "decision 1. Record architecture decisions",
            "decision 2. Use PostgreSQL",
            "decision 3. Run PostgreSQL in containers",
            "decision 4. Use SQLite for the client",
        ]
    );
}

#[test]
fn a_madr_log_with_its_template_and_index() {
    let env = repository(|env| copy(env, "madr", "docs/decisions"));
    let out = adopt(&env, "en");
    insta::assert_snapshot!("madr_report", out);
    insta::assert_snapshot!("madr_gov_yaml", env.read("gov.yaml"));
    let titles = titles(&env);
    assert_eq!(titles.len(), 4, "{titles:?}");
    assert!(titles.contains(&"decision Use YAML front matter".to_string()));
}

#[test]
fn a_log4brains_log_counts_every_file_in_its_folder() {
    let env = repository(|env| copy(env, "log4brains", ""));
    let out = adopt(&env, "da");
    insta::assert_snapshot!("log4brains_report", out);
    insta::assert_snapshot!("log4brains_gov_yaml", env.read("gov.yaml"));
    let titles = titles(&env);
    assert!(
        titles.contains(&"decision Drop Python 2".to_string()),
        "{titles:?}"
    );
    assert_eq!(titles.len(), 3, "{titles:?}");
}

#[test]
fn a_log4brains_log_in_several_packages_is_one_kind_in_every_folder() {
    // DEC-0058: the project's adrFolder and each package's, one kind.
    let env = repository(|env| copy(env, "log4brains-packages", ""));
    let out = adopt(&env, "da");
    insta::assert_snapshot!("log4brains_packages_report", out);
    let titles = titles(&env);
    assert_eq!(titles.len(), 5, "{titles:?}");
    assert!(titles.contains(&"decision Upgrade Django to 4.2 LTS".to_string()));
    assert!(titles.contains(&"decision Use Log4brains to manage the ADRs".to_string()));
}

#[test]
fn records_of_two_kinds_in_unrelated_places_are_reported_not_guessed() {
    // Decisions at the root and in two top folders: the folder holding
    // most is mapped; the root is never a kind's folder.
    let env = repository(|env| {
        copy(env, "markdown/beslutninger", "beslutninger");
        let one = env.read("beslutninger/sdr-budget-2027.md");
        env.write("gamle/sdr-budget-2026.md", &one.replace("2027", "2026"));
        env.write("sdr-budget-2025.md", &one.replace("2027", "2025"));
        env.write("noter.md", "# Noter\n\nIkke en sag.\n");
        // Never governance: dependencies, a built site, the forge's files,
        // a nested repository.
        for place in ["node_modules/pkg", "_site", "vendor", ".github", "andet"] {
            env.write(&format!("{place}/sdr-budget-2024.md"), &one);
        }
        env.write("andet/.git", "gitdir: ../.git/modules/andet\n");
    });
    let json = env.gov(&["init", "--format", "json"]).json();
    let place = |path: &str| {
        json["files"]
            .as_array()
            .expect("files")
            .iter()
            .find(|f| f["path"] == path)
            .map(|f| f["placement"].clone())
            .expect("listed")
    };
    assert_eq!(place("beslutninger/sdr-budget-2027.md"), "mapped");
    assert_eq!(place("gamle/sdr-budget-2026.md"), "kind_elsewhere");
    assert_eq!(place("sdr-budget-2025.md"), "at_root");
    assert_eq!(place("noter.md"), "not_a_record");
    let paths: Vec<&str> = json["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|f| f["path"].as_str())
        .collect();
    assert!(
        paths.iter().all(|p| !p.ends_with("sdr-budget-2024.md")),
        "{paths:?}"
    );
    assert!(env.read("gov.yaml").contains("    folder: beslutninger\n"));
}

#[test]
fn a_file_that_cannot_be_read_stops_init_and_nothing_is_written() {
    let env = repository(|env| copy(env, "markdown/beslutninger", "beslutninger"));
    let fifo = env.root().join("beslutninger/vent.md");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let dirs = folders(&env);
    let out = env.gov_within(&["init"], std::time::Duration::from_secs(20));
    let out = out.expect("init does not wait on a FIFO");
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("beslutninger/vent.md"),
        "{}",
        out.stderr
    );
    assert!(!env.root().join("gov.yaml").exists());
    assert_eq!(folders(&env), dirs);
}

/// A fixture repository: its name and how to lay it out.
type Setup<'a> = (&'a str, &'a dyn Fn(&TestEnv));

#[test]
fn the_report_says_no_english_word_in_danish() {
    let setups: [Setup; 4] = [
        ("markdown", &|env| copy(env, "markdown", "")),
        ("adr-tools", &|env| {
            copy(env, "adr-tools", "doc/adr");
            env.write(".adr-dir", "doc/adr\n");
        }),
        ("madr", &|env| copy(env, "madr", "docs/decisions")),
        ("log4brains", &|env| copy(env, "log4brains", "")),
    ];
    for (name, setup) in setups {
        let env = repository(setup);
        let run = env.gov(&["init", "--lang", "da", "--dry-run"]);
        crate::words::assert_danish(name, &run);
        let run = env.gov(&["init", "--lang", "da"]);
        crate::words::assert_danish(name, &run);
    }
}

#[test]
fn gov_records_without_gov_yaml_and_files_outside_a_named_folder() {
    let env = repository(|env| {
        copy(env, "log4brains", "");
        env.write(
            "styring/beslutninger/DEC-0007-hosting.md",
            "---\nid: DEC-0007\ntitle: Hosting\nstatus: Accepteret\n---\n# Hosting\n",
        );
        env.write(
            "styring/opgaver/TASK-0002-book.md",
            "---\nid: TASK-0002\ntitle: Book lokale\nstatus: Åben\n---\n# Book lokale\n",
        );
        env.write("docs/guide.md", "# Guide\n\nHow to build.\n");
    });
    let json = env.gov(&["init", "--dry-run", "--format", "json"]).json();
    let file = |path: &str| {
        json["files"]
            .as_array()
            .expect("files")
            .iter()
            .find(|f| f["path"] == path)
            .cloned()
            .expect("listed")
    };
    let task = file("styring/opgaver/TASK-0002-book.md");
    assert_eq!(task["kind"], "task");
    assert_eq!(task["why"], "gov_record");
    assert_eq!(task["folder"], "styring/opgaver");
    assert_eq!(file("docs/guide.md")["placement"], "not_a_record");
    assert_eq!(
        file("docs/adr/20240301-drop-python-2.md")["why"],
        "named_folder"
    );
}
