//! `gov release`: release notes from the trace fixture's tags.

use crate::trace::fixture;

#[test]
fn release_notes_list_what_the_tag_delivered_in_danish() {
    let (env, _b, _a) = fixture();
    insta::assert_snapshot!(env.gov(&["release", "v1.1.0"]).ok());
}

#[test]
fn json_names_the_previous_release_per_repository() {
    let (env, _b, _a) = fixture();
    let json = env.gov(&["release", "v1.1.0", "--format", "json"]).json();
    assert_eq!(json["tag"], "v1.1.0");
    let repos: Vec<_> = json["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["repository"].as_str().unwrap(),
                r["previous"].as_str(),
                r["commits"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(repos, [("borgerpc", Some("v1.0.0"), 1), ("admin", None, 2)]);
    let ids: Vec<_> = json["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["DEC-0001", "CR-0001"]);
    let first = env
        .gov(&["--lang", "en", "release", "v1.0.0"])
        .ok()
        .to_string();
    assert!(first.starts_with("# Delivered in v1.0.0\n"), "{first}");
    assert!(first.contains("DEC-0001"), "{first}");
}

#[test]
fn an_unknown_tag_lists_the_releases() {
    let (env, _b, _a) = fixture();
    let err = env.gov(&["release", "v9.9.9"]).fails(2).to_string();
    assert!(
        err.contains("intet repositorie har en udgivelse med mærket `v9.9.9`"),
        "{err}"
    );
    assert!(err.contains("tip: udgivelser: v1.1.0, v1.0.0"), "{err}");
}

#[test]
fn the_governance_repository_has_releases_too_and_record_edits_are_not_deliveries() {
    let env = crate::env::TestEnv::english();
    env.write(
        "decisions/DEC-0001-kiosk.md",
        "---\nid: DEC-0001\ntitle: Kiosk\nstatus: Accepted\n---\n",
    );
    env.commit_as(
        "Agnete Moos",
        "agnete@sonderborg.dk",
        "2026-03-01T10:00:00+01:00",
        "Create DEC-0001-kiosk.md",
    );
    env.write("site/index.md", "# Published\n");
    env.commit_as(
        "Agnete Moos",
        "agnete@sonderborg.dk",
        "2026-03-02T10:00:00+01:00",
        "Publish the site\n\nRefs: DEC-0001",
    );
    env.tag("v2026.1", "2026-03-03T10:00:00+01:00");
    let code = env.code_repo("empty");
    assert!(code.path().join(".git").is_dir());
    let json = env.gov(&["release", "v2026.1", "--format", "json"]).json();
    assert_eq!(json["repositories"][0]["repository"], "governance");
    let commits = json["records"][0]["commits"].as_array().unwrap();
    let summaries: Vec<_> = commits
        .iter()
        .map(|c| c["summary"].as_str().unwrap())
        .collect();
    assert_eq!(summaries, ["Publish the site"]);
}
