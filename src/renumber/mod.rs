//! Renumbering a record: a new ID in its `id`, its file name, and every
//! reference to it in every record (front matter values and body text),
//! computed as one plan that can be shown (`--dry-run`) or applied as one
//! transaction with a journal (`apply.rs`, DEC-0027).

mod apply;

pub use apply::{Renumbered, apply, pending, run};

use serde::Serialize;

use crate::record::{
    Edit, Record, RecordId, Repository, Summary, apply_edits, format_id, id_in_file_name,
};
use crate::{Error, Result, create, yaml};

/// One file the renumbering changes.
#[derive(Debug, Clone, Serialize)]
pub struct FileChange {
    /// The file's path now.
    pub path: String,
    /// Its new path, when it is renamed.
    pub new_path: Option<String>,
    /// How many occurrences of the old ID are replaced.
    pub replacements: usize,
    /// The text before.
    #[serde(skip)]
    pub before: String,
    /// The text after.
    #[serde(skip)]
    pub after: String,
}

/// Everything a renumbering does.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// The old ID.
    pub old: String,
    /// The new ID.
    pub new: String,
    /// The files changed, the renumbered record first.
    pub changes: Vec<FileChange>,
}

/// Plans renumbering the record `target` (an ID, or a path when several
/// files share the ID) to `new`, or to the next free number of its kind.
pub fn plan(repo: &Repository, target: &str, new: Option<&str>) -> Result<Plan> {
    let record = repo.find(target)?;
    let kind = repo.config.require_kind(&record.kind)?;
    let old = Summary::of(record, kind).id;
    let new = match new {
        Some(n) => {
            let id = RecordId::parse(n).ok_or_else(|| Error::NotAnId { arg: n.into() })?;
            let prefix = kind.prefix.to_ascii_uppercase();
            if id.prefix != prefix {
                let owner = repo
                    .config
                    .kinds
                    .iter()
                    .find(|k| k.prefix.eq_ignore_ascii_case(&id.prefix))
                    .map(|k| Box::new(k.label.clone()));
                return Err(Error::WrongPrefix {
                    arg: n.into(),
                    old,
                    kind: Box::new(kind.label.clone()),
                    prefix: prefix.into(),
                    owner,
                });
            }
            let id = id.to_string();
            if repo
                .summaries()
                .iter()
                .any(|s| s.id.eq_ignore_ascii_case(&id))
            {
                return Err(Error::IdInUse { arg: n.into(), id });
            }
            id
        }
        None => format_id(
            &kind.prefix,
            create::next_number(kind, create::highest_number(repo, kind)?)?,
        ),
    };
    let summaries = repo.summaries();
    let twins: Vec<&str> = summaries
        .iter()
        .filter(|s| s.id.eq_ignore_ascii_case(&old) && s.path != record.path)
        .map(|s| s.path.as_str())
        .collect();
    let mut changes = Vec::new();
    let (mut after, mut count) = replace_all(record, &old, &new, true)?;
    if record.field("id").is_none() {
        // The ID came from the file name: write it into the front matter.
        let edited = Record::parse(record.path.clone(), record.kind.clone(), after);
        after = apply_edits(
            &edited,
            &[Edit::Set {
                key: "id".into(),
                value: new.clone().into(),
            }],
        )?;
        count += 1;
    }
    let new_path = id_in_file_name(record.file_name(), &kind.prefix).map(|_| {
        let name = record.file_name();
        let dir = record
            .path
            .rsplit_once('/')
            .map_or(String::new(), |(d, _)| format!("{d}/"));
        format!("{dir}{new}{}", &name[old_len(name)..])
    });
    changes.push(FileChange {
        path: record.path.clone(),
        new_path,
        replacements: count,
        before: record.text.clone(),
        after,
    });
    for other in repo
        .records
        .iter()
        .filter(|r| r.path != record.path && !twins.contains(&r.path.as_str()))
    {
        let (after, count) = replace_all(other, &old, &new, false)?;
        if count > 0 {
            changes.push(FileChange {
                path: other.path.clone(),
                new_path: None,
                replacements: count,
                before: other.text.clone(),
                after,
            });
        }
    }
    Ok(Plan { old, new, changes })
}

/// The length of the ID at the start of a file name (`DEC-0001` of `DEC-0001-x.md`).
fn old_len(name: &str) -> usize {
    let dash = name.find('-').unwrap_or(0);
    dash + 1
        + name[dash + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count()
}

/// Replaces `old` by `new` in a record: in the `id` (when `own`), in front
/// matter values that are exactly the ID, and as a whole word in the body.
fn replace_all(record: &Record, old: &str, new: &str, own: bool) -> Result<(String, usize)> {
    let text = &record.text;
    let needle = old.to_ascii_uppercase();
    let mut values: Vec<(usize, usize)> = Vec::new();
    if let Some(root) = record.fields() {
        collect(root, old, own, &mut values);
    }
    // A value's span may include its quotes: replace the ID inside it.
    let mut spans: Vec<(usize, usize)> = values
        .into_iter()
        .filter_map(|(start, end)| {
            let i = text.get(start..end)?.to_ascii_uppercase().find(&needle)?;
            Some((start + i, start + i + old.len()))
        })
        .collect();
    let body = record.split.body.clone();
    let upper = text[body.clone()].to_ascii_uppercase();
    let mut from = 0;
    while let Some(i) = upper[from..].find(&needle) {
        let start = body.start + from + i;
        let end = start + old.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let word = !before.is_some_and(|c| c.is_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_digit() || c.is_alphabetic());
        if word {
            spans.push((start, end));
        }
        from += i + old.len();
    }
    spans.sort();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end) in &spans {
        out.push_str(&text[at..start]);
        out.push_str(new);
        at = end;
    }
    out.push_str(&text[at..]);
    Ok((out, spans.len()))
}

/// Byte spans of the scalars equal to `old` (case-insensitive) in front matter:
/// the top-level `id` only when `own`, every other value always.
fn collect(root: &yaml::Node, old: &str, own: bool, spans: &mut Vec<(usize, usize)>) {
    let yaml::Value::Map(entries) = &root.value else {
        return;
    };
    for entry in entries {
        let is_id = entry.key.as_str() == Some("id");
        if is_id && !own {
            continue;
        }
        let mut stack = vec![&entry.value];
        while let Some(node) = stack.pop() {
            match &node.value {
                yaml::Value::String(s) if s.trim().eq_ignore_ascii_case(old) => {
                    spans.push((node.span.start.offset, node.span.end.offset));
                }
                yaml::Value::Seq(items) => stack.extend(items.iter()),
                yaml::Value::Map(es) => stack.extend(es.iter().map(|e| &e.value)),
                _ => {}
            }
        }
    }
}
