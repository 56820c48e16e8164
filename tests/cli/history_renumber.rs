//! A renumbered record keeps its history (issue 13, DEC-0042): `gov trace`
//! shows the old ID as an earlier one, `gov log` a renumbering, not a
//! deletion and a creation; also for one of two files sharing an ID, and
//! when the renumbering is committed as a merge commit.

use crate::env::TestEnv;

const AGNETE: (&str, &str) = ("Agnete Moos", "agnete@sonderborg.dk");
const OLE: (&str, &str) = ("Ole Berg", "ole@odense.dk");

fn decision(id: &str, title: &str, status: &str) -> String {
    format!("---\nid: {id}\ntitle: {title}\nstatus: {status}\n---\n\n# {title}\n\nTekst.\n")
}

fn commit(env: &TestEnv, who: (&str, &str), date: &str, message: &str) {
    env.commit_as(who.0, who.1, &format!("{date}T10:00:00+01:00"), message);
}

fn repo() -> TestEnv {
    let env = TestEnv::new();
    commit(&env, AGNETE, "2026-01-01", "gov init");
    env
}

/// (event, from, to) of each `gov log` entry of `id`, oldest first.
fn events(env: &TestEnv) -> Vec<(String, String, String, String)> {
    let log = env.gov(&["log", "--format", "json"]).json();
    let mut out: Vec<_> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or("-").to_string();
            (
                s("date"),
                s("id"),
                s("event"),
                format!("{} → {}", s("from"), s("to")),
            )
        })
        .collect();
    out.sort();
    out.into_iter()
        .map(|(d, id, e, ft)| (d[..10].to_string(), id, e, ft))
        .collect()
}

fn changes(json: &serde_json::Value) -> Vec<(String, String)> {
    json["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["change"].as_str().unwrap().to_string(),
                v["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn owned(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_renumbered_record_keeps_its_history_under_the_new_id() {
    let env = repo();
    let old = "decisions/DEC-0003-fuld-stop.md";
    env.write(old, &decision("DEC-0003", "Fuld stop", "Forslag"));
    commit(&env, AGNETE, "2026-01-05", "Create DEC-0003-fuld-stop.md");
    env.write(old, &decision("DEC-0003", "Fuld stop", "Accepteret"));
    commit(&env, OLE, "2026-01-10", "Update DEC-0003-fuld-stop.md");
    env.gov(&["renumber", "DEC-0003", "DEC-0007"]).ok();
    commit(&env, AGNETE, "2026-01-12", "gov renumber DEC-0003 DEC-0007");
    let new = "decisions/DEC-0007-fuld-stop.md";
    let json = env.gov(&["trace", "DEC-0007", "--format", "json"]).json();
    assert_eq!(json["earlier_ids"], serde_json::json!(["DEC-0003"]));
    assert_eq!(
        changes(&json),
        owned(&[("created", old), ("modified", old), ("renumbered", new)])
    );
    let by_old = env.gov(&["trace", "DEC-0003", "--format", "json"]).json();
    assert_eq!(by_old["id"], "DEC-0007", "the earlier ID finds the record");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(all.as_array().unwrap().len(), 1);
    assert_eq!(
        events(&env),
        [
            ("2026-01-05", "DEC-0007", "created", "- → proposed"),
            ("2026-01-10", "DEC-0007", "approved", "proposed → accepted"),
            (
                "2026-01-12",
                "DEC-0007",
                "renumbered",
                "DEC-0003 → DEC-0007"
            ),
        ]
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
    );
    insta::assert_snapshot!("renumbered_trace", env.gov(&["trace", "DEC-0007"]).ok());
    insta::assert_snapshot!("renumbered_log", env.gov(&["log"]).ok());
    let en = env.gov(&["--lang", "en", "trace", "DEC-0007"]);
    assert!(en.ok().contains("Earlier ID: DEC-0003"), "{}", en.stdout);
    assert_eq!(env.gov(&["validate", "--history"]).code, 0);
}

#[test]
fn one_of_two_files_sharing_an_id_leaves_with_its_own_versions() {
    let env = repo();
    let (a, b) = ("decisions/DEC-0001-a.md", "decisions/DEC-0001-b.md");
    env.write(a, &decision("DEC-0001", "A", "Forslag"));
    commit(&env, AGNETE, "2026-01-05", "Create DEC-0001-a.md");
    env.write(b, &decision("DEC-0001", "B", "Forslag"));
    commit(&env, OLE, "2026-01-06", "Create DEC-0001-b.md");
    env.gov(&["renumber", b]).ok();
    commit(&env, OLE, "2026-01-07", "gov renumber DEC-0001-b.md");
    let two = env.gov(&["trace", "DEC-0002", "--format", "json"]).json();
    assert_eq!(two["earlier_ids"], serde_json::json!(["DEC-0001"]));
    assert_eq!(
        changes(&two),
        owned(&[("created", b), ("renumbered", "decisions/DEC-0002-b.md")])
    );
    let one = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    assert_eq!(changes(&one), owned(&[("created", a)]));
    assert_eq!(one["deleted"], false);
}

#[test]
fn a_renumbering_committed_as_a_merge_commit_is_a_renumbering() {
    let env = repo();
    env.git(&["checkout", "-q", "-b", "printer"]);
    let b = "decisions/DEC-0005-printer.md";
    env.write(b, &decision("DEC-0005", "Printer", "Forslag"));
    commit(&env, OLE, "2026-01-05", "Create DEC-0005-printer.md");
    env.git(&["checkout", "-q", "main"]);
    let a = "decisions/DEC-0005-kiosk.md";
    env.write(a, &decision("DEC-0005", "Kiosk", "Forslag"));
    commit(&env, AGNETE, "2026-01-06", "Create DEC-0005-kiosk.md");
    env.git(&["merge", "-q", "--no-ff", "--no-commit", "printer"]);
    env.gov(&["renumber", b]).ok();
    commit(&env, AGNETE, "2026-01-07", "Merge branch 'printer'");
    let parents = env.git(&["log", "-1", "--format=%P"]);
    assert_eq!(parents.split_whitespace().count(), 2, "a merge commit");
    let six = env.gov(&["trace", "DEC-0006", "--format", "json"]).json();
    assert_eq!(six["earlier_ids"], serde_json::json!(["DEC-0005"]));
    assert_eq!(
        changes(&six),
        owned(&[
            ("created", b),
            ("renumbered", "decisions/DEC-0006-printer.md")
        ])
    );
    let five = env.gov(&["trace", "DEC-0005", "--format", "json"]).json();
    assert_eq!(changes(&five), owned(&[("created", a)]));
    let log: Vec<_> = events(&env).into_iter().map(|e| (e.1, e.2)).collect();
    assert_eq!(
        log,
        owned(&[
            ("DEC-0006", "created"),
            ("DEC-0005", "created"),
            ("DEC-0006", "renumbered"),
        ])
    );
}

#[test]
fn a_merge_keeping_a_deletion_made_on_the_first_parent_deletes_nothing_again() {
    let env = repo();
    let a = "decisions/DEC-0001-a.md";
    env.write(a, &decision("DEC-0001", "A", "Forslag"));
    commit(&env, AGNETE, "2026-01-02", "Create DEC-0001-a.md");
    env.git(&["checkout", "-q", "-b", "b"]);
    env.write(
        "decisions/DEC-0002-b.md",
        &decision("DEC-0002", "B", "Forslag"),
    );
    commit(&env, OLE, "2026-01-03", "Create DEC-0002-b.md");
    env.git(&["checkout", "-q", "main"]);
    std::fs::remove_file(env.root().join(a)).unwrap();
    commit(&env, AGNETE, "2026-01-04", "Delete DEC-0001-a.md");
    env.git(&["merge", "-q", "--no-ff", "--no-commit", "b"]);
    commit(&env, AGNETE, "2026-01-05", "Merge branch 'b'");
    let one = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    assert_eq!(changes(&one), owned(&[("created", a), ("deleted", a)]));
    let two = env.gov(&["trace", "DEC-0002", "--format", "json"]).json();
    assert_eq!(
        changes(&two),
        owned(&[("created", "decisions/DEC-0002-b.md")])
    );
}

#[test]
fn a_record_renumbered_while_merging_main_into_its_branch_leaves_the_other_id() {
    // Two accepted decisions took DEC-0005 on parallel branches; main is
    // merged into the branch (the branch is the first parent) and the
    // branch's file renumbered in that merge, as our own DEC-0057 was.
    // The branch's file is removed by the merge and lacking in main too:
    // it must still read as removed, or DEC-0005 keeps the branch's text
    // as a version of its own (a GOV071 that is not there).
    let env = repo();
    env.git(&["checkout", "-q", "-b", "printer"]);
    let b = "decisions/DEC-0005-printer.md";
    env.write(b, &decision("DEC-0005", "Printer", "Godkendt"));
    commit(&env, OLE, "2026-01-05", "Create DEC-0005-printer.md");
    env.git(&["checkout", "-q", "main"]);
    let a = "decisions/DEC-0005-kiosk.md";
    env.write(a, &decision("DEC-0005", "Kiosk", "Godkendt"));
    commit(&env, AGNETE, "2026-01-06", "Create DEC-0005-kiosk.md");
    env.git(&["checkout", "-q", "printer"]);
    env.git(&["merge", "-q", "--no-ff", "--no-commit", "main"]);
    env.gov(&["renumber", b]).ok();
    commit(&env, OLE, "2026-01-07", "Merge branch 'main' into printer");
    let parents = env.git(&["log", "-1", "--format=%P"]);
    assert_eq!(parents.split_whitespace().count(), 2, "a merge commit");
    let five = env.gov(&["trace", "DEC-0005", "--format", "json"]).json();
    assert_eq!(changes(&five), owned(&[("created", a)]));
    let six = env.gov(&["trace", "DEC-0006", "--format", "json"]).json();
    assert_eq!(six["earlier_ids"], serde_json::json!(["DEC-0005"]));
    assert_eq!(
        changes(&six),
        owned(&[
            ("created", b),
            ("renumbered", "decisions/DEC-0006-printer.md")
        ])
    );
    let run = env.gov(&["--lang", "en", "validate", "--history", "--deny-warnings"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    // Merged back into main (fast-forward), the same answers.
    env.git(&["checkout", "-q", "main"]);
    env.git(&["merge", "-q", "--ff-only", "printer"]);
    let five = env.gov(&["trace", "DEC-0005", "--format", "json"]).json();
    assert_eq!(changes(&five), owned(&[("created", a)]));
    let log: Vec<_> = events(&env).into_iter().map(|e| (e.1, e.2)).collect();
    assert_eq!(
        log,
        owned(&[
            ("DEC-0006", "created"),
            ("DEC-0005", "created"),
            ("DEC-0006", "renumbered"),
        ])
    );
}

#[test]
fn a_merge_taking_the_other_sides_deletion_deletes_nothing_again() {
    // The deletion was made on the second parent's side; the merge (first
    // parent: a branch that never touched the file) removes it too. One
    // deletion, where it was made.
    let env = repo();
    let a = "decisions/DEC-0001-a.md";
    env.write(a, &decision("DEC-0001", "A", "Forslag"));
    commit(&env, AGNETE, "2026-01-02", "Create DEC-0001-a.md");
    env.git(&["checkout", "-q", "-b", "b"]);
    env.write(
        "decisions/DEC-0002-b.md",
        &decision("DEC-0002", "B", "Forslag"),
    );
    commit(&env, OLE, "2026-01-03", "Create DEC-0002-b.md");
    env.git(&["checkout", "-q", "main"]);
    std::fs::remove_file(env.root().join(a)).unwrap();
    commit(&env, AGNETE, "2026-01-04", "Delete DEC-0001-a.md");
    env.git(&["checkout", "-q", "b"]);
    env.git(&["merge", "-q", "--no-ff", "--no-commit", "main"]);
    commit(&env, OLE, "2026-01-05", "Merge branch 'main' into b");
    let one = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    assert_eq!(changes(&one), owned(&[("created", a), ("deleted", a)]));
    let deleted = events(&env)
        .into_iter()
        .filter(|e| e.2 == "deleted")
        .count();
    assert_eq!(deleted, 1);
}
