//! When each record file last changed: the time of the newest commit that
//! touched it, for `gov status` to call a record stale.
//!
//! One walk of the history from `HEAD`, newest commit first, that stops as
//! soon as every file at `HEAD` has been placed; each commit costs a compare
//! of folder tree ids, and only folders whose ids differ are read. A merge
//! changes a file only when the file differs from every parent (as
//! `git log -- <path>` sees it), so a change made on a branch keeps the
//! branch commit's time, not the merge's.

use std::collections::HashMap;

use super::{BlobId, FileChange, ObjectId, Repo, git_error};
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

impl Repo {
    /// The last change of every file below `folders` (paths relative to the
    /// root, such as `decisions`) in the tree of `HEAD`. Empty for a
    /// repository without commits. A shallow clone's oldest commit counts as
    /// having added what it holds.
    pub fn last_changes(&self, folders: &[String]) -> Result<HashMap<String, LastChange>> {
        let Ok(head) = self.repo.head().and_then(|h| h.peel_to_commit()) else {
            return Ok(HashMap::new());
        };
        let keep_all = |_: &str, _: &str, _: bool| true;
        let mut differ = self.tree_differ(folders);
        let head_ids = differ.folder_ids(ObjectId::from_git(head.tree_id()))?;
        let mut found = Vec::new();
        for (folder, id) in folders.iter().zip(&head_ids) {
            differ.diff(folder, None, *id, &keep_all, &mut found)?;
        }
        let mut pending: HashMap<String, BlobId> = found
            .into_iter()
            .filter_map(|c| Some((c.path, BlobId(c.new?.git()))))
            .collect();
        let mut last = HashMap::with_capacity(pending.len());
        let mut walk = self
            .repo
            .revwalk()
            .map_err(|e| git_error("walking history", e))?;
        walk.set_sorting(git2::Sort::TIME)
            .and_then(|()| walk.push(head.id()))
            .map_err(|e| git_error("walking history", e))?;
        let mut changed: Vec<FileChange> = Vec::new();
        let mut side: Vec<FileChange> = Vec::new();
        for oid in walk {
            if pending.is_empty() {
                break;
            }
            let oid = oid.map_err(|e| git_error("walking history", e))?;
            let commit = self
                .repo
                .find_commit(oid)
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
                    differ.diff(folder, parent_ids[k], ids[k], &keep_all, out)?;
                }
                if !first {
                    changed.retain(|c| side.iter().any(|s| s.path == c.path && s.new == c.new));
                }
                first = false;
                if changed.is_empty() {
                    break;
                }
            }
            for c in &changed {
                if c.new.is_some()
                    && let Some(blob) = pending.remove(&c.path)
                {
                    let when = commit.time();
                    let (time, offset_minutes) = (when.seconds(), when.offset_minutes());
                    last.insert(
                        c.path.clone(),
                        LastChange {
                            time,
                            offset_minutes,
                            blob,
                        },
                    );
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn commit(repo: &git2::Repository, root: &Path, files: &[(&str, &str)], time: i64) {
        for (path, text) in files {
            let p = root.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let mut index = repo.index().unwrap();
        index
            .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
            .unwrap();
        index.write().unwrap();
        let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
        let sig = git2::Signature::new("A", "a@x", &git2::Time::new(time, 0)).unwrap();
        let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
        let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
        repo.commit(Some("HEAD"), &sig, &sig, "c", &tree, &parents)
            .unwrap();
    }

    #[test]
    fn each_file_gets_the_time_of_the_newest_commit_that_touched_it() {
        let dir = tempfile::tempdir().unwrap();
        let git = git2::Repository::init(dir.path()).unwrap();
        let root = dir.path();
        commit(
            &git,
            root,
            &[("d/a.md", "1"), ("d/b.md", "1"), ("x/c.md", "1")],
            1000,
        );
        commit(&git, root, &[("d/a.md", "2"), ("x/c.md", "2")], 2000);
        commit(&git, root, &[("d/sub/e.md", "1")], 3000);
        let repo = Repo::discover(root).unwrap().unwrap();
        let last = repo.last_changes(&["d".to_string()]).unwrap();
        let time = |p: &str| last.get(p).map(|l| l.time);
        assert_eq!(time("d/a.md"), Some(2000));
        assert_eq!(time("d/b.md"), Some(1000));
        assert_eq!(time("d/sub/e.md"), Some(3000));
        assert_eq!(time("x/c.md"), None, "outside the folders");
        assert_eq!(last["d/a.md"].blob, blob_id(b"2").unwrap());
    }

    #[test]
    fn no_commits_no_times() {
        let dir = tempfile::tempdir().unwrap();
        git2::Repository::init(dir.path()).unwrap();
        let repo = Repo::discover(dir.path()).unwrap().unwrap();
        assert!(repo.last_changes(&["d".to_string()]).unwrap().is_empty());
    }
}
