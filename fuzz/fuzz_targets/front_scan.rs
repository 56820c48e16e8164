//! Holds the fast path of `gov trace` to its promise: whenever the line
//! scanner answers for a record file, its facts are exactly those of the
//! full YAML parse, whatever the text.
#![no_main]

use std::sync::OnceLock;

use gov::config::{Config, Kind};
use gov::trace::fuzzing::{BlobFacts, quick_facts};
use libfuzzer_sys::fuzz_target;

/// Built once: the configuration is not what is fuzzed.
fn kind() -> &'static Kind {
    static KIND: OnceLock<Kind> = OnceLock::new();
    KIND.get_or_init(|| {
        let config = Config::defaults();
        config.kind("decision").expect("decision kind").clone()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(fast) = quick_facts(text, kind()) {
        let full = BlobFacts::read_full(text.to_string(), kind());
        assert_eq!(fast, full, "{text:?}");
    }
});
