//! YAML for front matter: a parser that keeps byte-exact positions, and a
//! small emitter.
//!
//! Every diagnostic of `gov` points at the file, line and column of a key or
//! value, and `gov set` edits a value in place by splicing bytes, so the tree
//! built here carries spans with byte offsets into the whole file as well as
//! human line and column numbers. Parsing is defensive: depth, node count and
//! alias expansion are bounded, so hostile input fails fast with a typed
//! error instead of exhausting the stack or memory.

mod build;
mod emit;
mod locate;
mod node;
mod parse;
mod resolve;
mod spans;
mod tree;
mod words;

#[cfg(test)]
mod emit_tests;
#[cfg(test)]
mod limits_tests;
#[cfg(test)]
mod parse_tests;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod testutil;

pub use emit::{flow_scalar, scalar, to_block, to_flow};
pub use parse::parse;

/// A position in the file, so diagnostics can name a line and column and
/// edits can splice bytes.
///
/// `offset` is a byte offset into the whole file; `line` and `column` are
/// 1-based, the column counted in characters (Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Pos {
    /// Byte offset into the whole file, for slicing and splicing.
    pub offset: usize,
    /// 1-based line number, for humans.
    pub line: usize,
    /// 1-based column in characters, for humans.
    pub column: usize,
}

/// The stretch of the file a node was written in, so a value can be shown
/// or replaced exactly as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Span {
    /// The first byte of the node.
    pub start: Pos,
    /// Just past the last byte of the node (exclusive).
    pub end: Pos,
}

/// The resolved value of a node; collections hold nodes so that every
/// element keeps its own position.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `~`, `null`, `Null`, `NULL` or nothing at all.
    Null,
    /// `true`/`false` in the core schema's spellings.
    Bool(bool),
    /// A decimal, `0x` or `0o` integer that fits in an `i64`.
    Int(i64),
    /// A decimal float, `.inf` or `.nan`.
    Float(f64),
    /// Any other scalar, and every quoted or block scalar.
    String(String),
    /// A block or flow sequence.
    Seq(Vec<Node>),
    /// A block or flow mapping, in document order, duplicates kept.
    Map(Vec<Entry>),
}

/// One key/value pair of a mapping; both sides keep their positions.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key as written.
    pub key: Node,
    /// The value as written.
    pub value: Node,
}

/// A value together with where and how it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What the node means.
    pub value: Value,
    /// Where it was written (for an alias: where the alias was written).
    pub span: Span,
    /// How it was written, so edits can keep the author's style.
    pub style: Style,
}

/// How the node was written: Plain, SingleQuoted, DoubleQuoted, Literal,
/// Folded scalars; Block or Flow collections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// An unquoted scalar, resolved by the core schema.
    Plain,
    /// A `'single quoted'` scalar.
    SingleQuoted,
    /// A `"double quoted"` scalar.
    DoubleQuoted,
    /// A `|` block scalar.
    Literal,
    /// A `>` block scalar.
    Folded,
    /// An indentation-based sequence or mapping.
    Block,
    /// A `[...]` or `{...}` collection (or a pair inside one).
    Flow,
}

/// Why the YAML could not be read, and where, so the user can fix it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{kind} (line {}, column {})", pos.line, pos.column)]
pub struct YamlError {
    /// Where the problem was found, in file coordinates.
    pub pos: Pos,
    /// What the problem is.
    pub kind: YamlErrorKind,
}

/// The kinds of YAML failure; the `Display` text is a plain English sentence
/// fragment without position.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum YamlErrorKind {
    /// The text is not valid YAML; the message says what the reader expected.
    #[error("{0}")]
    Syntax(String),
    /// Collections are nested deeper than the limit allows.
    #[error("collections are nested more than {limit} levels deep")]
    TooDeep {
        /// The depth limit in force.
        limit: usize,
    },
    /// The document has more nodes than the limit allows.
    #[error("the document has more than {limit} values")]
    TooManyNodes {
        /// The node limit in force.
        limit: usize,
    },
    /// Expanding aliases would produce more nodes than the limit allows.
    #[error("aliases expand to more than {limit} values")]
    AliasBudget {
        /// The node limit in force.
        limit: usize,
    },
    /// Expanding aliases would copy more text than the limit allows (a few
    /// aliases to one huge scalar are as much a bomb as many small ones).
    #[error("aliases copy more than {limit} bytes of text")]
    AliasBytes {
        /// The byte limit in force.
        limit: usize,
    },
    /// An alias names an anchor that is not defined before it (or that is
    /// still open, which would make the value contain itself).
    #[error("the alias `*{0}` refers to no anchor defined before it")]
    UnknownAnchor(String),
    /// The text holds a second YAML document, which front matter cannot have.
    #[error("found a second YAML document where only one is allowed")]
    MultipleDocuments,
}

/// Bounds that keep parsing of hostile input cheap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Deepest nesting of sequences and mappings (aliases included). Values
    /// above [`MAX_DEPTH_CAP`] are treated as that cap, because the tree is
    /// dropped, cloned and compared recursively.
    pub max_depth: usize,
    /// Most nodes in the tree, counting every node that alias expansion
    /// produces, so an alias bomb fails before it allocates.
    pub max_nodes: usize,
    /// Most bytes of scalar text that alias expansion may copy, so aliases
    /// to one huge scalar cannot exhaust memory either.
    pub max_alias_bytes: usize,
}

/// The hard ceiling on [`Limits::max_depth`], so recursive code over a parsed
/// tree can never exhaust the stack.
pub const MAX_DEPTH_CAP: usize = 255;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 64,
            max_nodes: 100_000,
            max_alias_bytes: 1 << 20,
        }
    }
}
