use super::*;
use std::path::Path;

fn commit(repo: &git2::Repository, root: &Path, files: &[(&str, &str)], time: i64) -> git2::Oid {
    for (path, text) in files {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let mut index = repo.index().unwrap();
    index
        .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
        .unwrap();
    index.write().unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let sig = git2::Signature::new("A", "a@x", &git2::Time::new(time, 60)).unwrap();
    let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
    let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, "c", &tree, &parents)
        .unwrap()
}

fn times(last: &LastChanges) -> Vec<(String, i64)> {
    let mut v: Vec<_> = last.iter().map(|(p, c)| (p.clone(), c.time)).collect();
    v.sort();
    v
}

fn folders() -> Vec<String> {
    vec!["d".to_string()]
}

#[test]
fn each_file_gets_the_time_of_the_newest_commit_that_touched_it() {
    let dir = tempfile::tempdir().unwrap();
    let git = git2::Repository::init(dir.path()).unwrap();
    let root = dir.path();
    commit(
        &git,
        root,
        &[("d/a.md", "1"), ("d/b.md", "1"), ("x/c.md", "1")],
        1000,
    );
    commit(&git, root, &[("d/a.md", "2"), ("x/c.md", "2")], 2000);
    commit(&git, root, &[("d/sub/e.md", "1")], 3000);
    let repo = Repo::discover(root).unwrap().unwrap();
    let last = repo.last_changes(&folders()).unwrap();
    let time = |p: &str| last.get(p).map(|l| l.time);
    assert_eq!(time("d/a.md"), Some(2000));
    assert_eq!(time("d/b.md"), Some(1000));
    assert_eq!(time("d/sub/e.md"), Some(3000));
    assert_eq!(time("x/c.md"), None, "outside the folders");
    assert_eq!(last["d/a.md"].blob, blob_id(b"2").unwrap());
    assert_eq!(last["d/a.md"].offset_minutes, 60);
}

#[test]
fn the_cache_walks_only_new_commits_and_survives_rewritten_history() {
    let dir = tempfile::tempdir().unwrap();
    let git = git2::Repository::init(dir.path()).unwrap();
    let root = dir.path();
    let first = commit(&git, root, &[("d/a.md", "1"), ("d/b.md", "1")], 1000);
    let repo = Repo::discover(root).unwrap().unwrap();
    let cached = repo.last_changes_cached(&folders()).unwrap();
    assert!(repo.git_dir().join("gov/last-change").is_file());
    assert_eq!(
        times(&cached),
        times(&repo.last_changes(&folders()).unwrap())
    );
    commit(&git, root, &[("d/b.md", "2"), ("d/c.md", "1")], 2000);
    std::fs::remove_file(root.join("d/a.md")).unwrap();
    commit(&git, root, &[], 3000);
    let cached = repo.last_changes_cached(&folders()).unwrap();
    assert_eq!(
        times(&cached),
        [("d/b.md".into(), 2000), ("d/c.md".into(), 2000)]
    );
    assert_eq!(
        times(&cached),
        times(&repo.last_changes(&folders()).unwrap())
    );
    // A rewritten history: HEAD no longer descends from the cached commit.
    git.set_head_detached(first).unwrap();
    git.checkout_head(Some(git2::build::CheckoutBuilder::new().force()))
        .unwrap();
    commit(&git, root, &[("d/a.md", "3")], 4000);
    let cached = repo.last_changes_cached(&folders()).unwrap();
    assert_eq!(
        times(&cached),
        [("d/a.md".into(), 4000), ("d/b.md".into(), 1000)]
    );
    // A damaged cache is ignored.
    std::fs::write(repo.git_dir().join("gov/last-change"), "garbage").unwrap();
    assert_eq!(
        times(&repo.last_changes_cached(&folders()).unwrap()),
        times(&cached)
    );
}

#[test]
fn no_commits_no_times() {
    let dir = tempfile::tempdir().unwrap();
    git2::Repository::init(dir.path()).unwrap();
    let repo = Repo::discover(dir.path()).unwrap().unwrap();
    assert!(repo.last_changes(&folders()).unwrap().is_empty());
    assert!(repo.last_changes_cached(&folders()).unwrap().is_empty());
}
