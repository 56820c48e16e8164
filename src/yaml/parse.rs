//! The parser: `saphyr-parser` events in, a positioned [`Node`] tree out,
//! and the parser's errors reworded for people.

use saphyr_parser::{Event, Parser, ScanError};

use super::build::Builder;
use super::locate::Locator;
use super::spans;
use super::{Limits, Node, Pos, YamlError, YamlErrorKind};

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
    let mut b = Builder::new(&loc, limits);
    let mut parser = Parser::new_from_str(text);
    let mut seen_document = false;
    let mut root = None;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|e| scan_error(&b, &loc, &e))?;
        let (start, end) = (span.start.index(), span.end.index());
        match event {
            Event::StreamEnd => break,
            Event::DocumentStart(_) if seen_document => {
                return Err(b.error(start, YamlErrorKind::MultipleDocuments));
            }
            event => {
                seen_document |= matches!(event, Event::DocumentStart(_));
                root = b.event(event, start, end)?.or(root);
            }
        }
    }
    Ok(root.map(|t| t.finish(None)))
}

/// The parser's error as a [`YamlError`] in file coordinates, reworded and
/// classified where a typed kind fits.
fn scan_error(b: &Builder<'_, '_>, loc: &Locator<'_>, e: &ScanError) -> YamlError {
    let at = e.marker().index();
    if e.info().contains("tab")
        && let Some(tab) = spans::indentation_tab(loc, at)
    {
        let message = "found a tab character where indentation was expected";
        return b.error(tab, YamlErrorKind::Syntax(message.to_owned()));
    }
    let kind = match e.info() {
        "recursion limit exceeded" => YamlErrorKind::TooDeep { limit: b.max_depth },
        "while parsing node, found unknown anchor" => {
            YamlErrorKind::UnknownAnchor(spans::alias_name(loc, at))
        }
        info => YamlErrorKind::Syntax(plain_english(info)),
    };
    b.error(at, kind)
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
        "while parsing a flow sequence, expected ',' or ']'" => {
            "expected `,` or `]` in a `[…]` list"
        }
        "while parsing a flow mapping, did not find expected ',' or '}'" => {
            "expected `,` or `}` in a `{…}` map"
        }
        "while parsing a block collection, did not find expected '-' indicator" => {
            "expected a `- ` item here (check the indentation)"
        }
        other => other,
    };
    text.to_owned()
}
