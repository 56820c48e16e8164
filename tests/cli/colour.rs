//! One colour policy for all output: `--color auto|always|never`, then
//! `NO_COLOR` (non-empty turns colour off), `CLICOLOR_FORCE` (non-empty
//! turns it on, even into a pipe) and `CLICOLOR=0`, and no colour into a
//! pipe otherwise (these tests read gov through pipes). Colour adds gov's
//! own SGR codes and changes nothing else.

use crate::env::{Run, TestEnv};

/// Runs gov with `vars` and without the test environment's `NO_COLOR`.
fn run(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> Run {
    let mut cmd = env.gov_command(args);
    cmd.env_remove("NO_COLOR");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("gov runs");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The text without SGR codes (`ESC [` digits and `;` then `m`): what a
/// terminal shows of it. Any other escape sequence is left as it is.
fn without_sgr(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("\x1b[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let params = after
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b';')
            .count();
        if after.as_bytes().get(params) == Some(&b'm') {
            rest = &after[params + 1..];
        } else {
            out.push_str("\x1b[");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

fn repository() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "decisions/DEC-0001-kiosk.md",
        "---\nid: DEC-0001\ntitle: Kiosk\nstatus: Forslag\ndate: 2026-11-01\ndeciders: Styregruppen\n---\n",
    );
    env.write(
        "decisions/DEC-0002-kopi.md",
        "---\nid: DEC-0001\ntitle: Kopi\nstatus: Godkendtx\ndate: 2026-11-01\n---\n",
    );
    env
}

/// Arguments before the command, variables, and whether colour is expected.
type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], bool);

#[test]
fn the_flag_and_the_variables_decide_as_one_policy() {
    let env = repository();
    let bold = "\x1b[1m";
    // (arguments before the command, variables, colour expected)
    let cases: &[Case] = &[
        (&[], &[], false),
        (&[], &[("NO_COLOR", "1")], false),
        (&["--color", "always"], &[("NO_COLOR", "1")], true),
        (&["--color=always"], &[], true),
        (&["--color", "never"], &[("CLICOLOR_FORCE", "1")], false),
        (&["--color", "auto"], &[("CLICOLOR_FORCE", "1")], true),
        (&[], &[("CLICOLOR_FORCE", "1")], true),
        (&[], &[("CLICOLOR_FORCE", "")], false),
        (&[], &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")], false),
        (&[], &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")], true),
        (&[], &[("CLICOLOR", "0"), ("CLICOLOR_FORCE", "1")], true),
        (&[], &[("CLICOLOR", "1")], false),
        (&[], &[("TERM", "dumb"), ("CLICOLOR_FORCE", "1")], true),
    ];
    let plain = run(&env, &["--color", "never", "status"], &[]);
    assert!(!plain.ok().contains('\x1b'), "{}", plain.stdout);
    for (before, vars, colour) in cases {
        let mut args = before.to_vec();
        args.push("status");
        let out = run(&env, &args, vars);
        assert_eq!(
            out.ok().contains(bold),
            *colour,
            "gov {args:?} with {vars:?}:\n{}",
            out.stdout
        );
        // Colour adds SGR codes, and changes nothing else.
        assert_eq!(without_sgr(&out.stdout), plain.stdout, "{args:?} {vars:?}");
        // The flag is global: after the command it means the same.
        if !before.is_empty() {
            let mut after = vec!["status"];
            after.extend(before.iter());
            let out = run(&env, &after, vars);
            assert_eq!(out.ok().contains(bold), *colour, "gov {after:?}");
        }
    }
}

#[test]
fn validate_colours_its_diagnostics_only_when_the_policy_says_so() {
    let env = repository();
    let plain = run(&env, &["validate"], &[]);
    assert_eq!(plain.code, 1);
    assert!(!plain.stdout.contains('\x1b'), "{}", plain.stdout);
    assert!(plain.stdout.contains("fejl[GOV040]"), "{}", plain.stdout);
    for (args, vars) in [
        (
            vec!["--color", "always", "validate"],
            vec![("NO_COLOR", "1")],
        ),
        (vec!["validate"], vec![("CLICOLOR_FORCE", "1")]),
    ] {
        let coloured = run(&env, &args, &vars);
        assert_eq!(coloured.code, 1);
        assert!(coloured.stdout.contains("\x1b["), "{}", coloured.stdout);
        assert_eq!(without_sgr(&coloured.stdout), plain.stdout);
    }
    let never = run(
        &env,
        &["validate", "--color", "never"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert_eq!(never.stdout, plain.stdout);
}

/// The write commands' findings go to stderr, coloured as the policy
/// decides for stderr.
#[test]
fn write_commands_colour_their_findings_on_stderr() {
    let env = repository();
    let plain = run(
        &env,
        &["set", "decisions/DEC-0001-kiosk.md", "deciders:=3"],
        &[],
    );
    plain.fails(2);
    assert!(plain.stderr.contains("fejl[GOV010]"), "{}", plain.stderr);
    assert!(!plain.stderr.contains('\x1b'), "{}", plain.stderr);
    let coloured = run(
        &env,
        &[
            "--color",
            "always",
            "set",
            "decisions/DEC-0001-kiosk.md",
            "deciders:=3",
        ],
        &[],
    );
    coloured.fails(2);
    assert!(coloured.stderr.contains("\x1b["), "{}", coloured.stderr);
    assert_eq!(without_sgr(&coloured.stderr), plain.stderr);
}

#[test]
fn clap_help_follows_the_flag_and_a_bad_value_is_a_usage_error() {
    let env = repository();
    let help = run(&env, &["--color", "always", "status", "--help"], &[]);
    assert!(help.ok().contains("\x1b["), "{}", help.stdout);
    let help = run(
        &env,
        &["--color", "never", "status", "--help"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(!help.ok().contains('\x1b'), "{}", help.stdout);
    let bad = run(&env, &["--color", "blue", "status"], &[]);
    assert!(bad.fails(2).contains("blue"), "{}", bad.stderr);
}

/// `gov --help` names the flag, says the flag wins over the variables,
/// and shows it in an example.
#[test]
fn help_lists_the_flag_with_an_example() {
    let env = repository();
    let help = run(&env, &["--lang", "en", "--help"], &[]);
    let text = help.ok();
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("--color <WHEN>"), "{text}");
    assert!(words.contains("win over the variables"), "{text}");
    assert!(text.contains("gov --color always status"), "{text}");
}

/// gov on a real terminal (a pseudo-terminal from util-linux `script`):
/// `auto` colours it, unless NO_COLOR is set or TERM is `dumb`; and
/// `--color never` wins. The other tests read gov through pipes.
#[cfg(target_os = "linux")]
#[test]
fn auto_colours_a_terminal_unless_the_variables_say_no() {
    let env = repository();
    let on_terminal = |args: &str, vars: &[(&str, &str)]| {
        let gov = env!("CARGO_BIN_EXE_gov");
        let mut cmd = env.command("script");
        cmd.args(["-qec", &format!("'{gov}' {args}"), "/dev/null"]);
        cmd.env_remove("NO_COLOR").env("TERM", "xterm");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("util-linux script runs");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let bold = "\x1b[1m";
    let coloured = on_terminal("status", &[]);
    assert!(coloured.contains(bold), "{coloured}");
    for (args, vars) in [
        ("status", &[("NO_COLOR", "1")][..]),
        ("status", &[("TERM", "dumb")][..]),
        ("status", &[("CLICOLOR", "0")][..]),
        ("--color never status", &[][..]),
    ] {
        let plain = on_terminal(args, vars);
        assert!(!plain.contains('\x1b'), "{args} {vars:?}: {plain}");
        assert_eq!(without_sgr(&coloured), plain, "{args} {vars:?}");
    }
}
