//! One pack entry read safely: its declared sizes checked against what
//! its bytes can hold and what gov reads before anything is allocated, and
//! the damage named when it cannot be read, so a crafted pack of a few
//! hundred bytes never costs gigabytes and a damaged one is never absent.

use std::path::PathBuf;

use super::ObjectId;
use super::delta::{header, inflate, ops};
use crate::error::PackTrouble;

/// The largest object gov reads (a record, a folder's tree, a commit):
/// 256 MiB, far above any governance file or a tree of millions of
/// records, far below what a crafted entry could ask to allocate. Git
/// stores files above `core.bigFileThreshold` (512 MiB) whole; gov never
/// reads such files.
pub(super) const MAX_OBJECT: usize = 256 << 20;

/// The most bytes of deltas one chain may hold while it is resolved:
/// chains are at most 50 links by default (`git repack --depth`), each a
/// small edit of the one before.
pub(super) const MAX_CHAIN_BYTES: usize = MAX_OBJECT;

/// The most links a delta chain may have (git's own limit is 4095).
pub(super) const MAX_CHAIN_LINKS: usize = 10_000;

/// How much a zlib stream can grow when inflated: deflate's best case is
/// 1032:1 (a 258-byte match in under two bits), plus the stream's own
/// header and checksum. A declared size beyond this is a lie.
pub(super) fn inflatable(compressed: usize) -> usize {
    compressed.saturating_add(16).saturating_mul(1032)
}

/// Why the reader could not give an object it found in one of its packs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Damage {
    /// The pack file.
    pub(super) pack: PathBuf,
    /// The entry's offset in it.
    pub(super) offset: u64,
    /// What is wrong.
    pub(super) reason: PackTrouble,
    /// True when the entry declares more than can be true or allocated:
    /// libgit2 would allocate what it declares, so it is not asked.
    pub(super) implausible: bool,
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at offset {}: {}",
            self.pack.display(),
            self.offset,
            self.reason
        )
    }
}

/// What a read gives: the object; `None` when no pack of this reader holds
/// it (a loose object, a base in another pack); or the damage found.
pub(super) type Read<T> = Result<Option<T>, Damage>;

/// A whole entry's type and size, or a delta's, checked before anything
/// of that size is allocated.
pub(super) fn checked_size(size: usize, compressed: usize) -> Result<(), (PackTrouble, bool)> {
    if size > MAX_OBJECT {
        return Err((
            PackTrouble::TooLarge {
                size,
                limit: MAX_OBJECT,
            },
            true,
        ));
    }
    if size > inflatable(compressed) {
        return Err((PackTrouble::CannotHold { size, compressed }, true));
    }
    Ok(())
}

/// One entry read on the way down a delta chain.
pub(super) enum Step {
    /// A whole object's bytes.
    Whole(Vec<u8>),
    /// An inflated delta and the offset of its base.
    Delta(Vec<u8>, usize),
    /// A delta whose base is named by id: the base's id, where the delta's
    /// zlib stream starts and its size (inflated once the base is found).
    RefDelta(ObjectId, usize, usize),
}

/// Reads the entry at `at` whose bytes are `data`; the error is the
/// damage and whether it is implausible.
pub(super) fn step(
    data: &[u8],
    at: usize,
    z: &mut libdeflater::Decompressor,
) -> Result<Step, (PackTrouble, bool)> {
    let (kind, size, mut pos) = header(data, 0).ok_or((PackTrouble::HeaderUnreadable, false))?;
    match kind {
        1..=4 => Ok(Step::Whole(inflate_checked(data, pos, size, z)?)),
        6 => {
            let mut back: Option<usize> = None;
            let mut more = true;
            while more {
                let c = *data
                    .get(pos)
                    .ok_or((PackTrouble::BaseOffsetCutShort, false))?;
                pos += 1;
                let high = match back {
                    None => Some(0),
                    Some(b) => b.checked_add(1).and_then(|b| b.checked_mul(128)),
                };
                back = high.map(|h| h | usize::from(c & 0x7f));
                if back.is_none() {
                    return Err((PackTrouble::BaseOffsetOutOfRange, false));
                }
                more = c & 0x80 != 0;
            }
            let base_at = back
                .filter(|&b| b > 0)
                .and_then(|b| at.checked_sub(b))
                .ok_or((PackTrouble::BaseOffsetOutsidePack, false))?;
            Ok(Step::Delta(inflate_checked(data, pos, size, z)?, base_at))
        }
        7 => {
            let id = data
                .get(pos..pos + 20)
                .ok_or((PackTrouble::BaseIdCutShort, false))?;
            let id = ObjectId(id.try_into().unwrap_or_default());
            Ok(Step::RefDelta(id, pos + 20, size))
        }
        _ => Err((PackTrouble::UnknownType { kind }, false)),
    }
}

/// Inflates the zlib stream of `data` from `pos`, which declares `size`
/// bytes, once that size is found plausible.
pub(super) fn inflate_checked(
    data: &[u8],
    pos: usize,
    size: usize,
    z: &mut libdeflater::Decompressor,
) -> Result<Vec<u8>, (PackTrouble, bool)> {
    let stream = data.get(pos..).unwrap_or_default();
    checked_size(size, stream.len())?;
    inflate(z, stream, size).ok_or((PackTrouble::ZlibDamaged, false))
}

/// Adds an inflated delta to a chain being resolved, within the chain's
/// limits and with a result size gov would read; gives the chain's new
/// byte count.
pub(super) fn push_delta(
    chain: &mut Vec<std::rc::Rc<Vec<u8>>>,
    chain_bytes: usize,
    delta: Vec<u8>,
) -> Result<usize, (PackTrouble, bool)> {
    match ops(&delta).map(|(_, size, _)| size) {
        Some(size) if size > MAX_OBJECT => {
            return Err((
                PackTrouble::DeltaTooLarge {
                    size,
                    limit: MAX_OBJECT,
                },
                true,
            ));
        }
        Some(_) => {}
        None => return Err((PackTrouble::DeltaHeaderUnreadable, false)),
    }
    let bytes = chain_bytes.saturating_add(delta.len());
    if bytes > MAX_CHAIN_BYTES || chain.len() >= MAX_CHAIN_LINKS {
        return Err((
            PackTrouble::ChainTooLong {
                links: MAX_CHAIN_LINKS,
                bytes: MAX_CHAIN_BYTES,
            },
            true,
        ));
    }
    chain.push(std::rc::Rc::new(delta));
    Ok(bytes)
}
