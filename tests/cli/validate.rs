use crate::env::TestEnv;

const SEED: &str = include_str!("../fixtures/seed/plans/000_87a61dafea0112c1.md");

/// Runs `gov validate --format json` and returns (code, [(path, line, column, code)]).
fn diagnostics(env: &TestEnv, args: &[&str]) -> (i32, Vec<(String, u64, u64, String)>) {
    let mut all = vec!["validate", "--format", "json"];
    all.extend_from_slice(args);
    let run = env.gov(&all);
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}: {}",
        run.code,
        run.stderr
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let list = json
        .as_array()
        .expect("array")
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (run.code, list)
}

fn codes(list: &[(String, u64, u64, String)]) -> Vec<&str> {
    list.iter().map(|d| d.3.as_str()).collect()
}

#[test]
fn the_seed_validates_without_errors() {
    let env = TestEnv::new();
    env.write("plans/000_87a61dafea0112c1.md", SEED);
    let (code, list) = diagnostics(&env, &[]);
    assert_eq!(code, 0);
    assert_eq!(
        codes(&list),
        ["GOV011", "GOV031"],
        "only hints: no id, day-first date"
    );
}

#[test]
fn a_healthy_repository_made_with_gov_is_clean() {
    let env = TestEnv::new();
    for kind in ["decision", "change", "meeting", "task", "plan"] {
        env.gov(&["new", kind, "--title", "Første sag: æøå"]).ok();
    }
    env.gov(&["set", "DEC-0001", "status=Godkendt"]).ok();
    env.gov(&[
        "new",
        "decision",
        "--title",
        "Anden",
        "--supersedes",
        "DEC-0001",
    ])
    .ok();
    let (code, list) = diagnostics(&env, &[]);
    assert_eq!((code, list), (0, vec![]));
}

#[test]
fn human_output_points_at_the_line() {
    let env = TestEnv::new();
    env.write(
        "decisions/DEC-0001-fuld-stop.md",
        "---\nid: DEC-0001\ntitle: \"[ODR]Fuld stop\"\nstatus: \"Besluttet. (pr mail, modtaget 1.7.2026)\"\ndate: 1/7-2026\nsupersedes: DEC-0009\n---\nSe [referatet](../meetings/væk.md) fra SÃ¸nderborg.\n",
    );
    env.write(
        "decisions/DEC-0002-kopi.md",
        "---\nid: DEC-0001\ntitle: Kopi\nstatus: Godkendtx\ndate: 31-04-2026\n---\n",
    );
    let run = env.gov(&["validate"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stdout);
    let run = env.gov(&["--lang", "en", "validate"]);
    insta::assert_snapshot!("human_en", run.stdout);
}

#[test]
fn github_junit_and_json_formats() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-a.md",
        "---\nid: DEC-0001\ntitle: A\nstatus: maybe\n---\n",
    );
    let gh = env.gov(&["validate", "--format", "github"]);
    assert_eq!(gh.code, 1);
    assert_eq!(
        gh.stdout,
        "::error file=decisions/DEC-0001-a.md,line=4,col=9,title=GOV020::`maybe` is not a known status\n"
    );
    let junit = env.gov(&["validate", "--format", "junit"]);
    assert!(
        junit.stdout.contains("<failure type=\"GOV020\""),
        "{}",
        junit.stdout
    );
    let (_, list) = diagnostics(&env, &[]);
    assert_eq!(
        list,
        vec![("decisions/DEC-0001-a.md".into(), 4, 9, "GOV020".into())]
    );
}

#[test]
fn warnings_fail_only_when_denied_and_rules_can_be_turned_off() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-a.md",
        "---\nid: DEC-0001\ntitle: A\nstatus: \"Accepted: by mail\"\ndate: 4.6.2026\n---\n",
    );
    assert_eq!(
        diagnostics(&env, &[]),
        (
            0,
            vec![
                ("decisions/DEC-0001-a.md".into(), 4, 9, "GOV021".into()),
                ("decisions/DEC-0001-a.md".into(), 5, 7, "GOV031".into()),
            ]
        )
    );
    assert_eq!(diagnostics(&env, &["--deny-warnings"]).0, 1);
    env.write(
        "gov.yaml",
        "lang: en\nrules:\n  GOV031: off\n  GOV021: error\n",
    );
    let (code, list) = diagnostics(&env, &[]);
    assert_eq!((code, codes(&list)), (1, vec!["GOV021"]));
    let rules = env.gov(&["validate", "--rules"]);
    assert!(rules.ok().contains("GOV031  off"), "{}", rules.stdout);
    // The Danish words `validate --rules` shows are what gov.yaml takes too.
    env.write(
        "gov.yaml",
        "lang: da\nrules:\n  GOV031: slået fra\n  GOV021: fejl\n",
    );
    let (code, list) = diagnostics(&env, &[]);
    assert_eq!((code, codes(&list)), (1, vec!["GOV021"]));
    let rules = env.gov(&["validate", "--rules"]);
    let text = rules.ok();
    assert!(text.contains("GOV031  slået fra"), "{text}");
    assert!(text.contains("GOV021  fejl"), "{text}");
}

#[test]
fn references_and_supersession_must_hold_on_both_sides() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-a.md",
        "---\nid: DEC-0001\ntitle: A\nstatus: superseded\n---\n",
    );
    env.write("decisions/DEC-0002-b.md", "---\nid: DEC-0002\ntitle: B\nstatus: accepted\nsupersedes: DEC-0001\nrelated: [DEC-0001, CR-0007]\n---\n");
    let (code, list) = diagnostics(&env, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        list,
        vec![
            ("decisions/DEC-0002-b.md".into(), 5, 13, "GOV051".into()),
            ("decisions/DEC-0002-b.md".into(), 6, 21, "GOV050".into()),
        ]
    );
}

#[test]
fn file_name_date_and_id_must_agree_with_the_record() {
    let env = TestEnv::english();
    env.write(
        "meetings/20260806_Styregruppe.md",
        "---\nid: MTG-0001\ntitle: Styregruppe\nstatus: held\ndate: 2026-08-07\n---\n",
    );
    env.write(
        "decisions/DEC-0003-x.md",
        "---\nid: DEC-0004\ntitle: X\nstatus: draft\n---\n",
    );
    env.write(
        "decisions/DEC-0005-y.md",
        "---\nid: CR-0005\ntitle: Y\nstatus: draft\n---\n",
    );
    let (_, list) = diagnostics(&env, &[]);
    let found: Vec<_> = list.iter().map(|d| (d.0.as_str(), d.3.as_str())).collect();
    assert!(
        found.contains(&("meetings/20260806_Styregruppe.md", "GOV032")),
        "{found:?}"
    );
    assert!(
        found.contains(&("decisions/DEC-0003-x.md", "GOV041")),
        "{found:?}"
    );
    assert!(
        found.contains(&("decisions/DEC-0005-y.md", "GOV042")),
        "{found:?}"
    );
}

#[test]
fn broken_links_name_the_rename_git_saw() {
    let mut env = TestEnv::english();
    env.git(&[
        "remote",
        "add",
        "origin",
        "git@github.com:OS2borgerPC/styring.git",
    ]);
    env.write("decisions/DEC-0001-gammelt-navn.md", "---\nid: DEC-0001\ntitle: A\nstatus: draft\n---\nLong enough body text so git sees the rename as similar.\nLine two.\nLine three.\n");
    env.write(
        "meetings/MTG-0001-m.md",
        "---\nid: MTG-0001\ntitle: M\nstatus: held\n---\n[rel](../decisions/DEC-0001-gammelt-navn.md)\n[abs](https://github.com/OS2borgerPC/styring/blob/main/decisions/DEC-0001-gammelt-navn.md)\n[other repo](https://github.com/OS2borgerPC/other/blob/main/x.md)\n`[code](nope.md)`\n",
    );
    env.commit("Create records");
    env.git(&[
        "mv",
        "decisions/DEC-0001-gammelt-navn.md",
        "decisions/DEC-0001-nyt-navn.md",
    ]);
    env.commit("Rename decisions/DEC-0001-gammelt-navn.md");
    let run = env.gov(&["validate", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let links: Vec<_> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "GOV052")
        .collect();
    assert_eq!(links.len(), 2, "{json:#}");
    for d in links {
        assert_eq!(
            d["hint"],
            "git shows the file was renamed to `decisions/DEC-0001-nyt-navn.md`"
        );
    }
}

/// The rename search across folders: a file at the root, one in a nested
/// folder renamed twice (the hint names the newest name), one deleted (no
/// hint), and a rename made in a merge's second parent branch.
#[test]
fn the_rename_hint_follows_root_nested_chained_and_deleted_files() {
    let mut env = TestEnv::english();
    let long = "Long enough body text so git sees the rename as similar.\nLine two.\nLine three.\nLine four.\n";
    env.write("NOTES.md", &format!("Notes.\n{long}"));
    env.write("docs/guides/old-guide.md", &format!("A guide.\n{long}"));
    env.write("docs/gone.md", "Gone soon, and unlike the others.\n");
    env.write(
        "meetings/MTG-0001-m.md",
        "---\nid: MTG-0001\ntitle: M\nstatus: held\n---\n[a](../NOTES.md)\n[b](../docs/guides/old-guide.md)\n[c](../docs/gone.md)\n",
    );
    env.commit("Create");
    env.git(&["mv", "NOTES.md", "docs/NOTES.md"]);
    env.git(&["mv", "docs/guides/old-guide.md", "docs/guides/mid-guide.md"]);
    env.commit("First renames");
    env.git(&["mv", "docs/guides/mid-guide.md", "docs/guides/new-guide.md"]);
    env.git(&["rm", "-q", "docs/gone.md"]);
    env.commit("Second rename and a removal");
    let run = env.gov(&["validate", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let hints: Vec<(String, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "GOV052")
        .map(|d| (d["line"].to_string(), d["hint"].to_string()))
        .collect();
    assert_eq!(
        hints,
        [
            (
                "6".into(),
                "\"git shows the file was renamed to `docs/NOTES.md`\"".into()
            ),
            (
                "7".into(),
                "\"git shows the file was renamed to `docs/guides/new-guide.md`\"".into()
            ),
            ("8".into(), "null".into()),
        ],
        "{json:#}"
    );
}

#[test]
fn base_reports_ids_taken_on_the_other_branch() {
    let mut env = TestEnv::english();
    env.commit("init");
    env.git(&["checkout", "-q", "-b", "mine"]);
    env.gov(&["new", "decision", "--title", "Mine"]).ok();
    env.commit("Create mine");
    env.git(&["checkout", "-q", "main"]);
    env.write(
        "decisions/DEC-0001-theirs.md",
        "---\nid: DEC-0001\ntitle: Theirs\nstatus: draft\n---\n",
    );
    env.commit("Create theirs");
    env.git(&["checkout", "-q", "mine"]);
    let (code, list) = diagnostics(&env, &["--base", "main"]);
    assert_eq!(
        (code, list),
        (
            1,
            vec![("decisions/DEC-0001-mine.md".into(), 2, 5, "GOV073".into())]
        )
    );
    let run = env.gov(&["validate", "--base", "main"]);
    assert!(
        run.stdout.contains("gov renumber DEC-0001"),
        "{}",
        run.stdout
    );
    assert_eq!(
        diagnostics(&env, &[]).0,
        0,
        "without --base the branch is fine"
    );
}

#[test]
fn schema_export_writes_one_file_per_kind() {
    let env = TestEnv::new();
    let run = env.gov(&["schema", "export", ".schemas"]);
    assert_eq!(run.ok().lines().count(), 5);
    let schema: serde_json::Value =
        serde_json::from_str(&env.read(".schemas/decision.schema.json")).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
}

#[test]
fn a_repository_can_extend_a_kinds_schema() {
    let env = TestEnv::english();
    env.write(
        "schemas/decision-extra.json",
        r#"{"required": ["deciders"]}"#,
    );
    env.write(
        "gov.yaml",
        "lang: en\nkinds:\n  decision:\n    schema_extra: schemas/decision-extra.json\n",
    );
    env.write(
        "decisions/DEC-0001-a.md",
        "---\nid: DEC-0001\ntitle: A\nstatus: draft\n---\n",
    );
    let (code, list) = diagnostics(&env, &[]);
    assert_eq!((code, codes(&list)), (1, vec!["GOV010"]));
}

#[test]
fn validate_only_reads() {
    let env = TestEnv::new();
    env.write("plans/000_87a61dafea0112c1.md", SEED);
    env.write("decisions/DEC-0001-x.md", "---\ntitle: [\n---\n");
    let before = env.snapshot_tree();
    let git_before = env.git(&["status", "--porcelain", "--ignored"]);
    for format in ["human", "json", "github", "junit"] {
        env.gov(&["validate", "--format", format]);
    }
    assert_eq!(env.snapshot_tree(), before);
    assert_eq!(env.git(&["status", "--porcelain", "--ignored"]), git_before);
}
