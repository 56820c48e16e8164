//! Versions from before `gov import`: a decision or meeting file that has
//! neither an `id` nor a `status` in front matter is read with the reader
//! `gov import` would use for it (the format [`crate::import::detect`]
//! finds by its name and content), so each pre-import version has its
//! status, date, title, type and deciders as the import would have written
//! them, and history and import never disagree on what a file said
//! (DEC-0042).
//!
//! A version with an `id` or a `status` in front matter is never handed to
//! the import readers: a repository kept with gov from the start pays
//! nothing for them.

use std::sync::Arc;

use super::blob_facts::BlobFacts;
use crate::config::{Config, Kind, StatusMatch};
use crate::import::{self, Context, FieldValue, Imported, KindGuess};

/// The kinds whose folders `gov import` reads: only their files can have
/// versions from before an import.
const IMPORTED_KINDS: [&str; 2] = ["decision", "meeting"];

/// The facts of a version of a record of `kind` at `path`: from its front
/// matter, and, when that names neither an `id` nor a `status` and the
/// kind is one `gov import` reads, from the import reader. Never fails: a
/// version that is not UTF-8 has no facts but where it stops being UTF-8.
pub fn read_version(bytes: Vec<u8>, config: &Config, kind: &Kind, path: &str) -> BlobFacts {
    let text = match BlobFacts::text_of(bytes) {
        Ok(text) => text,
        Err(facts) => return *facts,
    };
    // As [`BlobFacts::read`], keeping the text for the import reader (the
    // full parser takes its own copy only on the slow path).
    let facts = match super::front_scan::quick_facts(&text, kind) {
        Some(facts) => facts,
        None => BlobFacts::read_full(text.clone(), kind),
    };
    if facts.front_id.is_some()
        || facts.status_label.is_some()
        || !IMPORTED_KINDS.contains(&kind.name.as_str())
    {
        return facts;
    }
    let ctx = Context {
        config,
        path,
        forge_url: None,
        first_commit: None,
    };
    let imported = import::read(&text, &ctx, None);
    let reads_as = match imported.kind {
        KindGuess::Decision => "decision",
        KindGuess::Meeting => "meeting",
        // Not a record, or one of another kind: `gov import` leaves the
        // file alone (a template, a README, a meeting in a decision folder).
        KindGuess::Change | KindGuess::NotARecord { .. } => return facts,
    };
    if reads_as != kind.name {
        return facts;
    }
    merged(facts, &imported, kind)
}

/// `front` (the front matter's facts, which win where they hold a value)
/// completed with what the import reader found.
fn merged(mut front: BlobFacts, imported: &Imported, kind: &Kind) -> BlobFacts {
    let shared = |key: &str| imported.text(key).map(Arc::<str>::from);
    if let Some(written) = imported.text("status") {
        // The reader gives the canonical id for a known word (with the
        // wording in `status_note` when it says more), the word as written
        // for an unknown one.
        let known = match kind.match_status(written) {
            StatusMatch::Exact(d) | StatusMatch::WithNote(d, _) => Some(d.id.clone()),
            StatusMatch::Unknown => None,
        };
        front.status_label = Some(Arc::from(imported.text("status_note").unwrap_or(written)));
        front.status = known.map(Arc::from);
    }
    if front.title.is_none() || imported.text("title").is_some() {
        front.title = shared("title").or(front.title);
    }
    front.date = shared("date");
    front.kind_type = shared("type");
    if front.deciders.is_empty()
        && let Some(FieldValue::List(d)) = imported.get("deciders")
    {
        front.deciders = d.clone();
    }
    front.read_as = Some(imported.format);
    front
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &str, text: &str) -> BlobFacts {
        let config = Config::defaults();
        let kind = config.kind("decision").unwrap();
        read_version(text.as_bytes().to_vec(), &config, kind, path)
    }

    #[test]
    fn a_community_decision_reads_as_gov_import_reads_it() {
        let f = read(
            "beslutninger/kiosk.md",
            "# [SDR] Kiosk-tilstand\n\n- **Dato**: 4.6.2026\n- **Status:** Besluttet på styregruppemødet  \n- **Beslutningstagere**: Styregruppen-Koordinationsgruppen\n",
        );
        assert_eq!(f.status.as_deref(), Some("accepted"));
        assert_eq!(
            f.status_label.as_deref(),
            Some("Besluttet på styregruppemødet")
        );
        assert_eq!(f.title.as_deref(), Some("Kiosk-tilstand"));
        assert_eq!(f.date.as_deref(), Some("2026-06-04"));
        assert_eq!(f.kind_type.as_deref(), Some("strategic"));
        assert_eq!(f.deciders.len(), 2);
        assert_eq!(f.read_as, Some(import::Format::Markdown));
        assert_eq!(f.front_id, None);
    }

    #[test]
    fn adr_tools_and_madr_versions_have_their_status() {
        let nygard = read(
            "doc/adr/0002-use-postgres.md",
            "# 2. Use Postgres\n\nDate: 2026-03-01\n\n## Status\n\nAccepted\n\n## Context\n\nX\n",
        );
        assert_eq!(nygard.status.as_deref(), Some("accepted"));
        assert_eq!(nygard.date.as_deref(), Some("2026-03-01"));
        assert_eq!(nygard.read_as, Some(import::Format::AdrTools));
        let madr = read(
            "docs/decisions/0003-x.md",
            "# Use X\n\n* Status: proposed\n* Deciders: Ann, Bo\n* Date: 2026-03-02\n",
        );
        assert_eq!(madr.status.as_deref(), Some("proposed"));
        assert_eq!(madr.read_as, Some(import::Format::Madr));
    }

    #[test]
    fn a_version_with_an_id_or_a_status_is_never_read_as_before_the_import() {
        let text = "---\nid: DEC-0001\n---\n# T\n\n- **Status:** Accepteret\n";
        let f = read("decisions/DEC-0001-t.md", text);
        assert_eq!((f.status, f.read_as), (None, None));
        let g = read(
            "decisions/t.md",
            "---\nstatus: Forslag\n---\n- **Status:** Accepteret\n",
        );
        assert_eq!(g.status.as_deref(), Some("proposed"));
        assert_eq!(g.read_as, None);
    }

    #[test]
    fn a_version_that_is_not_utf8_has_no_facts_but_where_it_stops() {
        let config = Config::defaults();
        let kind = config.kind("decision").unwrap();
        let bytes = b"# K\n\n- **Status:** Godkendt p\xe5 m\xf8det\n".to_vec();
        let f = read_version(bytes, &config, kind, "beslutninger/k.md");
        assert_eq!(
            f,
            BlobFacts {
                not_utf8: Some((3, 25)),
                ..BlobFacts::default()
            }
        );
        let g = BlobFacts::read(b"---\ntitle: B\xf8der\n---\n".to_vec(), kind);
        assert_eq!((g.not_utf8, g.title), (Some((2, 9)), None));
    }

    #[test]
    fn other_kinds_and_templates_are_left_to_the_front_matter() {
        let config = Config::defaults();
        let task = config.kind("task").unwrap();
        let text = b"# T\n\n- **Status:** Accepteret\n".to_vec();
        assert_eq!(
            read_version(text, &config, task, "tasks/t.md").read_as,
            None
        );
        let t = read(
            "beslutninger/skabelon.md",
            "# T\n\n- **Status:** Accepteret\n",
        );
        assert_eq!((t.status, t.read_as), (None, None));
    }
}
