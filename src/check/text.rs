//! Positions in text (the one [`LineIndex`], kept with the Markdown
//! reader), and the signs of text that went through the wrong
//! encoding on its way (mojibake).

pub use crate::markdown::LineIndex;

/// Known garblings of Danish letters: UTF-8 read as Latin-1/Windows-1252,
/// and UTF-8 read as the Korean code page EUC-KR (as in the seed's
/// `.as-received.txt`: `S칮nderborg`).
const GARBLED: &[(&str, &str)] = &[
    ("Ã¦", "æ"),
    ("Ã¸", "ø"),
    ("Ã¥", "å"),
    ("Ã†", "Æ"),
    ("Ã˜", "Ø"),
    ("Ã…", "Å"),
    ("Ã©", "é"),
    ("Ã¤", "ä"),
    ("Ã¶", "ö"),
    ("Ã¼", "ü"),
    ("â€“", "–"),
    ("â€œ", "“"),
    ("â€", "”"),
    ("Â ", " "),
    ("칮", "ø"),
    ("칝", "æ"),
    ("친", "å"),
    ("칀", "Å"),
];

/// The first garbled sequences of a text: byte offset, what is there, and
/// what was meant. At most `max` are returned, each distinct.
pub fn mojibake(text: &str, max: usize) -> Vec<(usize, String, Option<String>)> {
    if !may_be_garbled(text) {
        return Vec::new();
    }
    let mut found: Vec<(usize, String, Option<String>)> = Vec::new();
    for (garbled, meant) in GARBLED {
        if let Some(at) = text.find(garbled) {
            let word = word_around(text, at, garbled.len());
            if found.iter().all(|(_, w, _)| *w != word) {
                let fixed = word.replace(garbled, meant);
                found.push((at, word, Some(fixed)));
            }
        }
    }
    // Hangul syllables glued to Latin letters: UTF-8 read as EUC-KR.
    if found.is_empty() {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for w in chars.windows(2) {
            let (a, b) = (w[0].1, w[1].1);
            let hangul = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
            if (hangul(a) && b.is_ascii_alphabetic()) || (a.is_ascii_alphabetic() && hangul(b)) {
                let at = if hangul(a) { w[0].0 } else { w[1].0 };
                found.push((at, word_around(text, at, 3), None));
                break;
            }
        }
    }
    found.sort();
    found.truncate(max);
    found
}

/// One pass over the bytes: every garbling in [`GARBLED`] starts with
/// `Ã` (C3 83), `Â` (C3 82) or `â` (C3 A2), and Hangul syllables start with
/// a byte in EA..=ED. Clean Danish text (æøå are C3 A5/A6/B8) has none, so
/// the search below runs only on the rare suspicious file.
fn may_be_garbled(text: &str) -> bool {
    // A single-char `contains` searches with memchr; the chunked fold below
    // compiles to vector instructions. Both are far cheaper than a search
    // per garbling.
    text.contains('Ã')
        || text.contains('Â')
        || text.contains('â')
        || text.as_bytes().chunks(64).any(|chunk| {
            chunk
                .iter()
                .fold(false, |hit, &b| hit | (b.wrapping_sub(0xEA) < 4))
        })
}

/// The whitespace-delimited word containing `at..at+len`.
fn word_around(text: &str, at: usize, len: usize) -> String {
    // The space before the word may be wider than a byte (a no-break space).
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at + len..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| at + len + i);
    text[start..end]
        .trim_matches(|c: char| c.is_ascii_punctuation())
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the `record` fuzz target: a no-break space (two bytes)
    /// before a garbled word cut the text inside a character.
    #[test]
    fn a_wide_space_before_a_garbled_word_is_not_cut_inside() {
        let text = "-\u{a0}\u{ce69}UUUU";
        let found = mojibake(text, 3);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "\u{ce69}UUUU");
    }

    #[test]
    fn latin1_and_korean_garbling_are_found() {
        let m = mojibake("Mødet i SÃ¸nderborg blev holdt.", 3);
        assert_eq!(m[0].1, "SÃ¸nderborg");
        assert_eq!(m[0].2.as_deref(), Some("Sønderborg"));
        let m = mojibake("produktsekretariat i S칮nderborg", 3);
        assert_eq!(m[0].2.as_deref(), Some("Sønderborg"));
        let m = mojibake("the 침 word x침y", 3);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(mojibake("Møde i Sønderborg, Årshjul og Æbler. 한국어 텍스트", 3).is_empty());
        assert!(!may_be_garbled(
            "Møde i Sønderborg, Årshjul og Æbler – “citat”"
        ));
        for (garbled, _) in GARBLED {
            assert!(may_be_garbled(garbled), "{garbled}");
        }
    }
}
