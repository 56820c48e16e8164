//! A meeting's status as the community writes it: the furthest ticked box
//! of its minutes status list ("Referat klar til godkendelse", "Referat
//! godkendt"), or "MØDET BLEV AFLYST" anywhere, which makes it cancelled.

use super::sections::fold;
use super::{Context, FieldValue, Imported, vocab};
use crate::markdown::{Markdown, TextLine};

/// A ticked or empty box whose text is a status of the meeting kind
/// ("Referat klar til godkendelse"): the furthest ticked one is the status.
pub(crate) fn status_box(out: &mut Imported, ctx: &Context<'_>, l: &TextLine, done: bool) -> bool {
    let Some(kind) = ctx.config.kind("meeting") else {
        return false;
    };
    let vocab::Status::Known { id, note: None } = vocab::status(kind, &l.text) else {
        return false;
    };
    out.metadata_lines.push(l.line.clone());
    let rank = |id: &str| kind.statuses.iter().position(|s| s.id == id);
    let current = out.fields.iter().position(|f| f.key == "status");
    match current {
        _ if !done => {}
        Some(i) => {
            let old = match &out.fields[i].value {
                FieldValue::Text(t) => rank(t),
                _ => None,
            };
            if rank(&id) > old {
                out.fields[i].value = FieldValue::Text(id);
                (out.fields[i].line, out.fields[i].column) = (l.at.line, l.at.column);
            }
        }
        None => out.set("status", FieldValue::Text(id), (l.at.line, l.at.column)),
    }
    true
}

/// "MØDET BLEV AFLYST" anywhere in the text or a heading: cancelled.
pub(crate) fn cancelled(out: &mut Imported, md: &Markdown, lines: &[TextLine]) {
    let says = |t: &str| {
        let t = fold(t).replace(['*', '_', '!'], "");
        [
            "mødet blev aflyst",
            "mødet er aflyst",
            "aflyst",
            "meeting cancelled",
            "meeting was cancelled",
            "cancelled",
        ]
        .iter()
        .any(|w| t == *w || (w.contains(' ') && t.contains(w)))
    };
    let hit = md
        .headings
        .iter()
        .map(|h| (h.text.as_str(), h.at))
        .chain(lines.iter().map(|l| (l.text.as_str(), l.at)))
        .find(|(t, _)| says(t));
    if let Some((_, at)) = hit {
        let at = (at.line, at.column);
        out.fields.retain(|f| f.key != "status");
        out.set("status", FieldValue::Text("cancelled".into()), at);
        out.set("cancelled", FieldValue::Bool(true), at);
    }
}
