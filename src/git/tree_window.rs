//! The entries that differ between two versions of a tree, read from the
//! bytes around their difference: two ropes that share all but one entry
//! are compared by copying out a few kilobytes, not by flattening both.
//! When the window turns out too small (an entry that cannot be placed
//! from its neighbourhood), the caller tries again with the whole trees.

use std::cmp::Ordering;
use std::rc::Rc;

use super::ObjectId;
use super::raw_tree::{Entry, entry_at, entry_start_near, git_order};
use super::rope::Rope;

/// Bytes kept before the first difference: enough to find the entry
/// holding it and to confirm the one before that (4 KiB each).
const LEAD: usize = 9 * 1024;
/// Bytes kept after the last difference: more than one entry (a name is
/// at most 255 bytes in practice, plus the mode and the id).
const TAIL: usize = 1024;

/// Some bytes of a tree version: all of it, or a window.
pub(super) struct Span {
    bytes: Rc<Vec<u8>>,
    /// Where `bytes` starts in the tree.
    base: usize,
    /// The tree's length.
    total: usize,
}

/// A window was too small to answer.
pub(super) struct Short;

impl Span {
    /// The whole tree.
    pub(super) fn whole(rope: &Rope) -> Span {
        Span {
            bytes: rope.to_flat(),
            base: 0,
            total: rope.len(),
        }
    }

    /// The bytes around the difference of two versions that share
    /// `same_start` bytes at the start and `same_end` at the end; the
    /// whole tree when it is one buffer already (nothing to copy).
    pub(super) fn around(rope: &Rope, same_start: usize, same_end: usize) -> Span {
        let total = rope.len();
        if rope.is_flat() {
            return Span::whole(rope);
        }
        let from = same_start.saturating_sub(LEAD);
        let to = total
            .saturating_sub(same_end)
            .max(same_start)
            .saturating_add(TAIL)
            .min(total);
        Span {
            bytes: Rc::new(rope.range(from, to)),
            base: from,
            total,
        }
    }

    fn reaches_end(&self) -> bool {
        self.base + self.bytes.len() == self.total
    }

    /// The entry at `pos` (a position in the tree) and the position after
    /// it; `Ok(None)` at the tree's end or on damage.
    fn entry(&self, pos: usize) -> Result<Option<(Entry<'_>, usize)>, Short> {
        let rel = pos.checked_sub(self.base).ok_or(Short)?;
        match entry_at(&self.bytes, rel) {
            Some((e, next)) => Ok(Some((e, next + self.base))),
            None if self.reaches_end() => Ok(None),
            _ => Err(Short),
        }
    }

    /// The start of the entry holding byte `at`.
    fn entry_start(&self, at: usize) -> Result<usize, Short> {
        let rel = at.checked_sub(self.base).ok_or(Short)?;
        if self.base == 0 && self.reaches_end() {
            return Ok(super::raw_tree::entry_start_before(&self.bytes, rel));
        }
        entry_start_near(&self.bytes, rel, self.base == 0)
            .map(|k| k + self.base)
            .ok_or(Short)
    }
}

/// An entry that differs: its name, and the old and new entry's id and
/// whether each is a folder (`None` where the entry is absent).
pub(super) type Differing = (
    String,
    Option<(ObjectId, bool, bool)>,
    Option<(ObjectId, bool, bool)>,
);

/// Appends to `out` the entries that differ between `a` and `b`, which
/// share `same_start` bytes at the start and `same_end` at the end. The
/// entries before the first differing byte are the same in both, and so is
/// the rest once both sides stand the same distance from the end inside
/// the shared end.
pub(super) fn differing(
    a: &Span,
    b: &Span,
    same_start: usize,
    same_end: usize,
    out: &mut Vec<Differing>,
) -> Result<(), Short> {
    let start = a.entry_start(same_start)?;
    let (mut i, mut j) = (start, start);
    let info = |e: &Entry<'_>| (e.id, e.is_tree, e.is_blob);
    loop {
        let (rest_a, rest_b) = (a.total - i, b.total - j);
        if rest_a == rest_b && rest_a <= same_end {
            return Ok(()); // the rest is byte for byte the same
        }
        let ea = a.entry(i)?;
        let eb = b.entry(j)?;
        let order = match (&ea, &eb) {
            (Some((x, _)), Some((y, _))) => git_order(x, y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => return Ok(()),
        };
        let (left, right) = match order {
            Ordering::Less => {
                i = ea.map_or(a.total, |e| e.1);
                (ea.map(|e| e.0), None)
            }
            Ordering::Greater => {
                j = eb.map_or(b.total, |e| e.1);
                (None, eb.map(|e| e.0))
            }
            Ordering::Equal => {
                i = ea.map_or(a.total, |e| e.1);
                j = eb.map_or(b.total, |e| e.1);
                let (x, y) = (ea.map(|e| e.0), eb.map(|e| e.0));
                if x.map(|e| (e.id, e.is_tree)) == y.map(|e| (e.id, e.is_tree)) {
                    continue;
                }
                (x, y)
            }
        };
        let Some(entry) = left.or(right) else {
            return Ok(());
        };
        out.push((
            String::from_utf8_lossy(entry.name).into_owned(),
            left.as_ref().map(info),
            right.as_ref().map(info),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::git::raw_tree::{common_prefix, common_suffix};
    use crate::testing::delta_size;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    type Info = (ObjectId, bool, bool);

    /// A raw tree of `entries` (name → folder?, id byte), in git's order.
    fn raw(entries: &BTreeMap<String, (bool, u8)>) -> Vec<u8> {
        let mut sorted: Vec<_> = entries.iter().collect();
        sorted.sort_by_key(|(name, (dir, _))| format!("{name}{}", if *dir { "/" } else { "" }));
        let mut out = Vec::new();
        for (name, (dir, id)) in sorted {
            out.extend_from_slice(if *dir { b"40000 " } else { b"100644 " });
            out.extend_from_slice(name.as_bytes());
            out.push(0);
            // Ids full of bytes that look like modes, spaces and NULs.
            let mut bytes = *b"100644 \x00100644 \x00abcd";
            bytes[19] = *id;
            out.extend_from_slice(&bytes);
        }
        out
    }

    /// A delta that builds `new` from `old`: the shared start and end
    /// copied, the middle inserted.
    fn delta(old: &[u8], new: &[u8]) -> Vec<u8> {
        fn copy(out: &mut Vec<u8>, off: usize, len: usize) {
            if len == 0 {
                return;
            }
            out.push(0x80 | 0x0f | 0x70);
            out.extend_from_slice(&(off as u32).to_le_bytes());
            out.extend_from_slice(&(len as u32).to_le_bytes()[..3]);
        }
        let p = common_prefix(old, new);
        let s = common_suffix(&old[p..], &new[p..]);
        let mut out = Vec::new();
        delta_size(&mut out, old.len());
        delta_size(&mut out, new.len());
        copy(&mut out, 0, p);
        for chunk in new[p..new.len() - s].chunks(127) {
            out.push(chunk.len() as u8);
            out.extend_from_slice(chunk);
        }
        copy(&mut out, old.len() - s, s);
        out
    }

    /// What differs, found by reading every entry of both trees.
    fn reference(a: &[u8], b: &[u8]) -> Vec<Differing> {
        let all = |raw: &[u8]| {
            let mut map = BTreeMap::new();
            let mut pos = 0;
            while let Some((e, next)) = entry_at(raw, pos) {
                let name = String::from_utf8_lossy(e.name).into_owned();
                map.insert((name, e.is_tree), (e.id, e.is_tree, e.is_blob));
                pos = next;
            }
            map
        };
        let (ma, mb) = (all(a), all(b));
        let mut keys: Vec<_> = ma.keys().chain(mb.keys()).cloned().collect();
        keys.sort();
        keys.dedup();
        keys.into_iter()
            .filter_map(|k| {
                let (l, r): (Option<Info>, Option<Info>) =
                    (ma.get(&k).copied(), mb.get(&k).copied());
                (l.map(|x| x.0) != r.map(|x| x.0)).then_some((k.0, l, r))
            })
            .collect()
    }

    fn sorted(mut v: Vec<Differing>) -> Vec<Differing> {
        v.sort_by(|x, y| {
            (&x.0, x.1.map(|i| i.0), x.2.map(|i| i.0)).cmp(&(
                &y.0,
                y.1.map(|i| i.0),
                y.2.map(|i| i.0),
            ))
        });
        v
    }

    fn names() -> impl Strategy<Value = BTreeMap<String, (bool, u8)>> {
        prop::collection::btree_map(
            (
                0u32..900,
                prop::sample::select(vec!["", ".md", "-a.md", "-ab", "x"]),
            )
                .prop_map(|(n, tail)| format!("DEC-{n:04}{tail}")),
            (prop::bool::weighted(0.05), any::<u8>()),
            0..500,
        )
    }

    proptest! {
        /// Windows of ropes answer as reading every entry does, or say
        /// they are short; whole trees always answer.
        #[test]
        fn windows_agree_with_reading_every_entry(
            old in names(),
            edits in prop::collection::vec((0u32..900, prop::option::of(any::<u8>())), 1..4),
        ) {
            let mut new = old.clone();
            for (n, id) in edits {
                let name = format!("DEC-{n:04}.md");
                match id {
                    Some(id) => { new.insert(name, (false, id)); }
                    None => { new.remove(&name); }
                }
            }
            let (a, b) = (raw(&old), raw(&new));
            let base = Rope::flat(Rc::new(a.clone()));
            let rope_b = super::super::rope::apply(&base, &Rc::new(delta(&a, &b))).expect("a valid delta");
            let rope_a = super::super::rope::apply(&rope_b, &Rc::new(delta(&b, &a))).expect("a valid delta");
            let want = reference(&a, &b);
            let same_start = super::super::rope::common_prefix(&rope_a, &rope_b);
            let same_end = super::super::rope::common_suffix(&rope_a, &rope_b);
            let mut got = Vec::new();
            let windows = (Span::around(&rope_a, same_start, same_end), Span::around(&rope_b, same_start, same_end));
            if differing(&windows.0, &windows.1, same_start, same_end, &mut got).is_ok() {
                prop_assert_eq!(sorted(got), want.clone());
            }
            let mut whole = Vec::new();
            prop_assert!(differing(&Span::whole(&rope_a), &Span::whole(&rope_b), same_start, same_end, &mut whole).is_ok());
            prop_assert_eq!(sorted(whole), want);
        }
    }

    #[test]
    fn a_window_without_a_findable_entry_start_is_short() {
        // Names longer than the backwards search reaches: the window
        // cannot place the changed entry and says so.
        let long = |c: char| c.to_string().repeat(5_000);
        let mut old = BTreeMap::new();
        for c in ['a', 'b', 'c', 'd'] {
            old.insert(long(c), (false, 1u8));
        }
        let mut new = old.clone();
        new.insert(long('c'), (false, 2));
        let (a, b) = (raw(&old), raw(&new));
        let base = Rope::flat(Rc::new(a.clone()));
        let rope_b = super::super::rope::apply(&base, &Rc::new(delta(&a, &b))).unwrap();
        let rope_a = super::super::rope::apply(&rope_b, &Rc::new(delta(&b, &a))).unwrap();
        let (s, e) = (
            super::super::rope::common_prefix(&rope_a, &rope_b),
            super::super::rope::common_suffix(&rope_a, &rope_b),
        );
        let mut got = Vec::new();
        let short = differing(
            &Span::around(&rope_a, s, e),
            &Span::around(&rope_b, s, e),
            s,
            e,
            &mut got,
        );
        assert!(short.is_err(), "{got:?}");
        let mut whole = Vec::new();
        assert!(
            differing(
                &Span::whole(&rope_a),
                &Span::whole(&rope_b),
                s,
                e,
                &mut whole
            )
            .is_ok()
        );
        assert_eq!(sorted(whole), reference(&a, &b));
        assert_eq!(reference(&a, &b).len(), 1);
    }
}
