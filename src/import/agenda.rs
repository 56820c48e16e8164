//! A meeting's agenda: under `## Dagsorden` (or `## Agenda`), section
//! headings `#### N. Title` (or `### N. Title`) and item lines `- N.M
//! item`, read into numbered items as written, gaps kept (a gap is the
//! checks' business, not the reader's).

use super::AgendaItem;
use super::sections::{Sections, fold};
use crate::config::Config;
use crate::markdown::{Markdown, TextLine};

/// Headings that open the agenda.
const AGENDA: &[&str] = &["dagsorden", "agenda", "dagsordenspunkter"];

/// Splits `2. Økonomi`, `2.1 Budget`, `2.1. Budget` into number and title.
pub(crate) fn numbered(text: &str) -> Option<(String, String)> {
    let digits_dots = text
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.')
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let number = text[..digits_dots].trim_end_matches('.');
    let rest = &text[digits_dots..];
    let ok = !number.is_empty()
        && number.split('.').all(|p| !p.is_empty() && p.len() <= 3)
        && (rest.is_empty() || rest.starts_with([' ', '\t', ')']));
    let title = rest.trim_start_matches(')').trim();
    ok.then(|| (number.to_string(), title.to_string()))
}

/// Record IDs written in a text (`DEC-0012`), for the kinds' prefixes:
/// what an agenda item names, for `gov meeting new` as for this reader.
pub fn ids(config: &Config, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
        let Some((prefix, digits)) = word.split_once('-') else {
            continue;
        };
        let known = config.kinds.iter().any(|k| k.prefix == prefix);
        if known && digits.len() >= 3 && digits.chars().all(|c| c.is_ascii_digit()) {
            out.push(word.to_string());
        }
    }
    out
}

/// True when a heading's text opens an agenda (`Dagsorden`, `Agenda`,
/// any case): where `gov meeting new` writes the agenda it builds.
pub fn is_agenda(text: &str) -> bool {
    let t = fold(text);
    AGENDA
        .iter()
        .any(|a| t == *a || t.starts_with(&format!("{a} ")))
}

/// The agenda of a record's body `text[body]` (a meeting already in gov's
/// format), read as the importer reads it, so `gov validate` and
/// `gov import` see the same items.
pub fn of_body(text: &str, body: std::ops::Range<usize>, config: &Config) -> Vec<AgendaItem> {
    let md = Markdown::read(text, body.clone());
    of_read(text, body, &md, config)
}

/// The agenda of a body already read with [`Markdown::read`], for callers
/// that read each body once for several rules (`gov validate`).
pub fn of_read(
    text: &str,
    body: std::ops::Range<usize>,
    md: &Markdown,
    config: &Config,
) -> Vec<AgendaItem> {
    if !may_hold(&text[body.clone()]) {
        return Vec::new();
    }
    let lines = Markdown::lines(text, body);
    read(md, &lines, config)
}

/// Whether a body can hold an agenda: its heading's words must be written
/// in it, in some case (`## Dagsorden`, `## AGENDA`). `false` means
/// [`of_body`] finds no items, so the Markdown read can be spared.
/// Heading texts are read as written (no entities resolved), and NFC and
/// lowercasing turn no other letters into these.
pub fn may_hold(body: &str) -> bool {
    let bytes = body.as_bytes();
    ["dagsorden", "agenda"].iter().any(|word| {
        bytes
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    })
}

/// The numbered items of the agenda, in the order of the text.
pub(crate) fn read(md: &Markdown, lines: &[TextLine], config: &Config) -> Vec<AgendaItem> {
    let sections = Sections::new(&md.headings);
    let in_agenda = |offset: usize| {
        sections
            .enclosing(offset, 2)
            .is_some_and(|h| is_agenda(&h.text))
    };
    let mut items: Vec<(usize, AgendaItem)> = Vec::new();
    for h in sections.all().iter().filter(|h| h.level > 2) {
        if in_agenda(h.at.offset)
            && let Some((number, title)) = numbered(&h.text)
        {
            let records = ids(config, &title);
            items.push((h.at.offset, item(number, title, records, h.at.line)));
        }
    }
    for l in lines.iter().filter(|l| l.item && !l.quoted) {
        if in_agenda(l.at.offset)
            && let Some((number, title)) = numbered(&l.text)
        {
            let records = ids(config, &title);
            items.push((l.at.offset, item(number, title, records, l.at.line)));
        }
    }
    items.sort_by_key(|(at, _)| *at);
    items.into_iter().map(|(_, i)| i).collect()
}

fn item(number: String, title: String, records: Vec<String>, line: usize) -> AgendaItem {
    AgendaItem {
        number,
        title,
        records,
        line,
    }
}
