//! Mapping folders to kinds: the common parent, a log a tool's file names
//! in several folders (DEC-0058), and where each file is placed.

use super::*;
use crate::survey::Why;

fn file(path: &str, kind: Option<&str>) -> SurveyedFile {
    SurveyedFile {
        path: path.into(),
        kind: kind.map(str::to_string),
        format: None,
        why: Why::IgnoredName,
        placement: Placement::NotARecord,
        skipped: kind.is_none(),
    }
}

fn order() -> Vec<String> {
    ["decision", "change", "meeting"].map(String::from).to_vec()
}

fn folders(m: &Mapping) -> Vec<&str> {
    m.folders().collect()
}

#[test]
fn common_parent_of_nested_folders() {
    assert_eq!(
        common(&["moeder/styregruppe", "moeder/koordination"]),
        "moeder"
    );
    assert_eq!(common(&["docs/adr"]), "docs/adr");
    assert_eq!(common(&["a/b", "c"]), "");
    assert!(holds("moeder", "moeder/styregruppe"));
    assert!(!holds("moeder", "moederne"));
    assert!(holds("a", "a"));
}

#[test]
fn a_log_in_three_folders_is_one_mapping_with_every_record_counted() {
    let mut files = vec![
        file("docs/adr/20230914-a.md", Some("decision")),
        file("docs/adr/template.md", None),
        file("packages/api/adr/20240101-b.md", Some("decision")),
        file("packages/api/adr/sub/20240102-c.md", Some("decision")),
        file("packages/web/adr/20240103-d.md", Some("decision")),
        file("notes/20240104-e.md", Some("decision")),
    ];
    let mut kinds = map(&files, &order());
    assert_eq!(kinds.len(), 1);
    let log = ["docs/adr", "packages/api/adr", "packages/web/adr"].map(String::from);
    join_log(&files, &mut kinds, &log);
    assert_eq!(kinds.len(), 1, "{kinds:?}");
    let m = &kinds[0];
    assert_eq!(m.kind, "decision");
    assert_eq!(
        folders(m),
        ["docs/adr", "packages/api/adr", "packages/web/adr"]
    );
    assert_eq!(m.records, 4);
    assert_eq!(
        m.from,
        [
            "docs/adr",
            "packages/api/adr",
            "packages/api/adr/sub",
            "packages/web/adr"
        ]
    );
    place(&mut files, &kinds);
    let placed = |path: &str| {
        files
            .iter()
            .find(|f| f.path == path)
            .unwrap()
            .placement
            .clone()
    };
    assert_eq!(
        placed("packages/api/adr/sub/20240102-c.md"),
        Placement::Mapped {
            folder: "packages/api/adr".into()
        }
    );
    assert_eq!(
        placed("packages/web/adr/20240103-d.md"),
        Placement::Mapped {
            folder: "packages/web/adr".into()
        }
    );
    assert_eq!(
        placed("notes/20240104-e.md"),
        Placement::KindElsewhere {
            folder: "docs/adr".into()
        }
    );
    assert_eq!(placed("docs/adr/template.md"), Placement::NotARecord);
}

#[test]
fn a_log_folder_holding_or_inside_another_kinds_folder_is_left_out() {
    let mut files = vec![
        file("docs/adr/20230914-a.md", Some("decision")),
        file("docs/adr/20230915-b.md", Some("decision")),
        file("moeder/2024-01-01.md", Some("meeting")),
        file("moeder/2024-02-01.md", Some("meeting")),
        file("backlog/x/cr.md", Some("change")),
    ];
    let mut kinds = map(&files, &order());
    let meeting = kinds.iter().find(|m| m.kind == "meeting").unwrap();
    assert_eq!(meeting.folder, "moeder");
    // `moeder/adr` lies in the meetings' folder; `backlog` holds the
    // change requests' folder; `docs/adr/old` lies in `docs/adr`.
    let log = [
        "docs/adr",
        "moeder/adr",
        "backlog",
        "docs/adr/old",
        "",
        "web/adr",
    ]
    .map(String::from);
    join_log(&files, &mut kinds, &log);
    let decision = kinds.iter().find(|m| m.kind == "decision").unwrap();
    assert_eq!(folders(decision), ["docs/adr", "web/adr"]);
    assert_eq!(decision.records, 2);
    assert_eq!(decision.from, ["docs/adr"]);
    assert_eq!(kinds.iter().filter(|m| m.kind == "decision").count(), 1);
    place(&mut files, &kinds);
    assert!(
        files
            .iter()
            .all(|f| matches!(f.placement, Placement::Mapped { .. }))
    );
}

#[test]
fn a_log_whose_folders_all_clash_changes_nothing_and_a_new_mapping_is_added() {
    let files = vec![
        file("moeder/2024-01-01.md", Some("meeting")),
        file("docs/adr/20240101-c.md", Some("decision")),
    ];
    let mut kinds = map(&files, &order());
    assert_eq!(kinds.len(), 2);
    let before = kinds.clone();
    join_log(&files, &mut kinds, &["moeder/adr".to_string()]);
    assert_eq!(kinds, before);
    // No decision mapped yet: the log's folders are added as one.
    let files = vec![file("moeder/2024-01-01.md", Some("meeting"))];
    let mut kinds = map(&files, &order());
    assert!(kinds.iter().all(|m| m.kind != "decision"));
    join_log(
        &files,
        &mut kinds,
        &["a/adr".to_string(), "b/adr".to_string()],
    );
    let decision = kinds.iter().find(|m| m.kind == "decision").unwrap();
    assert_eq!(folders(decision), ["a/adr", "b/adr"]);
    assert_eq!(decision.records, 0);
    assert!(decision.from.is_empty());
}

#[test]
fn the_deepest_mapped_folder_places_a_file() {
    let kinds = vec![
        Mapping {
            kind: "meeting".into(),
            folder: "docs".into(),
            more: Vec::new(),
            records: 1,
            from: vec!["docs".into()],
        },
        Mapping {
            kind: "decision".into(),
            folder: "x/adr".into(),
            more: vec!["docs/adr".into()],
            records: 1,
            from: vec!["docs/adr".into()],
        },
    ];
    let mut files = vec![
        file("docs/adr/a.md", Some("decision")),
        file("docs/m.md", Some("meeting")),
        file("docs/adr/b.md", Some("meeting")),
        file("top.md", Some("decision")),
    ];
    place(&mut files, &kinds);
    let got: Vec<Placement> = files.iter().map(|f| f.placement.clone()).collect();
    assert_eq!(
        got,
        [
            Placement::Mapped {
                folder: "docs/adr".into()
            },
            Placement::Mapped {
                folder: "docs".into()
            },
            Placement::FolderOfOtherKind {
                kind: "decision".into()
            },
            Placement::AtRoot,
        ]
    );
}

#[test]
fn the_place_holding_most_of_a_kinds_records_is_mapped_and_counted() {
    let mut files = vec![
        file("aa/1.md", Some("decision")),
        file("bb/2.md", Some("decision")),
        file("bb/3.md", Some("decision")),
        file("bb/x/4.md", Some("decision")),
    ];
    let kinds = map(&files, &order());
    assert_eq!(kinds.len(), 1);
    assert_eq!((kinds[0].folder.as_str(), kinds[0].records), ("bb", 3));
    assert_eq!(kinds[0].from, ["bb", "bb/x"]);
    place(&mut files, &kinds);
    assert_eq!(
        files[0].placement,
        Placement::KindElsewhere {
            folder: "bb".into()
        }
    );
}

#[test]
fn a_template_beside_one_bodys_folder_makes_the_parent_the_home() {
    let mut template = file("moeder/skabelon.md", None);
    template.skipped = true;
    let files = vec![
        template.clone(),
        file("moeder/styregruppe/2026-01-01.md", Some("meeting")),
        file("moeder/styregruppe/2026-02-01.md", Some("meeting")),
    ];
    let kinds = map(&files, &order());
    assert_eq!(kinds[0].folder, "moeder");
    // Without the template, the body's folder; with a file of another
    // kind below the parent, too.
    let kinds = map(&files[1..], &order());
    assert_eq!(kinds[0].folder, "moeder/styregruppe");
    let mut other = files.clone();
    other.push(file("moeder/noter/x.md", Some("decision")));
    other.push(file("moeder/noter/y.md", Some("decision")));
    let kinds = map(&other, &order());
    let meeting = kinds.iter().find(|m| m.kind == "meeting").unwrap();
    assert_eq!(meeting.folder, "moeder/styregruppe");
    // A README beside the body's folder is no template; a template inside
    // the body's folder makes no parent of it.
    let mut readme = file("moeder/README.md", None);
    readme.skipped = true;
    let mut inner = file("moeder/styregruppe/skabelon.md", None);
    inner.skipped = true;
    for extra in [readme, inner] {
        let mut these = files[1..].to_vec();
        these.push(extra.clone());
        let kinds = map(&these, &order());
        assert_eq!(kinds[0].folder, "moeder/styregruppe", "{}", extra.path);
    }
}
