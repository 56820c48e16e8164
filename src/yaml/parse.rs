//! The parser: `saphyr-parser` events in, a positioned [`Node`] tree out.
//!
//! The tree is built without recursion from the event stream, with limits on
//! depth and node count checked before anything is allocated for a node, and
//! with aliases expanded only at the end (see [`Tmp`]).

use std::collections::HashMap;
use std::rc::Rc;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Tag};

use super::locate::Locator;
use super::tree::Tmp;
use super::{Limits, MAX_DEPTH_CAP, Node, Pos, Span, Style, Value, YamlError, YamlErrorKind};
use super::{resolve, spans};

/// Parse `text`, which starts at `origin` in its file (so a front matter
/// block that begins on line 2 of the file gets spans in file coordinates:
/// pass the `Pos` of its first byte). Returns `Ok(None)` for an empty
/// document (only whitespace and comments).
///
/// Duplicate keys are kept (see [`Node::duplicate_keys`]) so validation can
/// report them with both positions. An origin line or column of 0 is read
/// as 1.
///
/// # Errors
/// A [`YamlError`] positioned in file coordinates when the text is not
/// valid YAML, holds more than one document, or exceeds `limits`.
pub fn parse(text: &str, origin: Pos, limits: &Limits) -> Result<Option<Node>, YamlError> {
    let loc = Locator::new(text, origin);
    let mut b = Builder {
        loc: &loc,
        max_depth: limits.max_depth.min(MAX_DEPTH_CAP),
        max_nodes: limits.max_nodes,
        nodes: 0,
        frames: Vec::new(),
        anchors: HashMap::new(),
        prev_end: 0,
    };
    let mut parser = Parser::new_from_str(text);
    let mut seen_document = false;
    let mut root = None;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|e| b.scan_error(&e))?;
        let (start, end) = (span.start.index(), span.end.index());
        match event {
            Event::StreamEnd => break,
            Event::DocumentStart(_) if seen_document => {
                return Err(b.error(start, YamlErrorKind::MultipleDocuments));
            }
            Event::DocumentStart(_) => seen_document = true,
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => {}
            Event::Scalar(value, style, anchor, tag) => {
                let tmp = b.scalar(
                    &value,
                    style,
                    anchor != 0 || tag.is_some(),
                    &tag,
                    start,
                    end,
                )?;
                root = b.complete(tmp, 1, 0, anchor).or(root);
            }
            Event::Alias(id) => root = b.alias(id, start, end)?.or(root),
            Event::SequenceStart(anchor, tag) => {
                b.open(false, anchor, anchor != 0 || tag.is_some(), start, end)?;
            }
            Event::MappingStart(anchor, _) => b.open(true, anchor, true, start, end)?,
            Event::SequenceEnd | Event::MappingEnd => root = b.close(start, end)?.or(root),
        }
        b.prev_end = b.prev_end.max(end);
    }
    Ok(root.map(|t| t.finish(None)))
}

/// An anchored node and what an alias to it costs.
struct Anchored {
    node: Rc<Tmp>,
    /// Nodes in it, aliases expanded.
    size: usize,
    /// Levels of collections in it (0 for a scalar).
    height: usize,
}

/// A collection whose end has not been seen yet.
struct Frame {
    is_map: bool,
    style: Style,
    /// Character index where it starts.
    start: usize,
    anchor: usize,
    items: Vec<Tmp>,
    key: Option<Tmp>,
    entries: Vec<(Tmp, Tmp)>,
    /// The node count before this collection was opened.
    nodes_before: usize,
    /// The greatest height of its children.
    height: usize,
}

/// The state of one parse.
struct Builder<'l, 't> {
    loc: &'l Locator<'t>,
    max_depth: usize,
    max_nodes: usize,
    nodes: usize,
    frames: Vec<Frame>,
    anchors: HashMap<usize, Anchored>,
    /// Where the previous event ended (character index).
    prev_end: usize,
}

impl Builder<'_, '_> {
    fn error(&self, at: usize, kind: YamlErrorKind) -> YamlError {
        YamlError {
            pos: self.loc.pos(at),
            kind,
        }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.loc.pos(start),
            end: self.loc.pos(end.max(start)),
        }
    }

    fn scan_error(&self, e: &ScanError) -> YamlError {
        let at = e.marker().index();
        if e.info().contains("tab") {
            if let Some(tab) = spans::indentation_tab(self.loc, at) {
                let message = "found a tab character where indentation was expected";
                return self.error(tab, YamlErrorKind::Syntax(message.to_owned()));
            }
        }
        let kind = match e.info() {
            "recursion limit exceeded" => YamlErrorKind::TooDeep {
                limit: self.max_depth,
            },
            "while parsing node, found unknown anchor" => {
                YamlErrorKind::UnknownAnchor(spans::alias_name(self.loc, at))
            }
            info => YamlErrorKind::Syntax(plain_english(info)),
        };
        self.error(at, kind)
    }

    /// Counts `n` more nodes, failing before they are built if that is too
    /// many.
    fn count(&mut self, n: usize, by_alias: bool, at: usize) -> Result<(), YamlError> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes <= self.max_nodes {
            return Ok(());
        }
        let limit = self.max_nodes;
        Err(self.error(
            at,
            match by_alias {
                true => YamlErrorKind::AliasBudget { limit },
                false => YamlErrorKind::TooManyNodes { limit },
            },
        ))
    }

    fn check_depth(&self, extra: usize, at: usize) -> Result<(), YamlError> {
        if self.frames.len().saturating_add(extra) > self.max_depth {
            return Err(self.error(
                at,
                YamlErrorKind::TooDeep {
                    limit: self.max_depth,
                },
            ));
        }
        Ok(())
    }

    fn scalar(
        &mut self,
        text: &str,
        style: ScalarStyle,
        has_props: bool,
        tag: &Option<std::borrow::Cow<'_, Tag>>,
        start: usize,
        end: usize,
    ) -> Result<Tmp, YamlError> {
        self.count(1, false, start)?;
        let (start, end) = match style {
            ScalarStyle::Literal | ScalarStyle::Folded => {
                spans::block_scalar(self.loc, self.prev_end, start, end, has_props)
            }
            ScalarStyle::Plain if text.is_empty() && !has_props => {
                let at = spans::empty_scalar(self.loc, self.prev_end, start);
                (at, at)
            }
            _ => (start, end),
        };
        let is_str_tag = tag
            .as_ref()
            .is_some_and(|t| format!("{}{}", t.handle, t.suffix) == "tag:yaml.org,2002:str");
        let (value, style) = match style {
            ScalarStyle::Plain if is_str_tag => (Value::String(text.to_owned()), Style::Plain),
            ScalarStyle::Plain => (resolve::plain(text), Style::Plain),
            ScalarStyle::SingleQuoted => (Value::String(text.to_owned()), Style::SingleQuoted),
            ScalarStyle::DoubleQuoted => (Value::String(text.to_owned()), Style::DoubleQuoted),
            ScalarStyle::Literal => (Value::String(text.to_owned()), Style::Literal),
            ScalarStyle::Folded => (Value::String(text.to_owned()), Style::Folded),
        };
        let span = self.span(start, end);
        Ok(Tmp::Leaf(Node { value, span, style }))
    }

    fn alias(&mut self, id: usize, start: usize, end: usize) -> Result<Option<Tmp>, YamlError> {
        let Some(a) = self.anchors.get(&id) else {
            let name = spans::alias_name(self.loc, start);
            return Err(self.error(start, YamlErrorKind::UnknownAnchor(name)));
        };
        let (node, size, height) = (Rc::clone(&a.node), a.size, a.height);
        self.check_depth(height, start)?;
        self.count(size, true, start)?;
        let span = self.span(start, end);
        Ok(self.complete(Tmp::Alias(node, span), size, height, 0))
    }

    fn open(
        &mut self,
        is_map: bool,
        anchor: usize,
        has_props: bool,
        start: usize,
        end: usize,
    ) -> Result<(), YamlError> {
        self.check_depth(1, start)?;
        self.count(1, false, start)?;
        let parent = self.frames.last();
        let opens_flow = end > start && matches!(self.loc.char_at(end - 1), Some('[' | '{'));
        let style = match parent.map(|p| p.style) {
            Some(Style::Flow) => Style::Flow,
            _ if opens_flow => Style::Flow,
            _ => Style::Block,
        };
        let start = if style == Style::Block && !is_map && !has_props {
            let from = match parent {
                Some(p) if !p.is_map && p.items.is_empty() => self.prev_end.max(p.start + 1),
                _ => self.prev_end,
            };
            spans::block_seq_start(self.loc, from, start)
        } else {
            start
        };
        self.frames.push(Frame {
            is_map,
            style,
            start,
            anchor,
            items: Vec::new(),
            key: None,
            entries: Vec::new(),
            nodes_before: self.nodes - 1,
            height: 0,
        });
        Ok(())
    }

    fn close(&mut self, start: usize, end: usize) -> Result<Option<Tmp>, YamlError> {
        let Some(f) = self.frames.pop() else {
            let kind =
                YamlErrorKind::Syntax("found the end of a collection that never began".into());
            return Err(self.error(start, kind));
        };
        let mut span = self.span(f.start, f.start);
        let last = f.entries.last().map(|(_, v)| v).or(f.items.last());
        if f.style == Style::Flow && end > start {
            span.end = self.loc.pos(end);
        } else if let Some(last) = last {
            span.end = last.span().end;
        }
        let size = self.nodes - f.nodes_before;
        let height = f.height + 1;
        let tmp = if f.is_map {
            let mut entries = f.entries;
            if let Some(key) = f.key {
                let value = Tmp::Leaf(Node {
                    value: Value::Null,
                    span: Span {
                        start: key.span().end,
                        end: key.span().end,
                    },
                    style: Style::Plain,
                });
                entries.push((key, value));
            }
            Tmp::Map {
                entries,
                span,
                style: f.style,
            }
        } else {
            Tmp::Seq {
                items: f.items,
                span,
                style: f.style,
            }
        };
        Ok(self.complete(tmp, size, height, f.anchor))
    }

    /// Files a finished node under its anchor and into its parent; returns it
    /// when it is the document's root.
    fn complete(&mut self, tmp: Tmp, size: usize, height: usize, anchor: usize) -> Option<Tmp> {
        let tmp = if anchor == 0 {
            tmp
        } else {
            let node = Rc::new(tmp);
            let entry = Anchored {
                node: Rc::clone(&node),
                size,
                height,
            };
            self.anchors.insert(anchor, entry);
            Tmp::Shared(node)
        };
        let Some(parent) = self.frames.last_mut() else {
            return Some(tmp);
        };
        parent.height = parent.height.max(height);
        if !parent.is_map {
            parent.items.push(tmp);
        } else if let Some(key) = parent.key.take() {
            parent.entries.push((key, tmp));
        } else {
            parent.key = Some(tmp);
        }
        None
    }
}

/// Rewords the parser's most common messages for people who write front
/// matter by hand; others pass through.
fn plain_english(info: &str) -> String {
    let text = match info {
        "tabs disallowed within this context (block indentation)"
        | "tab cannot be used as indentation" => {
            "found a tab character where indentation was expected"
        }
        "tabs disallowed in this context" => "found a tab character where it is not allowed",
        "unexpected eof" => "the text ended in the middle of a value",
        "simple key expect ':'" => "expected `:` after this key",
        "mapping values are not allowed in this context" => {
            "found `: ` where it is not allowed (quote a value that contains `: `)"
        }
        "while parsing a block mapping, did not find expected key" => {
            "expected a `key: value` line here (check the indentation)"
        }
        "invalid indentation" => "the indentation does not match the lines above",
        "while scanning a quoted scalar, found unexpected end of stream" => {
            "a quoted value is not closed"
        }
        "while parsing a node, did not find expected node content" => "expected a value here",
        other => other,
    };
    text.to_owned()
}
