//! The history cache: what was read of a repository, kept in the
//! governance repository's `.git/gov/trace/` (inside `.git`, never in the
//! work tree), one file per repository.
//!
//! A file is keyed by the commit ids it holds and says which tips it was
//! built from; facts of a commit never change, so a run reads only commits
//! the file lacks and drops those no tip reaches any more. A file written by
//! another gov version or under another configuration of folders, kinds or
//! trailers is ignored (and replaced) without a word. A file that fails its
//! checksum or does not decode, or something other than a regular file in
//! its place, is ignored too, and said once as a [`CacheNotice`]: a damaged
//! cache never changes an answer (DEC-0026). Writes go to a temporary file
//! that is renamed into place, so a reader never sees half a file.
//!
//! The layout: a header (magic, format, gov version, configuration
//! fingerprint), the body ([`super::cache_body`]), and a CRC-32 of all
//! that as a trailer ([`super::cache_file`]).

use std::path::{Path, PathBuf};

use super::cache_body;
use super::cache_file::{self, Checked, TEMP_PREFIX, TEMP_SUFFIX, Unread};
use super::codec::{Corrupt, Reader, Writer, fnv1a};
use super::repo_history::RepoHistory;
use super::tags::Releases;
use super::timeline::Timeline;
use crate::config::Config;
use crate::git::TagRef;

pub use super::cache_body::Kept;

const MAGIC: &[u8; 8] = b"GOVTRACE";
/// The layout's version. 9: the checksum trailer, and decoding checks the
/// positions later steps index with. 10: a title taken from the body is its
/// first level-1 heading as the Markdown reader reads it (DEC-0031), and the
/// facts' texts are in NFC (DEC-0033), so a cache of 9 is rebuilt. 11:
/// versions from before `gov import` are read with the import readers
/// (date, type and the format read as are kept; DEC-0042), and the
/// timeline follows records by path and knows earlier IDs and
/// renumberings, so a cache of 10 (which holds those versions without a
/// status) is rebuilt. 12: a version that is not UTF-8 is kept as such
/// (where it stops being UTF-8), not read with replaced characters.
/// 13: authors and summaries are decoded by their commit's `encoding`
/// header, not lossily (DEC-0051), so a cache of 12 (which may hold
/// U+FFFD for a Latin-1 name) is rebuilt. 14: the timeline joins a rename
/// made in two commits (DEC-0056), so a timeline of 13 is replayed again.
/// 15: two files without an ID sharing a stem in different folders (two
/// log4brains packages' `20240305-x.md`) are two records, not one. 16: a
/// merge lists every file it removes (a record renumbered while merging).
/// 17: a file without an ID deleted and written again at its path beside
/// a namesake is its own record come back, not a third one. 18: a change
/// on a branch to a file another branch deleted stays with that file's
/// record, not its namesake's.
const FORMAT: u32 = 18;
/// The formats written before the checksum: a file of one of them is an
/// older gov's, replaced without a word.
const UNCHECKED: std::ops::RangeInclusive<u32> = 1..=8;

/// The fingerprint of the configuration the facts depend on: besides the
/// kinds (folders, vocabularies, types), the bodies, by which the import
/// readers map a pre-import version's deciders.
pub fn fingerprint(config: &Config) -> u64 {
    let relevant = serde_json::json!({
        "kinds": serde_json::to_value(&config.kinds).unwrap_or_default(),
        "bodies": serde_json::to_value(&config.bodies).unwrap_or_default(),
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

/// A cache file that was there but could not be used: the history was
/// read afresh, so every answer is as right as without a cache, and the
/// commands that read history say it once on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheNotice {
    /// The cache file.
    pub path: PathBuf,
    /// What was wrong with it.
    pub problem: CacheProblem,
}

/// What was wrong with a cache file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheProblem {
    /// It failed its checksum or did not decode; it is rebuilt.
    Damaged,
    /// Something other than a regular file is in its place (a folder, a
    /// FIFO, a symbolic link): it was not opened, and is left as it is,
    /// so history is read without a cache until it is removed.
    NotAFile,
    /// It could not be read (the operating system's reason).
    Unreadable(String),
}

/// What [`load`] gives.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The history the file held (empty when it held none).
    pub history: RepoHistory,
    /// The rest it held.
    pub kept: Kept,
    /// What was wrong with the file, if it was there and not used.
    pub notice: Option<CacheNotice>,
}

/// Reads a cache file; a missing, foreign or damaged file gives an empty
/// history (and the repository is read afresh), the last with a notice.
/// The timeline stored with the history comes back when it was made under
/// `timeline_fingerprint`.
pub fn load(path: &Path, fingerprint: u64, timeline_fingerprint: u64) -> Loaded {
    let notice = |problem| Loaded {
        notice: Some(CacheNotice {
            path: path.to_path_buf(),
            problem,
        }),
        ..Loaded::default()
    };
    let bytes = match cache_file::read_regular(path) {
        Ok(bytes) => bytes,
        Err(Unread::Missing) => return Loaded::default(),
        Err(Unread::NotAFile) => return notice(CacheProblem::NotAFile),
        Err(Unread::Failed(e)) => return notice(CacheProblem::Unreadable(e.to_string())),
    };
    from_bytes(path, &bytes, fingerprint, timeline_fingerprint)
}

/// [`load`] once the file is read.
fn from_bytes(path: &Path, bytes: &[u8], fingerprint: u64, timeline_fingerprint: u64) -> Loaded {
    match decode(bytes, fingerprint, timeline_fingerprint) {
        Ok(Some((mut history, kept, changes))) => {
            history.reindex();
            // Only the changes section is kept (a fifth of the file): the
            // rest is freed for what the run does next.
            if let Some(section) = bytes.get(changes).filter(|c| !c.is_empty()) {
                history.defer_changes(section.to_vec());
            }
            Loaded {
                history,
                kept,
                notice: None,
            }
        }
        Ok(None) => Loaded::default(),
        Err(Corrupt) => Loaded {
            notice: Some(CacheNotice {
                path: path.to_path_buf(),
                problem: CacheProblem::Damaged,
            }),
            ..Loaded::default()
        },
    }
}

/// Writes a cache file atomically. Failing to write a cache is never an
/// error of the command (a read-only `.git` just means no cache). Nothing
/// but a regular file is ever replaced; temporary files of killed runs
/// are cleared first ([`cache_file::sweep_temporaries`]).
pub fn store(
    path: &Path,
    history: &RepoHistory,
    fingerprint: u64,
    timeline: Option<(&Timeline, u64)>,
    releases: Option<(&[TagRef], &Releases)>,
) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    if !cache_file::replaceable(path) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "not a regular file: left as it is",
        ));
    }
    cache_file::sweep_temporaries(dir, std::time::SystemTime::now());
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    let mut out = Checked::new(&mut tmp);
    let mut w = Writer::default();
    w.buf.extend_from_slice(MAGIC);
    w.u32(FORMAT);
    w.str(env!("CARGO_PKG_VERSION"));
    w.u64(fingerprint);
    cache_body::encode(&mut w, history, timeline, releases, &mut out)?;
    std::io::Write::write_all(&mut out, &w.buf)?;
    out.finish()?;
    // No fsync: the rename makes the file appear whole to readers, and a
    // file cut short by a crash fails its checksum on loading and is read
    // afresh. A cache is not worth 80 ms of every run that writes it.
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

type Decoded = (RepoHistory, Kept, std::ops::Range<usize>);

/// Decodes a whole file: `Ok(None)` for a file of another gov version or
/// configuration, `Err` for one that fails its checksum or does not decode.
fn decode(
    bytes: &[u8],
    fingerprint: u64,
    timeline_fingerprint: u64,
) -> Result<Option<Decoded>, Corrupt> {
    if !bytes.starts_with(MAGIC) {
        return Err(Corrupt);
    }
    let format = bytes
        .get(8..12)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes)
        .ok_or(Corrupt)?;
    let Some(checked) = cache_file::verified(bytes) else {
        return if UNCHECKED.contains(&format) {
            Ok(None)
        } else {
            Err(Corrupt)
        };
    };
    let mut r = Reader::new(checked);
    r.take(MAGIC.len() + 4)?;
    if format != FORMAT || r.str()? != env!("CARGO_PKG_VERSION") || r.u64()? != fingerprint {
        return Ok(None);
    }
    cache_body::decode(&mut r, timeline_fingerprint).map(Some)
}

/// Entry points for the `cache` fuzz target: the decoder as [`load`] runs
/// it (checksum first), and the body decoder behind the checksum, which a
/// fuzzer could otherwise never reach. Each also decodes the changes
/// section into the commits, as a run that replays the timeline does.
#[doc(hidden)]
pub mod fuzzing {
    use super::*;

    /// A whole file, as [`load`] reads it.
    pub fn file(
        bytes: &[u8],
        fingerprint: u64,
        timeline_fingerprint: u64,
    ) -> Option<(RepoHistory, Kept)> {
        let (h, kept, changes) = decode(bytes, fingerprint, timeline_fingerprint).ok()??;
        with_changes(h, kept, bytes.get(changes)?)
    }

    /// The bytes between a file's header and its trailer.
    pub fn body(bytes: &[u8], timeline_fingerprint: u64) -> Option<(RepoHistory, Kept)> {
        let mut r = Reader::new(bytes);
        let (h, kept, changes) = cache_body::decode(&mut r, timeline_fingerprint).ok()?;
        with_changes(h, kept, bytes.get(changes)?)
    }

    /// A whole file around `body`: the header under `fingerprint`, the
    /// trailer.
    pub fn seal(body: &[u8], fingerprint: u64) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(FORMAT);
        w.str(env!("CARGO_PKG_VERSION"));
        w.u64(fingerprint);
        let mut out = Checked::new(Vec::new());
        let written = std::io::Write::write_all(&mut out, &w.buf)
            .and_then(|()| std::io::Write::write_all(&mut out, body));
        written.and_then(|()| out.finish()).unwrap_or_default()
    }

    /// Where the body starts in a file of this gov version.
    pub fn header_len() -> usize {
        MAGIC.len() + 4 + 4 + env!("CARGO_PKG_VERSION").len() + 8
    }

    /// `None` when the changes section does not fit the commits: the
    /// history is then emptied, which makes a run read the repository
    /// afresh and drop the file's timeline and releases with it.
    fn with_changes(mut h: RepoHistory, kept: Kept, changes: &[u8]) -> Option<(RepoHistory, Kept)> {
        h.reindex();
        h.defer_changes(changes.to_vec());
        let commits = h.commits.len();
        h.load_changes();
        (h.commits.len() == commits).then_some((h, kept))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::git::{ObjectId, Parents};
    use crate::trace::blob_facts::BlobFacts;
    use crate::trace::commit::{Change, CommitFacts, CommitInfo};
    use crate::trace::refs::FoundRef;

    fn sample() -> RepoHistory {
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
                signed: true,
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
        // An unsigned commit, and one that matters to no record (it keeps
        // no facts beyond these).
        let mut unsigned = h.commits[0].clone();
        unsigned.id = ObjectId([1; 20]);
        unsigned.parents = Parents::One(ObjectId([0; 20]));
        if let Some(info) = unsigned.info.as_mut() {
            info.signed = false;
            info.changes.clear();
        }
        h.commits.push(unsigned);
        h.commits.push(CommitFacts {
            id: ObjectId([0; 20]),
            parents: Parents::None,
            tree: ObjectId([8; 20]),
            time: 1_699_000_000,
            info: None,
        });
        h.blobs.insert(
            (ObjectId([5; 20]), 0),
            BlobFacts {
                status: Some("draft".into()),
                ..Default::default()
            },
        );
        h.blobs.insert(
            (ObjectId([6; 20]), 0),
            BlobFacts {
                status: Some("accepted".into()),
                status_label: Some("Besluttet på mødet".into()),
                date: Some("2026-06-04".into()),
                kind_type: Some("strategic".into()),
                read_as: Some(crate::import::Format::Log4brains),
                not_utf8: Some((3, 7)),
                ..Default::default()
            },
        );
        h
    }

    fn releases(first: u32) -> Releases {
        Releases {
            tags: vec![TagRef {
                name: "v2.4.0".into(),
                commit: ObjectId([2; 20]),
                time: 1_700_000_100,
                target: ObjectId([4; 20]),
            }],
            first: vec![first, crate::trace::graph::UNRELEASED, 0],
        }
    }

    #[test]
    fn a_history_round_trips_and_another_fingerprint_is_ignored() {
        let h = sample();
        let dir = tempfile::tempdir().unwrap();
        let path = file_for(dir.path(), "governance", "/x");
        store(&path, &h, 7, None, None).unwrap();
        let Loaded {
            history: mut back,
            kept,
            notice,
        } = load(&path, 7, 1);
        assert_eq!(notice, None);
        let info = back.commits[0].info.as_deref().unwrap();
        assert!(info.changes.is_empty(), "changes wait to be asked for");
        assert_eq!(info.author, h.commits[0].info.as_deref().unwrap().author);
        back.load_changes();
        assert_eq!(back.commits, h.commits);
        assert_eq!(back.blobs, h.blobs);
        assert_eq!(back.index().get(&ObjectId([2; 20])), Some(&0));
        assert!(kept.timeline.is_none(), "none was stored");
        assert!(kept.releases.is_none(), "none were stored");
        let other = load(&path, 8, 1);
        assert!(
            other.history.commits.is_empty(),
            "another configuration starts afresh"
        );
        assert_eq!(other.notice, None, "and says nothing");
        let t = Timeline::default();
        store(&path, &h, 7, Some((&t, 1)), None).unwrap();
        assert!(
            load(&path, 7, 1).kept.timeline.is_some(),
            "the timeline comes back"
        );
        let mut back = load(&path, 7, 2);
        back.history.load_changes();
        assert_eq!(back.history.commits, h.commits, "the history holds");
        assert!(
            back.kept.timeline.is_none(),
            "a timeline of other rules does not"
        );
        let releases = releases(0);
        let candidates = releases.tags.clone();
        store(&path, &h, 7, None, Some((&candidates, &releases))).unwrap();
        let (c, back) = load(&path, 7, 1)
            .kept
            .releases
            .expect("the releases come back");
        assert_eq!(c, candidates);
        assert_eq!((back.tags, back.first), (releases.tags, releases.first));
        // A changes section that does not fit the commits starts afresh.
        let mut back = load(&path, 7, 1).history;
        back.defer_changes(vec![9, 0, 0, 0, 1]);
        back.load_changes();
        assert!(back.commits.is_empty(), "read afresh");
    }

    /// Every single-bit flip anywhere in a file, header and trailer
    /// included, is caught: the history starts afresh and the damage is
    /// said, except where the flip makes the header name a format written
    /// before the checksum (then the file reads as an older gov's).
    #[test]
    fn every_flipped_bit_is_damage_and_is_said() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.bin");
        let t = Timeline::default();
        let rel = releases(0);
        store(&path, &sample(), 7, Some((&t, 1)), Some((&rel.tags, &rel))).unwrap();
        let good = std::fs::read(&path).unwrap();
        assert!(load(&path, 7, 1).kept.releases.is_some());
        for at in 0..good.len() {
            for bit in 0..8 {
                let mut bad = good.clone();
                bad[at] ^= 1 << bit;
                let l = from_bytes(&path, &bad, 7, 1);
                assert!(l.history.commits.is_empty(), "byte {at} bit {bit}");
                assert!(l.kept.timeline.is_none() && l.kept.releases.is_none());
                let old_format = (8..12).contains(&at)
                    && UNCHECKED.contains(&u32::from_le_bytes(bad[8..12].try_into().unwrap()));
                let want = (!old_format).then(|| CacheNotice {
                    path: path.clone(),
                    problem: CacheProblem::Damaged,
                });
                assert_eq!(l.notice, want, "byte {at} bit {bit}");
            }
        }
        for cut in [0, 7, 12, good.len() / 2, good.len() - 1] {
            assert_eq!(
                from_bytes(&path, &good[..cut], 7, 1)
                    .notice
                    .map(|n| n.problem),
                Some(CacheProblem::Damaged),
                "cut at {cut}"
            );
        }
    }

    /// A file of a format before the checksum is an older gov's: replaced
    /// without a word.
    #[test]
    fn an_older_format_is_replaced_quietly() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.bin");
        let mut old = MAGIC.to_vec();
        old.extend_from_slice(&8u32.to_le_bytes());
        old.extend_from_slice(&[0; 40]);
        std::fs::write(&path, &old).unwrap();
        let l = load(&path, 7, 1);
        assert_eq!((l.history.commits.len(), l.notice), (0, None));
    }

    /// A file whose checksum is right but whose content points past what
    /// it holds (a release position past the tags: one such bit made
    /// every later run panic) is damage, not a panic.
    #[test]
    fn positions_past_what_a_file_holds_are_damage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("code.bin");
        for (first, ok) in [
            (0, true),
            (crate::trace::graph::UNRELEASED, true),
            (1, false),
            (1 << 30, false),
        ] {
            let rel = releases(first);
            store(&path, &sample(), 7, None, Some((&rel.tags, &rel))).unwrap();
            let l = load(&path, 7, 1);
            assert_eq!(l.kept.releases.is_some(), ok, "first release {first}");
            assert_eq!(l.notice.is_none(), ok, "first release {first}");
        }
        let mut more = releases(0);
        more.first.push(0);
        store(&path, &sample(), 7, None, Some((&more.tags, &more))).unwrap();
        let l = load(&path, 7, 1);
        assert!(l.notice.is_some(), "a first release per commit, no more");
    }

    #[test]
    fn what_is_not_a_regular_file_is_neither_read_nor_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.bin");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let link = dir.path().join("zero.bin");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let folder = dir.path().join("folder.bin");
        std::fs::create_dir(&folder).unwrap();
        for path in [fifo, link, folder] {
            // A FIFO opened for reading would block here for ever.
            let l = load(&path, 7, 1);
            let problem = l.notice.map(|n| n.problem);
            assert_eq!(problem, Some(CacheProblem::NotAFile), "{}", path.display());
            assert!(store(&path, &sample(), 7, None, None).is_err());
            let kind = std::fs::symlink_metadata(&path).unwrap().file_type();
            assert!(!kind.is_file(), "{} is left as it was", path.display());
        }
        let listed: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(listed.len(), 3, "no temporary file is left");
    }

    /// A run that writes the cache clears the temporary files of a run
    /// killed while writing, once nobody has written to them for a
    /// minute.
    #[test]
    fn a_killed_runs_temporary_file_is_cleared_by_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = file_for(dir.path(), "governance", "/x");
        let trace = path.parent().unwrap();
        std::fs::create_dir_all(trace).unwrap();
        let left = trace.join(".trace-AbC123.tmp");
        let young = trace.join(".trace-XyZ789.tmp");
        std::fs::write(&left, b"GOVTRACE half").unwrap();
        std::fs::write(&young, b"GOVTRACE being written").unwrap();
        let minute_ago = std::time::SystemTime::now() - cache_file::STALE_AFTER;
        let f = std::fs::File::options().write(true).open(&left).unwrap();
        f.set_modified(minute_ago - std::time::Duration::from_secs(5))
            .unwrap();
        store(&path, &sample(), 7, None, None).unwrap();
        assert!(!left.exists(), "the leftover is removed");
        assert!(young.exists(), "a file being written is not");
        assert!(load(&path, 7, 1).notice.is_none());
    }
}
