//! The history cache: what was read of a repository, kept in the
//! governance repository's `.git/gov/trace/` (inside `.git`, never in the
//! work tree), one file per repository.
//!
//! A file is keyed by the commit ids it holds and says which tips it was
//! built from; facts of a commit never change, so a run reads only commits
//! the file lacks and drops those no tip reaches any more. A file written by
//! another gov version or under another configuration of folders, kinds or
//! trailers is ignored (and replaced). Writes go to a temporary file that is
//! renamed into place, so a reader never sees half a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::cache_changes;
use super::cache_timeline;
use super::codec::{Corrupt, Reader, Writer, fnv1a};
use super::front::BlobFacts;
use super::refs::FoundRef;
use super::scan::{CommitFacts, CommitInfo, RepoHistory};
use super::tags::Releases;
use super::timeline::Timeline;
use crate::config::Config;
use crate::git::{Parents, TagRef};

const MAGIC: &[u8; 8] = b"GOVTRACE";
const FORMAT: u32 = 8;

/// The fingerprint of the configuration the facts depend on.
pub fn fingerprint(config: &Config) -> u64 {
    let relevant = serde_json::json!({
        "kinds": serde_json::to_value(&config.kinds).unwrap_or_default(),
        "ignore": config.ignore,
        "templates": config.templates,
        "trailers": config.trace.trailers,
        "mentions": config.trace.mentions,
    });
    fnv1a(relevant.to_string().as_bytes())
}

/// The cache file for a repository: its name (`governance`, or a code
/// repository's) with a hash of `identity` (its resolved path), so two
/// clones of one name never share a file.
pub fn file_for(git_dir: &Path, name: &str, identity: &str) -> PathBuf {
    let safe: String = name
        .chars()
        .take(40)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let file = format!("{safe}-{:016x}.bin", fnv1a(identity.as_bytes()));
    git_dir.join("gov").join("trace").join(file)
}

/// What a cache file holds besides the history.
#[derive(Debug, Default)]
pub struct Kept {
    /// The governance timeline, when it was replayed under the timeline
    /// fingerprint given to [`load`].
    pub timeline: Option<Timeline>,
    /// A code repository's releases as last worked out, with the release
    /// candidates they were worked out from: they hold while the history
    /// is unchanged and the candidates are the same (the caller compares
    /// them), and spare a warm run the commit graph.
    pub releases: Option<(Vec<TagRef>, Releases)>,
}

/// Reads a cache file; a missing, foreign or damaged file gives an empty
/// history (and the repository is read afresh). The timeline stored with
/// the history comes back when it was made under `timeline_fingerprint`.
pub fn load(path: &Path, fingerprint: u64, timeline_fingerprint: u64) -> (RepoHistory, Kept) {
    let Ok(bytes) = std::fs::read(path) else {
        return (RepoHistory::default(), Kept::default());
    };
    match decode(&bytes, fingerprint, timeline_fingerprint) {
        Ok((mut h, kept, changes)) => {
            h.reindex();
            // Only the changes section is kept (a fifth of the file): the
            // rest is freed for what the run does next.
            if let Some(section) = bytes.get(changes).filter(|c| !c.is_empty()) {
                h.defer_changes(section.to_vec());
            }
            (h, kept)
        }
        Err(Corrupt) => (RepoHistory::default(), Kept::default()),
    }
}

/// Writes a cache file atomically. Failing to write a cache is never an
/// error of the command (a read-only `.git` just means no cache).
pub fn store(
    path: &Path,
    history: &RepoHistory,
    fingerprint: u64,
    timeline: Option<(&Timeline, u64)>,
    releases: Option<(&[TagRef], &Releases)>,
) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".trace-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    encode(history, fingerprint, timeline, releases, &mut tmp)?;
    // No fsync: the rename makes the file appear whole to readers, and a
    // file cut short by a crash fails its checks on loading and is read
    // afresh. A cache is not worth 80 ms of every run that writes it.
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Hands the bytes encoded so far to `out` once they pass 256 KiB, so a
/// large history is never held twice (at 10,000 records the file is 16 MB).
fn spill(w: &mut Writer, out: &mut impl Write) -> std::io::Result<()> {
    if w.buf.len() >= 1 << 18 {
        out.write_all(&w.buf)?;
        w.buf.clear();
    }
    Ok(())
}

fn encode(
    h: &RepoHistory,
    fingerprint: u64,
    timeline: Option<(&Timeline, u64)>,
    releases: Option<(&[TagRef], &Releases)>,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut w = Writer::default();
    w.buf.extend_from_slice(MAGIC);
    w.u32(FORMAT);
    w.str(env!("CARGO_PKG_VERSION"));
    w.u64(fingerprint);
    w.count(h.tips.len());
    for t in &h.tips {
        w.oid(t);
    }
    encode_tags(&mut w, &h.tags);
    w.count(h.commits.len());
    for c in &h.commits {
        w.oid(&c.id);
        w.oid(&c.tree);
        w.i64(c.time);
        w.u8(u8::try_from(c.parents.len()).unwrap_or(u8::MAX));
        for p in c.parents.iter().take(usize::from(u8::MAX)) {
            w.oid(p);
        }
        match &c.info {
            None => w.u8(0),
            Some(i) => {
                w.u8(1);
                w.shared(&i.author);
                w.shared(&i.email);
                w.i64(i64::from(i.offset));
                w.str(&i.summary);
                w.u8(u8::from(i.signed));
                w.count(i.refs.len());
                for r in &i.refs {
                    w.str(&r.id);
                    w.u8(r.relation);
                }
            }
        }
        spill(&mut w, out)?;
    }
    w.count(h.blobs.len());
    for ((blob, kind), f) in &h.blobs {
        w.oid(blob);
        w.u8(*kind);
        w.opt_shared(f.front_id.as_ref());
        w.opt_shared(f.status.as_ref());
        w.opt_shared(f.status_label.as_ref());
        w.opt_shared(f.title.as_ref());
        w.strs(&f.approved_by);
        w.strs(&f.deciders);
        w.opt_str(f.superseded_by.as_deref());
        spill(&mut w, out)?;
    }
    // The record files each commit changed, behind their length (see
    // `cache_changes`).
    let c = cache_changes::encode(&h.commits);
    w.u64(c.len() as u64);
    out.write_all(&w.buf)?;
    w.buf.clear();
    out.write_all(&c)?;
    match timeline {
        None => w.u8(0),
        Some((t, fp)) => {
            w.u8(1);
            cache_timeline::encode(&mut w, t, fp);
        }
    }
    spill(&mut w, out)?;
    match releases {
        None => w.u8(0),
        Some((candidates, r)) => {
            w.u8(1);
            encode_tags(&mut w, candidates);
            encode_tags(&mut w, &r.tags);
            w.count(r.first.len());
            for f in &r.first {
                w.u32(*f);
            }
        }
    }
    out.write_all(&w.buf)
}

fn encode_tags(w: &mut Writer, tags: &[TagRef]) {
    w.count(tags.len());
    for t in tags {
        w.str(&t.name);
        w.oid(&t.commit);
        w.i64(t.time);
        w.oid(&t.target);
    }
}

fn decode_tags(r: &mut Reader<'_>) -> Result<Vec<TagRef>, Corrupt> {
    let n = r.count()?;
    (0..n)
        .map(|_| {
            Ok(TagRef {
                name: r.str()?,
                commit: r.oid()?,
                time: r.i64()?,
                target: r.oid()?,
            })
        })
        .collect()
}

fn decode(
    bytes: &[u8],
    fingerprint: u64,
    timeline_fingerprint: u64,
) -> Result<(RepoHistory, Kept, std::ops::Range<usize>), Corrupt> {
    let mut r = Reader::new(bytes);
    for m in MAGIC {
        if r.u8()? != *m {
            return Err(Corrupt);
        }
    }
    if r.u32()? != FORMAT || r.str()? != env!("CARGO_PKG_VERSION") || r.u64()? != fingerprint {
        return Err(Corrupt);
    }
    let mut h = RepoHistory::default();
    let tips = r.count()?;
    for _ in 0..tips {
        h.tips.push(r.oid()?);
    }
    h.tags = decode_tags(&mut r)?;
    let n = r.count()?;
    h.commits.reserve(n);
    for _ in 0..n {
        let id = r.oid()?;
        let tree = r.oid()?;
        let time = r.i64()?;
        let np = r.u8()?;
        let parents = (0..np).map(|_| r.oid()).collect::<Result<Parents, _>>()?;
        let info = match r.u8()? {
            0 => None,
            1 => Some(Box::new(decode_info(&mut r)?)),
            _ => return Err(Corrupt),
        };
        h.commits.push(CommitFacts {
            id,
            parents,
            tree,
            time,
            info,
        });
    }
    let nb = r.count()?;
    h.blobs.reserve(nb);
    for _ in 0..nb {
        let blob = r.oid()?;
        let kind = r.u8()?;
        let facts = BlobFacts {
            front_id: r.opt_shared()?,
            status: r.opt_shared()?,
            status_label: r.opt_shared()?,
            title: r.opt_shared()?,
            approved_by: r.strs()?,
            deciders: r.strs()?,
            superseded_by: r.opt_str()?,
        };
        h.blobs.insert((blob, kind), facts);
    }
    let len = usize::try_from(r.u64()?).map_err(|_| Corrupt)?;
    let changes_at = r.position();
    r.take(len)?;
    let changes = changes_at..changes_at + len;
    let timeline = match r.u8()? {
        0 => None,
        // A timeline of another configuration is skipped unread and
        // replaced when the file is written again: nothing after it is
        // read either (only the governance file has a timeline, and its
        // releases are not kept).
        1 => match cache_timeline::decode(&mut r, timeline_fingerprint)? {
            None => return Ok((h, Kept::default(), changes)),
            t => t,
        },
        _ => return Err(Corrupt),
    };
    let releases = match r.u8()? {
        0 => None,
        1 => {
            let candidates = decode_tags(&mut r)?;
            let tags = decode_tags(&mut r)?;
            let n = r.count()?;
            let first = (0..n).map(|_| r.u32()).collect::<Result<Vec<_>, _>>()?;
            Some((candidates, Releases { tags, first }))
        }
        _ => return Err(Corrupt),
    };
    if !r.at_end() {
        return Err(Corrupt);
    }
    Ok((h, Kept { timeline, releases }, changes))
}

fn decode_info(r: &mut Reader<'_>) -> Result<CommitInfo, Corrupt> {
    let author = r.shared()?;
    let email = r.shared()?;
    let offset = i32::try_from(r.i64()?).map_err(|_| Corrupt)?;
    let summary = r.str()?;
    let signed = r.u8()? == 1;
    let nr = r.count()?;
    let refs = (0..nr)
        .map(|_| {
            Ok(FoundRef {
                id: r.text()?,
                relation: r.u8()?,
            })
        })
        .collect::<Result<Vec<_>, Corrupt>>()?;
    Ok(CommitInfo {
        author,
        email,
        offset,
        summary,
        signed,
        refs,
        changes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::git::ObjectId;
    use crate::trace::scan::Change;

    #[test]
    fn a_history_round_trips_and_another_fingerprint_is_ignored() {
        let mut h = RepoHistory::default();
        h.tips.push(ObjectId([2; 20]));
        h.commits.push(CommitFacts {
            id: ObjectId([2; 20]),
            parents: Parents::One(ObjectId([1; 20])),
            tree: ObjectId([9; 20]),
            time: 1_700_000_000,
            info: Some(Box::new(CommitInfo {
                author: "Agnete Moos".into(),
                email: "agnete@sonderborg.dk".into(),
                offset: 60,
                summary: "Update DEC-0001.md".into(),
                signed: false,
                refs: vec![FoundRef {
                    id: "DEC-0001".into(),
                    relation: 0,
                }],
                changes: vec![Change {
                    kind: 0,
                    path: "decisions/DEC-0001.md".into(),
                    old: None,
                    new: Some(ObjectId([5; 20])),
                }],
            })),
        });
        h.blobs.insert(
            (ObjectId([5; 20]), 0),
            BlobFacts {
                status: Some("draft".into()),
                ..Default::default()
            },
        );
        let dir = tempfile::tempdir().unwrap();
        let path = file_for(dir.path(), "governance", "/x");
        store(&path, &h, 7, None, None).unwrap();
        let (mut back, kept) = load(&path, 7, 1);
        let info = back.commits[0].info.as_deref().unwrap();
        assert!(info.changes.is_empty(), "changes wait to be asked for");
        assert_eq!(info.author, h.commits[0].info.as_deref().unwrap().author);
        back.load_changes();
        assert_eq!(back.commits, h.commits);
        assert_eq!(back.blobs, h.blobs);
        assert_eq!(back.index().get(&ObjectId([2; 20])), Some(&0));
        assert!(kept.timeline.is_none(), "none was stored");
        assert!(kept.releases.is_none(), "none were stored");
        assert!(
            load(&path, 8, 1).0.commits.is_empty(),
            "another configuration starts afresh"
        );
        let t = Timeline::default();
        store(&path, &h, 7, Some((&t, 1)), None).unwrap();
        assert!(
            load(&path, 7, 1).1.timeline.is_some(),
            "the timeline comes back"
        );
        let (mut back, kept) = load(&path, 7, 2);
        back.load_changes();
        assert_eq!(back.commits, h.commits, "the history holds");
        assert!(
            kept.timeline.is_none(),
            "a timeline of other rules does not"
        );
        let releases = Releases {
            tags: vec![TagRef {
                name: "v2.4.0".into(),
                commit: ObjectId([2; 20]),
                time: 1_700_000_100,
                target: ObjectId([4; 20]),
            }],
            first: vec![0],
        };
        let candidates = releases.tags.clone();
        store(&path, &h, 7, None, Some((&candidates, &releases))).unwrap();
        let (c, back) = load(&path, 7, 1)
            .1
            .releases
            .expect("the releases come back");
        assert_eq!(c, candidates);
        assert_eq!((back.tags, back.first), (releases.tags, releases.first));
        // A changes section that does not fit the commits starts afresh.
        let (mut back, _) = load(&path, 7, 1);
        back.defer_changes(vec![9, 0, 0, 0, 1]);
        back.load_changes();
        assert!(back.commits.is_empty(), "read afresh");
        std::fs::write(&path, b"GOVTRACE\x01").unwrap();
        assert!(
            load(&path, 7, 1).0.commits.is_empty(),
            "a damaged file starts afresh"
        );
    }
}
