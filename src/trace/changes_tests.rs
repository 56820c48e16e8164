//! Reading a long history in parts, on as many threads as there are
//! cores, gives what one reader going through it in one go gives.

use super::*;
use crate::config::Config;
use crate::testing::git;
use crate::trace::scan;
use crate::trace::sources::patterns;

/// 2,600 commits: each writes one record (new or a new status), now and
/// then deletes one; a side branch is merged back every 400 commits.
fn history() -> Vec<u8> {
    let mut s = String::new();
    let record = |n: usize, c: usize| {
        let status = ["proposed", "accepted", "rejected"][c % 3];
        format!("---\nid: DEC-{n:04}\ntitle: Decision {n}\nstatus: {status}\n---\n\nText {c}.\n")
    };
    let mut mark = 0;
    let mut side = None;
    for c in 0..2600usize {
        mark += 1;
        let branch = if c % 400 == 390 { "side" } else { "main" };
        s.push_str(&format!(
            "commit refs/heads/{branch}\nmark :{mark}\ncommitter T <t@example.org> {} +0000\ndata 9\nchange {}\n",
            1_700_000_000 + c * 60,
            c % 10
        ));
        if branch == "side" {
            s.push_str(&format!("from :{}\n", mark - 1));
            side = Some(mark);
        } else if mark > 1 {
            s.push_str(&format!(
                "from :{}\n",
                if side == Some(mark - 1) {
                    mark - 2
                } else {
                    mark - 1
                }
            ));
            if let Some(m) = side.take() {
                s.push_str(&format!("merge :{m}\n"));
            }
        }
        let n = (c * 7919) % 700;
        if c % 13 == 12 {
            s.push_str(&format!("D decisions/DEC-{n:04}.md\n"));
        } else {
            let text = record(n, c);
            s.push_str(&format!(
                "M 100644 inline decisions/DEC-{n:04}.md\ndata {}\n{text}\n",
                text.len()
            ));
        }
        s.push('\n');
    }
    s.into_bytes()
}

#[test]
fn parts_read_what_one_reader_reads() {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"], None);
    git(dir.path(), &["fast-import", "--quiet"], Some(&history()));
    git(dir.path(), &["repack", "-adq"], None);
    let config = Config::load(dir.path(), Vec::new()).unwrap();
    let patterns = patterns(&config);
    let ctx = ScanContext {
        config: &config,
        patterns: &patterns,
        governance: true,
        prefix: String::new(),
    };
    let repo = Repo::open(dir.path()).unwrap();
    let mut h = RepoHistory::default();
    scan::update(&repo, &mut h, &ctx).unwrap();
    assert!(h.commits.len() >= 2600, "{}", h.commits.len());

    // From a history that holds no blob facts yet: in parts, and by one
    // reader.
    let mut bare = h.clone();
    bare.blobs.clear();
    let parts = read_changes(&repo, &bare, 0..h.commits.len(), &ctx).unwrap();
    if std::thread::available_parallelism().map_or(1, usize::from) > 1 {
        assert!(parts.len() > 2, "{} parts", parts.len());
    }
    let mut differ = repo.tree_differ(&ctx.folders());
    let (changed, facts) = read_part(&mut differ, &bare, 0..h.commits.len(), &ctx).unwrap();
    assert!(
        changed.len() > 2500,
        "{} commits changed records",
        changed.len()
    );

    // What update() kept from the parts is what one reader finds.
    let mut want = vec![Vec::new(); h.commits.len()];
    for (i, changes) in changed {
        want[i] = changes;
    }
    for (i, c) in h.commits.iter().enumerate() {
        let got = c
            .info
            .as_ref()
            .map(|info| info.changes.clone())
            .unwrap_or_default();
        assert_eq!(got, want[i], "commit {}", c.id);
    }
    assert_eq!(h.blobs.len(), facts.len());
    for (key, f) in &facts {
        assert_eq!(h.blobs.get(key), Some(f), "blob {:?}", key.0);
    }
    // And the parts, put together, name the same blobs.
    let from_parts: std::collections::HashSet<_> = parts
        .iter()
        .flat_map(|(_, f)| f.iter().map(|(k, _)| *k))
        .collect();
    assert_eq!(from_parts.len(), facts.len());
}
