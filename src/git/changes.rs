//! Which files under a few folders differ between two commits, read from
//! the raw trees: the folders' subtree ids are compared first, so a commit
//! that did not touch a record folder costs one small root tree read. A
//! changed folder is compared as bytes, skipping the common start and end
//! (a commit usually changes one entry of thousands); versions built from
//! deltas are ropes ([`super::rope`]) that share their base's bytes, so
//! that skip reads only what differs, and only the entries in between
//! are parsed ([`super::tree_window`]). Subfolders are entered only when
//! their ids differ.

use std::rc::Rc;

use super::object::{self, Kind};
use super::pack::Packs;
use super::raw_tree::entry_at;
use super::rope::{self, Rope};
use super::tree_window::{Span, differing};
use super::{ObjectId, Repo, git_error};
use crate::Result;

/// A file that differs between a commit and its parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileChange {
    /// Path from the repository root, `/`-separated.
    pub path: String,
    /// The blob before; `None` when the file was added.
    pub old: Option<ObjectId>,
    /// The blob after; `None` when the file was deleted.
    pub new: Option<ObjectId>,
}

/// Reads folder trees for one history walk, remembering the last few raw
/// trees and each root tree's folder ids, so consecutive commits share work.
pub struct TreeDiffer<'r> {
    repo: &'r git2::Repository,
    odb: Option<git2::Odb<'r>>,
    packs: Option<Option<Packs>>,
    folders: Vec<String>,
    roots: super::IdMap<ObjectId, Vec<Option<ObjectId>>>,
    recent: Vec<(ObjectId, Rc<Rope>)>,
    next_slot: usize,
}

/// How many recently read folder trees are kept.
const RECENT: usize = 16;

impl Repo {
    /// A differ for the given folders (relative paths such as `decisions`).
    /// Objects are not re-hashed on reading (as `git log` does not), which
    /// halves the cost of reading large trees.
    pub fn tree_differ(&self, folders: &[String]) -> TreeDiffer<'_> {
        git2::opts::strict_hash_verification(false);
        TreeDiffer {
            repo: &self.repo,
            odb: None,
            packs: None,
            folders: folders.to_vec(),
            roots: super::IdMap::default(),
            recent: Vec::with_capacity(RECENT),
            next_slot: 0,
        }
    }

    /// The bytes of a blob.
    pub fn read_blob(&self, id: ObjectId) -> Result<Vec<u8>> {
        let odb = self
            .repo
            .odb()
            .map_err(|e| git_error("opening the object database", e))?;
        object::check_size(&self.repo, &odb, id, Kind::Blob, None, None)?;
        let blob = self
            .repo
            .find_blob(id.git())
            .map_err(|e| object::unreadable(&self.repo, id, Kind::Blob, &e, None, None))?;
        Ok(blob.content().to_vec())
    }
}

impl TreeDiffer<'_> {
    /// The subtree id of each folder in a root tree (`None` when absent),
    /// in the order the folders were given.
    pub fn folder_ids(&mut self, root: ObjectId) -> Result<Vec<Option<ObjectId>>> {
        if let Some(ids) = self.roots.get(&root) {
            return Ok(ids.clone());
        }
        let folders = self.folders.clone();
        let mut ids = Vec::with_capacity(folders.len());
        for f in &folders {
            ids.push(self.entry_in(root, f, true)?);
        }
        if self.roots.len() > 4096 {
            self.roots.clear();
        }
        self.roots.insert(root, ids.clone());
        Ok(ids)
    }

    /// The id of the tree (`want_tree`) or blob at the relative path `rel`
    /// below the tree `tree`.
    fn entry_in(
        &mut self,
        mut tree: ObjectId,
        rel: &str,
        want_tree: bool,
    ) -> Result<Option<ObjectId>> {
        let mut parts = rel.split('/').filter(|p| !p.is_empty()).peekable();
        while let Some(part) = parts.next() {
            let last = parts.peek().is_none();
            let raw = self.raw(tree)?;
            let mut pos = 0;
            let mut found = None;
            while let Some((e, next)) = entry_at(&raw, pos) {
                let kind_ok = if last && !want_tree {
                    e.is_blob
                } else {
                    e.is_tree
                };
                if e.name == part.as_bytes() && kind_ok {
                    found = Some(e.id);
                    break;
                }
                pos = next;
            }
            match found {
                Some(id) if last => return Ok(Some(id)),
                Some(id) => tree = id,
                None => return Ok(None),
            }
        }
        Ok(None)
    }

    /// The blob at the relative path `rel` below the folder tree `folder_tree`.
    pub fn blob_in(&mut self, folder_tree: ObjectId, rel: &str) -> Result<Option<ObjectId>> {
        self.entry_in(folder_tree, rel, false)
    }

    /// A tree's bytes in one buffer (root trees are small; folder trees
    /// are flattened only to look up one path, for merges).
    fn raw(&mut self, id: ObjectId) -> Result<Rc<Vec<u8>>> {
        Ok(self.rope(id)?.to_flat())
    }

    fn rope(&mut self, id: ObjectId) -> Result<Rc<Rope>> {
        if let Some((_, t)) = self.recent.iter().find(|(i, _)| *i == id) {
            return Ok(Rc::clone(t));
        }
        let rope = self.object(id, Kind::Tree)?;
        self.remember(id, &rope);
        Ok(rope)
    }

    /// An object read through the own packs, else libgit2 (see
    /// [`object::read`]).
    fn object(&mut self, id: ObjectId, kind: Kind) -> Result<Rc<Rope>> {
        if self.odb.is_none() {
            let odb = self
                .repo
                .odb()
                .map_err(|e| git_error("opening the object database", e))?;
            self.odb = Some(odb);
        }
        let repo = self.repo;
        let packs = self
            .packs
            .get_or_insert_with(|| Packs::open(repo.commondir()));
        let odb = self.odb.as_ref().expect("opened above");
        object::read(repo, odb, packs.as_mut(), id, kind)
    }

    fn remember(&mut self, id: ObjectId, rope: &Rc<Rope>) {
        if self.recent.len() < RECENT {
            self.recent.push((id, Rc::clone(rope)));
        } else {
            self.recent[self.next_slot] = (id, Rc::clone(rope));
            self.next_slot = (self.next_slot + 1) % RECENT;
        }
    }

    /// The bytes of a blob, read through the same packs and cache as the
    /// trees (so the versions of a file cost one delta each). A blob that
    /// cannot be read is an error naming it, never an empty file.
    pub fn read_blob(&mut self, id: ObjectId) -> Result<Vec<u8>> {
        Ok(self.object(id, Kind::Blob)?.to_flat().to_vec())
    }

    /// Appends to `out` the blobs that differ between two versions of the
    /// folder `prefix`; `keep(dir, name, is_folder)` decides which files and
    /// subfolders count (`dir` is the path of their folder).
    pub fn diff(
        &mut self,
        prefix: &str,
        old: Option<ObjectId>,
        new: Option<ObjectId>,
        keep: &dyn Fn(&str, &str, bool) -> bool,
        out: &mut Vec<FileChange>,
    ) -> Result<()> {
        if old == new {
            return Ok(());
        }
        let a = self.version(old)?;
        let b = self.version(new)?;
        let same_start = rope::common_prefix(&a, &b);
        let same_end = rope::common_suffix(&a, &b);
        let mut entries = Vec::new();
        let (wa, wb) = (
            Span::around(&a, same_start, same_end),
            Span::around(&b, same_start, same_end),
        );
        if differing(&wa, &wb, same_start, same_end, &mut entries).is_err() {
            entries.clear();
            let (wa, wb) = (Span::whole(&a), Span::whole(&b));
            // Whole trees are never short.
            let _ = differing(&wa, &wb, same_start, same_end, &mut entries);
        }
        let mut subdirs: Vec<(String, Option<ObjectId>, Option<ObjectId>)> = Vec::new();
        for (name, left, right) in entries {
            let sub = |e: Option<(ObjectId, bool, bool)>| e.filter(|e| e.1).map(|e| e.0);
            let blob = |e: Option<(ObjectId, bool, bool)>| e.filter(|e| e.2).map(|e| e.0);
            let (old_sub, new_sub) = (sub(left), sub(right));
            let (old_blob, new_blob) = (blob(left), blob(right));
            if (old_blob.is_some() || new_blob.is_some()) && keep(prefix, &name, false) {
                out.push(FileChange {
                    path: format!("{prefix}/{name}"),
                    old: old_blob,
                    new: new_blob,
                });
            }
            if old_sub.is_some() || new_sub.is_some() {
                subdirs.push((name, old_sub, new_sub));
            }
        }
        for (name, o, n) in subdirs {
            if keep(prefix, &name, true) {
                self.diff(&format!("{prefix}/{name}"), o, n, keep, out)?;
            }
        }
        Ok(())
    }

    /// A version of a tree as a rope; the empty tree for `None`.
    fn version(&mut self, id: Option<ObjectId>) -> Result<Rc<Rope>> {
        match id {
            Some(id) => self.rope(id),
            None => Ok(Rc::new(Rope::flat(Rc::new(Vec::new())))),
        }
    }
}

#[cfg(test)]
#[path = "changes_tests.rs"]
mod tests;
