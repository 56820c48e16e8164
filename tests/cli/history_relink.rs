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

fn community(status: &str) -> String {
    format!(
        "# Kiosk\n\n- **Dato**: 4.6.2026  \n- **Status:** {status}  \n- **Beslutningstagere**: Styregruppen\n\n## Beslutning\n\nKiosk-tilstand.\n"
    )
}

#[test]
fn a_copy_made_in_the_commit_of_the_originals_last_change_is_no_rename() {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write(
        "gov.yaml",
        "lang: da\nkinds:\n  decision: { folder: beslutninger }\n",
    );
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
