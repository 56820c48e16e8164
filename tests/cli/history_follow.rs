//! How history follows a record from commit to commit (DEC-0042): a file
//! renamed and edited in one commit is followed by its title; a file
//! split off an ID it shared can be split from again. Real git
//! repositories with fixed authors and dates.

use crate::env::TestEnv;

const AGNETE: (&str, &str) = ("Agnete Moos", "agnete@sonderborg.dk");
const OLE: (&str, &str) = ("Ole Berg", "ole@odense.dk");

fn commit(env: &TestEnv, who: (&str, &str), date: &str, message: &str) {
    env.commit_as(who.0, who.1, &format!("{date}T10:00:00+01:00"), message);
}

fn decision(id: &str, title: &str, status: &str) -> String {
    format!("---\nid: {id}\ntitle: {title}\nstatus: {status}\n---\n\n# {title}\n\nTekst.\n")
}

/// A community decision without front matter.
fn community(title: &str, status: &str, text: &str) -> String {
    format!("# {title}\n\n- **Status:** {status}\n\n## Beslutning\n\n{text}\n")
}

/// (change, path) of each version of `id`, and its earlier IDs.
fn versions(env: &TestEnv, id: &str) -> (Vec<(String, String)>, serde_json::Value) {
    let json = env.gov(&["trace", id, "--format", "json"]).json();
    let list = json["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .map(|v| {
            let s = |k: &str| v[k].as_str().unwrap_or("-").to_string();
            (s("change"), s("path"))
        })
        .collect();
    (list, json["earlier_ids"].clone())
}

fn owned(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn records(env: &TestEnv) -> usize {
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    all.as_array().expect("records").len()
}

#[test]
fn a_file_renamed_and_edited_in_one_commit_is_followed_by_its_title() {
    let env = TestEnv::new();
    commit(&env, AGNETE, "2026-01-01", "gov init");
    let (old, new) = ("decisions/kiosk.md", "decisions/DEC-0002-kiosk.md");
    let text = "Alle pc'er starter i kiosk-tilstand.";
    env.write(old, &community("Kiosk-tilstand", "Forslag", text));
    commit(&env, AGNETE, "2026-05-28", "Create kiosk.md");
    // Numbered and accepted in one commit: the content differs, the title
    // is the same, and the new name carries an ID (so only this commit
    // can tell it is the same record).
    env.write(new, &community("Kiosk-tilstand", "Besluttet", text));
    env.git(&["rm", "-q", old]);
    commit(&env, OLE, "2026-06-04", "Number kiosk.md and accept it");
    env.gov(&["import"]).ok();
    commit(&env, AGNETE, "2026-09-01", "gov import");
    let (list, _) = versions(&env, "DEC-0002");
    assert_eq!(
        list,
        owned(&[("created", old), ("renamed", new), ("modified", new)])
    );
    assert_eq!(records(&env), 1);
}

#[test]
fn a_record_split_off_a_shared_id_can_be_split_from_again() {
    let env = TestEnv::new();
    commit(&env, AGNETE, "2026-01-01", "gov init");
    // File names without an ID: renumbering changes the front matter only.
    let (a, b, c) = ("decisions/a.md", "decisions/b.md", "decisions/c.md");
    env.write(a, &decision("DEC-0001", "A", "Forslag"));
    env.write(b, &decision("DEC-0001", "B", "Forslag"));
    commit(&env, AGNETE, "2026-01-05", "Create A and B");
    env.gov(&["renumber", b]).ok();
    commit(&env, OLE, "2026-01-06", "gov renumber b.md");
    assert!(env.read(b).starts_with("---\nid: DEC-0002\n"));
    // Now DEC-0002 is shared: C takes it by mistake and is renumbered.
    env.write(c, &decision("DEC-0002", "C", "Forslag"));
    commit(&env, OLE, "2026-01-07", "Create c.md");
    env.gov(&["renumber", c]).ok();
    commit(&env, OLE, "2026-01-08", "gov renumber c.md");
    assert!(env.read(c).starts_with("---\nid: DEC-0003\n"));
    assert_eq!(
        versions(&env, "DEC-0002"),
        (
            owned(&[("created", b), ("renumbered", b)]),
            serde_json::json!(["DEC-0001"])
        )
    );
    assert_eq!(
        versions(&env, "DEC-0003"),
        (
            owned(&[("created", c), ("renumbered", c)]),
            serde_json::json!(["DEC-0002"])
        )
    );
    assert_eq!(versions(&env, "DEC-0001").0, owned(&[("created", a)]));
    assert_eq!(records(&env), 3);
}

/// (event, ID) of each `gov log` entry, oldest first.
fn events(env: &TestEnv) -> Vec<(String, String)> {
    let log = env.gov(&["log", "--format", "json"]).json();
    let mut out: Vec<(String, String, String)> = log
        .as_array()
        .expect("events")
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or("-").to_string();
            (s("date"), s("event"), s("id"))
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, e, id)| (e, id)).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    owned(list)
}

#[test]
fn a_file_deleted_on_main_is_not_deleted_again_by_merging_a_branch_that_kept_it() {
    let env = TestEnv::new();
    commit(&env, AGNETE, "2026-01-01", "gov init");
    let kiosk = "decisions/DEC-0001-kiosk.md";
    env.write(kiosk, &decision("DEC-0001", "Kiosk", "Forslag"));
    commit(&env, AGNETE, "2026-01-02", "Create DEC-0001-kiosk.md");
    env.git(&["checkout", "-q", "-b", "printer"]);
    let printer = "decisions/DEC-0002-printer.md";
    env.write(printer, &decision("DEC-0002", "Printer", "Forslag"));
    commit(&env, OLE, "2026-01-03", "Create DEC-0002-printer.md");
    env.git(&["checkout", "-q", "main"]);
    env.git(&["rm", "-q", kiosk]);
    commit(&env, AGNETE, "2026-01-04", "Delete DEC-0001-kiosk.md");
    // The branch still has the kiosk file: the merge drops it, a
    // deletion of a file no record holds any more.
    env.git(&["merge", "-q", "--no-ff", "--no-commit", "printer"]);
    commit(&env, AGNETE, "2026-01-05", "Merge branch 'printer'");
    assert_eq!(
        events(&env),
        pairs(&[
            ("created", "DEC-0001"),
            ("created", "DEC-0002"),
            ("deleted", "DEC-0001"),
        ])
    );
}

#[test]
fn a_change_on_a_branch_to_a_file_main_deleted_is_a_change_not_a_restoration() {
    let env = TestEnv::new();
    commit(&env, AGNETE, "2026-01-01", "gov init");
    let kiosk = "decisions/DEC-0001-kiosk.md";
    env.write(kiosk, &decision("DEC-0001", "Kiosk", "Forslag"));
    commit(&env, AGNETE, "2026-01-02", "Create DEC-0001-kiosk.md");
    env.git(&["checkout", "-q", "-b", "accept"]);
    env.git(&["checkout", "-q", "main"]);
    env.git(&["rm", "-q", kiosk]);
    commit(&env, AGNETE, "2026-01-03", "Delete DEC-0001-kiosk.md");
    // Later, on the branch: the file main deleted is accepted.
    env.git(&["checkout", "-q", "accept"]);
    env.write(kiosk, &decision("DEC-0001", "Kiosk", "Accepteret"));
    commit(&env, OLE, "2026-01-04", "Accept DEC-0001");
    env.git(&["checkout", "-q", "main"]);
    env.merge_conflicting("accept");
    env.git(&["rm", "-q", kiosk]);
    commit(&env, AGNETE, "2026-01-05", "Merge branch 'accept'");
    let (list, _) = versions(&env, "DEC-0001");
    let changes: Vec<&str> = list.iter().map(|v| v.0.as_str()).collect();
    // (What the merge's resolution does to the record is not asked here.)
    assert_eq!(changes[..3], ["created", "deleted", "modified"]);
    let approved = events(&env)
        .into_iter()
        .filter(|e| e.0 == "approved")
        .count();
    assert_eq!(approved, 1, "{:?}", events(&env));
}

#[test]
fn a_path_two_branches_add_belongs_to_the_later_one_and_counts_for_it() {
    let env = TestEnv::new();
    commit(&env, AGNETE, "2026-01-01", "gov init");
    let path = "decisions/kiosk.md";
    env.git(&["checkout", "-q", "-b", "kiosk"]);
    env.write(path, &decision("DEC-0001", "Kiosk", "Forslag"));
    commit(&env, OLE, "2026-01-02", "Create kiosk.md");
    env.git(&["checkout", "-q", "main"]);
    env.write(path, &decision("DEC-0002", "Printer", "Forslag"));
    commit(&env, AGNETE, "2026-01-03", "Create kiosk.md");
    env.merge_conflicting("kiosk");
    env.git(&["checkout", "--ours", path]);
    env.git(&["add", path]);
    commit(&env, AGNETE, "2026-01-04", "Merge branch 'kiosk'");
    // The path is DEC-0002's: a second file taking DEC-0002 makes two,
    // and renumbering that one leaves the first with DEC-0002.
    let other = "decisions/printer.md";
    env.write(other, &decision("DEC-0002", "Printer 2", "Forslag"));
    commit(&env, OLE, "2026-01-05", "Create printer.md");
    env.gov(&["renumber", other]).ok();
    commit(&env, OLE, "2026-01-06", "gov renumber printer.md");
    assert!(env.read(other).starts_with("---\nid: DEC-0003\n"));
    assert_eq!(
        versions(&env, "DEC-0002"),
        (owned(&[("created", path)]), serde_json::Value::Null)
    );
    assert_eq!(
        versions(&env, "DEC-0003"),
        (
            owned(&[("created", other), ("renumbered", other)]),
            serde_json::json!(["DEC-0002"])
        )
    );
    assert!(
        !events(&env).iter().any(|e| e.0 == "deleted"),
        "{:?}",
        events(&env)
    );
}

#[test]
fn a_record_renumbered_twice_is_one_record_with_two_earlier_ids() {
    let env = TestEnv::new();
    commit(&env, AGNETE, "2026-01-01", "gov init");
    let first = "decisions/DEC-0003-fuld-stop.md";
    env.write(first, &decision("DEC-0003", "Fuld stop", "Forslag"));
    commit(&env, AGNETE, "2026-01-05", "Create DEC-0003-fuld-stop.md");
    env.gov(&["renumber", "DEC-0003", "DEC-0007"]).ok();
    commit(&env, OLE, "2026-01-06", "gov renumber DEC-0003 DEC-0007");
    // The renamed file's old path is no longer the record's: the second
    // renumbering is of a record of one file, not a split.
    env.gov(&["renumber", "DEC-0007", "DEC-0009"]).ok();
    commit(&env, OLE, "2026-01-07", "gov renumber DEC-0007 DEC-0009");
    assert_eq!(
        versions(&env, "DEC-0009"),
        (
            owned(&[
                ("created", first),
                ("renumbered", "decisions/DEC-0007-fuld-stop.md"),
                ("renumbered", "decisions/DEC-0009-fuld-stop.md"),
            ]),
            serde_json::json!(["DEC-0003", "DEC-0007"])
        )
    );
    assert_eq!(records(&env), 1);
}
