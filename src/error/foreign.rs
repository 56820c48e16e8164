//! What others write in English inside gov's errors, said in the user's
//! language where its shape is known: serde's complaints about a value in
//! gov.yaml (`invalid type: sequence, expected a string`, `unknown field
//! …`, `missing field …`). These come as text (serde gives no structure
//! beyond its message), so they are read by their fixed shapes; anything
//! else is shown as it was said.

use crate::i18n::{ErrorMsg as E, Lang, t};
use crate::tr;

/// A configuration message (`kinds.decision.prefix: invalid type: …`) in
/// `lang`.
pub fn config_message(lang: Lang, message: &str) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    // `dotted.key: what serde said`, or serde's words alone.
    let (key, said) = match message.split_once(": ") {
        Some((key, said)) if !key.contains(' ') => (Some(key), said),
        _ => (None, message),
    };
    let Some(said) = serde(lang, said) else {
        return message.to_string();
    };
    match key {
        Some(key) => format!("{key}: {said}"),
        None => said,
    }
}

/// serde's message in `lang`, when it has one of serde's shapes.
fn serde(lang: Lang, said: &str) -> Option<String> {
    if let Some(rest) = said.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        let (found, expected) = (noun(lang, found), noun(lang, expected));
        return Some(tr!(lang, E::SerdeInvalidType, found, expected));
    }
    if let Some(rest) = said.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        let (found, expected) = (noun(lang, found), noun(lang, expected));
        return Some(tr!(lang, E::SerdeInvalidValue, found, expected));
    }
    if let Some(rest) = said.strip_prefix("unknown field ") {
        let (field, known) = rest.split_once(", expected one of ").unwrap_or((rest, ""));
        let field = field.split(", ").next().unwrap_or(field);
        return Some(tr!(lang, E::SerdeUnknownField, field, known));
    }
    if let Some(rest) = said.strip_prefix("unknown variant ") {
        let (value, known) = rest.split_once(", expected one of ").unwrap_or((rest, ""));
        return Some(tr!(lang, E::SerdeUnknownVariant, value, known));
    }
    if let Some(field) = said.strip_prefix("missing field ") {
        return Some(tr!(lang, E::SerdeMissingField, field));
    }
    if let Some(field) = said.strip_prefix("duplicate field ") {
        return Some(tr!(lang, E::SerdeDuplicateField, field));
    }
    None
}

/// A kind of value as serde names it (`sequence`, `a string`, `integer
/// `3``), in `lang`; other words as they are.
fn noun(lang: Lang, english: &str) -> String {
    let english = english.trim();
    // gov's own "expecting" phrases, which it gives serde in English.
    for key in [E::NounKinds, E::NounWeights] {
        if english == t(Lang::En, key) {
            return t(lang, key).to_string();
        }
    }
    let (head, quoted) = match english.split_once(' ') {
        Some((head, rest)) if rest.starts_with('`') || rest.starts_with('"') => (head, Some(rest)),
        _ => (english, None),
    };
    let key = match head.trim_start_matches("a ").trim_start_matches("an ") {
        "sequence" => E::NounList,
        "map" | "struct" => E::NounMap,
        "string" | "str" | "char" => E::NounText,
        "integer" | "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" => {
            E::NounNumber
        }
        "floating" | "f32" | "f64" => E::NounDecimal,
        "boolean" | "bool" => E::NounBoolean,
        "unit" | "null" => E::NounNothing,
        _ => return english.to_string(),
    };
    match quoted {
        Some(q) => format!("{} {q}", t(lang, key)),
        None if english.starts_with("floating point") => {
            let rest = english.trim_start_matches("floating point").trim();
            format!("{} {rest}", t(lang, key)).trim().to_string()
        }
        None => t(lang, key).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_s_shapes_are_said_in_danish() {
        let da = |m: &str| config_message(Lang::Da, m);
        assert_eq!(
            da("kinds.decision.prefix: invalid type: sequence, expected a string"),
            "kinds.decision.prefix: ugyldig type: en liste, hvor der skulle stå en tekst"
        );
        assert_eq!(
            da("status.stale_days: invalid type: string \"x\", expected u32"),
            "status.stale_days: ugyldig type: en tekst \"x\", hvor der skulle stå et heltal"
        );
        assert_eq!(
            da("kinds.decision: unknown field `foldr`, expected one of `folder`, `prefix`"),
            "kinds.decision: ukendt felt `foldr`; kendte felter: `folder`, `prefix`"
        );
        assert_eq!(
            da("kinds.x: missing field `folder`"),
            "kinds.x: feltet `folder` mangler"
        );
        assert_eq!(
            da("kinds: invalid type: sequence, expected a map of kind names to kinds"),
            "kinds: ugyldig type: en liste, hvor der skulle stå en tabel af sagstyper med deres navne"
        );
        assert_eq!(da("something else: entirely"), "something else: entirely");
        assert_eq!(
            config_message(Lang::En, "a: invalid type: map, expected a string"),
            "a: invalid type: map, expected a string"
        );
    }
}
