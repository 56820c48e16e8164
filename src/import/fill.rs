//! Turning written values into fields, the same way for every format:
//! dates to ISO (day-first, found inside free text), statuses and types
//! through the vocabulary, deciders to bodies, comma lists to lists.

use super::bold_keys::KeyLine;
use super::{Context, FieldValue, Imported, NoteKind, dates, vocab};
use crate::config::Kind;
use crate::date;

/// Reads a date value into `key`: the whole text as a date, else the first
/// date inside it; an unreadable one is a note. True when a date was set.
pub(crate) fn date(out: &mut Imported, key: &str, written: &str, at: (usize, usize)) -> bool {
    let parsed = date::parse(written)
        .ok()
        .or_else(|| dates::find(written).map(|(p, _)| p));
    let Some(parsed) = parsed else {
        out.note(
            at,
            NoteKind::UnreadableDate {
                text: written.trim().into(),
            },
        );
        return false;
    };
    let iso = date::iso(parsed.date);
    if parsed.ambiguous {
        out.note(
            at,
            NoteKind::AmbiguousDate {
                text: written.trim().into(),
                read_as: iso.clone(),
            },
        );
    }
    out.set(key, FieldValue::Text(iso), at);
    true
}

/// Reads a status through `kind`'s vocabulary; the original wording goes to
/// `status_note` when it says more than the word; an unknown word is kept
/// as written, with a note.
pub(crate) fn status(out: &mut Imported, kind: Option<&Kind>, written: &str, at: (usize, usize)) {
    let written = written.trim();
    if written.is_empty() {
        return;
    }
    match kind.map(|k| vocab::status(k, written)) {
        Some(vocab::Status::Known { id, note }) => {
            out.set("status", FieldValue::Text(id), at);
            if let Some(note) = note {
                out.set("status_note", FieldValue::Text(note), at);
            }
        }
        _ => {
            out.note(
                at,
                NoteKind::UnknownStatus {
                    text: written.into(),
                },
            );
            out.set("status", FieldValue::Text(written.into()), at);
        }
    }
}

/// Reads a type word; an unknown one is kept as written, with a note.
pub(crate) fn kind_type(
    out: &mut Imported,
    kind: Option<&Kind>,
    written: &str,
    at: (usize, usize),
) {
    let written = written.trim();
    if written.is_empty() {
        return;
    }
    match kind.and_then(|k| vocab::type_id(k, written)) {
        Some(id) => out.set("type", FieldValue::Text(id), at),
        None => {
            out.note(
                at,
                NoteKind::UnknownType {
                    text: written.into(),
                },
            );
            out.set("type", FieldValue::Text(written.into()), at);
        }
    }
}

/// A comma-separated list (`Tags: a, b`), empty parts dropped.
pub(crate) fn list(written: &str) -> Vec<String> {
    written
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Applies one key line of a decision; true when it became a field (its
/// line is then metadata that `--move-metadata` may take out).
pub(crate) fn decision_line(out: &mut Imported, line: &KeyLine, ctx: &Context<'_>) -> bool {
    let kind = ctx.config.kind("decision");
    let (v, at) = (line.value.as_str(), line.at);
    let taken = match line.field {
        None => {
            if line.bold && line.item {
                out.note(
                    at,
                    NoteKind::UnknownKey {
                        key: line.key.clone(),
                    },
                );
            }
            return false;
        }
        Some(_) if v.is_empty() => return false,
        Some("date") => date(out, "date", v, at),
        Some("status") => {
            status(out, kind, v, at);
            true
        }
        Some("type") => {
            kind_type(out, kind, v, at);
            true
        }
        Some("deciders") => {
            let names = vocab::deciders(&ctx.config.bodies, v);
            out.set("deciders", FieldValue::List(names), at);
            true
        }
        Some(key @ ("tags" | "consulted" | "informed")) => {
            out.set(key, FieldValue::List(list(v)), at);
            true
        }
        Some(key @ "amount") => {
            out.set(key, FieldValue::Text(v.into()), at);
            true
        }
        Some(_) => return false,
    };
    if taken {
        out.metadata_lines.push(line.line.clone());
    }
    taken
}

/// When no date field was found: the date inside the status note
/// ("Besluttet på styregruppemødet 4.6.2026"), else the file name's.
pub(crate) fn fallback_date(out: &mut Imported, path: &str) {
    if out.get("date").is_some() {
        return;
    }
    let from_note = out
        .fields
        .iter()
        .find(|f| f.key == "status_note")
        .and_then(|f| match &f.value {
            FieldValue::Text(t) => dates::find(t).map(|(p, _)| (p.date, (f.line, f.column))),
            _ => None,
        });
    if let Some((d, at)) = from_note {
        out.set("date", FieldValue::Text(date::iso(d)), at);
    } else if let Some(d) = dates::from_file_name(path) {
        out.set("date", FieldValue::Text(date::iso(d)), (0, 0));
    }
}
