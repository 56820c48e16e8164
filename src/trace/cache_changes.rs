//! The section of a cache file that says which record files each commit
//! changed. It is the input of a timeline replay, and nothing else reads
//! it: a warm run with the timeline from the cache (DEC-0022) keeps the
//! section's bytes undecoded ([`RepoHistory::load_changes`]), and decodes
//! them only when it replays the timeline or its tips differ from the
//! cache's (DEC-0024).
//!
//! [`RepoHistory::load_changes`]: super::repo_history::RepoHistory::load_changes

use super::codec::{Corrupt, Reader, Writer};
use super::commit::{Change, CommitFacts};

/// The changes of `commits`, by position: the commits that changed
/// records, each with its changes.
pub fn encode(commits: &[CommitFacts]) -> Vec<u8> {
    let mut w = Writer::default();
    let changed = commits.iter().enumerate().filter_map(|(pos, commit)| {
        let changes = &commit.info.as_ref()?.changes;
        (!changes.is_empty()).then_some((pos, changes))
    });
    w.count(changed.clone().count());
    for (pos, changes) in changed {
        w.count(pos);
        w.count(changes.len());
        for ch in changes {
            w.u8(ch.kind);
            w.str(&ch.path);
            w.opt_oid(ch.old.as_ref());
            w.opt_oid(ch.new.as_ref());
        }
    }
    w.buf
}

/// Reads a changes section into `commits`; `Err` when it does not fit
/// them (a position out of range, or a commit without facts).
pub fn decode(bytes: &[u8], commits: &mut [CommitFacts]) -> Result<(), Corrupt> {
    let mut r = Reader::new(bytes);
    let n = r.count()?;
    for _ in 0..n {
        let pos = r.u32()? as usize;
        let nc = r.count()?;
        let changes = (0..nc)
            .map(|_| {
                Ok(Change {
                    kind: r.u8()?,
                    path: r.str()?,
                    old: r.opt_oid()?,
                    new: r.opt_oid()?,
                })
            })
            .collect::<Result<Vec<_>, Corrupt>>()?;
        let info = commits
            .get_mut(pos)
            .and_then(|c| c.info.as_deref_mut())
            .ok_or(Corrupt)?;
        info.changes = changes;
    }
    if r.at_end() { Ok(()) } else { Err(Corrupt) }
}
