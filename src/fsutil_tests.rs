use super::*;

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn create_new_refuses_to_overwrite_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.md");
    create_new(&p, b"one").unwrap();
    assert!(matches!(create_new(&p, b"two"), Err(Error::Exists { .. })));
    assert_eq!(std::fs::read(&p).unwrap(), b"one");
    assert_eq!(
        names(dir.path()),
        ["a.md"],
        "no temporary file is left behind"
    );
}

#[test]
fn replace_refuses_when_the_file_changed_underneath() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.md");
    std::fs::write(&p, "mine").unwrap();
    let err = replace(&p, b"what I read", b"new").unwrap_err();
    assert!(
        matches!(&err, Error::Changed { path } if *path == p),
        "{err}"
    );
    assert_eq!(std::fs::read(&p).unwrap(), b"mine");
    assert_eq!(names(dir.path()), ["a.md"], "the staged file is removed");
    replace(&p, b"mine", b"new").unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"new");
    assert_eq!(names(dir.path()), ["a.md"]);
}

#[test]
fn replace_of_a_missing_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("gone.md");
    let err = replace(&p, b"x", b"y").unwrap_err();
    assert!(err.to_string().contains("gone.md"), "{err}");
    assert!(names(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn replace_keeps_the_mode_and_staging_can_take_another_files_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.md");
    std::fs::write(&p, "x").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
    replace(&p, b"x", b"y").unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&p), 0o640);
    let q = dir.path().join("b.md");
    Staged::with_mode_of(&q, &p, b"z")
        .unwrap()
        .commit_new(&q)
        .unwrap();
    assert_eq!(mode(&q), 0o640);
}

#[cfg(unix)]
#[test]
fn a_new_file_is_not_private_to_the_owner() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.md");
    create_new(&p, b"x").unwrap();
    let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
    // The umask of the test process decides the rest; 0600 was tempfile's.
    assert_ne!(mode, 0o600, "{mode:o}");
    assert_eq!(mode & 0o600, 0o600, "{mode:o}");
}

#[test]
fn stale_temporary_files_are_removed_below_a_folder_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("archive");
    std::fs::create_dir(&sub).unwrap();
    for name in [
        ".gov-a1.tmp",
        "archive/.gov-b2.tmp",
        "a.md",
        ".gov-x.md",
        "x.tmp",
    ] {
        std::fs::write(dir.path().join(name), "x").unwrap();
    }
    std::fs::create_dir(dir.path().join(".gov-dir.tmp")).unwrap();
    let removed = remove_stale(dir.path()).unwrap();
    assert_eq!(
        removed,
        vec![dir.path().join(".gov-a1.tmp"), sub.join(".gov-b2.tmp")]
    );
    assert_eq!(
        names(dir.path()),
        [".gov-dir.tmp", ".gov-x.md", "a.md", "archive", "x.tmp"]
    );
    assert!(
        remove_stale(&dir.path().join("missing"))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn temp_names() {
    assert!(is_temp_name(".gov-abc.tmp"));
    assert!(!is_temp_name(".gov-abc.md"));
    assert!(!is_temp_name("gov-abc.tmp"));
    assert!(!is_temp_name(".trace-abc.tmp"));
}

#[test]
fn create_if_absent_says_whether_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sub/gov.yaml");
    assert!(create_if_absent(&p, b"one").unwrap());
    assert!(!create_if_absent(&p, b"two").unwrap());
    assert_eq!(std::fs::read(&p).unwrap(), b"one");
    let err = create_if_absent(&dir.path().join("sub/gov.yaml/x"), b"x").unwrap_err();
    assert!(err.to_string().contains("gov.yaml"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_mode_that_cannot_be_read_is_an_error_not_a_default() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.md");
    std::fs::write(&file, "x").unwrap();
    // `a.md/x`: its parent is a file, so asking for its mode fails with
    // "not a directory", which is not "absent".
    let err = Staged::with_mode_of(&dir.path().join("b.md"), &file.join("x"), b"y")
        .err()
        .expect("an error");
    assert!(err.to_string().contains("a.md/x"), "{err}");
    assert_eq!(names(dir.path()), ["a.md"], "the staged file is removed");
}

#[cfg(unix)]
#[test]
fn syncing_a_folder_reports_failure() {
    let dir = tempfile::tempdir().unwrap();
    sync_dir(dir.path()).unwrap();
    assert!(sync_dir(&dir.path().join("missing")).is_err());
}
