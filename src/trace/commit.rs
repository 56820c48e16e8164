//! The facts gov keeps of one commit: its place in the graph, and for a
//! commit that matters its author, summary, the record IDs its message
//! names and the record files it changed. A leaf: the readers, the cache
//! and the models all hold these, none of them owns them.

use super::refs::FoundRef;
use super::text::Text;
use crate::git::{ObjectId, Parents};

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
    /// Author's name (a history has a few dozen authors: the cache
    /// reads each once and shares it).
    pub author: Text,
    /// Author's e-mail address.
    pub email: Text,
    /// Time zone, minutes east of UTC.
    pub offset: i32,
    /// First line of the message.
    pub summary: Text,
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
