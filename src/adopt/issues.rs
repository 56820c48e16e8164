//! Forge issues (`gh issue list --json …`) as new change requests: one
//! file per issue in the change kind's folder, labels mapped through the
//! change kind's own vocabulary (status labels and aliases, category
//! types) plus the forge's common words (`bug`, `enhancement`), and the
//! issue's address kept as `forge_issue`, so a second import of the same
//! JSON finds the issues already there and writes nothing.

use std::collections::BTreeMap;

use super::select::{Read, bad};
use super::{FileReport, Skip};
use crate::Result;
use crate::error::ImportTrouble;
use crate::import::github_issues::{self, LabelMapping};
use crate::record::Repository;

/// The forge's common label words and the change kind's category they mean.
const FORGE_LABELS: &[(&str, &str)] = &[
    ("bug", "fault"),
    ("enhancement", "change"),
    ("feature", "change"),
    ("security", "security"),
    ("vulnerability", "security"),
];

/// The mapping of labels from the change kind's vocabulary.
fn mapping(repo: &Repository) -> LabelMapping {
    let mut m = LabelMapping::default();
    let Some(kind) = repo.config.kind("change") else {
        return m;
    };
    for s in &kind.statuses {
        for word in [&s.id, &s.labels.da, &s.labels.en]
            .into_iter()
            .chain(&s.aliases)
        {
            m.status.insert(word.to_lowercase(), s.id.clone());
        }
    }
    let mut category: BTreeMap<String, String> = BTreeMap::new();
    for t in &kind.types {
        for word in [
            Some(&t.id),
            t.short.as_ref(),
            Some(&t.labels.da),
            Some(&t.labels.en),
        ]
        .into_iter()
        .flatten()
        {
            category.insert(word.to_lowercase(), t.id.clone());
        }
    }
    for (word, id) in FORGE_LABELS {
        if kind.types.iter().any(|t| t.id == *id) {
            category
                .entry((*word).into())
                .or_insert_with(|| (*id).into());
        }
    }
    m.category = category;
    m.open = kind.initial.clone();
    m.closed = kind
        .status("closed")
        .map(|s| s.id.clone())
        .unwrap_or_default();
    m
}

/// The issues of the JSON file at `path`: reports of those already
/// imported, and the others to create.
pub(super) fn plan(
    repo: &Repository,
    path: &str,
    json: &str,
) -> Result<(Vec<FileReport>, Vec<Read>)> {
    let issues = github_issues::read(json, &mapping(repo))
        .map_err(|e| bad(path, (e.line, e.column), ImportTrouble::Json))?;
    let known: BTreeMap<String, String> = repo
        .records
        .iter()
        .filter(|r| r.kind == "change")
        .filter_map(|r| Some((r.field_text("forge_issue")?, r.field_text("id")?)))
        .collect();
    let (mut skipped, mut reads) = (Vec::new(), Vec::new());
    for issue in issues {
        if let Some(id) = known.get(&issue.url).filter(|_| !issue.url.is_empty()) {
            let at = format!("{path}#{}", issue.number);
            skipped.push(FileReport::skip(
                &at,
                Skip::AlreadyImported { id: id.clone() },
            ));
            continue;
        }
        let title = issue.imported.text("title").unwrap_or("").to_string();
        let body = issue.body.replace("\r\n", "\n");
        let body = body.trim_end();
        let text = if body.is_empty() {
            format!("# {title}\n")
        } else {
            format!("# {title}\n\n{body}\n")
        };
        let mut extra = Vec::new();
        if !issue.url.is_empty() {
            extra.push((
                "forge_issue".into(),
                serde_json::Value::String(issue.url.clone()),
            ));
        }
        let mut imported = issue.imported;
        imported.number = None;
        reads.push(Read {
            path: String::new(),
            kind: "change".into(),
            text,
            imported,
            created: true,
            slug: if title.is_empty() {
                issue.number.to_string()
            } else {
                title
            },
            extra,
            id: String::new(),
        });
    }
    Ok((skipped, reads))
}
