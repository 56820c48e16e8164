//! Who approved a published version, and in which commit (issue 15,
//! DEC-0057). The approving commit is the one that moved the record into
//! the approved status it is published with: the first of the run of
//! approved versions that ends with the published one (a typo fixed while
//! approved is not the approval). The approvers are, in this order: the
//! approving version's `approved_by` (a member named by e-mail shown by
//! name); else the members of the bodies that decide per the kind's
//! approval rule; else, and said so, the approving commit's author.

use crate::config::Member;
use crate::report::{Approval, ApproversFrom};
use crate::trace::{History, Life, deciding_bodies};

/// The approval of version `chosen` of `life`, among `on_head` (the
/// positions of the versions `HEAD` reaches, oldest first) whose status
/// `approved` holds.
pub(super) fn approval(
    history: &History,
    life: &Life,
    on_head: &[usize],
    chosen: usize,
    approved: &[String],
) -> Approval {
    let config = &history.config;
    let is_approved = |at: usize| {
        let v = &life.versions[at];
        v.blob.is_some()
            && history
                .facts(life, v.blob)
                .and_then(|f| f.status.as_deref())
                .is_some_and(|s| approved.iter().any(|a| a == s))
    };
    let mut first = chosen;
    let mut place = on_head.iter().position(|&i| i == chosen).unwrap_or(0);
    while place > 0 && is_approved(on_head[place - 1]) {
        place -= 1;
        first = on_head[place];
    }
    let gov = &history.sources[0].history;
    let forge = config.forge_url.as_deref().map(|u| u.trim_end_matches('/'));
    let link = |commit: &str| forge.map(|f| format!("{f}/commit/{commit}"));
    let commit_at = |at: usize| &gov.commits[life.versions[at].commit as usize];
    let c = commit_at(first);
    let info = c.info.as_deref();
    let commit = c.id.to_hex();
    let author = info.map_or(String::new(), |i| i.author.to_string());
    let facts = history.facts(life, life.versions[first].blob);
    let approved_by = facts.map(|f| f.approved_by.clone()).unwrap_or_default();
    let deciders = facts.map(|f| f.deciders.as_slice()).unwrap_or_default();
    let bodies = config
        .approval
        .get(history.kind_name(life))
        .map(|rule| deciding_bodies(config, rule, deciders))
        .unwrap_or_default();
    let members: Vec<&Member> = bodies
        .iter()
        .filter_map(|b| config.bodies.get(b.as_str()))
        .flat_map(|b| &b.members)
        .collect();
    let (approvers, approvers_from) = if !approved_by.is_empty() {
        (named(&approved_by, &members), ApproversFrom::ApprovedBy)
    } else if !members.is_empty() {
        let mut names: Vec<String> = Vec::new();
        for m in &members {
            if !names.contains(&m.name) {
                names.push(m.name.clone());
            }
        }
        (names, ApproversFrom::Body)
    } else {
        (vec![author.clone()], ApproversFrom::CommitAuthor)
    };
    let version = (first != chosen).then(|| {
        let v = commit_at(chosen).id.to_hex();
        let url = link(&v);
        (v, url)
    });
    Approval {
        url: link(&commit),
        date: crate::trace::iso_time(c.time, info.map_or(0, |i| i.offset)),
        author,
        approvers,
        approvers_from,
        bodies,
        approved_by,
        commit,
        version,
    }
}

/// The names in `approved_by`, a member named by name or e-mail address
/// (any case) given by the member's name, each person once.
fn named(approved_by: &[String], members: &[&Member]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in approved_by {
        let a = a.trim();
        let name = members
            .iter()
            .find(|m| {
                m.name.trim().eq_ignore_ascii_case(a)
                    || m.email
                        .as_deref()
                        .is_some_and(|e| e.eq_ignore_ascii_case(a))
            })
            .map_or(a, |m| m.name.as_str());
        if !name.is_empty() && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
    }
    out
}
