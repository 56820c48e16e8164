//! A reader of git's pack files with a real delta-base cache, for reading
//! every version of a tree or blob along history.
//!
//! libgit2 caches only the bottom of a delta chain, so reading version after
//! version of a record folder's tree (packs chain up to 50 deltas) redoes
//! the whole chain each time. This reader keeps every object it builds
//! (up to a memory budget), so reading versions in history order costs one
//! delta per version. It reads only `.idx` v2 / `.pack` files of SHA-1
//! repositories, whole into memory, and gives up (the caller falls back to
//! libgit2) on anything else: a loose object, a damaged entry, a huge pack.

use std::collections::{HashMap, VecDeque};
use std::path::Path;
use std::rc::Rc;

use super::ObjectId;

/// Packs larger than this are left to libgit2 (they are read into memory).
const MAX_PACK_BYTES: u64 = 768 << 20;
/// How many bytes of built objects are kept.
const CACHE_BYTES: usize = 48 << 20;

struct Pack {
    idx: Vec<u8>,
    data: Vec<u8>,
    count: usize,
}

/// The packs of one repository, with the cache of built objects.
pub struct Packs {
    packs: Vec<Pack>,
    cache: HashMap<(usize, usize), Rc<Vec<u8>>>,
    order: VecDeque<(usize, usize)>,
    cached_bytes: usize,
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl Packs {
    /// Opens every pack of the repository whose `.git` folder is `git_dir`;
    /// `None` when there is none this reader can use.
    pub fn open(git_dir: &Path) -> Option<Packs> {
        let dir = git_dir.join("objects").join("pack");
        let mut packs = Vec::new();
        for entry in std::fs::read_dir(dir).ok()?.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("idx") {
                continue;
            }
            let pack_path = path.with_extension("pack");
            let Ok(meta) = std::fs::metadata(&pack_path) else { continue };
            if meta.len() > MAX_PACK_BYTES {
                continue;
            }
            let (Ok(idx), Ok(data)) = (std::fs::read(&path), std::fs::read(&pack_path)) else {
                continue;
            };
            if idx.get(..8) != Some(&[0xff, b't', b'O', b'c', 0, 0, 0, 2][..]) || data.get(..4) != Some(b"PACK") {
                continue;
            }
            let Some(count) = be32(&idx, 8 + 255 * 4) else { continue };
            packs.push(Pack { idx, data, count: count as usize });
        }
        (!packs.is_empty()).then(|| Packs {
            packs,
            cache: HashMap::new(),
            order: VecDeque::new(),
            cached_bytes: 0,
        })
    }

    /// Where an object is: its pack and offset.
    fn find(&self, id: &ObjectId) -> Option<(usize, usize)> {
        for (p, pack) in self.packs.iter().enumerate() {
            let first = usize::from(id.0[0]);
            let lo = if first == 0 { 0 } else { be32(&pack.idx, 8 + (first - 1) * 4)? as usize };
            let hi = be32(&pack.idx, 8 + first * 4)? as usize;
            let names = 8 + 256 * 4;
            let (mut lo, mut hi) = (lo, hi);
            while lo < hi {
                let mid = (lo + hi) / 2;
                let name = pack.idx.get(names + mid * 20..names + mid * 20 + 20)?;
                match name.cmp(&id.0[..]) {
                    std::cmp::Ordering::Less => lo = mid + 1,
                    std::cmp::Ordering::Greater => hi = mid,
                    std::cmp::Ordering::Equal => {
                        let offsets = names + pack.count * 24;
                        let off = be32(&pack.idx, offsets + mid * 4)?;
                        let off = if off & 0x8000_0000 == 0 {
                            u64::from(off)
                        } else {
                            let large = offsets + pack.count * 4 + (off & 0x7fff_ffff) as usize * 8;
                            u64::from_be_bytes(pack.idx.get(large..large + 8)?.try_into().ok()?)
                        };
                        return Some((p, usize::try_from(off).ok()?));
                    }
                }
            }
        }
        None
    }

    /// The content of an object, when it is in a pack this reader can read.
    pub fn read(&mut self, id: &ObjectId) -> Option<Rc<Vec<u8>>> {
        let (p, off) = self.find(id)?;
        self.read_at(p, off)
    }

    fn read_at(&mut self, p: usize, off: usize) -> Option<Rc<Vec<u8>>> {
        // Walk down the chain to a cached object or a whole one.
        let mut chain: Vec<(usize, usize)> = Vec::new(); // (offset, start of delta data)
        let mut at = off;
        let base: Rc<Vec<u8>> = loop {
            if let Some(hit) = self.cache.get(&(p, at)) {
                break Rc::clone(hit);
            }
            let data = &self.packs[p].data;
            let (kind, size, mut pos) = header(data, at)?;
            match kind {
                1..=4 => {
                    let whole = Rc::new(inflate(data.get(pos..)?, size)?);
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
                    chain.push((at, pos));
                    at = at.checked_sub(back)?;
                }
                7 => {
                    let base_id = ObjectId(data.get(pos..pos + 20)?.try_into().ok()?);
                    let (bp, boff) = self.find(&base_id)?;
                    if bp != p {
                        return None;
                    }
                    chain.push((at, pos + 20));
                    at = boff;
                }
                _ => return None,
            }
            if chain.len() > 10_000 {
                return None;
            }
        };
        let mut current = base;
        while let Some((at, pos)) = chain.pop() {
            let data = &self.packs[p].data;
            let (_, size, _) = header(data, at)?;
            let delta = inflate(data.get(pos..)?, size)?;
            let built = Rc::new(apply(&current, &delta)?);
            self.remember(p, at, &built);
            current = built;
        }
        Some(current)
    }

    fn remember(&mut self, p: usize, at: usize, bytes: &Rc<Vec<u8>>) {
        if bytes.len() > CACHE_BYTES / 8 || self.cache.contains_key(&(p, at)) {
            return;
        }
        self.cache.insert((p, at), Rc::clone(bytes));
        self.order.push_back((p, at));
        self.cached_bytes += bytes.len();
        while self.cached_bytes > CACHE_BYTES {
            let Some(old) = self.order.pop_front() else { break };
            if let Some(b) = self.cache.remove(&old) {
                self.cached_bytes -= b.len();
            }
        }
    }
}

/// An entry's type, inflated size and where its data starts.
fn header(data: &[u8], at: usize) -> Option<(u8, usize, usize)> {
    let mut c = *data.get(at)?;
    let kind = (c >> 4) & 7;
    let mut size = usize::from(c & 15);
    let mut shift = 4;
    let mut pos = at + 1;
    while c & 0x80 != 0 {
        c = *data.get(pos)?;
        pos += 1;
        size |= usize::from(c & 0x7f).checked_shl(shift)?;
        shift += 7;
    }
    Some((kind, size, pos))
}

/// Inflates a zlib stream of known output size.
fn inflate(input: &[u8], size: usize) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(size);
    let mut z = flate2::Decompress::new(true);
    z.decompress_vec(input, &mut out, flate2::FlushDecompress::Finish).ok()?;
    (out.len() == size).then_some(out)
}

/// Reads a delta's little-endian size.
fn varint(d: &[u8], pos: &mut usize) -> Option<usize> {
    let mut v = 0usize;
    let mut shift = 0;
    loop {
        let c = *d.get(*pos)?;
        *pos += 1;
        v |= usize::from(c & 0x7f).checked_shl(shift)?;
        shift += 7;
        if c & 0x80 == 0 {
            return Some(v);
        }
    }
}

/// Applies a git delta to `base`.
fn apply(base: &[u8], delta: &[u8]) -> Option<Vec<u8>> {
    let mut pos = 0;
    if varint(delta, &mut pos)? != base.len() {
        return None;
    }
    let size = varint(delta, &mut pos)?;
    let mut out = Vec::with_capacity(size);
    while pos < delta.len() {
        let op = delta[pos];
        pos += 1;
        if op & 0x80 != 0 {
            let mut off = 0usize;
            let mut len = 0usize;
            for i in 0..4 {
                if op & (1 << i) != 0 {
                    off |= usize::from(*delta.get(pos)?) << (8 * i);
                    pos += 1;
                }
            }
            for i in 0..3 {
                if op & (0x10 << i) != 0 {
                    len |= usize::from(*delta.get(pos)?) << (8 * i);
                    pos += 1;
                }
            }
            if len == 0 {
                len = 0x10000;
            }
            out.extend_from_slice(base.get(off..off.checked_add(len)?)?);
        } else if op != 0 {
            let n = usize::from(op);
            out.extend_from_slice(delta.get(pos..pos + n)?);
            pos += n;
        } else {
            return None;
        }
    }
    (out.len() == size).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_copy_and_insert() {
        // base "hello world", result "hello git world": copy 0..6, insert "git ", copy 6..11.
        let delta = [11, 15, 0x90, 6, 4, b'g', b'i', b't', b' ', 0x91, 6, 5];
        assert_eq!(apply(b"hello world", &delta).as_deref(), Some(&b"hello git world"[..]));
        assert_eq!(apply(b"short", &delta), None, "a base of the wrong size is refused");
        assert_eq!(apply(b"hello world", &[11, 15, 0]), None);
    }
}
