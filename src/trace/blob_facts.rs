//! What gov keeps of one version of a record file, and the one place its
//! fields are made from front-matter values. A leaf: the full reader
//! ([`super::front`]) and the line scanner ([`super::front_scan`]) both
//! end here, so neither imports the other's types.

use std::borrow::Cow;
use std::sync::Arc;

use crate::config::{Kind, StatusMatch};
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
    /// The `title`, else the first level-1 heading.
    pub title: Option<Arc<str>>,
    /// Who approved (`approved_by`: names or e-mail addresses).
    pub approved_by: Vec<String>,
    /// The bodies that decide (`deciders`).
    pub deciders: Vec<String>,
    /// The record that supersedes this one (`superseded_by`).
    pub superseded_by: Option<String>,
    /// The record's own date (ISO), as the import reader found it in a
    /// version from before `gov import` (`None` for front matter versions).
    pub date: Option<Arc<str>>,
    /// The record's type id (`strategic`…), likewise.
    pub kind_type: Option<Arc<str>>,
    /// The import format a version from before `gov import` was read as;
    /// `None` for a version read from its front matter.
    pub read_as: Option<crate::import::Format>,
    /// For a version that is not UTF-8: the line and column of its first
    /// byte that is not. Nothing else of it is read (a character replaced
    /// would be a wrong answer given as a right one); trace says so and
    /// `gov validate --history` reports it (GOV076).
    pub not_utf8: Option<(u32, u32)>,
}

impl BlobFacts {
    /// The text of a version's bytes, or else the facts of a version that
    /// is not UTF-8: none but where its first byte that is not stands.
    pub(crate) fn text_of(bytes: Vec<u8>) -> Result<String, Box<BlobFacts>> {
        String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let (line, column) = crate::record::byte_position(e.as_bytes(), offset);
            let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            Box::new(BlobFacts {
                not_utf8: Some((at(line), at(column))),
                ..BlobFacts::default()
            })
        })
    }
}

impl BlobFacts {
    /// The facts from the front matter's values as YAML gives them: `text`
    /// is a key's scalar text, `list` its strings, `heading` the body's
    /// first level-1 heading. Both readers end here, so they cannot differ in
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
            date: None,
            kind_type: None,
            read_as: None,
            not_utf8: None,
        }
    }
}
