//! A fast path for [`BlobFacts::read`]: the front matter of almost every
//! version of a record is a flat list of `key: value` lines, which a line
//! scanner reads for a fraction of what the positioned YAML parser costs.
//!
//! The scanner only answers when it is sure to give what the full parse
//! gives ([`BlobFacts::read_full`]). Anything it does not fully understand
//! (a tab, a multi-line or escaped scalar, a value YAML would read as a
//! number, a boolean or null, a repeated key that history reads, nesting
//! deeper than one level) makes it answer `None`, and the caller parses.

use crate::config::Kind;
use crate::markdown::Markdown;
use crate::record::split;

use super::blob_facts::BlobFacts;

/// Front matter longer than this goes to the full parser, so the YAML
/// parser's node limit (100 000) can never apply to what is read here:
/// every node costs at least 1.5 bytes of text.
const MAX_FRONT: usize = 64 * 1024;

/// The longest key read here (YAML caps implicit keys at 1024 characters).
const MAX_KEY: usize = 128;

/// The keys history reads as one text.
const TEXT_KEYS: [&str; 4] = ["id", "status", "title", "superseded_by"];

/// The keys history reads as a list of texts.
const LIST_KEYS: [&str; 2] = ["approved_by", "deciders"];

/// Characters that may not start a plain scalar here (YAML's indicators,
/// some of which could start one in special cases, which are left out).
const INDICATORS: &str = "-?:,[]{}#&*!|>'\"%@`";

/// A value written on the line of its key or of its list dash.
enum Val<'a> {
    /// Nothing, or only a comment.
    Null,
    /// A plain scalar, as YAML reads it (spaces and comment dropped).
    Plain(&'a str),
    /// A quoted scalar, unescaped.
    Quoted(String),
    /// A one-line flow sequence of plain scalars.
    Flow(Vec<&'a str>),
}

/// What a key that history reads holds, as YAML would give it.
enum Field {
    /// A text key: its scalar text, `None` for null.
    Text(Option<String>),
    /// A list key: its strings.
    List(Vec<String>),
}

/// Who the indented lines under a key without a value belong to.
enum Owner {
    /// A key history does not read: its lines need only be valid.
    Unread,
    /// A text key, which a block would turn into a collection.
    Text,
    /// A list key, at this index of the fields read.
    List(usize),
}

/// The lines under a key whose line has no value.
struct Block {
    /// The key they belong to.
    owner: Owner,
    /// Their indentation, once the first one is seen.
    indent: Option<usize>,
    /// Whether they are list items (else `key: value` lines), once known.
    list: Option<bool>,
}

/// The facts of a record file, when its front matter has a shape this
/// scanner reads exactly as the full YAML parse does; `None` when it is
/// not sure, and the caller must use [`BlobFacts::read_full`].
///
/// Whenever it gives `Some(facts)`, `facts` equals what
/// [`BlobFacts::read_full`] gives for the same text and kind; the unit
/// tests, a property test and the `front_scan` fuzz target hold it to that.
pub fn quick_facts(text: &str, kind: &Kind) -> Option<BlobFacts> {
    let s = split(text);
    let fields = match &s.front {
        Some(front) if front.closed => scan(&text[front.yaml.clone()])?,
        // No front matter, or an unclosed one: no fields, nothing parsed.
        _ => Vec::new(),
    };
    let find = |key: &str| fields.iter().find(|(k, _)| *k == key).map(|(_, f)| f);
    Some(BlobFacts::assemble(
        kind,
        |key| match find(key) {
            Some(Field::Text(t)) => t.clone(),
            _ => None,
        },
        |key| match find(key) {
            Some(Field::List(l)) => l.clone(),
            _ => Vec::new(),
        },
        || {
            Markdown::read(text, s.body.clone())
                .title()
                .map(str::to_string)
        },
    ))
}

/// The fields history reads from the YAML of a front matter block, or
/// `None` when the block is not of the shape read here.
fn scan(yaml: &str) -> Option<Vec<(&'static str, Field)>> {
    if yaml.len() > MAX_FRONT {
        return None;
    }
    let mut fields: Vec<(&'static str, Field)> = Vec::new();
    let mut block: Option<Block> = None;
    for line in yaml.lines() {
        if !line.chars().all(printable) {
            return None;
        }
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        if body.is_empty() || body.starts_with('#') && indent == 0 {
            continue;
        }
        if indent == 0 && !body.starts_with('-') {
            let (key, rest) = key_line(body)?;
            let val = value(rest)?;
            let opens = matches!(val, Val::Null);
            let owner = match TEXT_KEYS.iter().chain(&LIST_KEYS).find(|k| **k == key) {
                None => Owner::Unread,
                Some(k) if fields.iter().any(|(f, _)| f == k) => return None,
                Some(k) => {
                    let list = LIST_KEYS.contains(k);
                    fields.push((k, field(val, list)?));
                    if list {
                        Owner::List(fields.len() - 1)
                    } else {
                        Owner::Text
                    }
                }
            };
            block = opens.then_some(Block {
                owner,
                indent: None,
                list: None,
            });
            continue;
        }
        // A list item or an indented key: only under a key without value,
        // all at one indentation and of one sort.
        let b = block.as_mut()?;
        let item = body.strip_prefix('-');
        if *b.indent.get_or_insert(indent) != indent
            || *b.list.get_or_insert(item.is_some()) != item.is_some()
        {
            return None;
        }
        match (item, &b.owner) {
            (None, Owner::Unread) => {
                value(key_line(body)?.1)?;
            }
            (Some(rest), Owner::Unread | Owner::List(_)) if rest.starts_with(' ') => {
                let text = match value(rest)? {
                    Val::Plain(p) if is_string(p) => p.to_string(),
                    Val::Plain(p) if matches!(b.owner, Owner::Unread) => p.to_string(),
                    Val::Quoted(q) => q,
                    _ => return None,
                };
                if let Owner::List(i) = b.owner
                    && let Field::List(items) = &mut fields[i].1
                {
                    items.push(text);
                }
            }
            _ => return None,
        }
    }
    Some(fields)
}

/// Whether `c` may appear in front matter read here: printable ASCII
/// and the printable characters YAML allows beyond it; no tab, no
/// control character, no byte order mark, no Unicode line separator.
fn printable(c: char) -> bool {
    matches!(c, ' '..='~')
        || c >= '\u{a0}'
            && !matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
            )
}

/// A `key:` line split into its key and what follows the colon, when the
/// key is a plain word and the colon is followed by a space or nothing.
fn key_line(body: &str) -> Option<(&str, &str)> {
    let end = body.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))?;
    let (key, rest) = body.split_at(end);
    let rest = rest.strip_prefix(':')?;
    let ok = !key.is_empty() && key.len() <= MAX_KEY && !key.starts_with('-');
    (ok && (rest.is_empty() || rest.starts_with(' '))).then_some((key, rest))
}

/// The value after a key's colon or a list dash (`rest` is empty or
/// starts with a space), when it is one of the shapes read here.
fn value(rest: &str) -> Option<Val<'_>> {
    let v = rest.trim_start_matches(' ');
    match v.chars().next() {
        None | Some('#') => Some(Val::Null),
        Some(q @ ('\'' | '"')) => quoted(&v[1..], q),
        Some('[') => flow(&v[1..]),
        Some(c) if INDICATORS.contains(c) => None,
        Some(_) => {
            let text = v.find(" #").map_or(v, |i| &v[..i]).trim_end_matches(' ');
            (!text.contains(": ") && !text.ends_with(':')).then_some(Val::Plain(text))
        }
    }
}

/// A quoted scalar closed on its line, `body` following the opening
/// quote `q`. Double-quoted text with a backslash is left to the parser.
fn quoted(body: &str, q: char) -> Option<Val<'_>> {
    let mut out = String::new();
    let mut chars = body.char_indices();
    let after = loop {
        let (i, c) = chars.next()?;
        if c == '\\' && q == '"' {
            return None;
        } else if c != q {
            out.push(c);
        } else if q == '\'' && body[i + 1..].starts_with('\'') {
            out.push('\'');
            chars.next();
        } else {
            break &body[i + 1..];
        }
    };
    only_comment(after).then_some(Val::Quoted(out))
}

/// A flow sequence of plain scalars closed on its line, `body` following
/// the `[`.
fn flow(body: &str) -> Option<Val<'_>> {
    let close = body.find(']')?;
    let inner = &body[..close];
    if !only_comment(&body[close + 1..]) || inner.contains(['[', '{', '}', '#', ':', '\'', '"']) {
        return None;
    }
    if inner.trim_matches(' ').is_empty() {
        return Some(Val::Flow(Vec::new()));
    }
    // The YAML parser takes a `-` right before a `,` or `]` for a block
    // entry, which a flow sequence may not hold (`[v -]` does not parse).
    if inner.split(',').any(|i| i.ends_with('-')) {
        return None;
    }
    let items: Vec<&str> = inner.split(',').map(|i| i.trim_matches(' ')).collect();
    let plain = |i: &&str| i.chars().next().is_some_and(|c| !INDICATORS.contains(c));
    items.iter().all(plain).then_some(Val::Flow(items))
}

/// Whether what follows a closed scalar is only spaces and a comment.
fn only_comment(after: &str) -> bool {
    let rest = after.trim_start_matches(' ');
    rest.is_empty() || rest.starts_with('#') && rest.len() < after.len()
}

/// What YAML gives for a key history reads, from the value on its line.
fn field(val: Val<'_>, list: bool) -> Option<Field> {
    Some(match (val, list) {
        (Val::Null, false) => Field::Text(None),
        (Val::Null, true) => Field::List(Vec::new()),
        (Val::Plain(p), _) if !is_string(p) => return None,
        (Val::Plain(p), false) => Field::Text(Some(p.to_string())),
        (Val::Plain(p), true) => Field::List(vec![p.to_string()]),
        (Val::Quoted(q), false) => Field::Text(Some(q)),
        (Val::Quoted(q), true) => Field::List(vec![q]),
        (Val::Flow(items), true) if items.iter().all(|i| is_string(i)) => {
            Field::List(items.into_iter().map(str::to_string).collect())
        }
        (Val::Flow(_), _) => return None,
    })
}

/// Whether YAML's core schema surely reads the plain scalar `p` as the
/// string `p`: anything that could be a number, a boolean or null is
/// refused (numbers all start with a digit, a sign or a dot).
fn is_string(p: &str) -> bool {
    let number = p.starts_with(|c: char| c.is_ascii_digit() || "+-.~".contains(c));
    let word = ["true", "false", "null"]
        .iter()
        .any(|w| p.eq_ignore_ascii_case(w));
    !p.is_empty() && !number && !word
}

#[cfg(test)]
#[path = "front_scan_tests.rs"]
mod tests;
