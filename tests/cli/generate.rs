//! The benchmark generator (examples/generate.rs): the same seed gives the
//! same repositories, commit for commit, and gov reads every record it writes.
//! The generator's modules are compiled into this binary from examples/.
#![allow(dead_code)]

#[path = "../../examples/generate/adrs.rs"]
mod adrs;
#[path = "../../examples/generate/body.rs"]
mod body;
#[path = "../../examples/generate/clock.rs"]
mod clock;
#[path = "../../examples/generate/code.rs"]
mod code;
#[path = "../../examples/generate/fastimport.rs"]
mod fastimport;
#[path = "../../examples/generate/governance.rs"]
mod governance;
#[path = "../../examples/generate/links.rs"]
mod links;
#[path = "../../examples/generate/model.rs"]
mod model;
#[path = "../../examples/generate/plan.rs"]
mod plan;
#[path = "../../examples/generate/render.rs"]
mod render;
#[path = "../../examples/generate/repo.rs"]
mod repo;
#[path = "../../examples/generate/rng.rs"]
mod rng;
#[path = "../../examples/generate/words.rs"]
mod words;

use crate::env::TestEnv;

/// Generates a tiny repository into the (empty) test folder.
fn generate(env: &TestEnv, seed: u64) -> repo::Report {
    repo::generate(&repo::Options {
        records: 80,
        commits: 400,
        seed,
        out: env.root().to_path_buf(),
        repositories_key: true,
        adrs: None,
        yearly: None,
    })
    .expect("the generator runs")
}

/// Every ref of the governance repository and of each code repository with
/// the commit it points at: equal refs mean equal trees and histories.
fn refs(env: &TestEnv) -> Vec<String> {
    let mut repos = vec![".".to_string()];
    repos.extend(
        repo::CODE_REPOS
            .iter()
            .map(|(name, _)| format!("code/{name}")),
    );
    repos
        .iter()
        .map(|r| {
            env.git(&[
                "-C",
                r,
                "for-each-ref",
                "--format=%(refname) %(objectname) %(tree)",
            ])
        })
        .collect()
}

#[test]
fn the_same_seed_gives_the_same_repositories() {
    let (a, b, c) = (TestEnv::empty(), TestEnv::empty(), TestEnv::empty());
    generate(&a, 7);
    generate(&b, 7);
    generate(&c, 8);
    let refs_a = refs(&a);
    assert!(refs_a[0].contains("refs/heads/main"), "{refs_a:?}");
    assert!(
        refs_a[1..].iter().any(|r| r.contains("refs/tags/v1.0.0")),
        "{refs_a:?}"
    );
    assert_eq!(refs_a, refs(&b));
    assert_ne!(refs_a, refs(&c));
}

#[test]
fn gov_lists_every_generated_record_and_the_tree_is_clean() {
    let env = TestEnv::empty();
    let report = generate(&env, 3);
    let listed = env.gov(&["list", "--format", "json"]).json();
    let listed = listed.as_array().expect("an array");
    let planned: usize = report.records.iter().map(|(_, n)| n).sum();
    assert_eq!(listed.len(), planned);
    let resolved = listed.iter().filter(|s| !s["status"].is_null()).count();
    assert!(
        resolved * 100 >= listed.len() * 95,
        "{resolved} of {} statuses resolve",
        listed.len()
    );
    assert_eq!(env.git(&["status", "--porcelain"]), "");
    assert_eq!(report.code.iter().map(|c| c.1).sum::<u64>(), 400);
}

#[test]
fn civil_dates_round_trip() {
    for z in [-1, 0, 1, 19_000, 20_600, 40_000] {
        let d = clock::civil_from_days(z);
        assert_eq!(clock::days_from_civil(d.y, d.m, d.d), z);
    }
    assert_eq!(clock::days_from_civil(2026, 11, 28), 20_785);
}
