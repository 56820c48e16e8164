//! The tree under construction, where anchored nodes are shared instead of
//! copied, so an alias costs nothing until the final tree is built — and by
//! then its size has already been counted against the node budget.

use std::rc::Rc;

use super::{Entry, Node, Span, Style, Value};

/// What a node adds to the tree, aliases expanded, so an alias to it can be
/// charged before anything is copied.
#[derive(Clone, Copy)]
pub(crate) struct Cost {
    /// Nodes in it.
    pub(crate) nodes: usize,
    /// Bytes of scalar text in it.
    pub(crate) bytes: usize,
    /// Levels of collections in it (0 for a scalar).
    pub(crate) height: usize,
}

/// An anchored node and what an alias to it costs.
pub(crate) struct Anchored {
    pub(crate) node: Rc<Tmp>,
    pub(crate) cost: Cost,
}

/// A collection whose end has not been seen yet.
pub(crate) struct Frame {
    pub(crate) is_map: bool,
    pub(crate) style: Style,
    /// Character index where it starts.
    pub(crate) start: usize,
    pub(crate) anchor: usize,
    pub(crate) items: Vec<Tmp>,
    pub(crate) key: Option<Tmp>,
    pub(crate) entries: Vec<(Tmp, Tmp)>,
    /// The node count before this collection was opened.
    pub(crate) nodes_before: usize,
    /// The scalar byte count before this collection was opened.
    pub(crate) bytes_before: usize,
    /// The greatest height of its children.
    pub(crate) height: usize,
}

/// A node of the tree being built.
pub(crate) enum Tmp {
    /// A scalar, complete.
    Leaf(Node),
    /// A sequence and its items.
    Seq {
        /// The items in order.
        items: Vec<Tmp>,
        /// Where it was written.
        span: Span,
        /// Block or flow.
        style: Style,
    },
    /// A mapping and its entries.
    Map {
        /// The `(key, value)` pairs in order.
        entries: Vec<(Tmp, Tmp)>,
        /// Where it was written.
        span: Span,
        /// Block or flow.
        style: Style,
    },
    /// A node that carries an anchor; the anchor table holds it too.
    Shared(Rc<Tmp>),
    /// An alias to an anchored node, and where the alias was written.
    Alias(Rc<Tmp>, Span),
}

impl Tmp {
    /// Where the node was written.
    pub(crate) fn span(&self) -> Span {
        match self {
            Tmp::Leaf(n) => n.span,
            Tmp::Seq { span, .. } | Tmp::Map { span, .. } | Tmp::Alias(_, span) => *span,
            Tmp::Shared(rc) => match &**rc {
                Tmp::Leaf(n) => n.span,
                Tmp::Seq { span, .. } | Tmp::Map { span, .. } | Tmp::Alias(_, span) => *span,
                Tmp::Shared(_) => Span::default(),
            },
        }
    }

    /// The final node, with aliases expanded into copies whose outermost
    /// node has the alias's span. Recursion is bounded: the builder refused
    /// any tree (aliases expanded) deeper than the depth limit.
    pub(crate) fn finish(&self, span_override: Option<Span>) -> Node {
        match self {
            Tmp::Leaf(n) => Node {
                span: span_override.unwrap_or(n.span),
                ..n.clone()
            },
            Tmp::Seq { items, span, style } => Node {
                value: Value::Seq(items.iter().map(|t| t.finish(None)).collect()),
                span: span_override.unwrap_or(*span),
                style: *style,
            },
            Tmp::Map {
                entries,
                span,
                style,
            } => Node {
                value: Value::Map(
                    entries
                        .iter()
                        .map(|(k, v)| Entry {
                            key: k.finish(None),
                            value: v.finish(None),
                        })
                        .collect(),
                ),
                span: span_override.unwrap_or(*span),
                style: *style,
            },
            Tmp::Shared(rc) => rc.finish(span_override),
            Tmp::Alias(rc, span) => rc.finish(Some(span_override.unwrap_or(*span))),
        }
    }
}
