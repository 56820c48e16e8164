//! `gov meeting approve`: a meeting's minutes approved in one write, with
//! the members who approved them when the kind's approval rule asks for a
//! quorum (DEC-0055).
//!
//! The names given are checked against the members of the body that
//! approves, the one `gov validate --history` holds the approval to: the
//! rule's body the meeting's `deciders` name, else its `body`, else the
//! rule's first. When that is not the rule's first body and the meeting
//! names no `deciders`, its body is written there too, so history reads
//! the same body. The status, the approvers and the day are written
//! through `gov set`'s writer: the workflow is checked, validation too,
//! and every other byte of the file stays.

use std::path::Path;

use jiff::civil::Date;

use crate::config::{Config, Member};
use crate::error::MeetingRefusal;
use crate::lock::WriteLock;
use crate::record::{Edit, Record, Repository, Summary, scalar_text, string_list};
use crate::set::{SetOutcome, SetRequest, preview, set};
use crate::trace::deciding_bodies;
use crate::{Error, Result, date};

const MEETING: &str = "meeting";
const APPROVED: &str = "minutes_approved";

/// What `gov meeting approve` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct ApproveRequest {
    /// The meeting's ID or path.
    pub target: String,
    /// The members who approve (`--by`), by name or e-mail address.
    pub by: Vec<String>,
}

/// Approves the minutes of a meeting of the repository at `root` (read
/// afresh under `lock`); without a lock nothing is written and the result
/// is what would be (`--dry-run`).
pub fn approve(
    lock: Option<&WriteLock>,
    root: &Path,
    config: &Config,
    request: &ApproveRequest,
    today: Date,
) -> Result<SetOutcome> {
    let repo = Repository::load(root.to_path_buf(), config.clone());
    let record = repo.find(&request.target)?;
    let kind = config.require_kind(&record.kind)?;
    let summary = Summary::of(record, kind);
    if kind.name != MEETING {
        return Err(Error::Meeting(MeetingRefusal::NotAMeeting {
            id: summary.id,
        }));
    }
    if summary.status.as_deref() == Some(APPROVED) {
        return Err(Error::Meeting(MeetingRefusal::AlreadyApproved {
            id: summary.id,
        }));
    }
    if let Some(from) = summary.status.as_deref()
        && let Err(allowed) = kind.allows(from, APPROVED)
    {
        let lang = config.lang;
        return Err(Error::Meeting(MeetingRefusal::Workflow {
            id: summary.id,
            from: kind.status_label(from).get(lang).to_string(),
            allowed: allowed
                .iter()
                .map(|s| kind.status_label(s).get(lang).to_string())
                .collect(),
        }));
    }
    let status = kind
        .status(APPROVED)
        .map_or(APPROVED, |s| s.labels.get(config.lang));
    let mut edits = vec![set_text("status", status)];
    let (approvers, deciders) = approvers(config, record, &summary.id, &request.by)?;
    if !approvers.is_empty() {
        edits.push(Edit::Set {
            key: "approved_by".into(),
            value: approvers.into(),
        });
    }
    if let Some(body) = deciders {
        edits.push(set_text("deciders", &body));
    }
    edits.push(set_text("minutes_approved", &date::iso(today)));
    let request = SetRequest {
        target: record.path.clone(),
        edits: edits
            .into_iter()
            .map(|e| (String::from("gov meeting approve"), e))
            .collect(),
        force: false,
    };
    match lock {
        Some(lock) => set(lock, root, config, &request),
        None => preview(root, config, &request),
    }
}

fn set_text(key: &str, value: &str) -> Edit {
    Edit::Set {
        key: key.into(),
        value: value.into(),
    }
}

/// The approvers to write (members by their configured name; names as
/// given when no rule asks for a quorum) and the body to write as
/// `deciders`, if any; refused when the rule's quorum is not met.
fn approvers(
    config: &Config,
    record: &Record,
    id: &str,
    by: &[String],
) -> Result<(Vec<String>, Option<String>)> {
    let mut given: Vec<String> = Vec::new();
    for name in by.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        if !given
            .iter()
            .any(|g| g.to_lowercase() == name.to_lowercase())
        {
            given.push(name.to_string());
        }
    }
    let Some(rule) = config
        .approval
        .get(MEETING)
        .filter(|r| !r.bodies.is_empty())
    else {
        return Ok((given, None));
    };
    let deciders = record
        .field("deciders")
        .map(string_list)
        .unwrap_or_default();
    let body = record.field("body").and_then(scalar_text);
    let named = match (&deciders[..], &body) {
        ([], Some(body)) => vec![body.clone()],
        ([], None) if rule.quorum > 0 && rule.bodies.len() > 1 => {
            return Err(Error::Meeting(MeetingRefusal::NoBody { id: id.into() }));
        }
        _ => deciders.clone(),
    };
    let bodies = deciding_bodies(config, rule, &named);
    let members: Vec<&Member> = bodies
        .iter()
        .filter_map(|b| config.bodies.get(b))
        .flat_map(|b| &b.members)
        .collect();
    let label = bodies
        .iter()
        .map(|b| crate::report::body_label(b, config))
        .collect::<Vec<_>>()
        .join(", ");
    let mut out: Vec<String> = Vec::new();
    for name in &given {
        let Some(member) = members.iter().find(|m| m.is(name)) else {
            return Err(Error::Meeting(MeetingRefusal::NotAMember {
                name: name.clone(),
                body: label,
                members: members.iter().map(|m| m.name.clone()).collect(),
            }));
        };
        if !out.contains(&member.name) {
            out.push(member.name.clone());
        }
    }
    if (out.len() as u64) < u64::from(rule.quorum) {
        return Err(Error::Meeting(MeetingRefusal::QuorumNotMet {
            id: id.into(),
            body: label,
            named: out.len(),
            quorum: rule.quorum,
        }));
    }
    let first = rule.bodies.first();
    let write_body = (deciders.is_empty() && bodies.first() != first)
        .then(|| bodies.first().cloned())
        .flatten();
    Ok((out, write_body))
}
