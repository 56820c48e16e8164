//! Traceability: every record linked to its own history, to the commits
//! that implement it in the governance and code repositories, and to the
//! release that shipped them.
//!
//! All git access goes through [`crate::git`]; this module works on the
//! facts read there. The layers, from the bottom:
//! - `refs`: record IDs in commit messages (trailers and mentions);
//! - `blob_facts`, `commit`, `repo_history`: what is kept of record
//!   versions, of commits and of one repository's history (leaves);
//! - `scan`, `changes`, `cache`, `sources`: reading each repository once,
//!   keeping what was read in `.git/gov/trace/`, in parallel across
//!   repositories;
//! - `graph`, `tags`: reachability, topological order, release order
//!   and the first release of every commit, in memory;
//! - `timeline`, `identity`, `replay`, `pre_import`: each record's
//!   versions and events, followed by ID or path (DEC-0042), pre-import
//!   versions read with the import readers;
//! - `history`, `log`, `release`, `approval`: the models the
//!   commands print and the approval findings validation reports;
//!   `release_dates`: when each release was tagged, from the refs alone.
//!
//! The files are private: callers see only the names given below, so a
//! file can move or split without reaching past this module.

mod approval;
mod blob_facts;
mod cache;
mod cache_body;
mod cache_changes;
mod cache_file;
mod cache_timeline;
mod changes;
mod codec;
mod commit;
mod dated;
mod front;
mod front_scan;
mod graph;
mod history;
mod identity;
mod log;
mod model;
mod pre_import;
mod refs;
mod release;
mod release_dates;
mod relink;
mod replay;
mod repo_history;
mod scan;
mod sources;
mod tags;
mod text;
mod timeline;
mod workflow;

pub use approval::{ApprovalFinding, ApprovalProblem, approval_findings, deciding_bodies};
pub use cache::{CacheNotice, CacheProblem};
pub use history::History;
pub use log::LogFilter;
pub use model::{
    CommitRef, CommitUrl, LogEntry, NotUtf8, RecordTrace, Release, ReleasedIn, ReleasedRecord,
    Version, iso_time,
};
pub use release_dates::{ReleaseTag, planned_of, release_tags, tag_of};
pub use sources::Warning;
pub use tags::Version as TagVersion;
pub use text::Text;
pub use timeline::{Change, EventKind, Life, approving};
pub use workflow::path as workflow_path;

/// Entry points for the fuzz targets (`fuzz/`): the cache decoders, the
/// front-matter scanner and its reference, and what a decoded history is
/// held against. Not for other callers.
#[doc(hidden)]
pub mod fuzzing {
    pub use super::blob_facts::BlobFacts;
    pub use super::cache::Kept;
    pub use super::cache::fuzzing::*;
    pub use super::front_scan::quick_facts;
    pub use super::graph::UNRELEASED;
    pub use super::replay::build as timeline;
    pub use super::repo_history::RepoHistory;
    pub use super::tags::releases_of;
}
