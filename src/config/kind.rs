//! Kinds of record and their vocabularies: folders, ID prefixes, types and
//! statuses with Danish and English labels and aliases.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use crate::i18n::Labels;

/// A canonical status with the words people write for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusDef {
    /// The canonical name, the same in every language (`accepted`).
    pub id: String,
    /// How it is shown and written by gov.
    pub labels: Labels,
    /// Other words that mean the same (`godkendt`, `besluttet`).
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A type within a kind (a decision is architectural, strategic or operational).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    /// The canonical name (`architecture`).
    pub id: String,
    /// The abbreviation used in titles (`ADR`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// How it is shown.
    pub labels: Labels,
    /// Other words communities write for it (`Strategisk`, `Arkitektur`),
    /// matched like the labels: any case, either Unicode form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl TypeDef {
    /// The type as a user may type it, in both languages: its label and,
    /// when it has one, its abbreviation (`Strategisk beslutning (SDR)`).
    pub fn words(&self) -> Labels {
        let with_short = |label: &str| match &self.short {
            Some(short) => format!("{label} ({short})"),
            None => label.to_string(),
        };
        Labels {
            da: with_short(&self.labels.da),
            en: with_short(&self.labels.en),
        }
    }
}

/// A kind of record as declared in the configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kind {
    /// The kind's name (`decision`); filled from the key in `kinds:`.
    #[serde(skip)]
    pub name: String,
    /// The folder, relative to the repository root, holding its records,
    /// or several (DEC-0058): new records go to the first.
    pub folder: super::Folders,
    /// The ID prefix (`DEC` gives `DEC-0001`).
    pub prefix: String,
    /// Other names accepted on the command line (`beslutning`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The kind's name in both languages.
    #[serde(default)]
    pub label: Labels,
    /// The status a new record starts in.
    pub initial: String,
    /// The status `gov new --supersedes` gives the old record, if the kind has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded: Option<String>,
    /// The types of the kind, if it has any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<TypeDef>,
    /// The status vocabulary.
    pub statuses: Vec<StatusDef>,
    /// Allowed moves: status → the statuses it may move to.
    #[serde(default)]
    pub workflow: BTreeMap<String, Vec<String>>,
    /// A JSON Schema file in the repository replacing the built-in one
    /// (a path, never the schema itself: see [`schema_path`]).
    #[serde(
        default,
        deserialize_with = "schema_path",
        skip_serializing_if = "Option::is_none"
    )]
    pub schema: Option<String>,
    /// A JSON Schema file in the repository that records must satisfy in
    /// addition to the built-in one (extra required fields, enums); a
    /// path, like `schema`.
    #[serde(
        default,
        deserialize_with = "schema_path",
        skip_serializing_if = "Option::is_none"
    )]
    pub schema_extra: Option<String>,
    /// The vocabulary's words folded for matching, built on first use.
    #[serde(skip)]
    pub(crate) folded: Folded,
    /// The type words folded for matching, built on first use.
    #[serde(skip)]
    pub(crate) folded_types: Folded,
}

/// Every word of a status (or type) vocabulary (canonical names, labels,
/// aliases) folded once, with the position of its status (or type), in
/// vocabulary order.
/// Built on first use; a clone starts empty (it may be edited), and it
/// never makes two kinds unequal.
#[derive(Debug, Default)]
pub struct Folded(OnceLock<Vec<(usize, String)>>);

impl Clone for Folded {
    fn clone(&self) -> Folded {
        Folded::default()
    }
}

impl PartialEq for Folded {
    fn eq(&self, _: &Folded) -> bool {
        true
    }
}

/// How a written status word relates to the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusMatch<'k> {
    /// The word is a canonical name, a label or an alias.
    Exact(&'k StatusDef),
    /// A known word followed by free text ("Besluttet. (pr mail …)").
    WithNote(&'k StatusDef, String),
    /// Not a known word.
    Unknown,
}

/// Lower-cases (in NFC, so `å` typed either way is one letter) and folds
/// the punctuation people add around status and type words.
fn fold(word: &str) -> String {
    crate::unicode::nfc(word)
        .trim()
        .trim_end_matches(['.', '!', ':', ';', ','])
        .trim()
        .to_lowercase()
        .replace(['_', '-'], " ")
}

impl Kind {
    /// The status vocabulary entry with this canonical name.
    pub fn status(&self, id: &str) -> Option<&StatusDef> {
        self.statuses.iter().find(|s| s.id == id)
    }

    /// Maps a status as written to the vocabulary, keeping any trailing note.
    pub fn match_status(&self, written: &str) -> StatusMatch<'_> {
        let folded = fold(written);
        if folded.is_empty() {
            return StatusMatch::Unknown;
        }
        let words = self.folded.0.get_or_init(|| {
            let mut words = Vec::new();
            for (i, s) in self.statuses.iter().enumerate() {
                let all = [&s.id, &s.labels.da, &s.labels.en].into_iter();
                words.extend(all.chain(&s.aliases).map(|w| (i, fold(w))));
            }
            words
        });
        if let Some((i, _)) = words.iter().find(|(_, w)| *w == folded) {
            return StatusMatch::Exact(&self.statuses[*i]);
        }
        // The longest known word that starts the text, followed by a break.
        let mut best: Option<(&StatusDef, usize)> = None;
        for (i, w) in words {
            if w.is_empty() || !folded.starts_with(w.as_str()) {
                continue;
            }
            let rest = &folded[w.len()..];
            let breaks = rest.starts_with(|c: char| !c.is_alphanumeric());
            if breaks && best.is_none_or(|(_, len)| w.len() > len) {
                best = Some((&self.statuses[*i], w.len()));
            }
        }
        match best {
            Some((s, len)) => {
                let chars = folded[..len].chars().count();
                StatusMatch::WithNote(s, note_after(written, chars))
            }
            None => StatusMatch::Unknown,
        }
    }

    /// Every word of the status vocabulary: canonical names, labels and
    /// aliases, for "did you mean" suggestions.
    pub fn status_words(&self) -> impl Iterator<Item = &str> {
        self.statuses.iter().flat_map(|s| {
            [s.id.as_str(), s.labels.da.as_str(), s.labels.en.as_str()]
                .into_iter()
                .chain(s.aliases.iter().map(String::as_str))
        })
    }

    /// The words of all statuses, in both languages, to list them in an error.
    pub fn status_labels(&self) -> Vec<Labels> {
        self.statuses.iter().map(|s| s.labels.clone()).collect()
    }

    /// The words of a canonical status in both languages; the name itself
    /// in both when the vocabulary does not have it.
    pub fn status_label(&self, id: &str) -> Labels {
        self.status(id)
            .map_or_else(|| Labels::same(id), |s| s.labels.clone())
    }

    /// The type with this name, abbreviation, label or alias, in any case
    /// and Unicode form; a title prefix's brackets are allowed (`[SDR]`),
    /// so the community's own words are types, not errors, in `validate`,
    /// `list` and `set` alike.
    pub fn find_type(&self, written: &str) -> Option<&TypeDef> {
        let folded = fold(written);
        let w = folded
            .strip_prefix('[')
            .and_then(|w| w.strip_suffix(']'))
            .map_or(folded.as_str(), str::trim);
        if w.is_empty() {
            return None;
        }
        let words = self.folded_types.0.get_or_init(|| {
            let mut words = Vec::new();
            for (i, t) in self.types.iter().enumerate() {
                let all = [&t.id, &t.labels.da, &t.labels.en].into_iter();
                let all = all.chain(&t.short).chain(&t.aliases);
                words.extend(all.map(|w| (i, fold(w))));
            }
            words
        });
        // Words are in vocabulary order: the first match is the first type.
        words
            .iter()
            .find(|(_, f)| f == w)
            .map(|(i, _)| &self.types[*i])
    }

    /// Whether the workflow allows moving from one canonical status to
    /// another; `Err` holds what it allows instead. A kind without a
    /// workflow, or a status the workflow does not list, allows anything.
    pub fn allows(&self, from: &str, to: &str) -> Result<(), Vec<String>> {
        match self.workflow.get(from) {
            Some(next) if from != to && !next.iter().any(|n| n == to) => Err(next.clone()),
            _ => Ok(()),
        }
    }

    /// True when `name` is this kind's name or one of its aliases.
    pub fn is_called(&self, name: &str) -> bool {
        let lower = |s: &str| {
            s.chars()
                .flat_map(char::to_lowercase)
                .collect::<Vec<char>>()
        };
        if self.name == name {
            return true;
        }
        let n = lower(name);
        self.name.chars().eq(n.iter().copied()) || self.aliases.iter().any(|a| lower(a) == n)
    }
}

/// The free text after the first `chars` characters of the status as
/// written, without the punctuation that separates it from the word.
fn note_after(written: &str, chars: usize) -> String {
    let rest: String = written.trim().chars().skip(chars).collect();
    rest.trim_start_matches(['.', '!', ':', ';', ',', ' '])
        .trim()
        .to_string()
}

/// Reads `schema` and `schema_extra`, which name a JSON Schema file in the
/// repository, so that one writing the schema itself into `gov.yaml` is
/// told so, not "invalid type: map". (One place keeps a schema: its file,
/// which `gov schema export` writes and editors validate against.)
fn schema_path<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    use serde::Deserialize;
    match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::String(path)) => Ok(Some(path)),
        Some(_) => Err(serde::de::Error::custom(
            "the path of a JSON Schema file in the repository is expected here \
             (such as schemas/decision-extra.json), not a schema written inline",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn decision() -> Kind {
        Config::defaults()
            .kind("decision")
            .cloned()
            .expect("decision kind")
    }

    #[test]
    fn danish_words_map_to_canonical_statuses() {
        let k = decision();
        for (word, id) in [
            ("Accepteret", "accepted"),
            ("Godkendt", "accepted"),
            ("besluttet", "accepted"),
            ("Forslag", "proposed"),
            ("Udkast", "draft"),
            ("Erstattet", "superseded"),
            ("Afvist", "rejected"),
            ("accepted", "accepted"),
        ] {
            match k.match_status(word) {
                StatusMatch::Exact(s) => assert_eq!(s.id, id, "{word}"),
                other => panic!("{word}: {other:?}"),
            }
        }
    }

    #[test]
    fn free_text_after_a_status_word_is_kept_as_note() {
        let k = decision();
        match k.match_status("Besluttet. (pr mail, modtaget 1.7.2026)") {
            StatusMatch::WithNote(s, note) => {
                assert_eq!(s.id, "accepted");
                assert_eq!(note, "(pr mail, modtaget 1.7.2026)");
            }
            other => panic!("{other:?}"),
        }
        match k.match_status("Godkendt på styregruppemødet den 4. juni 2026.") {
            StatusMatch::WithNote(s, note) => {
                assert_eq!(s.id, "accepted");
                assert_eq!(note, "på styregruppemødet den 4. juni 2026.");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unknown_words_and_prefixes_inside_words_are_unknown() {
        let k = decision();
        assert_eq!(k.match_status("Vedtages senere"), StatusMatch::Unknown);
        assert_eq!(k.match_status("Godkendtx"), StatusMatch::Unknown);
        assert_eq!(k.match_status(""), StatusMatch::Unknown);
    }
}
