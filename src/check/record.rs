//! Checks of one record on its own: encoding, front matter, schema, status,
//! dates and the ID against the file name.

use super::finding::Finding;
use super::text::{LineIndex, mojibake};
use super::{Located, Schemas};
use crate::config::{Kind, StatusMatch};
use crate::record::{
    DATE_KEYS, Front, IdSource, Record, RecordId, Summary, id_in_file_name, nearest, scalar_text,
};
use crate::{date, yaml};

/// All findings about one record.
pub fn check(record: &Record, summary: &Summary, kind: &Kind, schemas: &Schemas) -> Vec<Located> {
    let path = record.path.as_str();
    let at = |node: &yaml::Node, finding| {
        Located::at(path, node.span.start.line, node.span.start.column, finding)
    };
    let mut out = Vec::new();
    if record.text.contains('\0') {
        return vec![Located::at(path, 0, 0, Finding::Binary)];
    }
    if record.text.trim().is_empty() {
        return vec![Located::at(path, 1, 1, Finding::EmptyFile)];
    }
    if record.split.bom {
        out.push(Located::at(path, 1, 1, Finding::Bom));
    }
    let garbled = mojibake(&record.text, 3);
    let index = (!garbled.is_empty()).then(|| LineIndex::new(&record.text));
    for (offset, found, meant) in garbled {
        let (line, column) = index.as_ref().map_or((1, 1), |i| i.position(offset));
        out.push(Located::at(
            path,
            line,
            column,
            Finding::Mojibake { found, meant },
        ));
    }
    let root = match &record.front {
        Front::Absent => {
            out.push(Located::at(path, 1, 1, Finding::NoFrontMatter));
            return out;
        }
        Front::Unterminated => {
            out.push(Located::at(path, 1, 1, Finding::Unterminated));
            return out;
        }
        Front::Invalid(e) => {
            out.push(Located::at(
                path,
                e.pos.line,
                e.pos.column,
                Finding::YamlSyntax {
                    error: e.kind.clone(),
                },
            ));
            return out;
        }
        Front::Parsed(None) => {
            out.push(Located::at(path, 1, 1, Finding::NotAMap));
            return out;
        }
        Front::Parsed(Some(root)) => root,
    };
    if !matches!(root.value, yaml::Value::Map(_)) {
        out.push(at(root, Finding::NotAMap));
        return out;
    }
    for (first, dup) in root.duplicate_keys() {
        let key = dup.as_str().unwrap_or_default().to_string();
        out.push(at(
            dup,
            Finding::DuplicateKey {
                key,
                first_line: first.span.start.line,
            },
        ));
    }
    out.extend(schemas.check(record, kind));
    check_status(record, kind, &mut out);
    check_dates(record, &mut out);
    out.extend(super::file_name::check(record, summary, kind));
    check_id(record, summary, kind, &mut out);
    out
}

fn check_status(record: &Record, kind: &Kind, out: &mut Vec<Located>) {
    let path = record.path.as_str();
    let Some(node) = record.field("status") else {
        out.push(Located::at(path, 1, 1, Finding::MissingStatus));
        return;
    };
    let Some(word) = scalar_text(node) else {
        return;
    };
    let at = |finding| Located::at(path, node.span.start.line, node.span.start.column, finding);
    match kind.match_status(&word) {
        StatusMatch::Exact(_) => {}
        StatusMatch::WithNote(_, note) => {
            let written = word.trim();
            let head = written.strip_suffix(note.as_str()).unwrap_or(written);
            let word = head
                .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
                .to_string();
            out.push(at(Finding::StatusWithNote { word, note }));
        }
        StatusMatch::Unknown if word.trim().is_empty() => out.push(at(Finding::MissingStatus)),
        StatusMatch::Unknown => {
            out.push(at(Finding::UnknownStatus {
                nearest: nearest(&word, kind.status_words()),
                word,
            }));
        }
    }
}

fn check_dates(record: &Record, out: &mut Vec<Located>) {
    let path = record.path.as_str();
    for key in DATE_KEYS {
        let Some(node) = record.field(key) else {
            continue;
        };
        let yaml::Value::String(text) = &node.value else {
            continue;
        };
        let at = |finding| Located::at(path, node.span.start.line, node.span.start.column, finding);
        match date::parse(text) {
            Err(e) => out.push(at(Finding::BadDate {
                key: key.to_string(),
                text: text.clone(),
                reason: e,
            })),
            Ok(p) if !matches!(p.form, date::DateForm::Iso | date::DateForm::IsoDateTime) => out
                .push(at(Finding::NonIsoDate {
                    key: key.to_string(),
                    text: text.clone(),
                    iso: date::iso(p.date),
                    ambiguous: p.ambiguous,
                })),
            Ok(_) => {}
        }
    }
}

fn check_id(record: &Record, summary: &Summary, kind: &Kind, out: &mut Vec<Located>) {
    let path = record.path.as_str();
    if summary.id_source == IdSource::FileName {
        out.push(Located::at(
            path,
            1,
            1,
            Finding::MissingId {
                derived: summary.id.clone(),
            },
        ));
        return;
    }
    let Some(node) = record.field("id") else {
        return;
    };
    let at = |finding| Located::at(path, node.span.start.line, node.span.start.column, finding);
    let prefix = kind.prefix.to_ascii_uppercase();
    match RecordId::parse(&summary.id) {
        Some(id) if id.prefix != prefix => out.push(at(Finding::WrongPrefix {
            id: summary.id.clone(),
            prefix,
        })),
        Some(id) => {
            if let Some(n) = id_in_file_name(record.file_name(), &kind.prefix)
                && n != id.number
            {
                let file_id = crate::record::format_id(&prefix, n);
                out.push(at(Finding::FileNameId {
                    file_id,
                    id: summary.id.clone(),
                }));
            }
        }
        None => {}
    }
}
