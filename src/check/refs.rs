//! Checks across records: one ID per record, references that resolve, and
//! supersession recorded on both sides.

use std::collections::HashMap;

use super::Located;
use super::finding::Finding;
use crate::record::{Record, RecordId, Repository, Summary, scalar_text};
use crate::yaml;

/// Findings about IDs and references between the records of a repository.
pub fn check(repo: &Repository, summaries: &[Summary]) -> Vec<Located> {
    let mut out = Vec::new();
    let mut by_id: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in summaries.iter().enumerate() {
        if let Some(k) = key(&s.id) {
            by_id.entry(k).or_default().push(i);
        }
    }
    for indices in by_id.values().filter(|v| v.len() > 1) {
        for &i in indices {
            let other = indices
                .iter()
                .find(|&&j| j != i)
                .map(|&j| summaries[j].path.clone())
                .unwrap_or_default();
            let record = &repo.records[i];
            let (line, column) = position(record.field("id"));
            out.push(Located::at(
                &record.path,
                line,
                column,
                Finding::DuplicateId {
                    id: summaries[i].id.clone(),
                    other,
                },
            ));
        }
    }
    let known = |id: &str| key(id).is_some_and(|k| by_id.contains_key(&k));
    for (record, summary) in repo.records.iter().zip(summaries) {
        for key in &repo.config.references {
            let Some(node) = record.field(key) else {
                continue;
            };
            for (item, id) in ids_in(node) {
                if RecordId::parse(&id).is_none() || known(&id) {
                    continue;
                }
                let nearest = None;
                let (line, column) = position(Some(item));
                out.push(Located::at(
                    &record.path,
                    line,
                    column,
                    Finding::UnknownReference {
                        key: key.clone(),
                        id,
                        nearest,
                    },
                ));
            }
        }
        out.extend(supersession(record, summary, repo, summaries, &by_id));
    }
    out
}

/// The key under which an ID is compared: prefix and number, so `DEC-7`
/// and `dec-0007` are the same record.
fn key(id: &str) -> Option<String> {
    RecordId::parse(id).map(|r| r.to_string())
}

/// The ID-like strings of a value that is one string or a list, with their nodes.
fn ids_in(node: &yaml::Node) -> Vec<(&yaml::Node, String)> {
    match &node.value {
        yaml::Value::Seq(items) => items
            .iter()
            .filter_map(|n| scalar_text(n).map(|s| (n, s.trim().to_string())))
            .collect(),
        _ => scalar_text(node)
            .map(|s| (node, s.trim().to_string()))
            .into_iter()
            .collect(),
    }
}

fn position(node: Option<&yaml::Node>) -> (usize, usize) {
    node.map_or((1, 1), |n| (n.span.start.line, n.span.start.column))
}

/// `supersedes: B` in A needs `superseded_by: A` in B, and the other way round.
fn supersession(
    record: &Record,
    summary: &Summary,
    repo: &Repository,
    summaries: &[Summary],
    by_id: &HashMap<String, Vec<usize>>,
) -> Vec<Located> {
    let mut out = Vec::new();
    for (field, back) in [
        ("supersedes", "superseded_by"),
        ("superseded_by", "supersedes"),
    ] {
        let Some(node) = record.field(field) else {
            continue;
        };
        for (item, id) in ids_in(node) {
            let Some(others) = key(&id).and_then(|k| by_id.get(&k)) else {
                continue;
            };
            let Some(&j) = others.first() else { continue };
            let links_back = repo.records[j]
                .field(back)
                .is_some_and(|n| ids_in(n).iter().any(|(_, x)| key(x) == key(&summary.id)));
            if !links_back {
                let (line, column) = position(Some(item));
                let finding = Finding::OneSidedSupersession {
                    other: summaries[j].id.clone(),
                    missing: back,
                };
                out.push(Located::at(&record.path, line, column, finding));
            }
        }
    }
    out
}
