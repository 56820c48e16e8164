//! One form for text read from records: Unicode NFC.
//!
//! The same title can reach a file in two byte forms: `å` as one code point
//! (U+00E5, what most keyboards type) or as `a` followed by a combining ring
//! (U+030A, what macOS file names and some web editors write). People see
//! one word; byte comparison sees two. `gov` reads every string of the front
//! matter (keys and values) and every title in NFC, so the two forms
//! compare, sort, match status words and make slugs alike (DEC-0033). The
//! file itself is never rewritten for it: a read is a read.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// `text` in NFC, borrowed when it already is (all ASCII text is, and so is
/// almost all text typed on a keyboard), so the common case costs one scan.
pub fn nfc(text: &str) -> Cow<'_, str> {
    if is_nfc_already(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// [`nfc`] for an owned string, reusing it when it already is NFC.
pub fn nfc_string(text: String) -> String {
    if is_nfc_already(&text) {
        text
    } else {
        text.nfc().collect()
    }
}

/// A JSON value with every string and key in NFC, as the YAML reader
/// gives back what was written from it (of two keys that compose alike,
/// the first counts, as in YAML).
pub fn nfc_json(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(nfc_string(s)),
        Value::Array(items) => Value::Array(items.into_iter().map(nfc_json).collect()),
        Value::Object(map) => {
            let mut out = serde_json::Map::new();
            for (k, v) in map {
                out.entry(nfc_string(k)).or_insert_with(|| nfc_json(v));
            }
            Value::Object(out)
        }
        other => other,
    }
}

/// Whether `text` is surely NFC without composing it: ASCII always is; the
/// quick check answers for the rest, and its "maybe" goes to composition.
fn is_nfc_already(text: &str) -> bool {
    text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn decomposed_danish_letters_compose() {
        assert_eq!(nfc("Pa\u{30a}ske"), "Påske");
        assert_eq!(
            nfc("O\u{338}resund"),
            "O\u{338}resund",
            "ø has no decomposition"
        );
        assert_eq!(nfc("Mo\u{308}de"), "Möde");
        assert_eq!(nfc_string("A\u{30a}rshjul".into()), "Årshjul");
        assert_eq!(nfc_string("\u{212b}ngstrøm".into()), "Ångstrøm");
    }

    #[test]
    fn text_already_in_nfc_is_borrowed_unchanged() {
        for s in ["", "Fuld stop", "Påske i Sønderborg", "Łódź", "日本"] {
            assert!(matches!(nfc(s), Cow::Borrowed(b) if b == s), "{s:?}");
            assert_eq!(nfc_string(s.to_string()), s);
        }
        // A combining mark with nothing to compose with stays as it is.
        assert_eq!(nfc("x\u{301}"), "x\u{301}");
    }

    #[test]
    fn json_strings_and_keys_compose_and_the_first_key_counts() {
        let v = serde_json::json!({"a\u{30a}r": ["Pa\u{30a}ske", 1], "år": "igen"});
        assert_eq!(nfc_json(v), serde_json::json!({"år": ["Påske", 1]}));
    }

    proptest! {
        #[test]
        fn nfc_is_idempotent_and_agrees_with_the_crate(s in "\\PC{0,40}") {
            let once = nfc(&s).into_owned();
            prop_assert_eq!(&once, &s.nfc().collect::<String>());
            let twice = nfc(&once);
            prop_assert_eq!(twice.as_ref(), once.as_str());
            prop_assert_eq!(nfc_string(s.clone()), once);
        }

        #[test]
        fn nfd_and_nfc_forms_read_alike(s in "[a-zA-ZåÅæÆøØéüÖ ]{0,30}") {
            let nfd: String = s.nfd().collect();
            prop_assert_eq!(nfc(&nfd), nfc(&s));
        }
    }
}
