//! Reading one repository's history into facts: per commit its parents,
//! author, summary and the record IDs its message names; in the governance
//! repository also which record files it changed and, per blob, the
//! record's facts. Only commits the cache does not hold are read.

use super::changes::read_changes;
use super::front::BlobFacts;
use super::graph::Graph;
use super::refs::{FoundRef, RefPatterns};
use crate::Result;
use crate::config::Config;
use crate::git::{CommitView, IdMap, IdSet, ObjectId, Parents, Repo, TagRef};

/// A record file changed by a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The kind's index in the configuration.
    pub kind: u8,
    /// The file's path.
    pub path: String,
    /// The blob before (none when added).
    pub old: Option<ObjectId>,
    /// The blob after (none when deleted).
    pub new: Option<ObjectId>,
}

/// What is kept of a commit that matters: one that names records or, in
/// the governance repository, changes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitInfo {
    /// Author's name (shared: a history has a few dozen authors).
    pub author: std::sync::Arc<str>,
    /// Author's e-mail address.
    pub email: std::sync::Arc<str>,
    /// Time zone, minutes east of UTC.
    pub offset: i32,
    /// First line of the message.
    pub summary: String,
    /// Whether the commit is signed.
    pub signed: bool,
    /// Record IDs the message names.
    pub refs: Vec<FoundRef>,
    /// Record files the commit changed (governance repository only).
    pub changes: Vec<Change>,
}

/// One commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitFacts {
    /// Its id.
    pub id: ObjectId,
    /// Its parents.
    pub parents: Parents,
    /// Its root tree.
    pub tree: ObjectId,
    /// Author time, seconds since the epoch.
    pub time: i64,
    /// The rest, for commits that matter.
    pub info: Option<Box<CommitInfo>>,
}

/// The history of one repository as far as gov needs it.
#[derive(Debug, Default, Clone)]
pub struct RepoHistory {
    /// Every commit reachable from `tips`, in no particular order.
    pub commits: Vec<CommitFacts>,
    /// Commit id → position in `commits`, built the first time it is
    /// asked for: a warm run that reads no commit never needs it (141,000
    /// entries at 10,000 records).
    index: std::sync::OnceLock<IdMap<ObjectId, u32>>,
    /// Facts of record blobs, by blob and kind (governance repository only).
    pub blobs: IdMap<(ObjectId, u8), BlobFacts>,
    /// The tips the history was read from.
    pub tips: Vec<ObjectId>,
    /// The tags; a tag whose ref still names the same object is taken
    /// from the cache, any other is read afresh.
    pub tags: Vec<TagRef>,
    /// The cache file's section of record changes, not decoded yet.
    deferred: Option<Deferred>,
}

/// A cache file's changes section, as read.
#[derive(Clone, Default)]
struct Deferred(Vec<u8>);

impl std::fmt::Debug for Deferred {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Deferred({} bytes of changes)", self.0.len())
    }
}

/// What a scan needs from the configuration.
pub struct ScanContext<'c> {
    /// The configuration.
    pub config: &'c Config,
    /// The reference patterns.
    pub patterns: &'c RefPatterns,
    /// Whether this is the governance repository (record files are diffed).
    pub governance: bool,
    /// Where the governance root is inside the work tree (`""`, or
    /// `"governance/"` when the records live in a folder of a larger
    /// repository): kind folders are looked up below it, and change paths
    /// are given relative to it, as `gov list` gives them.
    pub prefix: String,
}

impl ScanContext<'_> {
    /// The kinds' folders as paths from the work tree's root, in kind order.
    pub fn folders(&self) -> Vec<String> {
        self.config
            .kinds
            .iter()
            .map(|k| format!("{}{}", self.prefix, k.folder.trim_matches('/')))
            .collect()
    }
}

impl RepoHistory {
    /// Commit id → position in `commits`.
    pub fn index(&self) -> &IdMap<ObjectId, u32> {
        self.index.get_or_init(|| {
            self.commits
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id, i as u32))
                .collect()
        })
    }

    /// Forgets the index after `commits` changed; the next
    /// [`RepoHistory::index`] builds it again.
    pub fn reindex(&mut self) {
        self.index = std::sync::OnceLock::new();
    }

    /// Keeps a cache file's changes section undecoded until
    /// [`RepoHistory::load_changes`]: a warm run that replays no timeline
    /// and writes no file never needs which files 40,000 commits changed.
    pub fn defer_changes(&mut self, section: Vec<u8>) {
        self.deferred = Some(Deferred(section));
    }

    /// Decodes the deferred changes, if any, into the commits. Called
    /// before the commits are changed, or read for their changes. A
    /// section that does not fit the commits empties the history, which
    /// is then read afresh.
    pub fn load_changes(&mut self) {
        let Some(d) = self.deferred.take() else {
            return;
        };
        let fits = super::cache_changes::decode(&d.0, &mut self.commits).is_ok();
        if !fits {
            *self = RepoHistory::default();
        }
    }

    /// The commit graph.
    pub fn graph(&self) -> Graph {
        let ids: Vec<ObjectId> = self.commits.iter().map(|c| c.id).collect();
        Graph::new(&ids, self.index(), |i| &self.commits[i].parents[..])
    }

    /// Positions of the tips in `commits`.
    pub fn tip_positions(&self) -> Vec<u32> {
        let index = self.index();
        self.tips
            .iter()
            .filter_map(|t| index.get(t).copied())
            .collect()
    }
}

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
        let line = c
            .message
            .split(|&b| b == b'\n')
            .find(|l| !l.trim_ascii().is_empty());
        Box::new(CommitInfo {
            author: c.author_name.as_ref().into(),
            email: c.author_email.as_ref().into(),
            offset: c.offset_minutes,
            summary: String::from_utf8_lossy(line.unwrap_or_default().trim_ascii()).into_owned(),
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
