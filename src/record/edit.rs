//! Editing front matter in place: only the bytes of the value being changed
//! are replaced, so comments, key order, quoting and line ends of everything
//! else survive byte for byte.

use serde_json::Value;

use super::{Front, Record};
use crate::error::Refusal;
use crate::yaml::{self, Limits};
use crate::{Error, Result, unicode};

/// One change to a record's front matter.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Set a top-level key to a value (added at the end when missing).
    Set {
        /// The key.
        key: String,
        /// The new value.
        value: Value,
    },
    /// Remove a top-level key and its value.
    Unset {
        /// The key.
        key: String,
    },
}

/// Parsing of the command line's `key=value` and `key:=yaml` arguments.
pub struct Assignment;

impl Assignment {
    /// `key=text` always sets a string, even `[SDR] Fuld stop` or `3`;
    /// `key:=yaml` sets a typed value (`nav_order:=3`, `deciders:=[A, B]`,
    /// `due:=null`).
    pub fn parse(arg: &str) -> Result<Edit> {
        let bad = |reason: Refusal| Error::BadAssignment {
            arg: arg.to_string(),
            reason,
        };
        let (key, typed, raw) = match arg.split_once('=') {
            Some((k, v)) if k.ends_with(':') => (&k[..k.len() - 1], true, v),
            Some((k, v)) => (k, false, v),
            None => return Err(bad(Refusal::NoEquals)),
        };
        let key = key.trim();
        let valid_key = key
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !valid_key {
            return Err(bad(Refusal::BadKey));
        }
        let value = if typed {
            match yaml::parse(raw, yaml::Pos::default(), &Limits::default()) {
                Ok(Some(node)) => node.to_json(),
                Ok(None) => Value::Null,
                Err(e) => return Err(bad(Refusal::NotYaml(e))),
            }
        } else {
            Value::String(raw.to_string())
        };
        Ok(Edit::Set {
            key: key.to_string(),
            value,
        })
    }
}

/// The YAML text gov writes for a value on one line.
fn inline(value: &Value) -> String {
    match value {
        Value::String(s) => yaml::scalar(s),
        other => yaml::to_flow(other),
    }
}

/// Applies edits in order and returns the new text of the record. The
/// result is parsed again and checked before it is returned: gov never
/// writes a file it cannot read back as intended.
pub fn apply_edits(record: &Record, edits: &[Edit]) -> Result<String> {
    let mut current = record.clone();
    for edit in edits {
        let text = apply_one(&current, edit)?;
        let next = Record::parse(current.path.clone(), current.kind.clone(), text);
        verify(&current, &next, edit)?;
        current = next;
    }
    Ok(current.text)
}

fn apply_one(record: &Record, edit: &Edit) -> Result<String> {
    let text = &record.text;
    let nl = record
        .split
        .front
        .as_ref()
        .map_or_else(|| detect_newline(text), |f| f.newline);
    let bad_front = |line: usize, column: usize, message: String| Error::BadFrontMatter {
        path: record.path.clone(),
        line,
        column,
        message,
    };
    let key = match edit {
        Edit::Set { key, .. } | Edit::Unset { key } => key.as_str(),
    };
    let root = match &record.front {
        Front::Absent => {
            return Ok(match edit {
                Edit::Set { value, .. } => {
                    let at = if record.split.bom { 3 } else { 0 };
                    let block = format!("---{nl}{key}: {}{nl}---{nl}", inline(value));
                    format!("{}{block}{}", &text[..at], &text[at..])
                }
                Edit::Unset { .. } => text.clone(),
            });
        }
        Front::Unterminated => {
            return Err(bad_front(
                1,
                1,
                "the opening `---` has no closing `---` line".into(),
            ));
        }
        Front::Invalid(e) => return Err(bad_front(e.pos.line, e.pos.column, e.to_string())),
        Front::Parsed(root) => root,
    };
    let yaml_range = record.front_range().unwrap_or(0..0);
    let Some(root) = root else {
        return Ok(match edit {
            Edit::Set { value, .. } => splice(
                text,
                yaml_range.start..yaml_range.start,
                &format!("{key}: {}{nl}", inline(value)),
            ),
            Edit::Unset { .. } => text.clone(),
        });
    };
    let yaml::Value::Map(entries) = &root.value else {
        return Err(bad_front(
            root.span.start.line,
            root.span.start.column,
            "the front matter is not a map of keys to values".into(),
        ));
    };
    if root.style == yaml::Style::Flow {
        return Err(bad_front(
            root.span.start.line,
            root.span.start.column,
            "the front matter is written in flow style `{…}`; edit it by hand".into(),
        ));
    }
    let matching: Vec<_> = entries
        .iter()
        .filter(|e| e.key.as_str() == Some(key))
        .collect();
    if matching.len() > 1 {
        let second = &matching[1].key.span.start;
        return Err(bad_front(
            second.line,
            second.column,
            format!("the key `{key}` appears more than once"),
        ));
    }
    match (edit, matching.first()) {
        (Edit::Set { value, .. }, Some(entry)) => {
            // From the end of the key over the colon to the end of the value
            // (an empty value has a zero-width span just after the colon; a
            // span anywhere else would not read back, and `verify` refuses).
            let from = entry.key.span.end.offset;
            let to = entry.value.span.end.offset.max(from);
            let old = &text[from..to];
            let trailing = &old[old.trim_end_matches(['\n', '\r', ' ']).len()..];
            let keep_nl = if trailing.contains(['\n', '\r']) {
                nl
            } else {
                ""
            };
            let new = inline(value);
            let separator = kept_separator(text, from, entry.value.span.start.offset, &new);
            Ok(splice(
                text,
                from..to,
                &format!("{separator}{new}{keep_nl}"),
            ))
        }
        (Edit::Set { value, .. }, None) => {
            // A closed block's YAML always ends with a line ending, so the
            // new line goes right before the closing `---`.
            let end = yaml_range.end;
            Ok(splice(
                text,
                end..end,
                &format!("{key}: {}{nl}", inline(value)),
            ))
        }
        (Edit::Unset { .. }, Some(entry)) => {
            let start = text[..entry.key.span.start.offset]
                .rfind(['\n', '\r'])
                .map_or(yaml_range.start, |i| i + 1);
            // A value's span ends on its last line, before the line break:
            // the entry runs to the end of that line. (Were it ever to end
            // after the break, the next key would go too, and `verify`,
            // which checks every other key is kept, would refuse.)
            let value_end = entry.value.span.end.offset.max(entry.key.span.end.offset);
            let end = super::split::next_line(text, value_end);
            Ok(splice(text, start..end.min(yaml_range.end.max(start)), ""))
        }
        (Edit::Unset { .. }, None) => Ok(text.clone()),
    }
}

/// What stands between a key and its value on the key's line, kept as
/// written (`key:   value` stays aligned, `key:\tvalue` keeps its tab);
/// `: ` when the value is not on that line (a block list, an empty value)
/// or when anything but blanks is there (a tag, an anchor: part of the
/// value they mark). The YAML reader refuses a tab right after the colon
/// before a plain value, so there the written separator is kept only if
/// the new value starts with a quote or a bracket.
fn kept_separator<'t>(text: &'t str, key_end: usize, value_start: usize, new: &str) -> &'t str {
    let between = text.get(key_end..value_start).unwrap_or_default();
    let Some(after) = between.trim_start_matches(' ').strip_prefix(':') else {
        return ": ";
    };
    let blanks = !after.is_empty() && after.bytes().all(|b| b == b' ' || b == b'\t');
    let readable = !after.starts_with('\t') || new.starts_with(['\'', '"', '[', '{']);
    if blanks && readable { between } else { ": " }
}

/// Checks that `after` reads as `before` with the edit made: the key set or
/// gone, and every other key with the value it had.
fn verify(before: &Record, after: &Record, edit: &Edit) -> Result<()> {
    let mut expected = before.fields_json();
    let key = match edit {
        Edit::Set { key, .. } | Edit::Unset { key } => key,
    };
    if let Value::Object(fields) = &mut expected {
        match edit {
            Edit::Set { value, .. } => {
                // The value is written as given; it reads back in NFC.
                fields.insert(key.clone(), unicode::nfc_json(value.clone()));
            }
            Edit::Unset { .. } => {
                fields.shift_remove(key);
            }
        }
    }
    if after.fields_json() == expected {
        Ok(())
    } else {
        Err(Error::BadAssignment {
            arg: key.clone(),
            reason: Refusal::ReadBack {
                path: after.path.clone(),
            },
        })
    }
}

fn splice(text: &str, range: std::ops::Range<usize>, with: &str) -> String {
    let mut out = String::with_capacity(text.len() + with.len());
    out.push_str(&text[..range.start]);
    out.push_str(with);
    out.push_str(&text[range.end..]);
    out
}

/// The line ending of the text's first line: `\r\n`, `\r` (old Macs) or
/// `\n` (also when there is none).
fn detect_newline(text: &str) -> &'static str {
    let end = super::split::next_line(text, 0);
    if text[..end].ends_with("\r\n") {
        "\r\n"
    } else if text[..end].ends_with('\r') {
        "\r"
    } else {
        "\n"
    }
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;
