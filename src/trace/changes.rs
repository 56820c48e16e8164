//! Which record files each new governance commit changed, and the facts
//! of the blobs they name: the expensive part of a cold read, split over
//! two threads for long histories.

use std::ops::Range;

use super::scan::{Change, RepoHistory, ScanContext};
use crate::Result;
use crate::git::{FileChange, ObjectId, Repo, TreeDiffer};

/// Splits `range` in two halves read in parallel, the second with its own
/// handle on the repository (a handle is not shared between threads);
/// small ranges are read in one go. Results come back in order.
pub fn in_two<T: Send>(
    repo: &Repo,
    range: Range<usize>,
    work: impl Fn(&Repo, Range<usize>) -> Result<T> + Sync,
) -> Result<Vec<T>> {
    const SPLIT_FROM: usize = 2000;
    if range.len() < SPLIT_FROM {
        return Ok(vec![work(repo, range)?]);
    }
    let mid = range.start + range.len() / 2;
    let git_dir = repo.git_dir().to_path_buf();
    let work = &work;
    std::thread::scope(|s| {
        let second = s.spawn(move || work(&Repo::open(&git_dir)?, mid..range.end));
        let first = work(repo, range.start..mid);
        let second = second.join().unwrap_or_else(|_| {
            Err(crate::Error::Git {
                message: "a history reader stopped unexpectedly".into(),
            })
        });
        Ok(vec![first?, second?])
    })
}

/// The record files changed by the commits in `range`. A merge shows only
/// files whose new content is in none of its parents (a conflict
/// resolution), so a change made on a branch is listed once, where it was
/// made. Commits are taken in walk order, newest first: a commit's parent
/// tree is read right after its own (and kept), and packs store older
/// trees as deltas of newer ones, so each read is one delta from the last.
pub fn diff_range(
    differ: &mut TreeDiffer<'_>,
    h: &RepoHistory,
    range: Range<usize>,
    ctx: &ScanContext<'_>,
) -> Result<Vec<(usize, Vec<Change>)>> {
    let config = ctx.config;
    let folders = ctx.folders();
    let templates = format!("{}{}", ctx.prefix, config.templates.trim_matches('/'));
    let mut found: Vec<FileChange> = Vec::new();
    let mut out = Vec::new();
    for i in range {
        let (tree, parents) = (h.commits[i].tree, &h.commits[i].parents);
        let new_ids = differ.folder_ids(tree)?;
        let parent_trees: Vec<ObjectId> = parents
            .iter()
            .filter_map(|p| h.index.get(p).map(|&j| h.commits[j as usize].tree))
            .collect();
        let old_ids = match parent_trees.first() {
            Some(t) => differ.folder_ids(*t)?,
            None => vec![None; folders.len()],
        };
        let mut changes = Vec::new();
        for (k, kind) in config.kinds.iter().enumerate() {
            if old_ids[k] == new_ids[k] {
                continue;
            }
            let mut others = Vec::new();
            for t in parent_trees.iter().skip(1) {
                others.push(differ.folder_ids(*t)?[k]);
            }
            if others.contains(&new_ids[k]) {
                continue;
            }
            let keep = |dir: &str, name: &str, is_dir: bool| {
                if name.starts_with('.') {
                    return false;
                }
                let named = !is_dir && crate::record::id_in_file_name(name, &kind.prefix).is_some();
                if !named && config.is_ignored_name(name) {
                    return false;
                }
                if is_dir {
                    return format!("{dir}/{name}") != templates;
                }
                let lower = name.to_ascii_lowercase();
                lower.ends_with(".md") || lower.ends_with(".markdown")
            };
            found.clear();
            differ.diff(&folders[k], old_ids[k], new_ids[k], &keep, &mut found)?;
            for f in found.drain(..) {
                let rel = &f.path[folders[k].len() + 1..];
                let mut in_other = false;
                for o in others.iter().flatten() {
                    if differ.blob_in(*o, rel)? == f.new {
                        in_other = true;
                        break;
                    }
                }
                if !in_other {
                    let path = match f.path.strip_prefix(ctx.prefix.as_str()) {
                        Some(p) => p.to_string(),
                        None => f.path,
                    };
                    changes.push(Change {
                        kind: k as u8,
                        path,
                        old: f.old,
                        new: f.new,
                    });
                }
            }
        }
        if !changes.is_empty() {
            out.push((i, changes));
        }
    }
    Ok(out)
}

/// The blobs that `changed` (commits and their record changes) name whose
/// facts `h` does not hold yet, in walk order (newest first, as packs
/// chain deltas: sorting by id would resolve a delta chain afresh for
/// every blob).
pub fn wanted_blobs(h: &RepoHistory, changed: &[(usize, Vec<Change>)]) -> Vec<(ObjectId, u8)> {
    let mut wanted = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for ch in changed.iter().flat_map(|(_, c)| c) {
        for b in [ch.new, ch.old].into_iter().flatten() {
            if !h.blobs.contains_key(&(b, ch.kind)) && seen.insert((b, ch.kind)) {
                wanted.push((b, ch.kind));
            }
        }
    }
    wanted
}
