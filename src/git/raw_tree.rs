//! Raw tree objects as bytes (`<mode> <name>\0<20-byte id>` per entry):
//! reading one entry, git's entry order, and finding where two versions of
//! a tree start and stop differing without parsing the entries in between.

use std::cmp::Ordering;

use super::ObjectId;

/// One entry of a raw tree.
#[derive(Clone, Copy)]
pub(super) struct Entry<'a> {
    pub(super) name: &'a [u8],
    pub(super) is_tree: bool,
    pub(super) is_blob: bool,
    pub(super) id: ObjectId,
}

/// The entry at `pos` of a raw tree (`<mode> <name>\0<20-byte id>`) and
/// the position after it; `None` at the end or on damage.
pub(super) fn entry_at(raw: &[u8], pos: usize) -> Option<(Entry<'_>, usize)> {
    let rest = raw.get(pos..)?;
    let space = memchr::memchr(b' ', rest)?;
    let nul = space + 1 + memchr::memchr(0, &rest[space + 1..])?;
    let id: [u8; 20] = rest.get(nul + 1..nul + 21)?.try_into().ok()?;
    let mode = &rest[..space];
    let entry = Entry {
        name: &rest[space + 1..nul],
        is_tree: mode == b"40000",
        is_blob: mode.starts_with(b"100") || mode == b"120000",
        id: ObjectId(id),
    };
    Some((entry, pos + nul + 21))
}

/// The start of the entry of raw tree `raw` that holds byte `at` (or the
/// end, when `at` is past the last entry): found backwards from `at` (see
/// [`entry_start_near`]), else by counting the entries from the start.
pub(super) fn entry_start_before(raw: &[u8], at: usize) -> usize {
    let at = at.min(raw.len());
    if let Some(k) = entry_start_near(raw, at, true) {
        return k;
    }
    let mut start = 0;
    while let Some((_, next)) = entry_at(raw, start) {
        if next > at {
            break;
        }
        start = next;
    }
    start
}

/// The start of the entry of `raw` that holds byte `at`, found backwards
/// from `at`: an entry starts with a mode and a space, 21 bytes after the
/// NUL that ends the name before it; a candidate counts only when the
/// entry before it is found the same way and ends exactly there. `None`
/// when that cannot be told within 4 KiB, or when the search reaches the
/// start of `raw` and `raw` is a window of a tree, not its start
/// (`starts_tree` false).
pub(super) fn entry_start_near(raw: &[u8], at: usize, starts_tree: bool) -> Option<usize> {
    let at = at.min(raw.len());
    let candidate = |limit: usize| -> Option<usize> {
        let mut k = limit;
        loop {
            if k == 0 {
                return starts_tree.then_some(0);
            }
            if k >= 21 && raw[k - 21] == 0 && is_mode_at(raw, k) {
                return Some(k);
            }
            k -= 1;
            if limit - k > 4096 {
                return None;
            }
        }
    };
    let k = candidate(at)?;
    let confirmed = k == 0
        || candidate(k - 21)
            .is_some_and(|prev| entry_at(raw, prev).is_some_and(|(_, end)| end == k));
    (confirmed && entry_at(raw, k).is_none_or(|(_, end)| end > at)).then_some(k)
}

/// True when a git tree mode and a space start at `k`.
fn is_mode_at(raw: &[u8], k: usize) -> bool {
    [
        &b"100644 "[..],
        b"40000 ",
        b"100755 ",
        b"120000 ",
        b"160000 ",
    ]
    .iter()
    .any(|m| raw[k..].starts_with(m))
}

/// How many bytes two slices share at the start, compared in blocks.
pub(super) fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 16 * BLOCK <= n && a[i..i + 16 * BLOCK] == b[i..i + 16 * BLOCK] {
        i += 16 * BLOCK;
    }
    while i + BLOCK <= n && a[i..i + BLOCK] == b[i..i + BLOCK] {
        i += BLOCK;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// How many bytes two slices share at the end, compared in blocks.
pub(super) fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let n = a.len().min(b.len());
    let (la, lb) = (a.len(), b.len());
    let mut i = 0;
    while i + 16 * BLOCK <= n && a[la - i - 16 * BLOCK..la - i] == b[lb - i - 16 * BLOCK..lb - i] {
        i += 16 * BLOCK;
    }
    while i + BLOCK <= n && a[la - i - BLOCK..la - i] == b[lb - i - BLOCK..lb - i] {
        i += BLOCK;
    }
    while i < n && a[la - i - 1] == b[lb - i - 1] {
        i += 1;
    }
    i
}

/// Git's order of tree entries: by name, a folder as if it ended in `/`.
pub(super) fn git_order(a: &Entry<'_>, b: &Entry<'_>) -> Ordering {
    let common = a.name.len().min(b.name.len());
    match a.name[..common].cmp(&b.name[..common]) {
        Ordering::Equal => {}
        other => return other,
    }
    let tail = |e: &Entry<'_>| match e.name.get(common) {
        Some(&c) => c,
        None if e.is_tree => b'/',
        None => 0,
    };
    tail(a).cmp(&tail(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A raw tree of `names`, with ids full of the bytes that could fool a
    /// backwards search (NUL, spaces, mode digits).
    fn raw_tree(names: &[&str]) -> Vec<u8> {
        let mut raw = Vec::new();
        for (i, name) in names.iter().enumerate() {
            raw.extend_from_slice(b"100644 ");
            raw.extend_from_slice(name.as_bytes());
            raw.push(0);
            let mut id = [0u8; 20];
            id[..7].copy_from_slice(b"100644 ");
            id[19] = i as u8;
            raw.extend_from_slice(&id);
        }
        raw
    }

    #[test]
    fn entry_starts_agree_with_counting_from_the_start() {
        let raw = raw_tree(&["DEC-0001-a.md", "x100644 y.md", "DEC-0002-b.md", "z.md"]);
        let mut starts = vec![0];
        let mut pos = 0;
        while let Some((_, next)) = entry_at(&raw, pos) {
            starts.push(next);
            pos = next;
        }
        for at in 0..=raw.len() {
            let want = *starts.iter().rev().find(|&&s| s <= at).unwrap();
            assert_eq!(entry_start_before(&raw, at), want, "at {at}");
        }
    }

    #[test]
    fn common_ends_are_measured_in_bytes() {
        let a = vec![7u8; 5000];
        let mut b = a.clone();
        b[3000] = 8;
        assert_eq!(common_prefix(&a, &b), 3000);
        assert_eq!(common_suffix(&a, &b), 1999);
        assert_eq!(common_prefix(&a, &a[..10]), 10);
    }
}
