//! The checks real governance repositories need (issue 13), on a community
//! repository as OS2borgerPC keeps it: decisions in `beslutninger/` named
//! `2026-05-28-slug.md`, meetings in `moeder/` named
//! `20260806_OS2BorgerPCStyregruppe.md` with `## Dagsorden`, `#### N.`
//! headings and `- N.M` lines, links written as bare forge URLs, and
//! history made by the forge's web editor ("Update …", "Rename …").

use crate::env::TestEnv;

const FORGE: &str = "https://github.com/OS2borgerPC/styring";

/// A git repository with the community's folders and forge address.
fn community(lang: &str) -> TestEnv {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write(
        "gov.yaml",
        &format!(
            "lang: {lang}\nforge_url: {FORGE}\nkinds:\n  decision:\n    folder: beslutninger\n  meeting:\n    folder: moeder\n"
        ),
    );
    env
}

fn decision(id: &str, title: &str, status: &str, date: &str, body: &str) -> String {
    format!(
        "---\nid: {id}\ntitle: \"{title}\"\nstatus: {status}\ndate: {date}\ntype: strategic\ndeciders: [Styregruppen]\n---\n# {title}\n\n- **Dato**: {date}\n- **Beslutningstagere**: Styregruppen\n\n## Kontekst\n\n{body}\n\n## Beslutning\n\nStyregruppen besluttede at gå videre.\n"
    )
}

/// Commits as the web editor does, on a fixed day.
fn commit(env: &TestEnv, day: &str, message: &str) {
    env.git(&["add", "-A"]);
    env.commit_as(
        "Agnete Moos",
        "agnete@sonderborg.dk",
        &format!("{day}T10:00:00+02:00"),
        message,
    );
}

/// Each diagnostic's (path, line, column, code).
fn found(env: &TestEnv, args: &[&str]) -> Vec<(String, u64, u64, String)> {
    let run = env.gov(&[&["validate", "--format", "json"], args].concat());
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    json.as_array()
        .expect("array")
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or_default(),
                d["column"].as_u64().unwrap_or_default(),
                d["code"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn at(path: &str, line: u64, column: u64, code: &str) -> (String, u64, u64, String) {
    (path.to_string(), line, column, code.to_string())
}

const MEETING_AUGUST: &str = "---
id: MTG-0003
title: Styregruppemøde 6. august 2026
status: Referat godkendt
date: 2026-08-06
body: styregruppe
---
# Styregruppemøde 6. august 2026

**Status**
- [x] Referat klar til godkendelse
- [x] Referat godkendt

## Mødefakta
- **Tid**: 06.08.2026 kl. 13 - 14:30
- **Sted**: Virtuel

#### Deltagere:
- [x] Agnete Moos, Sønderborg Kommune
- [ ] Sofie Søndergaard, Aarhus Kommune
- []

## Dagsorden

#### 1. Velkomst og godkendelse af dagsorden

#### 2. Økonomi
- 2.1 Budget 2027
- 2.3 Kiosk-tilstand, se https://github.com/OS2borgerPC/styring/blob/main/beslutninger/2026-05-28-kiosk-mode.md

#### 4. Eventuelt

## Mødereferat

> - 2.1 Budget 2027

Budgettet blev godkendt, jf. https://github.com/OS2borgerPC/styring/blob/main/beslutninger/2026-06-01-budget-2027.md.
Hostingaftalen (https://github.com/os2borgerpc/styring/blob/main/beslutninger/2026-07-01-hosting.md) kommer på næste møde.
Se også https://github.com/OS2borgerPC/os2borgerpc/blob/main/README.md og `https://github.com/OS2borgerPC/styring/blob/main/beslutninger/findes-ikke.md`.
";

#[test]
fn bare_forge_urls_to_this_repository_are_checked_like_links() {
    let env = community("da");
    env.write(
        "beslutninger/2026-05-28-kiosk-mode.md",
        &decision(
            "DEC-0001",
            "Kiosk-tilstand som standard",
            "Accepteret",
            "2026-05-28",
            "Borgerne skal kunne bruge maskinerne uden at logge ind, og kommunerne har bedt om en fælles standard for kiosk-tilstand.",
        ),
    );
    env.write(
        "beslutninger/2026-06-01-budget-2027.md",
        &decision(
            "DEC-0002",
            "Budget 2027",
            "Accepteret",
            "2026-06-01",
            "Budgettet for 2027 fordeles mellem drift og udvikling.",
        ),
    );
    commit(&env, "2026-06-02", "Create beslutninger");
    env.git(&[
        "mv",
        "beslutninger/2026-05-28-kiosk-mode.md",
        "beslutninger/2026-05-28-kiosk-tilstand.md",
    ]);
    commit(
        &env,
        "2026-06-10",
        "Rename beslutninger/2026-05-28-kiosk-mode.md to beslutninger/2026-05-28-kiosk-tilstand.md",
    );
    let meeting = "moeder/20260806_OS2BorgerPCStyregruppe.md";
    env.write(meeting, MEETING_AUGUST);
    commit(
        &env,
        "2026-08-07",
        "Create 20260806_OS2BorgerPCStyregruppe.md",
    );

    let run = env.gov(&["validate", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let links: Vec<_> = json
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["code"] == "GOV052")
        .map(|d| {
            (
                d["path"].as_str().expect("path"),
                d["line"].as_u64().expect("line"),
                d["column"].as_u64().expect("column"),
                d["hint"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            (
                meeting,
                29,
                26,
                Some(
                    "git viser, at filen er omdøbt til `beslutninger/2026-05-28-kiosk-tilstand.md`"
                )
            ),
            (meeting, 38, 17, None),
        ],
        "{json:#}"
    );
    let human = env.gov(&["validate", meeting]);
    insta::assert_snapshot!("bare_forge_urls", human.stdout);
}

#[test]
fn a_decision_overwritten_in_place_is_found_by_its_file_name() {
    let env = community("da");
    let kiosk = "beslutninger/2026-05-28-kiosk-mode.md";
    env.write(
        kiosk,
        &decision(
            "DEC-0001",
            "Kiosk-tilstand som standard",
            "Accepteret",
            "2026-05-28",
            "Borgerne skal kunne bruge maskinerne uden at logge ind.",
        ),
    );
    // Reworded titles, Danish letters transliterated or not: no finding.
    env.write(
        "beslutninger/2026-03-02-okonomi-2027.md",
        &decision(
            "DEC-0002",
            "Økonomi og budget 2027",
            "Accepteret",
            "2026-03-02",
            "Rammen for 2027.",
        ),
    );
    env.write(
        "beslutninger/20260410_Sikkerhedsopdateringer.md",
        &decision(
            "DEC-0003",
            "[ODR]Automatiske sikkerhedsopdateringer af borgerPC",
            "Accepteret",
            "10.04.2026",
            "Opdateringer installeres om natten.",
        ),
    );
    commit(&env, "2026-05-28", "Create beslutninger");
    // The web editor: a new proposal typed over the accepted decision.
    env.write(
        kiosk,
        &decision(
            "DEC-0001",
            "Ny leverandøraftale",
            "Forslag",
            "2026-06-15",
            "Den nuværende aftale udløber, og koordinationsgruppen foreslår en ny leverandør.",
        ),
    );
    env.write(
        "beslutninger/20260501_Hosting.md",
        &decision(
            "DEC-0004",
            "Budget for kurser",
            "Forslag",
            "2026-05-01",
            "Et beløb på 40.000 kr. til kurser.",
        ),
    );
    commit(&env, "2026-06-15", "Update 2026-05-28-kiosk-mode.md");

    assert_eq!(
        found(&env, &[]),
        [
            at(kiosk, 3, 8, "GOV033"),
            at(kiosk, 5, 7, "GOV032"),
            at(
                "beslutninger/20260410_Sikkerhedsopdateringer.md",
                5,
                7,
                "GOV031"
            ),
            at("beslutninger/20260501_Hosting.md", 3, 8, "GOV033"),
        ]
    );
    let human = env.gov(&["validate", kiosk, "beslutninger/20260501_Hosting.md"]);
    assert_eq!(human.code, 0, "{}", human.stderr);
    insta::assert_snapshot!("overwritten_decision", human.stdout);
}

#[test]
fn gaps_in_an_agenda_are_hints_at_the_item_after_the_gap() {
    let env = community("en");
    let august = "moeder/20260806_OS2BorgerPCStyregruppe.md";
    env.write(august, MEETING_AUGUST);
    // Numbered without gaps, sub-items without a heading for their
    // section, and a quoted item in the minutes: no hint.
    env.write(
        "moeder/20260903_OS2BorgerPCStyregruppe.md",
        "---\nid: MTG-0004\ntitle: Styregruppemøde 3. september 2026\nstatus: Afholdt\ndate: 2026-09-03\n---\n\
         # Styregruppemøde 3. september 2026\n\n## Dagsorden\n\n### 1. Velkomst\n\n### 2. Drift\n\
         - 2.1 Status fra leverandøren\n- 2.2 Sikkerhed\n- 3.1 Eventuelt\n\n## Mødereferat\n\n\
         > - 2.5 Citeret fra en anden dagsorden\n\nIntet at bemærke.\n",
    );
    commit(&env, "2026-09-04", "Create møder");
    let hints: Vec<_> = found(&env, &[])
        .into_iter()
        .filter(|d| d.3 == "GOV080")
        .collect();
    assert_eq!(
        hints,
        [at(august, 29, 3, "GOV080"), at(august, 31, 6, "GOV080")]
    );
    let run = env.gov(&["validate", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let words: Vec<_> = json
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["code"] == "GOV080")
        .map(|d| (d["severity"].as_str(), d["message"].as_str()))
        .collect();
    assert_eq!(
        words,
        [
            (
                Some("hint"),
                Some("agenda item 2.3 comes after 2.1: item 2.2 is missing")
            ),
            (
                Some("hint"),
                Some("agenda item 4 comes after 2: item 3 is missing")
            ),
        ]
    );
    let rules = env.gov(&["validate", "--rules"]);
    for code in ["GOV033", "GOV080"] {
        assert!(rules.ok().contains(code), "{code}: {}", rules.stdout);
    }
}

/// Meetings for the cancelled-meeting tests: one whose minutes wait for
/// approval, and three cancelled ones (by status, by `cancelled: true` with
/// a status box left ticked, and an upcoming one).
fn meetings(env: &TestEnv) {
    let meeting = |file: &str, id: &str, date: &str, extra: &str, body: &str| {
        env.write(
            &format!("moeder/{file}"),
            &format!(
                "---\nid: {id}\ntitle: Styregruppemøde {date}\ndate: {date}\nbody: styregruppe\n{extra}---\n# Styregruppemøde {date}\n\n{body}\n"
            ),
        );
    };
    meeting(
        "20261008_OS2BorgerPCStyregruppe.md",
        "MTG-0001",
        "2026-10-08",
        "status: Referat klar til godkendelse\n",
        "## Dagsorden\n\n#### 1. Budget\n\n## Mødereferat\n\nBudgettet blev drøftet.",
    );
    meeting(
        "20261105_OS2BorgerPCStyregruppe.md",
        "MTG-0002",
        "2026-11-05",
        "status: Aflyst\n",
        "MØDET BLEV AFLYST",
    );
    meeting(
        "20261001_OS2BorgerPCStyregruppe.md",
        "MTG-0003",
        "2026-10-01",
        "status: Referat klar til godkendelse\ncancelled: true\n",
        "**Status**\n- [x] Referat klar til godkendelse\n- [ ] Referat godkendt\n\nMØDET BLEV AFLYST",
    );
    meeting(
        "20260903_OS2BorgerPCStyregruppe.md",
        "MTG-0004",
        "2026-09-03",
        "status: Afholdt\ncancelled: true\n",
        "MØDET BLEV AFLYST",
    );
    meeting(
        "20261210_OS2BorgerPCStyregruppe.md",
        "MTG-0005",
        "2026-12-10",
        "status: Planlagt\ncancelled: true\n",
        "MØDET ER AFLYST",
    );
}

/// `gov status --format json` on the meetings, committed on 1 July 2026
/// (150 days before the tests' today), and the ids of a section.
fn status_of_meetings() -> (TestEnv, serde_json::Value) {
    let env = community("da");
    meetings(&env);
    commit(&env, "2026-07-01", "Create møder");
    let json = env.gov(&["status", "--format", "json"]).json();
    (env, json)
}

fn ids(json: &serde_json::Value, section: &str) -> Vec<String> {
    json[section]
        .as_array()
        .unwrap_or_else(|| panic!("{section}: {json:#}"))
        .iter()
        .map(|m| m["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_cancelled_meeting_waits_for_no_minutes_approval() {
    let (env, json) = status_of_meetings();
    assert_eq!(
        ids(&json, "minutes_awaiting_approval"),
        ["MTG-0001"],
        "{json:#}"
    );
    let human = env.gov(&["status"]);
    let text = human.ok();
    assert!(text.contains("MTG-0001"), "{text}");
    assert!(!text.contains("MTG-0003"), "{text}");
}

#[test]
fn a_cancelled_meeting_is_never_stale() {
    // Stale: in an open status (held, minutes ready) untouched for 150
    // days; MTG-0003 and MTG-0004 are too, but were cancelled.
    let (env, json) = status_of_meetings();
    assert_eq!(ids(&json, "stale"), ["MTG-0001"], "{json:#}");
    let text = env.gov(&["status"]).stdout;
    assert!(!text.contains("MTG-0004"), "{text}");
}

#[test]
fn an_upcoming_cancelled_meeting_shows_as_cancelled() {
    let (env, json) = status_of_meetings();
    assert_eq!(ids(&json, "upcoming_meetings"), ["MTG-0005"], "{json:#}");
    assert_eq!(
        json["upcoming_meetings"][0]["status"], "cancelled",
        "{json:#}"
    );
    let text = env.gov(&["status"]).stdout;
    assert!(
        text.lines()
            .any(|l| l.contains("MTG-0005") && l.contains("Aflyst")),
        "{text}"
    );
}

#[test]
fn history_expects_no_minutes_of_a_cancelled_meeting() {
    let env = community("da");
    meetings(&env);
    commit(&env, "2026-07-01", "Create møder");
    // Cancelled after the agenda went out, then the note edited: no
    // minutes were approved, so no edit of them is reported (GOV072).
    let path = "moeder/20261105_OS2BorgerPCStyregruppe.md";
    let text = env.read(path).replace(
        "MØDET BLEV AFLYST",
        "MØDET BLEV AFLYST, da for få kunne deltage.",
    );
    env.write(path, &text);
    commit(
        &env,
        "2026-11-06",
        "Update 20261105_OS2BorgerPCStyregruppe.md",
    );
    let history: Vec<_> = found(&env, &["--history"])
        .into_iter()
        .filter(|d| d.3.starts_with("GOV07"))
        .collect();
    assert_eq!(history, []);
}
