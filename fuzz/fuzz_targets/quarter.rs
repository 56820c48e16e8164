//! Holds the reader of roadmap targets (`target:`, `period:`,
//! `roadmap.releases`) to its promise: any text reads or is refused
//! without a panic; a span read runs forwards, inside 1900-2200, and the
//! quarter it starts in reads back from its own name.
#![no_main]

use gov::quarter::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(span) = parse(text) {
        assert!(span.from <= span.to, "{text:?}");
        assert!((1900..=2200).contains(&span.from.year), "{text:?}");
        assert!((1900..=2200).contains(&span.to.year), "{text:?}");
        let again = parse(&span.from.to_string()).expect("a quarter's own name reads");
        assert_eq!((again.from, again.to), (span.from, span.from));
    }
});
