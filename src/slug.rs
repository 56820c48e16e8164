//! File-name slugs from titles: readable, ASCII, and unable to leave the
//! record folder (only `a-z`, `0-9` and `-` survive).
//!
//! A title is read in NFC first, so `å` typed as `a` + combining ring gives
//! what the composed `å` gives. The Danish rules come next (æ→ae, ø→oe,
//! å→aa, and ä, ö, ü as Danish writes them without the dots); every other
//! letter goes through `deunicode`, a maintained transliteration table, so
//! "Łódź" gives `lodz`, "Straße" `strasse` and "Жуков" `zhukov` (DEC-0033).

use crate::unicode;

/// The longest slug, in bytes; long titles are cut at a word boundary.
pub const MAX_LEN: usize = 60;

/// The Danish transliterations, which a general table gets wrong for a
/// Danish reader (it gives ø→o, å→a).
fn danish(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'Æ' | 'ä' | 'Ä' => "ae",
        'ø' | 'Ø' | 'ö' | 'Ö' => "oe",
        'å' | 'Å' => "aa",
        'ü' | 'Ü' => "ue",
        _ => return None,
    })
}

/// A slug for a title: `"Fuld stop for nye ønsker"` → `fuld-stop-for-nye-oensker`.
/// Never empty: a title with nothing usable gives `record`.
pub fn slug(title: &str) -> String {
    let title = unicode::nfc(title);
    let mut out = String::with_capacity(title.len());
    let mut dash = false;
    let mut buf = [0; 4];
    for c in title.chars() {
        // A character with no transliteration separates words; one that
        // transliterates to nothing (a stray combining mark, a bidi
        // control) does not, so it can never split a word in two.
        let piece = if c.is_ascii() {
            c.encode_utf8(&mut buf)
        } else {
            danish(c)
                .or_else(|| deunicode::deunicode_char(c))
                .unwrap_or(" ")
        };
        for b in piece.bytes() {
            if b.is_ascii_alphanumeric() {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(b.to_ascii_lowercase() as char);
            } else {
                dash = true;
            }
        }
    }
    if out.len() > MAX_LEN {
        // All ASCII: every byte index is a character boundary.
        let cut = out[..MAX_LEN].rfind('-').filter(|&i| i > MAX_LEN / 2);
        out.truncate(cut.unwrap_or(MAX_LEN));
    }
    if out.is_empty() {
        out.push_str("record");
    }
    out
}

#[cfg(test)]
#[path = "slug_tests.rs"]
mod tests;
