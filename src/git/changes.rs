//! Which files under a few folders differ between two commits, read from
//! the trees alone: the folders' subtree ids are compared first, so a commit
//! that did not touch a record folder costs one small tree read, and a
//! changed folder is merged entry by entry, descending only into subfolders
//! whose ids differ.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::path::Path;

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

/// Reads folder trees for one history walk, remembering the last few trees
/// and each root tree's folder ids, so consecutive commits share the work.
pub struct TreeDiffer<'r> {
    repo: &'r git2::Repository,
    folders: Vec<String>,
    roots: HashMap<ObjectId, Vec<Option<ObjectId>>>,
    recent: Vec<(ObjectId, git2::Tree<'r>)>,
    next_slot: usize,
}

/// How many recently read folder trees are kept.
const RECENT: usize = 16;

impl Repo {
    /// A differ for the given folders (relative paths such as `decisions`).
    pub fn tree_differ(&self, folders: &[String]) -> TreeDiffer<'_> {
        TreeDiffer {
            repo: &self.repo,
            folders: folders.to_vec(),
            roots: HashMap::new(),
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

impl<'r> TreeDiffer<'r> {
    /// The subtree id of each folder in a root tree (`None` when absent),
    /// in the order the folders were given.
    pub fn folder_ids(&mut self, root: ObjectId) -> Result<Vec<Option<ObjectId>>> {
        if let Some(ids) = self.roots.get(&root) {
            return Ok(ids.clone());
        }
        let tree = self
            .repo
            .find_tree(root.git())
            .map_err(|e| git_error(&format!("reading tree {root}"), e))?;
        let ids: Vec<Option<ObjectId>> = self
            .folders
            .iter()
            .map(|f| match tree.get_path(Path::new(f)) {
                Ok(e) if e.kind() == Some(git2::ObjectType::Tree) => Some(ObjectId::from_git(e.id())),
                _ => None,
            })
            .collect();
        if self.roots.len() > 4096 {
            self.roots.clear();
        }
        self.roots.insert(root, ids.clone());
        Ok(ids)
    }

    /// The blob at `path` (below `folder_tree`, which holds folder `folder`).
    pub fn blob_in(&mut self, folder_tree: ObjectId, rel: &str) -> Result<Option<ObjectId>> {
        let tree = self.tree(folder_tree)?;
        Ok(match tree.get_path(Path::new(rel)) {
            Ok(e) if e.kind() == Some(git2::ObjectType::Blob) => Some(ObjectId::from_git(e.id())),
            _ => None,
        })
    }

    fn tree(&mut self, id: ObjectId) -> Result<git2::Tree<'r>> {
        if let Some((_, t)) = self.recent.iter().find(|(i, _)| *i == id) {
            return Ok(t.clone());
        }
        let tree = self
            .repo
            .find_tree(id.git())
            .map_err(|e| git_error(&format!("reading tree {id}"), e))?;
        if self.recent.len() < RECENT {
            self.recent.push((id, tree.clone()));
        } else {
            self.recent[self.next_slot] = (id, tree.clone());
            self.next_slot = (self.next_slot + 1) % RECENT;
        }
        Ok(tree)
    }

    /// Appends to `out` the blobs that differ between two versions of the
    /// folder `prefix`; `keep(dir, name, is_folder)` decides which files and
    /// subfolders count (`dir` is the path of their folder). Subfolders are entered only when
    /// their ids differ.
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
        let old_tree = old.map(|o| self.tree(o)).transpose()?;
        let new_tree = new.map(|n| self.tree(n)).transpose()?;
        let empty_old = old_tree.as_ref().map_or(0, git2::Tree::len);
        let empty_new = new_tree.as_ref().map_or(0, git2::Tree::len);
        let (mut i, mut j) = (0, 0);
        let mut subdirs: Vec<(String, Option<ObjectId>, Option<ObjectId>)> = Vec::new();
        while i < empty_old || j < empty_new {
            let a = old_tree.as_ref().filter(|_| i < empty_old).and_then(|t| t.get(i));
            let b = new_tree.as_ref().filter(|_| j < empty_new).and_then(|t| t.get(j));
            let order = match (&a, &b) {
                (Some(a), Some(b)) => git_order(a, b),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => break,
            };
            let (left, right) = match order {
                Ordering::Less => {
                    i += 1;
                    (a, None)
                }
                Ordering::Greater => {
                    j += 1;
                    (None, b)
                }
                Ordering::Equal => {
                    i += 1;
                    j += 1;
                    if a.as_ref().map(|e| e.id()) == b.as_ref().map(|e| e.id()) {
                        continue;
                    }
                    (a, b)
                }
            };
            let entry = left.as_ref().or(right.as_ref()).expect("one side");
            let name = String::from_utf8_lossy(entry.name_bytes()).into_owned();
            let is_tree = |e: &Option<git2::TreeEntry<'_>>| {
                e.as_ref()
                    .filter(|e| e.kind() == Some(git2::ObjectType::Tree))
                    .map(|e| ObjectId::from_git(e.id()))
            };
            let is_blob = |e: &Option<git2::TreeEntry<'_>>| {
                e.as_ref()
                    .filter(|e| e.kind() == Some(git2::ObjectType::Blob))
                    .map(|e| ObjectId::from_git(e.id()))
            };
            let (old_sub, new_sub) = (is_tree(&left), is_tree(&right));
            if old_sub.is_some() || new_sub.is_some() {
                subdirs.push((name.clone(), old_sub, new_sub));
            }
            let (old_blob, new_blob) = (is_blob(&left), is_blob(&right));
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

/// Git's order of tree entries: by name, a folder compared as if its name
/// ended in `/`.
fn git_order(a: &git2::TreeEntry<'_>, b: &git2::TreeEntry<'_>) -> Ordering {
    let an = a.name_bytes();
    let bn = b.name_bytes();
    let common = an.len().min(bn.len());
    match an[..common].cmp(&bn[..common]) {
        Ordering::Equal => {}
        other => return other,
    }
    let tail = |name: &[u8], e: &git2::TreeEntry<'_>| -> u8 {
        match name.get(common) {
            Some(&c) => c,
            None if e.kind() == Some(git2::ObjectType::Tree) => b'/',
            None => 0,
        }
    };
    tail(an, a).cmp(&tail(bn, b))
}
