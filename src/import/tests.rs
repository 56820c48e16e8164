//! The readers on realistic fixtures (tests/fixtures/import/), asserting
//! the exact fields with their lines and columns.

use super::*;
use crate::config::Config;

pub(super) const FORGE: &str = "https://github.com/OS2borgerPC/styring";

/// The configuration the fixtures are read with: the defaults plus the
/// community's two bodies.
pub(super) fn config() -> Config {
    let yaml = "bodies:\n  styregruppe:\n    label: { da: Styregruppen, en: Steering committee }\n    aliases: [styregruppen]\n  koordinationsgruppe:\n    label: { da: Koordinationsgruppen, en: Coordination group }\n    aliases: [koordinationgruppen]\n";
    Config::from_text(std::path::Path::new("/nonexistent"), Some(yaml), []).expect("config")
}

pub(super) fn fixture(path: &str) -> String {
    let file = format!(
        "{}/tests/fixtures/import/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Reads a fixture as the file `path` of a repository (the part after the
/// format's folder).
pub(super) fn read_as(format: Option<Format>, fixture_path: &str, repo_path: &str) -> Imported {
    let config = config();
    let ctx = Context {
        config: &config,
        path: repo_path,
        forge_url: Some(FORGE),
        first_commit: jiff::civil::Date::new(2024, 3, 4).ok(),
    };
    read(&fixture(fixture_path), &ctx, format)
}

/// The fields as (key, value, line, column), values as JSON text.
pub(super) fn fields(i: &Imported) -> Vec<(String, String, usize, usize)> {
    i.fields
        .iter()
        .map(|f| {
            let v = serde_json::to_string(&f.value).expect("json");
            (f.key.clone(), v, f.line, f.column)
        })
        .collect()
}

/// Asserts the fields exactly, in order, with their places.
pub(super) fn assert_fields(i: &Imported, want: &[(&str, &str, usize, usize)]) {
    let got = fields(i);
    let want: Vec<_> = want
        .iter()
        .map(|(k, v, l, c)| (k.to_string(), v.to_string(), *l, *c))
        .collect();
    assert_eq!(got, want);
}

fn decision(name: &str) -> Imported {
    read_as(
        None,
        &format!("markdown/beslutninger/{name}"),
        &format!("beslutninger/{name}"),
    )
}

#[test]
fn a_decision_with_bold_keys_under_a_description_heading() {
    let i = decision("2025-06-15-brug-af-ubuntu-2404.md");
    assert_eq!(
        (i.format, &i.kind),
        (Format::Markdown, &KindGuess::Decision)
    );
    assert_fields(
        &i,
        &[
            ("title", r#""Brug af Ubuntu 24.04 som grundlag""#, 1, 1),
            ("date", r#""2025-06-15""#, 4, 13),
            ("status", r#""accepted""#, 5, 15),
            ("deciders", r#"["koordinationsgruppe"]"#, 6, 26),
            ("type", r#""architecture""#, 7, 24),
        ],
    );
    assert!(i.notes.is_empty(), "{:?}", i.notes);
    let text = fixture("markdown/beslutninger/2025-06-15-brug-af-ubuntu-2404.md");
    let moved: Vec<&str> = i.metadata_lines.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(
        moved,
        [
            "- **Dato**: 15-06-2025  \n",
            "- **Status:** Accepteret  \n",
            "- **Beslutningstagere**: Koordinationsgruppen  \n",
            "- **Beslutningstype**: Arkitekturbeslutning  \n",
        ],
        "the fenced `**Status**: Afvist` is code, not metadata"
    );
}

#[test]
fn bare_bold_keys_a_prefix_without_space_and_two_bodies() {
    let i = decision("sdr-budget-2027.md");
    assert_fields(
        &i,
        &[
            ("title", r#""Budget for 2027""#, 1, 1),
            ("date", r#""2026-06-04""#, 3, 11),
            ("status", r#""accepted""#, 4, 13),
            (
                "status_note",
                r#""Godkendt på styregruppemødet den 4. juni 2026.""#,
                4,
                13,
            ),
            (
                "deciders",
                r#"["styregruppe","koordinationsgruppe"]"#,
                5,
                24,
            ),
            ("type", r#""strategic""#, 6, 22),
        ],
    );
}

#[test]
fn a_file_starting_with_a_blank_line_dates_itself_from_its_status_note() {
    let i = decision("fuld-stop-for-nye-features.md");
    assert_fields(
        &i,
        &[
            ("title", r#""Fuld stop for nye features""#, 2, 1),
            ("status", r#""accepted""#, 4, 15),
            (
                "status_note",
                r#""Besluttet. (pr mail, modtaget 1.7.2026)""#,
                4,
                15,
            ),
            ("deciders", r#"["styregruppe"]"#, 5, 26),
            ("type", r#""operational""#, 6, 24),
            ("date", r#""2026-07-01""#, 4, 15),
        ],
    );
    let unknown = NoteKind::UnknownKey {
        key: "Ansvarlig".into(),
    };
    assert_eq!(
        i.notes,
        [Note {
            line: 7,
            column: 18,
            what: unknown
        }]
    );
}

#[test]
fn english_keys_and_an_ambiguous_day_first_date() {
    let i = decision("decision-english.md");
    assert_fields(
        &i,
        &[
            ("title", r#""Publish approved records only""#, 1, 1),
            ("date", r#""2025-02-01""#, 3, 13),
            ("status", r#""accepted""#, 4, 15),
            (
                "deciders",
                r#"["styregruppe","koordinationsgruppe"]"#,
                5,
                17,
            ),
            ("type", r#""strategic""#, 6, 13),
        ],
    );
    let what = NoteKind::AmbiguousDate {
        text: "01-02-2025".into(),
        read_as: "2025-02-01".into(),
    };
    assert_eq!(
        i.notes,
        [Note {
            line: 3,
            column: 13,
            what
        }]
    );
}

#[test]
fn words_not_understood_are_notes_and_kept_as_written() {
    let i = decision("uklar-dato.md");
    assert_fields(
        &i,
        &[
            ("title", r#""Ny mødekalender""#, 1, 1),
            ("status", r#""Vedtages senere""#, 4, 15),
            ("type", r#""Halvstrategisk""#, 5, 24),
        ],
    );
    let notes: Vec<_> = i
        .notes
        .iter()
        .map(|n| (n.line, n.column, n.what.clone()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                3,
                13,
                NoteKind::UnreadableDate {
                    text: "i foråret".into()
                }
            ),
            (
                4,
                15,
                NoteKind::UnknownStatus {
                    text: "Vedtages senere".into()
                }
            ),
            (
                5,
                24,
                NoteKind::UnknownType {
                    text: "Halvstrategisk".into()
                }
            ),
        ]
    );
    assert_eq!(
        i.metadata_lines.len(),
        2,
        "the unreadable date stays in the body"
    );
}

#[test]
fn templates_and_readmes_beside_records_are_not_records() {
    for (fixture_path, path) in [
        (
            "markdown/beslutninger/skabelon.md",
            "beslutninger/skabelon.md",
        ),
        ("markdown/beslutninger/README.md", "beslutninger/README.md"),
        ("markdown/moeder/skabelon.md", "moeder/skabelon.md"),
    ] {
        let i = read_as(Some(Format::Markdown), fixture_path, path);
        assert!(matches!(i.kind, KindGuess::NotARecord { .. }), "{path}");
        assert!(i.fields.is_empty(), "{path}");
    }
}
