//! Objects built from deltas as ropes: pieces of shared buffers, so a tree
//! rebuilt from the version read before it copies nothing but the
//! delta's own bytes, and two versions that share pieces are compared
//! without reading the bytes they share.
//!
//! A folder of 3,500 records has a 280 KB tree; a commit changes one
//! entry. Built as a flat buffer, every version is a 280 KB copy and every
//! comparison with its neighbour a 280 KB scan. As a rope, a version is a
//! few pieces (the base up to the change, the new entry, the base after
//! it), and the scan skips the pieces both versions take from the same
//! place. A rope that has grown too many pieces is flattened once.

use std::rc::Rc;

use super::delta::{self, Op};
use super::raw_tree;

/// A rope is flattened when it has more pieces than this: a piece lookup
/// is a binary search, but each version adds a few pieces, and a flat
/// copy every few dozen versions costs little.
const MAX_PIECES: usize = 48;

/// A run of bytes of a shared buffer.
#[derive(Clone)]
struct Piece {
    buf: Rc<Vec<u8>>,
    /// Where the run starts in `buf`.
    start: usize,
    /// Where the run starts in the rope.
    at: usize,
    len: usize,
}

impl Piece {
    fn bytes(&self) -> &[u8] {
        &self.buf[self.start..self.start + self.len]
    }
}

/// Bytes held as pieces of shared buffers.
#[derive(Clone)]
pub(super) struct Rope {
    pieces: Vec<Piece>,
    len: usize,
}

impl Rope {
    /// A rope of one whole buffer.
    pub(super) fn flat(buf: Rc<Vec<u8>>) -> Rope {
        let len = buf.len();
        let pieces = if len == 0 {
            Vec::new()
        } else {
            vec![Piece {
                buf,
                start: 0,
                at: 0,
                len,
            }]
        };
        Rope { pieces, len }
    }

    /// The length in bytes.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// True when the rope is one whole buffer.
    pub(super) fn is_flat(&self) -> bool {
        match self.pieces.as_slice() {
            [] => true,
            [p] => p.start == 0 && p.len == p.buf.len(),
            _ => false,
        }
    }

    /// The bytes as one buffer: shared when the rope is one whole buffer
    /// already, copied otherwise.
    pub(super) fn to_flat(&self) -> Rc<Vec<u8>> {
        if let [p] = self.pieces.as_slice()
            && self.is_flat()
        {
            return Rc::clone(&p.buf);
        }
        Rc::new(self.range(0, self.len))
    }

    /// The bytes from `from` to `to` (clamped to the rope), copied.
    pub(super) fn range(&self, from: usize, to: usize) -> Vec<u8> {
        let to = to.min(self.len);
        let mut out = Vec::with_capacity(to.saturating_sub(from));
        if from >= to {
            return out;
        }
        let first = self.piece_at(from);
        for p in &self.pieces[first..] {
            if p.at >= to {
                break;
            }
            let a = from.max(p.at) - p.at;
            let b = to.min(p.at + p.len) - p.at;
            out.extend_from_slice(&p.bytes()[a..b]);
        }
        out
    }

    /// The index of the piece holding byte `at` (`at` < `len`).
    fn piece_at(&self, at: usize) -> usize {
        self.pieces.partition_point(|p| p.at + p.len <= at)
    }

    /// Appends a run, joining it to the last piece when it continues it.
    fn push(&mut self, buf: &Rc<Vec<u8>>, start: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.pieces.last_mut()
            && Rc::ptr_eq(&last.buf, buf)
            && last.start + last.len == start
        {
            last.len += len;
        } else {
            self.pieces.push(Piece {
                buf: Rc::clone(buf),
                start,
                at: self.len,
                len,
            });
        }
        self.len += len;
    }

    /// Appends bytes `off..off + len` of `base`; `None` when out of range.
    fn copy_from(&mut self, base: &Rope, off: usize, len: usize) -> Option<()> {
        let end = off.checked_add(len)?;
        if end > base.len {
            return None;
        }
        if len == 0 {
            return Some(());
        }
        let first = base.piece_at(off);
        for p in &base.pieces[first..] {
            if p.at >= end {
                break;
            }
            let a = off.max(p.at) - p.at;
            let b = end.min(p.at + p.len) - p.at;
            self.push(&p.buf, p.start + a, b - a);
        }
        Some(())
    }
}

/// Applies a git delta to `base`: the result's pieces are runs of the
/// base's pieces and of the delta itself (its inserted bytes), so nothing
/// is copied. `None` on a damaged delta or a base of the wrong size.
pub(super) fn apply(base: &Rope, delta: &Rc<Vec<u8>>) -> Option<Rope> {
    let (base_len, size, ops) = delta::ops(delta)?;
    if base_len != base.len {
        return None;
    }
    let mut out = Rope {
        pieces: Vec::with_capacity(8),
        len: 0,
    };
    for op in ops {
        match op? {
            Op::Copy { off, len } => out.copy_from(base, off, len)?,
            Op::Insert { at, len } => out.push(delta, at, len),
        }
        if out.len > size {
            return None;
        }
    }
    if out.len != size {
        return None;
    }
    if out.pieces.len() > MAX_PIECES {
        return Some(Rope::flat(out.to_flat()));
    }
    Some(out)
}

/// How many bytes two ropes share at the start. Runs both take from the
/// same place of the same buffer are skipped unread.
pub(super) fn common_prefix(a: &Rope, b: &Rope) -> usize {
    let (mut ia, mut oa, mut ib, mut ob) = (0, 0, 0, 0);
    let mut n = 0;
    while let (Some(pa), Some(pb)) = (a.pieces.get(ia), b.pieces.get(ib)) {
        let k = (pa.len - oa).min(pb.len - ob);
        let same_place = Rc::ptr_eq(&pa.buf, &pb.buf) && pa.start + oa == pb.start + ob;
        if !same_place {
            let c = raw_tree::common_prefix(
                &pa.buf[pa.start + oa..pa.start + oa + k],
                &pb.buf[pb.start + ob..pb.start + ob + k],
            );
            if c < k {
                return n + c;
            }
        }
        n += k;
        oa += k;
        ob += k;
        if oa == pa.len {
            ia += 1;
            oa = 0;
        }
        if ob == pb.len {
            ib += 1;
            ob = 0;
        }
    }
    n
}

/// How many bytes two ropes share at the end, the same way.
pub(super) fn common_suffix(a: &Rope, b: &Rope) -> usize {
    // Offsets count from each piece's end.
    let (mut ia, mut ib) = (a.pieces.len(), b.pieces.len());
    let (mut oa, mut ob) = (0, 0);
    let mut n = 0;
    while ia > 0 && ib > 0 {
        let (pa, pb) = (&a.pieces[ia - 1], &b.pieces[ib - 1]);
        let k = (pa.len - oa).min(pb.len - ob);
        let (ea, eb) = (pa.start + pa.len - oa, pb.start + pb.len - ob);
        let same_place = Rc::ptr_eq(&pa.buf, &pb.buf) && ea == eb;
        if !same_place {
            let c = raw_tree::common_suffix(&pa.buf[ea - k..ea], &pb.buf[eb - k..eb]);
            if c < k {
                return n + c;
            }
        }
        n += k;
        oa += k;
        ob += k;
        if oa == pa.len {
            ia -= 1;
            oa = 0;
        }
        if ob == pb.len {
            ib -= 1;
            ob = 0;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::delta_size;
    use proptest::prelude::*;

    /// A delta from `base` made of `ops`: (true, a, b) copies the base's
    /// bytes a..a+b (clamped), (false, x, n) inserts n bytes of value x.
    fn delta(base_len: usize, ops: &[(bool, usize, usize)]) -> Vec<u8> {
        let mut body = Vec::new();
        let mut total = 0;
        for &(copy, a, b) in ops {
            if copy && base_len > 0 {
                let off = a % base_len;
                let len = 1 + b % (base_len - off);
                let (o, l) = (off.to_le_bytes(), len.to_le_bytes());
                let mut op = 0x80u8;
                let mut args = Vec::new();
                for (i, &byte) in o.iter().take(4).enumerate() {
                    if byte != 0 {
                        op |= 1 << i;
                        args.push(byte);
                    }
                }
                for (i, &byte) in l.iter().take(3).enumerate() {
                    if byte != 0 {
                        op |= 0x10 << i;
                        args.push(byte);
                    }
                }
                body.push(op);
                body.extend(args);
                total += len;
            } else if !copy {
                let n = 1 + b % 127;
                body.push(n as u8);
                body.extend(std::iter::repeat_n(a as u8, n));
                total += n;
            }
        }
        let mut out = Vec::new();
        delta_size(&mut out, base_len);
        delta_size(&mut out, total);
        out.extend(body);
        out
    }

    fn ops() -> impl Strategy<Value = Vec<(bool, usize, usize)>> {
        prop::collection::vec((any::<bool>(), 0usize..100_000, 0usize..2_000), 0..12)
    }

    proptest! {
        /// A chain of deltas built as ropes gives the bytes the flat
        /// delta code gives, and ropes compare as their bytes compare.
        #[test]
        fn ropes_agree_with_flat_bytes(
            base in prop::collection::vec(0u8..4, 0..3_000),
            chain in prop::collection::vec(ops(), 1..70),
        ) {
            let mut flat = base.clone();
            let mut rope = Rope::flat(Rc::new(base));
            let mut prev: Option<(Rope, Vec<u8>)> = None;
            for ops in &chain {
                let d = delta(flat.len(), ops);
                let next_flat = super::super::delta::apply(&flat, &d).expect("a valid delta");
                let next = apply(&rope, &Rc::new(d)).expect("a valid delta");
                prop_assert_eq!(next.len(), next_flat.len());
                prop_assert_eq!(&*next.to_flat(), &next_flat);
                prop_assert!(next.pieces.len() <= MAX_PIECES);
                for (r, f) in [(&rope, &flat)].into_iter().chain(prev.as_ref().map(|(r, f)| (r, f))) {
                    prop_assert_eq!(common_prefix(&next, r), raw_tree::common_prefix(&next_flat, f));
                    prop_assert_eq!(common_suffix(&next, r), raw_tree::common_suffix(&next_flat, f));
                    prop_assert_eq!(common_prefix(r, &next), raw_tree::common_prefix(f, &next_flat));
                }
                let (a, b) = (ops.len() * 37 % (next_flat.len() + 1), ops.len() * 91 % (next_flat.len() + 2));
                prop_assert_eq!(next.range(a, b), next_flat.get(a..b.min(next_flat.len())).map(<[u8]>::to_vec).unwrap_or_default());
                prev = Some((rope, flat));
                rope = next;
                flat = next_flat;
            }
        }

        /// A damaged delta is refused, never a panic.
        #[test]
        fn damaged_deltas_are_refused_quietly(
            base in prop::collection::vec(any::<u8>(), 0..200),
            d in prop::collection::vec(any::<u8>(), 0..64),
        ) {
            let rope = Rope::flat(Rc::new(base.clone()));
            let ours = apply(&rope, &Rc::new(d.clone())).map(|r| r.to_flat().to_vec());
            prop_assert_eq!(ours, super::super::delta::apply(&base, &d));
        }
    }

    #[test]
    fn shared_runs_are_not_read() {
        // Two versions built from one base share its runs: the prefix and
        // suffix are found from the pieces alone.
        let base = Rc::new((0..10_000u32).map(|i| (i % 251) as u8).collect::<Vec<u8>>());
        let rope = Rope::flat(Rc::clone(&base));
        let a = apply(
            &rope,
            &Rc::new(delta(
                10_000,
                &[(true, 0, 4_999), (false, 1, 3), (true, 5_000, 4_999)],
            )),
        )
        .unwrap();
        let b = apply(
            &rope,
            &Rc::new(delta(
                10_000,
                &[(true, 0, 4_999), (false, 2, 3), (true, 5_000, 4_999)],
            )),
        )
        .unwrap();
        assert_eq!(a.pieces.len(), 3);
        assert_eq!(common_prefix(&a, &b), 5_000);
        assert_eq!(common_suffix(&a, &b), 5_000);
    }
}
