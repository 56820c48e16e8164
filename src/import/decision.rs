//! Community Markdown decisions: an H1 title with an optional `[SDR]`,
//! `[ODR]` or `[ADR]` prefix, and bold-key metadata (`- **Dato**: …`,
//! `- **Status:** …`, bare `**Beslutningstagere**: …`) under the title,
//! under `## Beskrivelse af beslutningen`, or anywhere else in the file.

use super::{Context, FieldValue, Format, Imported, KindGuess, bold_keys, fill, vocab};
use crate::markdown::Markdown;
use crate::record::split;

/// Reads a community decision. Never fails: what is not understood is a note.
pub(crate) fn read(text: &str, ctx: &Context<'_>) -> Imported {
    let mut out = Imported::new(Format::Markdown, KindGuess::Decision);
    let body = split(text).body;
    title(&mut out, text, body.clone(), true);
    for line in bold_keys::read(text, body, true) {
        // Plain `Key: value` only as a list item: in running text it is prose.
        if line.bold || line.item {
            fill::decision_line(&mut out, &line, ctx);
        }
    }
    let prefix = take_prefix(&mut out);
    if out.get("type").is_none()
        && let Some((word, at)) = prefix
    {
        fill::kind_type(&mut out, ctx.config.kind("decision"), &word, at);
    }
    fill::fallback_date(&mut out, ctx.path);
    out
}

/// Sets `title` from the first H1, without its `[SDR]` prefix (kept aside
/// as `type_prefix` until the metadata is read) and, when `numbered`,
/// without adr-tools' `N. ` number.
pub(crate) fn title(out: &mut Imported, text: &str, body: std::ops::Range<usize>, prefixed: bool) {
    let md = Markdown::read(text, body);
    let Some(h) = md
        .headings
        .iter()
        .find(|h| h.level == 1 && !h.text.is_empty())
    else {
        return;
    };
    let at = (h.at.line, h.at.column);
    let (prefix, rest) = if prefixed {
        vocab::title_prefix(&h.text)
    } else {
        (None, h.text.as_str())
    };
    out.set("title", FieldValue::Text(rest.to_string()), at);
    if let Some(word) = prefix {
        out.set("type_prefix", FieldValue::Text(word.to_string()), at);
    }
}

/// Takes the `type_prefix` placeholder out of the fields.
fn take_prefix(out: &mut Imported) -> Option<(String, (usize, usize))> {
    let i = out.fields.iter().position(|f| f.key == "type_prefix")?;
    let f = out.fields.remove(i);
    match f.value {
        FieldValue::Text(t) => Some((t, (f.line, f.column))),
        _ => None,
    }
}
