//! The history cache can be damaged, replaced by something that is not a
//! file, or left half-written by a killed run: the answer stays the one
//! of a run without a cache, nothing panics or hangs, and the damage is
//! said once on stderr.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::env::{CodeRepo, TestEnv};

const CONFIG: &str = "lang: da
repositories:
  - { name: borgerpc, path: code/borgerpc, forge_url: https://example.org/os2/borgerpc }
";

/// What the notice of a cache that was not used starts with (Danish).
const NOTICE: &str = "advarsel: historikkens cache ";

fn record(id: &str, title: &str, status: &str, approved_by: &str) -> String {
    format!(
        "---\nid: {id}\ntitle: {title}\nstatus: {status}\ndeciders: Styregruppen\napproved_by: [{approved_by}]\n---\n\n# {title}\n"
    )
}

/// A governance repository with a history worth caching (records
/// created, edited, approved, renamed, deleted, restored; two authors)
/// and a code repository with release tags whose commits refer to them.
fn fixture() -> (TestEnv, CodeRepo) {
    let env = TestEnv::new();
    env.write("gov.yaml", CONFIG);
    let code = env.code_repo("borgerpc");
    let people = [
        ("Agnete Moos", "agnete@sonderborg.dk"),
        ("Jens Hansen", "jens@aarhus.dk"),
    ];
    let mut day = 0;
    let mut when = || {
        day += 1;
        let (n, e) = people[day % 2];
        (n, e, format!("2026-02-{day:02}T10:00:00+01:00"))
    };
    for round in 0..4 {
        let status = ["Forslag", "Accepteret", "Forslag", "Erstattet"][round];
        for n in 1..=4 {
            let id = format!("DEC-{n:04}");
            let path = format!("decisions/{id}-emne-{n}.md");
            env.write(
                &path,
                &record(&id, &format!("Emne {n}"), status, "Jens Hansen"),
            );
            let (name, email, date) = when();
            env.commit_as(name, email, &date, &format!("Update {id}-emne-{n}.md"));
        }
        let (name, email, date) = when();
        let message = format!("Kiosk round {round}\n\nImplements: DEC-000{}", round + 1);
        code.commit_as(name, email, &date, &message);
        if round % 2 == 1 {
            code.tag(&format!("v1.{round}.0"), &date);
        }
    }
    env.write(
        "backlog/CR-0001-printer.md",
        "---\ntitle: Printer\nstatus: Indmeldt\n---\n",
    );
    let (name, email, date) = when();
    env.commit_as(name, email, &date, "Create CR-0001-printer.md");
    std::fs::rename(
        env.root().join("decisions/DEC-0002-emne-2.md"),
        env.root().join("decisions/DEC-0002-nyt-navn.md"),
    )
    .unwrap();
    std::fs::remove_file(env.root().join("decisions/DEC-0003-emne-3.md")).unwrap();
    let (name, email, date) = when();
    env.commit_as(name, email, &date, "Rename DEC-0002, delete DEC-0003");
    let (name, email, date) = when();
    code.commit_as(name, email, &date, "Printer\n\nRefs: CR-0001");
    (env, code)
}

/// The cache files, governance first.
fn cache_files(env: &TestEnv) -> Vec<PathBuf> {
    let dir = env.root().join(".git/gov/trace");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect();
    files.sort_by_key(|p| {
        !p.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("governance")
    });
    assert_eq!(files.len(), 2, "{files:?}");
    files
}

fn trace(env: &TestEnv) -> crate::env::Run {
    env.gov(&["trace", "--all", "--format", "json"])
}

/// How many times the notice about `file` was said.
fn said(stderr: &str, file: &Path) -> usize {
    let name = file.file_name().unwrap().to_string_lossy();
    stderr
        .lines()
        .filter(|l| l.starts_with(NOTICE) && l.contains(&*name))
        .count()
}

/// A few hundred bits flipped one at a time over every byte range of both
/// cache files (header, commits, blobs, changes, timeline, releases,
/// trailer): each run answers as the cold run did (or fails with exit 2
/// and a message: never a third answer, never a panic), says the damage
/// once, and leaves the file rebuilt as a cold run writes it.
#[test]
fn a_flipped_bit_anywhere_in_the_cache_never_changes_the_answer() {
    let (env, _code) = fixture();
    let cold = trace(&env);
    assert_eq!(cold.stderr, "", "a cold run says nothing");
    let cold = cold.ok().to_string();
    let files = cache_files(&env);
    let good: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    assert!(good[0].len() > 2000, "a governance cache worth flipping");
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut random = move |below: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % below as u64) as usize
    };
    let mut runs = 0;
    for (file, bytes) in files.iter().zip(&good) {
        let len = bytes.len();
        // Spread over the file, plus the header and the trailer for sure.
        let mut at: Vec<usize> = (0..100)
            .map(|i| i * len / 100 + random(len / 100))
            .collect();
        at.extend([0, 8, 9, 12, 20, len - 5, len - 4, len - 1]);
        for pos in at {
            let bit = random(8);
            let mut bad = bytes.clone();
            bad[pos] ^= 1 << bit;
            std::fs::write(file, &bad).unwrap();
            let run = trace(&env);
            runs += 1;
            let at = format!("{} byte {pos} of {len}, bit {bit}", file.display());
            assert!(!run.stderr.contains("panicked"), "{at}: {}", run.stderr);
            match run.code {
                0 => assert!(run.stdout == cold, "{at}: another answer"),
                2 => assert!(!run.stderr.trim().is_empty(), "{at}: exit 2 without a word"),
                c => panic!("{at}: exit {c}: {}", run.stderr),
            }
            // A flip that makes the header's format one of before the
            // checksum reads as an older gov's file: replaced quietly.
            let older = (8..12).contains(&pos)
                && (1..=8).contains(&u32::from_le_bytes(bad[8..12].try_into().unwrap()));
            let want = usize::from(!older);
            assert_eq!(said(&run.stderr, file), want, "{at}: {}", run.stderr);
            assert!(std::fs::read(file).unwrap() == *bytes, "{at}: not rebuilt");
        }
    }
    assert!(runs >= 200, "{runs} flips");
    let warm = trace(&env);
    assert_eq!((warm.ok(), warm.stderr.as_str()), (cold.as_str(), ""));
}

/// Every command that reads history says the damage, once.
#[test]
fn each_command_that_reads_history_says_the_damage_once() {
    let (env, _code) = fixture();
    trace(&env).ok();
    let files = cache_files(&env);
    let good = std::fs::read(&files[0]).unwrap();
    let mut bad = good.clone();
    let mid = bad.len() / 2;
    bad[mid] ^= 0x10;
    for args in [
        &["trace", "--all"][..],
        &["trace", "DEC-0001"],
        &["log"],
        &["release", "v1.1.0"],
        &["status"],
        &["validate", "--history"],
    ] {
        std::fs::write(&files[0], &bad).unwrap();
        let run = env.gov(args);
        assert!(matches!(run.code, 0 | 1), "{args:?}: {}", run.stderr);
        assert_eq!(said(&run.stderr, &files[0]), 1, "{args:?}: {}", run.stderr);
        let again = env.gov(args);
        assert_eq!(
            said(&again.stderr, &files[0]),
            0,
            "{args:?}: rebuilt, not said again"
        );
        assert_eq!(again.stdout, run.stdout, "{args:?}");
    }
}

/// Puts something in place of a file.
type Maker = dyn Fn(&Path);

/// A FIFO, a link to `/dev/zero` or a folder where the governance cache
/// belongs: never opened (a FIFO would block the run for ever), said on
/// every run, and left as it is.
#[test]
fn not_a_regular_file_in_place_of_the_cache_is_never_read_nor_replaced() {
    let (env, _code) = fixture();
    let cold = trace(&env).ok().to_string();
    let file = cache_files(&env).remove(0);
    let limit = Duration::from_secs(20);
    let make: [(&str, &Maker); 3] = [
        ("a FIFO", &|p| {
            let made = std::process::Command::new("mkfifo")
                .arg(p)
                .status()
                .unwrap();
            assert!(made.success());
        }),
        ("a link to /dev/zero", &|p| {
            std::os::unix::fs::symlink("/dev/zero", p).unwrap()
        }),
        ("a folder", &|p| std::fs::create_dir(p).unwrap()),
    ];
    for (what, make) in make {
        std::fs::remove_file(&file).unwrap();
        make(&file);
        for _ in 0..2 {
            let run = env
                .gov_within(&["trace", "--all", "--format", "json"], limit)
                .unwrap_or_else(|| panic!("{what}: gov hung"));
            assert_eq!(run.ok(), cold, "{what}");
            assert_eq!(said(&run.stderr, &file), 1, "{what}: {}", run.stderr);
            assert!(
                run.stderr.contains("er ikke en almindelig fil"),
                "{}",
                run.stderr
            );
        }
        let kind = std::fs::symlink_metadata(&file).unwrap().file_type();
        assert!(!kind.is_file(), "{what} is left as it is");
    }
}

/// A run killed while it wrote the cache leaves its temporary file; the
/// next run that writes the cache removes it once nobody has written to
/// it for a minute. A young one may be another run's, and stays.
#[test]
fn a_killed_runs_temporary_cache_file_is_removed_by_the_next_write() {
    let (env, _code) = fixture();
    let dir = env.root().join(".git/gov/trace");
    std::fs::create_dir_all(&dir).unwrap();
    let old = dir.join(".trace-k1ll3d.tmp");
    let young = dir.join(".trace-w0rk1n.tmp");
    std::fs::write(&old, b"GOVTRACE\x09\0\0\0 cut short").unwrap();
    std::fs::write(&young, b"GOVTRACE\x09\0\0\0 being written").unwrap();
    let two_minutes_ago = std::time::SystemTime::now() - Duration::from_secs(120);
    let f = std::fs::File::options().write(true).open(&old).unwrap();
    f.set_modified(two_minutes_ago).unwrap();
    drop(f);
    trace(&env).ok();
    assert!(!old.exists(), "the killed run's file is removed");
    assert!(young.exists(), "a file written a moment ago is not");
}
