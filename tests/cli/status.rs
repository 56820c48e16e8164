//! `gov status`: the coordinator's report, against a repository whose
//! history has fixed dates, reported as of the fixed "today" 2026-11-28.

use crate::env::TestEnv;

pub const AGNETE: (&str, &str) = ("Agnete Moos", "agnete@sonderborg.dk");

pub const MINUTES: &str = "---
id: MTG-0001
title: Styregruppemøde oktober
status: Referat klar til godkendelse
date: 2026-10-08
body: styregruppe
---
# Styregruppemøde oktober

## Opfølgning

<!-- Skriv en linje pr. opgave, fx: - [ ] @navn Send udkast til styregruppen (due 2026-09-01) -->
- [ ] @sofie Send udkast til leverandøren (due 2026-11-15)
- [x] @jens Book lokale (due 2026-10-20)
- [ ] @jens Ring til Vejle (frist 1.12.2026)
- [ ] @jens Svar kommunerne (frist 20.11.2026)
- [ ] @Sofie Søndergaard Send referatet ud (due 2026-11-10)

```markdown
- [ ] @eksempel Dette er ikke en opgave (due 2026-01-01)
```
";

fn write(env: &TestEnv, path: &str, front: &str) {
    env.write(path, &format!("---\n{front}---\n"));
}

/// A governance repository on the morning of 28 November 2026: a plan
/// nobody touched since March, and the rest committed on 20 November.
pub fn coordinator(env: TestEnv) -> TestEnv {
    write(
        &env,
        "plans/PLAN-0001-strategi.md",
        "id: PLAN-0001\ntitle: Strategi 2027\nstatus: Udkast\ndate: 2026-02-20\n",
    );
    write(
        &env,
        "decisions/DEC-0003-hosting.md",
        "id: DEC-0003\ntitle: Hosting hos Sønderborg\nstatus: Accepteret\ndate: 2026-02-01\n",
    );
    env.commit_as(
        AGNETE.0,
        AGNETE.1,
        "2026-03-01T10:00:00+01:00",
        "Create strategi",
    );
    write(
        &env,
        "decisions/DEC-0001-kiosk.md",
        "id: DEC-0001\ntitle: Kiosk-tilstand som standard\nstatus: Forslag\ndate: 2026-11-01\ndeciders: Styregruppen-Koordinationsgruppen\n",
    );
    write(
        &env,
        "decisions/DEC-0002-budget.md",
        "id: DEC-0002\ntitle: Budget 2027\nstatus: proposed\ndate: 2026-10-15\ndeciders: [Styregruppen]\n",
    );
    write(
        &env,
        "backlog/CR-0001-printer.md",
        "id: CR-0001\ntitle: Printerdrivere\nstatus: Indmeldt\ndate: 2026-11-18\ncategory: fault\nsubmitted_by: Vejle Kommune\nsupport: [Aarhus Kommune]\n",
    );
    write(
        &env,
        "backlog/CR-0002-kiosk.md",
        "id: CR-0002\ntitle: Kiosk-tilstand\nstatus: Godkendt\ndate: 2026-06-01\nsubmitted_by: Sønderborg Kommune\nsupport: [Aarhus Kommune, Vejle Kommune]\nevaluation: { value: 4, effort: 2, risk: 1, urgency: 3 }\n",
    );
    write(
        &env,
        "backlog/CR-0003-openssl.md",
        "id: CR-0003\ntitle: Opdater OpenSSL\nstatus: Under vurdering\ndate: 2026-11-20\ncategory: security\nsubmitted_by: Aarhus Kommune\nevaluation: { value: 3, effort: 1, risk: 4, urgency: 5 }\n",
    );
    write(
        &env,
        "backlog/CR-0004-gammel.md",
        "id: CR-0004\ntitle: Gammelt ønske\nstatus: Lukket\ndate: 2025-01-10\n",
    );
    write(
        &env,
        "tasks/TASK-0001-budget.md",
        "id: TASK-0001\ntitle: Send budget til styregruppen\nstatus: Åben\nowner: Sofie Søndergaard\ndue: 2026-11-01\nsource: MTG-0001\n",
    );
    write(
        &env,
        "tasks/TASK-0002-lokale.md",
        "id: TASK-0002\ntitle: Find lokale\nstatus: Udført\nowner: Jens\ndue: 2026-10-01\n",
    );
    write(
        &env,
        "tasks/TASK-0003-svar.md",
        "id: TASK-0003\ntitle: Svar på høring\nstatus: open\ndue: 27.11.2026\n",
    );
    env.write("meetings/MTG-0001-styregruppe.md", MINUTES);
    write(
        &env,
        "meetings/MTG-0002-kg.md",
        "id: MTG-0002\ntitle: Koordinationsgruppemøde december\nstatus: Planlagt\ndate: 2026-12-03\ntime: \"13:00-14:30\"\nplace: Virtuel\n",
    );
    write(
        &env,
        "meetings/MTG-0003-aflyst.md",
        "id: MTG-0003\ntitle: Medlemsmøde\nstatus: Aflyst\ndate: 2026-12-10\nplace: Aarhus\n",
    );
    write(
        &env,
        "meetings/MTG-0004-feb.md",
        "id: MTG-0004\ntitle: Styregruppemøde februar\nstatus: Planlagt\ndate: 2027-02-01\n",
    );
    env.commit_as(
        AGNETE.0,
        AGNETE.1,
        "2026-11-20T10:00:00+01:00",
        "Update records",
    );
    env
}

#[test]
fn the_report_in_danish_and_english() {
    let env = coordinator(TestEnv::new());
    insta::assert_snapshot!("status_da", env.gov(&["status"]).ok());
    insta::assert_snapshot!("status_en", env.gov(&["--lang", "en", "status"]).ok());
}

#[test]
fn markdown_is_ready_to_paste_in_both_languages() {
    let env = coordinator(TestEnv::new());
    insta::assert_snapshot!(
        "status_markdown_da",
        env.gov(&["status", "--format", "markdown"]).ok()
    );
    let en = env.gov(&["--lang", "en", "status", "--format", "markdown"]);
    insta::assert_snapshot!("status_markdown_en", en.ok());
}

#[test]
fn json_follows_the_contract() {
    let env = coordinator(TestEnv::new());
    let json = env.gov(&["status", "--format", "json"]).json();
    assert_eq!(json["as_of"], "2026-11-28");
    assert_eq!(json["counts"]["decision"]["proposed"], 2);
    assert_eq!(json["counts"]["change"]["closed"], 1);
    assert_eq!(json["counts"]["meeting"]["cancelled"], 1);
    for section in [
        "awaiting_approval",
        "overdue",
        "stale",
        "upcoming_meetings",
        "awaiting_evaluation",
        "backlog_top",
        "minutes_awaiting_approval",
    ] {
        let items = json[section]
            .as_array()
            .unwrap_or_else(|| panic!("{section} is an array"));
        assert!(
            !items.is_empty(),
            "{section} has entries in this repository"
        );
        for item in items {
            for key in ["id", "title", "path"] {
                assert!(item[key].is_string(), "{section}: {key} in {item}");
            }
        }
    }
    let approval = &json["awaiting_approval"];
    assert_eq!(approval[0]["id"], "DEC-0002");
    assert_eq!(approval[0]["days_waiting"], 44);
    assert_eq!(
        approval[1]["bodies"],
        serde_json::json!(["Styregruppen", "Koordinationsgruppen"])
    );
    let stale = json["stale"].as_array().unwrap();
    assert_eq!(stale.len(), 1, "only the plan is untouched since March");
    assert_eq!(stale[0]["id"], "PLAN-0001");
    assert_eq!(stale[0]["last_change"], "2026-03-01");
    assert_eq!(stale[0]["days_since_change"], 272);
    assert_eq!(stale[0]["committed"], true);
    let upcoming: Vec<_> = json["upcoming_meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        upcoming,
        ["MTG-0002", "MTG-0003"],
        "February is more than 30 days ahead"
    );
    assert_eq!(json["upcoming_meetings"][0]["days_until"], 5);
    assert_eq!(json["backlog_top"][0]["id"], "CR-0003");
    assert_eq!(json["backlog_top"][0]["rank"], 1);
    assert_eq!(json["minutes_awaiting_approval"][0]["days_waiting"], 51);
}

#[test]
fn as_of_makes_the_report_reproducible() {
    let env = coordinator(TestEnv::new());
    let args = ["status", "--format", "json", "--as-of", "1.11.2026"];
    let one = env.gov(&args).stdout;
    let two = env.gov_with(&args, &[("GOV_TODAY", "2030-01-01")]).stdout;
    assert_eq!(one, two, "--as-of wins over GOV_TODAY");
    let json: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert_eq!(json["as_of"], "2026-11-01");
    assert_eq!(json["awaiting_approval"][0]["days_waiting"], 17);
    assert!(
        json["overdue"].as_array().unwrap().is_empty(),
        "nothing was due before 1 November"
    );
    let later = env
        .gov_with(
            &["status", "--format", "json"],
            &[("GOV_TODAY", "2026-12-01")],
        )
        .json();
    assert_eq!(later["as_of"], "2026-12-01");
    let bad = env.gov(&["status", "--as-of", "31.02.2026"]);
    assert!(bad.fails(2).contains("--as-of"), "{}", bad.stderr);
}

#[test]
fn an_empty_repository_has_nothing_to_report() {
    let env = TestEnv::english();
    assert_eq!(
        env.gov(&["status"]).ok(),
        "Status as of 28 November 2026\n\nNothing to report.\n"
    );
    let json = env.gov(&["status", "--format", "json"]).json();
    assert_eq!(json["counts"], serde_json::json!({}));
    assert_eq!(json["stale"], serde_json::json!([]));
}

#[test]
fn status_never_changes_the_repository() {
    let env = coordinator(TestEnv::new());
    let before = env.snapshot_tree();
    for format in ["table", "json", "markdown"] {
        env.gov(&["status", "--format", format]).ok();
    }
    assert_eq!(env.snapshot_tree(), before);
}

#[test]
fn tables_fit_the_terminal_width() {
    let env = coordinator(TestEnv::new());
    let out = env.gov_with(&["status"], &[("COLUMNS", "48")]);
    for line in out.ok().lines() {
        assert!(line.chars().count() <= 48, "{line}");
    }
}
