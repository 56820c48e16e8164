//! The new text of an imported file: the reader's fields as front matter
//! (`id` first), paths of linked files turned into their IDs, added above
//! a body that stays byte for byte, or merged key by key into front matter
//! already there (no key is dropped; a status whose wording changes keeps
//! it as `status_note`). `--move-metadata` first takes out the metadata
//! lines that became fields. Written through the one front matter editor,
//! which reads every edit back before it is accepted.

use serde_json::Value;

use super::ids::{Notes, PathIds};
use super::select::Read;
use super::{Action, BodyKept, Change, FileNote, FileReport, ImportNote, NoteWhat, Request};
use crate::Result;
use crate::import::FieldValue;
use crate::record::{Edit, Record, Repository, apply_edits};

/// Fields that name other records: paths to map to IDs.
const LINKS: &[&str] = &["supersedes", "superseded_by", "related", "decisions"];

/// The report and the write for one file.
pub(super) fn build(
    _repo: &Repository,
    read: Read,
    (ids, notes): &(PathIds, Notes),
    request: &Request,
) -> Result<(FileReport, Option<Change>)> {
    let mut report_notes: Vec<FileNote> = notes.get(&read.path).cloned().unwrap_or_default();
    report_notes.extend(read.imported.notes.iter().map(|n| FileNote {
        line: n.line,
        column: n.column,
        what: NoteWhat::Reader(n.what.clone()),
    }));
    let mut wanted: Vec<(String, Value)> = vec![("id".into(), Value::String(read.id.clone()))];
    let mut agenda_items = 0;
    for f in &read.imported.fields {
        let value = match &f.value {
            FieldValue::Agenda(items) => {
                // The agenda lives in the body: one source.
                agenda_items = items.len();
                continue;
            }
            FieldValue::Text(t) => Value::String(t.clone()),
            FieldValue::Bool(b) => Value::Bool(*b),
            FieldValue::List(items) if LINKS.contains(&f.key.as_str()) => {
                let mut mapped = Vec::new();
                for path in items {
                    match ids.get(path) {
                        Some(id) => mapped.push(Value::String(id.clone())),
                        None => report_notes.push(FileNote {
                            line: f.line,
                            column: f.column,
                            what: NoteWhat::Import(ImportNote::UnresolvedLink {
                                key: f.key.clone(),
                                path: path.clone(),
                            }),
                        }),
                    }
                }
                if mapped.is_empty() {
                    continue;
                }
                Value::Array(mapped)
            }
            FieldValue::List(items) => {
                Value::Array(items.iter().cloned().map(Value::String).collect())
            }
        };
        wanted.push((f.key.clone(), value));
    }
    wanted.extend(read.extra.iter().cloned());
    let metadata = read.imported.metadata_lines.len();
    let mut text = read.text.clone();
    if request.move_metadata && !read.created {
        let mut ranges = read.imported.metadata_lines.clone();
        ranges.sort_by_key(|r| std::cmp::Reverse(r.start));
        ranges.dedup();
        for r in ranges {
            if text.is_char_boundary(r.start) && r.end <= text.len() {
                text.replace_range(r, "");
            }
        }
    }
    let record = Record::parse(read.path.clone(), read.kind.clone(), text);
    let edits = merge(&record, wanted);
    let fields: Vec<String> = edits
        .iter()
        .filter_map(|e| match e {
            Edit::Set { key, .. } => Some(key.clone()),
            Edit::Unset { .. } => None,
        })
        .collect();
    let after = apply_edits(&record, &edits)?;
    let moved = request.move_metadata && !read.created;
    let report = FileReport {
        path: read.path.clone(),
        action: if read.created {
            Action::Create
        } else {
            Action::Import
        },
        id: Some(read.id.clone()),
        kind: Some(read.kind.clone()),
        format: Some(read.imported.format),
        fields,
        body: BodyKept {
            metadata_lines: if moved { 0 } else { metadata },
            removed_lines: if moved { metadata } else { 0 },
            agenda_items,
        },
        skipped: None,
        notes: report_notes,
    };
    let change = Change {
        path: read.path,
        before: (!read.created).then_some(read.text),
        after,
    };
    Ok((report, Some(change)))
}

/// The edits that bring `wanted` into the record's front matter: a key
/// already holding the same value is left as written; a status whose
/// wording changes keeps the wording as `status_note`.
fn merge(record: &Record, wanted: Vec<(String, Value)>) -> Vec<Edit> {
    let has_note =
        wanted.iter().any(|(k, _)| k == "status_note") || record.field("status_note").is_some();
    let mut edits = Vec::new();
    for (key, value) in wanted {
        if let Some(node) = record.field(&key) {
            let old = node.to_json();
            let same = old == value
                || matches!((&old, &value), (Value::String(s), Value::Array(a))
                    if a.len() == 1 && a[0] == Value::String(s.clone()));
            if same {
                continue;
            }
            if key == "status"
                && !has_note
                && let Value::String(s) = &old
            {
                edits.push(Edit::Set { key, value });
                edits.push(Edit::Set {
                    key: "status_note".into(),
                    value: Value::String(s.clone()),
                });
                continue;
            }
        }
        edits.push(Edit::Set { key, value });
    }
    edits
}
