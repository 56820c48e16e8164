//! A rename spread over two commits (DEC-0056). The web editor renames in
//! one commit, which [`super::identity`] follows; but people also upload
//! the file under its new name and delete the old one in a later commit,
//! or delete first and upload again. Git's rename detection, asked about
//! the two commits together, would call that a rename when the content is
//! the same (or, for a decision, the title), so gov joins the two records
//! too, within reason:
//! - neither file carries an ID (a file with one is followed by its ID);
//! - the new file appeared after the old one's last change, and at most
//!   [`WINDOW`] commits from the old one's deletion, before or after it;
//! - its first version has the old one's last content, else its title;
//! - each record joins at most once (no chains), the closest match first.
//!
//! The joined record keeps the old one's versions, then the new one's,
//! the new file's first version a rename; the deletion of the old file is
//! no longer an event of its own.

use std::collections::HashMap;
use std::sync::Arc;

use super::blob_facts::BlobFacts;
use super::identity::carried_id;
use super::timeline::{Change, EventAt, EventKind, Life, Timeline, shown_status};
use crate::config::Config;
use crate::git::ObjectId;

/// How many commits, in replay order, may stand between the deletion of
/// the old file and the first commit of the new one.
pub const WINDOW: usize = 10;

/// Joins each record whose file was deleted to the record of a file that
/// is its rename made in another commit. `rank` gives each commit's place
/// in the replay order (by position in the history).
pub fn join<'h>(
    t: &mut Timeline,
    rank: &[usize],
    config: &Config,
    status_event: &impl Fn(u8, Option<&str>) -> EventKind,
    facts: &impl Fn(ObjectId, u8) -> &'h BlobFacts,
) {
    let place = |commit: u32| rank.get(commit as usize).copied().unwrap_or(usize::MAX);
    let prefix = |kind: u8| {
        config
            .kinds
            .get(usize::from(kind))
            .map(|k| k.prefix.as_str())
    };
    // Records born without an ID, by their first content and title.
    let mut by_blob: HashMap<(u8, ObjectId), Vec<usize>> = HashMap::new();
    let mut by_title: HashMap<(u8, Arc<str>), Vec<usize>> = HashMap::new();
    for (i, life) in t.lives.iter().enumerate() {
        let Some((first, blob)) = life.versions.first().and_then(|v| Some((v, v.blob?))) else {
            continue;
        };
        let f = facts(blob, life.kind);
        let Some(prefix) = prefix(life.kind) else {
            continue;
        };
        if first.change != Change::Created || carried_id(f, &first.path, prefix).is_some() {
            continue;
        }
        by_blob.entry((life.kind, blob)).or_default().push(i);
        if let Some(title) = f.title.clone().filter(|s| !s.is_empty()) {
            by_title.entry((life.kind, title)).or_default().push(i);
        }
    }
    let mut taken = vec![false; t.lives.len()];
    let mut pairs = Vec::new();
    for (a, old) in t.lives.iter().enumerate() {
        let Some(gone) = old
            .versions
            .last()
            .filter(|v| v.blob.is_none() && !old.alive)
        else {
            continue;
        };
        let Some((last, blob)) = old.latest().and_then(|v| Some((v, v.blob?))) else {
            continue;
        };
        let f = facts(blob, old.kind);
        let Some(prefix) = prefix(old.kind) else {
            continue;
        };
        if taken[a] || carried_id(f, &last.path, prefix).is_some() {
            continue;
        }
        let (after, at) = (place(last.commit), place(gone.commit));
        let fits = |b: &usize| {
            let first = t.lives[*b].versions[0].commit;
            *b != a && !taken[*b] && place(first) > after && place(first).abs_diff(at) <= WINDOW
        };
        let closest = |list: Option<&Vec<usize>>| {
            list.into_iter()
                .flatten()
                .filter(|b| fits(b))
                .min_by_key(|b| (place(t.lives[**b].versions[0].commit).abs_diff(at), **b))
                .copied()
        };
        let title = f.title.clone().filter(|s| !s.is_empty());
        let found = closest(by_blob.get(&(old.kind, blob)))
            .or_else(|| closest(title.and_then(|s| by_title.get(&(old.kind, s)))));
        if let Some(b) = found {
            taken[a] = true;
            taken[b] = true;
            pairs.push((a, b));
        }
    }
    if pairs.is_empty() {
        return;
    }
    let mut gone_into: HashMap<usize, usize> = HashMap::new();
    for &(a, b) in &pairs {
        let new = std::mem::replace(&mut t.lives[b], empty_life());
        joined(&mut t.lives[a], new, config, status_event, facts);
        gone_into.insert(b, a);
    }
    // Drop the records joined into others; every index moves to its place.
    let mut moved = vec![0; t.lives.len()];
    let mut next = 0;
    for (i, m) in moved.iter_mut().enumerate() {
        if !gone_into.contains_key(&i) {
            *m = next;
            next += 1;
        }
    }
    for (b, a) in &gone_into {
        moved[*b] = moved[*a];
    }
    let mut i = 0;
    t.lives.retain(|_| {
        i += 1;
        !gone_into.contains_key(&(i - 1))
    });
    // Both IDs lead to the joined record.
    for at in t.by_id.values_mut() {
        *at = moved[*at];
    }
}

fn empty_life() -> Life {
    Life {
        id: String::new(),
        kind: 0,
        versions: Vec::new(),
        events: Vec::new(),
        alive: false,
        earlier: Vec::new(),
    }
}

/// `old` followed by `new`: the deletion of `old`'s file dropped, `new`'s
/// creation a rename from `old`'s last path (and a status event when the
/// status differs). The ID is `new`'s when its file came to carry one
/// (`gov import`), else `old`'s, as a rename in one commit keeps it.
fn joined<'h>(
    old: &mut Life,
    mut new: Life,
    config: &Config,
    status_event: &impl Fn(u8, Option<&str>) -> EventKind,
    facts: &impl Fn(ObjectId, u8) -> &'h BlobFacts,
) {
    old.versions.pop();
    if old
        .events
        .last()
        .is_some_and(|e| e.kind == EventKind::Deleted)
    {
        old.events.pop();
    }
    let from_path = old.latest().map(|v| v.path.clone());
    let from = old
        .latest()
        .and_then(|v| v.blob)
        .and_then(|b| shown_status(facts(b, old.kind)));
    let first = &mut new.versions[0];
    first.change = Change::Renamed;
    let to = first.blob.and_then(|b| shown_status(facts(b, new.kind)));
    let (commit, path) = (first.commit, first.path.clone());
    let mut events = vec![EventAt {
        commit,
        kind: EventKind::Renamed,
        from: from_path,
        to: Some(path.clone()),
        path: path.clone(),
    }];
    if from != to {
        events.push(EventAt {
            commit,
            kind: status_event(new.kind, to.as_deref()),
            from,
            to,
            path,
        });
    }
    let created = new
        .events
        .first()
        .is_some_and(|e| e.kind == EventKind::Created);
    events.extend(new.events.into_iter().skip(usize::from(created)));
    old.events.extend(events);
    old.versions.append(&mut new.versions);
    old.alive = new.alive;
    let named = old.latest().and_then(|v| {
        let prefix = &config.kinds.get(usize::from(old.kind))?.prefix;
        carried_id(facts(v.blob?, old.kind), &v.path, prefix)
    });
    if named.is_some() {
        old.id = new.id;
    }
    old.earlier.append(&mut new.earlier);
}
