//! One walk over pulldown-cmark's events of a body, gathering links,
//! headings and checkboxes with byte offsets, turned into positions at the
//! end.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{Checkbox, Heading, Link, LinkKind, Markdown, Position};
use crate::markdown::LineIndex;

/// GitHub's Markdown as far as it matters here: tables (cells hold links),
/// task lists (`- [ ]`), footnotes (`[^1]: …` is a note, not a link
/// definition) and strikethrough.
pub(super) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
}

/// A link whose end has not been seen yet.
struct OpenLink {
    kind: LinkKind,
    image: bool,
    target: String,
    start: usize,
    /// The end of the last event inside the link text so far.
    inner_end: usize,
}

/// What the text being gathered belongs to.
enum Owner {
    Heading {
        level: u8,
        start: usize,
    },
    Checkbox {
        done: bool,
        malformed: bool,
        quoted: bool,
        start: usize,
    },
}

/// Inline text being gathered from source slices (see [`Heading::text`]).
struct Gather {
    owner: Owner,
    /// Source before this offset is not part of the text (the box).
    from: usize,
    /// Depth of inline tags (emphasis, links) entered: their source is
    /// taken whole at their start.
    depth: usize,
    text: String,
}

/// Items with offsets into the body, before positions are known.
#[derive(Default)]
struct Found {
    links: Vec<(usize, Link)>,
    headings: Vec<(usize, Heading)>,
    checkboxes: Vec<(usize, Checkbox)>,
}

pub(super) fn read(text: &str, body: Range<usize>) -> Markdown {
    let src = &text[body.clone()];
    let mut found = Found::default();
    let mut open: Vec<OpenLink> = Vec::new();
    let mut gather: Option<Gather> = None;
    // Set at the start of a list item until its first inline content shows
    // whether it has a box: the item is quoted when true.
    let mut item: Option<bool> = None;
    let mut quotes = 0usize;
    // Plain text outside code and links, read for bare URLs when it ends;
    // a body without `://` has none, and its runs are not searched.
    let mut run: Option<Range<usize>> = None;
    let bare = memchr::memmem::find(src.as_bytes(), b"://").is_some();
    let mut code = false;
    let mut events = Parser::new_ext(src, options()).into_offset_iter();
    for (event, range) in events.by_ref() {
        if let Some(top) = open.last_mut()
            && !matches!(event, Event::End(TagEnd::Link | TagEnd::Image))
        {
            top.inner_end = top.inner_end.max(range.end);
        }
        match (&event, run.as_mut()) {
            (Event::Text(_), _) if code || !open.is_empty() => {}
            (Event::Text(_), Some(r)) if r.end == range.start => r.end = range.end,
            (e, r) => {
                if let Some(r) = r.filter(|_| bare).map(|r| r.clone()) {
                    bare_urls(src, r, &mut found);
                }
                run = matches!(e, Event::Text(_)).then(|| range.clone());
            }
        }
        if let Some(quoted) = item.take() {
            gather = gather.or_else(|| checkbox(src, &event, &range, quoted, &mut item));
        }
        if let Some(g) = gather.as_mut()
            && !g.take(src, &event, &range)
        {
            let g = gather.take().expect("gathering");
            g.finish(&mut found);
        }
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => open.push(OpenLink::new(
                link_type,
                false,
                dest_url.into_string(),
                &range,
            )),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                ..
            }) => open.push(OpenLink::new(
                link_type,
                true,
                dest_url.into_string(),
                &range,
            )),
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some(link) = open.pop() {
                    if let Some(outer) = open.last_mut() {
                        outer.inner_end = outer.inner_end.max(range.end);
                    }
                    let at = target_start(src, &link);
                    found.links.push((at, link.into_link()));
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                gather = Some(Gather::new(
                    Owner::Heading {
                        level: level as u8,
                        start: range.start,
                    },
                    range.start,
                ));
            }
            Event::Start(Tag::CodeBlock(_)) => code = true,
            Event::End(TagEnd::CodeBlock) => code = false,
            Event::Start(Tag::BlockQuote(_)) => quotes += 1,
            Event::End(TagEnd::BlockQuote(_)) => quotes = quotes.saturating_sub(1),
            Event::Start(Tag::Item) => item = Some(quotes > 0),
            _ => {}
        }
    }
    if let Some(r) = run.filter(|_| bare) {
        bare_urls(src, r, &mut found);
    }
    if let Some(g) = gather.take() {
        g.finish(&mut found);
    }
    for (_, def) in events.reference_definitions().iter() {
        if let Some(at) = definition_target(src, def.span.clone()) {
            found.links.push((
                at,
                Link {
                    kind: LinkKind::Definition,
                    image: false,
                    target: def.dest.to_string(),
                    at: NOWHERE,
                },
            ));
        }
    }
    found.position(text, body.start)
}

/// Takes the bare URLs of a stretch of plain text.
fn bare_urls(src: &str, run: Range<usize>, found: &mut Found) {
    for (at, target) in super::bare::urls(src, run) {
        let link = Link {
            kind: LinkKind::Bare,
            image: false,
            target,
            at: NOWHERE,
        };
        found.links.push((at, link));
    }
}

/// A placeholder until [`Found::position`] fills positions in.
const NOWHERE: Position = Position {
    offset: 0,
    line: 0,
    column: 0,
};

/// At the first event of a list item: a checkbox to gather the text of,
/// when the item starts with one. `item` stays set while the item's
/// paragraph has only been opened (a loose list).
fn checkbox(
    src: &str,
    event: &Event<'_>,
    range: &Range<usize>,
    quoted: bool,
    item: &mut Option<bool>,
) -> Option<Gather> {
    let (done, malformed, start, from) = match event {
        Event::Start(Tag::Paragraph) => {
            *item = Some(quoted);
            return None;
        }
        Event::TaskListMarker(done) => (*done, false, range.start, range.end),
        Event::Text(_) if empty_box(&src[range.start..]) => {
            (false, true, range.start, range.start + 2)
        }
        _ => return None,
    };
    let owner = Owner::Checkbox {
        done,
        malformed,
        quoted,
        start,
    };
    Some(Gather::new(owner, from))
}

/// True when `rest` starts with the malformed box `[]` followed by a space,
/// a tab or the end of the line.
fn empty_box(rest: &str) -> bool {
    rest.strip_prefix("[]")
        .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t', '\n', '\r']))
}

impl Gather {
    fn new(owner: Owner, from: usize) -> Gather {
        Gather {
            owner,
            from,
            depth: 0,
            text: String::new(),
        }
    }

    /// Takes one event's text; false when the event ends the text (the end
    /// of the paragraph or heading, a block inside the item, or the end of
    /// a checkbox's line).
    fn take(&mut self, src: &str, event: &Event<'_>, range: &Range<usize>) -> bool {
        let inline = match event {
            Event::Start(tag) => is_inline(tag),
            Event::End(tag) => is_inline_end(tag),
            Event::Html(_) | Event::Rule | Event::DisplayMath(_) => false,
            _ => true,
        };
        if !inline {
            return false;
        }
        let top = self.depth == 0;
        match event {
            Event::Start(_) => self.depth += 1,
            Event::End(_) => {
                self.depth = self.depth.saturating_sub(1);
                return true;
            }
            _ => {}
        }
        if !top || range.end <= self.from {
            return true;
        }
        match event {
            // A checkbox's text is its line: what follows a line break
            // may be a paragraph the writer meant as their own.
            Event::SoftBreak | Event::HardBreak if matches!(self.owner, Owner::Checkbox { .. }) => {
                return false;
            }
            Event::SoftBreak | Event::HardBreak => self.text.push(' '),
            Event::InlineHtml(html) if html.starts_with("<!--") => {}
            Event::TaskListMarker(_) => {}
            _ => push_one_line(&mut self.text, &src[range.start.max(self.from)..range.end]),
        }
        true
    }

    fn finish(self, found: &mut Found) {
        let text = self.text.trim().to_string();
        match self.owner {
            Owner::Heading { level, start } => found.headings.push((
                start,
                Heading {
                    level,
                    text,
                    at: NOWHERE,
                },
            )),
            Owner::Checkbox {
                done,
                malformed,
                quoted,
                start,
            } => found.checkboxes.push((
                start,
                Checkbox {
                    done,
                    malformed,
                    quoted,
                    text,
                    at: NOWHERE,
                },
            )),
        }
    }
}

fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_inline_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

fn kind_of(link_type: LinkType) -> LinkKind {
    match link_type {
        LinkType::Inline => LinkKind::Inline,
        LinkType::Autolink => LinkKind::Autolink,
        LinkType::Email => LinkKind::Email,
        _ => LinkKind::Reference,
    }
}

impl OpenLink {
    fn new(link_type: LinkType, image: bool, target: String, range: &Range<usize>) -> OpenLink {
        OpenLink {
            kind: kind_of(link_type),
            image,
            target,
            start: range.start,
            // Just after `[` (of `![` for an image: its `[`), where the
            // search for the closing `]` of an empty text starts.
            inner_end: range.start + 1 + usize::from(image),
        }
    }

    fn into_link(self) -> Link {
        Link {
            kind: self.kind,
            image: self.image,
            target: self.target,
            at: NOWHERE,
        }
    }
}

/// Where a link's target is written: after `](` for an inline link (the
/// `]` is the first after the link text's last event), inside `<…>` for an
/// autolink, the link itself for a reference link.
fn target_start(src: &str, link: &OpenLink) -> usize {
    match link.kind {
        LinkKind::Autolink | LinkKind::Email => link.start + 1,
        LinkKind::Inline => memchr::memchr(b']', &src.as_bytes()[link.inner_end..])
            .map(|i| link.inner_end + i + 1)
            .filter(|&paren| src.as_bytes().get(paren) == Some(&b'('))
            .map_or(link.start, |paren| skip_space(src, paren + 1)),
        _ => link.start,
    }
}

/// Where the target of a reference definition `[label]: target` starts:
/// after the label's first unescaped `]` and its colon.
fn definition_target(src: &str, span: Range<usize>) -> Option<usize> {
    let bytes = src.as_bytes();
    let mut i = span.start + 1;
    while i < span.end {
        match bytes[i] {
            b'\\' => i += 2,
            b']' => break,
            _ => i += 1,
        }
    }
    (bytes.get(i + 1) == Some(&b':')).then(|| skip_space(src, i + 2))
}

/// The first offset at or after `at` that is not a space, a tab or a line
/// ending.
fn skip_space(src: &str, at: usize) -> usize {
    at + src.as_bytes()[at.min(src.len())..]
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .count()
}

impl Found {
    /// Sorts each list by offset and gives every item its position in the
    /// file whose body starts at `base`.
    fn position(mut self, text: &str, base: usize) -> Markdown {
        self.links.sort_by_key(|(at, _)| *at);
        self.headings.sort_by_key(|(at, _)| *at);
        self.checkboxes.sort_by_key(|(at, _)| *at);
        let mut out = Markdown::default();
        if self.links.is_empty() && self.headings.is_empty() && self.checkboxes.is_empty() {
            return out;
        }
        let index = LineIndex::from(text, base);
        let at = |offset: usize| {
            let (line, column) = index.position(base + offset);
            Position {
                offset: base + offset,
                line,
                column,
            }
        };
        out.links = self
            .links
            .into_iter()
            .map(|(o, l)| Link { at: at(o), ..l })
            .collect();
        out.headings = self
            .headings
            .into_iter()
            .map(|(o, h)| Heading { at: at(o), ..h })
            .collect();
        out.checkboxes = self
            .checkboxes
            .into_iter()
            .map(|(o, c)| Checkbox { at: at(o), ..c })
            .collect();
        out
    }
}

/// Appends raw source text as one line: a code span or other inline that
/// runs over a line break (`a `b\nc` d` under a `===` line) keeps a space
/// where the break was, as Markdown shows it, so a title or an action
/// item's text never holds a line break.
fn push_one_line(out: &mut String, raw: &str) {
    if !raw.contains(['\n', '\r']) {
        out.push_str(raw);
        return;
    }
    let mut after_break = false;
    for c in raw.chars() {
        if c == '\n' || c == '\r' {
            if !after_break {
                out.push(' ');
            }
            after_break = true;
        } else {
            out.push(c);
            after_break = false;
        }
    }
}
