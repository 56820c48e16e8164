//! The tree under construction, where anchored nodes are shared instead of
//! copied, so an alias costs nothing until the final tree is built — and by
//! then its size has already been counted against the node budget.

use std::rc::Rc;

use super::{Entry, Node, Span, Style, Value};

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
