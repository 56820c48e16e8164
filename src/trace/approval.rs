//! Approval authority checked against history: who moved a record to an
//! approving status (also on the way, when one commit made several status
//! changes), whether enough members of the deciding body are named
//! in `approved_by`, and whether the approving commit is signed.
//!
//! For `gov validate --history`: call [`approval_findings`] (or
//! [`History::approval_findings`] when a [`History`] is at hand) and turn
//! each [`ApprovalFinding`] into a diagnostic. The findings are plain
//! values; nothing here prints or fails. A kind without an `approval` rule
//! in `gov.yaml` is never checked.

use serde::Serialize;

use super::history::History;
use super::model::iso_text;
use super::text::{Text, commit_id};
use super::timeline::EventKind;
use crate::Result;
use crate::config::{ApprovalRule, Body, Config, Kind};
use crate::i18n::{Msg, t};
use crate::record::Repository;

/// What is wrong with an approval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalProblem {
    /// The commit's author is not a member of any deciding body.
    NotAMember,
    /// Fewer distinct members are named in `approved_by` than the quorum.
    QuorumNotMet,
    /// The rule asks for signed approvals and the commit is not signed.
    Unsigned,
}

/// One approval that breaks the rules, with where and who.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApprovalFinding {
    /// What is wrong.
    pub problem: ApprovalProblem,
    /// The record's ID.
    pub id: String,
    /// The record's path at the approving version.
    pub path: String,
    /// The approving commit's full id.
    pub commit: Text,
    /// Its author's name.
    pub author: Text,
    /// Its author's e-mail address.
    pub email: Text,
    /// Its author time, ISO 8601.
    pub date: Text,
    /// The status the record moved to.
    pub status: String,
    /// The ids of the bodies that decide.
    pub bodies: Vec<String>,
    /// The distinct members named in `approved_by`.
    pub approvals: usize,
    /// The quorum asked for.
    pub quorum: u32,
    /// A sentence for people, in the configured language.
    pub message: String,
}

/// Reads the governance history of `repository` and checks every approval
/// in it. Code repositories are not read.
pub fn approval_findings(repository: &Repository) -> Result<Vec<ApprovalFinding>> {
    Ok(History::read(repository, false)?.approval_findings())
}

impl History {
    /// Every approval that breaks the kind's rule, oldest first per record.
    pub fn approval_findings(&self) -> Vec<ApprovalFinding> {
        let gov = &self.sources[0].history;
        let lang = self.config.lang;
        let mut out = Vec::new();
        for life in &self.timeline.lives {
            let Some(rule) = self.config.approval.get(self.kind_name(life)) else {
                continue;
            };
            let kind = self.config.kind(self.kind_name(life));
            for e in &life.events {
                let approved = match e.kind {
                    EventKind::Approved => e.to.clone(),
                    EventKind::Created | EventKind::Restored => {
                        e.to.clone().filter(|s| rule.statuses.contains(s))
                    }
                    // Several steps in one commit: an approval among them
                    // is an approval by this commit.
                    EventKind::StatusChanged | EventKind::Superseded => kind
                        .zip(e.from.as_deref().zip(e.to.as_deref()))
                        .and_then(|(kind, (from, to))| implied_approval(kind, rule, from, to)),
                    _ => None,
                };
                let Some(approved) = approved else {
                    continue;
                };
                let c = &gov.commits[e.commit as usize];
                let Some(info) = c.info.as_deref() else {
                    continue;
                };
                let version = life
                    .versions
                    .iter()
                    .find(|v| v.commit == e.commit && v.blob.is_some());
                let facts = version.and_then(|v| self.facts(life, v.blob));
                let deciders = facts.map(|f| f.deciders.as_slice()).unwrap_or_default();
                let bodies = deciding_bodies(&self.config, rule, deciders);
                let members: Vec<&crate::config::Member> = bodies
                    .iter()
                    .filter_map(|b| self.config.bodies.get(b.as_str()))
                    .flat_map(|b: &Body| &b.members)
                    .collect();
                let is_member = members.iter().any(|m| {
                    m.name.trim().eq_ignore_ascii_case(info.author.trim())
                        || m.email
                            .as_deref()
                            .is_some_and(|x| x.eq_ignore_ascii_case(&info.email))
                });
                let mut named: Vec<usize> = facts
                    .map(|f| f.approved_by.as_slice())
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|a| {
                        members.iter().position(|m| {
                            m.name.trim().eq_ignore_ascii_case(a.trim())
                                || m.email
                                    .as_deref()
                                    .is_some_and(|x| x.eq_ignore_ascii_case(a.trim()))
                        })
                    })
                    .map(|i| {
                        // The same person may sit in two bodies: count them once.
                        members
                            .iter()
                            .position(|m| m.name == members[i].name)
                            .unwrap_or(i)
                    })
                    .collect();
                named.sort_unstable();
                named.dedup();
                let mut problems = Vec::new();
                if !is_member {
                    problems.push(ApprovalProblem::NotAMember);
                }
                if (named.len() as u64) < u64::from(rule.quorum) {
                    problems.push(ApprovalProblem::QuorumNotMet);
                }
                if rule.signed && !info.signed {
                    problems.push(ApprovalProblem::Unsigned);
                }
                for problem in problems {
                    let text = match problem {
                        ApprovalProblem::NotAMember => format!(
                            "{} {} ({})",
                            info.author,
                            t(lang, Msg::ApprovalNotMember),
                            bodies.join(", ")
                        ),
                        ApprovalProblem::QuorumNotMet => format!(
                            "{}: {} / {}",
                            t(lang, Msg::ApprovalQuorum),
                            named.len(),
                            rule.quorum
                        ),
                        ApprovalProblem::Unsigned => t(lang, Msg::ApprovalUnsigned).to_string(),
                    };
                    out.push(ApprovalFinding {
                        problem,
                        id: life.id.clone(),
                        path: e.path.clone(),
                        commit: commit_id(c.id),
                        author: info.author.clone(),
                        email: info.email.clone(),
                        date: iso_text(c.time, info.offset),
                        status: approved.clone(),
                        bodies: bodies.clone(),
                        approvals: named.len(),
                        quorum: rule.quorum,
                        message: format!("{}: {text}", life.id),
                    });
                }
            }
        }
        out
    }
}

/// The approving status a change from `from` to `to` passes through on
/// the way the workflow allows, when it skips steps
/// (`proposed → superseded` passes `accepted`).
fn implied_approval(kind: &Kind, rule: &ApprovalRule, from: &str, to: &str) -> Option<String> {
    if kind.allows(from, to).is_ok() {
        return None;
    }
    let path = super::workflow::path(kind, from, to)?;
    path.get(1..path.len().saturating_sub(1))?
        .iter()
        .find(|s| rule.statuses.contains(s))
        .cloned()
}

/// The bodies that decide a record: those its `deciders` name (by id,
/// label or alias; `Styregruppen-Koordinationsgruppen` names two) among the
/// rule's bodies, else the rule's first body.
pub fn deciding_bodies(config: &Config, rule: &ApprovalRule, deciders: &[String]) -> Vec<String> {
    let names_body = |word: &str, id: &str| {
        let w = word.trim().to_lowercase();
        !w.is_empty()
            && (w == id.to_lowercase()
                || config.bodies.get(id).is_some_and(|b| {
                    w == b.label.da.to_lowercase()
                        || w == b.label.en.to_lowercase()
                        || b.aliases.iter().any(|a| a.to_lowercase() == w)
                }))
    };
    let mut out: Vec<String> = Vec::new();
    for d in deciders {
        for id in &rule.bodies {
            let hit =
                names_body(d, id) || d.split(['-', ',', '/']).any(|part| names_body(part, id));
            if hit && !out.contains(id) {
                out.push(id.clone());
            }
        }
    }
    if out.is_empty() {
        out.extend(rule.bodies.first().cloned());
    }
    out
}
