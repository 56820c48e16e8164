//! The summary of a record that listings and reports are built on: its
//! ID, kind, title, canonical status and ISO date, resolved once through the
//! kind's vocabulary.

use serde::Serialize;

use super::{IdSource, Record, id_in_file_name, scalar_text};
use crate::config::{Kind, StatusMatch};
use crate::{date, unicode};

/// A record as listings show it. `gov list --format json` prints these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The ID (`DEC-0003`), or the file name's stem when the record has none.
    pub id: String,
    /// Whether the ID was written in the front matter or taken from the file name.
    pub id_source: IdSource,
    /// The kind's name.
    pub kind: String,
    /// The `title`, else the first `# ` heading, else the file name.
    pub title: String,
    /// The canonical status, `null` when missing or not a known word.
    pub status: Option<String>,
    /// The status as written in the file.
    pub status_label: Option<String>,
    /// Free text after the status word, or the `status_note` key.
    pub status_note: Option<String>,
    /// The canonical type (`architecture`), when the kind has types.
    #[serde(rename = "type")]
    pub kind_type: Option<String>,
    /// The `date`, as ISO `yyyy-mm-dd`; `null` when missing or unreadable.
    pub date: Option<String>,
    /// Path relative to the repository root.
    pub path: String,
}

impl Summary {
    /// Summarises a record of `kind`.
    pub fn of(record: &Record, kind: &Kind) -> Summary {
        let (id, id_source) = match record.field_text("id").filter(|s| !s.trim().is_empty()) {
            Some(id) => (id.trim().to_string(), IdSource::FrontMatter),
            None => (
                id_from_name(record.file_name(), &kind.prefix),
                IdSource::FileName,
            ),
        };
        let status_label = record.field_text("status").map(|s| s.trim().to_string());
        let (status, mut status_note) = match status_label.as_deref().map(|s| kind.match_status(s))
        {
            Some(StatusMatch::Exact(s)) => (Some(s.id.clone()), None),
            Some(StatusMatch::WithNote(s, note)) => (Some(s.id.clone()), Some(note)),
            _ => (None, None),
        };
        if let Some(note) = record.field_text("status_note") {
            status_note = Some(note);
        }
        let title = record
            .field_text("title")
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .or_else(|| record.heading().map(unicode::nfc_string))
            .unwrap_or_else(|| stem(record.file_name()).to_string());
        let kind_type = record
            .field_text("type")
            .and_then(|t| kind.find_type(&t).map(|t| t.id.clone()));
        let date = record
            .field("date")
            .and_then(scalar_text)
            .and_then(|d| date::parse(&d).ok())
            .map(|p| date::iso(p.date));
        Summary {
            id,
            id_source,
            kind: kind.name.clone(),
            title,
            status,
            status_label,
            status_note,
            kind_type,
            date,
            path: record.path.clone(),
        }
    }
}

/// The file name without its extension.
fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

/// `DEC-0007-slug.md` → `DEC-0007`; any other name → its stem.
fn id_from_name(name: &str, prefix: &str) -> String {
    match id_in_file_name(name, prefix) {
        Some(n) => {
            let digits = name[prefix.len() + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            let width = digits.max(super::id::WIDTH);
            format!("{}-{n:0width$}", prefix.to_ascii_uppercase())
        }
        None => stem(name).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn summary(kind: &str, path: &str, text: &str) -> Summary {
        let config = Config::defaults();
        let kind = config.kind(kind).unwrap();
        Summary::of(
            &Record::parse(path, kind.name.clone(), text.to_string()),
            kind,
        )
    }

    #[test]
    fn the_seed_is_a_draft_plan_of_1_february_2025() {
        let text = include_str!("../../tests/fixtures/seed/plans/000_87a61dafea0112c1.md");
        let s = summary("plan", "plans/000_87a61dafea0112c1.md", text);
        assert_eq!(s.id, "000_87a61dafea0112c1");
        assert_eq!(s.id_source, IdSource::FileName);
        assert_eq!(s.title, "Produktforvaltning 2026");
        assert_eq!(s.status.as_deref(), Some("draft"));
        assert_eq!(s.status_label.as_deref(), Some("Udkast"));
        assert_eq!(s.date.as_deref(), Some("2025-02-01"));
    }

    #[test]
    fn status_note_and_heading_fallback() {
        let s = summary(
            "decision",
            "decisions/DEC-0007-x.md",
            "---\nstatus: \"Besluttet. (pr mail, modtaget 1.7.2026)\"\ntype: SDR\n---\n# [SDR] Fuld stop\n",
        );
        assert_eq!(s.id, "DEC-0007");
        assert_eq!(s.title, "[SDR] Fuld stop");
        assert_eq!(s.status.as_deref(), Some("accepted"));
        assert_eq!(
            s.status_note.as_deref(),
            Some("(pr mail, modtaget 1.7.2026)")
        );
        assert_eq!(s.kind_type.as_deref(), Some("strategic"));
    }

    #[test]
    fn decomposed_titles_keys_and_status_words_read_as_composed() {
        // `å` typed as `a` + combining ring (U+030A), as macOS writes it.
        let nfd = "---\nid: DEC-0001\ntitle: Pa\u{30a}ske\nstatus: Accepteret\n---\n";
        let nfc = "---\nid: DEC-0001\ntitle: Påske\nstatus: Accepteret\n---\n";
        let a = summary("decision", "decisions/DEC-0001-x.md", nfd);
        let b = summary("decision", "decisions/DEC-0001-x.md", nfc);
        assert_eq!(a.title, "Påske");
        assert_eq!(a, b);
        let heading = summary("decision", "decisions/x.md", "# A\u{30a}rshjul\n");
        assert_eq!(heading.title, "Årshjul");
        let task = summary("task", "tasks/x.md", "---\nstatus: A\u{30a}ben\n---\n");
        assert_eq!(task.status.as_deref(), Some("open"));
        let key = Record::parse("x.md", "plan", "---\nu\u{308}: 1\n---\n".into());
        assert!(
            key.field("ü").is_some(),
            "a decomposed key is found by its NFC name"
        );
    }

    #[test]
    fn unknown_status_is_null_but_label_kept() {
        let s = summary(
            "decision",
            "decisions/x.md",
            "---\nid: DEC-0001\nstatus: Måske\n---\n",
        );
        assert_eq!(s.status, None);
        assert_eq!(s.status_label.as_deref(), Some("Måske"));
        assert_eq!(s.title, "x");
    }
}
