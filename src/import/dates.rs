//! Dates and times inside free text ("Besluttet på styregruppemødet
//! 4.6.2026", "06.08.2026 kl. 13 - 14:30", `20260806_Styregruppe.md`),
//! read with [`crate::date::parse`], so every form it knows is found and
//! a numeric date is always day-first.

use jiff::civil::Date;

use crate::date::{self, DateForm, ParsedDate};

/// The longest date text tried (`30. september 2026` is 18 characters).
const LONGEST: usize = 24;

/// The first date written in `text`, with its byte range. A candidate
/// starts where a run of digits or letters starts and ends before a
/// character that is not a letter or digit; the longest that parses wins.
pub(crate) fn find(text: &str) -> Option<(ParsedDate, std::ops::Range<usize>)> {
    let starts = text.char_indices().filter(|&(i, c)| {
        c.is_alphanumeric()
            && !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    });
    for (start, _) in starts {
        let ends: Vec<usize> = text[start..]
            .char_indices()
            .map(|(i, c)| (start + i, c))
            .take_while(|&(i, _)| i - start <= LONGEST)
            .filter(|&(i, c)| i > start && !c.is_alphanumeric() && is_end(text, i))
            .map(|(i, _)| i)
            .chain((text.len() - start <= LONGEST).then_some(text.len()))
            .collect();
        for &end in ends.iter().rev() {
            if let Ok(parsed) = date::parse(&text[start..end]) {
                return Some((parsed, start..end));
            }
        }
    }
    None
}

/// True when `i` ends a word: the character before it is alphanumeric.
fn is_end(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// The date a file name starts with: `20260806_…`, `2026-05-28-…`.
pub(crate) fn from_file_name(path: &str) -> Option<Date> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() == 8 {
        let (y, md) = digits.split_at(4);
        let (m, d) = md.split_at(2);
        return date::parse(&format!("{y}-{m}-{d}")).ok().map(|p| p.date);
    }
    let head = name.get(..10)?;
    match date::parse(head) {
        Ok(p) if p.form == DateForm::Iso => Some(p.date),
        _ => None,
    }
}

/// The start and end times after a date on a time line: `kl. 13 - 14:30`
/// gives `13:00` and `14:30`; `13.00-14.30` the same. Hours above 23 or
/// minutes above 59 are not times.
pub(crate) fn times(text: &str) -> (Option<String>, Option<String>) {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && found.len() < 2 {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let hour_end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let mut end = hour_end;
        let mut minute = 0;
        if matches!(bytes.get(hour_end), Some(b':' | b'.'))
            && bytes
                .get(hour_end + 1..hour_end + 3)
                .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            && !bytes
                .get(hour_end + 3)
                .is_some_and(u8::is_ascii_alphanumeric)
        {
            minute = text[hour_end + 1..hour_end + 3].parse().unwrap_or(99);
            end = hour_end + 3;
        }
        let hour: u32 = text[i..hour_end].parse().unwrap_or(99);
        let whole = !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
        if whole && hour_end - i <= 2 && hour <= 23 && minute <= 59 {
            found.push(format!("{hour:02}:{minute:02}"));
        }
        i = end.max(i + 1);
    }
    let mut it = found.into_iter();
    (it.next(), it.next())
}
