//! Entry points for the fuzz targets in `fuzz/` (not an API): the pack
//! reader and the delta code read bytes from outside, and must refuse
//! any damage without a panic and without allocating what a crafted
//! entry declares.

use std::rc::Rc;

use super::ObjectId;
use super::delta;
use super::pack::Packs;
use super::rope::{self, Rope};

/// Reads every object an index names from a pack held in memory, three
/// ways (flat, as a rope, once), and checks they agree. With
/// `skip_crc`, every entry's CRC32 counts as checked, so mutated entries
/// reach the inflating and delta code instead of stopping at the CRC.
pub fn read_pack(idx: &[u8], pack: &[u8], skip_crc: bool) {
    let Some(mut packs) = Packs::in_memory(idx.to_vec(), pack.to_vec(), skip_crc) else {
        return;
    };
    let count = idx.get(8 + 255 * 4..8 + 256 * 4).map_or(0, |b| {
        u32::from_be_bytes(b.try_into().unwrap_or_default()) as usize
    });
    let names = 8 + 256 * 4;
    for i in 0..count.min(4096) {
        let Some(name) = idx.get(names + i * 20..names + i * 20 + 20) else {
            break;
        };
        let id = ObjectId(name.try_into().unwrap_or_default());
        let flat = packs.read(&id);
        let rope = packs.read_rope(&id);
        let once = packs.read_once(&id);
        if let (Ok(Some(a)), Ok(Some(b)), Ok(Some(c))) = (&flat, &rope, &once) {
            assert_eq!(a.as_slice(), b.to_flat().as_slice(), "{id}");
            assert_eq!(a.as_slice(), c.as_slice(), "{id}");
        }
    }
}

/// Applies a delta to a base as a rope and as a flat buffer: both refuse
/// the same damage and build the same bytes.
pub fn apply_delta(base: &[u8], delta: &[u8]) {
    let rope = Rope::flat(Rc::new(base.to_vec()));
    let ours = rope::apply(&rope, &Rc::new(delta.to_vec())).map(|r| r.to_flat().to_vec());
    assert_eq!(ours, delta::apply(base, delta));
}
