//! The pack reader on crafted packs: built entry by entry with true
//! CRC32s, then given lying sizes, broken streams, bad offsets and delta
//! chains too long or too large, each refused as damage or as implausible.

use super::super::pack_entry::{MAX_CHAIN_BYTES, MAX_CHAIN_LINKS};
use super::*;

/// An entry of a crafted pack: a whole object (type, declared size,
/// content) or a delta on an earlier entry (its index, the delta's
/// declared inflated size, the delta).
enum Crafted {
    Whole(u8, usize, Vec<u8>),
    Ofs(usize, usize, Vec<u8>),
    /// A delta on the object with this id byte (`[b; 20]`).
    Ref(u8, usize, Vec<u8>),
}

fn size_header(kind: u8, size: usize) -> Vec<u8> {
    let mut out = vec![(kind << 4) | (size & 15) as u8];
    let mut rest = size >> 4;
    while rest > 0 {
        *out.last_mut().unwrap() |= 0x80;
        out.push((rest & 0x7f) as u8);
        rest >>= 7;
    }
    out
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut c = libdeflater::Compressor::new(libdeflater::CompressionLvl::best());
    let mut out = vec![0; c.zlib_compress_bound(data.len())];
    let n = c.zlib_compress(data, &mut out).unwrap();
    out.truncate(n);
    out
}

/// A pack of `entries` (object `i` has the id `[i + 1; 20]`) and its v2
/// index, with true CRC32s.
fn craft(entries: &[Crafted]) -> (Vec<u8>, Vec<u8>) {
    let mut pack = b"PACK\0\0\0\x02".to_vec();
    pack.extend_from_slice(&(entries.len() as u32).to_be_bytes());
    let mut rows = Vec::new();
    let mut starts = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let at = pack.len();
        starts.push(at);
        let mut bytes = match e {
            Crafted::Whole(kind, size, content) => {
                let mut b = size_header(*kind, *size);
                b.extend(zlib(content));
                b
            }
            Crafted::Ofs(base, size, delta) => {
                let mut b = size_header(6, *size);
                let mut back = at - starts[*base];
                let mut enc = vec![(back & 0x7f) as u8];
                back >>= 7;
                while back > 0 {
                    back -= 1;
                    enc.push(0x80 | (back & 0x7f) as u8);
                    back >>= 7;
                }
                enc.reverse();
                b.extend(enc);
                b.extend(zlib(delta));
                b
            }
            Crafted::Ref(base, size, delta) => {
                let mut b = size_header(7, *size);
                b.extend_from_slice(&[*base; 20]);
                b.extend(zlib(delta));
                b
            }
        };
        let id = if i < 250 {
            [i as u8 + 1; 20]
        } else {
            let mut id = [0xfe; 20];
            id[1..9].copy_from_slice(&(i as u64).to_be_bytes());
            id
        };
        rows.push((id, crc32fast::hash(&bytes), at as u32));
        pack.append(&mut bytes);
    }
    pack.extend_from_slice(&[7; 20]);
    rows.sort();
    let mut idx = vec![0xff, b't', b'O', b'c', 0, 0, 0, 2];
    for first in 0..256 {
        let n = rows.iter().filter(|r| usize::from(r.0[0]) <= first).count() as u32;
        idx.extend_from_slice(&n.to_be_bytes());
    }
    rows.iter().for_each(|r| idx.extend_from_slice(&r.0));
    rows.iter()
        .for_each(|r| idx.extend_from_slice(&r.1.to_be_bytes()));
    rows.iter()
        .for_each(|r| idx.extend_from_slice(&r.2.to_be_bytes()));
    idx.extend_from_slice(&[7; 20]);
    idx.extend_from_slice(&[9; 20]);
    (idx, pack)
}

/// A delta from a base of `base` bytes to `size` bytes, copying the whole
/// base `times` times.
fn copies(base: usize, size: usize, times: usize) -> Vec<u8> {
    let mut d = Vec::new();
    crate::testing::delta_size(&mut d, base);
    crate::testing::delta_size(&mut d, size);
    for _ in 0..times {
        d.push(0x80 | 0x10 | 0x20 | 0x40);
        d.extend_from_slice(&(base as u32).to_le_bytes()[..3]);
    }
    d
}

fn read(entries: &[Crafted], object: u8) -> Read<Rc<Vec<u8>>> {
    let (idx, pack) = craft(entries);
    let mut packs = Packs::in_memory(idx, pack, false).expect("a usable pack");
    packs.read(&ObjectId([object; 20]))
}

#[test]
fn crafted_packs_read_as_built() {
    let delta = copies(5, 15, 3);
    let entries = [
        Crafted::Whole(3, 5, b"hello".to_vec()),
        Crafted::Ofs(0, delta.len(), delta),
    ];
    assert_eq!(
        read(&entries, 2).unwrap().unwrap().as_slice(),
        b"hellohellohello"
    );
}

#[test]
fn a_size_no_zlib_stream_of_its_length_can_give_is_implausible() {
    let d = read(&[Crafted::Whole(3, 3_000_000, b"tiny".to_vec())], 1).unwrap_err();
    assert!(d.implausible, "{d}");
    assert!(d.to_string().contains("3000000"), "{d}");
    let d = read(&[Crafted::Whole(3, 3_000_000_000, b"tiny".to_vec())], 1).unwrap_err();
    assert!(d.implausible && d.to_string().contains("gov reads"), "{d}");
}

#[test]
fn a_delta_declaring_a_result_beyond_the_limit_is_implausible() {
    let delta = copies(5, 3_000_000_000, 2);
    let entries = [
        Crafted::Whole(3, 5, b"hello".to_vec()),
        Crafted::Ofs(0, delta.len(), delta),
    ];
    let d = read(&entries, 2).unwrap_err();
    assert!(d.implausible, "{d}");
    assert!(d.to_string().contains("3000000000"), "{d}");
}

#[test]
fn a_chain_of_doubling_deltas_is_refused_before_it_is_built() {
    // Each link doubles its base: 1 KB at the bottom, 1 GB at the top, in
    // a pack of a few hundred bytes.
    let mut entries = vec![Crafted::Whole(3, 1024, vec![b'x'; 1024])];
    for i in 0..20 {
        let delta = copies(1024 << i, 2048 << i, 2);
        entries.push(Crafted::Ofs(i, delta.len(), delta));
    }
    let (idx, pack) = craft(&entries);
    assert!(pack.len() < 1024, "{}", pack.len());
    let mut packs = Packs::in_memory(idx, pack, false).unwrap();
    let d = packs.read(&ObjectId([21; 20])).unwrap_err();
    assert!(d.implausible, "{d}");
    // A link within the limit still reads.
    let ok = packs.read(&ObjectId([5; 20])).unwrap().unwrap();
    assert_eq!(ok.len(), 1024 << 4);
}

#[test]
fn an_entry_whose_crc_does_not_match_is_damage_libgit2_may_retry() {
    let (mut idx, pack) = craft(&[Crafted::Whole(3, 5, b"hello".to_vec())]);
    idx[8 + 1024 + 20] ^= 1;
    let mut packs = Packs::in_memory(idx, pack, false).unwrap();
    let d = packs.read(&ObjectId([1; 20])).unwrap_err();
    assert!(!d.implausible && d.to_string().contains("CRC32"), "{d}");
    let d = packs.read_once(&ObjectId([1; 20])).unwrap_err();
    assert!(d.to_string().contains("CRC32"), "{d}");
}

#[test]
fn a_damaged_stream_is_damage_and_an_unknown_id_is_absent() {
    let (idx, mut pack) = craft(&[Crafted::Whole(3, 5, b"hello".to_vec())]);
    let end = pack.len() - 21;
    pack[end] ^= 0xff;
    let mut packs = Packs::in_memory(idx, pack, true).unwrap();
    let d = packs.read(&ObjectId([1; 20])).unwrap_err();
    assert!(!d.implausible && d.to_string().contains("zlib"), "{d}");
    assert_eq!(packs.read(&ObjectId([2; 20])), Ok(None));
}

#[test]
fn an_index_offset_outside_the_pack_makes_the_pack_unusable() {
    let (mut idx, pack) = craft(&[Crafted::Whole(3, 5, b"hello".to_vec())]);
    let at = 8 + 1024 + 24;
    idx[at..at + 4].copy_from_slice(&0x7fff_0000u32.to_be_bytes());
    assert!(Packs::in_memory(idx, pack, false).is_none());
}

#[test]
fn a_delta_base_that_is_no_entry_start_is_damage() {
    let delta = copies(5, 10, 2);
    let (idx, mut pack) = craft(&[
        Crafted::Whole(3, 5, b"hello".to_vec()),
        Crafted::Ofs(0, delta.len(), delta),
    ]);
    // The second entry's one-byte base offset, one byte short.
    let second = 12 + 1 + zlib(b"hello").len();
    pack[second + 1] -= 1;
    let mut packs = Packs::in_memory(idx, pack, true).unwrap();
    let d = packs.read(&ObjectId([2; 20])).unwrap_err();
    assert!(d.to_string().contains("no entry"), "{d}");
}

#[test]
fn a_delta_on_a_base_named_by_id_reads_and_one_on_a_base_elsewhere_is_libgit2s() {
    let delta = copies(5, 10, 2);
    let entries = [
        Crafted::Whole(3, 5, b"hello".to_vec()),
        Crafted::Ref(1, delta.len(), delta.clone()),
        Crafted::Ref(9, delta.len(), delta),
    ];
    assert_eq!(
        read(&entries, 2).unwrap().unwrap().as_slice(),
        b"hellohello"
    );
    assert_eq!(
        read(&entries, 3),
        Ok(None),
        "the base is in no pack of this reader"
    );
    let (idx, mut pack) = craft(&entries[..2]);
    let cut = pack.len() - 20 - 3;
    pack.truncate(cut);
    pack.extend_from_slice(&[7; 20]);
    let mut packs = Packs::in_memory(idx, pack, true).unwrap();
    let d = packs.read(&ObjectId([2; 20])).unwrap_err();
    assert!(d.to_string().contains("zlib"), "{d}");
}

#[test]
fn a_delta_on_itself_is_damage() {
    // A base offset of 0 would name the delta's own entry.
    let delta = copies(5, 10, 2);
    let (idx, mut pack) = craft(&[
        Crafted::Whole(3, 5, b"hello".to_vec()),
        Crafted::Ofs(0, delta.len(), delta),
    ]);
    let second = 12 + 1 + zlib(b"hello").len();
    pack[second + 1] = 0;
    let mut packs = Packs::in_memory(idx, pack, true).unwrap();
    let d = packs.read(&ObjectId([2; 20])).unwrap_err();
    assert!(d.to_string().contains("outside the pack"), "{d}");
    assert_eq!(d.offset, second as u64);
    let text = d.to_string();
    assert!(
        text.starts_with(&format!("fuzz.pack at offset {second}: ")),
        "{text}"
    );
}

#[test]
fn a_chain_past_the_most_links_is_implausible() {
    let delta = copies(5, 5, 1);
    let mut entries = vec![Crafted::Whole(3, 5, b"hello".to_vec())];
    for i in 0..=MAX_CHAIN_LINKS {
        entries.push(Crafted::Ofs(i, delta.len(), delta.clone()));
    }
    let (idx, pack) = craft(&entries);
    let mut packs = Packs::in_memory(idx, pack, false).unwrap();
    // Ids are one byte: read an entry by its offset instead.
    let last = packs.packs[0].ends[MAX_CHAIN_LINKS + 1] as usize;
    let Err(d) = packs.read_at(0, last) else {
        panic!("a chain past the limit was read")
    };
    assert!(d.implausible && d.to_string().contains("links"), "{d}");
    let below = packs.packs[0].ends[MAX_CHAIN_LINKS] as usize;
    assert_eq!(
        packs
            .read_at(0, below)
            .unwrap()
            .unwrap()
            .to_flat()
            .as_slice(),
        b"hello"
    );
}

#[test]
fn sizes_are_held_to_the_zlib_bound_and_the_limit_exactly() {
    use super::super::pack_entry::{checked_size, inflatable, push_delta};
    assert!(checked_size(MAX_OBJECT, usize::MAX / 2048).is_ok());
    assert!(
        checked_size(MAX_OBJECT + 1, usize::MAX / 2048)
            .unwrap_err()
            .1
    );
    assert!(checked_size(inflatable(10), 10).is_ok());
    assert!(checked_size(inflatable(10) + 1, 10).unwrap_err().1);
    assert_eq!(inflatable(10), 26 * 1032);
    let mut chain = Vec::new();
    let at_limit = copies(1, MAX_OBJECT, 0);
    assert_eq!(
        push_delta(&mut chain, 0, at_limit.clone()),
        Ok(at_limit.len())
    );
    assert!(
        push_delta(&mut chain, 0, copies(1, MAX_OBJECT + 1, 0))
            .unwrap_err()
            .1
    );
    let full = MAX_CHAIN_BYTES - at_limit.len();
    assert!(push_delta(&mut chain, full, at_limit.clone()).is_ok());
    assert!(push_delta(&mut chain, full + 1, at_limit).unwrap_err().1);
}
