//! Metadata written as text: `- **Dato**: 2025-06-15`, `- **Status:**
//! Accepteret`, bare `**Key**: value` lines, and the plain `* Status:
//! accepted` / `Date: 2020-01-01` lines of MADR 2, log4brains and
//! adr-tools, wherever they stand in the body. Lines come from the one
//! Markdown reader, so a key line inside code or a comment is not metadata.

use std::ops::Range;

use crate::markdown::{Markdown, TextLine};

/// One `key: value` line of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KeyLine {
    /// The key as written, trimmed (`Beslutningstagere`).
    pub key: String,
    /// The front matter field it fills, if the key is known.
    pub field: Option<&'static str>,
    /// The value as written, trimmed (may be empty).
    pub value: String,
    /// Line and column of the value (of the key when the value is empty).
    pub at: (usize, usize),
    /// The whole source line, ending included.
    pub line: Range<usize>,
    /// Byte offset of the line's text, to place it under a heading.
    pub offset: usize,
    /// True when the key was bold.
    pub bold: bool,
    /// True when the line starts a list item.
    pub item: bool,
}

/// Danish and English keys and the field each fills (compared folded:
/// lower case, `-`/`_` as spaces).
const KEYS: &[(&str, &[&str])] = &[
    (
        "date",
        &[
            "dato",
            "date",
            "beslutningsdato",
            "mødedato",
            "decision date",
        ],
    ),
    ("status", &["status"]),
    (
        "deciders",
        &[
            "beslutningstagere",
            "beslutningstager",
            "deciders",
            "decision makers",
            "besluttet af",
        ],
    ),
    ("type", &["beslutningstype", "type", "decision type"]),
    ("tags", &["tags", "emner", "nøgleord"]),
    ("consulted", &["consulted", "hørt", "høringsparter"]),
    ("informed", &["informed", "informeret", "orienteret"]),
    ("title", &["mødenavn", "meeting name", "møde"]),
    ("time", &["tid", "time", "tidspunkt"]),
    (
        "place",
        &["sted", "place", "location", "lokation", "lokale"],
    ),
    ("chair", &["mødeleder", "chair", "facilitator", "ordstyrer"]),
    (
        "note_taker",
        &["referent", "note taker", "secretary", "minutes taker"],
    ),
    ("amount", &["beløb", "amount"]),
];

/// The field a written key fills.
pub(crate) fn field_of(key: &str) -> Option<&'static str> {
    let folded = key.trim().to_lowercase().replace(['-', '_'], " ");
    KEYS.iter()
        .find(|(_, words)| words.contains(&folded.as_str()))
        .map(|(field, _)| *field)
}

/// Splits a line of text into key, the byte offset of the value in the
/// line, and whether the key was bold. Plain keys (`Status: x`) are taken
/// only when `plain` is true and the key is known.
pub(crate) fn split_key(text: &str, plain: bool) -> Option<(&str, usize, bool)> {
    for mark in ["**", "__"] {
        let Some(rest) = text.strip_prefix(mark) else {
            continue;
        };
        let close = rest.find(mark)?;
        let inner = &rest[..close];
        let after = &rest[close + 2..];
        let (key, value_at) = if let Some(key) = inner.strip_suffix(':') {
            (key, mark.len() * 2 + inner.len())
        } else {
            let colon = after.len() - after.trim_start().len();
            after[colon..].strip_prefix(':')?;
            (inner, mark.len() * 2 + inner.len() + colon + 1)
        };
        return is_key(key).then_some((key.trim(), value_at, true));
    }
    if !plain {
        return None;
    }
    let colon = text.find(':')?;
    let key = &text[..colon];
    (is_key(key) && field_of(key).is_some()).then_some((key.trim(), colon + 1, false))
}

/// A key is short, starts with a letter and holds no Markdown.
fn is_key(key: &str) -> bool {
    let key = key.trim();
    key.chars().next().is_some_and(char::is_alphabetic)
        && key.chars().count() <= 40
        && !key.contains(['*', '_', '[', ']', '`', ':', '<'])
}

/// Every key line of the body `text[body]`; plain keys only when `plain`.
pub(crate) fn read(text: &str, body: Range<usize>, plain: bool) -> Vec<KeyLine> {
    Markdown::lines(text, body)
        .iter()
        .filter_map(|l| key_line(l, plain))
        .collect()
}

/// The key line a line of text is, if it is one.
pub(crate) fn key_line(l: &TextLine, plain: bool) -> Option<KeyLine> {
    let (key, value_at, bold) = split_key(&l.text, plain)?;
    let rest = &l.text[value_at..];
    let value = rest.trim().trim_end_matches('\\').trim_end();
    let lead = rest.len() - rest.trim_start().len();
    let chars = if value.is_empty() {
        0
    } else {
        l.text[..value_at + lead].chars().count()
    };
    Some(KeyLine {
        key: key.to_string(),
        field: field_of(key),
        value: value.to_string(),
        at: (l.at.line, l.at.column + chars),
        line: l.line.clone(),
        offset: l.at.offset,
        bold,
        item: l.item,
    })
}

/// A bold-key line as the community writes it, for tests that read it back.
#[cfg(test)]
pub(crate) fn write(key: &str, value: &str, colon_inside: bool) -> String {
    if colon_inside {
        format!("- **{key}:** {value}")
    } else {
        format!("- **{key}**: {value}")
    }
}
