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
