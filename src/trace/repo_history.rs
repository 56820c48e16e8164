//! One repository's history as gov holds it between runs: the commits,
//! the facts of record blobs, the tips and tags it was read from. Below
//! the reader ([`super::scan`]) and the cache, which both fill it.

use super::blob_facts::BlobFacts;
use super::cache_changes;
use super::commit::CommitFacts;
use super::graph::Graph;
use super::refs::RefPatterns;
use crate::config::Config;
use crate::git::{IdMap, ObjectId, TagRef};

/// The history of one repository as far as gov needs it.
#[derive(Debug, Default, Clone)]
pub struct RepoHistory {
    /// Every commit reachable from `tips`, in no particular order.
    pub commits: Vec<CommitFacts>,
    /// Commit id → position in `commits`, built the first time it is
    /// asked for: a warm run that reads no commit never needs it (141,000
    /// entries at 10,000 records).
    pub(super) index: std::sync::OnceLock<IdMap<ObjectId, u32>>,
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
    /// The kinds' folders as paths from the work tree's root, in kind
    /// order (a kind's several folders in its order, DEC-0058).
    pub fn folders(&self) -> Vec<String> {
        self.folder_kinds()
            .map(|(f, _)| format!("{}{f}", self.prefix))
            .collect()
    }

    /// The position of the kind of each of [`ScanContext::folders`].
    pub fn kind_per_folder(&self) -> Vec<usize> {
        self.folder_kinds().map(|(_, k)| k).collect()
    }

    fn folder_kinds(&self) -> impl Iterator<Item = (&str, usize)> {
        self.config
            .kinds
            .iter()
            .enumerate()
            .flat_map(|(k, kind)| kind.folder.iter().map(move |f| (f, k)))
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
        let fits = cache_changes::decode(&d.0, &mut self.commits).is_ok();
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
