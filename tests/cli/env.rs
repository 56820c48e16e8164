//! An isolated test environment: a temporary repository, a temporary HOME
//! (so no global git configuration leaks in), fixed authors and dates, and a
//! fixed "today".

use std::path::{Path, PathBuf};
use std::process::Command;

/// A temporary folder to run `gov` and `git` in.
pub struct TestEnv {
    root: tempfile::TempDir,
    home: tempfile::TempDir,
    commits: u32,
}

/// What a run of `gov` printed and how it exited.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn ok(&self) -> &str {
        assert_eq!(
            self.code, 0,
            "gov failed:\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        &self.stdout
    }

    /// Asserts the exit code and returns stderr.
    #[track_caller]
    pub fn fails(&self, code: i32) -> &str {
        assert_eq!(
            self.code, code,
            "unexpected exit:\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        &self.stderr
    }

    /// stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(self.ok()).expect("stdout is JSON")
    }
}

impl TestEnv {
    /// An empty folder that is not a git repository.
    pub fn empty() -> TestEnv {
        TestEnv {
            root: tempfile::tempdir().expect("temp dir"),
            home: tempfile::tempdir().expect("temp home"),
            commits: 0,
        }
    }

    /// A git repository set up with `gov init --lang da`.
    pub fn new() -> TestEnv {
        let env = TestEnv::empty();
        env.git(&["init", "-q", "-b", "main"]);
        env.gov(&["init", "--lang", "da"]).ok();
        env
    }

    /// The same in English.
    pub fn english() -> TestEnv {
        let env = TestEnv::empty();
        env.git(&["init", "-q", "-b", "main"]);
        env.gov(&["init", "--lang", "en"]).ok();
        env
    }

    /// The repository root.
    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// Environment shared by gov and git runs (for tests that start a
    /// process themselves: in parallel, under a umask, to kill it).
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.current_dir(self.root())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Agnete Moos")
            .env("GIT_AUTHOR_EMAIL", "agnete@sonderborg.dk")
            .env("GIT_COMMITTER_NAME", "Agnete Moos")
            .env("GIT_COMMITTER_EMAIL", "agnete@sonderborg.dk")
            .env("GOV_TODAY", "2026-11-28")
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1");
        cmd
    }

    /// Runs gov with arguments in the repository.
    pub fn gov(&self, args: &[&str]) -> Run {
        self.gov_with(args, &[])
    }

    /// Runs gov with arguments and extra environment variables.
    pub fn gov_with(&self, args: &[&str], vars: &[(&str, &str)]) -> Run {
        let mut cmd = self.command(env!("CARGO_BIN_EXE_gov"));
        cmd.args(args);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("gov runs");
        Run {
            stdout: String::from_utf8_lossy(&out.stdout).replace(&self.root_str(), "[ROOT]"),
            stderr: String::from_utf8_lossy(&out.stderr).replace(&self.root_str(), "[ROOT]"),
            code: out.status.code().unwrap_or(-1),
        }
    }

    /// Runs gov like [`TestEnv::gov`], but kills it after `limit`: `None`
    /// when it had to be killed (it hung).
    pub fn gov_within(&self, args: &[&str], limit: std::time::Duration) -> Option<Run> {
        let mut child = self
            .command(env!("CARGO_BIN_EXE_gov"))
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("gov runs");
        // Read in threads, so a full pipe can never pass for a hang.
        let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.read_to_end(&mut bytes);
                bytes
            })
        };
        let stdout = drain(Box::new(child.stdout.take().expect("stdout")));
        let stderr = drain(Box::new(child.stderr.take().expect("stderr")));
        let start = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if start.elapsed() > limit {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        };
        let text = |t: std::thread::JoinHandle<Vec<u8>>| {
            let bytes = t.join().expect("pipe reader");
            String::from_utf8_lossy(&bytes).replace(&self.root_str(), "[ROOT]")
        };
        Some(Run {
            stdout: text(stdout),
            stderr: text(stderr),
            code: status.code().unwrap_or(-1),
        })
    }

    /// A `gov` command with the test's environment, not yet started.
    pub fn gov_command(&self, args: &[&str]) -> Command {
        let mut cmd = self.command(env!("CARGO_BIN_EXE_gov"));
        cmd.args(args);
        cmd
    }

    pub fn root_str(&self) -> String {
        self.root().to_string_lossy().into_owned()
    }

    /// Runs git; panics on failure. Commits get advancing fixed dates.
    pub fn git(&self, args: &[&str]) -> String {
        let out = self.command("git").args(args).output().expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Stages everything and commits with the next fixed date.
    pub fn commit(&mut self, message: &str) {
        self.commits += 1;
        let date = format!("2026-01-{:02}T10:00:00+01:00", self.commits.min(28));
        let mut cmd = self.command("git");
        cmd.args(["add", "-A"]);
        assert!(cmd.status().expect("git add").success());
        let out = self
            .command("git")
            .args(["commit", "-q", "-m", message])
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .output()
            .expect("git commit");
        assert!(
            out.status.success(),
            "commit: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Starts merging `branch` into the checked-out branch without
    /// committing, asserting that git stops at a conflict (the test then
    /// resolves it and commits).
    pub fn merge_conflicting(&self, branch: &str) {
        let merge = self
            .command("git")
            .args(["merge", "-q", "--no-ff", "--no-commit", branch])
            .output()
            .expect("git merge");
        assert!(!merge.status.success(), "merging {branch} conflicts");
    }

    /// Writes a file (creating folders).
    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
        path
    }

    /// Reads a file.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Every file below the root (outside .git) with its bytes, to show a
    /// command changed nothing.
    pub fn snapshot_tree(&self) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        let mut stack = vec![self.root().to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("read_dir").flatten() {
                let path = entry.path();
                if entry.file_name() == ".git" {
                    continue;
                }
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let rel = path
                        .strip_prefix(self.root())
                        .expect("under root")
                        .to_string_lossy()
                        .into_owned();
                    out.push((rel, std::fs::read(&path).expect("read")));
                }
            }
        }
        out.sort();
        out
    }
}

/// Git with the isolated environment of a test, outside any `TestEnv`
/// (for code repositories beside the governance repository).
fn isolated_git(dir: &Path, home: &Path, args: &[&str], vars: &[(&str, &str)]) -> String {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Agnete Moos")
        .env("GIT_AUTHOR_EMAIL", "agnete@sonderborg.dk")
        .env("GIT_COMMITTER_NAME", "Agnete Moos")
        .env("GIT_COMMITTER_EMAIL", "agnete@sonderborg.dk");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Commits everything in `dir` as `name <email>` at `date` (ISO 8601 with
/// offset), author and committer alike.
fn commit_in(dir: &Path, home: &Path, name: &str, email: &str, date: &str, message: &str) {
    isolated_git(dir, home, &["add", "-A"], &[]);
    isolated_git(
        dir,
        home,
        &["commit", "-q", "--allow-empty", "-m", message],
        &[
            ("GIT_AUTHOR_NAME", name),
            ("GIT_AUTHOR_EMAIL", email),
            ("GIT_COMMITTER_NAME", name),
            ("GIT_COMMITTER_EMAIL", email),
            ("GIT_AUTHOR_DATE", date),
            ("GIT_COMMITTER_DATE", date),
        ],
    );
}

/// An annotated tag made at `date`.
fn tag_in(dir: &Path, home: &Path, tag: &str, date: &str) {
    isolated_git(
        dir,
        home,
        &["tag", "-a", tag, "-m", tag],
        &[("GIT_COMMITTER_DATE", date)],
    );
}

impl TestEnv {
    /// Stages everything and commits as `name <email>` at `date`
    /// (ISO 8601 with offset, e.g. `2026-03-01T10:00:00+01:00`).
    pub fn commit_as(&self, name: &str, email: &str, date: &str, message: &str) {
        commit_in(self.root(), self.home.path(), name, email, date, message);
    }

    /// Tags `HEAD` with an annotated tag made at `date`.
    pub fn tag(&self, tag: &str, date: &str) {
        tag_in(self.root(), self.home.path(), tag, date);
    }

    /// A code repository at `code/<name>` below the root (ignored by the
    /// governance repository's `.gitignore`), so `gov.yaml` can name it by
    /// a relative path and commit ids stay the same from run to run.
    pub fn code_repo(&self, name: &str) -> CodeRepo {
        let ignore = self.root().join(".gitignore");
        let mut text = std::fs::read_to_string(&ignore).unwrap_or_default();
        if !text.lines().any(|l| l == "/code/") {
            text.push_str("/code/\n");
            std::fs::write(&ignore, text).expect("write .gitignore");
        }
        let dir = self.root().join("code").join(name);
        std::fs::create_dir_all(&dir).expect("mkdir code repo");
        isolated_git(&dir, self.home.path(), &["init", "-q", "-b", "main"], &[]);
        CodeRepo {
            dir,
            home: self.home.path().to_path_buf(),
        }
    }
}

/// A code repository for traces: commits with trailers, and tags.
pub struct CodeRepo {
    dir: PathBuf,
    home: PathBuf,
}

impl CodeRepo {
    /// The repository's folder.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Changes a file and commits as `name <email>` at `date`.
    pub fn commit_as(&self, name: &str, email: &str, date: &str, message: &str) {
        let file = self.dir.join("CHANGES.txt");
        let mut text = std::fs::read_to_string(&file).unwrap_or_default();
        text.push_str(message);
        text.push('\n');
        std::fs::write(&file, text).expect("write");
        commit_in(&self.dir, &self.home, name, email, date, message);
    }

    /// Tags `HEAD` with an annotated tag made at `date`.
    pub fn tag(&self, tag: &str, date: &str) {
        tag_in(&self.dir, &self.home, tag, date);
    }

    /// Runs git in the repository.
    pub fn git(&self, args: &[&str]) -> String {
        isolated_git(&self.dir, &self.home, args, &[])
    }
}

impl TestEnv {
    /// Runs gov like [`TestEnv::gov`], but kills it (`kill -9`) and fails
    /// the test when it has not finished within `limit`: for inputs that
    /// once made gov wait forever (a FIFO named like a record).
    #[track_caller]
    pub fn gov_finishing(&self, limit: std::time::Duration, args: &[&str]) -> Run {
        self.gov_within(args, limit)
            .unwrap_or_else(|| panic!("gov {args:?} did not finish within {limit:?}: killed"))
    }
}
