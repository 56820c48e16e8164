//! Configuration of traceability and approval: the code repositories whose
//! commits implement records, how a commit refers to a record, which tags
//! are releases, and who may approve what.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::Labels;
use crate::cycle::TitleText;

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

impl Member {
    /// Whether `name` is this member: the name or the e-mail address, in
    /// any case (`SOFIE SØNDERGAARD`) and either Unicode form.
    pub fn is(&self, name: &str) -> bool {
        let fold = |s: &str| crate::unicode::nfc(s.trim()).to_lowercase();
        let name = fold(name);
        fold(&self.name) == name || self.email.as_deref().is_some_and(|e| fold(e) == name)
    }
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
    /// How many members must be present for the body to decide: a meeting
    /// that took decisions with fewer is warned about (GOV081). None: the
    /// quorum of the decision kind's approval rule, when it names the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<u32>,
    /// The standard opening items of the agenda `gov meeting new` writes
    /// (none: the approval of the agenda, in the repository's language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<Vec<TitleText>>,
    /// The standard closing items (none: any other business).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Vec<TitleText>>,
    /// How many change requests awaiting evaluation, from the top of the
    /// ranked backlog, go on its agenda (none: `status.backlog_top`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backlog_top: Option<usize>,
}

impl Body {
    /// Whether `name` (a name or an e-mail address) is one of the
    /// members; the member's place in the list when it is.
    pub fn member(&self, name: &str) -> Option<usize> {
        self.members.iter().position(|m| m.is(name))
    }

    /// The distinct members among `names`, by their place in the list:
    /// a member named twice (by name and by e-mail) counts once.
    pub fn distinct_members<'a>(&self, names: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
        let mut found: Vec<usize> = names.into_iter().filter_map(|n| self.member(n)).collect();
        found.sort_unstable();
        found.dedup();
        found
    }
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
