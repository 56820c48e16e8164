//! Which files under a few folders differ between two commits, read from
//! the raw trees: the folders' subtree ids are compared first, so a commit
//! that did not touch a record folder costs one small root tree read; a
//! changed folder is compared as bytes, skipping the common start and end
//! (a commit usually changes one entry of thousands), and only the entries
//! in between are parsed. Subfolders are entered only when their ids differ.

use std::cmp::Ordering;
use std::rc::Rc;

use super::pack::Packs;
use super::raw_tree::{
    Entry, common_prefix, common_suffix, entry_at, entry_start_before, git_order,
};
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
    recent: Vec<(ObjectId, Rc<Vec<u8>>)>,
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
        let blob = self
            .repo
            .find_blob(id.git())
            .map_err(|e| git_error(&format!("reading blob {id}"), e))?;
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

    fn raw(&mut self, id: ObjectId) -> Result<Rc<Vec<u8>>> {
        if let Some((_, t)) = self.recent.iter().find(|(i, _)| *i == id) {
            return Ok(Rc::clone(t));
        }
        let packs = self
            .packs
            .get_or_insert_with(|| Packs::open(self.repo.path()));
        if let Some(raw) = packs.as_mut().and_then(|p| p.read(&id)) {
            self.remember(id, &raw);
            return Ok(raw);
        }
        if self.odb.is_none() {
            let odb = self
                .repo
                .odb()
                .map_err(|e| git_error("opening the object database", e))?;
            self.odb = Some(odb);
        }
        let odb = self.odb.as_ref().expect("opened above");
        let obj = odb
            .read(id.git())
            .map_err(|e| git_error(&format!("reading tree {id}"), e))?;
        let raw = Rc::new(obj.data().to_vec());
        drop(obj);
        self.remember(id, &raw);
        Ok(raw)
    }

    fn remember(&mut self, id: ObjectId, raw: &Rc<Vec<u8>>) {
        if self.recent.len() < RECENT {
            self.recent.push((id, Rc::clone(raw)));
        } else {
            self.recent[self.next_slot] = (id, Rc::clone(raw));
            self.next_slot = (self.next_slot + 1) % RECENT;
        }
    }

    /// The bytes of a blob, read through the same packs and cache as the
    /// trees (so the versions of a file cost one delta each).
    pub fn read_blob(&mut self, id: ObjectId) -> Result<Vec<u8>> {
        let packs = self
            .packs
            .get_or_insert_with(|| Packs::open(self.repo.path()));
        if let Some(raw) = packs.as_mut().and_then(|p| p.read(&id)) {
            return Ok(raw.to_vec());
        }
        let blob = self
            .repo
            .find_blob(id.git())
            .map_err(|e| git_error(&format!("reading blob {id}"), e))?;
        Ok(blob.content().to_vec())
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
        let empty: Rc<Vec<u8>> = Rc::new(Vec::new());
        let a = match old {
            Some(o) => self.raw(o)?,
            None => Rc::clone(&empty),
        };
        let b = match new {
            Some(n) => self.raw(n)?,
            None => empty,
        };
        let same_start = common_prefix(&a, &b);
        let same_end = common_suffix(&a, &b);
        // Entries before the first differing byte are the same in both.
        let start = entry_start_before(&a, same_start);
        let (mut i, mut j) = (start, start);
        let mut subdirs: Vec<(String, Option<ObjectId>, Option<ObjectId>)> = Vec::new();
        loop {
            let (rest_a, rest_b) = (a.len() - i, b.len() - j);
            if rest_a == rest_b && rest_a <= same_end {
                break; // the rest is byte for byte the same
            }
            let ea = entry_at(&a, i);
            let eb = entry_at(&b, j);
            let order = match (&ea, &eb) {
                (Some((x, _)), Some((y, _))) => git_order(x, y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => break,
            };
            let (left, right) = match order {
                Ordering::Less => {
                    i = ea.map_or(a.len(), |e| e.1);
                    (ea.map(|e| e.0), None)
                }
                Ordering::Greater => {
                    j = eb.map_or(b.len(), |e| e.1);
                    (None, eb.map(|e| e.0))
                }
                Ordering::Equal => {
                    i = ea.map_or(a.len(), |e| e.1);
                    j = eb.map_or(b.len(), |e| e.1);
                    let (x, y) = (ea.map(|e| e.0), eb.map(|e| e.0));
                    if x.map(|e| (e.id, e.is_tree)) == y.map(|e| (e.id, e.is_tree)) {
                        continue;
                    }
                    (x, y)
                }
            };
            let Some(entry) = left.or(right) else { break };
            let name = String::from_utf8_lossy(entry.name).into_owned();
            let sub = |e: Option<Entry<'_>>| e.filter(|e| e.is_tree).map(|e| e.id);
            let blob = |e: Option<Entry<'_>>| e.filter(|e| e.is_blob).map(|e| e.id);
            let (old_sub, new_sub) = (sub(left), sub(right));
            if old_sub.is_some() || new_sub.is_some() {
                subdirs.push((name.clone(), old_sub, new_sub));
            }
            let (old_blob, new_blob) = (blob(left), blob(right));
            if (old_blob.is_some() || new_blob.is_some()) && keep(prefix, &name, false) {
                out.push(FileChange {
                    path: format!("{prefix}/{name}"),
                    old: old_blob,
                    new: new_blob,
                });
            }
        }
        for (name, o, n) in subdirs {
            if keep(prefix, &name, true) {
                self.diff(&format!("{prefix}/{name}"), o, n, keep, out)?;
            }
        }
        Ok(())
    }
}
