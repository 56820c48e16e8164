//! Which record each side of a commit's record changes belongs to
//! (DEC-0042). A version is followed by its ID where it has one (the
//! front matter's `id`, else an ID in its file name): two files carrying
//! one ID are one ID's versions, as before. A version without an ID is
//! followed by its path: the record that held the path, or the record of a
//! file the same commit removed with the same content or title (a rename,
//! such as `beslutning.md` → `2026-06-04-beslutning.md`). When a record
//! followed by path gets an ID (`gov import`), it keeps its history under
//! that ID; when a record's ID changes to one no record has (`gov
//! renumber`), it keeps its history and the old ID as an earlier name.

use std::collections::HashMap;

use super::blob_facts::BlobFacts;
use super::commit::Change;
use super::front::record_id;
use super::timeline::{Change as VersionChange, EventAt, EventKind, Life, Timeline, shown_status};
use crate::config::Config;
use crate::git::ObjectId;

#[path = "identity_keys.rs"]
mod keys;

/// One side (before or after) of a changed record file.
#[derive(Debug, Clone, Copy)]
pub struct Side<'h> {
    /// The file's path.
    pub path: &'h str,
    /// Its blob on this side.
    pub blob: ObjectId,
}

/// The sides of one commit's changes that belong to one record.
#[derive(Debug)]
pub struct Group<'h> {
    /// The record's position in the timeline.
    pub life: usize,
    /// The kind's index.
    pub kind: u8,
    /// Its files before the commit.
    pub before: Vec<Side<'h>>,
    /// Its files after the commit.
    pub after: Vec<Side<'h>>,
    /// The ID it had before, when this commit gave it another.
    pub renumbered_from: Option<String>,
}

/// What the replay keeps to follow records besides the timeline.
#[derive(Debug, Default)]
pub struct Identity {
    /// Which record holds each path now (kinds' folders never share one).
    at_path: HashMap<String, usize>,
    /// Per record: whether its ID is a real one (front matter or file
    /// name), not a file's stem standing in for one.
    named: Vec<bool>,
    /// Per record: how many paths it holds now.
    live: Vec<u32>,
}

/// The ID a version carries: its front matter's, else its file name's.
pub(super) fn carried_id(facts: &BlobFacts, path: &str, prefix: &str) -> Option<String> {
    if facts.front_id.is_some() {
        return Some(record_id(facts, path, prefix));
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    crate::record::id_in_file_name(name, prefix).map(|_| record_id(facts, path, prefix))
}

impl Identity {
    /// A new record under `id`.
    fn open(&mut self, t: &mut Timeline, id: String, kind: u8, named: bool) -> usize {
        t.lives.push(Life {
            id: id.clone(),
            kind,
            versions: Vec::new(),
            events: Vec::new(),
            alive: false,
            earlier: Vec::new(),
        });
        let li = t.lives.len() - 1;
        t.by_id.insert(id, li);
        self.named.push(named);
        self.live.push(0);
        li
    }

    /// The record under `id`, opened when there is none.
    fn by_id(&mut self, t: &mut Timeline, id: String, kind: u8, named: bool) -> usize {
        match t.by_id.get(&id) {
            Some(&li) => li,
            None => self.open(t, id, kind, named),
        }
    }

    /// Gives record `li` the ID `id` (free in the timeline); the old one
    /// becomes an earlier name when it was a real ID.
    fn rename(&mut self, t: &mut Timeline, li: usize, id: String) -> Option<String> {
        let old = std::mem::replace(&mut t.lives[li].id, id.clone());
        t.by_id.remove(&old);
        t.by_id.insert(id, li);
        let was_named = std::mem::replace(&mut self.named[li], true);
        was_named.then(|| {
            t.lives[li].earlier.push(old.clone());
            old
        })
    }

    /// Splits the versions and events at `path` off record `li` into a new
    /// record `id` that names `li`'s ID as an earlier one: one of several
    /// files sharing an ID renumbered. Each record's first version then
    /// reads as its creation.
    fn split<'h>(
        &mut self,
        t: &mut Timeline,
        li: usize,
        path: &str,
        id: String,
        facts: &impl Fn(ObjectId, u8) -> &'h BlobFacts,
    ) -> usize {
        let old = t.lives[li].id.clone();
        let kind = t.lives[li].kind;
        let ni = self.open(t, id, kind, true);
        let (moved, kept) = std::mem::take(&mut t.lives[li].versions)
            .into_iter()
            .partition(|v| v.path == path);
        t.lives[li].versions = kept;
        let (events, kept_events) = std::mem::take(&mut t.lives[li].events)
            .into_iter()
            .partition(|e| e.path == path);
        t.lives[li].events = kept_events;
        let n = &mut t.lives[ni];
        (n.versions, n.events, n.alive) = (moved, events, true);
        n.earlier.push(old);
        for life in [li, ni] {
            created_first(&mut t.lives[life], facts);
        }
        ni
    }

    /// Assigns each side of `changes` to a record, opening, naming or
    /// splitting records as needed, and moves the paths held to after the
    /// commit. Groups come in the order their records first appear.
    pub fn assign<'h>(
        &mut self,
        t: &mut Timeline,
        changes: &'h [Change],
        config: &Config,
        facts: &impl Fn(ObjectId, u8) -> &'h BlobFacts,
    ) -> Vec<Group<'h>> {
        let mut groups: Vec<Group<'h>> = Vec::new();
        let group_of = |groups: &mut Vec<Group<'h>>, life: usize, kind: u8| match groups
            .iter()
            .position(|g| g.life == life)
        {
            Some(g) => g,
            None => {
                groups.push(Group {
                    life,
                    kind,
                    before: Vec::new(),
                    after: Vec::new(),
                    renumbered_from: None,
                });
                groups.len() - 1
            }
        };
        let known = |ch: &Change| config.kinds.get(usize::from(ch.kind));
        // Before: the record holding the path, else (a file that was not
        // followed here) the record of its ID. A deletion of a path no
        // record holds (a merge dropping a file already deleted on the
        // first parent's side) is nothing.
        let mut gone: Vec<(&'h Change, usize)> = Vec::new();
        for ch in changes {
            let (Some(kind), Some(old)) = (known(ch), ch.old) else {
                continue;
            };
            let held = self.at_path.get(ch.path.as_str()).copied();
            let li = match held {
                Some(li) => li,
                None if ch.new.is_none() => continue,
                None => {
                    // A change to a file not held here (changed on a
                    // branch after another branch deleted it): its ID,
                    // else the key its path was followed by.
                    let f = facts(old, ch.kind);
                    let named = carried_id(f, &ch.path, &kind.prefix).is_some();
                    let key = record_id(f, &ch.path, &kind.prefix);
                    let key = if named {
                        key
                    } else {
                        self.unnamed_key(t, key, &ch.path, changes, &groups)
                    };
                    self.by_id(t, key, ch.kind, named)
                }
            };
            let g = group_of(&mut groups, li, ch.kind);
            groups[g].before.push(Side {
                path: &ch.path,
                blob: old,
            });
            if ch.new.is_none() {
                gone.push((ch, li));
            }
        }
        // After: by ID, else by path, else as a rename of a file removed.
        for ch in changes {
            let (Some(kind), Some(new)) = (known(ch), ch.new) else {
                continue;
            };
            let f = facts(new, ch.kind);
            let same_path = ch.old.and_then(|_| {
                groups.iter().find_map(|g| {
                    g.before
                        .iter()
                        .any(|b| b.path == ch.path)
                        .then_some((g.life, ch.path.as_str()))
                })
            });
            let prior = same_path.or_else(|| {
                let pick = |test: &dyn Fn(&Change) -> bool| {
                    gone.iter().position(|(g, _)| g.kind == ch.kind && test(g))
                };
                let title = f.title.as_deref().filter(|s| !s.is_empty());
                let same_title = |g: &Change| {
                    title.is_some()
                        && g.old
                            .is_some_and(|o| facts(o, g.kind).title.as_deref() == title)
                };
                let at = pick(&|g| g.old == Some(new)).or_else(|| pick(&same_title))?;
                let (g, li) = gone.remove(at);
                Some((li, g.path.as_str()))
            });
            let mut renumbered = None;
            let li = match (carried_id(f, &ch.path, &kind.prefix), prior) {
                (Some(id), _) if t.by_id.contains_key(&id) => t.by_id[&id],
                (Some(id), Some((li, _))) if !self.named[li] => {
                    self.rename(t, li, id);
                    li
                }
                (Some(id), Some((li, _))) if self.live[li] <= 1 => {
                    renumbered = self.rename(t, li, id);
                    li
                }
                (Some(id), Some((li, path))) => {
                    // One of several files sharing an ID: it leaves them
                    // with its own versions.
                    renumbered = Some(t.lives[li].id.clone());
                    let ni = self.split(t, li, path, id, facts);
                    self.live[li] = self.live[li].saturating_sub(1);
                    self.live[ni] += 1;
                    if let Some(held) = self.at_path.get_mut(path) {
                        *held = ni;
                    }
                    let moved = groups.iter_mut().find(|g| g.life == li).and_then(|g| {
                        let b = g.before.iter().position(|b| b.path == path)?;
                        Some(g.before.remove(b))
                    });
                    let gi = group_of(&mut groups, ni, ch.kind);
                    groups[gi].before.extend(moved);
                    ni
                }
                (Some(id), None) => self.by_id(t, id, ch.kind, true),
                (None, Some((li, _))) => li,
                (None, None) => {
                    let stem = record_id(f, &ch.path, &kind.prefix);
                    let id = self.unnamed_key(t, stem, &ch.path, changes, &groups);
                    self.by_id(t, id, ch.kind, false)
                }
            };
            let g = group_of(&mut groups, li, ch.kind);
            groups[g].after.push(Side {
                path: &ch.path,
                blob: new,
            });
            if renumbered.is_some() {
                groups[g].renumbered_from = renumbered;
            }
        }
        self.settle(&groups);
        groups
    }

    /// Moves the paths held to after the commit.
    fn settle(&mut self, groups: &[Group<'_>]) {
        for g in groups {
            for b in &g.before {
                // A file still there after the commit stays held.
                if g.after.iter().any(|a| a.path == b.path) {
                    continue;
                }
                if self.at_path.get(b.path) == Some(&g.life) {
                    self.at_path.remove(b.path);
                    self.live[g.life] = self.live[g.life].saturating_sub(1);
                }
            }
        }
        for g in groups {
            for a in &g.after {
                match self.at_path.get_mut(a.path) {
                    Some(held) if *held == g.life => {}
                    Some(held) => {
                        let old = std::mem::replace(held, g.life);
                        self.live[old] = self.live[old].saturating_sub(1);
                        self.live[g.life] += 1;
                    }
                    None => {
                        self.at_path.insert(a.path.to_string(), g.life);
                        self.live[g.life] += 1;
                    }
                }
            }
        }
    }
}

/// Makes a record's first version (a file that joined another's ID, now
/// on its own) its creation, with the event saying so.
fn created_first<'h>(life: &mut Life, facts: &impl Fn(ObjectId, u8) -> &'h BlobFacts) {
    let Some(first) = life.versions.first_mut() else {
        return;
    };
    if first.change == VersionChange::Created {
        return;
    }
    first.change = VersionChange::Created;
    let to = first.blob.and_then(|b| shown_status(facts(b, life.kind)));
    let event = EventAt {
        commit: first.commit,
        kind: EventKind::Created,
        from: None,
        to,
        path: first.path.clone(),
    };
    life.events.insert(0, event);
}
