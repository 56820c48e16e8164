//! `gov trace` reads front matter with a fast line scanner where it is
//! sure to agree with the full parser `gov list` uses: a record gets the
//! same ID from both, whatever its front matter.

use crate::env::TestEnv;

/// IDs as `gov list` and `gov trace --all` give them.
fn ids(env: &TestEnv) -> (Vec<String>, Vec<String>) {
    let of = |json: serde_json::Value| -> Vec<String> {
        let mut ids: Vec<String> = json
            .as_array()
            .expect("a JSON array")
            .iter()
            .map(|r| r["id"].as_str().expect("an id").to_string())
            .collect();
        ids.sort();
        ids
    };
    let list = of(env.gov(&["list", "--format", "json"]).json());
    let trace = of(env.gov(&["trace", "--all", "--format", "json"]).json());
    (list, trace)
}

/// Front matter the YAML parser rejects (found by the `front_scan` fuzz
/// target: `[v -]` is no flow sequence to it) has no `id`: both commands
/// take the ID from the file name. Today `gov trace` read `DEC-0009`.
#[test]
fn a_record_gets_the_same_id_from_list_and_trace() {
    let mut env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-kiosk.md",
        "---\nid: DEC-0009\ns: [v -] \n---\n# Kiosk\n",
    );
    env.write(
        "decisions/DEC-0002-printer.md",
        "---\nid: DEC-0012\ndeciders: [Styregruppen, Agnete -]\n---\n# Printer\n",
    );
    env.write(
        "decisions/DEC-0003-ok.md",
        "---\nid: DEC-0003\ndeciders: [Styregruppen, Jens-Peter]\n---\n# Ok\n",
    );
    env.commit("Records with awkward front matter");
    let (list, trace) = ids(&env);
    assert_eq!(list, ["DEC-0001", "DEC-0002", "DEC-0003"]);
    assert_eq!(trace, list);
}
