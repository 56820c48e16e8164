use std::collections::BTreeSet;

use crate::env::TestEnv;

/// Twenty `gov new` processes started at once get twenty different IDs and
/// twenty files; none overwrites another.
#[test]
fn twenty_concurrent_new_commands_get_twenty_ids() {
    let env = TestEnv::new();
    let handles: Vec<_> = (0..20)
        .map(|i| {
            let root = env.root().to_path_buf();
            std::thread::spawn(move || {
                std::process::Command::new(env!("CARGO_BIN_EXE_gov"))
                    .current_dir(root)
                    .env("GOV_TODAY", "2026-11-28")
                    .args(["new", "decision", "--title", &format!("Samtidig {i}")])
                    .output()
                    .expect("gov runs")
            })
        })
        .collect();
    let mut paths = BTreeSet::new();
    for h in handles {
        let out = h.join().expect("thread");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        paths.insert(String::from_utf8_lossy(&out.stdout).trim().to_string());
    }
    assert_eq!(paths.len(), 20);
    let list = env
        .gov(&["list", "--kind", "decision", "--format", "json"])
        .json();
    let ids: BTreeSet<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let expected: BTreeSet<String> = (1..=20).map(|n| format!("DEC-{n:04}")).collect();
    assert_eq!(ids, expected);
}
