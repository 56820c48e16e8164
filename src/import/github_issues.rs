//! Forge issues as `gh issue list --json
//! number,title,body,labels,state,createdAt,author,url` writes them: one
//! JSON array, each issue a change request whose labels map to a category
//! and a status per the caller's mapping.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{FieldValue, Format, Imported, KindGuess};

/// How labels and states become change request fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LabelMapping {
    /// Label name (any case) → category id (`bug` → `fault`).
    pub category: BTreeMap<String, String>,
    /// Label name (any case) → status id (`in progress` → `in_progress`).
    pub status: BTreeMap<String, String>,
    /// The status of an open issue no status label names (`submitted`).
    pub open: String,
    /// The status of a closed issue no status label names (`closed`).
    pub closed: String,
}

/// One issue read: the change request's fields and what stays outside
/// front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The issue's number on the forge.
    pub number: u64,
    /// Its web address, for the record's body.
    pub url: String,
    /// Its text, the record's body.
    pub body: String,
    /// Fields: `title`, `date`, `status`, `category`, `submitted_by`,
    /// `tags` (labels no mapping took).
    pub imported: Imported,
}

/// Why the JSON could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct JsonError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What the JSON reader said.
    pub message: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Raw {
    number: u64,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    labels: Vec<RawLabel>,
    #[serde(default)]
    state: String,
    #[serde(default)]
    created_at: String,
    #[serde(default)]
    author: Option<RawAuthor>,
    #[serde(default)]
    url: String,
}

#[derive(Deserialize)]
struct RawLabel {
    name: String,
}

#[derive(Deserialize)]
struct RawAuthor {
    #[serde(default)]
    login: String,
}

/// Reads the JSON array. Fields missing from an issue are left out.
///
/// # Errors
/// [`JsonError`] when the text is not such an array.
pub fn read(json: &str, mapping: &LabelMapping) -> Result<Vec<Issue>, JsonError> {
    let raw: Vec<Raw> = serde_json::from_str(json).map_err(|e| JsonError {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    Ok(raw.into_iter().map(|r| issue(r, mapping)).collect())
}

fn issue(r: Raw, mapping: &LabelMapping) -> Issue {
    let mut out = Imported::new(Format::GithubIssues, KindGuess::Change);
    let at = (0, 0);
    if !r.title.trim().is_empty() {
        out.set("title", FieldValue::Text(r.title.trim().into()), at);
    }
    if let Some(d) = r
        .created_at
        .get(..10)
        .and_then(|d| crate::date::parse(d).ok())
    {
        out.set("date", FieldValue::Text(crate::date::iso(d.date)), at);
    }
    let find = |map: &BTreeMap<String, String>, label: &str| {
        map.iter()
            .find(|(k, _)| k.to_lowercase() == label.to_lowercase())
            .map(|(_, v)| v.clone())
    };
    let (mut status, mut category, mut tags) = (None, None, Vec::new());
    for l in &r.labels {
        if let Some(s) = find(&mapping.status, &l.name) {
            status = status.or(Some(s));
        } else if let Some(c) = find(&mapping.category, &l.name) {
            category = category.or(Some(c));
        } else {
            tags.push(l.name.clone());
        }
    }
    let closed = r.state.eq_ignore_ascii_case("closed");
    let fallback = if closed {
        &mapping.closed
    } else {
        &mapping.open
    };
    let status = status.or_else(|| (!fallback.is_empty()).then(|| fallback.clone()));
    if let Some(s) = status {
        out.set("status", FieldValue::Text(s), at);
    }
    if let Some(c) = category {
        out.set("category", FieldValue::Text(c), at);
    }
    if let Some(a) = r.author.filter(|a| !a.login.is_empty()) {
        out.set("submitted_by", FieldValue::Text(a.login), at);
    }
    if !tags.is_empty() {
        out.set("tags", FieldValue::List(tags), at);
    }
    Issue {
        number: r.number,
        url: r.url,
        body: r.body.unwrap_or_default(),
        imported: out,
    }
}
