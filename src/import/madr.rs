//! MADR 2 to 4. Version 2 writes `* Status: accepted`, `* Deciders: …`,
//! `* Date: …` bullets under the H1 (also with `-`); versions 3 and 4 an
//! optional front matter with `status`, `date`, `deciders` (3) or
//! `decision-makers` (4), `consulted`, `informed`. A status may read
//! `superseded by [ADR-0005](0005-….md)`. Keys the reader does not take
//! (Jekyll's `parent`, `nav_order`) are not fields: they stay as written.

use super::{Context, FieldValue, Format, Imported, KindGuess, NoteKind};
use super::{bold_keys, fill, links, nygard, vocab};
use crate::markdown::Markdown;
use crate::record::{FrontBlock, split};
use crate::yaml::{self, Limits, Node, Value};

/// Front matter keys and the fields they fill.
const FRONT_KEYS: &[(&str, &str)] = &[
    ("status", "status"),
    ("date", "date"),
    ("deciders", "deciders"),
    ("decision-makers", "deciders"),
    ("consulted", "consulted"),
    ("informed", "informed"),
    ("tags", "tags"),
];

/// Reads a MADR record, any version.
pub(crate) fn read(text: &str, ctx: &Context<'_>) -> Imported {
    let mut out = Imported::new(Format::Madr, KindGuess::Decision);
    let parts = split(text);
    if let Some(front) = &parts.front {
        front_matter(&mut out, text, front, ctx);
    }
    let md = Markdown::read(text, parts.body.clone());
    nygard::numbered_title(&mut out, &md, ctx.path);
    for key in bold_keys::read(text, parts.body, true) {
        if !key.item || key.value.is_empty() || out.get(key.field.unwrap_or("?")).is_some() {
            continue;
        }
        if fill::decision_line(&mut out, &key, ctx) && key.field == Some("status") {
            superseded_link(&mut out, &key.value, key.at, &md, ctx);
        }
    }
    out
}

/// The fields of a MADR 3/4 front matter.
fn front_matter(out: &mut Imported, text: &str, front: &FrontBlock, ctx: &Context<'_>) {
    let root = match yaml::parse(&text[front.yaml.clone()], front.origin, &Limits::default()) {
        Ok(Some(root)) => root,
        Ok(None) => return,
        Err(e) => {
            let at = (e.pos.line, e.pos.column);
            out.note(
                at,
                NoteKind::BadFrontMatter {
                    message: e.kind.to_string(),
                },
            );
            return;
        }
    };
    let Value::Map(entries) = &root.value else {
        return;
    };
    let kind = ctx.config.kind("decision");
    for e in entries {
        let Some(key) = e.key.as_str() else { continue };
        let Some((_, field)) = FRONT_KEYS.iter().find(|(k, _)| *k == key) else {
            continue;
        };
        let at = (e.value.span.start.line, e.value.span.start.column);
        let Some(values) = strings(&e.value) else {
            continue;
        };
        let joined = values.join(", ");
        match *field {
            "status" => {
                fill::status(out, kind, &joined, at);
                let md = Markdown::read(text, e.value.span.start.offset..e.value.span.end.offset);
                superseded_link(out, &joined, at, &md, ctx);
            }
            "date" => {
                fill::date(out, "date", &joined, at);
            }
            "deciders" => {
                let mut names = Vec::new();
                for v in &values {
                    names.extend(vocab::deciders(&ctx.config.bodies, v));
                }
                out.set("deciders", FieldValue::List(names), at);
            }
            f => out.set(f, FieldValue::List(values), at),
        }
    }
}

/// A string or a list of strings; `None` for anything else (a map, a null).
fn strings(node: &Node) -> Option<Vec<String>> {
    match &node.value {
        Value::String(s) => Some(vec![s.clone()]),
        Value::Int(i) => Some(vec![i.to_string()]),
        Value::Seq(items) => items.iter().map(|n| n.as_str().map(String::from)).collect(),
        _ => None,
    }
}

/// `superseded by [ADR-0005](0005-….md)`: the status is `superseded`, the
/// link goes to `superseded_by`, and the wording is no note.
fn superseded_link(
    out: &mut Imported,
    value: &str,
    at: (usize, usize),
    md: &Markdown,
    ctx: &Context<'_>,
) {
    if out.text("status") != Some("superseded") {
        return;
    }
    let link = md.links.iter().find(|l| l.at.line == at.0 && !l.image);
    let Some(path) = link.and_then(|l| links::resolve(&l.target, ctx.path, ctx.forge_url)) else {
        return;
    };
    if value.contains("](") {
        out.fields.retain(|f| f.key != "status_note");
    }
    out.set("superseded_by", FieldValue::List(vec![path]), at);
}
