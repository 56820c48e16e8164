//! When each record file last changed: the time of the newest commit that
//! touched it, for `gov status` to call a record stale.
//!
//! One walk of the history from `HEAD`, newest commit first, that stops as
//! soon as every file at `HEAD` has been placed; each commit costs a compare
//! of folder tree ids, and only folders whose ids differ are read. A merge
//! changes a file only when the file differs from every parent (as
//! `git log -- <path>` sees it), so a change made on a branch keeps the
//! branch commit's time, not the merge's. The answer can be kept in
//! `.git/gov/` (see [`Repo::last_changes_cached`]), so the next run walks
//! only the commits made since.

use std::collections::HashMap;

use super::{BlobId, FileChange, ObjectId, Repo, TreeDiffer, git_error};
use crate::Result;

/// The newest commit that touched a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LastChange {
    /// Committer time (when the change landed), seconds since the epoch.
    pub time: i64,
    /// The committer's time zone, minutes east of UTC, to give the date as
    /// the committer saw it.
    pub offset_minutes: i32,
    /// The file's blob at `HEAD`: a working copy whose [`blob_id`] differs
    /// holds an edit not yet committed.
    pub blob: BlobId,
}

/// Git's id for a file of these bytes, to tell a working copy that differs
/// from `HEAD` without asking git about each file.
pub fn blob_id(bytes: &[u8]) -> Option<BlobId> {
    git2::Oid::hash_object(git2::ObjectType::Blob, bytes)
        .ok()
        .map(BlobId)
}

/// Last changes by path.
pub type LastChanges = HashMap<String, LastChange>;

impl Repo {
    /// The last change of every file below `folders` (paths relative to the
    /// root, such as `decisions`) in the tree of `HEAD`. Empty for a
    /// repository without commits. A shallow clone's oldest commit counts as
    /// having added what it holds.
    pub fn last_changes(&self, folders: &[String]) -> Result<LastChanges> {
        let Ok(head) = self.repo.head().and_then(|h| h.peel_to_commit()) else {
            return Ok(HashMap::new());
        };
        let mut differ = self.tree_differ(folders);
        let mut pending = head_files(&mut differ, folders, &head)?;
        self.newest_changes(&mut differ, folders, head.id(), None, &mut pending)
    }

    /// [`Repo::last_changes`], kept in `.git/gov/last-change` with the
    /// commit it was computed at: when `HEAD` has moved on from it, only
    /// the new commits are walked; when history was rewritten, all of it.
    pub fn last_changes_cached(&self, folders: &[String]) -> Result<LastChanges> {
        let Ok(head) = self.repo.head().and_then(|h| h.peel_to_commit()) else {
            return Ok(HashMap::new());
        };
        let path = self.git_dir().join("gov").join("last-change");
        let cached = super::mtime_cache::load(&path, folders);
        let fresh = match cached {
            Some((at, old)) if at == head.id() => return Ok(old),
            Some((at, old))
                if self
                    .repo
                    .graph_descendant_of(head.id(), at)
                    .unwrap_or(false) =>
            {
                self.since(folders, &head, at, &old)?
            }
            _ => None,
        };
        let last = match fresh {
            Some(last) => last,
            None => self.last_changes(folders)?,
        };
        super::mtime_cache::store(&path, head.id(), folders, &last);
        Ok(last)
    }

    /// The last changes at `head` from those at its ancestor `at`, walking
    /// only the commits in between; `None` when a file cannot be placed
    /// that way.
    fn since(
        &self,
        folders: &[String],
        head: &git2::Commit<'_>,
        at: git2::Oid,
        old: &LastChanges,
    ) -> Result<Option<LastChanges>> {
        let mut differ = self.tree_differ(folders);
        let mut pending = head_files(&mut differ, folders, head)?;
        let mut last =
            self.newest_changes(&mut differ, folders, head.id(), Some(at), &mut pending)?;
        for (path, blob) in pending {
            match old.get(&path) {
                Some(change) if change.blob == blob => {
                    last.insert(path, *change);
                }
                _ => return Ok(None),
            }
        }
        Ok(Some(last))
    }

    /// Walks from `head` (not below `hide`), newest first, placing each
    /// file of `pending` at the first commit that changed it; placed files
    /// leave `pending`.
    fn newest_changes(
        &self,
        differ: &mut TreeDiffer<'_>,
        folders: &[String],
        head: git2::Oid,
        hide: Option<git2::Oid>,
        pending: &mut HashMap<String, BlobId>,
    ) -> Result<LastChanges> {
        let walking = |e| git_error("walking history", e);
        let mut last = HashMap::with_capacity(pending.len());
        let mut walk = self.repo.revwalk().map_err(walking)?;
        walk.set_sorting(git2::Sort::TIME).map_err(walking)?;
        walk.push(head).map_err(walking)?;
        if let Some(h) = hide {
            walk.hide(h).map_err(walking)?;
        }
        let mut changed: Vec<FileChange> = Vec::new();
        let mut side: Vec<FileChange> = Vec::new();
        for oid in walk {
            if pending.is_empty() {
                break;
            }
            let commit = self
                .repo
                .find_commit(oid.map_err(walking)?)
                .map_err(|e| git_error("reading a commit", e))?;
            let ids = differ.folder_ids(ObjectId::from_git(commit.tree_id()))?;
            changed.clear();
            let mut first = true;
            for parent in self.parent_trees(&commit) {
                let parent_ids = match parent {
                    Some(tree) => differ.folder_ids(tree)?,
                    None => vec![None; folders.len()],
                };
                let out = if first { &mut changed } else { &mut side };
                out.clear();
                for (k, folder) in folders.iter().enumerate() {
                    differ.diff(folder, parent_ids[k], ids[k], &|_, _, _| true, out)?;
                }
                if !first {
                    changed.retain(|c| side.iter().any(|s| s.path == c.path && s.new == c.new));
                }
                first = false;
                if changed.is_empty() {
                    break;
                }
            }
            let when = commit.time();
            for c in &changed {
                if c.new.is_some()
                    && let Some(blob) = pending.remove(&c.path)
                {
                    let change = LastChange {
                        time: when.seconds(),
                        offset_minutes: when.offset_minutes(),
                        blob,
                    };
                    last.insert(c.path.clone(), change);
                }
            }
        }
        Ok(last)
    }

    /// The root trees of a commit's parents; one `None` for a root commit
    /// or a parent missing from a shallow clone.
    fn parent_trees(&self, commit: &git2::Commit<'_>) -> Vec<Option<ObjectId>> {
        let trees: Vec<Option<ObjectId>> = commit
            .parent_ids()
            .map(|p| {
                self.repo
                    .find_commit(p)
                    .ok()
                    .map(|c| ObjectId::from_git(c.tree_id()))
            })
            .collect();
        if trees.is_empty() { vec![None] } else { trees }
    }
}

/// Every file below `folders` at `head`, with its blob.
fn head_files(
    differ: &mut TreeDiffer<'_>,
    folders: &[String],
    head: &git2::Commit<'_>,
) -> Result<HashMap<String, BlobId>> {
    let ids = differ.folder_ids(ObjectId::from_git(head.tree_id()))?;
    let mut found = Vec::new();
    for (folder, id) in folders.iter().zip(&ids) {
        differ.diff(folder, None, *id, &|_, _, _| true, &mut found)?;
    }
    Ok(found
        .into_iter()
        .filter_map(|c| Some((c.path, BlobId(c.new?.git()))))
        .collect())
}

#[cfg(test)]
#[path = "mtime_tests.rs"]
mod tests;
