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
    let breaks = keep != Keep::Nothing;
    let bytes = text.as_bytes();
    // The next character to look at from `from`: line breaks are skipped
    // in the scan when they are kept, so a text of many lines is one pass.
    let next = |from: usize| {
        let found = if breaks {
            scan::<true>(&bytes[from..]).0
        } else {
            scan::<false>(&bytes[from..]).0
        };
        found.map(|at| from + at)
    };
    let mut out: Option<String> = None;
    // Copied up to `done`; looking from `from`.
    let (mut done, mut from) = (0, 0);
    while let Some(at) = next(from) {
        let c = text[at..].chars().next().unwrap_or(' ');
        let kept = match c {
            '\t' => breaks.then_some(1),
            '\r' => (breaks && bytes.get(at + 1) == Some(&b'\n')).then_some(1),
            '\x1b' if keep == Keep::LineBreaksAndColour => {
                Some(colour_code_len(&text[at..])).filter(|&n| n > 0)
            }
            _ => None,
        };
        if let Some(len) = kept {
            from = at + len;
            continue;
        }
        let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 8));
        o.push_str(&text[done..at]);
        visible(o, c);
        done = at + c.len_utf8();
        from = done;
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut o) => {
            o.push_str(&text[done..]);
            Cow::Owned(o)
        }
    }
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
/// (0xE2).
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
    scan::<false>(bytes).0
}

/// The byte offset of the first character in `text` that [`escape`]
/// never leaves as it is (so also a line break), if there is one.
pub fn first_control(text: &str) -> Option<usize> {
    first_suspect(text.as_bytes())
}

/// How many line breaks `text` holds, when it holds no other control
/// character: a table checks all its lines in one pass, and knows how
/// many line breaks it wrote itself.
pub fn plain_lines(text: &str) -> Option<usize> {
    match scan::<true>(text.as_bytes()) {
        (None, breaks) => Some(breaks),
        (Some(_), _) => None,
    }
}

/// The first control character in `bytes` (line breaks not counted when
/// `BREAKS`) and the line breaks before it. [`BLOCK`] bytes at a time
/// without a branch inside, which the compiler turns into vector
/// instructions (`gov trace --all` checks 13 MB of tables), looking
/// closer only at a block with a byte that may start a control character.
fn scan<const BREAKS: bool>(bytes: &[u8]) -> (Option<usize>, usize) {
    let mut breaks = 0;
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut at = 0;
    for block in blocks.by_ref() {
        let block: &[u8; BLOCK] = block.try_into().unwrap_or(&[b' '; BLOCK]);
        let (suspect, n) = flags::<BREAKS>(block);
        if suspect && let Some(found) = control_in(bytes, at, at + BLOCK, BREAKS) {
            return (Some(found), breaks);
        }
        breaks += n;
        at += BLOCK;
    }
    let rest = blocks.remainder();
    let (suspect, n) = if rest.is_empty() {
        (false, 0)
    } else if !BREAKS && bytes.len() >= BLOCK {
        // The last block again, overlapping (line breaks are not counted).
        let last: &[u8; BLOCK] = bytes[bytes.len() - BLOCK..]
            .try_into()
            .unwrap_or(&[b' '; BLOCK]);
        flags::<BREAKS>(last)
    } else if rest.len() >= 8 {
        let mut padded = [b' '; BLOCK];
        padded[..rest.len()].copy_from_slice(rest);
        flags::<BREAKS>(&padded)
    } else {
        (true, rest.iter().filter(|&&b| b == b'\n').count())
    };
    match suspect
        .then(|| control_in(bytes, at, bytes.len(), BREAKS))
        .flatten()
    {
        Some(found) => (Some(found), breaks),
        None => (None, breaks + n),
    }
}

/// Bytes looked at together by [`scan`].
const BLOCK: usize = 32;

/// Whether a block holds a byte that may start a control character (see
/// [`SUSPECT`]; a line break not when `BREAKS`), and how many line breaks.
fn flags<const BREAKS: bool>(block: &[u8; BLOCK]) -> (bool, usize) {
    let (mut any, mut breaks) = (0u8, 0u8);
    for &b in block {
        let newline = b == b'\n';
        breaks += u8::from(newline);
        let c0 = if BREAKS {
            (b < 0x20) & !newline
        } else {
            b < 0x20
        };
        any |= u8::from(c0 | (b == 0x7f) | (b == 0xc2) | (b == 0xe2));
    }
    (any != 0, usize::from(breaks))
}

/// The first control character starting in `bytes[from..to]`, a line
/// break not counted when `breaks`; a UTF-8 form may run past `to`.
fn control_in(bytes: &[u8], from: usize, to: usize, breaks: bool) -> Option<usize> {
    (from..to).find(|&at| SUSPECT[usize::from(bytes[at])] && is_control_at(bytes, at, breaks))
}

/// Whether a control character starts at `at`, which holds a byte of
/// [`SUSPECT`] (a line break not counted when `breaks`).
fn is_control_at(bytes: &[u8], at: usize, breaks: bool) -> bool {
    match bytes[at] {
        0xc2 => bytes.get(at + 1).is_some_and(|b| (0x80..=0x9f).contains(b)),
        0xe2 => match (bytes.get(at + 1), bytes.get(at + 2)) {
            (Some(0x80), Some(b)) => (0xaa..=0xae).contains(b),
            (Some(0x81), Some(b)) => (0xa6..=0xa9).contains(b),
            _ => false,
        },
        b => !(breaks && b == b'\n'),
    }
}

/// Text for Markdown output: controls escaped, line breaks made spaces,
/// and `\`, `|` and `<` escaped, so a record cannot end a table cell or a
/// list item, start raw HTML (`<!--` would hide the rest of a report) or
/// turn the report's own backslashes into escapes.
pub fn markdown(text: &str) -> Cow<'_, str> {
    // One look-up per byte for the common case: nothing to do.
    if !text.bytes().any(|b| MARKDOWN[usize::from(b)]) {
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
    if out == text {
        return Cow::Borrowed(text);
    }
    Cow::Owned(out)
}

/// The bytes [`markdown`] may have to change: those of [`SUSPECT`] and
/// `\`, `|` and `<`.
static MARKDOWN: [bool; 256] = {
    let mut table = SUSPECT;
    table[b'\\' as usize] = true;
    table[b'|' as usize] = true;
    table[b'<' as usize] = true;
    table
};

#[cfg(test)]
#[path = "escape_tests.rs"]
mod tests;
