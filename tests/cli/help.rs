use crate::env::TestEnv;

#[test]
fn every_command_has_help_with_an_example() {
    let env = TestEnv::empty();
    let help = env.gov(&["--help"]).ok().to_string();
    insta::assert_snapshot!("help", help);
    // Every subcommand listed in the help, so a new one cannot slip through.
    let commands: Vec<String> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() >= 11, "{commands:?}");
    for cmd in commands.iter().map(String::as_str) {
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
