//! Why a `key=value` argument or a `gov new` option is refused, as data,
//! so [`super::Error::BadAssignment`] is said in the user's language.

use crate::i18n::{ErrorMsg as E, Labels, Lang, t};
use crate::tr;

/// Why an argument cannot be applied.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// No `=` in a `key=value` argument.
    NoEquals,
    /// A key with other characters than letters, digits, `_` and `-`.
    BadKey,
    /// A `key:=value` whose value is not YAML.
    NotYaml(crate::yaml::YamlError),
    /// `gov new` without a title.
    NoTitle,
    /// A `--type` the kind does not have.
    UnknownType {
        /// The kind's name in both languages.
        kind: Box<Labels>,
        /// Its types.
        types: Vec<Labels>,
    },
    /// `--supersedes` naming a record of another kind.
    OtherKind {
        /// The superseded record's ID.
        id: String,
        /// Its kind.
        is: Box<Labels>,
        /// The kind of the new record.
        wanted: Box<Labels>,
    },
    /// `--supersedes` for a kind without a superseded status.
    NoSupersededStatus {
        /// The kind's name in both languages.
        kind: Box<Labels>,
    },
    /// The edited file would not read back as intended.
    ReadBack {
        /// The record's path.
        path: String,
    },
}

impl Refusal {
    /// Why, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Refusal::NoEquals => t(lang, E::RefuseNoEquals).to_string(),
            Refusal::BadKey => t(lang, E::RefuseBadKey).to_string(),
            Refusal::NotYaml(e) => tr!(
                lang,
                E::RefuseNotYaml,
                message = e.kind.message(lang),
                line = e.pos.line,
                column = e.pos.column
            ),
            Refusal::NoTitle => t(lang, E::RefuseNoTitle).to_string(),
            Refusal::UnknownType { kind, types } => tr!(
                lang,
                E::RefuseUnknownType,
                kind = kind.get(lang),
                types = Labels::join(types, lang)
            ),
            Refusal::OtherKind { id, is, wanted } => {
                let (is, wanted) = (is.get(lang), wanted.get(lang));
                tr!(lang, E::RefuseOtherKind, id, is, wanted)
            }
            Refusal::NoSupersededStatus { kind } => {
                tr!(lang, E::RefuseNoSuperseded, kind = kind.get(lang))
            }
            Refusal::ReadBack { path } => tr!(lang, E::RefuseReadBack, path),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Assignment;

    fn refusal(arg: &str) -> Refusal {
        match Assignment::parse(arg) {
            Err(crate::Error::BadAssignment { reason, .. }) => reason,
            other => panic!("{arg}: {other:?}"),
        }
    }

    #[test]
    fn refusals_are_said_in_both_languages() {
        let no_equals = refusal("status");
        assert_eq!(no_equals.to_string(), "expected key=value");
        assert_eq!(no_equals.message(Lang::Da), "forventede nøgle=værdi");
        assert!(matches!(refusal("bad key=x"), Refusal::BadKey));
        let yaml = refusal("tags:=[a");
        assert!(yaml.to_string().starts_with("not a YAML value: "), "{yaml}");
        let da = yaml.message(Lang::Da);
        assert!(da.starts_with("ikke en YAML-værdi: "), "{da}");
        assert!(da.contains("(linje 1, kolonne"), "{da}");
    }
}
