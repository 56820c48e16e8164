//! The record model: a Markdown file with YAML front matter, parsed once and
//! kept with its original text, so reading never loses a byte and every
//! key and value has its line and column.

mod edit;
mod id;
mod load;
mod problem;
mod select;
mod split;
mod summary;
mod walk;

pub use edit::{Assignment, Edit, apply_edits};
pub use id::{IdSource, RecordId, format_id, id_in_file_name, normalise_id};
pub use load::{Repository, byte_position, find_root, levenshtein, nearest};
pub use problem::{LinkTrouble, LoadProblem};
pub use select::{NotARecord, Selection};
pub use split::{FrontBlock, Split, split};
pub use summary::Summary;

use std::ops::Range;

use crate::markdown::Markdown;
use crate::yaml::{self, Limits, Node, YamlError};

/// Front matter keys whose values are dates: read day-first when not ISO,
/// written as ISO by `gov set`.
pub const DATE_KEYS: &[&str] = &["date", "due", "minutes_approved"];

/// What the front matter block of a record holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Front {
    /// The file has no front matter block.
    Absent,
    /// An opening `---` without a closing line.
    Unterminated,
    /// The block does not parse as YAML.
    Invalid(YamlError),
    /// The block parses; `None` when it is empty.
    Parsed(Option<Node>),
}

/// One record file as read from disk.
#[derive(Debug, Clone)]
pub struct Record {
    /// Path relative to the repository root, with `/` separators.
    pub path: String,
    /// The kind, by the folder the file is in.
    pub kind: String,
    /// The whole file.
    pub text: String,
    /// Where front matter and body are in `text`.
    pub split: Split,
    /// The parsed front matter.
    pub front: Front,
}

impl Record {
    /// Parses a record's text. Never fails: problems are kept in [`Front`]
    /// for validation to report.
    pub fn parse(path: impl Into<String>, kind: impl Into<String>, text: String) -> Record {
        let split = split::split(&text);
        let front = match &split.front {
            None => Front::Absent,
            Some(block) if !block.closed => Front::Unterminated,
            Some(block) => {
                let yaml_text = &text[block.yaml.clone()];
                match yaml::parse(yaml_text, block.origin, &Limits::default()) {
                    Ok(node) => Front::Parsed(node),
                    Err(e) => Front::Invalid(e),
                }
            }
        };
        Record {
            path: path.into(),
            kind: kind.into(),
            text,
            split,
            front,
        }
    }

    /// The front matter's top-level map node, when it parsed to a map.
    pub fn fields(&self) -> Option<&Node> {
        match &self.front {
            Front::Parsed(Some(node)) if matches!(node.value, yaml::Value::Map(_)) => Some(node),
            _ => None,
        }
    }

    /// A top-level front matter value.
    pub fn field(&self, key: &str) -> Option<&Node> {
        self.fields()?.get(key)
    }

    /// A top-level front matter value as text, when it is a scalar
    /// (numbers are given as written, e.g. `id: 12`).
    pub fn field_text(&self, key: &str) -> Option<String> {
        scalar_text(self.field(key)?)
    }

    /// All front matter as JSON (an empty object when there is none).
    pub fn fields_json(&self) -> serde_json::Value {
        match self.fields() {
            Some(node) => node.to_json(),
            None => serde_json::Value::Object(Default::default()),
        }
    }

    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.text[self.split.body.clone()]
    }

    /// The byte range of the front matter YAML, when there is a closed block.
    pub fn front_range(&self) -> Option<Range<usize>> {
        self.split
            .front
            .as_ref()
            .filter(|f| f.closed)
            .map(|f| f.yaml.clone())
    }

    /// The file name without folders.
    pub fn file_name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }

    /// The body as the one Markdown reader reads it: links, headings and
    /// checkboxes with their places in the file.
    pub fn markdown(&self) -> Markdown {
        Markdown::read(&self.text, self.split.body.clone())
    }

    /// The first level-1 heading of the body, used when there is no `title`.
    pub fn heading(&self) -> Option<String> {
        self.markdown().title().map(str::to_string)
    }
}

/// The text of a scalar node; `None` for null, lists and maps.
pub fn scalar_text(node: &Node) -> Option<String> {
    match &node.value {
        yaml::Value::String(s) => Some(s.clone()),
        yaml::Value::Int(i) => Some(i.to_string()),
        yaml::Value::Float(f) => Some(f.to_string()),
        yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The strings of a value that may be one string or a list of strings.
pub fn string_list(node: &Node) -> Vec<String> {
    match &node.value {
        yaml::Value::Seq(items) => items.iter().filter_map(scalar_text).collect(),
        _ => scalar_text(node).into_iter().collect(),
    }
}
