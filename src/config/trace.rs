//! Configuration of traceability and approval: the code repositories whose
//! commits implement records, how a commit refers to a record, which tags
//! are releases, and who may approve what.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::Labels;

/// A code repository, a local clone beside the governance repository.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeRepository {
    /// A short name shown in traces and release notes (`borgerpc`).
    pub name: String,
    /// Path of the clone, relative to the governance repository's root.
    pub path: String,
    /// Web address, to link commits (`…/commit/<id>`).
    #[serde(default)]
    pub forge_url: Option<String>,
}

/// How history is read for `gov trace`, `gov log` and `gov release`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TraceSettings {
    /// Trailer keys that link a commit to a record (`Refs: CR-0012`),
    /// compared case-insensitively; the first listed is the weakest.
    pub trailers: Vec<String>,
    /// Whether an ID mentioned anywhere in a message links the commit.
    pub mentions: bool,
    /// Which tags are releases: `*` any run of characters, `?` one.
    pub tags: String,
    /// Whether pre-release tags (`v2.0.0-rc.1`) count as releases.
    pub prereleases: bool,
    /// Whether to keep what was read in `.git/gov/` for the next run.
    pub cache: bool,
}

impl Default for TraceSettings {
    fn default() -> Self {
        TraceSettings {
            trailers: ["Refs", "Implements", "Fixes", "Closes"]
                .map(String::from)
                .to_vec(),
            mentions: true,
            tags: "v*".into(),
            prereleases: false,
            cache: true,
        }
    }
}

/// A member of a deciding body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The name as people write it in `approved_by` and as git records it.
    pub name: String,
    /// The e-mail address git records for the member's commits.
    #[serde(default)]
    pub email: Option<String>,
}

/// A body that decides (styregruppe, koordinationsgruppe).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// The body's name in both languages.
    #[serde(default)]
    pub label: Labels,
    /// Other names records use for it in `deciders` (`Styregruppen`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Its members.
    #[serde(default)]
    pub members: Vec<Member>,
}

/// Who may approve records of one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalRule {
    /// The bodies that may approve; a record's `deciders` picks among them,
    /// else the first decides.
    pub bodies: Vec<String>,
    /// How many distinct members must be named in `approved_by`.
    #[serde(default = "one")]
    pub quorum: u32,
    /// The statuses that mean approved (default: `accepted` and `approved`).
    #[serde(default = "approving")]
    pub statuses: Vec<String>,
    /// Whether the commit that approves must be signed.
    #[serde(default)]
    pub signed: bool,
}

fn one() -> u32 {
    1
}

fn approving() -> Vec<String> {
    vec!["accepted".into(), "approved".into()]
}

/// The bodies, by id.
pub type Bodies = BTreeMap<String, Body>;

/// The approval rules, by kind name.
pub type ApprovalRules = BTreeMap<String, ApprovalRule>;
