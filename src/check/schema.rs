//! JSON Schema checks of front matter: the built-in schema of each kind
//! (draft 2020-12, `format` checked), replaced or extended per kind from
//! gov.yaml. An error points at the line of the offending value.

use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

use super::Located;
use super::finding::Finding;
use super::schema_problem::SchemaProblem;
use crate::config::{Config, Kind};
use crate::error::{ConfigProblem, Origin};
use crate::fsutil::{Links, read_regular};
use crate::record::Record;
use crate::yaml;
use crate::{Error, Result};

/// The built-in schemas: (kind, JSON text).
pub const BUILT_IN: &[(&str, &str)] = &[
    (
        "decision",
        include_str!("../../defaults/schemas/decision.schema.json"),
    ),
    (
        "change",
        include_str!("../../defaults/schemas/change.schema.json"),
    ),
    (
        "meeting",
        include_str!("../../defaults/schemas/meeting.schema.json"),
    ),
    (
        "task",
        include_str!("../../defaults/schemas/task.schema.json"),
    ),
    (
        "plan",
        include_str!("../../defaults/schemas/plan.schema.json"),
    ),
];

/// The compiled schema of every kind that has one.
pub struct Schemas {
    validators: HashMap<String, jsonschema::Validator>,
}

/// The effective schema of a kind as JSON: the repository's replacement,
/// else the built-in one, combined with the kind's `schema_extra` by `allOf`.
pub fn effective(root: &Path, kind: &Kind) -> Result<Option<Value>> {
    let read = |rel: &str| -> Result<Value> {
        let path = root.join(rel);
        // Never waits on a FIFO named like a schema file.
        let bytes = read_regular(&path, Links::Follow).map_err(|e| e.into_error(&path))?;
        serde_json::from_slice(&bytes).map_err(|e| Error::Config {
            origin: path.into(),
            line: e.line(),
            column: e.column(),
            problem: ConfigProblem::SchemaNotJson {
                ends_early: e.is_eof(),
            },
        })
    };
    let base = match &kind.schema {
        Some(rel) => Some(read(rel)?),
        None => BUILT_IN
            .iter()
            .find(|(k, _)| *k == kind.name)
            .map(|(_, text)| serde_json::from_str(text).expect("built-in schemas are JSON")),
    };
    Ok(match (base, &kind.schema_extra) {
        (base, None) => base,
        (None, Some(extra)) => Some(read(extra)?),
        (Some(base), Some(extra)) => Some(serde_json::json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "allOf": [base, read(extra)?],
        })),
    })
}

impl Schemas {
    /// Compiles the schema of every kind of the configuration.
    pub fn compile(root: &Path, config: &Config) -> Result<Schemas> {
        let mut validators = HashMap::new();
        for kind in &config.kinds {
            let Some(schema) = effective(root, kind)? else {
                continue;
            };
            let validator = jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&schema)
                .map_err(|e| Error::Config {
                    origin: Origin::File(
                        root.join(
                            kind.schema
                                .as_deref()
                                .or(kind.schema_extra.as_deref())
                                .unwrap_or("gov.yaml"),
                        ),
                    ),
                    line: 0,
                    column: 0,
                    problem: ConfigProblem::SchemaNotCompiling {
                        kind: Box::new(kind.label.clone()),
                        said: e.to_string(),
                    },
                })?;
            validators.insert(kind.name.clone(), validator);
        }
        Ok(Schemas { validators })
    }

    /// Schema findings of a record whose front matter parsed to a map.
    pub fn check(&self, record: &Record, kind: &Kind) -> Vec<Located> {
        let (Some(validator), Some(root)) = (self.validators.get(&kind.name), record.fields())
        else {
            return Vec::new();
        };
        let mut instance = root.to_json();
        canonical_type(&mut instance, kind);
        validator
            .iter_errors(&instance)
            .map(|e| {
                let pointer = e.instance_path().to_string();
                let node = locate(root, &pointer);
                let (line, column) = if pointer.is_empty() {
                    (1, 1)
                } else {
                    (node.span.start.line, node.span.start.column)
                };
                Located::at(
                    &record.path,
                    line,
                    column,
                    Finding::Schema {
                        pointer,
                        message: e.to_string(),
                        problem: SchemaProblem::of(&e),
                    },
                )
            })
            .collect()
    }
}

/// Puts the canonical id in place of a `type` the kind's vocabulary knows
/// (`Strategisk`, `[SDR]`, `operationel beslutning`): the vocabulary in
/// gov.yaml decides what a type word means, as it does for statuses, and
/// the schema sees the id. A word it does not know stays for the schema to
/// refuse.
fn canonical_type(instance: &mut Value, kind: &Kind) {
    let Some(value) = instance.get_mut("type") else {
        return;
    };
    let Some(id) = value
        .as_str()
        .and_then(|w| kind.find_type(w))
        .map(|t| t.id.clone())
    else {
        return;
    };
    *value = Value::String(id);
}

/// The node at a JSON pointer, or the deepest ancestor that exists.
fn locate<'n>(root: &'n yaml::Node, pointer: &str) -> &'n yaml::Node {
    let mut node = root;
    for raw in pointer.split('/').skip(1) {
        let seg = raw.replace("~1", "/").replace("~0", "~");
        let next = match &node.value {
            yaml::Value::Map(_) => node.get(&seg),
            yaml::Value::Seq(items) => seg.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        };
        match next {
            Some(n) => node = n,
            None => break,
        }
    }
    node
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(kind: &str, text: &str) -> Vec<Located> {
        let config = Config::defaults();
        let schemas = Schemas::compile(Path::new("."), &config).unwrap();
        let kind = config.kind(kind).unwrap();
        schemas.check(
            &Record::parse("x.md", kind.name.clone(), text.to_string()),
            kind,
        )
    }

    #[test]
    fn the_seed_passes_the_plan_schema() {
        let seed = include_str!("../../tests/fixtures/seed/plans/000_87a61dafea0112c1.md");
        assert_eq!(findings("plan", seed), vec![]);
    }

    #[test]
    fn an_error_points_at_the_value() {
        let f = findings(
            "meeting",
            "---\nid: MTG-0001\ntitle: T\nparticipants:\n  - Agnete\n  - 42\ncancelled: \"ja\"\n---\n",
        );
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (6, 5));
        assert!(
            matches!(&f[0].finding, Finding::Schema { pointer, .. } if pointer == "/participants/1")
        );
        assert_eq!((f[1].line, f[1].column), (7, 12));
    }

    #[test]
    fn a_missing_title_points_at_the_start_and_a_number_id_is_refused() {
        let f = findings("decision", "---\nid: 12\n---\n");
        let pointers: Vec<_> = f
            .iter()
            .map(|l| match &l.finding {
                Finding::Schema { pointer, .. } => pointer.as_str(),
                _ => "",
            })
            .collect();
        assert!(pointers.contains(&""), "{f:?}");
        assert!(pointers.contains(&"/id"), "{f:?}");
    }
}
