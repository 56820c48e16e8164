//! Links between planned records: supersession, related records, a
//! task's source, a change request's decision and a meeting's decisions;
//! and copies of a few records under a second name with the same ID (the
//! "same decision kept in two files" problem).

use std::collections::HashSet;

use super::clock::{self, DAY};
use super::plan::{self, Event, Kind, Spec, What, unique, written_status};
use super::rng::Rng;

/// The index range of a kind's records in the plan.
fn range_of(specs: &[Spec], kind: Kind) -> std::ops::Range<usize> {
    let start = specs
        .iter()
        .position(|s| s.kind == kind)
        .unwrap_or(specs.len());
    let len = specs[start..].iter().take_while(|s| s.kind == kind).count();
    start..start + len
}

/// A record of `kind` created before `at`, among the latest `window`.
fn earlier(rng: &mut Rng, specs: &[Spec], kind: Kind, at: i64, window: usize) -> Option<usize> {
    let r = range_of(specs, kind);
    let before = specs[r.clone()].partition_point(|s| s.events[0].at < at);
    if before == 0 {
        return None;
    }
    let lo = before.saturating_sub(window);
    Some(r.start + lo + rng.index(before - lo))
}

/// Links: supersession, related records, a task's source, a change
/// request's decision and a meeting's decisions.
pub fn link(specs: &mut [Spec], seed: u64) {
    let decisions = range_of(specs, Kind::Decision);
    let meetings = range_of(specs, Kind::Meeting);
    for i in 0..specs.len() {
        let mut rng = Rng::derive(seed, 99, i as u64);
        let (kind, created) = (specs[i].kind, specs[i].events[0].at);
        if rng.chance(30.0) {
            for _ in 0..rng.range(1, 3) {
                let k = Kind::ALL[rng.index(5)].0;
                if let Some(j) =
                    earlier(&mut rng, specs, k, created, 300).filter(|&j| specs[j].id_field)
                {
                    specs[i].related.push(j);
                }
            }
        }
        let accepted = specs[i].reached(2);
        match kind {
            Kind::Task if rng.chance(70.0) => {
                let k = if rng.chance(60.0) {
                    Kind::Meeting
                } else {
                    Kind::Decision
                };
                specs[i].link = earlier(&mut rng, specs, k, created, 100);
            }
            Kind::Change if accepted.is_some() && rng.chance(25.0) => {
                specs[i].link = earlier(&mut rng, specs, Kind::Decision, created, 200);
            }
            Kind::Decision if accepted.is_some() && rng.chance(10.0) && specs[i].id_field => {
                let at = accepted.unwrap_or(created);
                let lo = i.saturating_sub(60).max(decisions.start);
                let j = (lo..i).rev().find(|&j| {
                    specs[j].final_status() == 2
                        && specs[j].id_field
                        && specs[j].reached(2).is_some_and(|t| t < at)
                });
                if let Some(j) = j {
                    specs[i].supersedes = Some(j);
                    specs[j].events.push(Event {
                        at: at + 3600,
                        what: What::SupersededBy(i),
                    });
                    super::model::sort_events(&mut specs[j]);
                }
            }
            _ => {}
        }
        if kind == Kind::Decision && specs[i].id_field && rng.chance(50.0) {
            let at = accepted.unwrap_or(created);
            let day = clock::date_of(at);
            let m = &specs[meetings.clone()];
            let k = m.partition_point(|s| s.date <= day);
            if k > 0 {
                specs[meetings.start + k - 1].decisions.push(i);
            }
        }
    }
}

/// Copies of a few decisions and change requests under a second file name
/// with the same ID: the "same decision kept in two files" problem.
pub fn duplicates(specs: &mut Vec<Spec>, seed: u64, used: &mut HashSet<String>) {
    let (_, end) = plan::span();
    let n = specs.len();
    for i in 0..n {
        let mut rng = Rng::derive(seed, 77, i as u64);
        let s = &specs[i];
        if !matches!(s.kind, Kind::Decision | Kind::Change) || !s.id_field || !rng.chance(0.25) {
            continue;
        }
        let at = s.events[0].at + rng.range(30, 500) * DAY;
        if at >= end {
            continue;
        }
        let mut copy = s.clone();
        copy.duplicate = true;
        copy.seed = rng.next_u64();
        let stem = s.paths[0].trim_end_matches(".md");
        copy.paths = vec![unique(used, format!("{stem}-kopi.md"))];
        let word = written_status(&mut rng, s.kind, 0, s.danish, at);
        copy.events = vec![Event {
            at,
            what: What::Create(0, word),
        }];
        copy.related.clear();
        copy.decisions.clear();
        copy.supersedes = None;
        specs.push(copy);
    }
}
