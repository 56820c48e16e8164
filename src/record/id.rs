//! Record IDs: a kind's prefix and a number, `DEC-0001`. Readable, sortable,
//! and unique across every branch of the repository.

use serde::Serialize;

/// The number of digits an ID is padded to.
pub const WIDTH: usize = 4;

/// Where a record's ID came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdSource {
    /// The `id` key of the front matter.
    FrontMatter,
    /// The file name (the record has no `id` key).
    FileName,
}

/// A parsed ID.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RecordId {
    /// The prefix, upper case (`DEC`).
    pub prefix: String,
    /// The number.
    pub number: u64,
}

impl RecordId {
    /// Parses `PREFIX-NNNN` (prefix of letters and digits, starting with a
    /// letter; case-insensitive prefix, at least one digit).
    pub fn parse(text: &str) -> Option<RecordId> {
        let (prefix, digits) = text.trim().split_once('-')?;
        let ok_prefix = prefix
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && prefix.chars().all(|c| c.is_ascii_alphanumeric());
        if !ok_prefix || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(RecordId {
            prefix: prefix.to_ascii_uppercase(),
            number: digits.parse().ok()?,
        })
    }
}

impl std::fmt::Display for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&format_id(&self.prefix, self.number))
    }
}

/// The one spelling of an ID: `dec-3` and `DEC-0003` both give
/// `DEC-0003`; anything that is not an ID is returned as written.
pub fn normalise_id(id: &str) -> String {
    match RecordId::parse(id) {
        Some(parsed) => parsed.to_string(),
        None => id.to_string(),
    }
}

/// `DEC`, 7 → `DEC-0007`.
pub fn format_id(prefix: &str, number: u64) -> String {
    format!("{prefix}-{number:0WIDTH$}")
}

/// The number of an ID that starts a file name: `DEC-0007-slug.md` → 7 for
/// prefix `DEC`. The digits must be followed by `-`, `_`, `.` or the end.
pub fn id_in_file_name(name: &str, prefix: &str) -> Option<u64> {
    let head = name.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let rest = name[prefix.len()..].strip_prefix('-')?;
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let after = rest[digits_end..].chars().next();
    if digits_end == 0 || !matches!(after, None | Some('-' | '_' | '.')) {
        return None;
    }
    rest[..digits_end].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_and_format() {
        let id = RecordId::parse("dec-0042").unwrap();
        assert_eq!((id.prefix.as_str(), id.number), ("DEC", 42));
        assert_eq!(id.to_string(), "DEC-0042");
        assert_eq!(format_id("CR", 12345), "CR-12345");
        assert!(RecordId::parse("DEC-").is_none());
        assert!(RecordId::parse("-12").is_none());
        assert!(RecordId::parse("DEC-12a").is_none());
        assert!(RecordId::parse("2026-05-28").is_none());
        assert!(
            RecordId::parse("DEC-+12").is_none(),
            "a sign is not a digit"
        );
        assert!(RecordId::parse("DEC-99999999999999999999").is_none());
        assert_eq!(
            RecordId::parse("DEC-18446744073709551615").map(|id| id.number),
            Some(u64::MAX)
        );
    }

    #[test]
    fn ids_are_normalised_and_other_text_is_kept() {
        assert_eq!(normalise_id("dec-3"), "DEC-0003");
        assert_eq!(normalise_id(" Cr-00012 "), "CR-0012");
        assert_eq!(
            normalise_id("decisions/DEC-0003-x.md"),
            "decisions/DEC-0003-x.md"
        );
        assert_eq!(normalise_id("seed"), "seed");
    }

    #[test]
    fn ids_in_file_names() {
        assert_eq!(id_in_file_name("DEC-0007-fuld-stop.md", "DEC"), Some(7));
        assert_eq!(id_in_file_name("dec-12.md", "DEC"), Some(12));
        assert_eq!(id_in_file_name("DEC-0007x.md", "DEC"), None);
        assert_eq!(id_in_file_name("DECISION-1.md", "DEC"), None);
        assert_eq!(id_in_file_name("CR-1.md", "DEC"), None);
        assert_eq!(id_in_file_name("æDEC-1.md", "DEC"), None);
    }
}
