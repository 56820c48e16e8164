//! What gov keeps of one version of a record file: the fields that history
//! needs (ID, status, title, approvals, supersession), read once per blob
//! with the same parser and vocabulary as `gov list`, or with the line
//! scanner of [`super::front_scan`] where it is sure to agree.

use std::borrow::Cow;
use std::sync::Arc;

use super::front_scan::quick_facts;
use crate::config::{Kind, StatusMatch};
use crate::record::{Record, scalar_text, string_list};
use crate::unicode;

/// The facts of one version of a record, as read from its blob.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BlobFacts {
    /// The `id` of the front matter, when it has one. This and the next
    /// three are shared strings: the versions of a record repeat its ID
    /// and title, and a few status words recur across 50,000 versions.
    pub front_id: Option<Arc<str>>,
    /// The canonical status, when the word is known.
    pub status: Option<Arc<str>>,
    /// The status as written.
    pub status_label: Option<Arc<str>>,
    /// The `title`, else the first `# ` heading.
    pub title: Option<Arc<str>>,
    /// Who approved (`approved_by`: names or e-mail addresses).
    pub approved_by: Vec<String>,
    /// The bodies that decide (`deciders`).
    pub deciders: Vec<String>,
    /// The record that supersedes this one (`superseded_by`).
    pub superseded_by: Option<String>,
}

impl BlobFacts {
    /// Reads the facts of a record file of `kind`. Never fails: a file
    /// whose front matter does not parse has no facts but its title.
    ///
    /// Most versions have flat front matter, which [`quick_facts`] reads
    /// line by line; the full parser is paid only for the rest.
    pub fn read(bytes: Vec<u8>, kind: &Kind) -> BlobFacts {
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        match quick_facts(&text, kind) {
            Some(facts) => facts,
            None => BlobFacts::read_full(text, kind),
        }
    }

    /// Reads the facts with the full positioned YAML parser, exactly as
    /// `gov list` reads the record. It is the reference [`quick_facts`]
    /// must agree with, public so that tests and the fuzz target can hold
    /// the two against each other.
    pub fn read_full(text: String, kind: &Kind) -> BlobFacts {
        let record = Record::parse(String::new(), kind.name.clone(), text);
        BlobFacts::assemble(
            kind,
            |key| record.field(key).and_then(scalar_text),
            |key| record.field(key).map(string_list).unwrap_or_default(),
            || record.heading().map(str::to_string),
        )
    }

    /// The facts from the front matter's values as YAML gives them: `text`
    /// is a key's scalar text, `list` its strings, `heading` the body's
    /// first `# ` heading. Both readers end here, so they cannot differ in
    /// how a value is trimmed or a status word matched.
    pub(crate) fn assemble(
        kind: &Kind,
        text: impl Fn(&str) -> Option<String>,
        list: impl Fn(&str) -> Vec<String>,
        heading: impl FnOnce() -> Option<String>,
    ) -> BlobFacts {
        // In NFC, as the full parse gives front matter (the line scanner
        // reads the bytes as written) and as `gov list` gives the heading.
        let text_of = |key: &str| {
            text(key)
                .map(|s| unicode::nfc(s.trim()).into_owned())
                .filter(|s| !s.is_empty())
        };
        let list = |key: &str| {
            let mut items = list(key);
            for item in &mut items {
                if let Cow::Owned(composed) = unicode::nfc(item) {
                    *item = composed;
                }
            }
            items
        };
        let heading = || heading().map(unicode::nfc_string);
        let status_label = text_of("status");
        let status = status_label
            .as_deref()
            .and_then(|s| match kind.match_status(s) {
                StatusMatch::Exact(d) | StatusMatch::WithNote(d, _) => Some(d.id.clone()),
                StatusMatch::Unknown => None,
            });
        let shared = |s: Option<String>| s.map(Arc::from);
        BlobFacts {
            front_id: shared(text_of("id")),
            status: shared(status),
            status_label: shared(status_label),
            title: shared(text_of("title").or_else(heading)),
            approved_by: list("approved_by"),
            deciders: list("deciders"),
            superseded_by: text_of("superseded_by"),
        }
    }
}

/// The record ID of a version: the front matter's `id`, else the ID in
/// the file name (`DEC-0007-x.md` → `DEC-0007`), else the file's stem,
/// as `gov list` gives it.
pub fn record_id(facts: &BlobFacts, path: &str, prefix: &str) -> String {
    if let Some(id) = &facts.front_id {
        return id.to_string();
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    match crate::record::id_in_file_name(name, prefix) {
        Some(n) => {
            let digits = name[prefix.len() + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            let width = digits.max(4);
            format!("{}-{n:0width$}", prefix.to_ascii_uppercase())
        }
        None => stem(name).to_string(),
    }
}

/// The file name without its extension.
pub fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn facts_and_ids_follow_gov_list() {
        let config = Config::defaults();
        let kind = config.kind("decision").unwrap();
        let f = BlobFacts::read(
            b"---\nstatus: Godkendt\napproved_by: [Agnete Moos, jens@aarhus.dk]\n---\n# Kiosk\n"
                .to_vec(),
            kind,
        );
        assert_eq!(f.status.as_deref(), Some("accepted"));
        assert_eq!(f.title.as_deref(), Some("Kiosk"));
        assert_eq!(f.approved_by, ["Agnete Moos", "jens@aarhus.dk"]);
        assert_eq!(record_id(&f, "decisions/DEC-7-kiosk.md", "DEC"), "DEC-0007");
        assert_eq!(record_id(&f, "decisions/kiosk.md", "DEC"), "kiosk");
        let g = BlobFacts::read(b"---\nid: DEC-0009\n---\n".to_vec(), kind);
        assert_eq!(record_id(&g, "decisions/DEC-7-kiosk.md", "DEC"), "DEC-0009");
    }
}
