//! The lines of running text of a body (paragraphs, list items, quotes,
//! table cells), read with the same pulldown-cmark options as
//! [`super::Markdown::read`], so the readers of other tools' formats see
//! the text as GitHub shows it: a `**Dato**: …` line inside a code block,
//! an HTML comment or a heading is not a line of text.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::{LineIndex, Position};

/// One source line of running text, from its first inline content to the
/// end of the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLine {
    /// The text as written (inline Markdown kept), without the list marker,
    /// the quote marker or a checkbox, trailing spaces trimmed.
    pub text: String,
    /// Where `text` starts in the file.
    pub at: Position,
    /// The byte range of the whole source line, its line ending included.
    pub line: Range<usize>,
    /// True when the line starts a list item (`- …`, `* …`, `1. …`).
    pub item: bool,
    /// True inside a block quote (`> - 2.1 …`).
    pub quoted: bool,
    /// The item's checkbox: `Some(true)` ticked, `Some(false)` empty
    /// (`[ ]`, or the malformed `[]`), `None` without one.
    pub checkbox: Option<bool>,
}

/// State of the walk: where each line's text starts.
struct Walk {
    /// (offset of the first inline content, item start?, quoted?, box).
    starts: Vec<(usize, bool, bool, Option<bool>)>,
    /// The last line start recorded, to keep one entry per source line.
    last_line: Option<usize>,
}

/// The lines of running text of `text[body]`, in order. Never panics.
pub(super) fn read(text: &str, body: Range<usize>) -> Vec<TextLine> {
    let src = &text[body.clone()];
    let mut walk = Walk {
        starts: Vec::new(),
        last_line: None,
    };
    let (mut quotes, mut skip) = (0usize, 0usize);
    let mut item_open = false;
    let mut pending_box: Option<bool> = None;
    for (event, range) in Parser::new_ext(src, super::walk::options()).into_offset_iter() {
        match &event {
            Event::Start(Tag::BlockQuote(_)) => quotes += 1,
            Event::End(TagEnd::BlockQuote(_)) => quotes = quotes.saturating_sub(1),
            Event::Start(Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::HtmlBlock) => {
                skip = skip.saturating_sub(1);
            }
            Event::Start(Tag::Item) => item_open = true,
            Event::End(TagEnd::Item) => {
                item_open = false;
                pending_box = None;
            }
            Event::TaskListMarker(done) if skip == 0 => pending_box = Some(*done),
            Event::Start(Tag::Paragraph) | Event::End(_) | Event::Start(Tag::List(_)) => {}
            Event::Html(_) | Event::InlineHtml(_) | Event::Rule => {}
            _ if skip == 0 => {
                let mut start = range.start;
                let mut boxed = pending_box.take();
                if item_open && boxed.is_none() && src[start..].starts_with("[]") {
                    let rest = &src[start + 2..];
                    if rest.is_empty() || rest.starts_with([' ', '\t', '\n', '\r']) {
                        boxed = Some(false);
                        start += 2;
                    }
                }
                walk.push(src, start, item_open, quotes > 0, boxed);
                item_open = false;
            }
            _ => {}
        }
    }
    walk.finish(text, body.start)
}

impl Walk {
    /// Records `start` as the start of its line's text unless that line
    /// already has one.
    fn push(&mut self, src: &str, start: usize, item: bool, quoted: bool, boxed: Option<bool>) {
        let start = start.min(src.len());
        let line = memchr::memrchr(b'\n', &src.as_bytes()[..start]).map_or(0, |i| i + 1);
        if self.last_line == Some(line) {
            if let Some(last) = self.starts.last_mut() {
                // A box seen before the line's first text belongs to it.
                last.3 = last.3.or(boxed);
                last.1 |= item;
            }
            return;
        }
        self.last_line = Some(line);
        self.starts.push((start, item, quoted, boxed));
    }

    fn finish(self, text: &str, base: usize) -> Vec<TextLine> {
        if self.starts.is_empty() {
            return Vec::new();
        }
        let index = LineIndex::from(text, base);
        let bytes = text.as_bytes();
        self.starts
            .into_iter()
            .map(|(start, item, quoted, checkbox)| {
                let start = base + start;
                let end = memchr::memchr(b'\n', &bytes[start..]).map_or(text.len(), |i| start + i);
                let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
                let line_end = (end + 1).min(text.len());
                let raw = text[start..end].trim_end_matches(['\r', ' ', '\t']);
                let lead = raw.len() - raw.trim_start().len();
                let (line, column) = index.position(start + lead);
                TextLine {
                    text: raw.trim_start().to_string(),
                    at: Position {
                        offset: start + lead,
                        line,
                        column,
                    },
                    line: line_start..line_end,
                    item,
                    quoted,
                    checkbox,
                }
            })
            .collect()
    }
}
