//! Resolution of plain scalars by the YAML 1.2 core schema.
//!
//! Only plain scalars are resolved; quoted and block scalars are always
//! strings. Integers that do not fit in an `i64` stay strings, so that long
//! reference numbers keep every digit instead of turning into an inexact
//! float. Dates such as `2025-06-15` are strings: the core schema has no
//! timestamp type.

use saphyr_parser::{ScalarStyle, Tag};

use super::{Style, Value};

/// The value and style of a scalar the parser read as `text` in `style`,
/// with `tag` if it had one: `!!str` makes a plain scalar a string, other
/// tags are ignored.
pub(crate) fn scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> (Value, Style) {
    let is_str_tag =
        tag.is_some_and(|t| format!("{}{}", t.handle, t.suffix) == "tag:yaml.org,2002:str");
    let string = || Value::String(text.to_owned());
    match style {
        ScalarStyle::Plain if is_str_tag => (string(), Style::Plain),
        ScalarStyle::Plain => (plain(text), Style::Plain),
        ScalarStyle::SingleQuoted => (string(), Style::SingleQuoted),
        ScalarStyle::DoubleQuoted => (string(), Style::DoubleQuoted),
        ScalarStyle::Literal => (string(), Style::Literal),
        ScalarStyle::Folded => (string(), Style::Folded),
    }
}

/// The value a plain scalar written as `s` stands for.
pub(crate) fn plain(s: &str) -> Value {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Value::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    if let Some(v) = int(s) {
        return v;
    }
    if is_float(s)
        && let Ok(f) = s.parse::<f64>()
    {
        return Value::Float(f);
    }
    Value::String(s.to_owned())
}

/// Whether a plain scalar written as `s` would be read back as the string
/// `s` itself (and not as null, a boolean or a number).
pub(crate) fn is_plain_string(s: &str) -> bool {
    matches!(plain(s), Value::String(_))
}

/// An integer in decimal (optionally signed), `0x` hex or `0o` octal. An
/// integer too large for `i64` resolves to a string (see the module docs).
fn int(s: &str) -> Option<Value> {
    let (digits, radix, signed) = if let Some(h) = s.strip_prefix("0x") {
        (h, 16, false)
    } else if let Some(o) = s.strip_prefix("0o") {
        (o, 8, false)
    } else {
        (s, 10, true)
    };
    let unsigned = if signed {
        digits.strip_prefix(['-', '+']).unwrap_or(digits)
    } else {
        digits
    };
    if unsigned.is_empty() || !unsigned.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let parsed = if signed {
        i64::from_str_radix(digits, radix)
    } else {
        i64::from_str_radix(unsigned, radix)
    };
    Some(match parsed {
        Ok(i) => Value::Int(i),
        Err(_) => Value::String(s.to_owned()),
    })
}

/// Matches `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
fn is_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'-' | b'+')) {
        i += 1;
    }
    let int_digits = count_digits(b, i);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_digits(b, i);
        i += frac_digits;
    } else if int_digits == 0 {
        return false;
    }
    if int_digits == 0 && frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        let exp = count_digits(b, i);
        if exp == 0 {
            return false;
        }
        i += exp;
    }
    i == b.len()
}

/// The number of ASCII digits in `b` starting at `from`.
fn count_digits(b: &[u8], from: usize) -> usize {
    b.get(from..).map_or(0, |rest| {
        rest.iter().take_while(|c| c.is_ascii_digit()).count()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_float_value(v: &Value, want: f64) -> bool {
        matches!(v, Value::Float(f) if (f.is_nan() && want.is_nan()) || *f == want)
    }

    #[test]
    fn nulls_and_bools() {
        for s in ["", "~", "null", "Null", "NULL"] {
            assert_eq!(plain(s), Value::Null, "{s:?}");
        }
        for s in ["true", "True", "TRUE"] {
            assert_eq!(plain(s), Value::Bool(true));
        }
        for s in ["false", "False", "FALSE"] {
            assert_eq!(plain(s), Value::Bool(false));
        }
        for s in ["nULL", "tRUE", "yes", "no", "on", "off", "y"] {
            assert_eq!(plain(s), Value::String(s.into()), "{s:?}");
        }
    }

    #[test]
    fn integers() {
        assert_eq!(plain("0"), Value::Int(0));
        assert_eq!(plain("-17"), Value::Int(-17));
        assert_eq!(plain("+17"), Value::Int(17));
        assert_eq!(plain("007"), Value::Int(7));
        assert_eq!(plain("0x1F"), Value::Int(31));
        assert_eq!(plain("0o17"), Value::Int(15));
        assert_eq!(plain("-9223372036854775808"), Value::Int(i64::MIN));
        for s in [
            "9223372036854775808",
            "0xFFFFFFFFFFFFFFFFFF",
            "12345678901234567890123",
        ] {
            assert_eq!(plain(s), Value::String(s.into()), "{s:?}");
        }
        for s in ["0x", "0o8", "-0x1", "1_000", "0b101", "1,000", "+", "-"] {
            assert_eq!(plain(s), Value::String(s.into()), "{s:?}");
        }
    }

    #[test]
    fn floats() {
        assert!(is_float_value(&plain("1.5"), 1.5));
        assert!(is_float_value(&plain("-1.5"), -1.5));
        assert!(is_float_value(&plain(".5"), 0.5));
        assert!(is_float_value(&plain("1."), 1.0));
        assert!(is_float_value(&plain("1e3"), 1000.0));
        assert!(is_float_value(&plain("+1.5E-2"), 0.015));
        assert!(is_float_value(&plain(".inf"), f64::INFINITY));
        assert!(is_float_value(&plain("+.Inf"), f64::INFINITY));
        assert!(is_float_value(&plain("-.INF"), f64::NEG_INFINITY));
        assert!(is_float_value(&plain(".NaN"), f64::NAN));
        for s in [
            ".", "e3", "1e", "1.2.3", "1.7.2026", "inf", "nan", ".5e", "-.inf.", "1 000",
        ] {
            assert_eq!(plain(s), Value::String(s.into()), "{s:?}");
        }
    }

    #[test]
    fn dates_and_text_stay_strings() {
        for s in ["2025-06-15", "01-02-2025", "12:30", "Møde", "a b"] {
            assert_eq!(plain(s), Value::String(s.into()), "{s:?}");
        }
    }
}
