//! What a kind's JSON Schema says about a value, as data, so GOV010 can be
//! said in the user's language: the validator's own message is English.
//! The common problems (wrong type, not one of the allowed forms or words,
//! a missing key, too few items …) have their own words in the catalogue;
//! any other is shown as the validator said it.

use crate::i18n::{FindingMsg as F, Lang, t};
use crate::tr;
use jsonschema::error::{TypeKind, ValidationErrorKind as V};

/// A schema problem gov can say in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaProblem {
    /// The value has the wrong JSON type; `expected` are type names.
    Type {
        /// The value, as JSON.
        value: String,
        /// The JSON types allowed (`string`, `array` …).
        expected: Vec<String>,
    },
    /// The value fits none of the allowed forms (`oneOf`, `anyOf`).
    NoForm {
        /// The value, as JSON.
        value: String,
    },
    /// The value is not one of the allowed values (`enum`, `const`).
    NotAllowed {
        /// The value, as JSON.
        value: String,
        /// The allowed values, as JSON.
        allowed: String,
    },
    /// A key the schema requires is missing.
    Required {
        /// The key.
        key: String,
    },
    /// Keys the schema does not allow.
    Unexpected {
        /// The keys, separated by `` `, ` `` (the template quotes them).
        keys: String,
    },
    /// A list with fewer items than allowed.
    TooFewItems {
        /// The least number of items.
        limit: u64,
    },
    /// A list with more items than allowed.
    TooManyItems {
        /// The greatest number of items.
        limit: u64,
    },
    /// A text shorter than allowed.
    TooShort {
        /// The least number of characters.
        limit: u64,
    },
    /// A text longer than allowed.
    TooLong {
        /// The greatest number of characters.
        limit: u64,
    },
    /// A text that does not match the schema's pattern.
    Pattern {
        /// The value, as JSON.
        value: String,
        /// The regular expression.
        pattern: String,
    },
    /// A list with the same item twice.
    NotUnique,
    /// Anything else: the validator's English message is shown.
    Other,
}

impl SchemaProblem {
    /// The problem a validator error describes.
    pub fn of(error: &jsonschema::ValidationError<'_>) -> SchemaProblem {
        let value = || error.instance().to_string();
        match error.kind() {
            V::Type { kind } => SchemaProblem::Type {
                value: value(),
                expected: match kind {
                    TypeKind::Single(t) => vec![t.to_string()],
                    TypeKind::Multiple(set) => set.iter().map(|t| t.to_string()).collect(),
                },
            },
            V::OneOfNotValid { .. } | V::AnyOf { .. } => SchemaProblem::NoForm { value: value() },
            V::Enum { options } => SchemaProblem::NotAllowed {
                value: value(),
                allowed: options.to_string(),
            },
            V::Constant { expected_value } => SchemaProblem::NotAllowed {
                value: value(),
                allowed: expected_value.to_string(),
            },
            V::Required { property } => SchemaProblem::Required {
                key: property
                    .as_str()
                    .map_or_else(|| property.to_string(), str::to_string),
            },
            V::AdditionalProperties { unexpected } | V::UnevaluatedProperties { unexpected } => {
                SchemaProblem::Unexpected {
                    keys: unexpected.join("`, `"),
                }
            }
            V::MinItems { limit } => SchemaProblem::TooFewItems { limit: *limit },
            V::MaxItems { limit } => SchemaProblem::TooManyItems { limit: *limit },
            V::MinLength { limit } => SchemaProblem::TooShort { limit: *limit },
            V::MaxLength { limit } => SchemaProblem::TooLong { limit: *limit },
            V::Pattern { pattern } => SchemaProblem::Pattern {
                value: value(),
                pattern: pattern.clone(),
            },
            V::UniqueItems => SchemaProblem::NotUnique,
            _ => SchemaProblem::Other,
        }
    }

    /// The problem in `lang`. English is the validator's own message
    /// (`said`), as gov has always shown it; so is any problem without
    /// words of its own.
    pub fn message(&self, lang: Lang, said: &str) -> String {
        if lang == Lang::En {
            return said.to_string();
        }
        match self {
            SchemaProblem::Type { value, expected } => {
                let expected = expected
                    .iter()
                    .map(|name| type_name(lang, name))
                    .collect::<Vec<_>>()
                    .join(&format!(" {} ", t(lang, F::SchemaOr)));
                tr!(lang, F::SchemaType, value, expected)
            }
            SchemaProblem::NoForm { value } => tr!(lang, F::SchemaNoForm, value),
            SchemaProblem::NotAllowed { value, allowed } => {
                tr!(lang, F::SchemaNotAllowed, value, allowed)
            }
            SchemaProblem::Required { key } => tr!(lang, F::SchemaRequired, key),
            SchemaProblem::Unexpected { keys } => tr!(lang, F::SchemaUnexpected, keys),
            SchemaProblem::TooFewItems { limit } => tr!(lang, F::SchemaTooFewItems, limit),
            SchemaProblem::TooManyItems { limit } => tr!(lang, F::SchemaTooManyItems, limit),
            SchemaProblem::TooShort { limit } => tr!(lang, F::SchemaTooShort, limit),
            SchemaProblem::TooLong { limit } => tr!(lang, F::SchemaTooLong, limit),
            SchemaProblem::Pattern { value, pattern } => {
                tr!(lang, F::SchemaPattern, value, pattern)
            }
            SchemaProblem::NotUnique => t(lang, F::SchemaNotUnique).to_string(),
            SchemaProblem::Other => said.to_string(),
        }
    }
}

/// A JSON type's name in `lang` (`string` is `tekst`).
fn type_name(lang: Lang, json: &str) -> String {
    let key = match json {
        "string" => F::JsonString,
        "array" => F::JsonArray,
        "object" => F::JsonObject,
        "integer" => F::JsonInteger,
        "number" => F::JsonNumber,
        "boolean" => F::JsonBoolean,
        "null" => F::JsonNull,
        other => return other.to_string(),
    };
    t(lang, key).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The problem and its Danish words for a value under a schema.
    fn danish(schema: serde_json::Value, value: serde_json::Value) -> (SchemaProblem, String) {
        let validator = jsonschema::validator_for(&schema).expect("schema compiles");
        let error = validator.iter_errors(&value).next().expect("an error");
        let problem = SchemaProblem::of(&error);
        let text = problem.message(Lang::Da, &error.to_string());
        (problem, text)
    }

    #[test]
    fn common_problems_are_said_in_danish() {
        let (p, text) = danish(json!({"type": "string"}), json!(3));
        assert!(matches!(p, SchemaProblem::Type { .. }), "{p:?}");
        assert_eq!(text, "3 er ikke en tekst");
        let (_, text) = danish(
            json!({"oneOf": [{"type": "string"}, {"type": "array"}]}),
            json!(3),
        );
        assert_eq!(text, "3 passer ikke til nogen af de tilladte former");
        let (_, text) = danish(json!({"enum": ["a", "b"]}), json!("c"));
        assert_eq!(
            text,
            "\"c\" er ikke en af de tilladte værdier: [\"a\",\"b\"]"
        );
        let (_, text) = danish(json!({"required": ["title"]}), json!({}));
        assert_eq!(text, "nøglen `title` mangler");
        let (_, text) = danish(json!({"minItems": 1}), json!([]));
        assert_eq!(text, "listen skal have mindst 1 element(er)");
        let (_, text) = danish(json!({"type": ["string", "null"]}), json!(1));
        assert_eq!(text, "1 er ikke ingen værdi (null) eller en tekst");
    }

    #[test]
    fn english_is_the_validator_s_own_message() {
        let schema = json!({"type": "string"});
        let validator = jsonschema::validator_for(&schema).expect("schema compiles");
        let value = json!(3);
        let error = validator.iter_errors(&value).next().expect("an error");
        let said = error.to_string();
        assert_eq!(SchemaProblem::of(&error).message(Lang::En, &said), said);
        assert_eq!(SchemaProblem::Other.message(Lang::Da, "x y"), "x y");
    }
}
