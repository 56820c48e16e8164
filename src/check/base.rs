//! Pre-merge check: IDs that this branch adds and that the base branch
//! already uses for another record (two people took the same number).

use std::collections::{HashMap, HashSet};

use super::Located;
use super::finding::Finding;
use crate::record::{Record, RecordId, Repository, Summary};
use crate::{Result, git};

/// The IDs of each record file of the repository's kinds at a revision.
fn ids_at(git: &git::Repo, repo: &Repository, rev: &str) -> Result<HashMap<String, String>> {
    let mut ids = HashMap::new();
    for kind in &repo.config.kinds {
        let mut files = Vec::new();
        for folder in kind.folder.iter() {
            files.extend(git.files_at(rev, folder)?);
        }
        for file in files {
            let name = file.path.rsplit('/').next().unwrap_or_default();
            let lower = name.to_ascii_lowercase();
            if !(lower.ends_with(".md") || lower.ends_with(".markdown"))
                || repo.config.is_ignored_name(name)
            {
                continue;
            }
            // Lossy is exact for what is read here: an ID is ASCII, so a
            // byte that is not UTF-8 is never part of a valid one, and the
            // replacement character it becomes is not YAML syntax either.
            let text = String::from_utf8_lossy(&git.blob(file.blob)?).into_owned();
            let record = Record::parse(file.path.clone(), kind.name.clone(), text);
            let id = Summary::of(&record, kind).id;
            if RecordId::parse(&id).is_some() {
                ids.insert(file.path, id.to_ascii_uppercase());
            }
        }
    }
    Ok(ids)
}

/// Findings for every ID this branch adds (absent at the merge base) that
/// `base` uses for a record at another path.
pub fn collisions(repo: &Repository, base: &str) -> Result<Vec<Located>> {
    let Some(git) = git::Repo::discover(&repo.root)? else {
        return Ok(Vec::new());
    };
    let on_base = ids_at(&git, repo, base)?;
    let before: HashSet<String> = match git.merge_base_with_head(base)? {
        Some(mb) => ids_at(&git, repo, &mb)?.into_values().collect(),
        None => HashSet::new(),
    };
    let mut out = Vec::new();
    for (record, summary) in repo.records.iter().zip(repo.summaries()) {
        let id = summary.id.to_ascii_uppercase();
        if RecordId::parse(&id).is_none() || before.contains(&id) {
            continue;
        }
        let mut others: Vec<&String> = on_base
            .iter()
            .filter(|(p, i)| **i == id && **p != record.path)
            .map(|(p, _)| p)
            .collect();
        others.sort();
        if let Some(base_path) = others.first() {
            let (line, column) = record
                .field("id")
                .map_or((1, 1), |n| (n.span.start.line, n.span.start.column));
            let finding = Finding::IdCollision {
                id: summary.id.clone(),
                base: base.to_string(),
                base_path: (*base_path).clone(),
            };
            out.push(Located::at(&record.path, line, column, finding));
        }
    }
    Ok(out)
}
