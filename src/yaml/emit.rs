//! Writing values as YAML, for new front matter entries, `gov set` and the
//! printed configuration.
//!
//! Strings are written plain when that reads back as the same string, else
//! double-quoted with JSON-compatible escapes, so output is always one line
//! per scalar and always parses back to what was written. The walks use
//! explicit stacks, so values of any depth are safe.

use std::fmt::Write as _;

use serde_json::Value as Json;

use super::resolve;

/// Longest key (in characters) written as an implicit `key: value`; YAML
/// forbids implicit keys over 1024 characters, so longer ones use `? key`.
const MAX_IMPLICIT_KEY: usize = 1000;

/// Emit: a scalar string written as YAML for block context (a block value,
/// key or sequence item): plain when a YAML 1.2 reader would read the plain
/// text back as the same string, else double-quoted with JSON-compatible
/// escapes.
///
/// Plain is refused for text that is null, a boolean or a number; that has
/// leading or trailing white space, a line break, a tab or a control
/// character; that starts with an indicator (`-?:,[]{}#&*!|>'"%@` and
/// backtick) or `...`; or that contains `: ` or ` #` or ends in `:`. The
/// YAML 1.1 booleans (`yes`, `no`, `on`, `off` in their three spellings) are
/// quoted too, so older readers of the same files do not turn them into
/// booleans.
pub fn scalar(s: &str) -> String {
    if plain_ok(s, false) {
        s.to_owned()
    } else {
        quoted(s)
    }
}

/// Like [`scalar`], for flow context (inside `[...]` or `{...}`): also
/// quotes text that contains `,`, `[`, `]`, `{`, `}` or `:`, which would end
/// or split a plain scalar there, and text ending in ` -` (which the parser
/// rejects before a `,`, `]` or `}`).
pub fn flow_scalar(s: &str) -> String {
    if plain_ok(s, true) {
        s.to_owned()
    } else {
        quoted(s)
    }
}

/// A JSON value in YAML flow style on one line: `[a, "b c"]`, `{k: v}`,
/// scalars via [`flow_scalar`]. Used where a value must fit on the line of
/// its key. Integers above `i64::MAX` are written as numbers but read back
/// as strings (see the parser's integer rule).
pub fn to_flow(v: &Json) -> String {
    /// What is left to write, innermost last.
    enum Item<'a> {
        Val(&'a Json),
        Lit(&'static str),
        Key(&'a str),
    }
    let mut out = String::new();
    let mut stack = vec![Item::Val(v)];
    while let Some(item) = stack.pop() {
        match item {
            Item::Lit(s) => out.push_str(s),
            Item::Key(k) => {
                let key = flow_scalar(k);
                if key.chars().count() > MAX_IMPLICIT_KEY {
                    out.push_str("? ");
                }
                out.push_str(&key);
                out.push_str(": ");
            }
            Item::Val(Json::Array(items)) if !items.is_empty() => {
                out.push('[');
                stack.push(Item::Lit("]"));
                for (i, item) in items.iter().enumerate().rev() {
                    stack.push(Item::Val(item));
                    if i > 0 {
                        stack.push(Item::Lit(", "));
                    }
                }
            }
            Item::Val(Json::Object(map)) if !map.is_empty() => {
                out.push('{');
                stack.push(Item::Lit("}"));
                for (i, (k, item)) in map.iter().enumerate().rev() {
                    stack.push(Item::Val(item));
                    stack.push(Item::Key(k));
                    if i > 0 {
                        stack.push(Item::Lit(", "));
                    }
                }
            }
            Item::Val(Json::String(s)) => out.push_str(&flow_scalar(s)),
            Item::Val(leaf) => out.push_str(&leaf_text(leaf)),
        }
    }
    out
}

/// A JSON value in YAML block style, each line indented by `indent` spaces;
/// maps as `key: value` lines, lists as `- item` lines (a map or list inside
/// a list starts on the item's line), empty map `{}` and empty list `[]`,
/// nested by two spaces. Used to print the effective configuration and new
/// front matter entries. The result ends with a newline.
pub fn to_block(v: &Json, indent: usize) -> String {
    /// What is left to write, innermost last.
    enum Task<'a> {
        Block(&'a Json, usize),
        Entry(&'a str, &'a Json, usize),
        Item(&'a Json, usize),
    }
    let mut out = String::new();
    // Columns where the next line gets a `- ` for a list item it opens.
    let mut dashes: Vec<usize> = Vec::new();
    let mut stack = vec![Task::Block(v, indent)];
    while let Some(task) = stack.pop() {
        match task {
            Task::Block(Json::Object(map), ind) if !map.is_empty() => {
                stack.extend(map.iter().rev().map(|(k, v)| Task::Entry(k, v, ind)));
            }
            Task::Block(Json::Array(items), ind) if !items.is_empty() => {
                stack.extend(items.iter().rev().map(|v| Task::Item(v, ind)));
            }
            Task::Block(leaf, ind) => {
                line_start(&mut out, ind, &mut dashes);
                out.push_str(&block_leaf(leaf));
                out.push('\n');
            }
            Task::Entry(k, v, ind) => {
                line_start(&mut out, ind, &mut dashes);
                let key = scalar(k);
                if key.chars().count() > MAX_IMPLICIT_KEY {
                    let _ = writeln!(out, "? {key}");
                    line_start(&mut out, ind, &mut dashes);
                } else {
                    out.push_str(&key);
                }
                if is_nonempty_collection(v) {
                    out.push_str(":\n");
                    stack.push(Task::Block(v, ind + 2));
                } else {
                    let _ = writeln!(out, ": {}", block_leaf(v));
                }
            }
            Task::Item(v, ind) if is_nonempty_collection(v) => {
                dashes.push(ind);
                stack.push(Task::Block(v, ind + 2));
            }
            Task::Item(v, ind) => {
                line_start(&mut out, ind, &mut dashes);
                let _ = writeln!(out, "- {}", block_leaf(v));
            }
        }
    }
    out
}

/// Starts a line indented by `indent`, turning pending list-item columns
/// into `- `.
fn line_start(out: &mut String, indent: usize, dashes: &mut Vec<usize>) {
    let mut prefix = vec![' '; indent];
    for d in dashes.drain(..) {
        if let Some(slot) = prefix.get_mut(d) {
            *slot = '-';
        }
    }
    out.extend(prefix);
}

fn is_nonempty_collection(v: &Json) -> bool {
    match v {
        Json::Array(a) => !a.is_empty(),
        Json::Object(o) => !o.is_empty(),
        _ => false,
    }
}

/// A scalar or empty collection as it stands on a block line.
fn block_leaf(v: &Json) -> String {
    match v {
        Json::String(s) => scalar(s),
        other => leaf_text(other),
    }
}

/// Null, booleans, numbers and empty collections.
fn leaf_text(v: &Json) -> String {
    match v {
        Json::Null => "null".to_owned(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => n.to_string(),
        Json::String(s) => flow_scalar(s),
        Json::Array(_) => "[]".to_owned(),
        Json::Object(_) => "{}".to_owned(),
    }
}

/// The YAML 1.1 booleans that YAML 1.2 reads as strings; quoted for the
/// sake of older readers.
const YAML11_BOOLS: [&str; 12] = [
    "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
];

/// Whether `s` may be written plain (see [`scalar`]).
fn plain_ok(s: &str, flow: bool) -> bool {
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().last()) else {
        return false;
    };
    let yaml11_bool = YAML11_BOOLS.contains(&s);
    !yaml11_bool
        && resolve::is_plain_string(s)
        && !"-?:,[]{}#&*!|>'\"%@`".contains(first)
        && !first.is_whitespace()
        && !last.is_whitespace()
        && last != ':'
        && !s.starts_with("...")
        && !s.contains(": ")
        && !s.contains(" #")
        && !(flow && (s.contains([',', '[', ']', '{', '}', ':']) || s.ends_with(" -")))
        && s.chars().all(|c| !needs_escape(c) && c != '\t')
}

/// Characters that are not safe to write raw: controls, line and paragraph
/// separators, the byte order mark and non-characters.
fn needs_escape(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{2028}' | '\u{2029}')
        || matches!(c, '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}')
}

/// `s` double-quoted with JSON-compatible escapes.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{C}' => out.push_str("\\f"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
