use crate::env::TestEnv;

#[test]
fn every_command_has_help_with_an_example() {
    let env = TestEnv::empty();
    insta::assert_snapshot!("help", env.gov(&["--help"]).ok());
    for cmd in [
        "init",
        "new",
        "set",
        "list",
        "show",
        "config",
        "completions",
        "man",
    ] {
        let out = env.gov(&[cmd, "--help"]);
        let text = out.ok();
        assert!(text.contains("Examples:"), "{cmd} --help has no example");
        insta::assert_snapshot!(format!("help_{cmd}"), text);
    }
}

#[test]
fn completions_and_man_page() {
    let env = TestEnv::empty();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = env.gov(&["completions", shell]);
        assert!(
            out.ok().contains("supersedes"),
            "{shell} completion knows the flags"
        );
    }
    let man = env.gov(&["man"]);
    assert!(
        man.ok().starts_with(".ie") || man.ok().contains(".TH gov"),
        "{}",
        man.stdout
    );
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::empty();
    assert!(
        env.gov(&["frobnicate"])
            .fails(2)
            .contains("unrecognized subcommand")
    );
    assert!(env.gov(&["new", "decision"]).fails(2).contains("--title"));
}
