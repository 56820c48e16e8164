use crate::env::TestEnv;

#[test]
fn init_in_an_empty_folder_makes_a_git_repository_and_the_layout() {
    let env = TestEnv::empty();
    let out = env.gov(&["init"]);
    insta::assert_snapshot!(out.ok());
    assert!(env.root().join(".git").is_dir());
    assert!(env.read("gov.yaml").contains("lang: da"));
    assert!(env.read("decisions/README.md").starts_with("# Beslutning"));
    assert!(env.read("templates/decision.md").contains("## Kontekst"));
}

#[test]
fn init_twice_changes_nothing_and_says_so() {
    let env = TestEnv::new();
    let before = env.snapshot_tree();
    let out = env.gov(&["init"]);
    assert_eq!(
        out.ok(),
        "Intet at gøre: repositoriet er allerede sat op til gov.\n"
    );
    assert_eq!(env.snapshot_tree(), before);
}

#[test]
fn init_keeps_an_existing_configuration_and_fills_in_the_rest() {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write(
        "gov.yaml",
        "lang: en\nkinds:\n  decision:\n    folder: beslutninger\n",
    );
    let out = env.gov(&["init"]);
    insta::assert_snapshot!(out.ok());
    assert_eq!(
        env.read("gov.yaml"),
        "lang: en\nkinds:\n  decision:\n    folder: beslutninger\n"
    );
    assert!(env.read("beslutninger/README.md").starts_with("# Decision"));
    assert!(env.read("templates/decision.md").contains("## Context"));
}

#[test]
fn init_in_english() {
    let env = TestEnv::english();
    assert!(env.read("gov.yaml").contains("lang: en"));
    assert!(env.read("backlog/README.md").contains("gov new change"));
}

#[test]
fn a_dry_run_in_an_empty_folder_says_what_it_would_make_and_makes_nothing() {
    let env = TestEnv::empty();
    let out = env.gov(&["init", "--lang", "en", "--dry-run"]);
    let text = out.ok();
    assert!(
        text.starts_with("would write      .git/ (git init)\nwould write      gov.yaml\n"),
        "{text}"
    );
    assert!(text.ends_with("(dry run: nothing written)\n"), "{text}");
    assert_eq!(std::fs::read_dir(env.root()).expect("root").count(), 0);
}
