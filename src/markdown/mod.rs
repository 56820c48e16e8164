//! The one reader of Markdown bodies (DEC-0031): links, headings and
//! checkbox list items (and bare URLs in the text), read once with pulldown-cmark as GitHub's
//! CommonMark reads them, with their places in the record file.
//!
//! Every part of gov that looks into a body (link checks in `gov validate`,
//! action items in `gov status`, the title taken from the first heading)
//! reads it here, so they cannot disagree about what is text and what is
//! not: code blocks (fenced with any number of backticks or tildes, and
//! indented), code spans, HTML comments and HTML blocks hold no links,
//! headings or checkboxes. A leaf: it imports nothing of gov.

mod bare;
mod lines;
mod position;
mod walk;

pub use lines::TextLine;
pub use position::LineIndex;

use std::ops::Range;

/// A place in a record file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Byte offset in the file (not in the body).
    pub offset: usize,
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column in characters, as [`LineIndex`] counts them.
    pub column: usize,
}

/// How a link was written; the link check reads some kinds and not others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// `[text](target)`, or `![alt](target)` when `image`.
    Inline,
    /// `[text][label]`, `[label][]` or `[label]`: its target is the
    /// definition's, which is reported as a [`LinkKind::Definition`] too.
    Reference,
    /// `[label]: target`, a reference definition.
    Definition,
    /// `<https://…>`.
    Autolink,
    /// `<name@example.org>`: an address, not a path.
    Email,
    /// `https://…` written in running text, which GitHub shows as a link
    /// (CommonMark does not): its target is the URL as written.
    Bare,
}

/// A link of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// How it was written.
    pub kind: LinkKind,
    /// True for an image (`![alt](target)`).
    pub image: bool,
    /// The target as Markdown reads it: without `<…>`, backslash escapes
    /// and entities resolved, percent escapes kept.
    pub target: String,
    /// Where the target starts (for a reference link: where the link
    /// starts, since its target is written elsewhere).
    pub at: Position,
}

/// A heading, ATX (`## Dagsorden`) or setext (underlined with `===`/`---`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The text as written between the markers (inline Markdown kept,
    /// HTML comments left out, line breaks as spaces), trimmed.
    pub text: String,
    /// Where the heading starts.
    pub at: Position,
}

/// A list item that starts with a checkbox: `- [ ] …`, `- [x] …`, and the
/// malformed `- []` of imported attendance lists, read as an empty box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkbox {
    /// True when the box is ticked (`[x]` or `[X]`).
    pub done: bool,
    /// True when the box was written `[]`.
    pub malformed: bool,
    /// True when the item is inside a block quote (`> - [ ] …`): someone
    /// else's text repeated, such as a quoted agenda item.
    pub quoted: bool,
    /// The text after the box to the end of its line, as written (inline
    /// Markdown kept, HTML comments left out), trimmed: a line `- [ ] …`
    /// is what minutes write one item on.
    pub text: String,
    /// Where the box starts.
    pub at: Position,
}

/// What a body holds, each list in the order of the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markdown {
    /// Links, images, reference definitions, autolinks and bare URLs.
    pub links: Vec<Link>,
    /// Headings of every level.
    pub headings: Vec<Heading>,
    /// List items with a checkbox.
    pub checkboxes: Vec<Checkbox>,
}

impl Markdown {
    /// Whether a body can hold a link at all: every Markdown link, reference
    /// and autolink needs a `[` or a `<`, and a bare URL a `://`. A quick
    /// look that spares most bodies the full read when only links are
    /// wanted; `false` means [`Markdown::read`] would find no link.
    pub fn may_hold_links(body: &str) -> bool {
        body.contains(['[', '<']) || body.contains("://")
    }

    /// Whether a body can hold a checkbox item (`- [ ]`, `- [x]`, `- []`):
    /// each needs a `[` followed by what a box holds (a blank, a tab, `x`,
    /// `X`, as pulldown-cmark reads a task list marker) or by `]`. `false`
    /// means [`Markdown::read`] would find none, so a body whose every `[`
    /// opens a link is not read for them.
    pub fn may_hold_checkboxes(body: &str) -> bool {
        memchr::memchr_iter(b'[', body.as_bytes()).any(|i| {
            matches!(
                body.as_bytes().get(i + 1),
                Some(b' ' | b'\t' | 0x0b | 0x0c | b'x' | b'X' | b']')
            )
        })
    }

    /// Reads the body `text[body]` of a record file. Positions are in the
    /// file, so they can be reported as they are. Never fails and never
    /// panics: any text is Markdown.
    pub fn read(text: &str, body: Range<usize>) -> Markdown {
        walk::read(text, body)
    }

    /// The lines of running text of the body `text[body]` (paragraphs,
    /// list items, quotes; not headings, code or HTML), for readers of
    /// metadata written as text such as `- **Dato**: 2025-06-15`.
    /// Positions are in the file. Never panics.
    pub fn lines(text: &str, body: Range<usize>) -> Vec<TextLine> {
        lines::read(text, body)
    }

    /// The text of the first level-1 heading that has text: a record's
    /// title when its front matter gives none.
    pub fn title(&self) -> Option<&str> {
        self.headings
            .iter()
            .find(|h| h.level == 1 && !h.text.is_empty())
            .map(|h| h.text.as_str())
    }
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
