//! The keys of records followed without an ID (DEC-0042, DEC-0058): a
//! file is followed by its stem while no other file holds that stem; a
//! file whose stem another record's live file has (two log4brains
//! packages' `20240305-x.md`, two bodies' `2026-06-04.md`) is followed by
//! its path. A child of `identity`, so it reads the replay's state.

use super::{Group, Identity};
use crate::trace::commit::Change;
use crate::trace::timeline::Timeline;

impl Identity {
    /// True when record `li` holds, or is given by this commit, a file
    /// other than `path` that stays after the commit: a new file without
    /// an ID whose stem is `li`'s is then another record (two packages'
    /// or two bodies' `2024-03-05.md`), not a version of `li`. A file of
    /// that stem gone in this commit, or long ago, is the same record
    /// come back (or moved).
    fn elsewhere(&self, li: usize, path: &str, changes: &[Change], groups: &[Group<'_>]) -> bool {
        let given = groups
            .iter()
            .any(|g| g.life == li && g.after.iter().any(|a| a.path != path));
        given
            || (self.live[li] > 0
                && self.at_path.iter().any(|(p, &held)| {
                    held == li
                        && p != path
                        && !changes.iter().any(|c| c.path == *p && c.new.is_none())
                }))
    }

    /// The timeline key of a file without an ID at `path`: its stem, unless
    /// the stem's record holds another file ([`Identity::elsewhere`]);
    /// then the key of its path ([`Identity::free_key`]).
    pub(super) fn unnamed_key(
        &self,
        t: &Timeline,
        stem: String,
        path: &str,
        changes: &[Change],
        groups: &[Group<'_>],
    ) -> String {
        match t.by_id.get(&stem) {
            Some(&li) if self.elsewhere(li, path, changes, groups) => {
                self.free_key(t, path, changes, groups)
            }
            _ => stem,
        }
    }

    /// A timeline key for a file without an ID whose stem another record has:
    /// its path without the extension (unique among files), numbered on the
    /// off chance that is taken too. A key whose record holds no other file
    /// is this file's own record come back (deleted, then written again).
    fn free_key(
        &self,
        t: &Timeline,
        path: &str,
        changes: &[Change],
        groups: &[Group<'_>],
    ) -> String {
        let base = path.rsplit_once('.').map_or(path, |(s, _)| s);
        let mut key = base.to_string();
        let mut n = 2;
        while let Some(&li) = t.by_id.get(&key) {
            if !self.elsewhere(li, path, changes, groups) {
                break;
            }
            key = format!("{base}~{n}");
            n += 1;
        }
        key
    }
}
