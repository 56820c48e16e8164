//! The file name against what the record says. Communities name files
//! `2026-05-28-kiosk-mode.md` or `20260806_Styregruppe.md`; when such a
//! file later says `date: 2026-06-15` (GOV032) or `title: Ny
//! leverandøraftale` (GOV033), the name still tells what the file was made
//! for, and a decided record rewritten in place (a new proposal typed over
//! an accepted decision in the web editor) shows exactly this way.
//!
//! The slug is compared through the project's slug rules ([`crate::slug`]:
//! æ→ae, ø→oe, å→aa) and then tolerantly: `okonomi`, `oekonomi` and
//! `økonomi` are one word, a short name for a long title is no finding
//! (`kiosk-mode` for "Kiosk-tilstand på borgerPC'er"), and only a name that
//! shares no word of substance with the title is reported. File names
//! without a date (GOV032) or without a slug part (`DEC-0007.md`,
//! `20260806.md`; GOV033) are not judged.

use super::Located;
use super::finding::Finding;
use crate::config::Kind;
use crate::date;
use crate::record::{Record, Summary, id_in_file_name};

/// Words too common in titles to tell two subjects apart (as folded by
/// [`fold`]): sharing one of them is no sign of sharing a subject.
const COMMON: &[&str] = &[
    "for",
    "til",
    "med",
    "den",
    "det",
    "der",
    "som",
    "fra",
    "ved",
    "nye",
    "nyt",
    "samt",
    "vedr",
    "under",
    "over",
    "efter",
    "the",
    "and",
    "with",
    "use",
    "using",
    "new",
    "from",
    "beslutning",
    "decision",
    "adr",
    "sdr",
    "odr",
];

/// GOV032 and GOV033 for one record. The slug is judged for kinds whose
/// records are superseded rather than rewritten (decisions, plans): there
/// a name that no longer fits the title is the sign of an overwrite, while
/// a meeting's name (`20260806_OS2BorgerPCStyregruppe.md`) is not its title.
pub fn check(record: &Record, summary: &Summary, kind: &Kind) -> Vec<Located> {
    let path = record.path.as_str();
    let position = |key: &str| {
        record
            .field(key)
            .map_or((1, 1), |n| (n.span.start.line, n.span.start.column))
    };
    let decided = kind.superseded.is_some();
    let mut out = Vec::new();
    if let (Some(file_date), Some(record_date)) =
        (date_in_file_name(record.file_name()), &summary.date)
        && file_date != *record_date
    {
        let (line, column) = position("date");
        out.push(Located::at(
            path,
            line,
            column,
            Finding::FileNameDate {
                file_date,
                record_date: record_date.clone(),
                decided,
            },
        ));
    }
    if !decided {
        return out;
    }
    let Some(title) = record
        .field_text("title")
        .filter(|t| !t.trim().is_empty())
        .or_else(|| record.heading())
    else {
        return out;
    };
    let name = record.file_name();
    if let Some(slug) = slug_in_file_name(name, &kind.prefix)
        && !same_subject(slug, &title)
    {
        let title = crate::import::vocab::title_prefix(&title).1.to_string();
        let start = slug.as_ptr() as usize - name.as_ptr() as usize;
        let ext = name.rfind('.').map_or("", |i| &name[i..]);
        let suggested = format!("{}{}{ext}", &name[..start], crate::slug::slug(&title));
        let (line, column) = position("title");
        out.push(Located::at(
            path,
            line,
            column,
            Finding::FileNameSlug {
                slug: slug.to_string(),
                title,
                suggested,
            },
        ));
    }
    out
}

/// `2026-05-28-slug.md` or `20260806_Name.md` → the ISO date.
pub fn date_in_file_name(name: &str) -> Option<String> {
    let len = date_prefix(name)?;
    let digits: String = name[..len].chars().filter(char::is_ascii_digit).collect();
    let iso = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]);
    let parsed = date::parse(&iso).ok()?;
    Some(date::iso(parsed.date))
}

/// The length of a leading `yyyy-mm-dd` or `yyyymmdd` followed by `_`,
/// `-` or `.`, as written (the date itself is not checked here).
fn date_prefix(name: &str) -> Option<usize> {
    let b = name.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        return Some(10);
    }
    (digits(0..8) && matches!(b.get(8), Some(b'_' | b'-' | b'.'))).then_some(8)
}

/// The slug part of a file name: what follows a date, the kind's ID
/// (`DEC-0007-`) or a tool's number (`0007-`), without the extension;
/// `None` when nothing is left.
fn slug_in_file_name<'n>(name: &'n str, prefix: &str) -> Option<&'n str> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let mut rest = stem;
    if let Some(len) = date_prefix(name) {
        rest = stem.get(len..).unwrap_or("");
    } else if id_in_file_name(stem, prefix).is_some() {
        rest = &stem[prefix.len() + 1..];
        rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    } else {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && rest[digits..].starts_with(['-', '_']) {
            rest = &rest[digits..];
        }
    }
    let rest = rest.trim_start_matches(['-', '_', '.', ' ']);
    (!rest.is_empty()).then_some(rest)
}

/// True unless the file name's slug and the title share no word of
/// substance; also true when either has none to compare.
fn same_subject(slug: &str, title: &str) -> bool {
    let title = crate::import::vocab::title_prefix(title).1;
    let file = words(&split_camel(slug));
    let title = words(title);
    if file.is_empty() || title.is_empty() {
        return true;
    }
    file.iter().any(|f| title.iter().any(|t| alike(f, t)))
}

/// Two folded words are alike when equal, when the shorter (four letters
/// or more) starts the longer (`leverandoer`, `leverandoeraftale`), or
/// when the shorter (five or more) is part of the longer compound
/// (`sikkerhed`, `informationssikkerhed`).
fn alike(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.len() >= 4 && long.starts_with(short))
        || (short.len() >= 5 && long.contains(short))
}

/// The words of substance of a text, through the slug rules and folded.
fn words(text: &str) -> Vec<String> {
    crate::slug::slug(text)
        .split('-')
        .map(fold)
        .filter(|w| {
            // Numbers, years and hashes (`87a61dafea0112c1`) name no subject.
            let digits = w.bytes().filter(u8::is_ascii_digit).count();
            let letters = w.len() - digits;
            letters >= 3 && letters >= 3 * digits
        })
        .filter(|w| !COMMON.contains(&w.as_str()))
        .collect()
}

/// A slug word with the Danish transliterations undone to one letter, so
/// `oekonomi` (ø written oe) and `okonomi` (ø written o) are one word.
fn fold(word: &str) -> String {
    word.replace("ae", "a")
        .replace("oe", "o")
        .replace("aa", "a")
}

/// `OS2BorgerPCStyregruppe` → `OS2 Borger PC Styregruppe`: words run
/// together in camel case, as web editors' users name files.
fn split_camel(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let starts_word = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
            });
        if starts_word {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
#[path = "file_name_tests.rs"]
mod tests;
