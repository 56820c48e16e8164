//! Reading commits: the tips a history is built from and a walk that reads
//! each commit once and stops at commits the caller already knows, so a
//! cache keyed by commit ids only ever asks git for what is new.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::commit;
use super::decode;
use super::object;
use super::pack::Packs;
use super::{Repo, git_error};
use crate::Result;

/// A git object id (commit, tree or blob) as plain bytes, so the rest of the
/// crate can key maps and caches by it without touching `git2`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ObjectId(pub [u8; 20]);

impl ObjectId {
    pub(super) fn from_git(oid: git2::Oid) -> ObjectId {
        let mut bytes = [0u8; 20];
        let raw = oid.as_bytes();
        let n = raw.len().min(20);
        bytes[..n].copy_from_slice(&raw[..n]);
        ObjectId(bytes)
    }

    pub(super) fn git(self) -> git2::Oid {
        git2::Oid::from_bytes(&self.0).unwrap_or(git2::Oid::ZERO_SHA1)
    }

    /// The full hexadecimal id, as git prints it.
    pub fn to_hex(self) -> String {
        // Hex digits are ASCII: one copy, no per-character pushes.
        String::from_utf8(self.hex_bytes().to_vec()).unwrap_or_default()
    }

    /// The full hexadecimal id as ASCII bytes, without allocating.
    pub fn hex_bytes(self) -> [u8; 40] {
        let mut s = [0u8; 40];
        for (i, b) in self.0.iter().enumerate() {
            s[2 * i] = HEX[usize::from(b >> 4)];
            s[2 * i + 1] = HEX[usize::from(b & 15)];
        }
        s
    }

    /// Git's id of a file with these bytes, to tell whether a working copy
    /// is a committed version without asking git about each file.
    pub fn of_blob(bytes: &[u8]) -> Option<ObjectId> {
        git2::Oid::hash_object(git2::ObjectType::Blob, bytes)
            .ok()
            .map(ObjectId::from_git)
    }

    /// The first seven hexadecimal digits, for tables.
    pub fn short(self) -> String {
        let mut s = self.to_hex();
        s.truncate(7);
        s
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// A hasher for maps keyed by object ids (and small integers): an id is
/// SHA-1 output already, so SipHash's work buys nothing. Each 8-byte chunk
/// is mixed in with a multiply, so every byte counts.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 =
                (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
}

/// A hash map keyed by object ids.
pub type IdMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;

/// A hash set of object ids.
pub type IdSet<K> = HashSet<K, std::hash::BuildHasherDefault<IdHasher>>;

impl std::fmt::Debug for ObjectId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl std::fmt::Display for ObjectId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// One commit as the walk hands it over, borrowed from git's buffers so a
/// caller keeps only what it needs (most commits need nothing but their
/// parents).
pub struct CommitView<'a> {
    /// The commit's id.
    pub id: ObjectId,
    /// Its parents, first parent first.
    pub parents: &'a [ObjectId],
    /// Its root tree.
    pub tree: ObjectId,
    /// The author's name, decoded by the commit's `encoding` header
    /// ([`super::decode`]): borrowed when it is UTF-8.
    pub author_name: Cow<'a, str>,
    /// The author's e-mail address, likewise.
    pub author_email: Cow<'a, str>,
    /// Author time, seconds since the epoch.
    pub time: i64,
    /// Author time zone, minutes east of UTC.
    pub offset_minutes: i32,
    /// The raw message (trailers included).
    pub message: &'a [u8],
    /// The raw headers.
    header: &'a [u8],
}

impl CommitView<'_> {
    /// The message's first non-blank line, trimmed, decoded as the author
    /// names are.
    pub fn summary(&self) -> Cow<'_, str> {
        let line = self
            .message
            .split(|&b| b == b'\n')
            .find(|l| !l.trim_ascii().is_empty())
            .unwrap_or_default();
        decode::text(line.trim_ascii(), decode::encoding(self.header))
    }

    /// True when the commit carries a signature (`gpgsig`). The signature
    /// is not verified: that needs the signers' keys, which gov does not hold.
    pub fn is_signed(&self) -> bool {
        let header = self.header;
        header.starts_with(b"gpgsig")
            || header.windows(8).any(|w| w == b"\ngpgsig ")
            || header.windows(8).any(|w| w == b"\ngpgsig-")
    }
}

/// Turns libgit2's object cache off until dropped, whichever way a walk
/// ends.
struct Uncached;

impl Uncached {
    fn start() -> Uncached {
        git2::opts::enable_caching(false);
        Uncached
    }
}

impl Drop for Uncached {
    fn drop(&mut self) {
        git2::opts::enable_caching(true);
    }
}

impl Repo {
    /// Opens the repository at `path` exactly (no search upwards), for the
    /// code repositories named in `gov.yaml`.
    pub fn open(path: &Path) -> Result<Repo> {
        git2::Repository::open(path)
            .map(|repo| Repo { repo })
            .map_err(|e| git_error(&format!("opening {}", path.display()), e))
    }

    /// Visits every commit reachable from `tips` that `known` does not hold,
    /// each exactly once and read once, never going below a known commit:
    /// a cache that holds a commit holds all its ancestors. History ends
    /// quietly only at a shallow clone's boundary (the parents of the
    /// commits `shallow` lists), which the answer says; any other commit
    /// that cannot be read is an error naming it and the commit whose
    /// parent it is.
    pub fn walk_new(
        &self,
        tips: &[ObjectId],
        known: impl Fn(&ObjectId) -> bool,
        mut visit: impl FnMut(&CommitView<'_>),
    ) -> Result<()> {
        // Commits are read straight from the packs and parsed here: going
        // through libgit2 costs an allocation, a hash check and a cache
        // entry per commit. Loose objects and anything this reader does not
        // know go to libgit2. Each commit is read once: keeping it in
        // libgit2's object cache would only cost time and memory.
        let mut stack: Vec<(ObjectId, Option<ObjectId>)> = tips
            .iter()
            .filter(|t| !known(t))
            .map(|&t| (t, None))
            .collect();
        if stack.is_empty() {
            return Ok(());
        }
        let shallow = object::shallow_commits(&self.repo)?;
        let _uncached = Uncached::start();
        let mut packs = Packs::open(self.repo.commondir());
        let mut odb = None;
        let mut seen: IdSet<ObjectId> = stack.iter().map(|s| s.0).collect();
        let mut parents = Vec::with_capacity(4);
        while let Some((id, child)) = stack.pop() {
            let at = |e: crate::Error| e.in_version(None, child.map(|c| c.to_hex()));
            let (raw, damage) = match packs.as_mut().map(|p| p.read_once(&id)) {
                Some(Ok(raw)) => (raw, None),
                Some(Err(d)) if d.implausible => return Err(at(object::damaged(id, d))),
                Some(Err(d)) => (None, Some(d)),
                None => (None, None),
            };
            if let Some(c) = raw.as_deref().and_then(|r| commit::parse(r)) {
                parents.clear();
                parents.extend_from_slice(&c.parents);
                visit(&CommitView {
                    id,
                    parents: &parents,
                    tree: c.tree,
                    author_name: decode::text(c.author_name, decode::encoding(c.header)),
                    author_email: decode::text(c.author_email, decode::encoding(c.header)),
                    time: c.time,
                    offset_minutes: c.offset_minutes,
                    message: c.message,
                    header: c.header,
                });
            } else {
                if odb.is_none() {
                    odb = Some(
                        self.repo
                            .odb()
                            .map_err(|e| git_error("opening the object database", e))?,
                    );
                }
                let o = odb.as_ref().expect("opened above");
                let (kind, p) = (object::Kind::Commit, packs.as_ref());
                object::check_size(&self.repo, o, id, kind, damage.as_ref(), p).map_err(at)?;
                let commit = self.repo.find_commit(id.git()).map_err(|e| {
                    at(object::unreadable(
                        &self.repo,
                        id,
                        kind,
                        &e,
                        damage.as_ref(),
                        p,
                    ))
                })?;
                parents.clear();
                parents.extend(commit.parent_ids().map(ObjectId::from_git));
                let author = commit.author();
                let when = author.when();
                let label = decode::encoding(commit.raw_header_bytes());
                visit(&CommitView {
                    id,
                    parents: &parents,
                    tree: ObjectId::from_git(commit.tree_id()),
                    author_name: decode::text(author.name_bytes(), label),
                    author_email: decode::text(author.email_bytes(), label),
                    time: when.seconds(),
                    offset_minutes: when.offset_minutes(),
                    message: commit.message_raw_bytes(),
                    header: commit.raw_header_bytes(),
                });
            }
            if shallow.contains(&id) {
                // The clone holds this commit without its parents: history
                // ends here ([`Repo::is_shallow`] tells the caller).
                continue;
            }
            for p in &parents {
                if !known(p) && seen.insert(*p) {
                    stack.push((*p, Some(id)));
                }
            }
        }
        Ok(())
    }
}
