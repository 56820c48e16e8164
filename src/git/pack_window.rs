//! Reading a pack file through windows instead of a system call per
//! entry. `gov` does not map packs into memory: that needs `unsafe`, which
//! the crate forbids.
//!
//! A cold `gov trace --all` of the 10k benchmark reads 284,000 entries
//! (115 MB), one `pread` each. Replaying those reads offline: one window
//! of 256 KiB misses most of the time, because a walk moves between
//! commits, trees and blobs (a session measured that design 40% slower);
//! 128 windows of 32 KiB, each holding 16 KiB more so an entry that starts
//! near its end still fits, serve the same reads in 11,400 calls, copying
//! 563 MB from the page cache. System time of the run fell from 0.41 s to
//! 0.29 s.

use std::collections::HashMap;
use std::fs::File;
use std::os::unix::fs::FileExt;

/// Where a pack's bytes are: its file, or memory (for the fuzz targets,
/// which must not touch the disk on every input).
pub(super) enum Bytes {
    /// A pack file, read with `pread`.
    File(File),
    /// A whole pack in memory.
    Memory(Vec<u8>),
}

impl Bytes {
    fn read_exact_at(&self, buf: &mut [u8], at: u64) -> std::io::Result<()> {
        match self {
            Bytes::File(f) => f.read_exact_at(buf, at),
            Bytes::Memory(m) => {
                let from = usize::try_from(at).unwrap_or(usize::MAX);
                let src = from
                    .checked_add(buf.len())
                    .and_then(|to| m.get(from..to))
                    .ok_or(std::io::ErrorKind::UnexpectedEof)?;
                buf.copy_from_slice(src);
                Ok(())
            }
        }
    }
}

/// The stride of the windows.
const STRIDE: usize = 32 << 10;
/// What a window holds past its stride, for entries that start near its
/// end. Longer entries that cross a stride are read on their own.
const SLACK: usize = 16 << 10;
/// How many windows one reader keeps, shared out among its packs: a
/// repository that has not been repacked can have dozens of packs, and
/// 128 windows each would be 6 MiB a pack.
pub(super) const SLOTS: usize = 128;

/// The fewest windows a pack gets, however many packs there are.
const MIN_SLOTS: usize = 8;

struct Window {
    /// Which stride of the file the window holds.
    key: u64,
    bytes: Vec<u8>,
    /// When the window was last used, to drop the least recent.
    used: u64,
}

/// The windows of one pack file.
pub(super) struct Windows {
    slots: Vec<Window>,
    /// How many windows it may keep.
    most: usize,
    by_key: HashMap<u64, usize>,
    clock: u64,
    /// The last entry too long for a window (a whole folder tree of a
    /// few hundred KB): its buffer is reused by the next, as a fresh one
    /// each time costs the kernel zeroing new pages.
    long: Vec<u8>,
}

impl Windows {
    /// The windows of one of `packs` pack files.
    pub(super) fn new(packs: usize) -> Windows {
        Windows {
            slots: Vec::new(),
            most: (SLOTS / packs.max(1)).max(MIN_SLOTS),
            by_key: HashMap::new(),
            clock: 0,
            long: Vec::new(),
        }
    }

    /// How many windows it may keep.
    #[cfg(test)]
    pub(super) fn most(&self) -> usize {
        self.most
    }

    /// The bytes `at..end` of `file`, whose data stops at `data_end`.
    pub(super) fn read<'w>(
        &'w mut self,
        file: &Bytes,
        at: u64,
        end: u64,
        data_end: u64,
    ) -> Option<&'w [u8]> {
        let len = usize::try_from(end.checked_sub(at)?).ok()?;
        let key = at / STRIDE as u64;
        let start = key * STRIDE as u64;
        if end > start + (STRIDE + SLACK) as u64 {
            if self.long.len() < len {
                self.long.resize(len, 0);
            }
            let buf = &mut self.long[..len];
            file.read_exact_at(buf, at).ok()?;
            return Some(buf);
        }
        self.clock += 1;
        let slot = match self.by_key.get(&key) {
            Some(&slot) => slot,
            None => self.load(file, key, data_end)?,
        };
        let window = &mut self.slots[slot];
        window.used = self.clock;
        let from = usize::try_from(at - start).ok()?;
        window.bytes.get(from..from + len)
    }

    /// Reads stride `key` into a free slot, or into the least recently
    /// used one (reusing its buffer).
    fn load(&mut self, file: &Bytes, key: u64, data_end: u64) -> Option<usize> {
        let start = key * STRIDE as u64;
        let want = usize::try_from(data_end.saturating_sub(start))
            .ok()?
            .min(STRIDE + SLACK);
        let slot = if self.slots.len() < self.most {
            self.slots.push(Window {
                key,
                bytes: Vec::new(),
                used: 0,
            });
            self.slots.len() - 1
        } else {
            let (slot, _) = self.slots.iter().enumerate().min_by_key(|(_, w)| w.used)?;
            self.by_key.remove(&self.slots[slot].key);
            slot
        };
        let window = &mut self.slots[slot];
        window.key = key;
        window.bytes.resize(want, 0);
        if file.read_exact_at(&mut window.bytes, start).is_err() {
            window.bytes.clear();
            window.key = u64::MAX;
            return None;
        }
        self.by_key.insert(key, slot);
        Some(slot)
    }
}
