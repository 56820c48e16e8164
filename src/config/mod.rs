//! The effective configuration: the defaults embedded in the binary, then the
//! repository's `gov.yaml`, then `GOV_*` environment variables.
//!
//! Layers merge as YAML trees before anything is typed: maps merge key by key,
//! scalars and lists replace. So a repository can rename one folder without
//! repeating the whole kind.

mod cycle;
mod folders;
mod kind;
mod layer;
mod paths;
mod publish;
mod report;
mod roadmap;
mod trace;

pub use folders::{Folders, clean as clean_folder};
pub use kind::{Kind, Labels, StatusDef, StatusMatch, TypeDef};
pub use paths::{Escape, escape};
pub use publish::PublishSettings;
pub use report::{BacklogSettings, StatusSettings, Weights};
pub use roadmap::RoadmapSettings;
pub use trace::{ApprovalRule, ApprovalRules, Bodies, Body, CodeRepository, Member, TraceSettings};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::Path;

use crate::fsutil::{Links, ReadFailure, read_regular};
use crate::i18n::Lang;
use crate::severity::Severity;
use crate::{Error, Result};

/// The defaults, as shipped.
pub const DEFAULTS: &str = include_str!("../../defaults/gov.yaml");

/// The name of the repository's configuration file, at its root.
pub const FILE_NAME: &str = "gov.yaml";

/// Everything gov needs to know about a repository's conventions.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Language of templates, labels and output.
    pub lang: Lang,
    /// Web address of the repository on its forge; derived from `origin` when null.
    pub forge_url: Option<String>,
    /// Folder of the repository's own templates.
    pub templates: String,
    /// File names that are never records.
    pub ignore: Vec<String>,
    /// The kinds of record, in the order they were declared.
    #[serde(with = "layer::ordered_kinds")]
    pub kinds: Vec<Kind>,
    /// Front matter keys whose values are IDs of other records.
    #[serde(default)]
    pub references: Vec<String>,
    /// Severity overrides per rule code (`GOV031: off`).
    #[serde(default)]
    pub rules: std::collections::BTreeMap<String, RuleLevel>,
    /// Code repositories whose commits implement records (`gov trace`).
    #[serde(default)]
    pub repositories: Vec<CodeRepository>,
    /// How history, trailers and release tags are read.
    #[serde(default)]
    pub trace: TraceSettings,
    /// Deciding bodies and their members, by id.
    #[serde(default)]
    pub bodies: Bodies,
    /// Who may approve each kind, and with what quorum.
    #[serde(default)]
    pub approval: ApprovalRules,
    /// What `gov status` reports: open statuses, stale and upcoming limits.
    #[serde(default)]
    pub status: StatusSettings,
    /// The scoring model and manual order of `gov backlog`.
    #[serde(default)]
    pub backlog: BacklogSettings,
    /// Per kind, the statuses `gov publish` counts as approved.
    #[serde(default)]
    pub publish: PublishSettings,
    /// What `gov roadmap` places, and planned release dates (DEC-0053).
    #[serde(default)]
    pub roadmap: RoadmapSettings,
    /// The annual cycle as written: recurring events and their exceptions.
    #[serde(default)]
    pub cycle: crate::cycle::CycleText,
    /// The annual cycle read into typed events when the configuration is
    /// loaded (`gov calendar`); a rule gov cannot read never gets this far.
    #[serde(skip)]
    pub annual_cycle: crate::cycle::Cycle,
}

/// A severity override for a validation rule, in English or in the
/// Danish words `gov validate --rules` shows (`fejl`, `advarsel`,
/// `bemærkning`, `slået fra`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    /// The rule is not checked.
    #[serde(alias = "fra", alias = "slået fra")]
    Off,
    /// Reported as a hint.
    #[serde(alias = "bemærkning")]
    Hint,
    /// Reported as a warning.
    #[serde(alias = "advarsel")]
    Warning,
    /// Reported as an error.
    #[serde(alias = "fejl")]
    Error,
}

impl RuleLevel {
    /// The severity, or `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleLevel::Off => None,
            RuleLevel::Hint => Some(Severity::Hint),
            RuleLevel::Warning => Some(Severity::Warning),
            RuleLevel::Error => Some(Severity::Error),
        }
    }
}

impl Config {
    /// The embedded defaults alone.
    pub fn defaults() -> Config {
        let tree = layer::parse_layer(DEFAULTS, Path::new("<defaults>"))
            .expect("the embedded defaults parse");
        let mut config = layer::typed(tree, Path::new("<defaults>"), DEFAULTS)
            .expect("the embedded defaults fit");
        config.annual_cycle = config.cycle.read().expect("the embedded cycle reads");
        config
    }

    /// Loads the configuration for the repository at `root`: defaults, then
    /// `root/gov.yaml` if present, then the environment variables `vars`
    /// (pass `std::env::vars()`; tests pass their own). A path in it that
    /// leads out of the repository is refused ([`Error::OutsideRepository`]).
    pub fn load(root: &Path, vars: impl IntoIterator<Item = (String, String)>) -> Result<Config> {
        let path = root.join(FILE_NAME);
        let text = match read_regular(&path, Links::Follow) {
            Ok(bytes) => Some(String::from_utf8(bytes).map_err(|e| {
                let kind = std::io::ErrorKind::InvalidData;
                Error::io(&path, std::io::Error::new(kind, e.utf8_error()))
            })?),
            Err(ReadFailure::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(failure) => return Err(failure.into_error(&path)),
        };
        Config::from_text(root, text.as_deref(), vars)
    }

    /// [`Config::load`] with the text of gov.yaml given (`None`: there is
    /// none), so `gov init` can check the file it is about to write.
    pub fn from_text(
        root: &Path,
        text: Option<&str>,
        vars: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config> {
        let path = root.join(FILE_NAME);
        let mut tree = layer::parse_layer(DEFAULTS, Path::new("<defaults>"))?;
        if let Some(text) = text {
            layer::merge(&mut tree, layer::parse_layer(text, &path)?);
        }
        let text = text.unwrap_or_default();
        let vars = layer::apply_env(&mut tree, vars)?;
        let mut config = layer::typed(tree, &path, text)?;
        let origins = paths::Origins {
            file: &path,
            text,
            vars: &vars,
        };
        paths::check(&config, root, &origins)?;
        config.annual_cycle = cycle::read(&config.cycle, &origins)?;
        config.roadmap.planned = roadmap::read(&config.roadmap, &origins)?;
        Ok(config)
    }

    /// The kind with this name or alias.
    pub fn kind(&self, name: &str) -> Option<&Kind> {
        // Records carry the canonical name: try that before folding case.
        self.kinds
            .iter()
            .find(|k| k.name == name)
            .or_else(|| self.kinds.iter().find(|k| k.is_called(name)))
    }

    /// The kind with this name or alias, or an error listing the known kinds.
    pub fn require_kind(&self, name: &str) -> Result<&Kind> {
        self.kind(name).ok_or_else(|| Error::UnknownKind {
            name: name.to_string(),
            known: self.kinds.iter().map(|k| k.name.clone()).collect(),
        })
    }

    /// The label of a kind in a language; the name itself for an unknown kind.
    pub fn kind_label(&self, kind: &str, lang: Lang) -> String {
        self.kind(kind)
            .map_or_else(|| kind.to_string(), |k| k.label.get(lang).to_string())
    }

    /// The label of a canonical status of a kind in a language, if the
    /// vocabulary has it. Callers choose what to show when it does not.
    pub fn status_label(&self, kind: &str, status: &str, lang: Lang) -> Option<&str> {
        self.kind(kind)
            .and_then(|k| k.status(status))
            .map(|d| d.labels.get(lang))
    }

    /// The kind named by an optional command-line flag (`--kind`): `None`
    /// when the flag is absent, an error listing the kinds when unknown.
    pub fn optional_kind(&self, name: Option<&str>) -> Result<Option<&Kind>> {
        name.map(|k| self.require_kind(k)).transpose()
    }

    /// The body a name means: its id under `bodies:`, its label in either
    /// language or one of its aliases, in any case (`Styregruppen`, `SG`).
    pub fn body(&self, name: &str) -> Option<(&str, &Body)> {
        let wanted = name.trim().to_lowercase();
        let same = |a: &str| a.trim().to_lowercase() == wanted;
        self.bodies
            .iter()
            .find(|(id, b)| {
                same(id)
                    || same(&b.label.da)
                    || same(&b.label.en)
                    || b.aliases.iter().any(|a| same(a))
            })
            .map(|(id, b)| (id.as_str(), b))
    }

    /// The kind whose ID prefix starts this ID (`DEC-0003` → decision).
    pub fn kind_of_id(&self, id: &str) -> Option<&Kind> {
        let prefix = id.split('-').next()?;
        self.kinds
            .iter()
            .find(|k| k.prefix.eq_ignore_ascii_case(prefix))
    }

    /// True when a file or folder of this name is never a record. Entries
    /// of `ignore` may hold `*` wildcards (`*skabelon*.md`).
    pub fn is_ignored_name(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        self.ignore
            .iter()
            .any(|i| wildcard(&i.to_lowercase(), &name))
    }

    /// The configuration as a JSON tree, for `gov config`.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// Matches `text` against `pattern`, where `*` stands for any run of characters.
fn wildcard(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = text.strip_prefix(first) else {
        return false;
    };
    let tail: Vec<&str> = parts.collect();
    let Some((last, middle)) = tail.split_last() else {
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str) {
        std::fs::write(dir.join(FILE_NAME), text).unwrap();
    }

    #[test]
    fn defaults_declare_the_five_kinds() {
        let c = Config::defaults();
        let names: Vec<_> = c.kinds.iter().map(|k| k.name.as_str()).collect();
        assert_eq!(names, ["decision", "change", "meeting", "task", "plan"]);
        assert_eq!(c.require_kind("beslutning").unwrap().prefix, "DEC");
        assert_eq!(c.kind_of_id("CR-0042").unwrap().name, "change");
    }

    #[test]
    fn repository_file_overrides_one_field_and_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "lang: en\nkinds:\n  decision:\n    folder: beslutninger\n",
        );
        let c = Config::load(dir.path(), []).unwrap();
        assert_eq!(c.lang, Lang::En);
        let d = c.kind("decision").unwrap();
        assert_eq!(d.folder.main(), "beslutninger");
        assert_eq!(d.prefix, "DEC");
        assert_eq!(
            d.statuses.len(),
            Config::defaults().kind("decision").unwrap().statuses.len()
        );
    }

    #[test]
    fn environment_overrides_the_file() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "lang: en\n");
        let vars = [
            ("GOV_LANG".to_string(), "da".to_string()),
            ("GOV_KINDS__TASK__FOLDER".to_string(), "opgaver".to_string()),
            ("HOME".to_string(), "/x".to_string()),
        ];
        let c = Config::load(dir.path(), vars).unwrap();
        assert_eq!(c.lang, Lang::Da);
        assert_eq!(c.kind("task").unwrap().folder.main(), "opgaver");
    }

    #[test]
    fn a_custom_kind_can_be_declared() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "kinds:\n  risk:\n    folder: risici\n    prefix: RISK\n    initial: open\n    statuses:\n      - { id: open, labels: { da: Åben, en: Open } }\n",
        );
        let c = Config::load(dir.path(), []).unwrap();
        assert_eq!(c.kinds.last().unwrap().name, "risk");
        assert_eq!(c.kind_of_id("RISK-0001").unwrap().folder.main(), "risici");
    }

    #[test]
    fn a_wrong_type_names_the_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "lang: da\nkinds:\n  decision:\n    prefix: [DEC]\n",
        );
        let err = Config::load(dir.path(), []).unwrap_err();
        match err {
            Error::Config {
                line,
                column,
                problem: crate::error::ConfigProblem::Said(message),
                ..
            } => {
                assert_eq!((line, column), (4, 13), "{message}");
                assert!(message.contains("kinds.decision.prefix"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_yaml_error_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "lang: da\nkinds: [\n");
        match Config::load(dir.path(), []).unwrap_err() {
            Error::Config { line, .. } => assert!(line >= 2),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ignore_patterns_match_templates_beside_records() {
        let c = Config::defaults();
        for name in [
            "README.md",
            "readme.md",
            "skabelon.md",
            "Beslutning-skabelon.md",
            "skabeloner",
        ] {
            assert!(c.is_ignored_name(name), "{name}");
        }
        for name in [
            "DEC-0001-x.md",
            "skabelonsag.txt.md.bak",
            "index.html",
            "render-templates-with-x.md",
        ] {
            assert!(!c.is_ignored_name(name), "{name}");
        }
        assert!(wildcard("a*b*c", "aXbYc") && !wildcard("a*b*c", "aXc") && wildcard("*", ""));
    }

    #[test]
    fn an_unknown_language_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "lang: sv\n");
        assert!(matches!(
            Config::load(dir.path(), []),
            Err(Error::Config { line: 1, .. })
        ));
    }
}
