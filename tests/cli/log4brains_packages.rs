//! A log4brains log kept in several folders (DEC-0058): `.log4brains.yml`
//! names the project's `adrFolder` and one per package. `gov init` maps
//! them all to `decision`, `gov import` reads every one (each package's
//! ADRs get `package:`, a supersession gets both sides), history reads the
//! package folders before the import (two packages' files of one name are
//! two records), and `gov new --folder` writes into the package asked for.
//! The repository is a real git repository built commit by commit, with
//! fixed authors and dates, from `tests/fixtures/import/log4brains-packages`.

use crate::env::TestEnv;
use crate::history_import::history_findings;
use crate::init_existing::copy;

const AGNETE: (&str, &str) = ("Agnete Moos", "agnete@sonderborg.dk");
const CARSTEN: (&str, &str) = ("Carsten Agger", "carsten@magenta.dk");

const MAIN: &str = "docs/adr/20230914-use-log4brains-to-manage-the-adrs.md";
const DEBIAN: &str = "packages/borgerpc-client/adr/20240110-ship-the-client-as-a-debian-package.md";
const CLIENT_PY3: &str = "packages/borgerpc-client/adr/20240305-use-python-3-only.md";
const ADMIN_PY3: &str = "packages/admin-site/adr/20240305-use-python-3-only.md";
const DJANGO: &str = "packages/admin-site/adr/20240601-upgrade-django.md";
const FOLDERS: &str = "[docs/adr, packages/borgerpc-client/adr, packages/admin-site/adr]";

fn commit(env: &TestEnv, who: (&str, &str), date: &str, message: &str) {
    env.commit_as(who.0, who.1, &format!("{date}T10:00:00+02:00"), message);
}

/// The fixture as a community built it: the project's log (2023-09-14),
/// the client's first ADR (2024-01-10), both packages' "Use Python 3
/// only" on one day (2024-03-05; the admin site's accepted then), and the
/// Django upgrade superseding the admin site's (2024-06-01). Not imported.
fn monorepo() -> TestEnv {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    copy(&env, "log4brains-packages", "");
    let fixture = |path: &str| env.read(path);
    let (debian, client, admin, django) = (
        fixture(DEBIAN),
        fixture(CLIENT_PY3),
        fixture(ADMIN_PY3),
        fixture(DJANGO),
    );
    for path in [DEBIAN, CLIENT_PY3, ADMIN_PY3, DJANGO] {
        std::fs::remove_file(env.root().join(path)).expect("remove");
    }
    commit(&env, AGNETE, "2023-09-14", "Set up log4brains");
    env.write(DEBIAN, &debian);
    commit(
        &env,
        CARSTEN,
        "2024-01-10",
        "ADR: ship the client as a .deb",
    );
    env.write(CLIENT_PY3, &client);
    let accepted = admin.replace(
        "- Status: superseded by [20240601-upgrade-django](20240601-upgrade-django.md)",
        "- Status: accepted",
    );
    assert_ne!(accepted, admin, "the fixture's status line");
    env.write(ADMIN_PY3, &accepted);
    commit(&env, CARSTEN, "2024-03-05", "ADRs: Python 3 only");
    env.write(ADMIN_PY3, &admin);
    env.write(DJANGO, &django);
    commit(&env, AGNETE, "2024-06-01", "ADR: upgrade Django");
    env
}

/// `monorepo` after `gov init` and `gov import`, committed.
fn imported() -> TestEnv {
    let env = monorepo();
    env.gov(&["init", "--lang", "en"]).ok();
    env.gov(&["import"]).ok();
    commit(&env, AGNETE, "2024-09-01", "gov init and gov import");
    env
}

/// Each listed record's path → (ID, status, package).
fn records(env: &TestEnv) -> Vec<(String, String, String, String)> {
    let json = env.gov(&["list", "--format", "json"]).json();
    let mut out: Vec<_> = json
        .as_array()
        .expect("list")
        .iter()
        .map(|r| {
            let path = r["path"].as_str().unwrap_or_default().to_string();
            let id = r["id"].as_str().unwrap_or_default().to_string();
            let status = r["status"].as_str().unwrap_or_default().to_string();
            let text = env.read(&path);
            let package = text
                .lines()
                .find_map(|l| l.strip_prefix("package: "))
                .unwrap_or("-")
                .to_string();
            (path, id, status, package)
        })
        .collect();
    out.sort();
    out
}

fn id_of(env: &TestEnv, path: &str) -> String {
    records(env)
        .into_iter()
        .find(|r| r.0 == path)
        .map(|r| r.1)
        .expect("listed")
}

#[test]
fn init_maps_every_adr_folder_and_import_reads_every_package() {
    let env = monorepo();
    let json = env
        .gov(&["init", "--lang", "en", "--format", "json"])
        .json();
    let decision = json["kinds"]
        .as_array()
        .expect("kinds")
        .iter()
        .find(|k| k["kind"] == "decision")
        .expect("decision mapped")
        .clone();
    assert_eq!(decision["folder"], "docs/adr");
    assert_eq!(
        decision["more"],
        serde_json::json!(["packages/borgerpc-client/adr", "packages/admin-site/adr"])
    );
    assert_eq!(decision["records"], 5);
    let yaml = env.read("gov.yaml");
    assert!(
        yaml.contains(&format!("  decision:\n    folder: {FOLDERS}\n")),
        "{yaml}"
    );
    let run = env.gov(&["import"]);
    run.ok();
    let got = records(&env);
    let row = |path: &str, status: &str, package: &str| {
        (path.to_string(), status.to_string(), package.to_string())
    };
    let seen: Vec<_> = got
        .iter()
        .map(|(p, _, s, k)| (p.clone(), s.clone(), k.clone()))
        .collect();
    assert_eq!(
        seen,
        [
            row(MAIN, "accepted", "-"),
            row(ADMIN_PY3, "superseded", "admin-site"),
            row(DJANGO, "accepted", "admin-site"),
            row(DEBIAN, "accepted", "borgerpc-client"),
            row(CLIENT_PY3, "proposed", "borgerpc-client"),
        ]
    );
    // Five IDs, one series.
    let mut ids: Vec<&str> = got.iter().map(|r| r.1.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        ["DEC-0001", "DEC-0002", "DEC-0003", "DEC-0004", "DEC-0005"]
    );
    // The Django ADR says what it supersedes, as the old one says it is
    // superseded: both sides, so validate has nothing to say about it.
    let (admin, django) = (id_of(&env, ADMIN_PY3), id_of(&env, DJANGO));
    assert!(
        env.read(DJANGO)
            .contains(&format!("supersedes: [{admin}]\n")),
        "{}",
        env.read(DJANGO)
    );
    assert!(
        env.read(ADMIN_PY3)
            .contains(&format!("superseded_by: [{django}]\n"))
    );
    // The undated client ADR has its first commit's day, as log4brains
    // shows it; the templates in each folder stay templates.
    assert!(env.read(CLIENT_PY3).contains("date: 2024-03-05\n"));
    for folder in [
        "docs/adr",
        "packages/borgerpc-client/adr",
        "packages/admin-site/adr",
    ] {
        let template = env.read(&format!("{folder}/template.md"));
        assert!(template.starts_with("# [short title"), "{folder}");
    }
    let validate = env.gov(&["validate", "--deny-warnings"]);
    assert_eq!(validate.code, 0, "{}{}", validate.stdout, validate.stderr);
    commit(&env, AGNETE, "2024-09-01", "gov import");
    assert_eq!(history_findings(&env), []);
}

#[test]
fn history_reads_the_package_folders_and_tells_same_named_files_apart() {
    let env = imported();
    let versions = |id: &str| -> Vec<[String; 3]> {
        let json = env.gov(&["trace", id, "--format", "json"]).json();
        json["versions"]
            .as_array()
            .expect("versions")
            .iter()
            .map(|v| {
                let s = |k: &str| v[k].as_str().unwrap_or("-").to_string();
                [s("status"), s("change"), s("path")]
            })
            .collect()
    };
    let row = |status: &str, change: &str, path: &str| {
        [status.to_string(), change.to_string(), path.to_string()]
    };
    assert_eq!(
        versions(&id_of(&env, ADMIN_PY3)),
        [
            row("accepted", "created", ADMIN_PY3),
            row("superseded", "modified", ADMIN_PY3),
            row("superseded", "modified", ADMIN_PY3),
        ]
    );
    // The other package's file of the same name is a record of its own.
    assert_eq!(
        versions(&id_of(&env, CLIENT_PY3)),
        [
            row("proposed", "created", CLIENT_PY3),
            row("proposed", "modified", CLIENT_PY3),
        ]
    );
    let log = env.gov(&["log", "--format", "json"]).json();
    let events: Vec<(String, String)> = log
        .as_array()
        .expect("events")
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (s("id"), s("event"))
        })
        .collect();
    assert_eq!(
        events.iter().filter(|e| e.1 == "created").count(),
        5,
        "{events:?}"
    );
    assert!(
        !events
            .iter()
            .any(|e| e.1 == "renumbered" || e.1 == "deleted"),
        "{events:?}"
    );
    assert!(events.contains(&(id_of(&env, ADMIN_PY3), "superseded".into())));
}

#[test]
fn an_accepted_package_adr_overwritten_before_the_import_is_gov070() {
    let env = monorepo();
    let debian = env.read(DEBIAN);
    env.write(
        DEBIAN,
        &debian
            .replace(
                "# Ship the client as a Debian package",
                "# Ship the client as a snap",
            )
            .replace("- Status: accepted", "- Status: proposed"),
    );
    commit(&env, CARSTEN, "2024-07-01", "Rework the packaging ADR");
    env.gov(&["init", "--lang", "en"]).ok();
    env.gov(&["import"]).ok();
    commit(&env, AGNETE, "2024-09-01", "gov import");
    let found = history_findings(&env);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "GOV070");
    assert!(
        found[0].1.contains("by Carsten Agger on 2024-07-01"),
        "{found:?}"
    );
}

#[test]
fn new_writes_into_the_folder_asked_for_and_refuses_one_not_the_kinds() {
    let env = imported();
    let made = env
        .gov(&[
            "new",
            "decision",
            "--title",
            "Serve the admin site over HTTP/2",
            "--folder",
            "./packages/admin-site/adr/",
        ])
        .ok()
        .to_string();
    let path = "packages/admin-site/adr/DEC-0006-serve-the-admin-site-over-http-2.md";
    assert!(made.contains(path), "{made}");
    assert!(env.read(path).contains("id: DEC-0006\n"));
    let main = env.gov(&["new", "decision", "--title", "Document the API"]);
    assert!(main.ok().contains("docs/adr/DEC-0007-document-the-api.md"));
    let before = env.snapshot_tree();
    let refused = env.gov(&[
        "--lang",
        "en",
        "new",
        "decision",
        "--title",
        "Elsewhere",
        "--folder",
        "packages/admin-site",
    ]);
    let err = refused.fails(2);
    assert!(
        err.contains(&format!(
            "`packages/admin-site` is not one of the folders of the kind decision: {}",
            FOLDERS.trim_matches(['[', ']'])
        )),
        "{err}"
    );
    assert_eq!(env.snapshot_tree(), before, "a refused new wrote something");
}

#[test]
fn a_list_of_folders_is_checked_item_by_item() {
    let cases = [
        (
            "kinds:\n  decision:\n    folder: [docs/adr, ../elsewhere]\n",
            "kinds.decision.folder.1",
            "gov.yaml:4:24: kinds.decision.folder.1: `../elsewhere` leads outside",
        ),
        (
            "kinds:\n  decision:\n    folder:\n      - docs\n      - docs/adr\n",
            "`docs/adr` is inside `docs`",
            "gov.yaml:",
        ),
        (
            "kinds:\n  decision:\n    folder: []\n",
            "at least one folder",
            "gov.yaml:",
        ),
    ];
    for (config, says, place) in cases {
        let env = TestEnv::empty();
        env.git(&["init", "-q", "-b", "main"]);
        env.write("gov.yaml", &format!("lang: en\n{config}"));
        let run = env.gov(&["list"]);
        let err = run.fails(2);
        assert!(err.contains(says), "{config}: {err}");
        assert!(err.contains(place), "{config}: {err}");
    }
}
