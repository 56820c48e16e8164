//! A rename made in two commits is joined only where the new file appeared
//! after the old one's last change (DEC-0056): a copy made in the very
//! commit that last changed the original, which is deleted later, is a
//! record of its own, not the original renamed. A real git repository
//! with fixed authors and dates.

use crate::env::TestEnv;

fn commit(env: &TestEnv, date: &str, message: &str) {
    let at = format!("{date}T10:00:00+02:00");
    env.commit_as("Agnete Moos", "agnete@sonderborg.dk", &at, message);
}

/// A git repository whose decisions live in `beslutninger/`.
fn repo() -> TestEnv {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write(
        "gov.yaml",
        "lang: da\nkinds:\n  decision: { folder: beslutninger }\n",
    );
    env
}

fn community(status: &str) -> String {
    format!(
        "# Kiosk\n\n- **Dato**: 4.6.2026  \n- **Status:** {status}  \n- **Beslutningstagere**: Styregruppen\n\n## Beslutning\n\nKiosk-tilstand.\n"
    )
}

#[test]
fn a_copy_made_in_the_commit_of_the_originals_last_change_is_no_rename() {
    let env = repo();
    let (old, copy) = ("beslutninger/kiosk.md", "beslutninger/kiosk-kopi.md");
    env.write(old, &community("Forslag"));
    commit(&env, "2026-05-28", "Create kiosk.md");
    env.write(old, &community("Godkendt"));
    env.write(copy, &community("Godkendt"));
    commit(&env, "2026-06-04", "Accept kiosk.md, keep a copy");
    std::fs::remove_file(env.root().join(old)).unwrap();
    commit(&env, "2026-06-06", "Delete kiosk.md");
    let all = env.gov(&["trace", "--all", "--format", "json"]).json();
    let lives: Vec<(String, bool, usize)> = all
        .as_array()
        .expect("records")
        .iter()
        .map(|r| {
            let n = r["versions"].as_array().map_or(0, Vec::len);
            let path = r["versions"][0]["path"].as_str().unwrap_or("-").to_string();
            (path, r["deleted"].as_bool().unwrap_or(false), n)
        })
        .collect();
    assert_eq!(
        lives,
        [(old.to_string(), true, 3), (copy.to_string(), false, 1)],
        "{all}"
    );
}

#[test]
fn after_a_join_every_record_is_found_by_its_own_id_and_both_ids_lead_to_the_joined() {
    // Uploaded under a new name, another record created, the old deleted:
    // the upload joins the old record, and the record after it in history
    // moves up a place; each ID must still lead to its own record.
    let env = repo();
    let (old, new) = ("beslutninger/kiosk.md", "beslutninger/2026-06-04-kiosk.md");
    let printer = "beslutninger/printer.md";
    env.write(old, &community("Godkendt"));
    commit(&env, "2026-06-04", "Create kiosk.md");
    env.write(new, &community("Godkendt"));
    commit(&env, "2026-06-05", "Add files via upload");
    env.write(
        printer,
        &community("Forslag").replace("# Kiosk", "# Printer"),
    );
    commit(&env, "2026-06-06", "Create printer.md");
    std::fs::remove_file(env.root().join(old)).unwrap();
    commit(&env, "2026-06-07", "Delete kiosk.md");
    let paths = |id: &str| -> Vec<String> {
        let json = env.gov(&["trace", id, "--format", "json"]).json();
        json["versions"]
            .as_array()
            .expect("versions")
            .iter()
            .map(|v| v["path"].as_str().unwrap_or("-").to_string())
            .collect()
    };
    assert_eq!(paths("printer"), [printer]);
    assert_eq!(paths("kiosk"), [old, new]);
    assert_eq!(paths("2026-06-04-kiosk"), [old, new]);
    // One creation each: the upload is the kiosk record renamed.
    let log = env.gov(&["log", "--format", "json"]).json();
    let mut created: Vec<&str> = log
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["event"] == "created")
        .filter_map(|e| e["path"].as_str())
        .collect();
    created.sort_unstable();
    assert_eq!(created, [old, printer]);
}
