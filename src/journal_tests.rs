use super::*;
use std::path::PathBuf;

/// A repository folder with a record renamed `A-1.md` → `A-2.md` and a
/// file referring to it, and the journal of that renumbering.
fn setup() -> (tempfile::TempDir, PathBuf, Journal) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("d")).unwrap();
    std::fs::write(dir.path().join("d/A-1.md"), "id: A-1\n").unwrap();
    std::fs::write(dir.path().join("d/B-1.md"), "see A-1\n").unwrap();
    let journal = Journal::new(
        "A-1",
        "A-2",
        vec![
            JournalFile {
                path: "d/A-1.md".into(),
                new_path: Some("d/A-2.md".into()),
                before: "id: A-1\n".into(),
                after: "id: A-2\n".into(),
                replacements: 1,
                created: false,
            },
            JournalFile {
                path: "d/B-1.md".into(),
                new_path: None,
                before: "see A-1\n".into(),
                after: "see A-2\n".into(),
                replacements: 1,
                created: false,
            },
        ],
    );
    let path = dir.path().join("state/renumber.journal");
    journal.write(&path).unwrap();
    (dir, path, journal)
}

fn read(dir: &Path, rel: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(rel)).ok()
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("d"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn nothing_to_complete_without_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(complete(dir.path(), &dir.path().join("j")).unwrap(), None);
}

#[test]
fn a_journal_is_completed_from_the_old_state() {
    let (dir, path, journal) = setup();
    assert_eq!(Journal::read(&path).unwrap(), Some(journal.clone()));
    let done = complete(dir.path(), &path).unwrap().unwrap();
    assert_eq!(
        done,
        Completed {
            journal,
            written: 2
        }
    );
    assert_eq!(files(dir.path()), ["A-2.md", "B-1.md"]);
    assert_eq!(read(dir.path(), "d/A-2.md").unwrap(), "id: A-2\n");
    assert_eq!(read(dir.path(), "d/B-1.md").unwrap(), "see A-2\n");
    assert!(!path.exists(), "the journal is removed");
    assert_eq!(complete(dir.path(), &path).unwrap(), None);
}

#[test]
fn a_journal_is_completed_from_any_mixed_state() {
    // The record renamed but its old name still there; the other file done.
    let (dir, path, _) = setup();
    std::fs::write(dir.path().join("d/A-2.md"), "id: A-2\n").unwrap();
    std::fs::write(dir.path().join("d/B-1.md"), "see A-2\n").unwrap();
    let done = complete(dir.path(), &path).unwrap().unwrap();
    assert_eq!(done.written, 0);
    assert_eq!(files(dir.path()), ["A-2.md", "B-1.md"]);
    // Everything done but the journal.
    let (dir, path, _) = setup();
    std::fs::rename(dir.path().join("d/A-1.md"), dir.path().join("d/A-2.md")).unwrap();
    std::fs::write(dir.path().join("d/A-2.md"), "id: A-2\n").unwrap();
    std::fs::write(dir.path().join("d/B-1.md"), "see A-2\n").unwrap();
    assert_eq!(complete(dir.path(), &path).unwrap().unwrap().written, 0);
    assert_eq!(files(dir.path()), ["A-2.md", "B-1.md"]);
    assert!(!path.exists());
}

#[test]
fn a_file_changed_since_stops_everything() {
    for (rel, text, reason) in [
        (
            "d/B-1.md",
            Some("hand edit\n"),
            JournalTrouble::ChangedSince,
        ),
        ("d/B-1.md", None, JournalTrouble::Gone),
        (
            "d/A-1.md",
            Some("hand edit\n"),
            JournalTrouble::ChangedSince,
        ),
        ("d/A-1.md", None, JournalTrouble::Gone),
        (
            "d/A-2.md",
            Some("someone else's\n"),
            JournalTrouble::ChangedSince,
        ),
    ] {
        let (dir, path, _) = setup();
        match text {
            Some(t) => std::fs::write(dir.path().join(rel), t).unwrap(),
            None => std::fs::remove_file(dir.path().join(rel)).unwrap(),
        }
        let before: Vec<_> = files(dir.path())
            .into_iter()
            .map(|f| (read(dir.path(), &format!("d/{f}")), f))
            .collect();
        let err = complete(dir.path(), &path).unwrap_err();
        assert!(
            matches!(&err, Error::JournalConflict { path: p, reason: r, .. } if p == rel && *r == reason),
            "{rel}: {err}"
        );
        assert!(err.to_string().contains("A-1 → A-2"), "{err}");
        let after: Vec<_> = files(dir.path())
            .into_iter()
            .map(|f| (read(dir.path(), &format!("d/{f}")), f))
            .collect();
        assert_eq!(before, after, "{rel}: nothing written");
        assert!(path.exists(), "{rel}: the journal stays");
    }
}

#[test]
fn a_damaged_or_foreign_journal_is_an_error_not_ignored() {
    let (dir, path, mut journal) = setup();
    std::fs::write(&path, b"{\"format\": \"gov-renumber-journal/1\", \"old\": ").unwrap();
    assert!(matches!(
        complete(dir.path(), &path),
        Err(Error::BadJournal { .. })
    ));
    journal.format = "gov-renumber-journal/9".into();
    std::fs::write(&path, serde_json::to_vec(&journal).unwrap()).unwrap();
    let err = complete(dir.path(), &path).unwrap_err();
    assert!(err.to_string().contains("unknown format"), "{err}");
    for escape in ["../outside.md", "/etc/passwd", "", "d/../../x.md"] {
        let (dir, path, mut journal) = setup();
        journal.files[1].path = escape.into();
        std::fs::write(&path, serde_json::to_vec(&journal).unwrap()).unwrap();
        let err = complete(dir.path(), &path).unwrap_err();
        assert!(
            err.to_string().contains("not inside the repository"),
            "{escape:?}: {err}"
        );
        journal.files[1].path = "d/B-1.md".into();
        journal.files[0].new_path = Some(escape.into());
        std::fs::write(&path, serde_json::to_vec(&journal).unwrap()).unwrap();
        assert!(complete(dir.path(), &path).is_err(), "{escape:?}");
    }
}

#[test]
fn a_journal_that_cannot_be_read_is_an_error_not_absent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("renumber.journal");
    std::fs::create_dir(&path).unwrap();
    let err = complete(dir.path(), &path).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err}");
    assert!(err.to_string().contains("renumber.journal"), "{err}");
    // A file of the renumbering that cannot be read: an error, nothing written.
    let (dir, path, _) = setup();
    std::fs::remove_file(dir.path().join("d/B-1.md")).unwrap();
    std::fs::create_dir(dir.path().join("d/B-1.md")).unwrap();
    let err = complete(dir.path(), &path).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err}");
    assert_eq!(read(dir.path(), "d/A-1.md").unwrap(), "id: A-1\n");
    assert!(path.exists());
}

#[test]
fn journal_paths_inside_the_repository() {
    assert!(is_inside("d/A-1.md"));
    assert!(is_inside("a"));
    assert!(!is_inside(""));
    assert!(!is_inside("./a"));
    assert!(!is_inside("a/../b"));
    assert!(!is_inside("/a"));
}
