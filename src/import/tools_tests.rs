//! The readers of other tools' formats (adr-tools, MADR 2–4, log4brains,
//! forge issues) and detection, on the fixtures.

use super::github_issues::{self, LabelMapping};
use super::tests::{assert_fields, fixture, read_as};
use super::*;

fn adr(name: &str) -> Imported {
    read_as(
        None,
        &format!("adr-tools/{name}"),
        &format!("doc/adr/{name}"),
    )
}

fn madr(name: &str) -> Imported {
    read_as(
        None,
        &format!("madr/{name}"),
        &format!("docs/decisions/{name}"),
    )
}

fn l4b(name: &str) -> Imported {
    read_as(
        None,
        &format!("log4brains/docs/adr/{name}"),
        &format!("docs/adr/{name}"),
    )
}

#[test]
fn adr_tools_number_title_date_and_status() {
    let i = adr("0001-record-architecture-decisions.md");
    assert_eq!((i.format, i.number), (Format::AdrTools, Some(1)));
    assert_fields(
        &i,
        &[
            ("title", r#""Record architecture decisions""#, 1, 1),
            ("date", r#""2016-02-12""#, 3, 7),
            ("status", r#""accepted""#, 7, 1),
        ],
    );
    assert_eq!(i.metadata_lines.len(), 1);
    assert_eq!(i.metadata_lines[0], 36..53, "the Date: line");
}

#[test]
fn adr_tools_superceded_and_amended_links() {
    let i = adr("0002-use-postgresql.md");
    assert_fields(
        &i,
        &[
            ("title", r#""Use PostgreSQL""#, 1, 1),
            ("date", r#""2016-03-01""#, 3, 7),
            ("status", r#""superseded""#, 7, 1),
            (
                "superseded_by",
                r#"["doc/adr/0004-use-sqlite-for-the-client.md"]"#,
                7,
                46,
            ),
            (
                "related",
                r#"["doc/adr/0003-run-postgresql-in-containers.md"]"#,
                9,
                46,
            ),
        ],
    );
    let i = adr("0004-use-sqlite-for-the-client.md");
    assert_eq!(i.text("status"), Some("proposed"));
    assert_eq!(
        i.get("supersedes"),
        Some(&FieldValue::List(vec![
            "doc/adr/0002-use-postgresql.md".into()
        ]))
    );
    let i = adr("0003-run-postgresql-in-containers.md");
    assert_eq!(i.text("status"), Some("accepted"), "Amends is no status");
}

#[test]
fn madr_2_bullets_and_a_superseded_status_link() {
    let i = madr("0001-use-markdown-architectural-decision-records.md");
    assert_eq!((i.format, i.number), (Format::Madr, Some(1)));
    assert_fields(
        &i,
        &[
            (
                "title",
                r#""Use Markdown Architectural Decision Records""#,
                1,
                1,
            ),
            ("status", r#""accepted""#, 3, 11),
            ("deciders", r#"["Oliver Kopp","Stefan Kanne"]"#, 4, 13),
            ("date", r#""2018-01-15""#, 5, 9),
        ],
    );
    let i = madr("0002-use-rust.md");
    assert_eq!(i.text("status"), Some("superseded"));
    assert_eq!(
        i.get("status_note"),
        None,
        "the link is a relation, not a note"
    );
    assert_eq!(
        i.get("superseded_by"),
        Some(&FieldValue::List(vec![
            "docs/decisions/0005-use-go.md".into()
        ]))
    );
}

#[test]
fn madr_3_and_4_front_matter_leaves_jekyll_keys_alone() {
    let i = madr("0003-use-yaml-front-matter.md");
    assert_fields(
        &i,
        &[
            ("status", r#""accepted""#, 2, 9),
            ("date", r#""2022-09-12""#, 3, 7),
            (
                "deciders",
                r#"["Oliver Kopp","koordinationsgruppe"]"#,
                4,
                11,
            ),
            ("consulted", r#"["Anja Kammer"]"#, 5, 12),
            ("informed", r#"["everyone"]"#, 6, 11),
            ("title", r#""Use YAML front matter""#, 10, 1),
        ],
    );
    let i = madr("0004-publish-with-jekyll.md");
    assert_eq!(i.text("status"), Some("superseded"));
    assert_eq!(
        i.get("superseded_by"),
        Some(&FieldValue::List(vec![
            "docs/decisions/0006-publish-with-hugo.md".into()
        ]))
    );
    assert_eq!(
        i.get("deciders"),
        Some(&FieldValue::List(vec![
            "styregruppe".into(),
            "koordinationsgruppe".into()
        ])),
        "decision-makers (MADR 4) are deciders"
    );
    assert!(
        i.fields
            .iter()
            .all(|f| f.key != "parent" && f.key != "nav_order")
    );
    assert!(
        i.metadata_lines.is_empty(),
        "front matter is not body metadata"
    );
}

#[test]
fn log4brains_bullets_and_defaults_for_missing_ones() {
    let i = l4b("20240115-use-log4brains.md");
    assert_eq!((i.format, i.number), (Format::Log4brains, None));
    assert_fields(
        &i,
        &[
            ("title", r#""Use Log4brains to manage the ADRs""#, 1, 1),
            ("status", r#""accepted""#, 3, 11),
            ("deciders", r#"["Agnete Moos","Peter Holm"]"#, 4, 13),
            ("date", r#""2024-01-15""#, 5, 9),
            ("tags", r#"["dev-tools","doc"]"#, 6, 9),
        ],
    );
    let path = "docs/adr/20240301-drop-python-2.md";
    let i = read_as(
        Some(Format::Log4brains),
        &format!("log4brains/{path}"),
        path,
    );
    assert_fields(
        &i,
        &[
            ("title", r#""Drop Python 2""#, 1, 1),
            ("status", r#""accepted""#, 0, 0),
            ("date", r#""2024-03-04""#, 0, 0),
        ],
    );
    let i = l4b("20240402-use-postgres.md");
    assert_eq!(i.text("status"), Some("superseded"));
    assert_eq!(
        i.get("superseded_by"),
        Some(&FieldValue::List(vec![
            "docs/adr/20240510-use-sqlite.md".into()
        ]))
    );
}

#[test]
fn log4brains_yml_names_every_adr_folder() {
    let folders = log4brains::folders(&fixture("log4brains/.log4brains.yml")).expect("yml");
    assert_eq!(folders, ["docs/adr", "client/docs/adr", "admin/docs/adr"]);
    let err = log4brains::folders("project: [\n").expect_err("bad yaml");
    assert_eq!(err.pos.line, 2);
}

#[test]
fn github_issues_become_change_requests() {
    let mapping = LabelMapping {
        category: [
            ("bug".into(), "fault".into()),
            ("enhancement".into(), "change".into()),
        ]
        .into(),
        status: [("under vurdering".into(), "evaluating".into())].into(),
        open: "submitted".into(),
        closed: "closed".into(),
    };
    let issues =
        github_issues::read(&fixture("github-issues/issues.json"), &mapping).expect("json");
    assert_eq!(issues.len(), 2);
    assert_eq!(
        (issues[0].number, issues[0].url.as_str()),
        (412, "https://github.com/OS2borgerPC/os2borgerpc/issues/412")
    );
    assert!(issues[0].body.starts_with("Det skal være muligt"));
    assert_fields(
        &issues[0].imported,
        &[
            ("title", r#""Skærmlås efter 5 minutter""#, 0, 0),
            ("date", r#""2026-03-02""#, 0, 0),
            ("status", r#""evaluating""#, 0, 0),
            ("category", r#""change""#, 0, 0),
            ("submitted_by", r#""agnete-moos""#, 0, 0),
            ("tags", r#"["skærm"]"#, 0, 0),
        ],
    );
    let closed = &issues[1].imported;
    assert_eq!(
        (closed.text("status"), closed.text("category")),
        (Some("closed"), Some("fault"))
    );
    let err = github_issues::read("[{\"number\": \"x\"}]", &mapping).expect_err("bad");
    assert_eq!((err.line, err.column > 0), (1, true));
}

#[test]
fn detection_names_format_kind_and_reason() {
    let cases = [
        (
            "madr/adr-template.md",
            "docs/adr-template.md",
            "a template (by its name)",
        ),
        (
            "madr/index.md",
            "docs/index.md",
            "a README or index describes the folder; it is no record",
        ),
        (
            "log4brains/docs/adr/template.md",
            "docs/adr/template.md",
            "a template (by its name)",
        ),
    ];
    for (f, path, reason) in cases {
        let d = detect(path, &fixture(f));
        assert_eq!(
            d.kind,
            KindGuess::NotARecord {
                reason: reason.into()
            },
            "{path}"
        );
        assert!(d.excluded);
    }
    let placeholders = fixture("markdown/beslutninger/skabelon.md");
    let d = detect("beslutninger/ny-beslutning.md", &placeholders);
    assert_eq!(
        d.reason,
        "a template: its title or metadata values are placeholders"
    );
    let d = detect("moeder/notes.pdf", "%PDF");
    assert_eq!(d.reason, "not a Markdown file");
    let d = detect("issues.json", &fixture("github-issues/issues.json"));
    assert_eq!(
        (d.format, d.kind),
        (Format::GithubIssues, KindGuess::Change)
    );
    let d = detect("noter/ide.md", "# En idé\n\nNoget tekst.\n");
    assert!(!d.excluded && matches!(d.kind, KindGuess::NotARecord { .. }));
    let d = detect(
        "b/y.md",
        "# Budget\n\n- Dato: 4.6.2026\n- Status: Godkendt\n",
    );
    assert_eq!(
        (d.format, d.kind),
        (Format::Markdown, KindGuess::Decision),
        "plain Danish keys"
    );
    let d = detect("b/x.md", "# [SDR] Budget\n\nTekst.\n");
    assert_eq!((d.format, d.kind), (Format::Markdown, KindGuess::Decision));
    let d = detect(
        "doc/adr/0001-x.md",
        &fixture("adr-tools/0001-record-architecture-decisions.md"),
    );
    assert_eq!(d.format, Format::AdrTools);
}
