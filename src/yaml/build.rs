//! Building the tree from parser events, without recursion, with limits on
//! depth and node count checked before anything is allocated for a node,
//! and with aliases kept as shared references until the end (see [`Tmp`]).

use std::collections::HashMap;
use std::rc::Rc;

use saphyr_parser::{Event, ScalarStyle, Tag};

use super::locate::Locator;
use super::tree::{Anchored, Cost, Frame, Tmp};
use super::{Limits, MAX_DEPTH_CAP, Node, Span, Style, Value, YamlError, YamlErrorKind};
use super::{resolve, spans};
use crate::unicode;

/// The state of one parse.
pub(crate) struct Builder<'l, 't> {
    loc: &'l Locator<'t>,
    /// The depth limit in force (capped).
    pub(crate) max_depth: usize,
    max_nodes: usize,
    max_alias_bytes: usize,
    nodes: usize,
    /// Bytes of scalar text in the tree so far, aliases expanded.
    bytes: usize,
    /// Bytes of scalar text that aliases have copied so far.
    alias_bytes: usize,
    frames: Vec<Frame>,
    anchors: HashMap<usize, Anchored>,
    /// Where the previous event ended (character index).
    prev_end: usize,
}

impl<'l, 't> Builder<'l, 't> {
    /// A builder for text indexed by `loc`, within `limits`.
    pub(crate) fn new(loc: &'l Locator<'t>, limits: &Limits) -> Self {
        Builder {
            loc,
            max_depth: limits.max_depth.min(MAX_DEPTH_CAP),
            max_nodes: limits.max_nodes,
            max_alias_bytes: limits.max_alias_bytes,
            nodes: 0,
            bytes: 0,
            alias_bytes: 0,
            frames: Vec::new(),
            anchors: HashMap::new(),
            prev_end: 0,
        }
    }

    /// Takes in one event spanning characters `start..end`; returns the
    /// document's root once it is complete.
    pub(crate) fn event(
        &mut self,
        event: Event<'_>,
        start: usize,
        end: usize,
    ) -> Result<Option<Tmp>, YamlError> {
        let done = match event {
            Event::Scalar(value, style, anchor, tag) => {
                self.scalar(&value, style, anchor, tag.as_deref(), start, end)?
            }
            Event::Alias(id) => self.alias(id, start, end)?,
            Event::SequenceStart(anchor, tag) => {
                self.open(false, anchor, anchor != 0 || tag.is_some(), start, end)?;
                None
            }
            Event::MappingStart(anchor, _) => {
                self.open(true, anchor, true, start, end)?;
                None
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(start, end)?,
            // Stream and document events carry no node.
            _ => None,
        };
        self.prev_end = self.prev_end.max(end);
        Ok(done)
    }

    /// An error at character `at`.
    pub(crate) fn error(&self, at: usize, kind: YamlErrorKind) -> YamlError {
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
            if by_alias {
                YamlErrorKind::AliasBudget { limit }
            } else {
                YamlErrorKind::TooManyNodes { limit }
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
        anchor: usize,
        tag: Option<&Tag>,
        start: usize,
        end: usize,
    ) -> Result<Option<Tmp>, YamlError> {
        self.count(1, false, start)?;
        self.bytes = self.bytes.saturating_add(text.len());
        let has_props = anchor != 0 || tag.is_some();
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
        let (value, style) = match resolve::scalar(text, style, tag) {
            // Keys and values alike, so `å` typed as `a` + ring is the same
            // word as `å` (DEC-0033); spans still point at the bytes as written.
            (Value::String(s), style) => (Value::String(unicode::nfc_string(s)), style),
            other => other,
        };
        let span = self.span(start, end);
        let cost = Cost {
            nodes: 1,
            bytes: text.len(),
            height: 0,
        };
        Ok(self.complete(Tmp::Leaf(Node { value, span, style }), cost, anchor))
    }

    fn alias(&mut self, id: usize, start: usize, end: usize) -> Result<Option<Tmp>, YamlError> {
        let Some(a) = self.anchors.get(&id) else {
            let name = spans::alias_name(self.loc, start);
            return Err(self.error(start, YamlErrorKind::UnknownAnchor(name)));
        };
        let (node, cost) = (Rc::clone(&a.node), a.cost);
        self.check_depth(cost.height, start)?;
        self.count(cost.nodes, true, start)?;
        self.alias_bytes = self.alias_bytes.saturating_add(cost.bytes);
        if self.alias_bytes > self.max_alias_bytes {
            let limit = self.max_alias_bytes;
            return Err(self.error(start, YamlErrorKind::AliasBytes { limit }));
        }
        self.bytes = self.bytes.saturating_add(cost.bytes);
        let span = self.span(start, end);
        Ok(self.complete(Tmp::Alias(node, span), cost, 0))
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
        // Only a sequence that is a block mapping's value can be written
        // without indentation, which is when the parser's start is late.
        let in_block_map = parent.is_some_and(|p| p.is_map && p.style == Style::Block);
        let start = if style == Style::Block && !is_map && !has_props && in_block_map {
            spans::block_seq_start(self.loc, self.prev_end, start)
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
            bytes_before: self.bytes,
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
            // The end event starts at the closing bracket; its own end runs
            // on to the next token, past any comment, so stop after the bracket.
            span.end = self.loc.pos(start + 1);
        } else if let Some(last) = last {
            span.end = last.span().end;
        }
        let cost = Cost {
            nodes: self.nodes - f.nodes_before,
            bytes: self.bytes - f.bytes_before,
            height: f.height + 1,
        };
        let tmp = if f.is_map {
            let mut entries = f.entries;
            // The parser always sends a value, even an empty one; be safe.
            if let Some(key) = f.key {
                let at = key.span().end;
                let span = Span { start: at, end: at };
                let (value, style) = (Value::Null, Style::Plain);
                entries.push((key, Tmp::Leaf(Node { value, span, style })));
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
        Ok(self.complete(tmp, cost, f.anchor))
    }

    /// Files a finished node under its anchor and into its parent; returns it
    /// when it is the document's root.
    fn complete(&mut self, tmp: Tmp, cost: Cost, anchor: usize) -> Option<Tmp> {
        let tmp = if anchor == 0 {
            tmp
        } else {
            let node = Rc::new(tmp);
            let entry = Anchored {
                node: Rc::clone(&node),
                cost,
            };
            self.anchors.insert(anchor, entry);
            Tmp::Shared(node)
        };
        let Some(parent) = self.frames.last_mut() else {
            return Some(tmp);
        };
        parent.height = parent.height.max(cost.height);
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
