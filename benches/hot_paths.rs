//! Criterion micro-benchmarks of gov's hot paths, on records made by the
//! generator (examples/generate/, compiled in here) so they look like the
//! real thing: front matter split and parse, `Summary::of`, a large front
//! matter, loading a repository, the ID scan of `gov new`, the schema
//! check of `gov validate` and the history walk of `gov trace`/`gov log`.
//!
//! `cargo bench --bench hot_paths` (add `-- record/` to run one group).
//! The repository benches generate 1,000 records with 2,000 code commits
//! into a temporary folder first (a few seconds).
#![allow(missing_docs, dead_code)]

#[path = "../examples/generate/adrs.rs"]
mod adrs;
#[path = "../examples/generate/body.rs"]
mod body;
#[path = "../examples/generate/clock.rs"]
mod clock;
#[path = "../examples/generate/code.rs"]
mod code;
#[path = "../examples/generate/fastimport.rs"]
mod fastimport;
#[path = "../examples/generate/governance.rs"]
mod governance;
#[path = "../examples/generate/links.rs"]
mod links;
#[path = "../examples/generate/model.rs"]
mod model;
#[path = "../examples/generate/plan.rs"]
mod plan;
#[path = "../examples/generate/render.rs"]
mod render;
#[path = "../examples/generate/repo.rs"]
mod repo;
#[path = "../examples/generate/rng.rs"]
mod rng;
#[path = "../examples/generate/words.rs"]
mod words;

use std::fmt::Write;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gov::config::Config;
use gov::record::{Record, Repository, Summary};

/// A typical decision as the generator writes it, in its final state.
fn typical_decision() -> (String, String) {
    let specs = model::plan(400, 1, false);
    let spec = specs
        .iter()
        .find(|s| s.kind == plan::Kind::Decision && s.id_field && s.supersedes.is_some())
        .or_else(|| specs.iter().find(|s| s.kind == plan::Kind::Decision))
        .expect("a decision");
    let mut state = render::State::default();
    for e in &spec.events {
        state.apply(&e.what, spec);
    }
    (
        spec.paths[state.path].clone(),
        render::render(spec, &state, &specs),
    )
}

/// A front matter of about 60 kB: a meeting with long participant lists,
/// an agenda of nested maps and many Jekyll keys.
fn large_front_matter() -> String {
    let mut t = String::from("title: \"Medlemsmøde 4. juni 2026\"\nstatus: Referat godkendt\n");
    t.push_str("participants:\n");
    for (i, (name, _)) in words::PEOPLE.iter().cycle().take(600).enumerate() {
        let _ = writeln!(t, "  - \"{name} ({})\"", words::MUNICIPALITIES[i % 14]);
    }
    t.push_str("agenda:\n");
    for i in 1..=200 {
        let _ = writeln!(
            t,
            "  - item: {i}\n    title: {}\n    owner: {}\n    decisions: [DEC-{i:04}, DEC-{:04}]\n    minutes: |\n      {}",
            words::TOPICS_DA[i % 24],
            words::PEOPLE[i % 12].0,
            i + 1,
            words::SENTENCES_DA[i % 16]
        );
    }
    for i in 0..200 {
        let _ = writeln!(t, "custom_{i}: {{a: {i}, b: \"x\", c: [1, 2, 3]}}");
    }
    t
}

fn records(c: &mut Criterion) {
    let (path, text) = typical_decision();
    let config = Config::defaults();
    let kind = config.kind("decision").expect("the decision kind").clone();
    c.bench_function("record/split", |b| {
        b.iter(|| gov::record::split(black_box(&text)))
    });
    c.bench_function("record/parse", |b| {
        b.iter(|| Record::parse(path.as_str(), "decision", black_box(text.clone())))
    });
    let record = Record::parse(path.as_str(), "decision", text.clone());
    c.bench_function("summary/of", |b| {
        b.iter(|| Summary::of(black_box(&record), &kind))
    });
    let yaml = large_front_matter();
    let origin = gov::yaml::Pos {
        offset: 0,
        line: 1,
        column: 1,
    };
    let limits = gov::yaml::Limits::default();
    c.bench_function("yaml/parse_large_front_matter", |b| {
        b.iter(|| gov::yaml::parse(black_box(&yaml), origin, &limits).expect("parses"))
    });
    // Schema check (gov validate), one record.
    let dir = tempfile::tempdir().expect("temp dir");
    let schemas = gov::check::Schemas::compile(dir.path(), &config).expect("schemas compile");
    c.bench_function("schema/check_record", |b| {
        b.iter(|| schemas.check(black_box(&record), &kind))
    });
}

fn repository(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("repo");
    repo::generate(&repo::Options {
        records: 1000,
        commits: 2000,
        seed: 1,
        out: root.clone(),
        repositories_key: false,
        adrs: None,
        yearly: None,
    })
    .expect("the generator runs");
    let config = Config::load(&root, std::iter::empty()).expect("gov.yaml loads");
    let mut group = c.benchmark_group("repo_1k");
    group.sample_size(20);
    group.bench_function("load", |b| {
        b.iter(|| Repository::load(root.clone(), config.clone()))
    });
    let loaded = Repository::load(root.clone(), config.clone());
    let kind = config.kind("decision").expect("the decision kind").clone();
    group.bench_function("summaries", |b| b.iter(|| loaded.summaries()));
    group.bench_function("highest_number", |b| {
        b.iter(|| gov::create::highest_number(&loaded, &kind).expect("scans"))
    });
    // Schema and record checks of the whole tree (gov validate without output).
    let schemas = gov::check::Schemas::compile(&root, &config).expect("schemas compile");
    group.bench_function("check_tree", |b| {
        b.iter(|| gov::check::check_tree(&loaded, &schemas))
    });
    // History walk of the governance repository (gov log, gov trace), uncached.
    let mut uncached = Repository::load(root.clone(), config.clone());
    uncached.config.trace.cache = false;
    group.sample_size(10);
    group.bench_function("history_walk", |b| {
        b.iter(|| gov::trace::History::read(&uncached, false).expect("reads"))
    });
    group.finish();
}

criterion_group!(benches, records, repository);
criterion_main!(benches);
