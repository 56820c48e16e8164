//! Commit text (author, e-mail, message) as its writer meant it.
//!
//! Git stores a commit's text as bytes. Without an `encoding` header they
//! are meant as UTF-8; with one (`encoding ISO-8859-1`, written by git
//! when `i18n.commitEncoding` is set) they are in that encoding. Old
//! histories of Danish communities hold names such as "Søren" in Latin-1,
//! with or without the header, and reading them lossily would turn the ø
//! into U+FFFD: an author no longer matching a body member, a summary
//! that says something else. So text is decoded by its header; bytes that
//! are not UTF-8 without a header are read as Windows-1252 (Latin-1 with
//! the printable 0x80–0x9F of Windows), the one legacy encoding such
//! histories hold, which maps every byte to a character and so loses
//! nothing. Only an encoding gov does not know (neither of these nor
//! ISO-8859-15) that is also not UTF-8 is read lossily (DEC-0051).

use std::borrow::Cow;

/// The characters Windows-1252 gives bytes 0x80–0x9F (where Latin-1 has
/// control characters); the five bytes it leaves undefined keep their
/// Latin-1 meaning, as browsers do.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// An encoding a commit can name that gov reads exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    Utf8,
    Latin1,
    Windows1252,
    Latin9,
}

/// The commit's `encoding` header, when it has one.
pub(super) fn encoding(header: &[u8]) -> Option<&[u8]> {
    header
        .split(|&b| b == b'\n')
        .find_map(|line| line.strip_prefix(b"encoding "))
        .map(<[u8]>::trim_ascii)
}

fn known(label: &[u8]) -> Option<Known> {
    let label = label.to_ascii_lowercase();
    let label = label.as_slice();
    Some(match label {
        b"utf-8" | b"utf8" => Known::Utf8,
        b"iso-8859-1" | b"iso8859-1" | b"latin1" | b"latin-1" | b"l1" | b"iso_8859-1" => {
            Known::Latin1
        }
        b"windows-1252" | b"cp1252" | b"cp-1252" => Known::Windows1252,
        b"iso-8859-15" | b"iso8859-15" | b"latin9" | b"latin-9" | b"iso_8859-15" => Known::Latin9,
        _ => return None,
    })
}

/// `bytes` of a commit whose `encoding` header is `label` (none: UTF-8),
/// as text: borrowed when they are UTF-8 already.
pub(super) fn text<'a>(bytes: &'a [u8], label: Option<&[u8]>) -> Cow<'a, str> {
    let meant = label.map_or(Some(Known::Utf8), known);
    if (meant == Some(Known::Utf8) || meant.is_none())
        && let Ok(s) = std::str::from_utf8(bytes)
    {
        return Cow::Borrowed(s);
    }
    match meant {
        // Meant as UTF-8 and not: the legacy encoding such histories hold.
        Some(Known::Utf8 | Known::Windows1252) => Cow::Owned(single_byte(bytes, cp1252)),
        Some(Known::Latin1) => Cow::Owned(single_byte(bytes, char::from)),
        Some(Known::Latin9) => Cow::Owned(single_byte(bytes, latin9)),
        None => String::from_utf8_lossy(bytes),
    }
}

fn single_byte(bytes: &[u8], char_of: impl Fn(u8) -> char) -> String {
    bytes.iter().map(|&b| char_of(b)).collect()
}

fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// ISO-8859-15: Latin-1 with eight places changed (the euro sign among them).
fn latin9(b: u8) -> char {
    match b {
        0xa4 => '€',
        0xa6 => 'Š',
        0xa8 => 'š',
        0xb4 => 'Ž',
        0xb8 => 'ž',
        0xbc => 'Œ',
        0xbd => 'œ',
        0xbe => 'Ÿ',
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_found_among_the_others() {
        let header =
            b"tree 1\nauthor A <a> 1 +0000\ncommitter A <a> 1 +0000\nencoding ISO-8859-1\n";
        assert_eq!(encoding(header), Some(&b"ISO-8859-1"[..]));
        assert_eq!(encoding(b"tree 1\nauthor A <a> 1 +0000\n"), None);
        // A header line that only starts like it is not it.
        assert_eq!(encoding(b"tree 1\nencodingX latin1\n"), None);
    }

    #[test]
    fn text_is_read_in_the_encoding_its_commit_names() {
        // "Søren Ærø" in Latin-1.
        let latin1 = b"S\xf8ren \xc6r\xf8";
        assert_eq!(text(latin1, Some(b"ISO-8859-1")), "Søren Ærø");
        assert_eq!(text(latin1, Some(b"latin1")), "Søren Ærø");
        // Without a header, bytes that are not UTF-8 are Windows-1252.
        assert_eq!(text(latin1, None), "Søren Ærø");
        assert_eq!(text(b"\x80 \x93ja\x94", None), "€ “ja”");
        assert_eq!(text(b"\x80 \x93ja\x94", Some(b"cp1252")), "€ “ja”");
        // Latin-1 keeps 0x80 as the control character it is there.
        assert_eq!(text(b"\x80", Some(b"ISO-8859-1")), "\u{80}");
        assert_eq!(text(b"\xa4\xbd", Some(b"ISO-8859-15")), "€œ");
        assert_eq!(text(b"\xa4\xbd", Some(b"iso-8859-1")), "¤½");
        // UTF-8 is UTF-8, borrowed, with or without a header.
        let utf8 = "Søren".as_bytes();
        assert!(matches!(text(utf8, None), Cow::Borrowed("Søren")));
        assert!(matches!(text(utf8, Some(b"UTF-8")), Cow::Borrowed("Søren")));
        // Bytes that are UTF-8 under a Latin-1 header are Latin-1 all the same.
        assert_eq!(text(utf8, Some(b"ISO-8859-1")), "SÃ¸ren");
        // An encoding gov does not know: UTF-8 if it is, else lossy.
        assert_eq!(text(utf8, Some(b"Shift_JIS")), "Søren");
        assert_eq!(text(b"S\xf8", Some(b"Shift_JIS")), "S\u{fffd}");
    }

    #[test]
    fn windows_1252_maps_its_high_bytes() {
        for b in 0x80..=0x9fu8 {
            let c = cp1252(b);
            let undefined = [0x81, 0x8d, 0x8f, 0x90, 0x9d].contains(&b);
            assert_eq!(c == char::from(b), undefined, "{b:#x}");
        }
        assert_eq!(cp1252(0x9f), 'Ÿ');
        assert_eq!(cp1252(0xff), 'ÿ');
        assert_eq!(cp1252(b'a'), 'a');
    }

    proptest::proptest! {
        /// Every byte string comes back as text of one character a byte
        /// under a single-byte encoding, and UTF-8 comes back unchanged.
        #[test]
        fn single_byte_encodings_lose_nothing(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            for label in [&b"latin1"[..], b"cp1252", b"iso-8859-15"] {
                let t = text(&bytes, Some(label));
                proptest::prop_assert_eq!(t.chars().count(), bytes.len());
            }
            let t = text(&bytes, None);
            match std::str::from_utf8(&bytes) {
                Ok(s) => proptest::prop_assert_eq!(t.as_ref(), s),
                Err(_) => proptest::prop_assert_eq!(t.chars().count(), bytes.len()),
            }
        }
    }
}
