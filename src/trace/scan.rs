//! Reading one repository's history into facts: per commit its parents,
//! author, summary and the record IDs its message names; in the governance
//! repository also which record files it changed and, per blob, the
//! record's facts. Only commits the cache does not hold are read.

use super::changes::read_changes;
use super::commit::{CommitFacts, CommitInfo};
use super::repo_history::{RepoHistory, ScanContext};
use super::text::Text;
use crate::Result;
use crate::git::{CommitView, IdSet, ObjectId, Repo};

/// Brings `history` (from the cache, or empty) up to date with `repo`:
/// reads only commits it does not hold, then drops commits no tip reaches
/// any more (after a force-push or a deleted branch). Returns whether
/// anything changed, i.e. whether the cache should be written.
pub fn update(repo: &Repo, history: &mut RepoHistory, ctx: &ScanContext<'_>) -> Result<bool> {
    let tags = repo.tags(&history.tags)?;
    let tips = repo.tips(&tags)?;
    // Other tips: commits may be read or dropped, so the history must be
    // whole first.
    if tips != history.tips {
        history.load_changes();
    }
    history.tags = tags;
    let first_new = history.commits.len();
    // The history holds every commit its tips reach: when each tip is one
    // of them, there is nothing to walk (and no index to build).
    let known_tips: IdSet<ObjectId> = history.tips.iter().copied().collect();
    if !tips.iter().all(|t| known_tips.contains(t)) {
        history.index();
        let index = history.index.get();
        let commits = &mut history.commits;
        repo.walk_new(
            &tips,
            |id| index.is_some_and(|i| i.contains_key(id)),
            |c| {
                commits.push(facts_of(c, ctx));
            },
        )?;
    }
    let read = history.commits.len() - first_new;
    if read > 0 {
        history.reindex();
    }
    if ctx.governance && read > 0 {
        let parts = read_changes(repo, history, first_new..history.commits.len(), ctx)?;
        for (changed, facts) in parts {
            for (i, changes) in changed {
                if let Some(info) = history.commits[i].info.as_mut() {
                    info.changes = changes;
                }
            }
            history.blobs.extend(facts);
        }
    }
    for c in &mut history.commits[first_new..] {
        let keep = c
            .info
            .as_ref()
            .is_some_and(|i| !i.refs.is_empty() || !i.changes.is_empty());
        if !keep {
            c.info = None;
        }
    }
    let tips_moved = tips != history.tips;
    history.tips = tips;
    // Unchanged tips and nothing new: nothing can have become unreachable.
    // A history read from nothing holds only what the tips reach.
    let pruned = first_new > 0 && (read > 0 || tips_moved) && prune(history);
    Ok(read > 0 || pruned || tips_moved)
}

fn facts_of(c: &CommitView<'_>, ctx: &ScanContext<'_>) -> CommitFacts {
    let refs = ctx.patterns.find(c.message);
    let info = (ctx.governance || !refs.is_empty()).then(|| {
        Box::new(CommitInfo {
            author: Text::new(&c.author_name),
            email: Text::new(&c.author_email),
            offset: c.offset_minutes,
            summary: Text::new(&c.summary()),
            signed: c.is_signed(),
            refs,
            changes: Vec::new(),
        })
    });
    CommitFacts {
        id: c.id,
        parents: c.parents.into(),
        tree: c.tree,
        time: c.time,
        info,
    }
}

/// Drops commits that no tip reaches and blobs no change names.
fn prune(h: &mut RepoHistory) -> bool {
    let graph = h.graph();
    let reach = graph.reachable(&h.tip_positions());
    if reach.iter().all(|&r| r) {
        return false;
    }
    let mut i = 0;
    h.commits.retain(|_| {
        i += 1;
        reach[i - 1]
    });
    h.reindex();
    let mut used = std::collections::HashSet::new();
    for c in &h.commits {
        for ch in c.info.iter().flat_map(|i| &i.changes) {
            used.extend([ch.old, ch.new].into_iter().flatten().map(|b| (b, ch.kind)));
        }
    }
    h.blobs.retain(|k, _| used.contains(k));
    true
}
