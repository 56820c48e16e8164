//! What a history cache file holds between its header and its checksum:
//! the tips and tags, every commit, the facts of every record blob, the
//! changes section (see [`super::cache_changes`]), the timeline (see
//! [`super::cache_timeline`]) and a code repository's releases.
//!
//! Decoding checks every number that later code uses to index something:
//! a timeline's commit positions, a release's tag positions, the number of
//! releases against the number of commits. The checksum catches accidents
//! before this is reached; these checks keep a file whose checksum is
//! right but whose content is not (a bug, or a file made by hand) from
//! making a later step panic.

use std::io::Write;
use std::ops::Range;

use super::blob_facts::BlobFacts;
use super::cache_changes;
use super::cache_timeline;
use super::codec::{Corrupt, Reader, Writer};
use super::commit::{CommitFacts, CommitInfo};
use super::graph::UNRELEASED;
use super::refs::FoundRef;
use super::repo_history::RepoHistory;
use super::tags::Releases;
use super::text::Text;
use super::timeline::Timeline;
use crate::git::{Parents, TagRef};

/// What a cache file holds besides the history.
#[derive(Debug, Default)]
pub struct Kept {
    /// The governance timeline, when it was replayed under the timeline
    /// fingerprint given to the loader.
    pub timeline: Option<Timeline>,
    /// A code repository's releases as last worked out, with the release
    /// candidates they were worked out from: they hold while the history
    /// is unchanged and the candidates are the same (the caller compares
    /// them), and spare a warm run the commit graph.
    pub releases: Option<(Vec<TagRef>, Releases)>,
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

/// Encodes the body of a cache file into `w`, handing it to `out` in
/// pieces; what is left in `w` is the caller's to write.
pub fn encode(
    w: &mut Writer,
    h: &RepoHistory,
    timeline: Option<(&Timeline, u64)>,
    releases: Option<(&[TagRef], &Releases)>,
    out: &mut impl Write,
) -> std::io::Result<()> {
    w.count(h.tips.len());
    for t in &h.tips {
        w.oid(t);
    }
    encode_tags(w, &h.tags);
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
        spill(w, out)?;
    }
    w.count(h.blobs.len());
    for ((blob, kind), f) in &h.blobs {
        w.oid(blob);
        w.u8(*kind);
        w.opt_shared(f.front_id.as_deref());
        w.opt_shared(f.status.as_deref());
        w.opt_shared(f.status_label.as_deref());
        w.opt_shared(f.title.as_deref());
        w.strs(&f.approved_by);
        w.strs(&f.deciders);
        w.opt_str(f.superseded_by.as_deref());
        w.opt_shared(f.date.as_deref());
        w.opt_shared(f.kind_type.as_deref());
        w.u8(read_as_code(f.read_as));
        let (line, column) = f.not_utf8.unwrap_or_default();
        w.u32(line);
        w.u32(column);
        spill(w, out)?;
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
            cache_timeline::encode(w, t, fp);
        }
    }
    spill(w, out)?;
    match releases {
        None => w.u8(0),
        Some((candidates, r)) => {
            w.u8(1);
            encode_tags(w, candidates);
            encode_tags(w, &r.tags);
            w.count(r.first.len());
            for f in &r.first {
                w.u32(*f);
            }
        }
    }
    Ok(())
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

/// Decodes a body from `r` to its end. The changes section is not
/// decoded: its place in `r`'s bytes comes back, for
/// [`RepoHistory::defer_changes`].
pub fn decode(
    r: &mut Reader<'_>,
    timeline_fingerprint: u64,
) -> Result<(RepoHistory, Kept, Range<usize>), Corrupt> {
    let mut h = RepoHistory::default();
    let tips = r.count()?;
    for _ in 0..tips {
        h.tips.push(r.oid()?);
    }
    h.tags = decode_tags(r)?;
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
            1 => Some(Box::new(decode_info(r)?)),
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
            date: r.opt_shared()?,
            kind_type: r.opt_shared()?,
            read_as: read_as_of(r.u8()?)?,
            not_utf8: match (r.u32()?, r.u32()?) {
                (0, _) => None,
                at => Some(at),
            },
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
        1 => match cache_timeline::decode(r, timeline_fingerprint, h.commits.len())? {
            None => return Ok((h, Kept::default(), changes)),
            t => t,
        },
        _ => return Err(Corrupt),
    };
    let releases = match r.u8()? {
        0 => None,
        1 => Some(decode_releases(r, h.commits.len())?),
        _ => return Err(Corrupt),
    };
    if !r.at_end() {
        return Err(Corrupt);
    }
    Ok((h, Kept { timeline, releases }, changes))
}

/// A code repository's releases: one first release per commit, each a
/// position among the release tags or [`UNRELEASED`].
fn decode_releases(r: &mut Reader<'_>, commits: usize) -> Result<(Vec<TagRef>, Releases), Corrupt> {
    let candidates = decode_tags(r)?;
    let tags = decode_tags(r)?;
    let n = r.count()?;
    if n != commits {
        return Err(Corrupt);
    }
    let first = (0..n)
        .map(|_| match r.u32()? {
            f if f == UNRELEASED || (f as usize) < tags.len() => Ok(f),
            _ => Err(Corrupt),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((candidates, Releases { tags, first }))
}

fn decode_info(r: &mut Reader<'_>) -> Result<CommitInfo, Corrupt> {
    let author = Text::shared(&r.shared()?);
    let email = Text::shared(&r.shared()?);
    let offset = i32::try_from(r.i64()?).map_err(|_| Corrupt)?;
    let summary = r.text()?;
    let signed = match r.u8()? {
        0 => false,
        1 => true,
        _ => return Err(Corrupt),
    };
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

/// The import formats a version from before `gov import` can be read as,
/// by their code in the file (0: read from front matter).
const READ_AS: [crate::import::Format; 5] = [
    crate::import::Format::Markdown,
    crate::import::Format::AdrTools,
    crate::import::Format::Madr,
    crate::import::Format::Log4brains,
    crate::import::Format::GithubIssues,
];

fn read_as_code(f: Option<crate::import::Format>) -> u8 {
    f.and_then(|f| READ_AS.iter().position(|x| *x == f))
        .map_or(0, |i| i as u8 + 1)
}

fn read_as_of(code: u8) -> Result<Option<crate::import::Format>, Corrupt> {
    match code {
        0 => Ok(None),
        c => READ_AS
            .get(usize::from(c) - 1)
            .copied()
            .map(Some)
            .ok_or(Corrupt),
    }
}
