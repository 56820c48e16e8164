//! Layering of configuration trees, and typing the merged tree with errors
//! that point at the line and column of the offending value.

use serde_json::Value;
use std::path::Path;

use crate::error::{ConfigProblem, Origin};
use crate::yaml::{self, Limits, Node, Pos};
use crate::{Error, Result};

/// Parses one layer's YAML text into a JSON tree (empty text is an empty map).
pub(super) fn parse_layer(text: &str, path: &Path) -> Result<Value> {
    let start = Pos {
        offset: 0,
        line: 1,
        column: 1,
    };
    match yaml::parse(text, start, &Limits::default()) {
        Ok(Some(node)) if matches!(node.value, yaml::Value::Map(_)) => Ok(node.to_json()),
        Ok(Some(node)) => Err(Error::Config {
            origin: path.to_path_buf().into(),
            line: node.span.start.line,
            column: node.span.start.column,
            problem: ConfigProblem::NotAMap,
        }),
        Ok(None) => Ok(Value::Object(Default::default())),
        Err(e) => Err(Error::Config {
            origin: path.to_path_buf().into(),
            line: e.pos.line,
            column: e.pos.column,
            problem: ConfigProblem::Yaml(e.kind),
        }),
    }
}

/// Merges `over` into `base`: maps key by key, everything else replaced.
pub(super) fn merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

/// Variables with the `GOV_` prefix that are not configuration.
pub const NOT_CONFIG: &[&str] = &["GOV_TODAY", "GOV_EDITOR"];

/// Applies `GOV_A__B=value` variables as the path `a.b`; values are read as
/// YAML scalars or flow collections (`GOV_IGNORE='[README.md]'`). Gives
/// each variable applied, in order, with the key path it set, so an error
/// about a value can name the variable it came from.
pub(super) fn apply_env(
    tree: &mut Value,
    vars: impl IntoIterator<Item = (String, String)>,
) -> Result<Vec<(String, Vec<String>)>> {
    let mut applied = Vec::new();
    let mut vars: Vec<_> = vars
        .into_iter()
        .filter(|(k, _)| k.starts_with("GOV_") && k.len() > 4 && !NOT_CONFIG.contains(&k.as_str()))
        .collect();
    vars.sort();
    for (key, raw) in vars {
        let path: Vec<String> = key[4..].split("__").map(|s| s.to_lowercase()).collect();
        let value = match yaml::parse(&raw, Pos::default(), &Limits::default()) {
            Ok(Some(node)) => node.to_json(),
            Ok(None) => Value::Null,
            Err(e) => {
                return Err(Error::Config {
                    origin: Origin::Variable(key.into()),
                    line: 0,
                    column: 0,
                    problem: ConfigProblem::Yaml(e.kind),
                });
            }
        };
        let mut over = value;
        for segment in path.iter().rev() {
            let mut map = serde_json::Map::new();
            map.insert(segment.clone(), over);
            over = Value::Object(map);
        }
        merge(tree, over);
        applied.push((key, path));
    }
    Ok(applied)
}

/// Types the merged tree; on failure finds the offending value in the
/// repository's file (`text`) to report its line and column.
pub(super) fn typed(tree: Value, path: &Path, text: &str) -> Result<super::Config> {
    serde_path_to_error::deserialize(tree).map_err(|err| {
        let segments: Vec<String> = err
            .path()
            .iter()
            .filter_map(|s| match s {
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                _ => None,
            })
            .collect();
        let dotted = segments.join(".");
        let (line, column) = locate(text, &segments).unwrap_or((0, 0));
        Error::Config {
            origin: path.to_path_buf().into(),
            line,
            column,
            problem: ConfigProblem::Said(format!("{dotted}: {}", err.inner())),
        }
    })
}

/// The line and column of the node at `segments` in the YAML `text`, or of
/// its deepest ancestor that is written there.
pub(super) fn locate(text: &str, segments: &[String]) -> Option<(usize, usize)> {
    let root = yaml::parse(
        text,
        Pos {
            offset: 0,
            line: 1,
            column: 1,
        },
        &Limits::default(),
    )
    .ok()??;
    let mut node: &Node = &root;
    let mut found = None;
    for seg in segments {
        let next = match &node.value {
            yaml::Value::Map(_) => node.get(seg),
            yaml::Value::Seq(items) => seg.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        };
        match next {
            Some(n) => {
                node = n;
                found = Some((n.span.start.line, n.span.start.column));
            }
            None => break,
        }
    }
    found
}

/// Deserializes `kinds:` from a map into a list that keeps the declared order
/// and knows each kind's name.
pub(super) mod ordered_kinds {
    use super::super::Kind;
    use serde::de::{MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserializer, Serializer};
    use std::fmt;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Kind>, D::Error> {
        struct Kinds;
        impl<'de> Visitor<'de> for Kinds {
            type Value = Vec<Kind>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                // English, as serde speaks: the catalogue says it in
                // the user's language (`error::foreign`).
                f.write_str(crate::i18n::t(
                    crate::i18n::Lang::En,
                    crate::i18n::ErrorMsg::NounKinds,
                ))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<Kind>, A::Error> {
                let mut kinds = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    let mut kind: Kind = map.next_value()?;
                    kind.name = name;
                    kinds.push(kind);
                }
                Ok(kinds)
            }
        }
        d.deserialize_map(Kinds)
    }

    pub fn serialize<S: Serializer>(kinds: &[Kind], s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(kinds.len()))?;
        for k in kinds {
            map.serialize_entry(&k.name, k)?;
        }
        map.end()
    }
}
