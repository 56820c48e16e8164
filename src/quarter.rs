//! Quarters of a year, the roadmap's unit of time, and the targets people
//! write for them (DEC-0053).
//!
//! A target is one point or a span of them. A point is a quarter
//! (`2027-Q1`, `Q1 2027`, `K1 2027`, `1. kvartal 2027`, `first quarter
//! 2027`), a half-year (`2027-H2`, `2. halvår 2027`, `second half 2027`),
//! a year (`2027`), a month (`2027-03`, `marts 2027`) or a date in any form
//! gov reads (`15.03.2027`): each stands for the quarters it touches. A
//! span joins two points with `–`, `—`, `..`, `/`, ` til `, ` to ` or a
//! hyphen (`2026-2027`, `2027-Q1 - 2027-Q3`), optionally after `fra` or
//! `from`; it must not run backwards. Years outside 1900..=2200 are typos.

use jiff::civil::Date;
use serde::{Serialize, Serializer};

use crate::date::{MONTHS_DA, MONTHS_EN};

/// One quarter of one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// The year.
    pub year: i16,
    /// 1 to 4.
    pub quarter: u8,
}

impl Quarter {
    /// The quarter `date` falls in.
    pub fn of(date: Date) -> Quarter {
        Quarter {
            year: date.year(),
            quarter: u8::try_from((date.month() - 1) / 3 + 1).unwrap_or(1),
        }
    }

    /// Quarters counted from year 0, so two can be subtracted.
    pub fn index(self) -> i32 {
        i32::from(self.year) * 4 + i32::from(self.quarter) - 1
    }

    /// The quarter at `index` (the inverse of [`Quarter::index`]).
    pub fn from_index(index: i32) -> Quarter {
        Quarter {
            year: i16::try_from(index.div_euclid(4)).unwrap_or(i16::MAX),
            quarter: u8::try_from(index.rem_euclid(4) + 1).unwrap_or(1),
        }
    }

    /// Its first day.
    pub fn first_day(self) -> Date {
        let month = i8::try_from(self.quarter * 3 - 2).unwrap_or(1);
        Date::new(self.year, month, 1).unwrap_or_default()
    }

    /// Its last day.
    pub fn last_day(self) -> Date {
        let next = Quarter::from_index(self.index() + 1).first_day();
        next.yesterday().unwrap_or(next)
    }
}

impl std::fmt::Display for Quarter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-Q{}", self.year, self.quarter)
    }
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A run of whole quarters, `from` to `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// The first quarter.
    pub from: Quarter,
    /// The last quarter.
    pub to: Quarter,
}

impl Span {
    /// The one quarter `date` falls in.
    pub fn of_date(date: Date) -> Span {
        let q = Quarter::of(date);
        Span { from: q, to: q }
    }

    /// True when the two share a quarter.
    pub fn overlaps(self, other: Span) -> bool {
        self.from <= other.to && other.from <= self.to
    }
}

/// Why a text is not a target: it says what was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a quarter, half-year, year, month or date (e.g. 2027-Q1, H2 2027, 2027)")]
pub struct TargetError {
    /// The text as written, trimmed.
    pub text: String,
}

/// Reads a target (see the module documentation).
pub fn parse(text: &str) -> Result<Span, TargetError> {
    let trimmed = text.trim();
    let fail = || TargetError {
        text: trimmed.to_string(),
    };
    let lower = crate::unicode::nfc(trimmed).to_lowercase();
    let body = ["fra ", "from "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim();
    if body.is_empty() || body.len() > 200 {
        return Err(fail());
    }
    if let Some(span) = point(body) {
        return Ok(span);
    }
    for sep in ["–", "—", "..", " til ", " to ", " - ", "/"] {
        if let Some((a, b)) = body.split_once(sep) {
            return join(a, b).ok_or_else(fail);
        }
    }
    for (at, _) in body.match_indices('-') {
        if let Some(span) = join(&body[..at], &body[at + 1..]) {
            return Ok(span);
        }
    }
    Err(fail())
}

/// Two points as one span, when both read and it runs forwards.
fn join(a: &str, b: &str) -> Option<Span> {
    let (a, b) = (point(a.trim())?, point(b.trim())?);
    (a.from <= b.to).then_some(Span {
        from: a.from,
        to: b.to,
    })
}

/// One point: a quarter, half-year, year, month or date.
fn point(text: &str) -> Option<Span> {
    if text.is_empty() {
        return None;
    }
    let words = words(text);
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "of" | "i" | "in" | "st" | "nd" | "rd" | "th"))
        .collect();
    shaped(&words).or_else(|| {
        crate::date::parse(text)
            .ok()
            .map(|p| Span::of_date(p.date))
            .filter(|s| (1900..=2200).contains(&s.from.year))
    })
}

/// The quarters `first` to `last` of `year`.
fn quarters(year: i16, first: u8, last: u8) -> Span {
    Span {
        from: Quarter {
            year,
            quarter: first,
        },
        to: Quarter {
            year,
            quarter: last,
        },
    }
}

/// A point of words: a year; a year, a unit and a number in any of the
/// orders people write them; a year and a month.
fn shaped(words: &[&str]) -> Option<Span> {
    match *words {
        [y] => Some(quarters(year(y)?, 1, 4)),
        [a, b, c] => [(a, b, c), (c, a, b), (c, b, a)]
            .into_iter()
            .find_map(|(y, unit, n)| counted(y, unit, n)),
        [a, b] => [(a, b), (b, a)].into_iter().find_map(|(y, m)| {
            let month = match m.parse::<u8>() {
                Ok(n) if m.len() <= 2 => Some(n).filter(|n| (1..=12).contains(n))?,
                _ => month_name(m)?,
            };
            let q = (month - 1) / 3 + 1;
            Some(quarters(year(y)?, q, q))
        }),
        _ => None,
    }
}

/// `2027 Q 1`, `2027 halvår 2`: the quarters of the `n`th unit of a year.
fn counted(y: &str, unit: &str, n: &str) -> Option<Span> {
    let (y, n) = (year(y)?, ordinal(n)?);
    match Unit::of(unit)? {
        Unit::Quarter => Some(quarters(y, n, n)),
        Unit::Half if n <= 2 => Some(quarters(y, 2 * n - 1, 2 * n)),
        Unit::Half => None,
    }
}

/// The runs of letters and of digits in `text`; a letter run directly
/// followed by digits (`q1`, `h2`, `k3`) is split in two.
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last: Option<bool> = None;
    for c in text.chars() {
        let class = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        };
        match (class, out.last_mut()) {
            (Some(a), Some(word)) if last == Some(a) => word.push(c),
            (Some(_), _) => out.push(c.to_string()),
            (None, _) => {}
        }
        last = class;
    }
    out
}

/// A year of four digits in 1900..=2200.
fn year(word: &str) -> Option<i16> {
    (word.len() == 4)
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2200).contains(y))
}

/// `1`..`4`, or the word for it (`første`, `andet`, `second`).
fn ordinal(word: &str) -> Option<u8> {
    let n = match word {
        "første" | "foerste" | "first" => 1,
        "anden" | "andet" | "second" => 2,
        "tredje" | "third" => 3,
        "fjerde" | "fourth" => 4,
        digits if digits.len() <= 2 => digits.parse().ok()?,
        _ => return None,
    };
    (1..=4).contains(&n).then_some(n)
}

/// What the number in a point counts.
enum Unit {
    Quarter,
    Half,
}

impl Unit {
    fn of(word: &str) -> Option<Unit> {
        match word {
            "q" | "k" | "kv" | "kvt" | "kvartal" | "quarter" => Some(Unit::Quarter),
            "h" | "halvår" | "halvaar" | "half" => Some(Unit::Half),
            _ => None,
        }
    }
}

/// A month's number from its Danish or English name or their first three
/// letters (`mar`, `maj`, `okt`, `oct`).
fn month_name(word: &str) -> Option<u8> {
    for (i, (da, en)) in MONTHS_DA.iter().zip(MONTHS_EN.iter()).enumerate() {
        let en = en.to_lowercase();
        let short = |name: &str| name.chars().take(3).collect::<String>();
        if word == *da || word == en || word == short(da) || word == short(&en) {
            return u8::try_from(i + 1).ok();
        }
    }
    None
}

#[cfg(test)]
#[path = "quarter_tests.rs"]
mod tests;
