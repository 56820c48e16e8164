//! Tests of slugs: Danish first, then any script; always safe; NFC and NFD
//! alike; the length limit cut where it says.

use super::*;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

#[test]
fn danish_letters_are_transliterated() {
    assert_eq!(
        slug("Fuld stop for nye ønsker"),
        "fuld-stop-for-nye-oensker"
    );
    assert_eq!(
        slug("Årshjul & møder i Sønderborg"),
        "aarshjul-moeder-i-soenderborg"
    );
    assert_eq!(slug("[ODR]Fuld stop"), "odr-fuld-stop");
    assert_eq!(slug("Ændring: Café"), "aendring-cafe");
}

#[test]
fn every_danish_rule_in_both_cases() {
    let cases = [
        ("æ", "ae"),
        ("Æ", "ae"),
        ("ä", "ae"),
        ("Ä", "ae"),
        ("ø", "oe"),
        ("Ø", "oe"),
        ("ö", "oe"),
        ("Ö", "oe"),
        ("å", "aa"),
        ("Å", "aa"),
        ("ü", "ue"),
        ("Ü", "ue"),
    ];
    for (letter, want) in cases {
        assert_eq!(
            slug(&format!("x{letter}y")),
            format!("x{want}y"),
            "{letter}"
        );
        let nfd: String = letter.nfd().collect();
        assert_eq!(slug(&format!("x{nfd}y")), format!("x{want}y"), "{nfd:?}");
    }
}

#[test]
fn decomposed_accents_do_not_split_a_word() {
    // `å` as `a` + U+030A (macOS, some web editors): not `pa-ske`.
    assert_eq!(slug("Pa\u{30a}ske"), "paaske");
    assert_eq!(slug("A\u{30a}rshjul i Mo\u{308}lle"), "aarshjul-i-moelle");
    assert_eq!(slug("Cafe\u{301} Bru\u{308}ssel"), "cafe-bruessel");
    // A mark with nothing to compose with, and a bidi control, vanish.
    assert_eq!(slug("x\u{301}yz ab\u{202e}cd"), "xyz-abcd");
}

#[test]
fn other_scripts_are_transliterated_not_dropped() {
    assert_eq!(slug("Łódź"), "lodz");
    assert_eq!(slug("Straße"), "strasse");
    assert_eq!(slug("Señor Núñez, Çà et là"), "senor-nunez-ca-et-la");
    assert_eq!(slug("Íslenska ýmis Ústí"), "islenska-ymis-usti");
    assert_eq!(slug("Þórshöfn"), "thorshoefn");
    assert_eq!(slug("Αθήνα"), "athena");
    assert_eq!(slug("Жуков"), "zhukov");
    assert_eq!(slug("日本"), "ri-ben");
    assert_eq!(slug("Budget 2026 €"), "budget-2026-eur");
}

#[test]
fn what_has_no_transliteration_separates_words() {
    assert_eq!(slug("a\u{e000}b"), "a-b");
    assert_eq!(slug("a\u{200b}b"), "a-b");
    assert_eq!(slug("\u{e000}\u{e000}"), "record");
}

#[test]
fn ascii_is_lowercased_and_punctuation_separates_once() {
    assert_eq!(slug("ABC Def"), "abc-def");
    assert_eq!(slug("  --x--  y.. "), "x-y");
    assert_eq!(slug("a/b\\c:d"), "a-b-c-d");
}

#[test]
fn paths_cannot_escape() {
    assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    assert_eq!(slug("..."), "record");
    assert_eq!(slug(""), "record");
    assert_eq!(slug("/"), "record");
}

#[test]
fn long_titles_are_cut_at_a_word() {
    let s = slug(&"styregruppe ".repeat(20));
    assert!(s.len() <= MAX_LEN, "{s}");
    assert!(!s.ends_with('-'));
    assert!(s.ends_with("styregruppe"));
}

/// A title of words of the given lengths, joined by spaces.
fn words(lengths: &[usize]) -> String {
    let words: Vec<String> = lengths.iter().map(|&n| "x".repeat(n)).collect();
    words.join(" ")
}

#[test]
fn the_length_limit_is_exact() {
    // Exactly MAX_LEN bytes stays whole, dashes and all.
    let exact = words(&[39, 20]);
    assert_eq!(exact.len(), MAX_LEN);
    assert_eq!(slug(&exact), exact.replace(' ', "-"));
    // One more is cut at its last dash (at 39, past the middle).
    assert_eq!(slug(&words(&[39, 21])), "x".repeat(39));
    // The last dash at 31 is past the middle: cut there.
    assert_eq!(slug(&words(&[31, 40])), "x".repeat(31));
    // The last dash at 30 is not past the middle: cut hard at MAX_LEN.
    let hard = slug(&words(&[30, 40]));
    assert_eq!(hard.len(), MAX_LEN);
    assert_eq!(hard, format!("{}-{}", "x".repeat(30), "x".repeat(29)));
    // A dash only near the start: cut hard too.
    assert_eq!(slug(&words(&[10, 70])).len(), MAX_LEN);
    // No dash at all.
    assert_eq!(slug(&"x".repeat(100)), "x".repeat(MAX_LEN));
}

/// A title of any characters, weighted towards the ones slugs treat
/// specially: Danish letters, combining marks, separators, other scripts.
fn title() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "\\PC{0,6}",
        "[æøåÆØÅäöüÄÖÜ\u{30a}\u{308}\u{301}]{1,3}",
        "[ ./\\\\:_-]{1,3}",
        "[a-zA-Z0-9]{1,12}",
        "[ŁłßΩЖ日😀€\u{e000}\u{202e}\u{200b}]{1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn slugs_are_always_safe(title in title()) {
        let s = slug(&title);
        prop_assert!(!s.is_empty() && s.len() <= MAX_LEN, "{s:?}");
        prop_assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        prop_assert!(!s.starts_with('-') && !s.ends_with('-') && !s.contains("--"), "{s:?}");
    }

    #[test]
    fn nfc_and_nfd_forms_give_one_slug(title in title()) {
        let nfc: String = title.nfc().collect();
        let nfd: String = title.nfd().collect();
        prop_assert_eq!(slug(&nfc), slug(&nfd));
        prop_assert_eq!(slug(&title), slug(&nfc));
    }
}
