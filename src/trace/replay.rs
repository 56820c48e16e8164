//! The replay of the governance history into record lives, commit by
//! commit in topological order: [`super::identity`] says which record each
//! changed file belongs to, and each record gets its versions and events
//! (created, status changed, approved, superseded, renamed, renumbered,
//! deleted, restored).

use super::blob_facts::BlobFacts;
use super::identity::{Group, Identity};
use super::repo_history::RepoHistory;
use super::timeline::{Change, EventAt, EventKind, Timeline, VersionAt, approving, shown_status};
use crate::config::Config;
use crate::git::ObjectId;

/// Replays the governance history.
pub fn build(h: &RepoHistory, config: &Config) -> Timeline {
    let graph = h.graph();
    let keep = vec![true; graph.len()];
    let order = graph.topo_order(&keep, |i| h.commits[i].time);
    let approving: Vec<Vec<String>> = config
        .kinds
        .iter()
        .map(|k| approving(config, &k.name))
        .collect();
    let empty = BlobFacts::default();
    let facts = |b: ObjectId, k: u8| h.blobs.get(&(b, k)).unwrap_or(&empty);
    let mut t = Timeline::default();
    let mut identity = Identity::default();
    let mut rank = vec![usize::MAX; h.commits.len()];
    for (r, &ci) in order.iter().enumerate() {
        rank[ci as usize] = r;
    }
    for &ci in &order {
        let Some(info) = h.commits[ci as usize].info.as_ref() else {
            continue;
        };
        if info.changes.is_empty() {
            continue;
        }
        for group in identity.assign(&mut t, &info.changes, config, &facts) {
            replay(&mut t, group, ci, config, &approving, &facts);
        }
    }
    let event = |kind: u8, to: Option<&str>| status_event(config, &approving, kind, to);
    super::relink::join(&mut t, &rank, config, &event, &facts);
    t
}

/// The event of a move to status `to` for a record of kind `kind`:
/// superseded, approved or another status change.
fn status_event(
    config: &Config,
    approving: &[Vec<String>],
    kind: u8,
    to: Option<&str>,
) -> EventKind {
    let k = &config.kinds[usize::from(kind)];
    match to {
        Some(s) if k.superseded.as_deref() == Some(s) => EventKind::Superseded,
        Some(s) if approving[usize::from(kind)].iter().any(|a| a == s) => EventKind::Approved,
        _ => EventKind::StatusChanged,
    }
}

/// Adds what commit `ci` did to one record: a version per file after it
/// (or a deletion), and the events.
fn replay<'h>(
    t: &mut Timeline,
    group: Group<'h>,
    ci: u32,
    config: &Config,
    approving: &[Vec<String>],
    facts: &impl Fn(ObjectId, u8) -> &'h BlobFacts,
) {
    let Group {
        life: li,
        kind,
        before,
        after,
        renumbered_from,
    } = group;
    let life = &mut t.lives[li];
    let prev = life
        .latest()
        .map(|v| shown_status(facts(v.blob.unwrap_or_default(), life.kind)));
    let Some(a) = after
        .iter()
        .find(|a| before.iter().any(|b| b.path == a.path))
        .or(after.first())
    else {
        let Some(gone) = before.first() else {
            return;
        };
        let path = gone.path.to_string();
        life.versions.push(VersionAt {
            commit: ci,
            path: path.clone(),
            blob: None,
            change: Change::Deleted,
        });
        life.events.push(EventAt {
            commit: ci,
            kind: EventKind::Deleted,
            from: None,
            to: None,
            path,
        });
        life.alive = false;
        return;
    };
    let to = shown_status(facts(a.blob, kind));
    let same = before.iter().find(|b| b.path == a.path).or(before.first());
    let change = match same {
        _ if renumbered_from.is_some() => Change::Renumbered,
        Some(b) if b.path == a.path => Change::Modified,
        Some(_) => Change::Renamed,
        None if life.versions.is_empty() => Change::Created,
        None if !life.alive => Change::Restored,
        None => Change::Modified,
    };
    let from = match same {
        Some(b) => shown_status(facts(b.blob, kind)),
        None => prev.flatten(),
    };
    let path = a.path.to_string();
    let event = |kind, from, to| EventAt {
        commit: ci,
        kind,
        from,
        to,
        path: path.clone(),
    };
    match change {
        Change::Created => life
            .events
            .push(event(EventKind::Created, None, to.clone())),
        Change::Restored => life
            .events
            .push(event(EventKind::Restored, None, to.clone())),
        Change::Renamed => life.events.push(event(
            EventKind::Renamed,
            same.map(|b| b.path.to_string()),
            Some(path.clone()),
        )),
        Change::Renumbered => life.events.push(event(
            EventKind::Renumbered,
            renumbered_from,
            Some(life.id.clone()),
        )),
        _ => {}
    }
    if change != Change::Created && from != to {
        let ev = status_event(config, approving, kind, to.as_deref());
        life.events.push(event(ev, from, to));
    }
    for side in std::iter::once(a).chain(after.iter().filter(|s| s.path != a.path)) {
        life.versions.push(VersionAt {
            commit: ci,
            path: side.path.to_string(),
            blob: Some(side.blob),
            change,
        });
    }
    life.alive = true;
}
