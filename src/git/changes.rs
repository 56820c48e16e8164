//! Which files under a few folders differ between two commits, read from
//! the raw trees: the folders' subtree ids are compared first, so a commit
//! that did not touch a record folder costs one small root tree read; a
//! changed folder is compared as bytes, skipping the common start and end
//! (a commit usually changes one entry of thousands), and only the entries
//! in between are parsed. Subfolders are entered only when their ids differ.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

use super::pack::Packs;
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
    roots: HashMap<ObjectId, Vec<Option<ObjectId>>>,
    recent: Vec<(ObjectId, Rc<Vec<u8>>)>,
    next_slot: usize,
}

/// How many recently read folder trees are kept.
const RECENT: usize = 16;

/// One entry of a raw tree.
#[derive(Clone, Copy)]
struct Entry<'a> {
    name: &'a [u8],
    is_tree: bool,
    is_blob: bool,
    id: ObjectId,
}

/// The entry at `pos` of a raw tree (`<mode> <name>\0<20-byte id>`) and
/// the position after it; `None` at the end or on damage.
fn entry_at(raw: &[u8], pos: usize) -> Option<(Entry<'_>, usize)> {
    let rest = raw.get(pos..)?;
    let space = memchr::memchr(b' ', rest)?;
    let nul = space + 1 + memchr::memchr(0, &rest[space + 1..])?;
    let id: [u8; 20] = rest.get(nul + 1..nul + 21)?.try_into().ok()?;
    let mode = &rest[..space];
    let entry = Entry {
        name: &rest[space + 1..nul],
        is_tree: mode == b"40000",
        is_blob: mode.starts_with(b"100") || mode == b"120000",
        id: ObjectId(id),
    };
    Some((entry, pos + nul + 21))
}

/// The start of the entry of raw tree `raw` that holds byte `at` (or the
/// end, when `at` is past the last entry). Found backwards from `at`: an
/// entry starts with a mode and a space, 21 bytes after the NUL that ends
/// the name before it; a candidate counts only when the entry before it is
/// found the same way and ends exactly there. Otherwise the entries are
/// counted from the start.
fn entry_start_before(raw: &[u8], at: usize) -> usize {
    let at = at.min(raw.len());
    let candidate = |limit: usize| -> Option<usize> {
        let mut k = limit;
        loop {
            if k == 0 {
                return Some(0);
            }
            if k >= 21 && raw[k - 21] == 0 && is_mode_at(raw, k) {
                return Some(k);
            }
            k -= 1;
            if limit - k > 4096 {
                return None;
            }
        }
    };
    if let Some(k) = candidate(at) {
        let confirmed = k == 0
            || candidate(k - 21).is_some_and(|prev| entry_at(raw, prev).is_some_and(|(_, end)| end == k));
        if confirmed && entry_at(raw, k).is_none_or(|(_, end)| end > at) {
            return k;
        }
    }
    let mut start = 0;
    while let Some((_, next)) = entry_at(raw, start) {
        if next > at {
            break;
        }
        start = next;
    }
    start
}

/// True when a git tree mode and a space start at `k`.
fn is_mode_at(raw: &[u8], k: usize) -> bool {
    [&b"100644 "[..], b"40000 ", b"100755 ", b"120000 ", b"160000 "]
        .iter()
        .any(|m| raw[k..].starts_with(m))
}

/// How many bytes two slices share at the start, compared in blocks.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 16 * BLOCK <= n && a[i..i + 16 * BLOCK] == b[i..i + 16 * BLOCK] {
        i += 16 * BLOCK;
    }
    while i + BLOCK <= n && a[i..i + BLOCK] == b[i..i + BLOCK] {
        i += BLOCK;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// How many bytes two slices share at the end, compared in blocks.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let n = a.len().min(b.len());
    let (la, lb) = (a.len(), b.len());
    let mut i = 0;
    while i + 16 * BLOCK <= n && a[la - i - 16 * BLOCK..la - i] == b[lb - i - 16 * BLOCK..lb - i] {
        i += 16 * BLOCK;
    }
    while i + BLOCK <= n && a[la - i - BLOCK..la - i] == b[lb - i - BLOCK..lb - i] {
        i += BLOCK;
    }
    while i < n && a[la - i - 1] == b[lb - i - 1] {
        i += 1;
    }
    i
}

/// Git's order of tree entries: by name, a folder as if it ended in `/`.
fn git_order(a: &Entry<'_>, b: &Entry<'_>) -> Ordering {
    let common = a.name.len().min(b.name.len());
    match a.name[..common].cmp(&b.name[..common]) {
        Ordering::Equal => {}
        other => return other,
    }
    let tail = |e: &Entry<'_>| match e.name.get(common) {
        Some(&c) => c,
        None if e.is_tree => b'/',
        None => 0,
    };
    tail(a).cmp(&tail(b))
}

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

impl TreeDiffer<'_> {
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

    /// The blob at the relative path `rel` below the folder tree `folder_tree`.
    pub fn blob_in(&mut self, folder_tree: ObjectId, rel: &str) -> Result<Option<ObjectId>> {
        let mut tree = folder_tree;
        let mut parts = rel.split('/').peekable();
        while let Some(part) = parts.next() {
            let raw = self.raw(tree)?;
            let mut pos = 0;
            let mut found = None;
            while let Some((e, next)) = entry_at(&raw, pos) {
                if e.name == part.as_bytes() && (e.is_tree || parts.peek().is_none()) {
                    found = Some(e);
                    break;
                }
                pos = next;
            }
            match (found, parts.peek()) {
                (Some(e), None) if e.is_blob => return Ok(Some(e.id)),
                (Some(e), Some(_)) if e.is_tree => tree = e.id,
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    fn raw(&mut self, id: ObjectId) -> Result<Rc<Vec<u8>>> {
        if let Some((_, t)) = self.recent.iter().find(|(i, _)| *i == id) {
            return Ok(Rc::clone(t));
        }
        let packs = self.packs.get_or_insert_with(|| Packs::open(self.repo.path()));
        if let Some(raw) = packs.as_mut().and_then(|p| p.read(&id)) {
            self.remember(id, &raw);
            return Ok(raw);
        }
        if self.odb.is_none() {
            let odb = self.repo.odb().map_err(|e| git_error("opening the object database", e))?;
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
        let packs = self.packs.get_or_insert_with(|| Packs::open(self.repo.path()));
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
