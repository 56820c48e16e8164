//! Traceability: every record linked to its own history, to the commits
//! that implement it in the governance and code repositories, and to the
//! release that shipped them.
//!
//! All git access goes through [`crate::git`]; this module works on the
//! facts read there. The layers, from the bottom:
//! - [`refs`]: record IDs in commit messages (trailers and mentions);
//! - [`scan`], [`cache`], [`sources`]: reading each repository once, keeping
//!   what was read in `.git/gov/trace/`, in parallel across repositories;
//! - [`graph`], [`tags`]: reachability, topological order, release order
//!   and the first release of every commit, in memory;
//! - [`timeline`]: each record's versions and events, followed by ID;
//! - [`history`], [`log`], [`release`], [`approval`]: the models the
//!   commands print and the approval findings validation reports.

pub mod approval;
pub mod cache;
pub mod cache_body;
pub mod cache_changes;
pub mod cache_file;
pub mod cache_timeline;
pub mod changes;
pub mod codec;
pub mod front;
pub mod front_scan;
pub mod graph;
pub mod history;
pub mod log;
pub mod model;
pub mod refs;
pub mod release;
pub mod scan;
pub mod sources;
pub mod tags;
pub mod text;
pub mod timeline;
pub mod workflow;

pub use approval::{ApprovalFinding, ApprovalProblem, approval_findings};
pub use cache::{CacheNotice, CacheProblem};
pub use history::History;
pub use log::LogFilter;
pub use model::{CommitRef, LogEntry, RecordTrace, Release, ReleasedRecord, Version};
pub use sources::Warning;
