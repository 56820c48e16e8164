//! Git deltas applied as ropes (what the reader uses) and as flat buffers
//! (the plain reference): both refuse the same damage, build the same
//! bytes, and never panic.
//!
//! Input: the base's length (2 bytes, little endian), the base, the delta.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(len) = data.get(..2) else {
        return;
    };
    let len = usize::from(u16::from_le_bytes([len[0], len[1]]));
    let rest = &data[2..];
    let (base, delta) = rest.split_at(len.min(rest.len()));
    gov::git::fuzz::apply_delta(base, delta);
});
