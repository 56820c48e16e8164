//! The pack reader against libgit2 on real packs, deltified or spread
//! over many packs, and its index search against a binary search.

use super::*;
use proptest::prelude::*;

proptest! {
    /// The interpolating search finds what a binary search finds, and
    /// nothing for an id that is not there, however the ids bunch up.
    #[test]
    fn positions_agree_with_a_binary_search(
        mut ids in prop::collection::vec(any::<[u8; 20]>(), 0..600),
        probes in prop::collection::vec(any::<[u8; 20]>(), 1..20),
        one_first_byte in any::<bool>(),
        bunched in any::<bool>(),
    ) {
        for id in &mut ids {
            if one_first_byte {
                id[0] = 0x42;
            }
            if bunched {
                id[1..6].fill(0xff);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let names = ids.concat();
        for want in ids.iter().chain(&probes) {
            let lo = ids.partition_point(|i| i[0] < want[0]);
            let hi = ids.partition_point(|i| i[0] <= want[0]);
            prop_assert_eq!(position(&names, lo, hi, &ObjectId(*want)), ids.binary_search(want).ok());
        }
    }
}

/// Every object of a real, deltified pack reads the same as libgit2
/// reads it; with `many_packs`, spread over a pack per few commits (a
/// repository that was never repacked), whose windows are shared out.
fn every_object_reads_as_libgit2_reads_it(many_packs: bool) {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let who = ["-c", "user.name=T", "-c", "user.email=t@example.org"];
        crate::testing::git(dir.path(), &[&who[..], args].concat(), None);
    };
    git(&["init", "-q"]);
    for i in 0..60 {
        let mut text = String::new();
        for line in 0..200 {
            text.push_str(&format!(
                "line {line} of the record, version {}\n",
                if line == i { i } else { 0 }
            ));
        }
        std::fs::create_dir_all(dir.path().join("decisions")).unwrap();
        std::fs::write(
            dir.path().join(format!("decisions/DEC-{:04}.md", i % 7)),
            &text,
        )
        .unwrap();
        git(&["add", "-A"]);
        git(&["commit", "-q", "-m", &format!("version {i}")]);
        if many_packs && i % 3 == 2 {
            git(&["repack", "-dq"]);
        }
    }
    if !many_packs {
        git(&["repack", "-adf", "-q", "--depth=50", "--window=50"]);
    }
    let repo = git2::Repository::open(dir.path()).unwrap();
    let mut packs = Packs::open(&dir.path().join(".git")).expect("a pack");
    if many_packs {
        assert!(packs.packs.len() >= 20, "{} packs", packs.packs.len());
        for p in &packs.packs {
            assert_eq!(p.windows.most(), 8, "128 windows shared, at least 8 each");
        }
    }
    let odb = repo.odb().unwrap();
    let mut ids = Vec::new();
    odb.foreach(|id| {
        ids.push(*id);
        true
    })
    .unwrap();
    assert!(ids.len() > 150, "{}", ids.len());
    for id in ids.iter().rev().chain(ids.iter()) {
        let ours = packs
            .read(&ObjectId::from_git(*id))
            .expect("no damage")
            .expect("in a pack");
        assert_eq!(ours.as_slice(), odb.read(*id).unwrap().data(), "{id}");
    }
}

#[test]
fn every_packed_object_reads_as_libgit2_reads_it() {
    every_object_reads_as_libgit2_reads_it(false);
}

#[test]
fn objects_spread_over_many_packs_read_as_libgit2_reads_them() {
    every_object_reads_as_libgit2_reads_it(true);
}
