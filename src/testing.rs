//! Helpers shared by the unit tests: running real git in a test folder,
//! and writing the pieces of git's delta format.

use std::io::Write;
use std::path::Path;

/// Runs `git args` in `dir` with `input` on its standard input, without
/// the user's or the system's configuration; panics with git's message
/// when it fails.
pub fn git(dir: &Path, args: &[&str], input: Option<&[u8]>) {
    let mut child = std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("git runs");
    if let Some(bytes) = input {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Appends a size as a git delta writes it (little-endian, seven bits a
/// byte).
pub fn delta_size(out: &mut Vec<u8>, mut v: usize) {
    loop {
        let c = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(c);
            return;
        }
        out.push(c | 0x80);
    }
}
