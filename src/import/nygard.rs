//! adr-tools (Michael Nygard's format): `NNNN-slug.md`, `# N. Title`, a
//! `Date: YYYY-MM-DD` line, and a `## Status` section whose first line is
//! the status and whose further lines are links such as `Supercedes [1.
//! Title](0001-….md)` (the tool's spelling), `Superceded by […](…)` or any
//! pair made with `adr new -l "N:Amends:Amended by"`.

use super::bold_keys;
use super::sections::{Sections, fold};
use super::{Context, FieldValue, Format, Imported, KindGuess, agenda, fill, links};
use crate::markdown::{Markdown, TextLine};
use crate::record::split;

/// The number of `0003-slug.md` (log4brains' `20240115-…` dates are not
/// numbers: only up to six digits count).
pub(crate) fn file_number(path: &str) -> Option<u32> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    let sep = name[digits.len()..].starts_with(['-', '_']);
    (sep && (1..=6).contains(&digits.len()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// Reads an adr-tools record.
pub(crate) fn read(text: &str, ctx: &Context<'_>) -> Imported {
    let mut out = Imported::new(Format::AdrTools, KindGuess::Decision);
    let body = split(text).body;
    let md = Markdown::read(text, body.clone());
    let lines = Markdown::lines(text, body);
    numbered_title(&mut out, &md, ctx.path);
    for l in &lines {
        if let Some(key) = bold_keys::key_line(l, true).filter(|k| k.field == Some("date")) {
            fill::decision_line(&mut out, &key, ctx);
        }
    }
    let sections = Sections::new(&md.headings);
    let status_lines = lines.iter().filter(|l| {
        sections
            .of(l.at.offset)
            .is_some_and(|h| h.level == 2 && fold(&h.text) == "status")
    });
    for l in status_lines {
        if !relation(&mut out, l, &md, ctx) && out.get("status").is_none() {
            fill::status(
                &mut out,
                ctx.config.kind("decision"),
                &l.text,
                (l.at.line, l.at.column),
            );
            if let Some(FieldValue::Text(s)) = out.get("status_note").cloned() {
                // A link after the word (`Superseded by [2. …](…)`) is a relation.
                if s.contains("](") {
                    out.fields.retain(|f| f.key != "status_note");
                    relation(&mut out, l, &md, ctx);
                }
            }
        }
    }
    out
}

/// Title and number from `# 3. Use Postgres`; the number of the file name
/// wins over the heading's.
pub(crate) fn numbered_title(out: &mut Imported, md: &Markdown, path: &str) {
    let Some(h) = md
        .headings
        .iter()
        .find(|h| h.level == 1 && !h.text.is_empty())
    else {
        out.number = file_number(path);
        return;
    };
    let (number, title) = match agenda::numbered(&h.text) {
        Some((n, t)) if !t.is_empty() && !n.contains('.') => (n.parse().ok(), t),
        _ => (None, h.text.clone()),
    };
    out.number = file_number(path).or(number);
    out.set("title", FieldValue::Text(title), (h.at.line, h.at.column));
}

/// The relation words of a link line, folded, and the field each fills.
const RELATIONS: &[(&str, &str)] = &[
    ("supercedes", "supersedes"),
    ("supersedes", "supersedes"),
    ("superceded by", "superseded_by"),
    ("superseded by", "superseded_by"),
    ("erstatter", "supersedes"),
    ("erstattet af", "superseded_by"),
];

/// A `Verb [text](file.md)` line: `supersedes`/`superseded_by` for the
/// supersede words, `related` for any other pair (`Amends`, `Amended by`).
/// True when the line was one.
pub(crate) fn relation(out: &mut Imported, l: &TextLine, md: &Markdown, ctx: &Context<'_>) -> bool {
    let Some(open) = l.text.find('[') else {
        return false;
    };
    let verb = fold(&l.text[..open]);
    let verb_ok = !verb.is_empty()
        && verb.split_whitespace().count() <= 3
        && verb.chars().all(|c| c.is_alphabetic() || c == ' ');
    let link = md.links.iter().find(|k| k.at.line == l.at.line && !k.image);
    let (true, Some(link)) = (verb_ok, link) else {
        return false;
    };
    let Some(path) = links::resolve(&link.target, ctx.path, ctx.forge_url) else {
        return false;
    };
    let key = RELATIONS
        .iter()
        .find(|(w, _)| *w == verb)
        .map_or("related", |(_, k)| k);
    if key == "superseded_by" {
        // The link says more than an `Accepted` line left above it.
        out.fields
            .retain(|f| f.key != "status" && f.key != "status_note");
        out.set(
            "status",
            FieldValue::Text("superseded".into()),
            (l.at.line, l.at.column),
        );
    }
    let at = (link.at.line, link.at.column);
    match out.fields.iter_mut().find(|f| f.key == key) {
        Some(f) => {
            if let FieldValue::List(v) = &mut f.value {
                v.push(path);
            }
        }
        None => out.set(key, FieldValue::List(vec![path]), at),
    }
    true
}
