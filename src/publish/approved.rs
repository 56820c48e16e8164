//! The approved version of each record, chosen from history (DEC-0047):
//! among the versions `HEAD`'s history holds, the newest whose status
//! counts as approved for its kind (`publish.approved` in `gov.yaml`), with
//! its text read from git, never from the work tree. A record never
//! approved, or deleted on `HEAD`, is absent; an uncommitted edit is never
//! seen. A record whose newest version on `HEAD` has its kind's superseded
//! status keeps its last approved text and is marked superseded.

use crate::git::{ObjectId, Repo};
use crate::record::{Record, Summary};
use crate::report::{Approved, Published, Traced};
use crate::trace::History;
use crate::{Error, Result};

/// Each record's approved version in `history`, from commit `head`
/// (its text read from `repo`).
pub fn choose(history: &History, repo: &Repo, head: ObjectId) -> Result<Approved> {
    let config = &history.config;
    let gov = &history.sources[0].history;
    let on_head = history.reachable_from(head);
    let mut records = Vec::new();
    for life in &history.timeline.lives {
        let Some(kind) = config.kinds.get(usize::from(life.kind)) else {
            continue;
        };
        let approved = config.publish.approved(&kind.name);
        if approved.is_empty() {
            continue;
        }
        // Each version `HEAD` reaches, with its place in the life.
        let versions: Vec<_> = life
            .versions
            .iter()
            .enumerate()
            .filter(|(_, v)| on_head.get(v.commit as usize).copied().unwrap_or(false))
            .collect();
        // Deleted on HEAD (or never there): not published.
        let Some((_, latest)) = versions.last().filter(|(_, v)| v.blob.is_some()) else {
            continue;
        };
        let status_of = |blob| history.facts(life, blob).and_then(|f| f.status.as_deref());
        let Some(&(chosen_at, chosen)) = versions.iter().rev().find(|(_, v)| {
            v.blob.is_some() && status_of(v.blob).is_some_and(|s| approved.iter().any(|a| a == s))
        }) else {
            continue;
        };
        let Some(blob) = chosen.blob else { continue };
        let bytes = repo.blob_bytes(blob)?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let kind = std::io::ErrorKind::InvalidData;
            Error::io(&chosen.path, std::io::Error::new(kind, e.utf8_error()))
        })?;
        let record = Record::parse(chosen.path.clone(), kind.name.clone(), text);
        let mut summary = Summary::of(&record, kind);
        // The ID history follows the record by, whatever the file says.
        summary.id = life.id.clone();
        let facts = history.facts(life, chosen.blob);
        // A version from before `gov import` has no front matter: its
        // fields are what the import reader read in it (DEC-0042).
        if let Some(f) = facts.filter(|f| f.read_as.is_some()) {
            let text = |s: &Option<std::sync::Arc<str>>| s.as_deref().map(str::to_string);
            summary.status = text(&f.status);
            summary.status_label = text(&f.status_label);
            summary.kind_type = text(&f.kind_type);
            summary.date = history
                .version_date(life, chosen_at)
                .map(|d| d.into_owned());
            if let Some(title) = text(&f.title) {
                summary.title = title;
            }
        }
        let latest_facts = history.facts(life, latest.blob);
        let superseded_by = latest_facts
            .filter(|f| f.status.is_some() && f.status.as_deref() == kind.superseded.as_deref())
            .map(|f| f.superseded_by.clone().unwrap_or_default());
        let positions: Vec<usize> = versions.iter().map(|(at, _)| *at).collect();
        let approval = super::approvers::approval(history, life, &positions, chosen_at, approved);
        let commits = history
            .commits_of(&life.id)
            .into_iter()
            .map(|r| Traced {
                repository: r.repository.to_string(),
                commit: r.commit.as_str().to_string(),
                summary: r.summary.to_string(),
                date: r.date.as_str().to_string(),
                tag: r.tag.map(str::to_string),
                url: r.url.map(|u| u.to_string()),
            })
            .collect();
        records.push(Published {
            summary,
            body: record.split.body.clone(),
            deciders: facts.map(|f| f.deciders.clone()).unwrap_or_default(),
            text: record.text,
            approval,
            superseded_by,
            commits,
        });
    }
    let order = |p: &Published| {
        config
            .kinds
            .iter()
            .position(|k| k.name == p.summary.kind)
            .unwrap_or(usize::MAX)
    };
    records.sort_by(|a, b| {
        (order(a), &a.summary.id, &a.summary.path).cmp(&(order(b), &b.summary.id, &b.summary.path))
    });
    let head_date = gov.index().get(&head).map(|&i| {
        let c = &gov.commits[i as usize];
        crate::trace::iso_time(c.time, c.info.as_deref().map_or(0, |i| i.offset))
    });
    Ok(Approved {
        head: Some(head.to_hex()),
        head_date,
        records,
    })
}
