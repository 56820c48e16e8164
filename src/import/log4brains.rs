//! log4brains: MADR-2-like bullets `- Status:`, `- Deciders: A, B`,
//! `- Date:`, `- Tags: a, b` under the H1, any of them missing (then the
//! status is `accepted` and the date the first commit's, as log4brains
//! itself reads them), and `.log4brains.yml`, which names the main
//! `adrFolder` and one per package: several folders, one log.

use super::{Context, FieldValue, Format, Imported, KindGuess, bold_keys, fill, nygard};
use crate::date::iso as date_iso;
use crate::markdown::Markdown;
use crate::record::split;
use crate::yaml::{self, Limits, Node, Pos, Value, YamlError};

/// Reads a log4brains record.
pub fn read(text: &str, ctx: &Context<'_>) -> Imported {
    let mut out = Imported::new(Format::Log4brains, KindGuess::Decision);
    let body = split(text).body;
    let md = Markdown::read(text, body.clone());
    nygard::numbered_title(&mut out, &md, ctx.path);
    // log4brains numbers nothing: `20240115-slug.md` is a date, not a number.
    out.number = None;
    for l in Markdown::lines(text, body) {
        if !l.item {
            continue;
        }
        if let Some(key) = bold_keys::key_line(&l, true) {
            let taken = fill::decision_line(&mut out, &key, ctx);
            if taken && key.field == Some("status") && key.value.contains("](") {
                out.fields
                    .retain(|f| f.key != "status" && f.key != "status_note");
                nygard::relation(&mut out, &without_key(&l), &md, ctx);
            }
        }
    }
    if out.get("status").is_none() {
        out.set("status", FieldValue::Text("accepted".into()), (0, 0));
    }
    if out.get("date").is_none()
        && let Some(d) = ctx.first_commit
    {
        out.set("date", FieldValue::Text(date_iso(d)), (0, 0));
    }
    out
}

/// The line with its `Status:` key taken off, so `superseded by [x](y)`
/// reads as a relation line.
fn without_key(l: &crate::markdown::TextLine) -> crate::markdown::TextLine {
    let mut l = l.clone();
    if let Some(i) = l.text.find(':') {
        l.text = l.text[i + 1..].trim().to_string();
    }
    l
}

/// Every ADR folder `.log4brains.yml` names: `project.adrFolder` first,
/// then each `project.packages[].adrFolder`, without a leading `./` or a
/// trailing `/`.
///
/// # Errors
/// The YAML reader's error, with its line and column, when the file does
/// not parse.
pub fn folders(yml: &str) -> Result<Vec<String>, YamlError> {
    Ok(packages(yml)?.into_iter().map(|p| p.folder).collect())
}

/// An ADR folder of `.log4brains.yml` and the package it is of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    /// The folder, without a leading `./` or a trailing `/`.
    pub folder: String,
    /// The package's `name`; `None` for the project's own `adrFolder` (or
    /// a package without a name).
    pub name: Option<String>,
}

/// Every ADR folder `.log4brains.yml` names with its package, as
/// [`folders`]; a folder named twice is listed once, as first named.
///
/// # Errors
/// The YAML reader's error, with its line and column.
pub fn packages(yml: &str) -> Result<Vec<Package>, YamlError> {
    let origin = Pos {
        offset: 0,
        line: 1,
        column: 1,
    };
    let Some(root) = yaml::parse(yml, origin, &Limits::default())? else {
        return Ok(Vec::new());
    };
    let project = root.get("project").unwrap_or(&root);
    let mut out = Vec::new();
    push_folder(&mut out, project.get("adrFolder"), None);
    if let Some(Node {
        value: Value::Seq(packages),
        ..
    }) = project.get("packages")
    {
        for p in packages {
            let name = p.get("name").and_then(Node::as_str).map(str::trim);
            let name = name.filter(|n| !n.is_empty()).map(str::to_string);
            push_folder(&mut out, p.get("adrFolder"), name);
        }
    }
    Ok(out)
}

fn push_folder(out: &mut Vec<Package>, node: Option<&Node>, name: Option<String>) {
    let Some(folder) = node.and_then(Node::as_str) else {
        return;
    };
    let f = crate::config::clean_folder(folder);
    if !f.is_empty() && !out.iter().any(|o| o.folder == f) {
        out.push(Package {
            folder: f.to_string(),
            name,
        });
    }
}
