//! Corrections to the spans that `saphyr-parser` reports, so that every span
//! covers exactly what was written and can be spliced.
//!
//! The parser's spans are right for flow collections and for plain and quoted
//! scalars, but:
//! - a block scalar's span starts at its first content line (missing the `|`
//!   or `>` header) and runs over trailing blank lines;
//! - an empty (null) value's span sits at the next token, often on a later
//!   line, instead of just after its `:` or `-` indicator;
//! - a block sequence that is not indented under its key starts after its
//!   first `- ` (at the inner `-` in `key:\n- - a`).
//!
//! All indices here are character indices, as the parser reports them.

use super::locate::{Locator, is_white};

/// Iterates over the characters from `from` to `to` that are not inside a
/// comment. A `#` starts a comment at the start of the range or after white
/// space, and the comment runs to the end of its line.
fn outside_comments<'a>(
    loc: &'a Locator<'_>,
    from: usize,
    to: usize,
) -> impl Iterator<Item = (usize, char)> + 'a {
    let mut in_comment = false;
    let mut prev_white = true;
    loc.chars(from, to).filter(move |&(_, c)| {
        if in_comment {
            in_comment = c != '\n' && c != '\r';
            prev_white = !in_comment;
            return false;
        }
        if c == '#' && prev_white {
            in_comment = true;
            return false;
        }
        prev_white = is_white(c);
        true
    })
}

/// The span `(start, end)` of a block scalar that the parser reported as
/// `start..end`; `prev_end` is where the previous event ended, and
/// `has_props` tells whether an anchor or tag (which the parser's span
/// already starts at) precedes the header.
pub(crate) fn block_scalar(
    loc: &Locator<'_>,
    prev_end: usize,
    start: usize,
    end: usize,
    has_props: bool,
) -> (usize, usize) {
    let header = if has_props || prev_end > start {
        start
    } else {
        outside_comments(loc, prev_end, start)
            .find(|&(_, c)| c == '|' || c == '>')
            .map_or(start, |(i, _)| i)
    };
    let line_end = loc
        .chars(header, end)
        .find(|&(_, c)| c == '\n' || c == '\r')
        .map_or(end, |(i, _)| i);
    let last = loc
        .chars(line_end, end)
        .filter(|&(_, c)| !is_white(c))
        .last()
        .map(|(i, _)| i + 1);
    let stop = match last {
        // Keep trailing blanks of the last content line: they are content.
        Some(last) => loc
            .chars(last, end)
            .find(|&(_, c)| c != ' ' && c != '\t')
            .map_or(end, |(i, _)| i),
        // No content: end with the header's last character, before any
        // comment.
        None => outside_comments(loc, header, line_end)
            .filter(|&(_, c)| !is_white(c))
            .last()
            .map_or(header, |(i, _)| i + 1),
    };
    (header, stop.max(header))
}

/// Where an empty (null) scalar is, given where the previous event ended and
/// where the parser placed it (at its `:`, `-` or `,` token, or just after
/// it): just after the last `:`, `-` or `?` indicator from `prev_end` up to
/// and including `at`, or else at `at` (never before `prev_end`).
pub(crate) fn empty_scalar(loc: &Locator<'_>, prev_end: usize, at: usize) -> usize {
    let mut found = at.max(prev_end);
    for (i, c) in outside_comments(loc, prev_end, at.saturating_add(1)) {
        if matches!(c, ':' | '-' | '?') {
            let next = loc.char_at(i + 1);
            if next.is_none_or(|n| is_white(n) || matches!(n, ',' | ']' | '}')) {
                found = i + 1;
            }
        }
    }
    found
}

/// Where a block sequence that is a block mapping's value, and that the
/// parser started at `start`, really starts: at the first `-` indicator after
/// the end of the previous event (its key).
pub(crate) fn block_seq_start(loc: &Locator<'_>, from: usize, start: usize) -> usize {
    outside_comments(loc, from, start.saturating_add(1))
        .find(|&(i, c)| c == '-' && loc.char_at(i + 1).is_none_or(is_white))
        .map_or(start, |(i, _)| i)
}

/// The anchor name of the alias written at `at` (`*name`).
pub(crate) fn alias_name(loc: &Locator<'_>, at: usize) -> String {
    loc.chars(at, loc.len())
        .skip_while(|&(_, c)| c == '*')
        .take_while(|&(_, c)| !is_white(c) && !matches!(c, ',' | '[' | ']' | '{' | '}'))
        .map(|(_, c)| c)
        .collect()
}

/// The first tab used as indentation (in the leading white space of a line)
/// on or after the line of `at`; the parser reports tab trouble at the start
/// of the token before it, or just past it.
pub(crate) fn indentation_tab(loc: &Locator<'_>, at: usize) -> Option<usize> {
    let mut leading = true;
    for (i, c) in loc.chars(loc.line_start(at), loc.len()) {
        match c {
            '\t' if leading => return Some(i),
            '\n' | '\r' => leading = true,
            ' ' | '\t' => {}
            _ => leading = false,
        }
    }
    None
}
