//! A meeting that decided something without a quorum (GOV081): its
//! `decisions` name records, but fewer of its body's members are in
//! `present` than the body's quorum. The quorum is the body's own
//! (`bodies.<id>.quorum`), else that of the decision kind's approval rule
//! when the rule names the body; a body with neither is not checked, nor
//! is a cancelled meeting. Present members are counted once each (by
//! name or e-mail address, any case); for a body without members listed
//! in gov.yaml, each distinct name in `present` counts.

use super::Located;
use super::agenda::MEETING;
use super::finding::Finding;
use crate::config::{Config, StatusMatch};
use crate::record::{Record, scalar_text, string_list};

/// GOV081 for one record: a warning at `decisions`.
pub fn check(record: &Record, config: &Config) -> Vec<Located> {
    if record.kind != MEETING {
        return Vec::new();
    }
    let Some(root) = record.fields() else {
        return Vec::new();
    };
    let Some(entry) = root.entry("decisions") else {
        return Vec::new();
    };
    if string_list(&entry.value).is_empty() || cancelled(record, config) {
        return Vec::new();
    }
    let Some((id, body)) = record
        .field("body")
        .and_then(scalar_text)
        .and_then(|b| config.body(&b))
    else {
        return Vec::new();
    };
    let rule = config
        .approval
        .get("decision")
        .filter(|r| r.bodies.iter().any(|b| b == id));
    let Some(quorum) = body.quorum.or(rule.map(|r| r.quorum)) else {
        return Vec::new();
    };
    let present = record.field("present").map(string_list).unwrap_or_default();
    let count = if body.members.is_empty() {
        let mut names: Vec<String> = present
            .iter()
            .map(|p| p.trim().to_lowercase())
            .filter(|p| !p.is_empty())
            .collect();
        names.sort();
        names.dedup();
        names.len()
    } else {
        body.distinct_members(present.iter().map(String::as_str))
            .len()
    };
    if (count as u64) >= u64::from(quorum) {
        return Vec::new();
    }
    let at = &entry.key.span.start;
    let finding = Finding::NotQuorate {
        body: match body.label.get(config.lang) {
            "" => id.to_string(),
            label => label.to_string(),
        },
        present: count,
        quorum,
    };
    vec![Located::at(&record.path, at.line, at.column, finding)]
}

/// `status: cancelled` (in any of the kind's words for it) or
/// `cancelled: true`.
fn cancelled(record: &Record, config: &Config) -> bool {
    let by_status = record
        .field("status")
        .and_then(scalar_text)
        .zip(config.kind(MEETING))
        .is_some_and(|(word, kind)| match kind.match_status(&word) {
            StatusMatch::Exact(s) | StatusMatch::WithNote(s, _) => s.id == "cancelled",
            StatusMatch::Unknown => false,
        });
    by_status
        || record
            .field("cancelled")
            .is_some_and(|n| matches!(n.value, crate::yaml::Value::Bool(true)))
}
