//! Output that cannot attack the terminal: records, commits and authors
//! carrying escape sequences (OSC 52 to set the clipboard, CSI 2J to clear
//! the screen), BEL, CR, C1 controls and bidi overrides, shown by every
//! human output with each control character escaped, while `--format json`
//! keeps the exact text. Also JUnit's test cases, status's report day in
//! the local time zone, and status changes committed several at once.

use crate::env::TestEnv;

/// Sets the clipboard to "echo hacked" in terminals that allow OSC 52.
const OSC52: &str = "\x1b]52;c;ZWNobyBoYWNrZWQ=\x07";
/// Clears the screen and moves the cursor home.
const CLEAR: &str = "\x1b[2J\x1b[H";
/// Reverses what follows, so `exe.txt` shows as `txt.exe`.
const BIDI: &str = "\u{202e}exe.txt\u{202c}";
/// CSI as one C1 control, then a carriage return that would hide the start.
const C1_CR: &str = "\u{9b}2J\rOK";

const EVE: &str = "Eve \x1b[2J\x1b]52;c;aGk=\x07 \u{202e}X";

/// A control character no human output may print: everything below space
/// but the line break, DEL, C1 and the bidi overrides and isolates. (Own
/// list, not gov's, so the test does not trust the code it tests.)
fn raw_control(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| {
        (c < ' ' && c != '\n')
            || ('\u{7f}'..='\u{9f}').contains(&c)
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

/// The places in a run's output where a raw control character is.
fn leaks(what: &str, run: &crate::env::Run) -> Vec<String> {
    let mut out = Vec::new();
    for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        if let Some((at, c)) = raw_control(text) {
            let from = text[..at]
                .char_indices()
                .rev()
                .nth(30)
                .map_or(0, |(i, _)| i);
            let near: String = text[from..].chars().take(60).collect();
            out.push(format!(
                "`gov {what}`: raw {c:?} in {stream} near {:?}",
                near
            ));
        }
    }
    out
}

/// A YAML double-quoted string with the attacks written as YAML escapes.
fn yaml(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || ('\u{2000}'..='\u{206f}').contains(&c) => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn title() -> String {
    format!("Kiosk {OSC52}{CLEAR} {BIDI} {C1_CR}")
}

const CONFIG: &str = "lang: en
repositories:
  - { name: app, path: code/app }
";

/// A repository whose records, file names, commits and authors attack.
fn hostile() -> TestEnv {
    let env = TestEnv::english();
    env.write("gov.yaml", CONFIG);
    let t = yaml(&title());
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &format!(
            "---\nid: DEC-0001\ntitle: {t}\nstatus: {}\ndate: 2026-11-01\n---\n\n# Kiosk\n\nBody {OSC52} {CLEAR}\n",
            yaml(&format!("Accepted{CLEAR}\x07"))
        ),
    );
    env.write(
        "decisions/DEC-0002-budget.md",
        &format!(
            "---\nid: DEC-0002\ntitle: {t}\nstatus: proposed\ndate: 2026-10-15\ndeciders: {}\n---\n",
            yaml(&format!("Styregruppen{OSC52}"))
        ),
    );
    env.write(
        "decisions/DEC-0005-vote.md",
        &format!(
            "---\nid: DEC-0005\ntitle: {t}\nstatus: proposed\ndate: 2026-10-15\ndeciders: {}\n---\n",
            yaml(&format!("Styregruppen{OSC52}"))
        ),
    );
    // An ID and a file name of its own.
    env.write(
        &format!("decisions/DEC-0003-{CLEAR}x.md"),
        &format!(
            "---\nid: {}\ntitle: Plain\nstatus: draft\ndate: 2026-10-15\n---\n",
            yaml(&format!("DEC-0003{OSC52}"))
        ),
    );
    // Raw control bytes in the front matter: a YAML error whose snippet
    // shows the line.
    env.write(
        "decisions/DEC-0004-raw.md",
        &format!("---\nid: DEC-0004\ntitle: Raw {CLEAR} {OSC52}\nstatus: draft\n---\n"),
    );
    env.write(
        "backlog/CR-0001-printer.md",
        &format!("---\nid: CR-0001\ntitle: {t}\nstatus: submitted\ndate: 2026-11-18\nsubmitted_by: {}\n---\n", yaml(&format!("Vejle{BIDI}"))),
    );
    env.write(
        "tasks/TASK-0001-budget.md",
        &format!(
            "---\nid: TASK-0001\ntitle: {t}\nstatus: open\nowner: {}\ndue: 2026-11-01\n---\n",
            yaml(&format!("Sofie{CLEAR}"))
        ),
    );
    env.write(
        "meetings/MTG-0001-kg.md",
        &format!(
            "---\nid: MTG-0001\ntitle: {t}\nstatus: planned\ndate: 2026-12-03\nplace: {}\n---\n",
            yaml(&format!("Virtuel{OSC52}"))
        ),
    );
    env.commit_as(
        EVE,
        "eve@example.org",
        "2026-11-20T10:00:00+01:00",
        &format!("Create {OSC52}{CLEAR}"),
    );
    env.write(
        "decisions/DEC-0002-budget.md",
        &format!(
            "---\nid: DEC-0002\ntitle: {t}\nstatus: accepted\ndate: 2026-10-15\ndeciders: {}\n---\n",
            yaml(&format!("Styregruppen{OSC52}"))
        ),
    );
    env.commit_as(
        EVE,
        "eve@example.org",
        "2026-11-21T10:00:00+01:00",
        &format!("Accept {C1_CR} {BIDI}"),
    );
    let app = env.code_repo("app");
    app.commit_as(
        EVE,
        "eve@example.org",
        "2026-11-22T09:00:00+01:00",
        &format!("Kiosk {OSC52}{CLEAR} {C1_CR}\n\nImplements: DEC-0001"),
    );
    app.tag("v1.0.0", "2026-11-23T12:00:00+01:00");
    env
}

#[test]
fn no_human_output_lets_a_control_character_through() {
    let env = hostile();
    let missing = format!("DEC-0009{OSC52}");
    let hostile_path = format!("decisions/DEC-0003-{CLEAR}x.md");
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["list"],
        vec!["show", "DEC-0001"],
        vec!["release", "v1.0.0"],
        // Errors quote what was asked for, and gov's own messages their data.
        vec!["show", &missing],
        vec!["list", "--kind", CLEAR],
        vec!["list", "--format", CLEAR],
        vec!["validate", "--format", "human"],
        vec!["validate", "--history", "--format", "human"],
        vec!["validate", "--history", "--format", "github"],
        vec!["validate", "--history", "--format", "junit"],
    ];
    for format in ["table", "markdown"] {
        commands.extend([
            vec!["status", "--format", format],
            vec!["backlog", "--format", format],
            vec!["backlog", "--explain", "--format", format],
            vec!["trace", "DEC-0001", "--format", format],
            vec!["trace", "DEC-0002", "--format", format],
            vec!["trace", "--all", "--format", format],
            vec!["log", "--format", format],
        ]);
    }
    // `set` names the file it changed, on stdout and stderr (last: it writes).
    commands.push(vec!["set", &hostile_path, "note=x"]);
    let runs: Vec<(String, crate::env::Run)> = commands
        .iter()
        .map(|args| (args.join(" "), env.gov_with(args, &[("COLUMNS", "400")])))
        .collect();
    // Every command is checked before any fails, so a failure lists them all.
    let leaked: Vec<String> = runs
        .iter()
        .flat_map(|(what, run)| leaks(what, run))
        .collect();
    assert!(
        leaked.is_empty(),
        "{} outputs leak:\n{}",
        leaked.len(),
        leaked.join("\n")
    );
    let run = |what: &str| &runs.iter().find(|(w, _)| w == what).expect(what).1;
    // What was escaped is still there to read.
    let list = run("list").ok();
    assert!(
        list.contains("Kiosk \\x1b]52;c;ZWNobyBoYWNrZWQ=\\x07"),
        "{list}"
    );
    assert!(list.contains("\\u{202e}exe.txt"), "{list}");
    assert!(list.contains("DEC-0003\\x1b]52"), "{list}");
    assert!(run("show DEC-0001").ok().contains("Body \\x1b]52;c;"));
    assert!(run("release v1.0.0").ok().contains("Kiosk \\\\x1b]52"));
    for format in ["table", "markdown"] {
        let status = run(&format!("status --format {format}")).ok();
        assert!(status.contains("Sofie\\"), "{status}");
        assert!(status.contains("Styregruppen\\"), "{status}");
        let backlog = run(&format!("backlog --format {format}")).ok();
        assert!(backlog.contains("Kiosk \\"), "{backlog}");
        let trace = run(&format!("trace DEC-0002 --format {format}")).ok();
        assert!(trace.contains("x1b]52;c;aGk="), "{trace}");
        let trace = run(&format!("trace DEC-0001 --format {format}")).ok();
        assert!(trace.contains("u{9b}2J"), "{trace}");
        assert!(
            run(&format!("log --format {format}"))
                .ok()
                .contains("Eve \\")
        );
    }
    for what in ["human", "github", "junit"] {
        assert_eq!(run(&format!("validate --history --format {what}")).code, 1);
    }
    let github = &run("validate --history --format github").stdout;
    assert!(
        github.lines().all(|l| l.starts_with("::")),
        "one workflow command a line:\n{github}"
    );
    let missing = run(&format!("show {missing}"));
    assert!(missing.fails(2).contains("\\x1b]52"), "{}", missing.stderr);
    run(&format!("list --kind {CLEAR}")).fails(2);
    run(&format!("list --format {CLEAR}")).fails(2);
    assert!(
        run(&format!("set {hostile_path} note=x"))
            .ok()
            .contains("DEC-0003-\\x1b[2J")
    );
}

/// With `--color always` into a pipe, gov's own colour codes pass the last
/// check and nothing else does: a record's own colour code (`ESC [31m`),
/// a screen clear or an OSC 52 are as visible as without colour, and the
/// output with gov's SGR codes taken out is the output without colour.
#[test]
fn with_colour_only_gov_s_own_codes_pass() {
    let env = hostile();
    env.write(
        "decisions/DEC-0006-red.md",
        "---\nid: DEC-0006\ntitle: \"R\\e[31md \\e[1mfed\\e[0m\"\nstatus: proposed\ndate: 2026-11-01\ndeciders: Styregruppen\n---\n",
    );
    for args in [
        vec!["status"],
        vec!["list"],
        vec!["backlog", "--explain"],
        vec!["trace", "DEC-0001"],
        vec!["validate", "--history"],
    ] {
        let what = args.join(" ");
        let with = |colour: &str| {
            let mut all = vec!["--color", colour];
            all.extend(args.iter().copied());
            env.gov_with(&all, &[("COLUMNS", "400")])
        };
        let (always, never) = (with("always"), with("never"));
        assert_eq!(always.code, never.code, "{what}");
        // gov's codes out, the rest must be the colourless output.
        let mut shown = String::new();
        let mut rest = always.stdout.as_str();
        let mut codes = 0;
        while let Some(at) = rest.find('\x1b') {
            shown.push_str(&rest[..at]);
            let code_len = rest[at + 1..]
                .strip_prefix('[')
                .map(|p| {
                    p.bytes()
                        .take_while(|b| b.is_ascii_digit() || *b == b';')
                        .count()
                })
                .filter(|n| rest.as_bytes().get(at + 2 + n) == Some(&b'm'))
                .map(|n| n + 3);
            let Some(len) = code_len else {
                panic!(
                    "`{what}`: a raw escape that is no colour code near {:?}",
                    &rest[at..]
                );
            };
            codes += 1;
            rest = &rest[at + len..];
        }
        shown.push_str(rest);
        assert_eq!(shown, never.stdout, "`{what}`");
        assert!(
            leaks(&what, &never).is_empty(),
            "{:?}",
            leaks(&what, &never)
        );
        if what == "status" || what.starts_with("validate") {
            assert!(codes > 0, "`{what}` has colour:\n{}", always.stdout);
        }
        if what == "list" || what == "status" {
            assert!(never.stdout.contains("R\\x1b[31md"), "{}", never.stdout);
        }
    }
}

#[test]
fn json_keeps_the_exact_text() {
    let env = hostile();
    let list = env.gov(&["list", "--format", "json"]).json();
    let dec1 = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "DEC-0001")
        .expect("DEC-0001 listed");
    assert_eq!(dec1["title"], title());
    assert_eq!(dec1["status_label"], format!("Accepted{CLEAR}\x07"));
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == format!("DEC-0003{OSC52}")
                && r["path"] == format!("decisions/DEC-0003-{CLEAR}x.md"))
    );
    let trace = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    assert_eq!(trace["commits"][0]["author"], EVE);
    assert_eq!(
        trace["commits"][0]["summary"],
        format!("Kiosk {OSC52}{CLEAR} {C1_CR}")
    );
    let log = env.gov(&["log", "--format", "json"]).json();
    assert!(log.as_array().unwrap().iter().all(|e| e["author"] == EVE));
    let validate = env.gov(&["validate", "--format", "json"]);
    let diagnostics: serde_json::Value = serde_json::from_str(&validate.stdout).unwrap();
    assert!(
        diagnostics.as_array().unwrap().iter().any(|d| d["message"]
            .as_str()
            .unwrap()
            .contains(&format!("`{CLEAR}\x07`"))),
        "{diagnostics:#}"
    );
}

/// JUnit: every finding is a test case, also on files that are not UTF-8
/// or binary, and a finding about a whole file is on line 1. The XML is
/// read with a real parser and its cases counted against the JSON findings.
#[test]
fn junit_has_a_test_case_for_every_finding() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-ok.md",
        "---\nid: DEC-0001\ntitle: Fine\nstatus: accepted\ndate: 2026-11-01\n---\n",
    );
    env.write(
        "decisions/DEC-0002-bad.md",
        "---\nid: DEC-0002\ntitle: Bad\nstatus: \"Bad <&> \\e[2J\"\ndate: 01-02-2026\n---\n",
    );
    std::fs::write(
        env.root().join("decisions/DEC-0003-latin1.md"),
        b"---\nid: DEC-0003\ntitle: S\xf8nderborg\n---\n",
    )
    .unwrap();
    std::fs::write(
        env.root().join("decisions/DEC-0004-png.md"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    )
    .unwrap();
    std::fs::write(
        env.root().join("decisions/DEC-0005-binary.md"),
        b"\0\0\0\x01\x02binary",
    )
    .unwrap();
    for deny in [false, true] {
        let mut args = vec!["validate", "--format", "json"];
        if deny {
            args.push("--deny-warnings");
        }
        let json = env.gov(&args);
        let findings: Vec<serde_json::Value> = serde_json::from_str(&json.stdout).unwrap();
        let failing = findings
            .iter()
            .filter(|d| d["severity"] == "error" || (deny && d["severity"] == "warning"))
            .count();
        args[2] = "junit";
        let run = env.gov(&args);
        assert_eq!(run.code, 1);
        let doc = roxmltree::Document::parse(&run.stdout)
            .unwrap_or_else(|e| panic!("{e}:\n{}", run.stdout));
        let cases: Vec<roxmltree::Node> = doc
            .descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        let with_finding: Vec<&roxmltree::Node> =
            cases.iter().filter(|c| c.has_attribute("line")).collect();
        assert_eq!(with_finding.len(), findings.len(), "{}", run.stdout);
        // One passing case for the one clean record.
        assert_eq!(cases.len(), findings.len() + 1, "{}", run.stdout);
        let suite = doc
            .descendants()
            .find(|n| n.has_tag_name("testsuite"))
            .unwrap();
        assert_eq!(suite.attribute("tests"), Some(&*cases.len().to_string()));
        assert_eq!(suite.attribute("failures"), Some(&*failing.to_string()));
        let failures = doc
            .descendants()
            .filter(|n| n.has_tag_name("failure"))
            .count();
        assert_eq!(failures, failing);
        for file in [
            "decisions/DEC-0003-latin1.md",
            "decisions/DEC-0004-png.md",
            "decisions/DEC-0005-binary.md",
        ] {
            assert!(
                with_finding
                    .iter()
                    .any(|c| c.attribute("file") == Some(file)),
                "no case for {file}:\n{}",
                run.stdout
            );
        }
        for case in &with_finding {
            let line: usize = case.attribute("line").unwrap().parse().unwrap();
            assert!(line >= 1, "{}", run.stdout);
        }
        assert!(!run.stdout.contains(":0:"), "{}", run.stdout);
        assert!(
            run.stdout.contains("Bad &lt;&amp;&gt; \\x1b[2J"),
            "{}",
            run.stdout
        );
    }
}

/// `gov status` "recently delivered": a release counts for the report day
/// when it was tagged before midnight in the local time zone (`TZ`), also
/// on the nights summer time ends (25 October 2026) and begins (29 March).
#[test]
fn recent_deliveries_end_at_local_midnight() {
    let env = TestEnv::english();
    env.write(
        "gov.yaml",
        "lang: en\nrepositories:\n  - { name: app, path: code/app }\nstatus:\n  recent_releases: 10\n",
    );
    env.write(
        "decisions/DEC-0001-a.md",
        "---\nid: DEC-0001\ntitle: A\nstatus: accepted\ndate: 2026-01-01\n---\n",
    );
    env.commit_as(
        "Agnete Moos",
        "agnete@sonderborg.dk",
        "2026-01-01T10:00:00+01:00",
        "Create",
    );
    let app = env.code_repo("app");
    // Each release a commit of its own, tagged at a local time of
    // Copenhagen (written with the offset in force there then).
    let tags = [
        ("v1.0.0", "2026-03-29T23:30:00+02:00"),
        ("v1.1.0", "2026-03-30T00:30:00+02:00"),
        ("v2.0.0", "2026-10-25T23:30:00+01:00"),
        ("v2.1.0", "2026-10-26T00:30:00+01:00"),
        ("v3.0.0", "2026-11-28T23:30:00+01:00"),
        ("v3.1.0", "2026-11-29T00:30:00+01:00"),
    ];
    for (tag, at) in tags {
        app.commit_as(
            "Agnete Moos",
            "agnete@sonderborg.dk",
            at,
            &format!("{tag}\n\nRefs: DEC-0001"),
        );
        app.tag(tag, at);
    }
    let releases = |day: &str, tz: &str| -> Vec<String> {
        let json = env
            .gov_with(
                &["status", "--format", "json", "--as-of", day],
                &[("TZ", tz)],
            )
            .json();
        let mut out: Vec<String> = json["recent_deliveries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["release"].as_str().unwrap().to_string())
            .collect();
        out.sort();
        out
    };
    let cph = "Europe/Copenhagen";
    assert_eq!(
        releases("2026-03-29", cph),
        ["v1.0.0"],
        "23:30 on the day summer time begins"
    );
    assert_eq!(releases("2026-03-30", cph), ["v1.0.0", "v1.1.0"]);
    assert_eq!(
        releases("2026-10-25", cph),
        ["v1.0.0", "v1.1.0", "v2.0.0"],
        "23:30 on the day summer time ends"
    );
    assert_eq!(
        releases("2026-11-28", cph).last().unwrap(),
        "v3.0.0",
        "23:30 on the report day"
    );
    assert!(
        !releases("2026-11-28", cph).contains(&"v3.1.0".to_string()),
        "00:30 the next day"
    );
    assert!(releases("2026-11-29", cph).contains(&"v3.1.0".to_string()));
    // In UTC the same tags fall an hour or two earlier: 00:30 in
    // Copenhagen on 29 November is 23:30 UTC on the 28th.
    assert!(releases("2026-11-28", "UTC").contains(&"v3.1.0".to_string()));
    assert_eq!(
        releases("2026-03-29", "UTC"),
        ["v1.0.0", "v1.1.0"],
        "22:30 UTC"
    );
}

/// `gov validate --history`: several allowed status changes in one commit
/// (`proposed → accepted → superseded`) are a hint naming the path, not a
/// forbidden transition; a move no chain of allowed steps explains
/// (`accepted → proposed`) stays an error; and an approval passed on the
/// way is checked against the approval rules like any other.
#[test]
fn status_changes_committed_together_follow_the_workflow() {
    let env = TestEnv::english();
    env.write(
        "gov.yaml",
        "lang: en\nbodies:\n  styregruppe:\n    label: { da: Styregruppen, en: Steering committee }\n    members:\n      - { name: Agnete Moos, email: agnete@sonderborg.dk }\napproval:\n  decision: { bodies: [styregruppe], quorum: 0 }\n",
    );
    let decision = |id: &str, status: &str, extra: &str| {
        env.write(
            &format!("decisions/{id}-x.md"),
            &format!(
                "---\nid: {id}\ntitle: {id}\nstatus: {status}\ndeciders: Styregruppen\n{extra}---\n"
            ),
        );
    };
    decision("DEC-0001", "proposed", "");
    decision("DEC-0003", "proposed", "");
    env.commit_as(
        "Agnete Moos",
        "agnete@sonderborg.dk",
        "2026-01-05T10:00:00+01:00",
        "Create",
    );
    decision("DEC-0003", "accepted", "");
    env.commit_as(
        "Agnete Moos",
        "agnete@sonderborg.dk",
        "2026-01-06T10:00:00+01:00",
        "Accept",
    );
    // Ole, no member of the steering committee, accepts and supersedes
    // DEC-0001 in one edit, and moves DEC-0003 backwards.
    decision("DEC-0001", "superseded", "superseded_by: DEC-0002\n");
    decision("DEC-0002", "proposed", "supersedes: DEC-0001\n");
    decision("DEC-0003", "proposed", "");
    env.commit_as(
        "Ole Berg",
        "ole@odense.dk",
        "2026-01-07T10:00:00+01:00",
        "Update",
    );
    let run = env.gov(&["validate", "--history", "--format", "json"]);
    let list: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    let of = |path: &str, code: &str| -> Vec<&serde_json::Value> {
        list.iter()
            .filter(|d| d["path"] == path && d["code"] == code)
            .collect()
    };
    let dec1 = "decisions/DEC-0001-x.md";
    assert!(of(dec1, "GOV070").is_empty(), "{list:#?}");
    let skipped = of(dec1, "GOV075");
    assert_eq!(skipped.len(), 1, "{list:#?}");
    assert_eq!(skipped[0]["severity"], "hint");
    let message = skipped[0]["message"].as_str().unwrap();
    assert!(
        message.contains("`proposed` to `superseded`")
            && message.contains("proposed → accepted → superseded")
            && message.contains("Ole Berg"),
        "{message}"
    );
    let approval = of(dec1, "GOV074");
    assert_eq!(
        approval.len(),
        1,
        "the acceptance on the way is Ole's: {list:#?}"
    );
    assert!(
        approval[0]["message"]
            .as_str()
            .unwrap()
            .contains("Ole Berg")
    );
    let backwards = of("decisions/DEC-0003-x.md", "GOV070");
    assert_eq!(backwards.len(), 1, "{list:#?}");
    assert_eq!(backwards[0]["severity"], "error");
    assert!(of("decisions/DEC-0003-x.md", "GOV075").is_empty());
    assert_eq!(run.code, 1, "the error remains");
    let human = env.gov(&["validate", "--history"]);
    assert!(
        human
            .stdout
            .contains("note[GOV075]: status moved from `proposed` to `superseded` in one commit"),
        "{}",
        human.stdout
    );
}

#[test]
fn validate_json_is_json_whatever_the_message_holds() {
    // A C1 control (CSI, U+009B) in a status word: JSON leaves it as it is
    // (only C0 controls must be escaped), so the terminal escaping of
    // human output must not turn it into `\u{9b}`, which is no JSON.
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-kiosk.md",
        "---\nid: DEC-0001\ntitle: Kiosk\nstatus: \"Accepted\u{9b}2J\"\n---\n",
    );
    let run = env.gov(&["validate", "--format", "json"]);
    let json: serde_json::Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    assert!(
        json.as_array().expect("array").iter().any(|d| d["message"]
            .as_str()
            .unwrap_or_default()
            .contains("\u{9b}2J")),
        "{json:#}"
    );
}
