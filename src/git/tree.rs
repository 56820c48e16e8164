//! Reading trees at a revision, merge bases and renames: what validation
//! needs from history besides the record versions themselves.

use std::path::Path;

use super::{BlobId, Repo, git_error};
use crate::Result;

/// A file in the tree of a revision.
#[derive(Debug, Clone)]
pub struct TreeFile {
    /// Path relative to the repository root, `/`-separated.
    pub path: String,
    /// The blob's identity.
    pub blob: BlobId,
}

impl Repo {
    /// The files below `folder` in the tree of `rev` (a branch, tag or
    /// commit, as `git rev-parse` reads it). A missing folder gives none.
    pub fn files_at(&self, rev: &str, folder: &str) -> Result<Vec<TreeFile>> {
        let commit = self.commit_of(rev)?;
        let tree = commit.tree().map_err(|e| git_error("reading a tree", e))?;
        let sub = match tree.get_path(Path::new(folder)) {
            Ok(entry) if entry.kind() == Some(git2::ObjectType::Tree) => self
                .repo
                .find_tree(entry.id())
                .map_err(|e| git_error("reading a tree", e))?,
            _ => return Ok(Vec::new()),
        };
        let mut files = Vec::new();
        sub.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
            if entry.kind() == Some(git2::ObjectType::Blob)
                && let Ok(name) = entry.name()
            {
                files.push(TreeFile {
                    path: format!("{folder}/{dir}{name}"),
                    blob: BlobId(entry.id()),
                });
            }
            git2::TreeWalkResult::Ok
        })
        .map_err(|e| git_error("walking a tree", e))?;
        Ok(files)
    }

    /// True when `rev` names a commit.
    pub fn resolves(&self, rev: &str) -> bool {
        self.commit_of(rev).is_ok()
    }

    /// The merge base of `HEAD` and `rev`, as a commit id usable as a rev.
    pub fn merge_base_with_head(&self, rev: &str) -> Result<Option<String>> {
        let Ok(head) = self.commit_of("HEAD") else {
            return Ok(None);
        };
        let other = self.commit_of(rev)?;
        match self.repo.merge_base(head.id(), other.id()) {
            Ok(oid) => Ok(Some(oid.to_string())),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(git_error("finding the merge base", e)),
        }
    }

    fn commit_of(&self, rev: &str) -> Result<git2::Commit<'_>> {
        self.repo
            .revparse_single(rev)
            .and_then(|o| o.peel_to_commit())
            .map_err(|e| git_error(&format!("reading `{rev}`"), e))
    }

    /// Where a file that is gone was renamed to, following up to ten
    /// renames, by git's similarity detection on the commits of `HEAD`'s
    /// history that removed it. `None` when it was deleted, not renamed.
    pub fn renamed_to(&self, path: &str) -> Result<Option<String>> {
        let mut current = path.to_string();
        let mut found = None;
        for _ in 0..10 {
            match self.rename_of(&current)? {
                Some(next) => {
                    found = Some(next.clone());
                    current = next;
                }
                None => break,
            }
        }
        Ok(found)
    }

    fn rename_of(&self, path: &str) -> Result<Option<String>> {
        let Ok(head) = self.commit_of("HEAD") else {
            return Ok(None);
        };
        let mut walk = self
            .repo
            .revwalk()
            .map_err(|e| git_error("walking history", e))?;
        walk.push(head.id())
            .map_err(|e| git_error("walking history", e))?;
        for oid in walk {
            let oid = oid.map_err(|e| git_error("walking history", e))?;
            let commit = self
                .repo
                .find_commit(oid)
                .map_err(|e| git_error("reading a commit", e))?;
            let Ok(parent) = commit.parent(0) else {
                continue;
            };
            let (Ok(tree), Ok(parent_tree)) = (commit.tree(), parent.tree()) else {
                continue;
            };
            let had = parent_tree.get_path(Path::new(path)).is_ok();
            if !had || tree.get_path(Path::new(path)).is_ok() {
                continue;
            }
            let mut diff = self
                .repo
                .diff_tree_to_tree(Some(&parent_tree), Some(&tree), None)
                .map_err(|e| git_error("comparing trees", e))?;
            let mut opts = git2::DiffFindOptions::new();
            opts.renames(true);
            diff.find_similar(Some(&mut opts))
                .map_err(|e| git_error("finding renames", e))?;
            for delta in diff.deltas() {
                let old = delta
                    .old_file()
                    .path()
                    .map(|p| p.to_string_lossy().replace('\\', "/"));
                if delta.status() == git2::Delta::Renamed && old.as_deref() == Some(path) {
                    return Ok(delta
                        .new_file()
                        .path()
                        .map(|p| p.to_string_lossy().replace('\\', "/")));
                }
            }
            return Ok(None);
        }
        Ok(None)
    }
}
