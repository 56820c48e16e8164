//! Dates as real Danish municipal records write them, read without guessing.
//!
//! gov writes only ISO `yyyy-mm-dd`, but records arrive as `15-06-2025`, `4.6.2026`, `1/7-2026`,
//! `03.08.26`, `4. juni 2026`, `June 4, 2026` or ISO datetimes. A numeric date that does not start
//! with a year is ALWAYS read day-first, the Danish norm, never month-first; [`ParsedDate`] says
//! which form was seen and whether a month-first reader would have found another valid date.
//! Two-digit years pivot at 70: `00`–`69` are 2000–2069, `70`–`99` are 1970–1999. Years outside
//! 1900..=2200 are typos, out of range. ISO week and ordinal dates and trailing text
//! (`2025-06-15 (revideret)`) are unrecognised: the caller reports them.

use jiff::civil::Date;

/// Danish month names, lowercase as Danish writes them, for [`human`] and [`parse`].
#[rustfmt::skip]
pub const MONTHS_DA: [&str; 12] = [
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
    "november", "december",
];

/// English month names, for [`human`] and [`parse`].
#[rustfmt::skip]
pub const MONTHS_EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

/// How a date was written, so validation can say "write ISO" or "this was read day-first".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateForm {
    /// `yyyy-mm-dd`, the form gov writes.
    Iso,
    /// An ISO datetime, `2026-08-06T13:00:00+02:00` or `2026-08-06 13:00`; the date is kept.
    IsoDateTime,
    /// `dd-mm-yyyy`, `dd.mm.yyyy`, `dd/mm/yyyy` or `d/m-yyyy`, read day-first.
    DayFirst,
    /// Day-first with a two-digit year, such as `03.08.26`.
    DayFirstShortYear,
    /// A year-first date that is not ISO, such as `2026/08/06`, `2026.08.06` or `2026-8-6`.
    YearFirst,
    /// A month name, such as `4. juni 2026`, `4 June 2026` or `June 4, 2026`.
    Named,
}

/// A date read from a record, with how it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedDate {
    /// The date, always read day-first when the form is numeric and not year-first.
    pub date: Date,
    /// How the text wrote it.
    pub form: DateForm,
    /// True when the day-first reading differs from a month-first reading that would also be
    /// valid (`01-02-2025`; not `15-06-2025`, not `01-01-2025`), so a reader could have misread it.
    pub ambiguous: bool,
}

/// Why a text is not a date, typed so validation can phrase its own finding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// No supported form matches the whole text.
    #[error("{text:?} is not a date gov can read; write it as yyyy-mm-dd")]
    Unrecognised {
        /// The text, trimmed.
        text: String,
    },
    /// The text has a date's form but names no real date, or a year outside 1900–2200.
    #[error("{text:?} is not a real date: {reason}")]
    OutOfRange {
        /// The text, trimmed.
        text: String,
        /// What is impossible: month 13, 30 February.
        reason: Impossible,
    },
    /// The text is empty or only whitespace.
    #[error("the date is empty")]
    Empty,
}

impl DateError {
    /// Why the text is not a date, in a language (`Display` is English).
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::CliMsg;
        match self {
            DateError::Unrecognised { text } => crate::tr!(lang, CliMsg::DateUnrecognised, text),
            DateError::OutOfRange { text, reason } => {
                crate::tr!(
                    lang,
                    CliMsg::DateOutOfRange,
                    text,
                    reason = reason.message(lang)
                )
            }
            DateError::Empty => crate::i18n::t(lang, CliMsg::DateEmpty).to_string(),
        }
    }
}

/// What makes a date that has a date's form impossible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Impossible {
    /// A month number outside 1–12.
    Month(i8),
    /// A day number outside 1–31.
    Day(i8),
    /// 29 February of a year that is not a leap year.
    LeapDay(i16),
    /// A day the month does not have (31 April).
    DayOfMonth {
        /// The day.
        day: i8,
        /// The month, 1–12.
        month: i8,
    },
    /// A year outside 1900–2200, as written.
    Year(String),
    /// A time of day or offset part out of range (hour 25).
    Clock {
        /// Which part.
        part: ClockPart,
        /// Its value.
        value: i8,
    },
}

/// A part of a time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockPart {
    /// The hour.
    Hour,
    /// The minute.
    Minute,
    /// The second.
    Second,
    /// The offset's hours.
    OffsetHour,
    /// The offset's minutes.
    OffsetMinute,
}

impl Impossible {
    /// What is impossible, in a language (`Display` is English).
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::CliMsg as C;
        use crate::tr;
        let month_name = |m: &i8| {
            let names = if lang == crate::i18n::Lang::Da {
                &MONTHS_DA
            } else {
                &MONTHS_EN
            };
            usize::try_from(m - 1)
                .ok()
                .and_then(|i| names.get(i))
                .copied()
                .unwrap_or_default()
        };
        match self {
            Impossible::Month(month) => tr!(lang, C::DateNoMonth, month),
            Impossible::Day(day) => tr!(lang, C::DateNoDay, day),
            Impossible::LeapDay(year) => tr!(lang, C::DateNoLeapDay, year),
            Impossible::DayOfMonth { day, month } => {
                tr!(lang, C::DateNoDayOfMonth, day, month = month_name(month))
            }
            Impossible::Year(year) => tr!(lang, C::DateYear, year),
            Impossible::Clock { part, value } => {
                let part = crate::i18n::t(
                    lang,
                    match part {
                        ClockPart::Hour => C::ClockHour,
                        ClockPart::Minute => C::ClockMinute,
                        ClockPart::Second => C::ClockSecond,
                        ClockPart::OffsetHour => C::ClockOffsetHour,
                        ClockPart::OffsetMinute => C::ClockOffsetMinute,
                    },
                );
                tr!(lang, C::DateNoClock, part, value)
            }
        }
    }
}

impl std::fmt::Display for Impossible {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::En))
    }
}

/// ISO `yyyy-mm-dd`, the only form gov writes.
#[must_use]
pub fn iso(date: Date) -> String {
    date.to_string()
}

/// Human date for output in Danish (`4. juni 2026`) or English (`4 June 2026`).
#[must_use]
pub fn human(date: Date, danish: bool) -> String {
    let months = if danish { &MONTHS_DA } else { &MONTHS_EN };
    let index = usize::try_from(date.month() - 1).unwrap_or(0);
    let month = months.get(index).unwrap_or(&"?");
    let dot = if danish { "." } else { "" };
    format!("{}{dot} {month} {}", date.day(), date.year())
}

/// Reads a date in any supported form; trims whitespace; month names are case-insensitive.
///
/// # Errors
/// [`DateError::Empty`] for blank text, [`DateError::Unrecognised`] when no form matches the
/// whole text, [`DateError::OutOfRange`] when the form matches but the date cannot exist.
pub fn parse(text: &str) -> Result<ParsedDate, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let fields = match tokens(text).as_slice() {
        [Num(a), Sym(s1), Num(b), Sym(s2), Num(c), time @ ..] => numeric([a, b, c], *s1, *s2, time),
        // `4. juni 2026`, `4 juni 2026`, `4.juni 2026`, `4. jun. 2026`, `4 June 2026`.
        [Num(d), Sym('.') | Space, Word(m), Space, Num(y)]
        | [Num(d), Sym('.') | Space, Word(m), Sym('.'), Space, Num(y)]
        | [Num(d), Sym('.'), Space, Word(m), Space, Num(y)]
        | [Num(d), Sym('.'), Space, Word(m), Sym('.'), Space, Num(y)]
        // `June 4, 2026`, `June 4 2026`, `Jun. 4, 2026`.
        | [Word(m), Space, Num(d), Space, Num(y)]
        | [Word(m), Sym('.'), Space, Num(d), Space, Num(y)]
        | [Word(m), Space, Num(d), Sym(','), Space, Num(y)]
        | [Word(m), Sym('.'), Space, Num(d), Sym(','), Space, Num(y)] => named(y, m, d),
        _ => Err(Fail::Shape),
    };
    fields.and_then(resolve).map_err(|fail| {
        let text = text.to_owned();
        match fail {
            Fail::Shape => DateError::Unrecognised { text },
            Fail::Range(reason) => DateError::OutOfRange { text, reason },
        }
    })
}

/// One lexical piece of a date text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'a> {
    Num(&'a str),
    Word(&'a str),
    Sym(char),
    Space,
}
use Tok::{Num, Space, Sym, Word};

/// Splits text into runs of ASCII digits, letters and whitespace; anything else is one symbol.
fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let run = |keep: fn(char) -> bool| rest.find(|c: char| !keep(c)).unwrap_or(rest.len());
        let (tok, len) = if c.is_ascii_digit() {
            let n = run(|c| c.is_ascii_digit());
            (Num(&rest[..n]), n)
        } else if c.is_alphabetic() {
            let n = run(char::is_alphabetic);
            (Word(&rest[..n]), n)
        } else if c.is_whitespace() {
            (Space, run(char::is_whitespace))
        } else {
            (Sym(c), c.len_utf8())
        };
        out.push(tok);
        rest = &rest[len..];
    }
    out
}

/// Why parsing failed, before the text is attached: the shape is wrong, or a value is impossible.
enum Fail {
    Shape,
    Range(Impossible),
}

/// Year, month, day and form of a text whose shape is right; the values are not yet checked.
type Fields = (i16, i8, i8, DateForm);

/// Checks the values and builds the date, with its ambiguity.
fn resolve((year, month, day, form): Fields) -> Result<ParsedDate, Fail> {
    let name = MONTHS_EN.get(usize::try_from(month - 1).unwrap_or(12));
    let Ok(date) = Date::new(year, month, day) else {
        return Err(Fail::Range(match name {
            None => Impossible::Month(month),
            Some(_) if !(1..=31).contains(&day) => Impossible::Day(day),
            Some(_) if month == 2 && day == 29 => Impossible::LeapDay(year),
            Some(_) => Impossible::DayOfMonth { day, month },
        }));
    };
    let day_first = matches!(form, DateForm::DayFirst | DateForm::DayFirstShortYear);
    let ambiguous = day_first && day != month && Date::new(year, day, month).is_ok();
    Ok(ParsedDate {
        date,
        form,
        ambiguous,
    })
}

/// A day, month or hour written with one or two digits.
fn small(digits: &str) -> Result<i8, Fail> {
    match (digits.len(), digits.parse()) {
        (1..=2, Ok(value)) => Ok(value),
        _ => Err(Fail::Shape),
    }
}

/// A year written in full; only four digits in 1900..=2200 are accepted.
fn full_year(digits: &str) -> Result<i16, Fail> {
    match (digits.len(), digits.parse::<i16>()) {
        (0..=2, _) => Err(Fail::Shape),
        (4, Ok(year)) if (1900..=2200).contains(&year) => Ok(year),
        _ => Err(Fail::Range(Impossible::Year(digits.to_string()))),
    }
}

/// `a s1 b s2 c [time]`: day-first when `a` has one or two digits, year-first otherwise.
fn numeric([a, b, c]: [&str; 3], s1: char, s2: char, time: &[Tok]) -> Result<Fields, Fail> {
    let same = s1 == s2 && matches!(s1, '-' | '.' | '/');
    if a.len() <= 2 {
        if !time.is_empty() || !(same || (s1 == '/' && s2 == '-')) {
            return Err(Fail::Shape);
        }
        let (day, month) = (small(a)?, small(b)?);
        if c.len() != 2 {
            return Ok((full_year(c)?, month, day, DateForm::DayFirst));
        }
        let short = i16::from(small(c)?);
        let year = short + if short < 70 { 2000 } else { 1900 };
        return Ok((year, month, day, DateForm::DayFirstShortYear));
    }
    let (month, day) = (small(b)?, small(c)?);
    let strict = s1 == '-' && a.len() == 4 && b.len() == 2 && c.len() == 2;
    let form = match (same, time.is_empty(), strict) {
        (true, true, true) => DateForm::Iso,
        (true, true, false) => DateForm::YearFirst,
        (true, false, true) => clock(time).map(|()| DateForm::IsoDateTime)?,
        _ => return Err(Fail::Shape),
    };
    Ok((full_year(a)?, month, day, form))
}

/// The time after an ISO date: `T` or a space, `hh:mm[:ss[.frac]]`, then `Z`, `±hh[:mm]` or
/// nothing. Only its shape and ranges matter: gov keeps the date as written.
fn clock(toks: &[Tok]) -> Result<(), Fail> {
    let [Space | Word("T" | "t"), Num(h), Sym(':'), Num(m), rest @ ..] = toks else {
        return Err(Fail::Shape);
    };
    let (s, rest) = match rest {
        [Sym(':'), Num(s), Sym('.' | ','), Num(_), rest @ ..] | [Sym(':'), Num(s), rest @ ..] => {
            (Some(*s), rest)
        }
        _ => (None, rest),
    };
    let offset = match rest {
        [] | [Word("Z" | "z")] => None,
        [Sym('+' | '-'), Num(oh), Sym(':'), Num(om)] => Some((*oh, *om)),
        [Sym('+' | '-'), Num(ohm)] if ohm.len() == 4 => Some(ohm.split_at(2)),
        [Sym('+' | '-'), Num(oh)] => Some((*oh, "00")),
        _ => return Err(Fail::Shape),
    };
    let two = |d: &str| small(d).ok().filter(|_| d.len() == 2).ok_or(Fail::Shape);
    let mut parts = vec![
        (ClockPart::Hour, small(h)?, 23),
        (ClockPart::Minute, two(m)?, 59),
    ];
    if let Some(s) = s {
        parts.push((ClockPart::Second, two(s)?, 60));
    }
    if let Some((oh, om)) = offset {
        parts.extend([
            (ClockPart::OffsetHour, two(oh)?, 23),
            (ClockPart::OffsetMinute, two(om)?, 59),
        ]);
    }
    match parts.into_iter().find(|&(_, value, max)| value > max) {
        Some((part, value, _)) => Err(Fail::Range(Impossible::Clock { part, value })),
        None => Ok(()),
    }
}

/// The month a full or abbreviated Danish or English name means, ignoring case.
fn month_number(word: &str) -> Option<i8> {
    let same = |name: &str| name.eq_ignore_ascii_case(word);
    let hit = (0..12).find(|&i| {
        let names = [MONTHS_DA[i], MONTHS_EN[i]];
        names
            .iter()
            .any(|name| same(name) || name.get(..3).is_some_and(same))
    });
    let hit = hit.or_else(|| same("sept").then_some(8))?;
    i8::try_from(hit + 1).ok()
}

/// The fields of a date written with a month name; shape errors come before the year's range.
fn named(y: &str, m: &str, d: &str) -> Result<Fields, Fail> {
    let (month, day) = (month_number(m).ok_or(Fail::Shape)?, small(d)?);
    Ok((full_year(y)?, month, day, DateForm::Named))
}

/// The proleptic Gregorian (year, month, day) of a day number counted from
/// 1970-01-01, by Howard Hinnant's `civil_from_days`: plain integer
/// arithmetic, for the places that turn hundreds of thousands of git
/// times into dates.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
#[path = "date_proptests.rs"]
mod tests;
