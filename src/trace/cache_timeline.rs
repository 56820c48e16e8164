//! The timeline kept in the governance cache file after the history it
//! was replayed from, so a run that reads no new commit does not replay
//! 40,000 commits again (at 10,000 records that replay was a fifth of a
//! warm `gov trace --all`). A timeline is taken from the file only when the
//! history in it was not changed by the run and the configuration it
//! depends on is the same; any other run replays the history and writes
//! the new timeline.

use std::collections::HashMap;

use super::codec::{Corrupt, Reader, Writer, fnv1a};
use super::timeline::{Change, EventAt, EventKind, Life, Timeline, VersionAt};
use crate::config::Config;

/// What a timeline depends on besides the history: the kinds (prefixes,
/// superseded statuses) and the approval rules (approving statuses).
pub fn fingerprint(config: &Config) -> u64 {
    let relevant = serde_json::json!({
        "kinds": serde_json::to_value(&config.kinds).unwrap_or_default(),
        "approval": serde_json::to_value(&config.approval).unwrap_or_default(),
    });
    fnv1a(relevant.to_string().as_bytes())
}

const CHANGES: [Change; 6] = [
    Change::Created,
    Change::Modified,
    Change::Renamed,
    Change::Deleted,
    Change::Restored,
    Change::Renumbered,
];

const EVENTS: [EventKind; 8] = [
    EventKind::Created,
    EventKind::Restored,
    EventKind::Renamed,
    EventKind::StatusChanged,
    EventKind::Approved,
    EventKind::Superseded,
    EventKind::Deleted,
    EventKind::Renumbered,
];

fn code<T: PartialEq>(all: &[T], v: &T) -> u8 {
    all.iter().position(|x| x == v).unwrap_or(0) as u8
}

fn of<T: Copy>(all: &[T], c: u8) -> Result<T, Corrupt> {
    all.get(usize::from(c)).copied().ok_or(Corrupt)
}

/// Appends `timeline`, under `fingerprint`, to an encoding.
pub fn encode(w: &mut Writer, timeline: &Timeline, fingerprint: u64) {
    w.u64(fingerprint);
    w.count(timeline.lives.len());
    for life in &timeline.lives {
        w.str(&life.id);
        w.u8(life.kind);
        w.u8(u8::from(life.alive));
        w.strs(&life.earlier);
        w.count(life.versions.len());
        for v in &life.versions {
            w.u32(v.commit);
            w.str(&v.path);
            w.opt_oid(v.blob.as_ref());
            w.u8(code(&CHANGES, &v.change));
        }
        w.count(life.events.len());
        for e in &life.events {
            w.u32(e.commit);
            w.u8(code(&EVENTS, &e.kind));
            w.opt_str(e.from.as_deref());
            w.opt_str(e.to.as_deref());
            w.str(&e.path);
        }
    }
}

/// Reads a timeline back; `Ok(None)` when it was made under another
/// fingerprint. Every version and event must be at one of the history's
/// `commits` (they are looked up by position), and every ID must be one
/// life's.
pub fn decode(
    r: &mut Reader<'_>,
    fingerprint: u64,
    commits: usize,
) -> Result<Option<Timeline>, Corrupt> {
    let at = |r: &mut Reader<'_>| match r.u32()? {
        c if (c as usize) < commits => Ok(c),
        _ => Err(Corrupt),
    };
    if r.u64()? != fingerprint {
        return Ok(None);
    }
    let n = r.count()?;
    let mut lives = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.str()?;
        let kind = r.u8()?;
        let alive = match r.u8()? {
            0 => false,
            1 => true,
            _ => return Err(Corrupt),
        };
        let earlier = r.strs()?;
        let nv = r.count()?;
        let mut versions = Vec::with_capacity(nv);
        for _ in 0..nv {
            versions.push(VersionAt {
                commit: at(r)?,
                path: r.str()?,
                blob: r.opt_oid()?,
                change: of(&CHANGES, r.u8()?)?,
            });
        }
        let ne = r.count()?;
        let mut events = Vec::with_capacity(ne);
        for _ in 0..ne {
            events.push(EventAt {
                commit: at(r)?,
                kind: of(&EVENTS, r.u8()?)?,
                from: r.opt_str()?,
                to: r.opt_str()?,
                path: r.str()?,
            });
        }
        lives.push(Life {
            id,
            kind,
            versions,
            events,
            alive,
            earlier,
        });
    }
    let by_id: HashMap<String, usize> = lives
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.clone(), i))
        .collect();
    if by_id.len() != lives.len() {
        return Err(Corrupt);
    }
    Ok(Some(Timeline { lives, by_id }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::git::ObjectId;

    fn sample() -> Timeline {
        let lives: Vec<Life> = (0..3u8)
            .map(|n| Life {
                id: format!("DEC-000{n}"),
                kind: n,
                versions: CHANGES
                    .iter()
                    .enumerate()
                    .map(|(i, &change)| VersionAt {
                        commit: i as u32 * 7,
                        path: format!("decisions/DEC-000{n}-ø{i}.md"),
                        blob: (change != Change::Deleted).then_some(ObjectId([i as u8; 20])),
                        change,
                    })
                    .collect(),
                events: EVENTS
                    .iter()
                    .enumerate()
                    .map(|(i, &kind)| EventAt {
                        commit: i as u32,
                        kind,
                        from: (i % 2 == 0).then(|| "proposed".to_string()),
                        to: (i % 3 == 0).then(|| "?vedtaget".to_string()),
                        path: format!("p{i}"),
                    })
                    .collect(),
                alive: n != 1,
                earlier: (0..n).map(|i| format!("DEC-01{i}")).collect(),
            })
            .collect();
        let by_id = lives
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.clone(), i))
            .collect();
        Timeline { lives, by_id }
    }

    #[test]
    fn timelines_round_trip_and_another_fingerprint_is_no_timeline() {
        let t = sample();
        let mut w = Writer::default();
        encode(&mut w, &t, 42);
        let back = decode(&mut Reader::new(&w.buf), 42, 36).unwrap().unwrap();
        assert_eq!(format!("{:?}", back.lives), format!("{:?}", t.lives));
        assert_eq!(back.by_id, t.by_id);
        assert!(decode(&mut Reader::new(&w.buf), 43, 36).unwrap().is_none());
        for cut in [9, w.buf.len() / 2, w.buf.len() - 1] {
            assert_eq!(
                decode(&mut Reader::new(&w.buf[..cut]), 42, 36).err(),
                Some(Corrupt)
            );
        }
    }

    #[test]
    fn positions_past_the_history_and_repeated_ids_are_damage() {
        let t = sample();
        let mut w = Writer::default();
        encode(&mut w, &t, 42);
        // The last version is at commit 35, the last event at 7.
        assert!(decode(&mut Reader::new(&w.buf), 42, 36).is_ok());
        let short = decode(&mut Reader::new(&w.buf), 42, 35);
        assert_eq!(short.err(), Some(Corrupt), "a version past the commits");
        let mut one = sample();
        one.lives.truncate(1);
        one.lives[0].versions.clear();
        let mut w = Writer::default();
        encode(&mut w, &one, 42);
        assert!(decode(&mut Reader::new(&w.buf), 42, 8).is_ok());
        assert_eq!(
            decode(&mut Reader::new(&w.buf), 42, 7).err(),
            Some(Corrupt),
            "an event past the commits"
        );
        let mut twice = sample();
        twice.lives[1].id = twice.lives[0].id.clone();
        let mut w = Writer::default();
        encode(&mut w, &twice, 42);
        assert_eq!(
            decode(&mut Reader::new(&w.buf), 42, 36).err(),
            Some(Corrupt),
            "two lives of one ID"
        );
    }
}
