//! `gov log`: the governance timeline of the trace fixture.

use crate::trace::fixture;

#[test]
fn the_timeline_shows_status_moves_renames_and_deletions() {
    let (env, _b, _a) = fixture();
    insta::assert_snapshot!(env.gov(&["log"]).ok());
}

#[test]
fn markdown_in_english_oldest_first_for_one_kind() {
    let (env, _b, _a) = fixture();
    insta::assert_snapshot!(
        env.gov(&[
            "--lang",
            "en",
            "log",
            "--kind",
            "beslutning",
            "--reverse",
            "--format",
            "markdown"
        ])
        .ok()
    );
}

#[test]
fn json_and_since() {
    let (env, _b, _a) = fixture();
    let all = env.gov(&["log", "--format", "json"]).json();
    let events: Vec<(String, String)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_string(),
                e["event"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("CR-0001", "restored"),
        ("CR-0001", "status_changed"),
        ("CR-0001", "deleted"),
        ("DEC-0001", "status_changed"),
        ("CR-0001", "approved"),
        ("DEC-0001", "renamed"),
        ("DEC-0001", "approved"),
        ("DEC-0001", "created"),
        ("CR-0001", "created"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(events, want);
    let back = &all[3];
    assert_eq!(
        (back["from"].as_str(), back["to"].as_str()),
        (Some("accepted"), Some("proposed"))
    );
    assert_eq!(back["author"], "Agnete Moos");
    let since = env
        .gov(&["log", "--since", "20.1.2026", "--format", "json"])
        .json();
    assert_eq!(since.as_array().unwrap().len(), 4);
    assert!(
        env.gov(&["log", "--since", "someday"])
            .fails(2)
            .contains("--since")
    );
}
