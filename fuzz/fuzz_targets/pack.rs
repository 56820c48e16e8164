//! The pack reader on any index and pack: every damage is refused without
//! a panic and without allocating what a crafted entry declares (libFuzzer's
//! malloc limit catches that), and the three ways of reading agree.
//!
//! Input: a flag byte (bit 0: count every CRC32 as checked, so mutations
//! reach the inflating and delta code), the index's length (4 bytes, little
//! endian), the index, then the pack.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let Some(len) = rest.get(..4) else {
        return;
    };
    let len = u32::from_le_bytes(len.try_into().unwrap_or_default()) as usize;
    let rest = &rest[4..];
    let (idx, pack) = rest.split_at(len.min(rest.len()));
    gov::git::fuzz::read_pack(idx, pack, flags & 1 == 1);
});
