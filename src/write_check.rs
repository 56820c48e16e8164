//! Validation before writing (DEC-0028): `gov set` and `gov new --set`
//! check the record they are about to write with the checks of
//! `gov validate` (the kind's schema, the status vocabulary, dates, the ID
//! against the file name) and against the other records' IDs, and report
//! the diagnostics the change *adds*. A record that was already imperfect
//! can still be edited; a change that makes it worse is refused (or, with
//! `--force`, written with the diagnostics shown as warnings).

use crate::check::{self, Diagnostic, Finding, Located, Schemas};
use crate::record::{Record, RecordId, Repository, Summary};

/// The diagnostics of `record` as `gov validate` would give them, with the
/// other records of `repo` (the one at the same path excluded) for the ID
/// uniqueness check.
fn diagnostics_of(repo: &Repository, record: &Record, schemas: &Schemas) -> Vec<Diagnostic> {
    let Some(kind) = repo.config.kind(&record.kind) else {
        return Vec::new();
    };
    let summary = Summary::of(record, kind);
    let mut found = check::check_record(record, &summary, kind, schemas);
    if let Some(id) = RecordId::parse(&summary.id) {
        let twin = repo
            .records
            .iter()
            .filter(|r| r.path != record.path)
            .filter_map(|r| repo.config.kind(&r.kind).map(|k| Summary::of(r, k)))
            .find(|s| RecordId::parse(&s.id).is_some_and(|other| other == id));
        if let Some(twin) = twin {
            let (line, column) = record
                .field("id")
                .map_or((1, 1), |n| (n.span.start.line, n.span.start.column));
            found.push(Located::at(
                &record.path,
                line,
                column,
                Finding::DuplicateId {
                    id: summary.id.clone(),
                    other: twin.path,
                },
            ));
        }
    }
    check::finish(found, &repo.config, repo.config.lang)
}

/// The diagnostics `after` has that `before` (the same record as it is now,
/// or as a template made it) does not: compared by rule and message, so a
/// finding that only moved to another line is not new.
pub fn introduced(
    repo: &Repository,
    before: Option<&Record>,
    after: &Record,
    schemas: &Schemas,
) -> Vec<Diagnostic> {
    let mut old: Vec<(&'static str, String)> = before
        .map(|b| diagnostics_of(repo, b, schemas))
        .unwrap_or_default()
        .into_iter()
        .map(|d| (d.code, d.message))
        .collect();
    let mut added = Vec::new();
    for d in diagnostics_of(repo, after, schemas) {
        match old
            .iter()
            .position(|(c, m)| *c == d.code && *m == d.message)
        {
            Some(i) => {
                old.swap_remove(i);
            }
            None => added.push(d),
        }
    }
    added
}

/// True when any of the diagnostics is an error (which refuses the write).
pub fn refuses(diagnostics: &[Diagnostic]) -> bool {
    diagnostics
        .iter()
        .any(|d| d.severity == check::Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn repo(files: &[(&str, &str)]) -> (tempfile::TempDir, Repository) {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let repo = Repository::load(dir.path().to_path_buf(), Config::defaults());
        (dir, repo)
    }

    const DEC1: &str = "---\nid: DEC-0001\ntitle: En\nstatus: proposed\ndate: 2026-01-02\ntype: architecture\ndeciders: [Styregruppen]\n---\n\n# En\n";
    const DEC2: &str = "---\nid: DEC-0002\ntitle: To\nstatus: proposed\ndate: 2026-01-02\ntype: architecture\ndeciders: [Styregruppen]\n---\n\n# To\n";

    #[test]
    fn a_duplicate_id_and_a_schema_break_are_new_errors() {
        let (_d, repo) = repo(&[
            ("decisions/DEC-0001-en.md", DEC1),
            ("decisions/DEC-0002-to.md", DEC2),
        ]);
        let schemas = Schemas::compile(&repo.root, &repo.config).unwrap();
        let before = &repo.records[1];
        let after = Record::parse(
            before.path.clone(),
            "decision",
            DEC2.replace("id: DEC-0002", "id: DEC-0001"),
        );
        let added = introduced(&repo, Some(before), &after, &schemas);
        assert!(added.iter().any(|d| d.code == "GOV040"), "{added:?}");
        assert!(refuses(&added));
        let after = Record::parse(
            before.path.clone(),
            "decision",
            DEC2.replace("deciders: [Styregruppen]", "deciders: 3"),
        );
        let added = introduced(&repo, Some(before), &after, &schemas);
        assert!(added.iter().any(|d| d.code == "GOV010"), "{added:?}");
        assert_eq!(introduced(&repo, Some(before), before, &schemas), vec![]);
    }

    #[test]
    fn a_finding_the_record_had_already_is_not_new() {
        let broken = DEC2.replace("status: proposed", "status: nonsense");
        let (_d, repo) = repo(&[("decisions/DEC-0002-to.md", &broken)]);
        let schemas = Schemas::compile(&repo.root, &repo.config).unwrap();
        let before = &repo.records[0];
        let after = Record::parse(
            before.path.clone(),
            "decision",
            broken.replace("title: To", "title: To\nnote: x"),
        );
        assert_eq!(introduced(&repo, Some(before), &after, &schemas), vec![]);
        assert!(!introduced(&repo, None, &after, &schemas).is_empty());
        // The same rule with another word is a new finding.
        let other = Record::parse(
            before.path.clone(),
            "decision",
            broken.replace("status: nonsense", "status: rubbish"),
        );
        let added = introduced(&repo, Some(before), &other, &schemas);
        assert_eq!(added.len(), 1, "{added:?}");
        assert!(added[0].message.contains("rubbish"), "{added:?}");
    }

    #[test]
    fn only_errors_refuse() {
        let (_d, repo) = repo(&[("decisions/DEC-0002-to.md", DEC2)]);
        let schemas = Schemas::compile(&repo.root, &repo.config).unwrap();
        let before = &repo.records[0];
        let noted = Record::parse(
            before.path.clone(),
            "decision",
            DEC2.replace("status: proposed", "status: Besluttet. (pr mail)"),
        );
        let added = introduced(&repo, Some(before), &noted, &schemas);
        assert!(!added.is_empty(), "a status with a note is a warning");
        assert!(!refuses(&added));
        assert!(!refuses(&[]));
    }
}
