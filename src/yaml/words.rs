//! A YAML failure in the user's language (`Display` is English). The
//! typed kinds map to the catalogue; of the syntax messages, those gov
//! rewords from the parser (`parse.rs`) have Danish too, and the parser's
//! rarer messages are shown as it says them.

use super::YamlErrorKind;
use crate::i18n::{FindingMsg as F, Lang, t};
use crate::tr;

/// gov's wording of the parser's common messages, and their keys.
const SYNTAX: &[(&str, F)] = &[
    (
        "found a tab character where indentation was expected",
        F::YamlTabIndent,
    ),
    ("found a tab character where it is not allowed", F::YamlTab),
    ("the text ended in the middle of a value", F::YamlEof),
    ("expected `:` after this key", F::YamlColon),
    (
        "found `: ` where it is not allowed (quote a value that contains `: `)",
        F::YamlColonSpace,
    ),
    (
        "expected a `key: value` line here (check the indentation)",
        F::YamlExpectedKey,
    ),
    (
        "the indentation does not match the lines above",
        F::YamlIndent,
    ),
    ("a quoted value is not closed", F::YamlUnclosedQuote),
    ("expected a value here", F::YamlExpectedValue),
    ("expected `,` or `]` in a `[…]` list", F::YamlFlowList),
    ("expected `,` or `}` in a `{…}` map", F::YamlFlowMap),
    (
        "expected a `- ` item here (check the indentation)",
        F::YamlExpectedItem,
    ),
    (
        "found the end of a collection that never began",
        F::YamlUnopened,
    ),
];

impl YamlErrorKind {
    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            YamlErrorKind::Syntax(said) => SYNTAX
                .iter()
                .find(|(english, _)| english == said)
                .map_or_else(|| said.clone(), |(_, key)| t(lang, *key).to_string()),
            YamlErrorKind::TooDeep { limit } => tr!(lang, F::YamlTooDeep, limit),
            YamlErrorKind::TooManyNodes { limit } => tr!(lang, F::YamlTooManyNodes, limit),
            YamlErrorKind::AliasBudget { limit } => tr!(lang, F::YamlAliasBudget, limit),
            YamlErrorKind::AliasBytes { limit } => tr!(lang, F::YamlAliasBytes, limit),
            YamlErrorKind::UnknownAnchor(name) => tr!(lang, F::YamlUnknownAnchor, name),
            YamlErrorKind::MultipleDocuments => t(lang, F::YamlTwoDocuments).to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_display_and_every_rewording_has_danish() {
        for (english, _) in SYNTAX {
            let kind = YamlErrorKind::Syntax((*english).to_string());
            assert_eq!(kind.message(Lang::En), kind.to_string());
            assert_ne!(kind.message(Lang::Da), *english);
        }
        for kind in [
            YamlErrorKind::TooDeep { limit: 64 },
            YamlErrorKind::TooManyNodes { limit: 9 },
            YamlErrorKind::AliasBudget { limit: 9 },
            YamlErrorKind::AliasBytes { limit: 9 },
            YamlErrorKind::UnknownAnchor("a".into()),
            YamlErrorKind::MultipleDocuments,
        ] {
            assert_eq!(kind.message(Lang::En), kind.to_string());
            assert_ne!(kind.message(Lang::Da), kind.to_string());
        }
    }

    #[test]
    fn parser_messages_gov_words_itself_are_in_the_list() {
        let err = |text| super::super::testutil::err(text, &super::super::Limits::default());
        let tab = err("a:\n\tb: 1\n");
        assert_eq!(
            tab.kind.message(Lang::Da),
            "fandt et tabulatortegn, hvor der skulle være indrykning"
        );
        let open = err("a: \"x\n");
        assert_eq!(
            open.kind.message(Lang::Da),
            "en værdi i anførselstegn er ikke lukket"
        );
        assert_eq!(
            YamlErrorKind::Syntax("something new".into()).message(Lang::Da),
            "something new"
        );
    }
}
