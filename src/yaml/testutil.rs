//! Helpers shared by the parser's tests.

use super::*;

/// The origin of a text that is a whole file.
pub(crate) const START: Pos = Pos {
    offset: 0,
    line: 1,
    column: 1,
};

/// The root of `text`, which must parse to a node.
pub(crate) fn doc(text: &str) -> Node {
    match parse(text, START, &Limits::default()) {
        Ok(Some(node)) => node,
        other => panic!("{text:?} gave {other:?}"),
    }
}

/// The error that `text` must give under `limits`.
pub(crate) fn err(text: &str, limits: &Limits) -> YamlError {
    match parse(text, START, limits) {
        Err(e) => e,
        Ok(n) => panic!("{text:?} parsed as {n:?}"),
    }
}

/// The bytes of `text` that `n` spans.
pub(crate) fn slice<'a>(text: &'a str, n: &Node) -> &'a str {
    &text[n.span.start.offset..n.span.end.offset]
}

/// A position, briefly.
pub(crate) fn pos(offset: usize, line: usize, column: usize) -> Pos {
    Pos {
        offset,
        line,
        column,
    }
}
