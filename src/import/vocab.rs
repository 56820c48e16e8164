//! The community's words mapped to gov's: status words to a kind's
//! canonical status (labels and aliases, any case, NFC), type words
//! (`Strategisk`, `Operationel`, `ADR`) to a type id, and the deciders
//! line to a list of bodies. An unknown word is a note, never a panic.

use crate::config::{Bodies, Kind, StatusMatch};

/// A status as the vocabulary reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// A canonical status; `note` holds the original wording when it says
    /// more than a label or alias ("Besluttet. (pr mail, modtaget 1.7.2026)").
    Known {
        /// The canonical status id.
        id: String,
        /// The wording as written, when it is more than the word.
        note: Option<String>,
    },
    /// No word of the vocabulary starts the text.
    Unknown,
}

/// Text in Unicode NFC, so `å` typed as `a` + ring matches `å` (the one
/// normaliser, [`crate::unicode::nfc`]).
pub fn nfc(text: &str) -> String {
    crate::unicode::nfc(text).into_owned()
}

/// Maps a written status to `kind`'s vocabulary.
pub fn status(kind: &Kind, written: &str) -> Status {
    let text = nfc(written.trim());
    match kind.match_status(&text) {
        StatusMatch::Exact(s) => Status::Known {
            id: s.id.clone(),
            note: None,
        },
        StatusMatch::WithNote(s, _) => Status::Known {
            id: s.id.clone(),
            note: Some(text),
        },
        StatusMatch::Unknown => Status::Unknown,
    }
}

/// Folds a word for comparison: NFC, lower case, `-`/`_` as spaces,
/// surrounding punctuation and brackets dropped.
fn fold(word: &str) -> String {
    nfc(word)
        .trim()
        .trim_matches(['.', ':', ',', ';', '[', ']', '(', ')'])
        .trim()
        .to_lowercase()
        .replace(['-', '_'], " ")
}

/// Maps a written type (`Strategisk beslutning`, `Strategisk`, `SDR`,
/// `architecture`) to the id of one of `kind`'s types.
pub fn type_id(kind: &Kind, written: &str) -> Option<String> {
    let w = fold(written);
    if w.is_empty() {
        return None;
    }
    let first_word = |label: &str| fold(label.split_whitespace().next().unwrap_or(""));
    let exact = kind.types.iter().find(|t| {
        fold(&t.id) == w
            || t.short.as_deref().is_some_and(|s| fold(s) == w)
            || fold(&t.labels.da) == w
            || fold(&t.labels.en) == w
    });
    let loose = || {
        kind.types.iter().find(|t| {
            let words = [first_word(&t.labels.da), first_word(&t.labels.en)];
            words
                .iter()
                .any(|f| f.chars().count() >= 4 && (*f == w || w.starts_with(&format!("{f} "))))
                || fold(&t.labels.da).starts_with(&w) && w.chars().count() >= 6
        })
    };
    exact.or_else(loose).map(|t| t.id.clone())
}

/// Words that end the name of a body, so `Styregruppen-Koordinationgruppen`
/// is two bodies while `Jean-Luc Picard` stays one person.
const BODY_ENDINGS: &[&str] = &[
    "gruppe",
    "gruppen",
    "group",
    "udvalg",
    "udvalget",
    "committee",
    "board",
    "sekretariat",
    "sekretariatet",
    "forum",
    "fællesskab",
    "fællesskabet",
    "rådet",
    "råd",
    "council",
];

/// Splits a deciders line into names: at `,`, `;`, `&`, ` og `, ` and `;
/// at `-` or `/` only when every part names a body. Names that match a
/// configured body (id, label or alias, any case) become its id.
pub fn deciders(bodies: &Bodies, written: &str) -> Vec<String> {
    let text = nfc(written);
    let mut names: Vec<String> = Vec::new();
    let parts = text
        .split([',', ';', '&'])
        .flat_map(|p| p.split(" og "))
        .flat_map(|p| p.split(" and "));
    for part in parts {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let pieces: Vec<&str> = part.split(['-', '/']).map(str::trim).collect();
        if pieces.len() > 1
            && pieces
                .iter()
                .all(|p| body_id(bodies, p).is_some() || is_body_word(p))
        {
            names.extend(pieces.iter().map(|p| name(bodies, p)));
        } else {
            names.push(name(bodies, part));
        }
    }
    names.dedup();
    names
}

/// The configured body a name means, if any.
fn body_id(bodies: &Bodies, written: &str) -> Option<String> {
    let w = fold(written);
    bodies
        .iter()
        .find(|(id, b)| {
            fold(id) == w
                || fold(&b.label.da) == w
                || fold(&b.label.en) == w
                || b.aliases.iter().any(|a| fold(a) == w)
        })
        .map(|(id, _)| id.clone())
}

fn is_body_word(name: &str) -> bool {
    let last = fold(name);
    let last = last.split_whitespace().last().unwrap_or("");
    !last.is_empty() && BODY_ENDINGS.iter().any(|e| last.ends_with(e))
}

fn name(bodies: &Bodies, written: &str) -> String {
    body_id(bodies, written).unwrap_or_else(|| written.trim().to_string())
}

/// The type a title's prefix names and the title without it: `[SDR] Budget`
/// and `[ODR]Fuld stop` (no space) give the short word and the rest.
pub fn title_prefix(title: &str) -> (Option<&str>, &str) {
    let t = title.trim();
    if let Some(rest) = t.strip_prefix('[')
        && let Some(close) = rest.find(']')
    {
        let word = &rest[..close];
        if (2..=5).contains(&word.len()) && word.chars().all(|c| c.is_ascii_alphabetic()) {
            return (Some(word), rest[close + 1..].trim_start());
        }
    }
    (None, t)
}
