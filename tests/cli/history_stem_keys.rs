//! The keys history gives files without an ID that share a stem with
//! another record's file (see [`crate::history_stems`]): the file's path,
//! numbered when a record moved on from that path still has it, and the
//! record at that key again when the file is written there again.

use crate::env::TestEnv;
use crate::history_stems::{
    ADMIN, AGNETE, CARSTEN, CLIENT, adr, commit, import, owned, records, repo, versions,
};

/// The IDs history gives the records before `gov import`: a file without
/// an ID goes by its stem, or by its path when another file has the stem.
fn keys(env: &TestEnv) -> Vec<String> {
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    let mut keys: Vec<String> = all
        .as_array()
        .expect("records")
        .iter()
        .map(|r| r["id"].as_str().unwrap_or_default().to_string())
        .collect();
    keys.sort();
    keys
}

#[test]
fn a_file_deleted_and_written_again_beside_its_namesake_is_itself_come_back() {
    let env = repo();
    env.write(
        CLIENT,
        &adr(
            "Use Python 3 only in the client",
            "proposed",
            "2024-05-02",
            "The client still runs Python 2 code.",
        ),
    );
    commit(&env, CARSTEN, "2024-05-02", "ADR: Python 3 in the client");
    env.git(&["rm", "-q", CLIENT]);
    commit(&env, AGNETE, "2024-06-01", "Drop the client's Python ADR");
    // Written again, rewritten (no rename of the deleted file by content
    // or title), while the admin site's file of that name is still there.
    env.write(
        CLIENT,
        &adr(
            "Python 3 in the client, after all",
            "proposed",
            "2024-08-01",
            "The client moves to Python 3 with the admin site.",
        ),
    );
    commit(
        &env,
        CARSTEN,
        "2024-08-01",
        "ADR: Python 3 in the client again",
    );
    assert_eq!(
        keys(&env),
        [
            "20230914-use-log4brains",
            "20231001-keep-a-changelog",
            "20240305-use-python-3-only",
            "packages/client/adr/20240305-use-python-3-only",
        ]
    );
    import(&env);
    assert_eq!(
        versions(&env, CLIENT),
        owned(&[
            ("created", CLIENT),
            ("deleted", CLIENT),
            ("restored", CLIENT),
            ("modified", CLIENT)
        ])
    );
    assert_eq!(
        versions(&env, ADMIN),
        owned(&[("created", ADMIN), ("modified", ADMIN)])
    );
    assert_eq!(records(&env), 4, "main, old, admin, client");
}

#[test]
fn a_key_taken_by_a_file_moved_on_is_numbered() {
    let env = repo();
    let moved = [
        "docs/adr/20240305-use-python-3-only.md",
        "packages/client/adr/2024/20240305-use-python-3-only.md",
    ];
    // Twice: the client writes a file of the admin site's file's name,
    // then moves it on (same content: a rename) and so frees the name.
    for (n, to) in moved.iter().enumerate() {
        let title = format!("Python 3 in the client, take {}", n + 1);
        env.write(CLIENT, &adr(&title, "proposed", "2024-05-02", &title));
        commit(&env, CARSTEN, &format!("2024-0{}-02", n + 5), &title);
        env.write(to, &env.read(CLIENT));
        env.git(&["rm", "-q", CLIENT]);
        commit(&env, CARSTEN, &format!("2024-0{}-03", n + 5), "Move it");
    }
    env.write(CLIENT, &adr("Take 3", "proposed", "2024-08-01", "Third."));
    commit(&env, CARSTEN, "2024-08-01", "Take 3");
    let key = "packages/client/adr/20240305-use-python-3-only";
    assert_eq!(
        keys(&env),
        [
            "20230914-use-log4brains".to_string(),
            "20231001-keep-a-changelog".into(),
            "20240305-use-python-3-only".into(),
            key.into(),
            format!("{key}~2"),
            format!("{key}~3"),
        ]
    );
    import(&env);
    assert_eq!(records(&env), 6);
    for (path, take) in [(moved[0], 1), (moved[1], 2)] {
        let first = format!("Python 3 in the client, take {take}");
        assert_eq!(
            versions(&env, path),
            owned(&[("created", CLIENT), ("renamed", path), ("modified", path)]),
            "{first}"
        );
    }
}
