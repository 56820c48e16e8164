//! Which record files each new governance commit changed, and the facts
//! of the blobs they name: the expensive part of a cold read, shared out
//! in parts to one reader per core.

use std::ops::Range;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::blob_facts::BlobFacts;
use super::commit::Change;
use super::pre_import;
use super::repo_history::{RepoHistory, ScanContext};
use crate::Result;
use crate::git::{FileChange, ObjectId, Repo, TreeDiffer};

/// The record changes of some commits (by position in the history) and
/// the facts of the blobs they name that the history did not hold.
pub type Read = (Vec<(usize, Vec<Change>)>, Vec<((ObjectId, u8), BlobFacts)>);

/// Ranges shorter than this are read in one go, on the calling thread.
const SPLIT_FROM: usize = 2000;

/// Reads the changes and blob facts of the commits in `range`, in parts
/// handed out to one reader per core as each finishes its last, so a part
/// of costly commits (late in history, where folders hold more records)
/// does not leave the other cores idle. Each reader keeps its handle on
/// the repository, its differ and their caches from part to part. The
/// parts come back in order.
pub fn read_changes(
    repo: &Repo,
    h: &RepoHistory,
    range: Range<usize>,
    ctx: &ScanContext<'_>,
) -> Result<Vec<Read>> {
    let folders = ctx.folders();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    if range.len() < SPLIT_FROM || cores == 1 {
        let mut differ = repo.tree_differ(&folders);
        return Ok(vec![read_part(&mut differ, h, range, ctx)?]);
    }
    // Eight parts per reader: small enough that the readers finish close
    // together (the last part handed out is the oldest, and cheapest),
    // large enough that a fresh part's first tree (a whole delta chain) is
    // a small share of its cost.
    let size = range.len().div_ceil(cores * 8).max(SPLIT_FROM / 2);
    let parts: Vec<Range<usize>> = (range.start..range.end)
        .step_by(size)
        .map(|s| s..(s + size).min(range.end))
        .collect();
    let results: Vec<Mutex<Option<Result<Read>>>> =
        parts.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let own_dir = repo.own_git_dir().to_path_buf();
    let reader = |repo: &Repo| {
        let mut differ = repo.tree_differ(&folders);
        while let Some(part) = parts.get(next.fetch_add(1, Ordering::Relaxed)) {
            let i = part.start.saturating_sub(range.start) / size;
            let r = read_part(&mut differ, h, part.clone(), ctx);
            *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
        }
    };
    std::thread::scope(|s| {
        let mut others = Vec::new();
        for _ in 1..cores.min(parts.len()) {
            others.push(s.spawn(|| match Repo::open(&own_dir) {
                Ok(r) => {
                    reader(&r);
                    Ok(())
                }
                Err(e) => Err(e),
            }));
        }
        reader(repo);
        for o in others {
            o.join().unwrap_or_else(|_| {
                Err(crate::Error::Git {
                    message: "a history reader stopped unexpectedly".into(),
                })
            })?;
        }
        Ok::<(), crate::Error>(())
    })?;
    results
        .into_iter()
        .map(|r| {
            r.into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .unwrap_or_else(|| {
                    Err(crate::Error::Git {
                        message: "a part of history was not read".into(),
                    })
                })
        })
        .collect()
}

/// One part: its commits' changes, then the blobs they name, read with the
/// same differ so the trees and blobs it built stay cached for both.
fn read_part(
    differ: &mut TreeDiffer<'_>,
    h: &RepoHistory,
    range: Range<usize>,
    ctx: &ScanContext<'_>,
) -> Result<Read> {
    let changed = diff_range(differ, h, range, ctx)?;
    let mut facts = Vec::new();
    for (blob, kind, path, commit) in wanted_blobs(h, &changed) {
        let Some(k) = ctx.config.kinds.get(usize::from(kind)) else {
            continue;
        };
        // A blob that cannot be read is an error naming it, the file and
        // the commit: empty facts (no status) would be a wrong answer,
        // and would be cached.
        let bytes = differ
            .read_blob(blob)
            .map_err(|e| e.in_version(Some(path), Some(h.commits[commit].id.to_hex())))?;
        facts.push((
            (blob, kind),
            pre_import::read_version(bytes, ctx.config, k, path),
        ));
    }
    Ok((changed, facts))
}

/// The record files changed by the commits in `range`. A merge shows only
/// files whose new content is in none of its parents (a conflict
/// resolution), and every file it removes, so a change made on a branch
/// is listed once, where it was made. Commits are taken in walk order, newest first: a commit's parent
/// tree is read right after its own (and kept), and packs store older
/// trees as deltas of newer ones, so each read is one delta from the last.
fn diff_range(
    differ: &mut TreeDiffer<'_>,
    h: &RepoHistory,
    range: Range<usize>,
    ctx: &ScanContext<'_>,
) -> Result<Vec<(usize, Vec<Change>)>> {
    let config = ctx.config;
    let folders = ctx.folders();
    let kinds = ctx.kind_per_folder();
    let templates = format!("{}{}", ctx.prefix, config.templates.trim_matches('/'));
    let mut found: Vec<FileChange> = Vec::new();
    let mut out = Vec::new();
    let index = h.index();
    for i in range {
        let (tree, parents) = (h.commits[i].tree, &h.commits[i].parents);
        let at = |e: crate::Error| e.in_version(None, Some(h.commits[i].id.to_hex()));
        let new_ids = differ.folder_ids(tree).map_err(at)?;
        let parent_trees: Vec<ObjectId> = parents
            .iter()
            .filter_map(|p| index.get(p).map(|&j| h.commits[j as usize].tree))
            .collect();
        let old_ids = match parent_trees.first() {
            Some(t) => differ.folder_ids(*t).map_err(at)?,
            None => vec![None; folders.len()],
        };
        let mut changes = Vec::new();
        for (k, &kind_at) in kinds.iter().enumerate() {
            let kind = &config.kinds[kind_at];
            if old_ids[k] == new_ids[k] {
                continue;
            }
            let mut others = Vec::new();
            for t in parent_trees.iter().skip(1) {
                others.push(differ.folder_ids(*t).map_err(at)?[k]);
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
            differ
                .diff(&folders[k], old_ids[k], new_ids[k], &keep, &mut found)
                .map_err(|e| e.in_version(Some(&folders[k]), Some(h.commits[i].id.to_hex())))?;
            for f in found.drain(..) {
                let rel = &f.path[folders[k].len() + 1..];
                let mut in_other = false;
                // A file the merge removes is listed even when another
                // parent lacks it too: that parent may never have had it
                // (a record renumbered while merging, its old name gone
                // here only), and where that parent's side removed it the
                // removal was replayed there, so the path is held by no
                // record and the timeline ignores it.
                let others = if f.new.is_some() { &others[..] } else { &[] };
                for o in others.iter().flatten() {
                    if differ.blob_in(*o, rel).map_err(at)? == f.new {
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
                        kind: kind_at as u8,
                        path,
                        old: f.old,
                        new: f.new,
                    });
                }
            }
            // A merge that drops a file another parent has and the first
            // does not (`gov renumber` run while merging a branch that
            // added a record under a taken ID): a deletion the diff against
            // the first parent cannot show. The timeline ignores such a
            // deletion of a file no record holds any more (one the first
            // parent's side deleted).
            for other in others.iter().flatten() {
                if Some(*other) == new_ids[k] {
                    continue;
                }
                found.clear();
                differ
                    .diff(&folders[k], Some(*other), new_ids[k], &keep, &mut found)
                    .map_err(|e| e.in_version(Some(&folders[k]), Some(h.commits[i].id.to_hex())))?;
                for f in found.drain(..) {
                    if f.new.is_some() {
                        continue;
                    }
                    let rel = &f.path[folders[k].len() + 1..];
                    let in_first = match old_ids[k] {
                        Some(first) => differ.blob_in(first, rel).map_err(at)?.is_some(),
                        None => false,
                    };
                    let path = match f.path.strip_prefix(ctx.prefix.as_str()) {
                        Some(p) => p.to_string(),
                        None => f.path,
                    };
                    let known = changes
                        .iter()
                        .any(|c| c.kind == kind_at as u8 && c.path == path);
                    if !in_first && !known {
                        changes.push(Change {
                            kind: kind_at as u8,
                            path,
                            old: f.old,
                            new: None,
                        });
                    }
                }
            }
        }
        if !changes.is_empty() {
            // Kept for the life of the history: no room for four.
            changes.shrink_to_fit();
            out.push((i, changes));
        }
    }
    Ok(out)
}

/// The blobs that `changed` (commits and their record changes) name whose
/// facts `h` does not hold yet, in walk order (newest first, as packs
/// chain deltas: sorting by id would resolve a delta chain afresh for
/// every blob), each with the first file and commit naming it (for an
/// error that cannot read it).
fn wanted_blobs<'c>(
    h: &RepoHistory,
    changed: &'c [(usize, Vec<Change>)],
) -> Vec<(ObjectId, u8, &'c str, usize)> {
    let mut wanted: Vec<(ObjectId, u8, &str, usize)> = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for (i, ch) in changed
        .iter()
        .flat_map(|(i, c)| c.iter().map(move |c| (*i, c)))
    {
        for (b, made_here) in [(ch.new, true), (ch.old, false)] {
            let Some(b) = b else { continue };
            if h.blobs.contains_key(&(b, ch.kind)) {
                continue;
            }
            match seen.entry((b, ch.kind)) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert((wanted.len(), made_here));
                    wanted.push((b, ch.kind, ch.path.as_str(), i));
                }
                // Named first as a change's old side: the commit that made
                // this version is the one to name.
                std::collections::hash_map::Entry::Occupied(mut o) if made_here && !o.get().1 => {
                    let w = &mut wanted[o.get().0];
                    (w.2, w.3) = (ch.path.as_str(), i);
                    o.get_mut().1 = true;
                }
                std::collections::hash_map::Entry::Occupied(_) => {}
            }
        }
    }
    wanted
}

#[cfg(test)]
#[path = "changes_tests.rs"]
mod tests;
