//! Escaping text from records, commits and configuration before it reaches
//! a terminal, a CI log or a Markdown report.
//!
//! A record's title, a status word, an author's name or a commit message is
//! written by whoever can push to a repository. Printed as it is, an ESC
//! sequence in it could set the reader's clipboard (OSC 52), clear the
//! screen or move the cursor, and a bidi override could reorder what the
//! reader sees. Every human output therefore passes such text through
//! [`escape`], which turns each control character into a visible form:
//! `\x1b` for C0 controls and DEL, `\n`, `\r`, `\t` for those three,
//! `\u{85}` for C1 controls and `\u{202e}` for the bidi overrides and
//! isolates (U+202A–U+202E, U+2066–U+2069). Printable text, Danish letters
//! and combining accents included, is never changed, and escaping escaped
//! text changes nothing. JSON output is not escaped here: serde writes the
//! exact text, with its own escapes.

use std::borrow::Cow;

/// What [`escape`] may leave as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Nothing: text for one line or one table cell.
    Nothing,
    /// Line breaks (`\n`, and `\r` right before one) and tabs: text that is
    /// meant to span lines, such as a record's file or an error message.
    LineBreaks,
    /// As [`Keep::LineBreaks`], and also the colour codes gov itself writes
    /// (SGR: `ESC [` digits and `;` then `m`): the last check on a whole
    /// output for a terminal, whose parts were escaped already. A colour
    /// code can neither move the cursor nor reach the clipboard.
    LineBreaksAndColour,
}

/// Text with every control character in a visible form (see the module
/// documentation); borrowed when there is nothing to escape, which is
/// nearly always.
pub fn escape(text: &str, keep: Keep) -> Cow<'_, str> {
    let Some(first) = first_suspect(text.as_bytes()) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..first]);
    let rest = &text[first..];
    let mut chars = rest.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let kept = match c {
            '\n' | '\t' => keep != Keep::Nothing,
            '\r' => keep != Keep::Nothing && chars.peek().is_some_and(|&(_, n)| n == '\n'),
            '\x1b' if keep == Keep::LineBreaksAndColour => {
                let len = colour_code_len(&rest[at..]);
                if len > 0 {
                    out.push_str(&rest[at..at + len]);
                    while chars.peek().is_some_and(|&(i, _)| i < at + len) {
                        chars.next();
                    }
                    continue;
                }
                false
            }
            c => !is_control(c),
        };
        if kept {
            out.push(c);
        } else {
            visible(&mut out, c);
        }
    }
    Cow::Owned(out)
}

/// [`escape`] keeping nothing: a cell, a name, an ID, a path.
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, Keep::Nothing)
}

/// [`escape`] keeping line breaks: a file's text, a message of many lines.
pub fn text(text: &str) -> Cow<'_, str> {
    escape(text, Keep::LineBreaks)
}

/// True for the characters [`escape`] never lets through as they are: C0
/// controls, DEL, C1 controls and the bidi overrides and isolates.
pub fn is_control(c: char) -> bool {
    matches!(c, '\0'..='\x1f' | '\x7f'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The visible form of a control character.
fn visible(out: &mut String, c: char) {
    use std::fmt::Write as _;
    // Writing to a String cannot fail.
    let _ = match c {
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        '\t' => write!(out, "\\t"),
        '\0'..='\x7f' => write!(out, "\\x{:02x}", c as u32),
        _ => write!(out, "\\u{{{:x}}}", c as u32),
    };
}

/// The length of the SGR colour code (`ESC [ 1 ; 31 m`) at the start of
/// `text`, 0 when it starts with anything else.
fn colour_code_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    if bytes.get(1) != Some(&b'[') {
        return 0;
    }
    let params = bytes[2..]
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b';')
        .count();
    match bytes.get(2 + params) {
        Some(b'm') => 3 + params,
        _ => 0,
    }
}

/// Bytes that may start a character [`is_control`] means: C0, DEL, and the
/// first bytes of the UTF-8 forms of C1 (0xC2) and of the bidi controls
/// (0xE2). A table, so the common case (nothing to escape) is one look-up
/// per byte.
static SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[0x7f] = true;
    table[0xc2] = true;
    table[0xe2] = true;
    table
};

/// The offset of the first control character in `bytes` (valid UTF-8),
/// if there is one.
fn first_suspect(bytes: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = bytes[from..].iter().position(|&b| SUSPECT[usize::from(b)]) {
        let at = from + i;
        let control = match bytes[at] {
            0xc2 => bytes.get(at + 1).is_some_and(|b| (0x80..=0x9f).contains(b)),
            0xe2 => match (bytes.get(at + 1), bytes.get(at + 2)) {
                (Some(0x80), Some(b)) => (0xaa..=0xae).contains(b),
                (Some(0x81), Some(b)) => (0xa6..=0xa9).contains(b),
                _ => false,
            },
            _ => true,
        };
        if control {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Text for Markdown output: controls escaped, line breaks made spaces,
/// and `\`, `|` and `<` escaped, so a record cannot end a table cell or a
/// list item, start raw HTML (`<!--` would hide the rest of a report) or
/// turn the report's own backslashes into escapes.
pub fn markdown(text: &str) -> Cow<'_, str> {
    let special = |c: char| matches!(c, '\\' | '|' | '<' | '\n' | '\r');
    if !text.contains(special) && first_suspect(text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let spaced = text.replace(['\n', '\r'], " ");
    let mut out = String::with_capacity(spaced.len() + 8);
    // The visible forms' backslashes are escaped too: `\\x1b` shows `\x1b`.
    for c in line(&spaced).chars() {
        if matches!(c, '\\' | '|' | '<') {
            out.push('\\');
        }
        out.push(c);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn attacks_become_visible() {
        assert_eq!(
            line("Titel\x1b]52;c;aGFjaw==\x07 \x1b[2J\x1b[H"),
            "Titel\\x1b]52;c;aGFjaw==\\x07 \\x1b[2J\\x1b[H"
        );
        assert_eq!(line("a\u{202e}cba\u{2066}"), "a\\u{202e}cba\\u{2066}");
        assert_eq!(line("c1\u{85}\u{9b}2J"), "c1\\u{85}\\u{9b}2J");
        assert_eq!(line("a\tb\r\nc\x7f"), "a\\tb\\r\\nc\\x7f");
        assert_eq!(text("a\tb\r\nc\rd\n"), "a\tb\r\nc\\rd\n");
    }

    #[test]
    fn near_misses_stay() {
        // U+00A0 (after C1), U+2029 and U+2065, U+206A: next to the ranges.
        for s in [
            "\u{a0}", "\u{2029}", "\u{2065}", "\u{206a}", "\u{2000}", "æøå",
        ] {
            assert_eq!(line(s), s);
        }
    }

    #[test]
    fn only_colour_codes_pass_the_last_check() {
        let keep = Keep::LineBreaksAndColour;
        assert_eq!(
            escape("\x1b[1mStatus\x1b[0m\n", keep),
            "\x1b[1mStatus\x1b[0m\n"
        );
        assert_eq!(escape("\x1b[1;31mx", keep), "\x1b[1;31mx");
        assert_eq!(escape("\x1b[2J", keep), "\\x1b[2J");
        assert_eq!(escape("\x1b[", keep), "\\x1b[");
        assert_eq!(escape("\x1b]52;c;eA==\x07", keep), "\\x1b]52;c;eA==\\x07");
        assert_eq!(escape("\x1b[1m", Keep::LineBreaks), "\\x1b[1m");
    }

    #[test]
    fn markdown_cannot_end_a_cell_or_start_html() {
        assert_eq!(markdown("a|b\nc <!-- x"), "a\\|b c \\<!-- x");
        assert_eq!(markdown("ends in \\"), "ends in \\\\");
        assert_eq!(markdown("e\x1b[2J|"), "e\\\\x1b[2J\\|");
        assert_eq!(
            markdown("Fuld stop for nye ønsker"),
            "Fuld stop for nye ønsker"
        );
    }

    fn unsafe_in(s: &str, keep: Keep) -> Option<char> {
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            let allowed = match c {
                '\n' | '\t' => keep != Keep::Nothing,
                '\r' => keep != Keep::Nothing && chars.peek() == Some(&'\n'),
                c => !is_control(c),
            };
            if !allowed {
                return Some(c);
            }
        }
        None
    }

    /// Any text, weighted towards controls, escape sequences and Danish.
    fn hostile() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("\x1b]52;c;aGFjaw==\x07".to_string()),
            Just("\x1b[2J".to_string()),
            Just("\x1b[1m".to_string()),
            Just("\r\n".to_string()),
            Just("\u{202e}".to_string()),
            Just("æøåÆØÅ é".to_string()),
            "[\\x00-\\x7f\\u{80}-\\u{a0}\\u{2028}-\\u{206f}]{0,6}",
            any::<String>(),
        ];
        proptest::collection::vec(piece, 0..8).prop_map(|p| p.concat())
    }

    proptest! {
        /// No control character survives, whatever the text.
        #[test]
        fn no_control_survives(s in hostile()) {
            for keep in [Keep::Nothing, Keep::LineBreaks] {
                let out = escape(&s, keep);
                prop_assert_eq!(unsafe_in(&out, keep), None, "{:?} -> {:?}", s, out);
                // Escaped text is printable: escaping it again changes nothing.
                prop_assert_eq!(escape(&out, keep), out.clone());
            }
            let md = markdown(&s);
            prop_assert_eq!(unsafe_in(&md, Keep::Nothing), None);
            let last = escape(&s, Keep::LineBreaksAndColour);
            let banned = ['\x07', '\u{9b}', '\u{202e}'];
            prop_assert!(!last.contains(banned), "{:?}", last);
            prop_assert!(!last.contains("\x1b]"), "{:?}", last);
        }

        /// Printable text, Danish letters and combining accents included,
        /// is never changed.
        #[test]
        fn printable_text_is_unchanged(s in "[ -~æøåÆØÅ\\u{301}\\u{308}\\u{a0}-\\u{2027}\\u{2030}-\\u{2065}\\u{206a}-\\u{ffff}]{0,40}") {
            prop_assert!(matches!(line(&s), Cow::Borrowed(_)));
            prop_assert_eq!(line(&s), s.as_str());
            prop_assert_eq!(text(&s), s.as_str());
        }

        /// A text with line breaks keeps them and its printable lines.
        #[test]
        fn lines_are_kept(lines in proptest::collection::vec("[ -~æøå]{0,20}", 0..5)) {
            let s = lines.join("\n");
            prop_assert_eq!(text(&s), s.as_str());
        }
    }
}
