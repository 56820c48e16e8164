//! Reads are right or a loud error: real repositories with objects deleted,
//! packs and indexes damaged, partial and shallow clones, linked worktrees
//! and crafted packs, each read by the real binary.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::env::{Run, TestEnv};

/// A governance repository whose DEC-0001 has three versions (proposed,
/// accepted, retitled), each a commit of its own, objects left loose.
fn three_versions() -> TestEnv {
    let mut env = TestEnv::english();
    env.commit("init");
    env.gov(&["new", "decision", "--title", "First"]).ok();
    env.commit("Create DEC-0001");
    env.gov(&["set", "DEC-0001", "status=accepted"]).ok();
    env.commit("Update DEC-0001");
    env.gov(&["set", "DEC-0001", "title=First, retitled"]).ok();
    env.commit("Update DEC-0001 again");
    env
}

fn rev(env: &TestEnv, spec: &str) -> String {
    env.git(&["rev-parse", spec]).trim().to_string()
}

fn loose(root: &Path, id: &str) -> PathBuf {
    root.join(".git/objects").join(&id[..2]).join(&id[2..])
}

/// The files in gov's history cache folder.
fn cached(git_dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(git_dir.join("gov/trace"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

const RECORD: &str = "decisions/DEC-0001-first.md";

#[test]
fn a_deleted_blob_stops_the_trace_naming_it_and_nothing_is_cached() {
    let env = three_versions();
    let blob = rev(&env, &format!("HEAD~1:{RECORD}"));
    let commit = rev(&env, "HEAD~1");
    std::fs::remove_file(loose(env.root(), &blob)).unwrap();
    let run = env.gov(&["trace", "DEC-0001", "--format", "json"]);
    let err = run.fails(2);
    assert!(err.contains(&format!("blob {blob}")), "{err}");
    assert!(err.contains(RECORD), "{err}");
    assert!(err.contains(&commit), "{err}");
    assert!(err.contains("hint: "), "{err}");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(cached(&env.root().join(".git")), Vec::<String>::new());
    // `validate --history` and `log` read the same history: the same error.
    env.gov(&["validate", "--history"]).fails(2);
    env.gov(&["log"]).fails(2);
}

#[test]
fn a_deleted_commit_is_an_error_not_a_shallow_boundary() {
    let env = three_versions();
    let middle = rev(&env, "HEAD~1");
    let child = rev(&env, "HEAD");
    std::fs::remove_file(loose(env.root(), &middle)).unwrap();
    let err = env
        .gov(&["trace", "--all", "--format", "json"])
        .fails(2)
        .to_string();
    assert!(err.contains(&format!("commit {middle}")), "{err}");
    assert!(
        err.contains(&child),
        "the commit it was reached from: {err}"
    );
    assert!(!err.contains("shallow"), "{err}");
}

#[test]
fn a_ref_to_a_commit_that_cannot_be_read_is_an_error_naming_the_ref() {
    let env = three_versions();
    std::fs::write(
        env.root().join(".git/refs/heads/ghost"),
        format!("{}\n", "ab".repeat(20)),
    )
    .unwrap();
    let err = env.gov(&["trace", "--all"]).fails(2).to_string();
    assert!(err.contains("refs/heads/ghost"), "{err}");
    // ID allocation reads every branch: a branch skipped could give an ID twice.
    let before = env.snapshot_tree();
    let err = env
        .gov(&["new", "decision", "--title", "Second"])
        .fails(2)
        .to_string();
    assert!(err.contains("refs/heads/ghost"), "{err}");
    assert_eq!(env.snapshot_tree(), before, "nothing written");
}

#[test]
fn a_tag_of_a_missing_commit_is_an_error_naming_the_tag() {
    let env = three_versions();
    std::fs::write(
        env.root().join(".git/refs/tags/v9"),
        format!("{}\n", "cd".repeat(20)),
    )
    .unwrap();
    let err = env.gov(&["trace", "--all"]).fails(2).to_string();
    assert!(err.contains("refs/tags/v9"), "{err}");
}

/// The repository packed into one pack without deltas; the pack's path
/// and `git verify-pack`'s (offset, size in pack) of each object.
fn packed(env: &TestEnv) -> (PathBuf, std::collections::HashMap<String, (u64, u64)>) {
    env.git(&["repack", "-adfq", "--window=0"]);
    let dir = env.root().join(".git/objects/pack");
    let idx = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "idx"))
        .unwrap();
    let listing = env.git(&["verify-pack", "-v", idx.to_str().unwrap()]);
    let mut at = std::collections::HashMap::new();
    for line in listing.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() >= 5 && f[0].len() == 40 {
            at.insert(
                f[0].to_string(),
                (f[4].parse().unwrap(), f[3].parse().unwrap()),
            );
        }
    }
    (idx, at)
}

fn flip(path: &Path, at: u64) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[at as usize] ^= 0x55;
    let mut perms = std::fs::metadata(path).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(path, perms).unwrap();
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_flipped_byte_in_a_packed_blob_is_an_error_naming_it() {
    let env = three_versions();
    let blob = rev(&env, &format!("HEAD~1:{RECORD}"));
    let (idx, at) = packed(&env);
    let (offset, size) = at[&blob];
    flip(&idx.with_extension("pack"), offset + size / 2);
    let err = env.gov(&["trace", "DEC-0001"]).fails(2).to_string();
    assert!(err.contains(&blob), "{err}");
    assert!(err.contains(RECORD), "{err}");
    assert_eq!(cached(&env.root().join(".git")), Vec::<String>::new());
}

#[test]
fn a_damaged_index_is_an_error_not_an_empty_trace() {
    let env = three_versions();
    let (idx, _) = packed(&env);
    flip(&idx, 0);
    let run = env.gov(&["trace", "--all", "--format", "json"]);
    run.fails(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

#[test]
fn a_damaged_crc_in_the_index_still_reads_right() {
    // The entry's CRC32 no longer matches: the own reader refuses it and
    // libgit2, which does not check it, reads the intact entry.
    let env = three_versions();
    let want = env
        .gov(&["trace", "--all", "--format", "json"])
        .ok()
        .to_string();
    std::fs::remove_dir_all(env.root().join(".git/gov")).unwrap();
    let blob = rev(&env, &format!("HEAD~1:{RECORD}"));
    let (idx, _) = packed(&env);
    let bytes = std::fs::read(&idx).unwrap();
    let count = u32::from_be_bytes(bytes[8 + 255 * 4..8 + 256 * 4].try_into().unwrap()) as usize;
    let names = &bytes[8 + 1024..8 + 1024 + count * 20];
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let i = (0..count)
        .find(|i| hex(&names[i * 20..i * 20 + 20]) == blob)
        .unwrap();
    flip(&idx, (8 + 1024 + count * 20 + i * 4) as u64);
    assert_eq!(env.gov(&["trace", "--all", "--format", "json"]).ok(), want);
}

/// A bare copy of `env` served over `file://` with filters allowed.
fn server(env: &TestEnv, dir: &Path) -> String {
    let bare = dir.join("server.git");
    env.git(&["clone", "-q", "--bare", ".", bare.to_str().unwrap()]);
    env.git(&[
        "-C",
        bare.to_str().unwrap(),
        "config",
        "uploadpack.allowFilter",
        "true",
    ]);
    format!("file://{}", bare.display())
}

fn copy_config(env: &TestEnv, to: &Path) {
    std::fs::copy(env.root().join("gov.yaml"), to.join("gov.yaml")).unwrap();
}

#[test]
fn a_partial_clone_is_refused_with_a_hint_never_versions_without_status() {
    let env = three_versions();
    let out = tempfile::tempdir().unwrap();
    let url = server(&env, out.path());
    let clone = out.path().join("partial");
    env.git(&[
        "clone",
        "-q",
        "--filter=blob:none",
        &url,
        clone.to_str().unwrap(),
    ]);
    copy_config(&env, &clone);
    let run = env.gov(&[
        "-C",
        clone.to_str().unwrap(),
        "trace",
        "--all",
        "--format",
        "json",
    ]);
    let err = run.fails(2);
    assert!(err.contains("partial clone"), "{err}");
    assert!(err.contains("git fetch --refetch"), "{err}");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

#[test]
fn a_shallow_clone_ends_history_at_its_boundary_and_says_so_once() {
    let env = three_versions();
    let out = tempfile::tempdir().unwrap();
    let url = server(&env, out.path());
    let clone = out.path().join("shallow");
    env.git(&["clone", "-q", "--depth", "2", &url, clone.to_str().unwrap()]);
    copy_config(&env, &clone);
    let dir = clone.to_str().unwrap();
    for _cold_then_warm in 0..2 {
        let run = env.gov(&["-C", dir, "trace", "DEC-0001", "--format", "json"]);
        let trace = run.json();
        let versions = trace["versions"].as_array().unwrap();
        assert_eq!(versions.len(), 2, "{trace}");
        assert!(versions.iter().all(|v| v["status"].is_string()), "{trace}");
        assert_eq!(
            run.stderr.matches("shallow clone").count(),
            1,
            "{}",
            run.stderr
        );
    }
    // Every command that reads history says it, once.
    for args in [&["validate", "--history"][..], &["status"], &["log"]] {
        let run = env.gov(&[&["-C", dir][..], args].concat());
        assert_eq!(
            run.stderr.matches("shallow clone").count(),
            1,
            "{args:?}: {}",
            run.stderr
        );
    }
    // Deepened, with no tip moved: the whole history, not the cached part.
    env.git(&["-C", dir, "fetch", "-q", "--unshallow"]);
    let run = env.gov(&["-C", dir, "trace", "DEC-0001", "--format", "json"]);
    assert_eq!(run.json()["versions"].as_array().unwrap().len(), 3);
    assert!(!run.stderr.contains("shallow"), "{}", run.stderr);
}

#[test]
fn a_worktree_reads_and_caches_like_the_main_checkout_and_shares_ids() {
    let env = three_versions();
    env.git(&["repack", "-adq"]);
    let out = tempfile::tempdir().unwrap();
    let wt = out.path().join("wt");
    env.git(&["worktree", "add", "-q", wt.to_str().unwrap()]);
    let dir = wt.to_str().unwrap();
    let main = env.gov(&["trace", "--all", "--format", "json"]).json();
    let there = env
        .gov(&["-C", dir, "trace", "--all", "--format", "json"])
        .json();
    assert_eq!(main, there);
    let git_dir = env.root().join(".git");
    assert_eq!(
        cached(&git_dir).len(),
        2,
        "both checkouts' caches in the common dir"
    );
    assert!(!git_dir.join("worktrees/wt/gov").exists());
    // One ID allocation: a record made in one checkout, not committed yet,
    // holds its number in the other.
    let a = env.gov(&["-C", dir, "new", "decision", "--title", "In the worktree"]);
    let b = env.gov(&["new", "decision", "--title", "In the main checkout"]);
    a.ok();
    b.ok();
    assert!(wt.join("decisions").read_dir().unwrap().any(|e| {
        e.unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("DEC-0002")
    }));
    assert!(env.root().join("decisions").read_dir().unwrap().any(|e| {
        e.unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("DEC-0003")
    }));
}

#[test]
fn a_code_repository_that_cannot_be_read_is_a_warning_and_is_not_cached() {
    let env = three_versions();
    let code = env.code_repo("app");
    for i in 0..3 {
        code.commit_as(
            "Jens Hansen",
            "jens@aarhus.dk",
            &format!("2026-02-0{}T10:00:00+01:00", i + 1),
            &format!("Refs: DEC-0001 step {i}"),
        );
    }
    let middle = code.git(&["rev-parse", "HEAD~1"]).trim().to_string();
    std::fs::remove_file(loose(code.path(), &middle)).unwrap();
    env.write(
        "gov.yaml",
        &format!(
            "{}repositories:\n  - {{ name: app, path: code/app }}\n",
            env.read("gov.yaml")
        ),
    );
    let run = env.gov(&["trace", "DEC-0001"]);
    run.ok();
    assert!(run.stderr.contains("`app`"), "{}", run.stderr);
    assert!(run.stderr.contains(&middle), "{}", run.stderr);
    let files = cached(&env.root().join(".git"));
    assert!(files.iter().all(|f| !f.starts_with("app-")), "{files:?}");
}

// ---- Crafted objects under a memory limit -------------------------------

/// A zlib stream of `data` in stored (uncompressed) blocks.
fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    let chunks: Vec<&[u8]> = if data.is_empty() {
        vec![&[]]
    } else {
        data.chunks(65_535).collect()
    };
    for (i, c) in chunks.iter().enumerate() {
        out.push(u8::from(i + 1 == chunks.len()));
        let len = c.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(c);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + u32::from(x)) % 65_521;
        b = (b + a) % 65_521;
    }
    out.extend_from_slice(&((b << 16) | a).to_be_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A pack entry's header: type and (declared) size.
fn entry_header(kind: u8, size: u64) -> Vec<u8> {
    let mut out = vec![(kind << 4) | (size & 15) as u8];
    let mut rest = size >> 4;
    while rest > 0 {
        *out.last_mut().unwrap() |= 0x80;
        out.push((rest & 0x7f) as u8);
        rest >>= 7;
    }
    out
}

fn hex_bytes(hex: &str) -> [u8; 20] {
    let mut out = [0u8; 20];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap();
    }
    out
}

/// Writes a pack of `entries` (id, type, declared size, content) and its
/// v2 index, with the CRC32 of each entry as git records them.
fn write_pack(dir: &Path, entries: &[(String, u8, u64, Vec<u8>)]) {
    let mut pack = b"PACK\0\0\0\x02".to_vec();
    pack.extend_from_slice(&(entries.len() as u32).to_be_bytes());
    let mut rows = Vec::new();
    for (id, kind, size, content) in entries {
        let at = pack.len();
        let mut entry = entry_header(*kind, *size);
        entry.extend(zlib_stored(content));
        rows.push((hex_bytes(id), crc32(&entry), at as u32));
        pack.extend(entry);
    }
    let trailer = [0x42u8; 20];
    pack.extend_from_slice(&trailer);
    rows.sort();
    let mut idx = vec![0xff, b't', b'O', b'c', 0, 0, 0, 2];
    for first in 0..256 {
        let n = rows.iter().filter(|r| usize::from(r.0[0]) <= first).count() as u32;
        idx.extend_from_slice(&n.to_be_bytes());
    }
    rows.iter().for_each(|r| idx.extend_from_slice(&r.0));
    rows.iter()
        .for_each(|r| idx.extend_from_slice(&r.1.to_be_bytes()));
    rows.iter()
        .for_each(|r| idx.extend_from_slice(&r.2.to_be_bytes()));
    idx.extend_from_slice(&trailer);
    idx.extend_from_slice(&[0x24; 20]);
    std::fs::write(dir.join("pack-crafted.pack"), pack).unwrap();
    std::fs::write(dir.join("pack-crafted.idx"), idx).unwrap();
}

/// A repository holding one commit of one record (gov.yaml untracked), with
/// its objects' ids and raw contents: commit, root tree, folder, blob.
fn one_record() -> (TestEnv, Vec<(String, u8, Vec<u8>)>) {
    let env = TestEnv::english();
    env.write(
        RECORD,
        "---\nid: DEC-0001\nstatus: accepted\n---\n# First\n",
    );
    env.git(&["add", "decisions"]);
    env.git(&["commit", "-qm", "Create DEC-0001"]);
    let objects = [
        ("HEAD", 1u8, "commit"),
        ("HEAD^{tree}", 2, "tree"),
        ("HEAD:decisions", 2, "tree"),
        (&*format!("HEAD:{RECORD}"), 3, "blob"),
    ]
    .iter()
    .map(|(spec, kind, name)| {
        let id = rev(&env, spec);
        let out = Command::new("git")
            .current_dir(env.root())
            .args(["cat-file", name, &id])
            .output()
            .unwrap();
        (id, *kind, out.stdout)
    })
    .collect::<Vec<_>>();
    for entry in std::fs::read_dir(env.root().join(".git/objects"))
        .unwrap()
        .flatten()
    {
        if entry.file_name().len() == 2 {
            std::fs::remove_dir_all(entry.path()).unwrap();
        }
    }
    (env, objects)
}

/// Runs gov in `dir` with its address space limited to `kib` KiB.
fn gov_limited(env: &TestEnv, kib: u64, args: &str) -> Run {
    let out = Command::new("sh")
        .current_dir(env.root())
        .env("HOME", env.root())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("NO_COLOR", "1")
        .arg("-c")
        .arg(format!("ulimit -v {kib}; exec \"$0\" {args}"))
        .arg(env!("CARGO_BIN_EXE_gov"))
        .output()
        .unwrap();
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// What a blob claims to hold: 3 GB, in a few hundred bytes.
const CLAIMED: u64 = 3_000_000_000;
const LIMIT_KIB: u64 = 1_500_000;

#[test]
fn a_crafted_pack_entry_is_refused_before_anything_is_allocated() {
    let (env, objects) = one_record();
    let mut entries: Vec<(String, u8, u64, Vec<u8>)> = objects
        .iter()
        .map(|(id, kind, raw)| (id.clone(), *kind, raw.len() as u64, raw.clone()))
        .collect();
    entries[3].2 = CLAIMED;
    write_pack(&env.root().join(".git/objects/pack"), &entries);
    let size = std::fs::metadata(env.root().join(".git/objects/pack/pack-crafted.pack"))
        .unwrap()
        .len();
    assert!(size < 1024, "{size} bytes");
    let run = gov_limited(&env, LIMIT_KIB, "trace --all");
    let err = run.fails(2);
    assert!(err.contains("damaged pack entry"), "{err}");
    assert!(err.contains(&objects[3].0), "{err}");
    assert!(err.contains(&CLAIMED.to_string()), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_crafted_loose_object_is_refused_before_libgit2_allocates_it() {
    let (env, objects) = one_record();
    for (id, kind, raw) in &objects {
        let name = ["", "commit", "tree", "blob"][usize::from(*kind)];
        let size = if *kind == 3 {
            CLAIMED
        } else {
            raw.len() as u64
        };
        let mut content = format!("{name} {size}\0").into_bytes();
        content.extend_from_slice(raw);
        let path = loose(env.root(), id);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, zlib_stored(&content)).unwrap();
    }
    let run = gov_limited(&env, LIMIT_KIB, "trace --all");
    let err = run.fails(2);
    assert!(err.contains(&objects[3].0), "{err}");
    assert!(err.contains(&CLAIMED.to_string()), "{err}");
}
