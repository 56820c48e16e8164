//! A reader of git's pack files with a real delta-base cache, for reading
//! every version of a tree or blob along history.
//!
//! libgit2 caches only the bottom of a delta chain, so reading version after
//! version of a record folder's tree (packs chain up to 50 deltas) redoes
//! the whole chain each time. This reader keeps every object it builds
//! (up to a memory budget), so reading versions in history order costs one
//! delta per version. It reads only `.idx` v2 / `.pack` files of SHA-1
//! repositories, one entry at a time (an entry ends where the next begins),
//! and gives up (the caller falls back to libgit2) on anything else: a
//! loose object, a damaged entry, a base in another pack.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::ObjectId;
use super::delta::header;
use super::pack_entry::{Step, inflate_checked, push_delta, step};
use super::pack_window::{Bytes, Windows};

pub(super) use super::pack_entry::{Damage, MAX_OBJECT, Read};
use super::rope::{self, Rope};
use crate::error::PackTrouble;

/// How many bytes of built objects are kept: an eighth of the packs'
/// size, between these bounds. Delta chains reach further back in a larger
/// pack: at 411,855 commits a 24 MiB cache made `gov log` 2.5 times slower
/// than a 96 MiB one, for the same peak memory.
const CACHE_MIN: usize = 24 << 20;
const CACHE_MAX: usize = 128 << 20;

struct Pack {
    path: PathBuf,
    idx: Vec<u8>,
    bytes: Bytes,
    /// Every entry's offset, sorted, and the pack's data end last: an
    /// entry's bytes end where the next one starts.
    ends: Vec<u64>,
    /// The index position (in the `.idx` tables) of each entry of `ends`.
    order: Vec<u32>,
    /// One bit per entry of `ends`: its CRC32 matched the index's.
    checked: Vec<u64>,
    count: usize,
    windows: Windows,
}

impl Pack {
    /// The bytes of the entry at `at`, up to the next entry, checked
    /// against the CRC32 the index records for it the first time.
    fn entry(&mut self, at: usize) -> Result<&[u8], PackTrouble> {
        let at = at as u64;
        let i = self.ends.partition_point(|&o| o <= at);
        if i == 0 || self.ends[i - 1] != at || i == self.ends.len() {
            return Err(PackTrouble::NoEntryThere);
        }
        let k = i - 1;
        let end = self.ends[i];
        let data_end = self.ends[self.ends.len() - 1];
        let crc_at = 8 + 256 * 4 + self.count * 20 + self.order[k] as usize * 4;
        let want = be32(&self.idx, crc_at).ok_or(PackTrouble::IndexCutShort)?;
        let (word, bit) = (k / 64, 1u64 << (k % 64));
        let verified = self.checked[word] & bit != 0;
        let bytes = self
            .windows
            .read(&self.bytes, at, end, data_end)
            .ok_or(PackTrouble::PackCutShort)?;
        if !verified {
            if crc32fast::hash(bytes) != want {
                return Err(PackTrouble::CrcMismatch);
            }
            self.checked[word] |= bit;
        }
        Ok(bytes)
    }
}

/// The packs of one repository, with the cache of built objects.
pub struct Packs {
    packs: Vec<Pack>,
    /// Index files that could not be used, and why: named when an object
    /// they may hold cannot be read at all.
    skipped: Vec<(PathBuf, PackTrouble)>,
    cache: HashMap<(usize, usize), Rc<Rope>>,
    order: VecDeque<(usize, usize)>,
    cached_bytes: usize,
    budget: usize,
    z: libdeflater::Decompressor,
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl Packs {
    /// Opens every pack of the repository whose object store is in
    /// `common_dir` (the common git directory, shared by linked worktrees);
    /// `None` when there is none this reader can use.
    pub fn open(common_dir: &Path) -> Option<Packs> {
        let dir = common_dir.join("objects").join("pack");
        let mut found = Vec::new();
        let mut skipped = Vec::new();
        // No pack folder: no packs (a fresh repository, loose objects only);
        // an entry that cannot be listed is left to libgit2, which is asked
        // for whatever this reader does not hold.
        for entry in std::fs::read_dir(dir).ok()?.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("idx") {
                continue;
            }
            let pack_path = path.with_extension("pack");
            match std::fs::read(&path)
                .map_err(|e| PackTrouble::Io(e.kind()))
                .and_then(|idx| {
                    let file =
                        std::fs::File::open(&pack_path).map_err(|e| PackTrouble::Io(e.kind()))?;
                    let len = file
                        .metadata()
                        .map_err(|e| PackTrouble::Io(e.kind()))?
                        .len();
                    Ok((idx, Bytes::File(file), len))
                }) {
                Ok((idx, bytes, len)) => match Pack::new(pack_path, idx, bytes, len) {
                    Ok(pack) => found.push(pack),
                    Err(why) => skipped.push((path.clone(), why)),
                },
                Err(why) => skipped.push((path, why)),
            }
        }
        Packs::of(found, skipped)
    }

    /// A reader of one pack held in memory, for the fuzz targets.
    /// With `skip_crc`, every entry counts as checked already.
    pub(super) fn in_memory(idx: Vec<u8>, pack: Vec<u8>, skip_crc: bool) -> Option<Packs> {
        let len = pack.len() as u64;
        let mut pack = Pack::new(PathBuf::from("fuzz.pack"), idx, Bytes::Memory(pack), len).ok()?;
        if skip_crc {
            pack.checked.fill(u64::MAX);
        }
        Packs::of(vec![pack], Vec::new())
    }

    fn of(mut packs: Vec<Pack>, skipped: Vec<(PathBuf, PackTrouble)>) -> Option<Packs> {
        // The windows are shared out among the packs (see `pack_window`).
        let n = packs.len();
        for p in &mut packs {
            p.windows = Windows::new(n);
        }
        let size: u64 = packs.iter().filter_map(|p| p.ends.last()).sum();
        let budget = usize::try_from(size / 8)
            .unwrap_or(CACHE_MAX)
            .clamp(CACHE_MIN, CACHE_MAX);
        (!packs.is_empty()).then(|| Packs {
            packs,
            skipped,
            cache: HashMap::new(),
            order: VecDeque::new(),
            cached_bytes: 0,
            budget,
            z: libdeflater::Decompressor::new(),
        })
    }

    /// Index files this reader could not use, and why.
    pub(super) fn skipped(&self) -> &[(PathBuf, PackTrouble)] {
        &self.skipped
    }

    /// Where an object is: its pack and offset.
    fn find(&self, id: &ObjectId) -> Option<(usize, usize)> {
        for (p, pack) in self.packs.iter().enumerate() {
            let first = usize::from(id.0[0]);
            let lo = if first == 0 {
                0
            } else {
                be32(&pack.idx, 8 + (first - 1) * 4)? as usize
            };
            let hi = be32(&pack.idx, 8 + first * 4)? as usize;
            let names = 8 + 256 * 4;
            let table = pack.idx.get(names..names + pack.count * 20)?;
            if let Some(i) = position(table, lo, hi.min(pack.count), id) {
                let offsets = names + pack.count * 24;
                let off = be32(&pack.idx, offsets + i * 4)?;
                let off = if off & 0x8000_0000 == 0 {
                    u64::from(off)
                } else {
                    let large = offsets + pack.count * 4 + (off & 0x7fff_ffff) as usize * 8;
                    u64::from_be_bytes(pack.idx.get(large..large + 8)?.try_into().ok()?)
                };
                return Some((p, usize::try_from(off).ok()?));
            }
        }
        None
    }

    /// The content of an object, when it is in a pack this reader can read.
    pub(super) fn read(&mut self, id: &ObjectId) -> Read<Rc<Vec<u8>>> {
        let Some((p, off)) = self.find(id) else {
            return Ok(None);
        };
        Ok(self.read_at(p, off)?.map(|r| r.to_flat()))
    }

    /// The content of an object as a rope: an object built from a delta
    /// shares the bytes of its base (see [`rope`]).
    pub(super) fn read_rope(&mut self, id: &ObjectId) -> Read<Rc<Rope>> {
        let Some((p, off)) = self.find(id) else {
            return Ok(None);
        };
        self.read_at(p, off)
    }

    /// The content of an object read once in a walk (a commit): a whole
    /// object is inflated without being kept; a delta goes through the
    /// cache like any other.
    pub(super) fn read_once(&mut self, id: &ObjectId) -> Read<Rc<Vec<u8>>> {
        let Some((p, off)) = self.find(id) else {
            return Ok(None);
        };
        if let Some(hit) = self.cache.get(&(p, off)) {
            return Ok(Some(hit.to_flat()));
        }
        let data = match self.packs[p].entry(off) {
            Ok(d) => d,
            Err(why) => return Err(self.damage(p, off, (why, false))),
        };
        let whole = match header(data, 0) {
            Some((1..=4, size, pos)) => inflate_checked(data, pos, size, &mut self.z),
            Some(_) => return Ok(self.read_at(p, off)?.map(|r| r.to_flat())),
            None => Err((PackTrouble::HeaderUnreadable, false)),
        };
        match whole {
            Ok(bytes) => Ok(Some(Rc::new(bytes))),
            Err(e) => Err(self.damage(p, off, e)),
        }
    }

    /// The damage found at `at` of pack `p`.
    fn damage(&self, p: usize, at: usize, (reason, implausible): (PackTrouble, bool)) -> Damage {
        Damage {
            pack: self.packs[p].path.clone(),
            offset: at as u64,
            reason,
            implausible,
        }
    }

    fn read_at(&mut self, p: usize, off: usize) -> Read<Rc<Rope>> {
        let damage = |packs: &Packs, at: usize, e| packs.damage(p, at, e);
        // Walk down the chain to a cached object or a whole one.
        // The deltas from `off` down, and the offset each one builds.
        let mut chain: Vec<Rc<Vec<u8>>> = Vec::new();
        let mut chain_bytes = 0usize;
        let mut offsets: Vec<usize> = vec![off];
        let mut at = off;
        let base: Rc<Rope> = loop {
            if let Some(hit) = self.cache.get(&(p, at)) {
                break Rc::clone(hit);
            }
            let step = match self.packs[p].entry(at) {
                Ok(data) => step(data, at, &mut self.z),
                Err(why) => Err((why, false)),
            };
            let next = match step {
                Ok(Step::Whole(bytes)) => {
                    let whole = Rc::new(Rope::flat(Rc::new(bytes)));
                    self.remember(p, at, &whole);
                    break whole;
                }
                Ok(Step::Delta(delta, base_at)) => {
                    chain_bytes = push_delta(&mut chain, chain_bytes, delta)
                        .map_err(|e| damage(self, at, e))?;
                    base_at
                }
                Ok(Step::RefDelta(base_id, pos, size)) => match self.find(&base_id) {
                    Some((bp, boff)) if bp == p => {
                        let delta = match self.packs[p].entry(at) {
                            Ok(data) => inflate_checked(data, pos, size, &mut self.z),
                            Err(why) => Err((why, false)),
                        };
                        let delta = delta.map_err(|e| damage(self, at, e))?;
                        chain_bytes = push_delta(&mut chain, chain_bytes, delta)
                            .map_err(|e| damage(self, at, e))?;
                        boff
                    }
                    // A base in another pack, or in none: libgit2's to read.
                    _ => return Ok(None),
                },
                Err(e) => return Err(damage(self, at, e)),
            };
            at = next;
            offsets.push(at);
        };
        let mut current = base;
        offsets.pop();
        while let (Some(delta), Some(at)) = (chain.pop(), offsets.pop()) {
            let Some(built) = rope::apply(&current, &delta) else {
                return Err(damage(self, at, (PackTrouble::DeltaDoesNotApply, false)));
            };
            let built = Rc::new(built);
            self.remember(p, at, &built);
            current = built;
        }
        Ok(Some(current))
    }

    fn remember(&mut self, p: usize, at: usize, bytes: &Rc<Rope>) {
        if bytes.len() > self.budget / 8 || self.cache.contains_key(&(p, at)) {
            return;
        }
        self.cache.insert((p, at), Rc::clone(bytes));
        self.order.push_back((p, at));
        self.cached_bytes += bytes.len();
        while self.cached_bytes > self.budget {
            let Some(old) = self.order.pop_front() else {
                break;
            };
            if let Some(b) = self.cache.remove(&old) {
                self.cached_bytes -= b.len();
            }
        }
    }
}

impl Pack {
    /// A pack and its index, checked as far as reading needs: the index
    /// is version 2 and holds every table its count promises.
    fn new(path: PathBuf, idx: Vec<u8>, bytes: Bytes, len: u64) -> Result<Pack, PackTrouble> {
        if idx.get(..8) != Some(&[0xff, b't', b'O', b'c', 0, 0, 0, 2][..]) {
            return Err(PackTrouble::NotIndexV2);
        }
        let count = be32(&idx, 8 + 255 * 4).ok_or(PackTrouble::IndexCutShort)? as usize;
        if idx.len() < 8 + 256 * 4 + count * 28 + 40 {
            return Err(PackTrouble::IndexCutShort);
        }
        let (ends, order) = offsets(&idx, count, len).ok_or(PackTrouble::IndexOffsetsDamaged)?;
        Ok(Pack {
            path,
            idx,
            bytes,
            checked: vec![0; ends.len().div_ceil(64)],
            ends,
            order,
            count,
            windows: Windows::new(1),
        })
    }
}

/// Where `id` stands in `names` (an index's sorted 20-byte ids), looked
/// for between `lo` and `hi` (the fan-out table's bounds for its first
/// byte). Ids are SHA-1 output, spread evenly, so the first probes guess
/// the place from the id's value (interpolation) and land within a few
/// entries of it; after three guesses the search halves, so ids that
/// happen to bunch up cost no more than a binary search.
fn position(names: &[u8], lo: usize, hi: usize, id: &ObjectId) -> Option<usize> {
    let head = |b: &[u8]| u64::from_be_bytes(b[..8].try_into().unwrap_or_default());
    let key = head(&id.0);
    let (mut lo, mut hi) = (lo, hi);
    // The values the ids between `lo` and `hi` can take.
    let (mut low, mut high) = (key & !(u64::MAX >> 8), key | (u64::MAX >> 8));
    let mut guesses = 0;
    while lo < hi {
        let n = hi - lo;
        let mid = if guesses < 3 && n > 8 && high > low {
            guesses += 1;
            let share =
                u128::from(key.saturating_sub(low)) * n as u128 / (u128::from(high - low) + 1);
            lo + usize::try_from(share).unwrap_or(n - 1).min(n - 1)
        } else {
            lo + n / 2
        };
        let name = names.get(mid * 20..mid * 20 + 20)?;
        match head(name).cmp(&key).then_with(|| name[8..].cmp(&id.0[8..])) {
            std::cmp::Ordering::Less => {
                lo = mid + 1;
                low = head(name);
            }
            std::cmp::Ordering::Greater => {
                hi = mid;
                high = head(name);
            }
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// Every entry's offset in a pack, sorted, with the pack's data end
/// (before its 20-byte trailer) last; and the index position of each.
fn offsets(idx: &[u8], count: usize, pack_len: u64) -> Option<(Vec<u64>, Vec<u32>)> {
    let base = 8 + 256 * 4 + count * 24;
    let data_end = pack_len.checked_sub(20)?;
    // Offset and position sorted as one number (offset above, position in
    // the low 24 bits) when both fit: sorting plain integers costs a third
    // of sorting pairs, and a pack under 1 TiB of under 16 million objects
    // is every pack gov meets.
    let packed = count < 1 << 24 && data_end < 1 << 40;
    let mut keys = Vec::with_capacity(if packed { count } else { 0 });
    let mut pairs = Vec::with_capacity(if packed { 0 } else { count });
    for i in 0..count {
        let off = be32(idx, base + i * 4)?;
        let off = if off & 0x8000_0000 == 0 {
            u64::from(off)
        } else {
            let large = base + count * 4 + (off & 0x7fff_ffff) as usize * 8;
            u64::from_be_bytes(idx.get(large..large + 8)?.try_into().ok()?)
        };
        // An entry starts after the 12-byte header and before the trailer:
        // an offset outside would make an entry longer than the pack.
        if off < 12 || off >= data_end {
            return None;
        }
        if packed {
            keys.push(off << 24 | i as u64);
        } else {
            pairs.push((off, i as u32));
        }
    }
    let mut ends: Vec<u64> = Vec::with_capacity(count + 1);
    let order: Vec<u32> = if packed {
        keys.sort_unstable();
        ends.extend(keys.iter().map(|k| k >> 24));
        keys.iter().map(|k| (k & 0xff_ffff) as u32).collect()
    } else {
        pairs.sort_unstable();
        ends.extend(pairs.iter().map(|&(o, _)| o));
        pairs.iter().map(|&(_, i)| i).collect()
    };
    ends.push(data_end);
    Some((ends, order))
}

#[cfg(test)]
#[path = "pack_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "pack_crafted_tests.rs"]
mod crafted_tests;
