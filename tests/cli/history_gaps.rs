//! Issue 13's last gaps in reading history from before `gov import`: an
//! undated log4brains ADR dated alike by trace, publish and import; a
//! version that is not UTF-8 said loudly, never read with replaced
//! characters; a file renamed in a later commit than its change still one
//! record.

use crate::env::TestEnv;

const ANN: (&str, &str) = ("Ann Holm", "ann@example.org");
const BO: (&str, &str) = ("Bo Lind", "bo@example.org");

fn commit(env: &TestEnv, who: (&str, &str), date: &str, message: &str) {
    env.commit_as(who.0, who.1, &format!("{date}T10:00:00+02:00"), message);
}

fn repo(config: &str) -> TestEnv {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write("gov.yaml", config);
    commit(&env, ANN, "2026-01-02", "Create gov.yaml");
    env
}

/// (status, dated, read_as, change, path) of each version in a trace.
fn versions(json: &serde_json::Value) -> Vec<[String; 5]> {
    let text = |v: &serde_json::Value| v.as_str().unwrap_or("-").to_string();
    json["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .map(|v| ["status", "dated", "read_as", "change", "path"].map(|k| text(&v[k])))
        .collect()
}

fn rows(list: &[[&str; 5]]) -> Vec<[String; 5]> {
    list.iter().map(|r| r.map(str::to_string)).collect()
}

const L4B: &str = "lang: en\nkinds:\n  decision: { folder: docs/adr }\n";

/// log4brains dates an ADR without `Date` by the commit that added its
/// file: every pre-import version in trace has that day (not none), the
/// day `gov import` then writes, through a rename.
#[test]
fn an_undated_log4brains_adr_has_its_first_commits_day_in_trace_as_import_writes_it() {
    let env = repo(L4B);
    env.write(
        ".log4brains.yml",
        "---\nproject:\n  name: x\n  adrFolder: ./docs/adr\n",
    );
    let adr = |status: &str| {
        format!("# Drop Python 2\n\n- Status: {status}\n\n## Context\n\nOld and slow.\n")
    };
    let (old, new) = (
        "docs/adr/20260301-drop-python2.md",
        "docs/adr/20260301-drop-python-2.md",
    );
    env.write(old, &adr("proposed"));
    commit(&env, ANN, "2026-03-01", "Add ADR");
    env.write(old, &adr("accepted"));
    commit(&env, BO, "2026-03-05", "Accept");
    env.git(&["mv", old, new]);
    commit(&env, BO, "2026-03-10", "Date prefix");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all}");
    assert_eq!(
        versions(&all[0]),
        rows(&[
            ["proposed", "2026-03-01", "log4brains", "created", old],
            ["accepted", "2026-03-01", "log4brains", "modified", old],
            ["accepted", "2026-03-01", "log4brains", "renamed", new],
        ])
    );
    env.gov(&["import"]).ok();
    assert!(
        env.read(new).contains("\ndate: 2026-03-01\n"),
        "{}",
        env.read(new)
    );
}

const DA: &str = "lang: da\nkinds:\n  decision: { folder: beslutninger }\n";

/// A version saved as Latin-1 (`ø` as the byte F8) is not read with a
/// replaced character: trace shows where it stops being UTF-8 and no
/// status, and `validate --history` names its path and commit (GOV076),
/// for a version with front matter and one from before `gov import` alike.
#[test]
fn a_version_that_is_not_utf8_is_said_in_trace_and_validate_never_read_lossily() {
    let env = repo(DA);
    let latin1 = |text: &str| -> Vec<u8> {
        text.chars()
            .map(|c| u8::try_from(u32::from(c)).expect("latin-1"))
            .collect()
    };
    let front = "beslutninger/DEC-0001-boeder.md";
    let gov = |status: &str| {
        format!("---\nid: DEC-0001\nstatus: {status}\ntitle: Bøder\n---\n# Bøder\n\nTekst.\n")
    };
    let old = "beslutninger/kiosk.md";
    let community =
        "# Kiosk\n\n- **Dato**: 4.6.2026\n- **Status:** Godkendt på mødet i Sønderborg\n";
    std::fs::create_dir_all(env.root().join("beslutninger")).unwrap();
    std::fs::write(env.root().join(front), latin1(&gov("Godkendt"))).unwrap();
    std::fs::write(env.root().join(old), latin1(community)).unwrap();
    commit(&env, ANN, "2026-06-04", "Upload");
    env.write(front, &gov("Godkendt"));
    env.write(old, community);
    commit(&env, BO, "2026-06-05", "Save as UTF-8");
    let json = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    let first = &json["versions"][0];
    assert_eq!(
        first["not_utf8"],
        serde_json::json!({"line": 4, "column": 9})
    );
    assert_eq!(first["status"], serde_json::Value::Null, "{first}");
    assert_eq!(json["versions"][1]["status"], "accepted");
    assert_eq!(json["versions"][1].get("not_utf8"), None);
    let kiosk = env.gov(&["trace", "kiosk", "--format", "json"]).json();
    assert_eq!(
        kiosk["versions"][0]["not_utf8"],
        serde_json::json!({"line": 4, "column": 25})
    );
    assert_eq!(kiosk["versions"][1]["status"], "accepted");
    let table = env.gov(&["trace", "DEC-0001"]).ok().to_string();
    assert!(
        table.contains("ikke UTF-8 (linje 4, kolonne 9): ikke læst"),
        "{table}"
    );
    assert!(!table.contains('\u{fffd}'), "{table}");
    let run = env.gov(&["--lang", "en", "validate", "--history", "--format", "json"]);
    let found: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let gov076: Vec<String> = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "GOV076")
        .map(|d| d["message"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(gov076.len(), 2, "{found}");
    let upload = env.git(&["rev-parse", "HEAD~1"]);
    let upload = &upload.trim()[..10];
    for (message, path, at) in [
        (&gov076[0], front, "line 4, column 9"),
        (&gov076[1], old, "line 4, column 25"),
    ] {
        assert!(message.contains(path), "{message}");
        assert!(message.contains(upload), "{message} {upload}");
        assert!(message.contains(at), "{message}");
        assert!(message.contains("Ann Holm"), "{message}");
    }
}

/// A community decision with bold-key metadata.
fn community(title: &str, status: &str, text: &str) -> String {
    format!(
        "# {title}\n\n- **Dato**: 4.6.2026  \n- **Status:** {status}  \n- **Beslutningstagere**: Styregruppen\n\n## Beslutning\n\n{text}\n"
    )
}

/// (kind, from, to, path) of each event of `gov log`, oldest first.
fn events(env: &TestEnv) -> Vec<[String; 4]> {
    let log = env.gov(&["log", "--format", "json"]).json();
    let mut out: Vec<[String; 4]> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| ["event", "from", "to", "path"].map(|k| e[k].as_str().unwrap_or("-").to_string()))
        .collect();
    out.reverse();
    out
}

/// The web editor's "Upload files" then "Delete": the file under its new
/// name in one commit, the old one deleted in a later one. Git, asked
/// about both commits, sees a rename: so does gov, one record whose
/// history goes through the rename, imported under one ID.
#[test]
fn a_file_uploaded_under_a_new_name_and_the_old_deleted_later_is_one_record() {
    let env = repo(DA);
    let (old, new) = ("beslutninger/kiosk.md", "beslutninger/2026-06-04-kiosk.md");
    env.write(old, &community("Kiosk", "Forslag", "Kiosk-tilstand."));
    commit(&env, ANN, "2026-05-28", "Create kiosk.md");
    env.write(old, &community("Kiosk", "Godkendt", "Kiosk-tilstand."));
    commit(&env, BO, "2026-06-04", "Update kiosk.md");
    env.write(new, &community("Kiosk", "Godkendt", "Kiosk-tilstand."));
    commit(&env, BO, "2026-06-05", "Add files via upload");
    std::fs::remove_file(env.root().join(old)).unwrap();
    commit(&env, BO, "2026-06-06", "Delete kiosk.md");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all}");
    assert_eq!(
        versions(&all[0]),
        rows(&[
            ["proposed", "2026-06-04", "markdown", "created", old],
            ["accepted", "2026-06-04", "markdown", "modified", old],
            ["accepted", "2026-06-04", "markdown", "renamed", new],
        ])
    );
    assert_eq!(all[0]["deleted"], false);
    let log = events(&env);
    assert!(!log.iter().any(|e| e[0] == "deleted"), "{log:?}");
    assert!(
        log.iter()
            .any(|e| e[0] == "renamed" && e[1] == old && e[2] == new),
        "{log:?}"
    );
    env.gov(&["import"]).ok();
    commit(&env, ANN, "2026-09-01", "gov import");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all}");
    assert_eq!(all[0]["id"], "DEC-0001");
    assert_eq!(all[0]["versions"].as_array().map(Vec::len), Some(4));
}

/// Deleted first, uploaded again under a new name with its text edited
/// but its title kept: one record, renamed, its status change an event.
#[test]
fn a_file_deleted_and_uploaded_again_under_a_new_name_with_its_title_is_one_record() {
    let env = repo(DA);
    let (old, new) = ("beslutninger/kiosk.md", "beslutninger/2026-06-04-kiosk.md");
    env.write(old, &community("Kiosk", "Forslag", "Kiosk-tilstand."));
    commit(&env, ANN, "2026-05-28", "Create kiosk.md");
    std::fs::remove_file(env.root().join(old)).unwrap();
    commit(&env, BO, "2026-06-04", "Delete kiosk.md");
    env.write(
        new,
        &community("Kiosk", "Godkendt", "Kiosk-tilstand for alle."),
    );
    commit(&env, BO, "2026-06-05", "Add files via upload");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all}");
    assert_eq!(
        versions(&all[0]),
        rows(&[
            ["proposed", "2026-06-04", "markdown", "created", old],
            ["accepted", "2026-06-04", "markdown", "renamed", new],
        ])
    );
    let log = events(&env);
    assert!(!log.iter().any(|e| e[0] == "deleted"), "{log:?}");
    assert!(
        log.iter()
            .any(|e| e[0] == "approved" && e[1] == "proposed" && e[2] == "accepted"),
        "{log:?}"
    );
}

/// Within reason: another title and text, or a file carrying an ID, or a
/// new file long after the deletion, is another record.
#[test]
fn files_that_are_no_rename_stay_records_of_their_own() {
    let env = repo(DA);
    env.write(
        "beslutninger/kiosk.md",
        &community("Kiosk", "Forslag", "Kiosk-tilstand."),
    );
    env.write(
        "beslutninger/printer.md",
        &community("Printer", "Forslag", "Printere."),
    );
    commit(&env, ANN, "2026-05-28", "Create two");
    std::fs::remove_file(env.root().join("beslutninger/kiosk.md")).unwrap();
    commit(&env, BO, "2026-06-03", "Delete kiosk.md");
    env.write(
        "beslutninger/DEC-0001-kiosk.md",
        &format!(
            "---\nid: DEC-0001\n---\n{}",
            community("Kiosk", "Forslag", "Kiosk-tilstand.")
        ),
    );
    commit(&env, BO, "2026-06-04", "Add DEC-0001");
    std::fs::remove_file(env.root().join("beslutninger/printer.md")).unwrap();
    commit(&env, BO, "2026-06-05", "Delete printer.md");
    for day in 6..18 {
        env.write("beslutninger/noter.txt", &format!("{day}"));
        env.write(
            &format!("beslutninger/andet-{day}.md"),
            &community(&format!("Andet {day}"), "Forslag", "X."),
        );
        commit(&env, BO, &format!("2026-06-{day:02}"), "Another");
    }
    env.write(
        "beslutninger/2026-07-01-printer.md",
        &community("Printer", "Forslag", "Printere."),
    );
    commit(&env, BO, "2026-07-01", "Printer again, much later");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .filter(|id| !id.starts_with("andet"))
        .collect();
    assert_eq!(
        ids,
        ["kiosk", "printer", "DEC-0001", "2026-07-01-printer"],
        "{all}"
    );
}

/// One commit deletes a file and adds another of other content and title:
/// no rename, two records (kills `&&` → `||` in the rename pairing of
/// trace/identity.rs, which paired any two files of a kind).
#[test]
fn a_file_deleted_beside_an_unrelated_new_one_is_no_rename() {
    let env = repo(DA);
    env.write(
        "beslutninger/kiosk.md",
        &community("Kiosk", "Forslag", "Kiosk-tilstand."),
    );
    commit(&env, ANN, "2026-05-28", "Create kiosk.md");
    std::fs::remove_file(env.root().join("beslutninger/kiosk.md")).unwrap();
    env.write(
        "beslutninger/printer.md",
        &community("Printer", "Forslag", "Printere."),
    );
    commit(&env, BO, "2026-06-04", "Delete kiosk.md, create printer.md");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    let lives: Vec<(String, bool)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["id"].as_str().unwrap().to_string(), t["deleted"] == true))
        .collect();
    assert_eq!(
        lives,
        [("kiosk".to_string(), true), ("printer".to_string(), false)],
        "{all}"
    );
}

/// One branch deletes a file while another edits it: replayed in time
/// order, the edit meets a path no record holds any more. It is still a
/// modification of that record (its old side is the record's), not a
/// restoration from nothing (kills the missed mutant of the unheld-path
/// guard in trace/identity.rs).
#[test]
fn an_edit_on_a_branch_of_a_file_deleted_on_another_is_a_modification() {
    let env = repo(DA);
    let path = "beslutninger/kiosk.md";
    env.write(path, &community("Kiosk", "Forslag", "Kiosk-tilstand."));
    commit(&env, ANN, "2026-05-28", "Create kiosk.md");
    env.git(&["checkout", "-q", "-b", "edit"]);
    env.git(&["checkout", "-q", "main"]);
    std::fs::remove_file(env.root().join(path)).unwrap();
    commit(&env, ANN, "2026-06-01", "Delete kiosk.md");
    env.git(&["checkout", "-q", "edit"]);
    env.write(path, &community("Kiosk", "Godkendt", "Kiosk-tilstand."));
    commit(&env, BO, "2026-06-04", "Update kiosk.md");
    env.git(&["checkout", "-q", "main"]);
    env.git(&["merge", "-q", "-s", "ours", "--no-commit", "edit"]);
    env.git(&["add", "-A"]);
    env.git(&["checkout", "-q", "edit", "--", path]);
    commit(&env, ANN, "2026-06-05", "Merge edit, keeping the edit");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all}");
    let changes: Vec<&str> = all[0]["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["change"].as_str().unwrap())
        .collect();
    assert_eq!(changes, ["created", "deleted", "modified"], "{all}");
}

/// A record joins at most once: a file renamed in two commits and then
/// again is one record for the first rename, and the third file stays a
/// record of its own, never lost (kills `||` → `&&` in relink's guard
/// against joining a record already taken).
#[test]
fn a_chain_of_renames_in_two_commits_joins_once_and_loses_nothing() {
    let env = repo(DA);
    let text = community("Kiosk", "Forslag", "Kiosk-tilstand.");
    env.write("beslutninger/a.md", &text);
    commit(&env, ANN, "2026-05-01", "Create a.md");
    env.write("beslutninger/b.md", &text);
    commit(&env, ANN, "2026-05-02", "Add files via upload");
    std::fs::remove_file(env.root().join("beslutninger/a.md")).unwrap();
    commit(&env, ANN, "2026-05-03", "Delete a.md");
    env.write("beslutninger/c.md", &text);
    commit(&env, ANN, "2026-05-04", "Add files via upload");
    std::fs::remove_file(env.root().join("beslutninger/b.md")).unwrap();
    commit(&env, ANN, "2026-05-05", "Delete b.md");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    let paths: Vec<Vec<String>> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            t["versions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| {
                    format!(
                        "{} {}",
                        v["change"].as_str().unwrap(),
                        v["path"].as_str().unwrap()
                    )
                })
                .collect()
        })
        .collect();
    assert_eq!(
        paths,
        [
            vec![
                "created beslutninger/a.md".to_string(),
                "renamed beslutninger/b.md".to_string(),
                "deleted beslutninger/b.md".to_string(),
            ],
            vec!["created beslutninger/c.md".to_string()],
        ],
        "{all}"
    );
}
