//! Finding record IDs in commit messages: trailers (`Refs: CR-0012`,
//! `Implements: DEC-0003`, `Closes: CR-0012, CR-0013`) and, when enabled,
//! plain mentions (`Kiosk mode for DEC-0003`).
//!
//! The scan works on bytes (a message need not be UTF-8), looks only at the
//! `-` signs of a message, and never allocates for a message without IDs.
//! A trailer is any line `Key: …` whose key is one of the configured
//! trailers, wherever it stands in the message (people put `Refs:` in the
//! middle too). A trailer's IDs are matched case-insensitively (`refs: cr-12`);
//! a mention needs the prefix in capitals, so `15 dec-2025` is not a decision.

use super::text::IdText;
use crate::record::format_id;

/// What to look for; built once from the configuration.
#[derive(Debug, Clone)]
pub struct RefPatterns {
    /// Trailer keys, lower case, in the configured order.
    pub trailers: Vec<String>,
    /// Whether an ID mentioned outside a trailer counts.
    pub mentions: bool,
    /// The ID prefixes of the configured kinds, upper case (`DEC`, `CR`).
    pub prefixes: Vec<String>,
}

/// How a commit refers to a record: `0` is a plain mention, `n` the
/// `n`-th configured trailer (so the cache stores one byte).
pub type Relation = u8;

/// A record ID found in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundRef {
    /// The ID, normalised (`cr-12` → `CR-0012`), held in place.
    pub id: IdText,
    /// How it was referred to.
    pub relation: Relation,
}

impl RefPatterns {
    /// The name of a relation: the trailer key as configured, lower case,
    /// or `mention`.
    pub fn relation_name(&self, relation: Relation) -> &str {
        match relation {
            0 => "mention",
            n => self
                .trailers
                .get(usize::from(n) - 1)
                .map_or("mention", String::as_str),
        }
    }

    /// Every record ID in `message`, each once, with the strongest relation
    /// it was given (a trailer beats a mention; the first trailer wins).
    pub fn find(&self, message: &[u8]) -> Vec<FoundRef> {
        let mut found: Vec<FoundRef> = Vec::new();
        let mut pos = 0;
        while let Some(off) = message[pos..].iter().position(|&b| b == b'-') {
            let dash = pos + off;
            pos = dash + 1;
            let Some((start, end)) = token_around(message, dash) else {
                continue;
            };
            let prefix = &message[start..dash];
            let relation = self.trailer_of_line(message, start);
            if relation == 0 && (!self.mentions || !prefix.iter().all(|b| !b.is_ascii_lowercase()))
            {
                continue;
            }
            let Some(known) = self
                .prefixes
                .iter()
                .find(|p| p.as_bytes().eq_ignore_ascii_case(prefix))
            else {
                continue;
            };
            let digits = &message[dash + 1..end];
            let Some(number) = std::str::from_utf8(digits)
                .ok()
                .and_then(|d| d.parse::<u64>().ok())
            else {
                continue;
            };
            let id = format_id(known, number);
            match found.iter_mut().find(|f| f.id.as_str() == id) {
                Some(f) if f.relation == 0 && relation != 0 => f.relation = relation,
                Some(_) => {}
                None => found.push(FoundRef {
                    id: IdText::new(&id),
                    relation,
                }),
            }
            pos = end;
        }
        // Kept for the life of the history, one list per commit: a list
        // grown by pushes holds room for four, a commit names one or two.
        found.shrink_to_fit();
        found
    }

    /// The trailer relation of the line holding byte `at`: `n` when the
    /// line reads `Key: …` with the `n`-th trailer key and `at` is after the
    /// colon, else 0.
    fn trailer_of_line(&self, message: &[u8], at: usize) -> Relation {
        if self.trailers.is_empty() {
            return 0;
        }
        let line_start = message[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let line = &message[line_start..at];
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return 0;
        };
        let key = line[..colon].trim_ascii();
        self.trailers
            .iter()
            .position(|t| t.as_bytes().eq_ignore_ascii_case(key))
            .map_or(0, |i| u8::try_from(i + 1).unwrap_or(0))
    }
}

/// The ID token whose `-` is at `dash`: a run of ASCII letters and digits
/// starting with a letter before it, and digits after it, with no letter or
/// digit on either side. Returns the token's start and end.
fn token_around(message: &[u8], dash: usize) -> Option<(usize, usize)> {
    let start = message[..dash]
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |p| p + 1);
    if start == dash || !message[start].is_ascii_alphabetic() {
        return None;
    }
    let digits = message[dash + 1..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let end = dash + 1 + digits;
    if digits == 0 || digits > 12 || message.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn patterns() -> RefPatterns {
        RefPatterns {
            trailers: vec!["refs".into(), "implements".into(), "closes".into()],
            mentions: true,
            prefixes: vec!["DEC".into(), "CR".into(), "MTG".into()],
        }
    }

    fn ids(message: &str) -> Vec<(String, String)> {
        let p = patterns();
        p.find(message.as_bytes())
            .into_iter()
            .map(|f| (f.id.to_string(), p.relation_name(f.relation).to_string()))
            .collect()
    }

    fn pair(id: &str, rel: &str) -> (String, String) {
        (id.to_string(), rel.to_string())
    }

    #[test]
    fn trailers_are_found_with_their_key() {
        let m = "Kiosk mode\n\nLonger text.\n\nRefs: CR-0012\nImplements: DEC-3, cr-14\nCloses: CR-0012\n";
        assert_eq!(
            ids(m),
            [
                pair("CR-0012", "refs"),
                pair("DEC-0003", "implements"),
                pair("CR-0014", "implements")
            ]
        );
    }

    #[test]
    fn mentions_need_capitals_and_word_boundaries() {
        assert_eq!(
            ids("Implement DEC-0003 (see CR-12)."),
            [pair("DEC-0003", "mention"), pair("CR-0012", "mention")]
        );
        assert!(ids("15 dec-2025 XDEC-0001 DEC-0001a DEC- -12 UTF-8").is_empty());
        assert_eq!(
            ids("Update decisions/DEC-0007-fuld-stop.md"),
            [pair("DEC-0007", "mention")]
        );
    }

    #[test]
    fn a_trailer_upgrades_an_earlier_mention() {
        assert_eq!(
            ids("Fix CR-12\n\nCloses: CR-0012"),
            [pair("CR-0012", "closes")]
        );
    }

    #[test]
    fn mentions_can_be_switched_off() {
        let mut p = patterns();
        p.mentions = false;
        let found = p.find(b"Fix CR-12\n\nRefs: DEC-1\n");
        assert_eq!(
            found,
            [FoundRef {
                id: "DEC-0001".into(),
                relation: 1
            }]
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_are_fine() {
        assert_eq!(ids_bytes(b"\xff\xfeDEC-1\xff"), ["DEC-0001"]);
    }

    fn ids_bytes(m: &[u8]) -> Vec<String> {
        patterns()
            .find(m)
            .into_iter()
            .map(|f| f.id.to_string())
            .collect()
    }

    proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = patterns().find(&bytes);
        }

        #[test]
        fn finds_an_id_in_any_surrounding_text(
            left in ".{0,80}",
            right in ".{0,80}",
            prefix in prop::sample::select(vec!["DEC", "CR", "MTG"]),
            number in 0u64..100_000,
            trailer in any::<bool>(),
        ) {
            let id = format!("{prefix}-{number}");
            let message = if trailer {
                format!("{left}\nRefs: {id}\n{right}")
            } else {
                format!("{left} {id} {right}")
            };
            let want = format_id(prefix, number);
            let found = patterns().find(message.as_bytes());
            prop_assert!(found.iter().any(|f| f.id.as_str() == want), "{message:?} gave {found:?}");
            if trailer {
                let f = found.iter().find(|f| f.id.as_str() == want).unwrap();
                prop_assert_eq!(f.relation, 1);
            }
        }
    }
}
