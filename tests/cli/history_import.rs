//! History from before `gov import` stays readable (issue 13, DEC-0042):
//! real git repositories with fixed authors and dates, whose records lived
//! as community Markdown, adr-tools or MADR files for several commits
//! before `gov import` gave them front matter. Each pre-import version is
//! read with the import reader, a file renamed to get a date prefix is one
//! record, and an accepted decision overwritten by a new proposal before
//! the import is still GOV070.

use crate::env::TestEnv;

const AGNETE: (&str, &str) = ("Agnete Moos", "agnete@sonderborg.dk");
const OLE: (&str, &str) = ("Ole Berg", "ole@odense.dk");
const WEB: (&str, &str) = ("Mette Skov", "noreply@github.com");

const CONFIG: &str = "lang: da\nbodies:\n  styregruppe:\n    label: { da: Styregruppen, en: Steering committee }\n    aliases: [styregruppen]\nkinds:\n  decision: { folder: beslutninger }\n  meeting: { folder: moeder }\n";

/// A community decision with bold-key metadata.
fn community(title: &str, date: &str, status: &str, text: &str) -> String {
    format!(
        "# {title}\n\n- **Dato**: {date}  \n- **Status:** {status}  \n- **Beslutningstagere**: Styregruppen\n\n## Beslutning\n\n{text}\n"
    )
}

fn commit(env: &TestEnv, who: (&str, &str), date: &str, message: &str) {
    env.commit_as(who.0, who.1, &format!("{date}T10:00:00+02:00"), message);
}

fn repo(config: &str) -> TestEnv {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write("gov.yaml", config);
    commit(&env, AGNETE, "2026-05-01", "Create gov.yaml");
    env
}

/// The community's history: proposed (28 May), accepted (4 June), renamed
/// with a date prefix in the web editor (5 June), overwritten by a new
/// proposal (1 August), imported (1 September).
fn overwritten() -> TestEnv {
    let env = repo(CONFIG);
    let kiosk = "Alle pc'er starter i kiosk-tilstand.";
    env.write(
        "beslutninger/beslutning.md",
        &community("[SDR] Kiosk-tilstand", "28-05-2026", "Forslag", kiosk),
    );
    commit(&env, AGNETE, "2026-05-28", "Create beslutning.md");
    env.write(
        "beslutninger/beslutning.md",
        &community(
            "[SDR] Kiosk-tilstand",
            "4.6.2026",
            "Besluttet på styregruppemødet 4.6.2026",
            kiosk,
        ),
    );
    commit(&env, OLE, "2026-06-04", "Update beslutning.md");
    env.git(&[
        "mv",
        "beslutninger/beslutning.md",
        "beslutninger/2026-06-04-beslutning.md",
    ]);
    commit(
        &env,
        WEB,
        "2026-06-05",
        "Rename beslutning.md to 2026-06-04-beslutning.md",
    );
    env.write(
        "beslutninger/2026-06-04-beslutning.md",
        &community(
            "[ODR] Ny printerløsning",
            "01-08-2026",
            "Forslag",
            "Vi skifter printerleverandør.",
        ),
    );
    commit(&env, OLE, "2026-08-01", "Update 2026-06-04-beslutning.md");
    env.gov(&["import"]).ok();
    commit(&env, AGNETE, "2026-09-01", "gov import");
    env
}

/// (status, dated, read_as, change, path) of each version.
fn versions(json: &serde_json::Value) -> Vec<[String; 5]> {
    let text = |v: &serde_json::Value| v.as_str().unwrap_or("-").to_string();
    json["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .map(|v| {
            [
                text(&v["status"]),
                text(&v["dated"]),
                text(&v["read_as"]),
                text(&v["change"]),
                text(&v["path"]),
            ]
        })
        .collect()
}

/// (code, message) of each finding of `validate --history`, in English.
pub(crate) fn history_findings(env: &TestEnv) -> Vec<(String, String)> {
    let run = env.gov(&["--lang", "en", "validate", "--history", "--format", "json"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    json.as_array()
        .expect("list")
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (s("code"), s("message"))
        })
        .collect()
}

fn rows(list: &[[&str; 5]]) -> Vec<[String; 5]> {
    list.iter().map(|r| r.map(str::to_string)).collect()
}

#[test]
fn every_pre_import_version_has_its_status_and_date_through_the_rename() {
    let env = overwritten();
    let path = "beslutninger/2026-06-04-beslutning.md";
    assert!(env.read(path).starts_with("---\nid: DEC-0001\n"));
    let json = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    let old = "beslutninger/beslutning.md";
    assert_eq!(
        versions(&json),
        rows(&[
            ["proposed", "2026-05-28", "markdown", "created", old],
            ["accepted", "2026-06-04", "markdown", "modified", old],
            ["accepted", "2026-06-04", "markdown", "renamed", path],
            ["proposed", "2026-08-01", "markdown", "modified", path],
            ["proposed", "-", "-", "modified", path],
        ])
    );
    assert_eq!(
        json["versions"][1]["status_label"],
        "Besluttet på styregruppemødet 4.6.2026"
    );
    assert_eq!(json["versions"][1]["type"], "strategic");
    assert_eq!(json["versions"][3]["type"], "operational");
    assert_eq!(json["versions"][1]["author"], "Ole Berg");
    assert_eq!(json["title"], "Ny printerløsning");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(all.as_array().unwrap().len(), 1, "one record, not three");
    insta::assert_snapshot!("overwritten_trace", env.gov(&["trace", "DEC-0001"]).ok());
}

#[test]
fn the_log_shows_the_rename_and_the_status_going_backwards_for_one_record() {
    let env = overwritten();
    let log = env.gov(&["log", "--format", "json"]).json();
    let events: Vec<(String, String, String, String)> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or("-").to_string();
            (s("id"), s("event"), s("from"), s("to"))
        })
        .collect();
    let mut events = events;
    events.sort_by(|a, b| a.1.cmp(&b.1));
    let ids: std::collections::BTreeSet<&str> = events.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(ids.into_iter().collect::<Vec<_>>(), ["DEC-0001"]);
    let kinds: Vec<&str> = events.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(kinds, ["approved", "created", "renamed", "status_changed"]);
    assert!(events.contains(&(
        "DEC-0001".into(),
        "renamed".into(),
        "beslutninger/beslutning.md".into(),
        "beslutninger/2026-06-04-beslutning.md".into()
    )));
    assert!(events.contains(&(
        "DEC-0001".into(),
        "status_changed".into(),
        "accepted".into(),
        "proposed".into()
    )));
    insta::assert_snapshot!("overwritten_log", env.gov(&["log"]).ok());
}

#[test]
fn an_accepted_decision_overwritten_before_the_import_is_gov070_at_that_commit() {
    let env = overwritten();
    let found = history_findings(&env);
    let gov070: Vec<_> = found.iter().filter(|f| f.0 == "GOV070").collect();
    assert_eq!(gov070.len(), 1, "{found:?}");
    let message = &gov070[0].1;
    assert!(
        message.starts_with("status moved from `accepted` to `proposed` in "),
        "{message}"
    );
    assert!(message.contains(" by Ole Berg on 2026-08-01"), "{message}");
    assert!(
        !found.iter().any(|f| f.0 == "GOV071" || f.0 == "GOV072"),
        "the overwrite is a status going backwards, said once: {found:?}"
    );
}

#[test]
fn the_cache_gives_the_same_answer_and_follows_a_new_vocabulary() {
    let env = overwritten();
    let cold = env.gov(&["trace", "--all", "--format", "json"]).json();
    let warm = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(cold, warm);
    // A status word the configuration learns afterwards: the cached facts
    // of the pre-import versions must not be the old answer.
    let config = CONFIG.replace(
        "kinds:\n  decision: { folder: beslutninger }",
        "kinds:\n  decision:\n    folder: beslutninger\n    statuses:\n      - { id: proposed, labels: { da: Forslag, en: Proposed } }\n      - { id: accepted, labels: { da: Vedtaget, en: Accepted } }\n      - { id: superseded, labels: { da: Erstattet, en: Superseded } }\n      - { id: rejected, labels: { da: Afvist, en: Rejected } }",
    );
    env.write("gov.yaml", &config);
    let run = env.gov(&["trace", "DEC-0001", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|_| {
        panic!("{}", run.stderr);
    });
    assert_eq!(
        json["versions"][1]["status"],
        serde_json::Value::Null,
        "{json}"
    );
    assert_eq!(
        json["versions"][1]["status_label"],
        "Besluttet på styregruppemødet 4.6.2026"
    );
}

#[test]
fn importing_an_accepted_decision_with_move_metadata_is_no_change_of_its_text() {
    for flags in [&["import"][..], &["import", "--move-metadata"][..]] {
        let env = repo(CONFIG);
        env.write(
            "beslutninger/kiosk.md",
            &community("Kiosk", "28-05-2026", "Forslag", "Kiosk for alle."),
        );
        commit(&env, AGNETE, "2026-05-28", "Create kiosk.md");
        env.write(
            "beslutninger/kiosk.md",
            &community("Kiosk", "04-06-2026", "Accepteret", "Kiosk for alle."),
        );
        commit(&env, OLE, "2026-06-04", "Update kiosk.md");
        env.gov(flags).ok();
        if flags.len() == 2 {
            assert!(!env.read("beslutninger/kiosk.md").contains("**Status:**"));
        }
        commit(&env, AGNETE, "2026-09-01", "gov import");
        assert_eq!(history_findings(&env), [], "{flags:?}");
        // A real change of the decided text after the import still is one.
        let text = env.read("beslutninger/kiosk.md");
        env.write(
            "beslutninger/kiosk.md",
            &text.replace("Kiosk for alle.", "Kiosk for nogle."),
        );
        commit(&env, OLE, "2026-09-02", "Update kiosk.md");
        let codes: Vec<String> = history_findings(&env).into_iter().map(|f| f.0).collect();
        assert_eq!(codes, ["GOV071"], "{flags:?}");
    }
}

#[test]
fn adr_tools_history_is_read_with_the_nygard_reader() {
    let config = "lang: da\nkinds:\n  decision: { folder: doc/adr }\n";
    let env = repo(config);
    let nygard = |status: &str, text: &str| {
        format!(
            "# 2. Use PostgreSQL\n\nDate: 2026-03-01\n\n## Status\n\n{status}\n\n## Context\n\nWe need a database.\n\n## Decision\n\n{text}\n\n## Consequences\n\nOps.\n"
        )
    };
    let path = "doc/adr/0002-use-postgresql.md";
    env.write(path, &nygard("Proposed", "PostgreSQL."));
    commit(&env, AGNETE, "2026-03-01", "adr new Use PostgreSQL");
    env.write(path, &nygard("Accepted", "PostgreSQL."));
    commit(&env, OLE, "2026-03-08", "Accept 2");
    env.write(path, &nygard("Proposed", "MySQL instead."));
    commit(&env, OLE, "2026-04-01", "Reopen 2");
    env.gov(&["import"]).ok();
    commit(&env, AGNETE, "2026-09-01", "gov import");
    let json = env.gov(&["trace", "DEC-0002", "--format", "json"]).json();
    assert_eq!(
        versions(&json),
        rows(&[
            ["proposed", "2026-03-01", "adr-tools", "created", path],
            ["accepted", "2026-03-01", "adr-tools", "modified", path],
            ["proposed", "2026-03-01", "adr-tools", "modified", path],
            ["proposed", "-", "-", "modified", path],
        ])
    );
    let found = history_findings(&env);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "GOV070");
    assert!(
        found[0].1.contains("by Ole Berg on 2026-04-01"),
        "{found:?}"
    );
}

#[test]
fn madr_history_follows_a_rename_into_the_import() {
    let config = "lang: en\nkinds:\n  decision: { folder: docs/decisions }\n";
    let env = repo(config);
    let madr = |status: &str| {
        format!(
            "# Use Rust\n\n* Status: {status}\n* Deciders: Ann, Bo\n* Date: 2026-02-0{}\n\n## Context and Problem Statement\n\nWhich language?\n",
            if status == "proposed" { 1 } else { 9 }
        )
    };
    env.write("docs/decisions/use-rust.md", &madr("proposed"));
    commit(&env, AGNETE, "2026-02-01", "Propose Rust");
    env.write("docs/decisions/use-rust.md", &madr("accepted"));
    commit(&env, OLE, "2026-02-09", "Accept Rust");
    env.git(&[
        "mv",
        "docs/decisions/use-rust.md",
        "docs/decisions/0002-use-rust.md",
    ]);
    commit(&env, WEB, "2026-02-10", "Number the decision");
    env.gov(&["import"]).ok();
    commit(&env, AGNETE, "2026-09-01", "gov import");
    let json = env.gov(&["trace", "DEC-0002", "--format", "json"]).json();
    let (old, new) = (
        "docs/decisions/use-rust.md",
        "docs/decisions/0002-use-rust.md",
    );
    assert_eq!(
        versions(&json),
        rows(&[
            ["proposed", "2026-02-01", "madr", "created", old],
            ["accepted", "2026-02-09", "madr", "modified", old],
            ["accepted", "2026-02-09", "madr", "renamed", new],
            ["accepted", "-", "-", "modified", new],
        ])
    );
    assert_eq!(history_findings(&env), []);
}

#[test]
fn the_published_version_is_the_last_approved_one_from_before_the_import() {
    let env = overwritten();
    let out = env.root().join("site");
    let out = out.to_str().unwrap();
    env.gov(&["publish", "--out", out, "--format", "jekyll"])
        .ok();
    let page = std::fs::read_to_string(env.root().join("site/decision/DEC-0001.md")).unwrap();
    assert!(
        page.contains("title: \"DEC-0001 Kiosk-tilstand\""),
        "{page}"
    );
    assert!(
        page.contains("Alle pc'er starter i kiosk-tilstand."),
        "{page}"
    );
    assert!(
        !page.contains("printer"),
        "the overwrite is no approved text: {page}"
    );
}

#[test]
fn meeting_minutes_approved_and_edited_before_the_import_are_gov072() {
    let env = repo(CONFIG);
    let path = "moeder/styregruppe/20260806_OS2BorgerPCStyregruppe.md";
    let fixture = std::fs::read_to_string(format!(
        "{}/tests/fixtures/import/markdown/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    env.write(path, &fixture);
    commit(
        &env,
        AGNETE,
        "2026-08-06",
        "Create 20260806_OS2BorgerPCStyregruppe.md",
    );
    let approved = fixture.replace("- [ ] Referat godkendt", "- [x] Referat godkendt");
    env.write(path, &approved);
    commit(
        &env,
        OLE,
        "2026-09-03",
        "Update 20260806_OS2BorgerPCStyregruppe.md",
    );
    let edited = approved.replace("Dagsordenen blev godkendt.", "Dagsordenen blev ændret.");
    env.write(path, &edited);
    commit(
        &env,
        OLE,
        "2026-09-10",
        "Update 20260806_OS2BorgerPCStyregruppe.md",
    );
    env.gov(&["import"]).ok();
    commit(&env, AGNETE, "2026-10-01", "gov import");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(
        versions(&all[0]),
        rows(&[
            ["minutes_ready", "2026-08-06", "markdown", "created", path],
            [
                "minutes_approved",
                "2026-08-06",
                "markdown",
                "modified",
                path
            ],
            [
                "minutes_approved",
                "2026-08-06",
                "markdown",
                "modified",
                path
            ],
            ["minutes_approved", "-", "-", "modified", path],
        ])
    );
    let codes: Vec<String> = history_findings(&env).into_iter().map(|f| f.0).collect();
    assert!(codes.contains(&"GOV072".to_string()), "{codes:?}");
}

/// `gov status` reads the same pre-import history: a proposal that was
/// accepted and then overwritten by a new proposal before the import has
/// waited since the overwrite (1 August), not since its own `Dato` (15
/// July: it was not created a proposal), and not since the import (1
/// September, which is what a history without pre-import statuses says).
#[test]
fn status_counts_the_wait_from_the_pre_import_version_that_gave_the_status() {
    let env = repo(CONFIG);
    let text = "Alle pc'er starter i kiosk-tilstand.";
    let path = "beslutninger/kiosk.md";
    env.write(path, &community("Kiosk", "28-05-2026", "Forslag", text));
    commit(&env, AGNETE, "2026-05-28", "Create kiosk.md");
    env.write(path, &community("Kiosk", "4.6.2026", "Besluttet", text));
    commit(&env, OLE, "2026-06-04", "Update kiosk.md");
    env.write(
        path,
        &community("Kiosk", "15-07-2026", "Forslag", "Ny tekst."),
    );
    commit(&env, OLE, "2026-08-01", "Update kiosk.md");
    env.gov(&["import"]).ok();
    commit(&env, AGNETE, "2026-09-01", "gov import");
    let run = env.gov(&["status", "--format", "json", "--as-of", "2026-11-28"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let waiting = &json["awaiting_approval"];
    assert_eq!(waiting[0]["path"], path, "{json:#}");
    assert_eq!(waiting[0]["since"], "2026-08-01", "{json:#}");
    assert_eq!(waiting[0]["days_waiting"], 119, "{json:#}");
}

#[test]
fn a_version_whose_front_matter_names_an_id_or_a_status_is_not_read_by_the_import_reader() {
    // Front matter with a status and no ID, and with an ID and no status:
    // the front matter speaks for the version, and the community metadata
    // lines in the body are text (read, they would date the version and,
    // for the second, give it the body's status).
    let env = repo(CONFIG);
    let body = "# Kiosk\n\n- **Dato**: 4.6.2026\n- **Status:** Godkendt\n\nTekst.\n";
    env.write(
        "beslutninger/a.md",
        &format!("---\nstatus: Forslag\n---\n{body}"),
    );
    env.write(
        "beslutninger/DEC-0009-b.md",
        &format!("---\nid: DEC-0009\n---\n{body}"),
    );
    commit(&env, AGNETE, "2026-06-05", "Two records with front matter");
    let a = env.gov(&["trace", "a", "--format", "json"]).json();
    assert_eq!(
        versions(&a),
        rows(&[["proposed", "-", "-", "created", "beslutninger/a.md"]])
    );
    let b = env.gov(&["trace", "DEC-0009", "--format", "json"]).json();
    assert_eq!(
        versions(&b),
        rows(&[["-", "-", "-", "created", "beslutninger/DEC-0009-b.md"]])
    );
}
