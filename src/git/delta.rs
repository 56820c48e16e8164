//! The pieces of git's pack format that do not depend on a pack: an
//! entry's header and zlib streams (deltas are applied in [`super::rope`]).

/// An entry's type, inflated size and where its data starts.
pub(super) fn header(data: &[u8], at: usize) -> Option<(u8, usize, usize)> {
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

/// Inflates a zlib stream of known output size with `z`, whole: git
/// gives every object's size in its entry, so the stream is inflated in
/// one call into a buffer of that size (libdeflate, about a quarter
/// faster here than a streaming zlib; see DEC-0023). A stream that is
/// damaged, or gives more or fewer bytes than the entry says, is `None`.
pub(super) fn inflate(
    z: &mut libdeflater::Decompressor,
    input: &[u8],
    size: usize,
) -> Option<Vec<u8>> {
    let mut out = vec![0; size];
    let n = z.zlib_decompress(input, &mut out).ok()?;
    (n == size).then_some(out)
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

/// One instruction of a git delta.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Op {
    /// Copy `len` bytes of the base from `off`.
    Copy { off: usize, len: usize },
    /// Insert the delta's own bytes `at..at + len`.
    Insert { at: usize, len: usize },
}

/// A delta's base size, result size and instructions. An instruction
/// that cannot be read (cut short, or the reserved opcode 0) ends the
/// iteration with `None`, which the caller treats as damage.
pub(super) fn ops(d: &[u8]) -> Option<(usize, usize, Ops<'_>)> {
    let mut pos = 0;
    let base = varint(d, &mut pos)?;
    let size = varint(d, &mut pos)?;
    Some((
        base,
        size,
        Ops {
            d,
            pos,
            damaged: false,
        },
    ))
}

/// The instructions of a delta (see [`ops`]): a named iterator whose
/// `next` is inlined into each caller's loop.
pub(super) struct Ops<'d> {
    d: &'d [u8],
    pos: usize,
    damaged: bool,
}

impl Iterator for Ops<'_> {
    type Item = Option<Op>;

    #[inline]
    fn next(&mut self) -> Option<Option<Op>> {
        let d = self.d;
        if self.damaged || self.pos >= d.len() {
            return None;
        }
        let op = d[self.pos];
        self.pos += 1;
        let next = if op & 0x80 != 0 {
            let mut off = 0usize;
            let mut len = 0usize;
            let pos = &mut self.pos;
            let mut arg = |bit: u8, shift: usize, v: &mut usize| -> Option<()> {
                if op & bit != 0 {
                    *v |= usize::from(*d.get(*pos)?) << shift;
                    *pos += 1;
                }
                Some(())
            };
            let read = (0..4)
                .try_for_each(|i| arg(1 << i, 8 * i, &mut off))
                .and_then(|()| (0..3).try_for_each(|i| arg(0x10 << i, 8 * i, &mut len)));
            read.map(|()| Op::Copy {
                off,
                len: if len == 0 { 0x10000 } else { len },
            })
        } else if op != 0 {
            let len = usize::from(op);
            let at = self.pos;
            self.pos += len;
            d.get(at..self.pos).map(|_| Op::Insert { at, len })
        } else {
            None
        };
        self.damaged = next.is_none();
        Some(next)
    }
}

/// Applies a git delta to `base` as one flat buffer: the plain
/// reference that [`super::rope::apply`], which the reader uses, is
/// checked against (by the tests and the fuzz targets).
pub(super) fn apply(base: &[u8], delta: &[u8]) -> Option<Vec<u8>> {
    let (base_len, size, ops) = ops(delta)?;
    if base_len != base.len() {
        return None;
    }
    // The declared size is only a hint: never allocated beyond what the
    // delta can build.
    let mut out = Vec::with_capacity(size.min(base.len().saturating_add(delta.len())));
    for op in ops {
        match op? {
            Op::Copy { off, len } => out.extend_from_slice(base.get(off..off.checked_add(len)?)?),
            Op::Insert { at, len } => out.extend_from_slice(&delta[at..at + len]),
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
        assert_eq!(
            apply(b"hello world", &delta).as_deref(),
            Some(&b"hello git world"[..])
        );
        assert_eq!(
            apply(b"short", &delta),
            None,
            "a base of the wrong size is refused"
        );
        assert_eq!(apply(b"hello world", &[11, 15, 0]), None);
    }
}
