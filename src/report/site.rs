//! The public site's model (`gov publish`): each record's approved
//! version with its approval and traceability, what to show, not how.
//! Filled by `publish` from history; shown by `render::html` and
//! `render::jekyll`.

use serde::Serialize;

use crate::record::Summary;

/// A commit that refers to a published record, as the site shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Traced {
    /// `governance` or the code repository's name.
    pub repository: String,
    /// The commit's full id.
    pub commit: String,
    /// The first line of its message.
    pub summary: String,
    /// Author time, ISO 8601.
    pub date: String,
    /// The first release tag containing it.
    pub tag: Option<String>,
    /// The commit on its forge, when the repository has a forge address.
    pub url: Option<String>,
}

/// The approval of a published version (issue 15): the commit that moved
/// the record into the approved status it is published with, when, and
/// who approved. The public must be able to tell who decided, not only who
/// typed the change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Approval {
    /// The approving commit's full id: the first of the run of approved
    /// versions that ends with the published one.
    pub commit: String,
    /// Its author time, ISO 8601 with the author's offset.
    pub date: String,
    /// Who made that commit.
    pub author: String,
    /// Who approved, as [`Approval::approvers_from`] says they are known.
    pub approvers: Vec<String>,
    /// Where the approvers come from.
    pub approvers_from: ApproversFrom,
    /// The ids of the bodies that decide, per the kind's approval rule
    /// (empty without one).
    pub bodies: Vec<String>,
    /// `approved_by` at the approving version, as written.
    pub approved_by: Vec<String>,
    /// The approving commit on the forge, when `forge_url` is set.
    pub url: Option<String>,
    /// The published version's commit when it is a later one (the text
    /// edited while approved), with its forge link.
    pub version: Option<(String, Option<String>)>,
}

/// How the approvers of a published version are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApproversFrom {
    /// The approving version's `approved_by` (a member's e-mail address
    /// given as the member's name).
    ApprovedBy,
    /// The members of the deciding bodies, per the kind's approval rule.
    Body,
    /// Nothing names them: the approving commit's author, shown as such.
    CommitAuthor,
}

/// One record as the public site shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Published {
    /// ID, title, status, type and date of the approved version.
    pub summary: Summary,
    /// The whole file at the approved version.
    pub text: String,
    /// Where the Markdown body is in `text`.
    #[serde(skip)]
    pub body: std::ops::Range<usize>,
    /// The bodies that decided (`deciders`).
    pub deciders: Vec<String>,
    /// The approving commit.
    pub approval: Approval,
    /// `Some` when the record is superseded on `HEAD`: the successor's ID
    /// (`superseded_by`), empty when it names none.
    pub superseded_by: Option<String>,
    /// Commits referring to the record, oldest first.
    pub commits: Vec<Traced>,
}

impl Published {
    /// The Markdown body of the approved version.
    pub fn body(&self) -> &str {
        &self.text[self.body.clone()]
    }
}

/// The site's pictures (issue 15): the roadmap and the annual cycle, made
/// from the approved versions only, for the day of the published commit
/// (never the day of the build: the same commit gives the same bytes).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Pictures {
    /// The published commit's day, marked on both pictures.
    #[serde(skip)]
    pub day: Option<jiff::civil::Date>,
    /// The roadmap of the approved plans and change requests, when a
    /// published kind is on the roadmap.
    pub roadmap: Option<super::Roadmap>,
    /// The annual cycle of the commit's year with the meetings whose
    /// minutes are approved, when gov.yaml declares a cycle.
    pub calendar: Option<super::Calendar>,
}

/// Everything the site is made of.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Approved {
    /// The commit published from (`None` before the first commit).
    pub head: Option<String>,
    /// Its author time, ISO 8601.
    pub head_date: Option<String>,
    /// The published records, by kind (as declared) and then ID.
    pub records: Vec<Published>,
}
