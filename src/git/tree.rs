//! Reading trees at a revision, merge bases and renames: what validation
//! needs from history besides the record versions themselves.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::{BlobId, ObjectId, Repo, git_error};
use crate::{Error, Result};

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
            // No such folder at this revision (or a file by its name).
            Ok(_) => return Ok(Vec::new()),
            Err(e) if e.code() == git2::ErrorCode::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(git_error(&format!("reading `{folder}` at `{rev}`"), e)),
        };
        let mut files = Vec::new();
        sub.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
            if entry.kind() == Some(git2::ObjectType::Blob) {
                files.push(TreeFile {
                    path: format!(
                        "{folder}/{dir}{}",
                        String::from_utf8_lossy(entry.name_bytes())
                    ),
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

    /// The commit `HEAD` names; `None` before the first commit.
    pub(super) fn head_commit(&self) -> Result<Option<git2::Commit<'_>>> {
        match self.repo.head() {
            Ok(head) => head.peel_to_commit().map(Some).map_err(|e| Error::BadRef {
                name: "HEAD".into(),
                reason: e.message().to_string(),
            }),
            Err(e)
                if matches!(
                    e.code(),
                    git2::ErrorCode::UnbornBranch | git2::ErrorCode::NotFound
                ) =>
            {
                Ok(None)
            }
            Err(e) => Err(git_error("reading `HEAD`", e)),
        }
    }

    /// The commit `HEAD` names, as an id; `None` before the first commit.
    /// `gov publish` publishes what this commit's history approved.
    pub fn head_id(&self) -> Result<Option<ObjectId>> {
        Ok(self.head_commit()?.map(|c| ObjectId::from_git(c.id())))
    }

    /// The bytes of the blob `id`, as committed: `gov publish` reads the
    /// approved version of a record from here, never from the work tree.
    pub fn blob_bytes(&self, id: ObjectId) -> Result<Vec<u8>> {
        let blob = self
            .repo
            .find_blob(id.git())
            .map_err(|e| git_error(&format!("reading the blob {}", id.to_hex()), e))?;
        Ok(blob.content().to_vec())
    }

    /// The merge base of `HEAD` and `rev`, as a commit id usable as a rev.
    pub fn merge_base_with_head(&self, rev: &str) -> Result<Option<String>> {
        let Some(head) = self.head_commit()? else {
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

    /// Where files that are gone were renamed to, by git's similarity
    /// detection on the commits of `HEAD`'s history that removed them.
    /// One walk serves all paths, newest commit first, looking at most at
    /// `max_commits` commits (the hint is for renames people still
    /// remember; a whole history of 100,000 commits is not walked for it).
    /// Chains (A → B → C) are followed for up to three renames.
    pub fn renames(&self, paths: &[String], max_commits: usize) -> Result<HashMap<String, String>> {
        // Objects read here come from the repository's own object store;
        // like `git log`, do not re-hash each one (it was 39% of the cost).
        git2::opts::strict_hash_verification(false);
        let mut found: HashMap<String, String> = HashMap::new();
        let mut wanted: Vec<String> = paths.to_vec();
        for _ in 0..3 {
            if wanted.is_empty() {
                break;
            }
            let step = self.rename_step(&wanted, max_commits)?;
            let mut next = Vec::new();
            for (from, to) in step {
                // Point every earlier name of the chain at the newest one.
                for target in found.values_mut() {
                    if *target == from {
                        *target = to.clone();
                    }
                }
                found.entry(from).or_insert_with(|| to.clone());
                next.push(to);
            }
            wanted = next;
        }
        Ok(found)
    }

    fn rename_step(&self, paths: &[String], max_commits: usize) -> Result<Vec<(String, String)>> {
        let Some(head) = self.head_commit()? else {
            return Ok(Vec::new());
        };
        let mut walk = self
            .repo
            .revwalk()
            .map_err(|e| git_error("walking history", e))?;
        walk.push(head.id())
            .map_err(|e| git_error("walking history", e))?;
        // The paths still looked for, by folder.
        let mut open: HashMap<String, HashSet<String>> = HashMap::new();
        for p in paths {
            let (dir, name) = p.rsplit_once('/').unwrap_or(("", p.as_str()));
            open.entry(dir.to_string())
                .or_default()
                .insert(name.to_string());
        }
        // Which files went away is read with the own tree reader (a folder
        // whose id did not change costs nothing; a changed one is compared
        // around its common start and end); libgit2's rename detection runs
        // only on a commit that removed a file looked for.
        let dirs: Vec<String> = open.keys().cloned().collect();
        let mut differ = self.tree_differ(&dirs);
        let shallow = super::object::shallow_commits(&self.repo)?;
        let mut out = Vec::new();
        for oid in walk.take(max_commits) {
            if open.is_empty() {
                break;
            }
            let oid = oid.map_err(|e| git_error("walking history", e))?;
            let commit = self
                .repo
                .find_commit(oid)
                .map_err(|e| git_error("reading a commit", e))?;
            // A root commit renamed nothing; a shallow clone's boundary
            // commit has its parent missing by design.
            if commit.parent_count() == 0 || shallow.contains(&ObjectId::from_git(oid)) {
                continue;
            }
            let unreadable = |e: git2::Error| git_error(&format!("reading commit {oid}"), e);
            let parent = commit.parent(0).map_err(unreadable)?;
            let (root, parent_root) = (
                ObjectId::from_git(commit.tree_id()),
                ObjectId::from_git(parent.tree_id()),
            );
            let (now, before) = (differ.folder_ids(root)?, differ.folder_ids(parent_root)?);
            let mut removed: Vec<String> = Vec::new();
            for (i, dir) in dirs.iter().enumerate() {
                let Some(names) = open.get(dir) else {
                    continue;
                };
                // The root folder is the root tree itself.
                let (old, new) = if dir.is_empty() {
                    (Some(parent_root), Some(root))
                } else {
                    (before[i], now[i])
                };
                let mut changes = Vec::new();
                let keep = |_: &str, name: &str, folder: bool| !folder && names.contains(name);
                differ.diff(dir, old, new, &keep, &mut changes)?;
                removed.extend(
                    changes
                        .into_iter()
                        .filter(|c| c.new.is_none())
                        .map(|c| c.path.trim_start_matches('/').to_string()),
                );
            }
            if removed.is_empty() {
                continue;
            }
            let tree = commit.tree().map_err(unreadable)?;
            let parent_tree = parent.tree().map_err(unreadable)?;
            let mut diff = self
                .repo
                .diff_tree_to_tree(Some(&parent_tree), Some(&tree), None)
                .map_err(|e| git_error("comparing trees", e))?;
            let mut opts = git2::DiffFindOptions::new();
            opts.renames(true);
            diff.find_similar(Some(&mut opts))
                .map_err(|e| git_error("finding renames", e))?;
            for delta in diff.deltas().filter(|d| d.status() == git2::Delta::Renamed) {
                let path = |f: git2::DiffFile<'_>| {
                    f.path().map(|p| p.to_string_lossy().replace('\\', "/"))
                };
                if let (Some(old), Some(new)) = (path(delta.old_file()), path(delta.new_file()))
                    && removed.contains(&old)
                {
                    out.push((old, new));
                }
            }
            for path in &removed {
                let (dir, name) = path.rsplit_once('/').unwrap_or(("", path.as_str()));
                if let Some(names) = open.get_mut(dir) {
                    names.remove(name);
                }
            }
            open.retain(|_, names| !names.is_empty());
        }
        Ok(out)
    }
}
