//! From records found to a folder per kind (DEC-0041). A kind has one
//! folder in gov.yaml, and gov reads its sub-folders too, so records kept
//! one sub-folder per body (`moeder/styregruppe/`, `moeder/koordination/`)
//! map to their common parent (`moeder`). A folder goes to the kind most
//! of its records are; where a kind's records lie in unrelated places, the
//! place holding most of them is mapped and the others are reported, never
//! guessed at: a common parent that is the root, or that holds another
//! kind's folder, would make gov read files that are not that kind's.

use std::collections::BTreeMap;

use super::{Mapping, Placement, SurveyedFile};

/// The folder of a path (`""` for the root).
fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

/// True when `folder` is `other` or one of its ancestors.
fn holds(folder: &str, other: &str) -> bool {
    folder == other || other.starts_with(&format!("{folder}/"))
}

/// The deepest folder holding all of `folders` (`""`: only the root).
fn common(folders: &[&str]) -> String {
    let mut parts: Vec<&str> = folders[0].split('/').collect();
    for f in &folders[1..] {
        let same = parts
            .iter()
            .zip(f.split('/'))
            .take_while(|(a, b)| *a == b)
            .count();
        parts.truncate(same);
    }
    parts.join("/")
}

/// Decides each kind's folder from the records in `files` (kinds in
/// `order`, the configuration's); [`place`] then places each file.
pub(super) fn map(files: &[SurveyedFile], order: &[String]) -> Vec<Mapping> {
    let rank = |k: &str| order.iter().position(|o| o == k).unwrap_or(usize::MAX);
    // Records per folder and kind.
    let mut per_folder: BTreeMap<&str, BTreeMap<usize, usize>> = BTreeMap::new();
    for f in files.iter() {
        if let Some(kind) = &f.kind {
            *per_folder
                .entry(parent(&f.path))
                .or_default()
                .entry(rank(kind))
                .or_default() += 1;
        }
    }
    // Each folder's kind: the one most of its records are (the first in
    // the configuration's order on a tie).
    let folder_kind: BTreeMap<String, usize> = per_folder
        .iter()
        .filter(|(folder, _)| !folder.is_empty())
        .map(|(folder, counts)| {
            let best = counts
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(k, _)| *k)
                .unwrap_or(usize::MAX);
            ((*folder).to_string(), best)
        })
        .collect();
    let mut mappings = Vec::new();
    let kinds: std::collections::BTreeSet<usize> = folder_kind.values().copied().collect();
    for kind in kinds {
        let mine: Vec<&str> = folder_kind
            .iter()
            .filter(|(_, k)| **k == kind)
            .map(|(f, _)| f.as_str())
            .collect();
        let others: Vec<&str> = folder_kind
            .iter()
            .filter(|(_, k)| **k != kind)
            .map(|(f, _)| f.as_str())
            .collect();
        let count = |folder: &str| per_folder[folder].get(&kind).copied().unwrap_or(0);
        // Group by top folder; the group holding most records wins.
        let mut groups: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for f in &mine {
            groups
                .entry(f.split('/').next().unwrap_or(f))
                .or_default()
                .push(f);
        }
        let total = |g: &[&str]| g.iter().map(|f| count(f)).sum::<usize>();
        let Some(group) = groups
            .values()
            .max_by(|a, b| total(a).cmp(&total(b)).then(b[0].cmp(a[0])))
        else {
            continue;
        };
        let mut folder = common(group);
        if others.iter().any(|o| holds(&folder, o)) {
            // The parent would swallow another kind's folder: the one
            // folder holding most of this kind's records instead.
            folder = group
                .iter()
                .max_by(|a, b| count(a).cmp(&count(b)).then(b.cmp(a)))
                .map_or(folder, |f| (*f).to_string());
        }
        if others.iter().any(|o| holds(&folder, o)) {
            // Even that one holds another kind's folder: not mapped.
            continue;
        }
        let name = order.get(kind).cloned().unwrap_or_default();
        while let Some(up) = home_above(files, &folder, &name) {
            folder = up;
        }
        let from: Vec<String> = mine
            .iter()
            .filter(|f| holds(&folder, f))
            .map(|f| (*f).to_string())
            .collect();
        let records = from.iter().map(|f| count(f)).sum();
        mappings.push(Mapping {
            kind: name,
            folder,
            more: Vec::new(),
            records,
            from,
        });
    }
    mappings
}

/// Maps `decision` to every folder of `log`, the folders a tool's file
/// names as one decision log (log4brains' `adrFolder` and its packages'),
/// in place of the one folder [`map`] chose (DEC-0058): the file is the
/// community's word that they are one log. A folder of the log that holds,
/// or lies in, another kind's folder is left out (its files are then
/// reported as that kind's folder's), so no file is read as two kinds.
pub(super) fn join_log(files: &[SurveyedFile], mappings: &mut Vec<Mapping>, log: &[String]) {
    let others: Vec<&str> = mappings
        .iter()
        .filter(|m| m.kind != "decision")
        .flat_map(Mapping::folders)
        .collect();
    let mut folders: Vec<String> = Vec::new();
    for f in log {
        let clash = others.iter().any(|o| holds(f, o) || holds(o, f));
        let nested = folders.iter().any(|k| holds(k, f) || holds(f, k));
        if !f.is_empty() && !clash && !nested {
            folders.push(f.clone());
        }
    }
    let Some((first, more)) = folders.split_first() else {
        return;
    };
    let mut from: Vec<String> = Vec::new();
    let mut records = 0;
    for file in files
        .iter()
        .filter(|f| f.kind.as_deref() == Some("decision"))
    {
        let dir = parent(&file.path);
        if folders.iter().any(|f| holds(f, dir)) {
            records += 1;
            if !from.iter().any(|d| d == dir) {
                from.push(dir.to_string());
            }
        }
    }
    from.sort();
    let joined = Mapping {
        kind: "decision".into(),
        folder: first.clone(),
        more: more.to_vec(),
        records,
        from,
    };
    match mappings.iter_mut().find(|m| m.kind == "decision") {
        Some(m) => *m = joined,
        None => mappings.push(joined),
    }
}

/// Places each record file of `files`: in its kind's folder, at the root,
/// in another kind's folder, or where its kind is not mapped.
pub(super) fn place(files: &mut [SurveyedFile], mappings: &[Mapping]) {
    for f in files.iter_mut() {
        let Some(kind) = f.kind.clone() else {
            continue;
        };
        let dir = parent(&f.path);
        // The deepest mapped folder holding the file decides.
        let mapped = mappings
            .iter()
            .filter_map(|m| m.folders().find(|g| holds(g, dir)).map(|g| (g, m)))
            .max_by_key(|(g, _)| g.len());
        f.placement = match mapped {
            _ if dir.is_empty() => Placement::AtRoot,
            Some((g, m)) if m.kind == kind => Placement::Mapped {
                folder: g.to_string(),
            },
            Some((_, m)) => Placement::FolderOfOtherKind {
                kind: m.kind.clone(),
            },
            None => match mappings.iter().find(|m| m.kind == kind) {
                Some(m) => Placement::KindElsewhere {
                    folder: m.folder.clone(),
                },
                None => Placement::Overlaps,
            },
        };
    }
}

/// The folder above `folder` when it is the kind's home with one
/// sub-folder per body: not the root, a template lies in it (`moeder/
/// skabelon.md` beside `moeder/styregruppe/`), and every other Markdown
/// file below it is a record of `kind` or a file gov skips. So a body
/// added later (`moeder/koordinationsgruppe/`) is read too, and no file
/// that is not the kind's is read as one.
fn home_above(files: &[SurveyedFile], folder: &str, kind: &str) -> Option<String> {
    let up = parent(folder);
    if up.is_empty() {
        return None;
    }
    let below: Vec<&SurveyedFile> = files
        .iter()
        .filter(|f| holds(up, parent(&f.path)))
        .collect();
    let template = below.iter().any(|f| {
        parent(&f.path) == up
            && f.skipped
            && crate::import::detect::is_template_name(f.path.rsplit('/').next().unwrap_or(""))
    });
    let only_mine = below
        .iter()
        .all(|f| f.skipped || f.kind.as_deref() == Some(kind));
    (template && only_mine).then(|| up.to_string())
}

#[cfg(test)]
#[path = "map_tests.rs"]
mod tests;
