//! Files without an ID that share a file name (DEC-0042, DEC-0058): in a
//! kind kept in several folders, history follows such a file by its stem
//! only while no other file holds that stem. A file of a name another
//! package's file still has is a record of its own, also when it comes
//! commits later; a file moved to another package in one commit (with a
//! new title and text, so no rename by content or title) and a file of a
//! name whose only holder was deleted long ago are the same record. Real
//! git repositories with fixed authors and dates.

use crate::env::TestEnv;

pub(crate) const AGNETE: (&str, &str) = ("Agnete Moos", "agnete@sonderborg.dk");
pub(crate) const CARSTEN: (&str, &str) = ("Carsten Agger", "carsten@magenta.dk");

const CONFIG: &str = "lang: en\nkinds:\n  decision:\n    folder: [docs/adr, packages/client/adr, packages/admin/adr]\n";
const MAIN: &str = "docs/adr/20230914-use-log4brains.md";
const OLD: &str = "docs/adr/20231001-keep-a-changelog.md";
pub(crate) const ADMIN: &str = "packages/admin/adr/20240305-use-python-3-only.md";
pub(crate) const CLIENT: &str = "packages/client/adr/20240305-use-python-3-only.md";

/// A log4brains ADR.
pub(crate) fn adr(title: &str, status: &str, date: &str, text: &str) -> String {
    format!(
        "# {title}\n\n- Status: {status}\n- Date: {date}\n\n## Context and Problem Statement\n\n{text}\n"
    )
}

pub(crate) fn commit(env: &TestEnv, who: (&str, &str), date: &str, message: &str) {
    env.commit_as(who.0, who.1, &format!("{date}T10:00:00+02:00"), message);
}

/// A repository with the project's log4brains ADR and one more, and the
/// admin site's "Use Python 3 only" (2024-03-05).
pub(crate) fn repo() -> TestEnv {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write("gov.yaml", CONFIG);
    env.write(
        MAIN,
        &adr("Use log4brains", "accepted", "2023-09-14", "ADRs."),
    );
    env.write(
        OLD,
        &adr("Keep a changelog", "accepted", "2023-10-01", "Changes."),
    );
    commit(&env, AGNETE, "2023-10-01", "Set up log4brains");
    env.write(
        ADMIN,
        &adr(
            "Use Python 3 only in the admin site",
            "accepted",
            "2024-03-05",
            "The admin site still runs Python 2 code.",
        ),
    );
    commit(
        &env,
        CARSTEN,
        "2024-03-05",
        "ADR: Python 3 in the admin site",
    );
    env
}

/// `gov import`, committed.
pub(crate) fn import(env: &TestEnv) {
    env.gov(&["import"]).ok();
    commit(env, AGNETE, "2024-12-01", "gov import");
}

/// The ID `gov list` gives the file at `path`.
fn id_of(env: &TestEnv, path: &str) -> String {
    let json = env.gov(&["list", "--format", "json"]).json();
    json.as_array()
        .expect("list")
        .iter()
        .find(|r| r["path"] == path)
        .and_then(|r| r["id"].as_str())
        .unwrap_or_else(|| panic!("{path} not listed: {json}"))
        .to_string()
}

/// (change, path) of each version of the record at `path`.
pub(crate) fn versions(env: &TestEnv, path: &str) -> Vec<(String, String)> {
    let json = env
        .gov(&["trace", &id_of(env, path), "--format", "json"])
        .json();
    json["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .map(|v| {
            let s = |k: &str| v[k].as_str().unwrap_or("-").to_string();
            (s("change"), s("path"))
        })
        .collect()
}

/// How many records history knows.
pub(crate) fn records(env: &TestEnv) -> usize {
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    all.as_array().expect("records").len()
}

pub(crate) fn owned(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_file_of_a_name_another_package_still_has_is_a_record_of_its_own() {
    let env = repo();
    // Months later the client gets a file of the same name, in a commit
    // that also deletes an unrelated ADR.
    env.write(
        CLIENT,
        &adr(
            "Use Python 3 only in the client",
            "proposed",
            "2024-05-02",
            "The client still runs Python 2 code.",
        ),
    );
    env.git(&["rm", "-q", OLD]);
    commit(&env, CARSTEN, "2024-05-02", "ADR: Python 3 in the client");
    import(&env);
    assert_eq!(
        versions(&env, ADMIN),
        owned(&[("created", ADMIN), ("modified", ADMIN)])
    );
    assert_eq!(
        versions(&env, CLIENT),
        owned(&[("created", CLIENT), ("modified", CLIENT)])
    );
    assert_eq!(records(&env), 4, "main, old, admin, client");
}

#[test]
fn a_file_moved_to_another_package_with_a_new_title_stays_one_record() {
    let env = repo();
    // One commit moves the ADR to the client, rewritten, and touches
    // another ADR: no rename by content or title, the same name.
    env.git(&["rm", "-q", ADMIN]);
    env.write(
        CLIENT,
        &adr(
            "Use Python 3 only everywhere",
            "proposed",
            "2024-05-02",
            "Both the client and the admin site move to Python 3.",
        ),
    );
    env.write(
        MAIN,
        &adr(
            "Use log4brains",
            "accepted",
            "2023-09-14",
            "ADRs, all of them.",
        ),
    );
    commit(
        &env,
        CARSTEN,
        "2024-05-02",
        "Move the Python 3 ADR to the client",
    );
    import(&env);
    assert_eq!(
        versions(&env, CLIENT),
        owned(&[
            ("created", ADMIN),
            ("renamed", CLIENT),
            ("modified", CLIENT)
        ])
    );
    assert_eq!(records(&env), 3, "main, old, the moved one");
}

#[test]
fn a_file_of_the_name_of_one_deleted_long_ago_is_that_record_back() {
    let env = repo();
    env.git(&["rm", "-q", ADMIN]);
    commit(
        &env,
        AGNETE,
        "2024-04-01",
        "Drop the admin site's Python ADR",
    );
    // Half a year later the client writes one of the same name, in a
    // commit that also touches another ADR.
    env.write(
        CLIENT,
        &adr(
            "Use Python 3 only in the client",
            "proposed",
            "2024-10-02",
            "The client still runs Python 2 code.",
        ),
    );
    env.write(
        MAIN,
        &adr(
            "Use log4brains",
            "accepted",
            "2023-09-14",
            "ADRs, all of them.",
        ),
    );
    commit(&env, CARSTEN, "2024-10-02", "ADR: Python 3 in the client");
    import(&env);
    assert_eq!(
        versions(&env, CLIENT),
        owned(&[
            ("created", ADMIN),
            ("deleted", ADMIN),
            ("restored", CLIENT),
            ("modified", CLIENT)
        ])
    );
    assert_eq!(records(&env), 3, "main, old, the one come back");
}

#[test]
fn a_change_on_a_branch_to_a_file_main_deleted_stays_with_that_file_not_its_namesake() {
    // The client's namesake of the admin site's ADR is deleted on main and
    // changed on a branch; merging keeps the deletion. The branch's change
    // is the client file's, never a version of the admin site's record.
    let env = repo();
    let client = |status: &str| {
        adr(
            "Use Python 3 only in the client",
            status,
            "2024-05-02",
            "The client still runs Python 2 code.",
        )
    };
    env.write(CLIENT, &client("proposed"));
    commit(&env, CARSTEN, "2024-05-02", "ADR: Python 3 in the client");
    env.git(&["checkout", "-q", "-b", "accept"]);
    env.git(&["checkout", "-q", "main"]);
    env.git(&["rm", "-q", CLIENT]);
    commit(&env, AGNETE, "2024-05-03", "Drop the client's ADR");
    env.git(&["checkout", "-q", "accept"]);
    env.write(CLIENT, &client("accepted"));
    commit(&env, CARSTEN, "2024-05-04", "Accept the client's ADR");
    env.git(&["checkout", "-q", "main"]);
    env.merge_conflicting("accept");
    env.git(&["rm", "-q", CLIENT]);
    commit(&env, AGNETE, "2024-05-05", "Merge branch 'accept'");
    import(&env);
    assert_eq!(
        versions(&env, ADMIN),
        owned(&[("created", ADMIN), ("modified", ADMIN)])
    );
    assert_eq!(records(&env), 4, "main, old, admin, client");
}
