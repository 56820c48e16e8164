//! Reading a parsed tree: lookups, conversion to JSON, duplicate keys.
//!
//! The walks here use explicit stacks rather than recursion, so they are
//! safe on trees of any depth, including hand-built ones.

use std::collections::HashMap;

use serde_json::Value as Json;

use super::{Entry, Node, Value, emit};

impl Node {
    /// The value of the first entry whose key is the string `key`, because
    /// front matter is looked up by field name and the first occurrence of
    /// a duplicated key is the one that counts.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    /// The first entry whose key is the string `key`, for callers that need
    /// the key's position too (to point a diagnostic at the key).
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key.as_str() == Some(key)),
            _ => None,
        }
    }

    /// The text of a string node; `None` for anything else, so callers never
    /// mistake `true` or `12` for text by accident.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The node as JSON, for templates, schema checks and `--json` output.
    ///
    /// Map keys that are strings stay as they are; other scalar keys become
    /// their text (`1`, `true`, `null`, `1.5`), collection keys their flow
    /// YAML. When keys collide, the first one wins, as in [`Node::get`].
    /// Infinite and NaN floats, which JSON cannot hold, become the strings
    /// `.inf`, `-.inf` and `.nan`.
    pub fn to_json(&self) -> Json {
        /// A collection whose JSON is being assembled.
        enum Build<'a> {
            Seq(Vec<Json>, std::slice::Iter<'a, Node>),
            Map(
                serde_json::Map<String, Json>,
                std::slice::Iter<'a, Entry>,
                Option<String>,
            ),
        }
        let mut stack: Vec<Build<'_>> = Vec::new();
        let mut current = self;
        loop {
            let mut done = match &current.value {
                Value::Seq(items) => {
                    stack.push(Build::Seq(Vec::with_capacity(items.len()), items.iter()));
                    None
                }
                Value::Map(entries) => {
                    stack.push(Build::Map(serde_json::Map::new(), entries.iter(), None));
                    None
                }
                scalar => Some(scalar_json(scalar)),
            };
            loop {
                let Some(top) = stack.last_mut() else {
                    return done.unwrap_or(Json::Null);
                };
                let next = match top {
                    Build::Seq(out, items) => {
                        out.extend(done.take());
                        items.next()
                    }
                    Build::Map(out, entries, pending) => {
                        if let (Some(v), Some(k)) = (done.take(), pending.take()) {
                            out.entry(k).or_insert(v);
                        }
                        entries.next().map(|e| {
                            *pending = Some(key_text(&e.key));
                            &e.value
                        })
                    }
                };
                if let Some(next) = next {
                    current = next;
                    break;
                }
                done = match stack.pop() {
                    Some(Build::Seq(out, _)) => Some(Json::Array(out)),
                    Some(Build::Map(out, _, _)) => Some(Json::Object(out)),
                    None => None,
                };
            }
        }
    }

    /// Every key that repeats an earlier key of the same mapping, as
    /// `(first occurrence, duplicate)`, at any depth and in document order,
    /// so validation can point at both. Keys are compared by the text they
    /// get in [`Node::to_json`], since that is where they would collide.
    pub fn duplicate_keys(&self) -> Vec<(&Node, &Node)> {
        let mut found = Vec::new();
        let mut stack = vec![self];
        while let Some(node) = stack.pop() {
            match &node.value {
                Value::Seq(items) => stack.extend(items.iter().rev()),
                Value::Map(entries) => {
                    let mut seen: HashMap<String, &Node> = HashMap::new();
                    for e in entries {
                        let first = *seen.entry(key_text(&e.key)).or_insert(&e.key);
                        if !std::ptr::eq(first, &e.key) {
                            found.push((first, &e.key));
                        }
                    }
                    for e in entries.iter().rev() {
                        stack.push(&e.value);
                        stack.push(&e.key);
                    }
                }
                _ => {}
            }
        }
        found.sort_by_key(|(_, dup)| dup.span.start.offset);
        found
    }
}

/// The JSON key a mapping key becomes.
fn key_text(key: &Node) -> String {
    match &key.value {
        Value::String(s) => s.clone(),
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_text(*f),
        Value::Seq(_) | Value::Map(_) => emit::to_flow(&key.to_json()),
    }
}

/// A float as YAML writes it, in the shortest form that reads back exactly.
fn float_text(f: f64) -> String {
    if f.is_nan() {
        ".nan".to_owned()
    } else if f.is_infinite() {
        if f > 0.0 { ".inf" } else { "-.inf" }.to_owned()
    } else {
        format!("{f:?}")
    }
}

/// The JSON for a scalar value (collections are handled by the caller).
fn scalar_json(value: &Value) -> Json {
    match value {
        Value::Null | Value::Seq(_) | Value::Map(_) => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(i) => Json::from(*i),
        Value::Float(f) => serde_json::Number::from_f64(*f)
            .map_or_else(|| Json::String(float_text(*f)), Json::Number),
        Value::String(s) => Json::String(s.clone()),
    }
}
