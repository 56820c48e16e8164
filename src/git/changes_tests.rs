//! The differ against libgit2's tree diff, on a real repository whose
//! pack chains many versions of a large folder as deltas: every commit's
//! changes below the folder, files in subfolders included, must be the
//! ones libgit2 finds.

use super::*;
use crate::testing::git;
use std::collections::BTreeSet;

/// A fast-import stream of `commits` commits on one branch. The folder
/// `decisions` starts with 400 files; each commit changes, adds, deletes
/// or renames one or two files, now and then in a subfolder, with names
/// that test git's order (`x`, `x.md`, `x-a.md`, a folder `x`).
fn history(commits: usize) -> Vec<u8> {
    let mut s = String::new();
    let mut seed = 7u64;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let mut files: BTreeSet<String> = (0..400)
        .map(|i| format!("decisions/DEC-{i:04}-a-title.md"))
        .collect();
    for c in 0..commits {
        s.push_str(&format!(
            "commit refs/heads/main\nmark :{}\ncommitter T <t@example.org> {} +0000\ndata 3\nc{}\n",
            c + 1,
            1_700_000_000 + c * 60,
            c % 10,
        ));
        if c > 0 {
            s.push_str(&format!("from :{c}\n"));
        } else {
            for f in &files {
                s.push_str(&format!("M 100644 inline {f}\ndata 4\nv0\n\n"));
            }
            continue;
        }
        for _ in 0..=next(2) {
            let n = next(460);
            let name = match next(6) {
                0 => format!("decisions/archive/DEC-{n:04}.md"),
                1 => format!("decisions/DEC-{n:04}"),
                2 => format!("decisions/DEC-{n:04}-a.md"),
                3 => format!("decisions/deep/er/DEC-{n:04}.md"),
                _ => format!("decisions/DEC-{n:04}-a-title.md"),
            };
            if files.contains(&name) && next(3) == 0 {
                files.remove(&name);
                s.push_str(&format!("D {name}\n"));
            } else if files.contains(&name) && next(4) == 0 {
                let to = name.replace("DEC-", "DEC-9");
                files.remove(&name);
                files.insert(to.clone());
                s.push_str(&format!("R {name} {to}\n"));
            } else {
                files.insert(name.clone());
                s.push_str(&format!("M 100644 inline {name}\ndata 6\nv{c:04}\n\n"));
            }
        }
        s.push('\n');
    }
    s.into_bytes()
}

#[test]
fn every_commit_differs_as_libgit2_says() {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"], None);
    git(dir.path(), &["fast-import", "--quiet"], Some(&history(300)));
    git(
        dir.path(),
        &["repack", "-adfq", "--depth=50", "--window=50"],
        None,
    );
    let repo = Repo::open(dir.path()).unwrap();
    let raw = git2::Repository::open(dir.path()).unwrap();
    let mut walk = raw.revwalk().unwrap();
    walk.push_ref("refs/heads/main").unwrap();
    let folders = vec!["decisions".to_string()];
    let mut differ = repo.tree_differ(&folders);
    let mut seen = 0;
    for oid in walk {
        let commit = raw.find_commit(oid.unwrap()).unwrap();
        let Ok(parent) = commit.parent(0) else {
            continue;
        };
        let (new_root, old_root) = (
            ObjectId::from_git(commit.tree_id()),
            ObjectId::from_git(parent.tree_id()),
        );
        let (new, old) = (
            differ.folder_ids(new_root).unwrap()[0],
            differ.folder_ids(old_root).unwrap()[0],
        );
        let mut ours = Vec::new();
        differ
            .diff("decisions", old, new, &|_, _, _| true, &mut ours)
            .unwrap();
        let ours: BTreeSet<_> = ours.into_iter().map(|f| (f.path, f.old, f.new)).collect();
        let diff = raw
            .diff_tree_to_tree(
                Some(&parent.tree().unwrap()),
                Some(&commit.tree().unwrap()),
                None,
            )
            .unwrap();
        let blob = |f: git2::DiffFile<'_>| (!f.id().is_zero()).then(|| ObjectId::from_git(f.id()));
        let theirs: BTreeSet<_> = diff
            .deltas()
            .map(|d| {
                let path = d.new_file().path().or(d.old_file().path()).unwrap();
                (
                    path.to_string_lossy().into_owned(),
                    blob(d.old_file()),
                    blob(d.new_file()),
                )
            })
            .collect();
        assert_eq!(ours, theirs, "commit {}", commit.id());
        seen += usize::from(!theirs.is_empty());
    }
    assert!(seen > 250, "{seen} commits changed files");
}
