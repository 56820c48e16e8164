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
use std::path::Path;
use std::rc::Rc;

use super::ObjectId;
use super::delta::{header, inflate};
use super::pack_window::Windows;
use super::rope::{self, Rope};

/// How many bytes of built objects are kept: an eighth of the packs'
/// size, between these bounds. Delta chains reach further back in a larger
/// pack: at 411,855 commits a 24 MiB cache made `gov log` 2.5 times slower
/// than a 96 MiB one, for the same peak memory.
const CACHE_MIN: usize = 24 << 20;
const CACHE_MAX: usize = 128 << 20;

struct Pack {
    idx: Vec<u8>,
    file: std::fs::File,
    /// Every entry's offset, sorted, and the pack's length last: an entry's
    /// bytes end where the next one starts.
    ends: Vec<u64>,
    count: usize,
    windows: Windows,
}

impl Pack {
    /// The bytes of the entry at `at`, up to the next entry.
    fn entry(&mut self, at: usize) -> Option<&[u8]> {
        let at = at as u64;
        let i = self.ends.partition_point(|&o| o <= at);
        let end = *self.ends.get(i)?;
        let data_end = *self.ends.last()?;
        self.windows.read(&self.file, at, end, data_end)
    }
}

/// The packs of one repository, with the cache of built objects.
pub struct Packs {
    packs: Vec<Pack>,
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
    /// Opens every pack of the repository whose `.git` folder is `git_dir`;
    /// `None` when there is none this reader can use.
    pub fn open(git_dir: &Path) -> Option<Packs> {
        let dir = git_dir.join("objects").join("pack");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir).ok()?.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("idx") {
                continue;
            }
            let pack_path = path.with_extension("pack");
            let (Ok(idx), Ok(file)) = (std::fs::read(&path), std::fs::File::open(&pack_path))
            else {
                continue;
            };
            let Ok(len) = file.metadata().map(|m| m.len()) else {
                continue;
            };
            if idx.get(..8) != Some(&[0xff, b't', b'O', b'c', 0, 0, 0, 2][..]) {
                continue;
            }
            let Some(count) = be32(&idx, 8 + 255 * 4).map(|c| c as usize) else {
                continue;
            };
            let Some(ends) = offsets(&idx, count, len) else {
                continue;
            };
            found.push((idx, file, ends, count));
        }
        // The windows are shared out among the packs (see `pack_window`).
        let n = found.len();
        let packs: Vec<Pack> = found
            .into_iter()
            .map(|(idx, file, ends, count)| Pack {
                idx,
                file,
                ends,
                count,
                windows: Windows::new(n),
            })
            .collect();
        let size: u64 = packs.iter().filter_map(|p| p.ends.last()).sum();
        let budget = usize::try_from(size / 8)
            .unwrap_or(CACHE_MAX)
            .clamp(CACHE_MIN, CACHE_MAX);
        (!packs.is_empty()).then(|| Packs {
            packs,
            cache: HashMap::new(),
            order: VecDeque::new(),
            cached_bytes: 0,
            budget,
            z: libdeflater::Decompressor::new(),
        })
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
    pub fn read(&mut self, id: &ObjectId) -> Option<Rc<Vec<u8>>> {
        let (p, off) = self.find(id)?;
        Some(self.read_at(p, off)?.to_flat())
    }

    /// The content of an object as a rope: an object built from a delta
    /// shares the bytes of its base (see [`rope`]).
    pub(super) fn read_rope(&mut self, id: &ObjectId) -> Option<Rc<Rope>> {
        let (p, off) = self.find(id)?;
        self.read_at(p, off)
    }

    /// The content of an object read once in a walk (a commit): a whole
    /// object is inflated without being kept; a delta goes through the
    /// cache like any other.
    pub fn read_once(&mut self, id: &ObjectId) -> Option<Rc<Vec<u8>>> {
        let (p, off) = self.find(id)?;
        if let Some(hit) = self.cache.get(&(p, off)) {
            return Some(hit.to_flat());
        }
        let data = self.packs[p].entry(off)?;
        let (kind, size, pos) = header(data, 0)?;
        match kind {
            1..=4 => Some(Rc::new(inflate(&mut self.z, data.get(pos..)?, size)?)),
            _ => Some(self.read_at(p, off)?.to_flat()),
        }
    }

    fn read_at(&mut self, p: usize, off: usize) -> Option<Rc<Rope>> {
        // Walk down the chain to a cached object or a whole one.
        // The deltas from `off` down, and the offset each one builds.
        let mut chain: Vec<Rc<Vec<u8>>> = Vec::new();
        let mut offsets: Vec<usize> = vec![off];
        let mut at = off;
        let base: Rc<Rope> = loop {
            if let Some(hit) = self.cache.get(&(p, at)) {
                break Rc::clone(hit);
            }
            let data = self.packs[p].entry(at)?;
            let (kind, size, mut pos) = header(data, 0)?;
            match kind {
                1..=4 => {
                    let whole = Rope::flat(Rc::new(inflate(&mut self.z, data.get(pos..)?, size)?));
                    let whole = Rc::new(whole);
                    self.remember(p, at, &whole);
                    break whole;
                }
                6 => {
                    let mut c = *data.get(pos)?;
                    pos += 1;
                    let mut back = usize::from(c & 0x7f);
                    while c & 0x80 != 0 {
                        c = *data.get(pos)?;
                        pos += 1;
                        back = ((back + 1) << 7) | usize::from(c & 0x7f);
                    }
                    chain.push(Rc::new(inflate(&mut self.z, data.get(pos..)?, size)?));
                    at = at.checked_sub(back)?;
                    offsets.push(at);
                }
                7 => {
                    let base_id = ObjectId(data.get(pos..pos + 20)?.try_into().ok()?);
                    chain.push(Rc::new(inflate(&mut self.z, data.get(pos + 20..)?, size)?));
                    let (bp, boff) = self.find(&base_id)?;
                    if bp != p {
                        return None;
                    }
                    at = boff;
                    offsets.push(at);
                }
                _ => return None,
            }
            if chain.len() > 10_000 {
                return None;
            }
        };
        let mut current = base;
        offsets.pop();
        while let (Some(delta), Some(at)) = (chain.pop(), offsets.pop()) {
            let built = Rc::new(rope::apply(&current, &delta)?);
            self.remember(p, at, &built);
            current = built;
        }
        Some(current)
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
/// (before its 20-byte trailer) last.
fn offsets(idx: &[u8], count: usize, pack_len: u64) -> Option<Vec<u64>> {
    let base = 8 + 256 * 4 + count * 24;
    let mut out = Vec::with_capacity(count + 1);
    for i in 0..count {
        let off = be32(idx, base + i * 4)?;
        out.push(if off & 0x8000_0000 == 0 {
            u64::from(off)
        } else {
            let large = base + count * 4 + (off & 0x7fff_ffff) as usize * 8;
            u64::from_be_bytes(idx.get(large..large + 8)?.try_into().ok()?)
        });
    }
    out.sort_unstable();
    out.push(pack_len.checked_sub(20)?);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The interpolating search finds what a binary search finds, and
        /// nothing for an id that is not there, however the ids bunch up.
        #[test]
        fn positions_agree_with_a_binary_search(
            mut ids in prop::collection::vec(any::<[u8; 20]>(), 0..600),
            probes in prop::collection::vec(any::<[u8; 20]>(), 1..20),
            one_first_byte in any::<bool>(),
            bunched in any::<bool>(),
        ) {
            for id in &mut ids {
                if one_first_byte {
                    id[0] = 0x42;
                }
                if bunched {
                    id[1..6].fill(0xff);
                }
            }
            ids.sort_unstable();
            ids.dedup();
            let names = ids.concat();
            for want in ids.iter().chain(&probes) {
                let lo = ids.partition_point(|i| i[0] < want[0]);
                let hi = ids.partition_point(|i| i[0] <= want[0]);
                prop_assert_eq!(position(&names, lo, hi, &ObjectId(*want)), ids.binary_search(want).ok());
            }
        }
    }

    /// Every object of a real, deltified pack reads the same as libgit2
    /// reads it; with `many_packs`, spread over a pack per few commits (a
    /// repository that was never repacked), whose windows are shared out.
    fn every_object_reads_as_libgit2_reads_it(many_packs: bool) {
        let dir = tempfile::tempdir().unwrap();
        let git = |args: &[&str]| {
            let who = ["-c", "user.name=T", "-c", "user.email=t@example.org"];
            crate::testing::git(dir.path(), &[&who[..], args].concat(), None);
        };
        git(&["init", "-q"]);
        for i in 0..60 {
            let mut text = String::new();
            for line in 0..200 {
                text.push_str(&format!(
                    "line {line} of the record, version {}\n",
                    if line == i { i } else { 0 }
                ));
            }
            std::fs::create_dir_all(dir.path().join("decisions")).unwrap();
            std::fs::write(
                dir.path().join(format!("decisions/DEC-{:04}.md", i % 7)),
                &text,
            )
            .unwrap();
            git(&["add", "-A"]);
            git(&["commit", "-q", "-m", &format!("version {i}")]);
            if many_packs && i % 3 == 2 {
                git(&["repack", "-dq"]);
            }
        }
        if !many_packs {
            git(&["repack", "-adf", "-q", "--depth=50", "--window=50"]);
        }
        let repo = git2::Repository::open(dir.path()).unwrap();
        let mut packs = Packs::open(&dir.path().join(".git")).expect("a pack");
        if many_packs {
            assert!(packs.packs.len() >= 20, "{} packs", packs.packs.len());
            for p in &packs.packs {
                assert_eq!(p.windows.most(), 8, "128 windows shared, at least 8 each");
            }
        }
        let odb = repo.odb().unwrap();
        let mut ids = Vec::new();
        odb.foreach(|id| {
            ids.push(*id);
            true
        })
        .unwrap();
        assert!(ids.len() > 150, "{}", ids.len());
        for id in ids.iter().rev().chain(ids.iter()) {
            let ours = packs.read(&ObjectId::from_git(*id)).expect("in a pack");
            assert_eq!(ours.as_slice(), odb.read(*id).unwrap().data(), "{id}");
        }
    }

    #[test]
    fn every_packed_object_reads_as_libgit2_reads_it() {
        every_object_reads_as_libgit2_reads_it(false);
    }

    #[test]
    fn objects_spread_over_many_packs_read_as_libgit2_reads_them() {
        every_object_reads_as_libgit2_reads_it(true);
    }
}
