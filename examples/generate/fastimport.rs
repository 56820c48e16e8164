//! Writing a git history fast: a `git fast-import` stream generated in
//! memory and piped to git, so a million commits take minutes, not hours.
//! Also the few plain git commands the generator needs.

use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};

/// A git command with a predictable environment: no system or global
/// configuration, no line-ending conversion, no automatic gc.
pub fn git(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.arg("-C")
        .arg(dir)
        .args([
            "-c",
            "core.autocrlf=false",
            "-c",
            "gc.auto=0",
            "-c",
            "init.defaultBranch=main",
        ])
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE");
    cmd
}

/// Runs a git command, failing with its stderr.
pub fn run(mut cmd: Command) -> io::Result<String> {
    let out = cmd.stdin(Stdio::null()).output()?;
    if !out.status.success() {
        return Err(io::Error::other(format!(
            "{cmd:?}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Who and when, for author, committer and tagger lines.
#[derive(Debug, Clone, Copy)]
pub struct Sig<'a> {
    /// Name.
    pub name: &'a str,
    /// E-mail address.
    pub email: &'a str,
    /// Unix time.
    pub at: i64,
}

/// A running `git fast-import` and the stream being written to it.
pub struct Importer {
    child: Child,
    out: BufWriter<ChildStdin>,
    /// Commits written so far.
    pub commits: u64,
}

impl Importer {
    /// Starts `git fast-import` in the repository at `dir`.
    pub fn start(dir: &Path) -> io::Result<Importer> {
        let mut cmd = git(dir);
        cmd.args(["fast-import", "--quiet", "--done"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null());
        let mut child = cmd.spawn()?;
        let stdin = child
            .stdin
            .take()
            .ok_or_else(|| io::Error::other("no stdin"))?;
        Ok(Importer {
            child,
            out: BufWriter::with_capacity(1 << 20, stdin),
            commits: 0,
        })
    }

    fn sig(&mut self, role: &str, s: Sig) -> io::Result<()> {
        let offset = super::clock::offset(s.at);
        writeln!(
            self.out,
            "{role} {} <{}> {} {offset}",
            s.name, s.email, s.at
        )
    }

    fn data(&mut self, bytes: &[u8]) -> io::Result<()> {
        writeln!(self.out, "data {}", bytes.len())?;
        self.out.write_all(bytes)?;
        self.out.write_all(b"\n")
    }

    /// Starts a commit on `branch` with `mark`, by (author, committer);
    /// `from` and `merges` are marks of parents (`from` is needed only when
    /// the branch is new or moves). Follow with [`Importer::put`] and
    /// [`Importer::delete`] calls.
    pub fn commit(
        &mut self,
        branch: &str,
        mark: u64,
        (author, committer): (Sig, Sig),
        message: &str,
        from: Option<u64>,
        merges: &[u64],
    ) -> io::Result<()> {
        self.commits += 1;
        writeln!(self.out, "commit {branch}\nmark :{mark}")?;
        self.sig("author", author)?;
        self.sig("committer", committer)?;
        self.data(message.as_bytes())?;
        if let Some(from) = from {
            writeln!(self.out, "from :{from}")?;
        }
        for m in merges {
            writeln!(self.out, "merge :{m}")?;
        }
        Ok(())
    }

    /// Writes a file in the current commit.
    pub fn put(&mut self, path: &str, bytes: &[u8]) -> io::Result<()> {
        writeln!(self.out, "M 100644 inline {path}")?;
        self.data(bytes)
    }

    /// Deletes a file in the current commit.
    pub fn delete(&mut self, path: &str) -> io::Result<()> {
        writeln!(self.out, "D {path}")
    }

    /// An annotated tag on a commit mark.
    pub fn tag(&mut self, name: &str, mark: u64, tagger: Sig, message: &str) -> io::Result<()> {
        writeln!(self.out, "tag {name}\nfrom :{mark}")?;
        self.sig("tagger", tagger)?;
        self.data(message.as_bytes())
    }

    /// Ends the stream and waits for git to write the pack and refs.
    pub fn finish(mut self) -> io::Result<u64> {
        self.out.write_all(b"done\n")?;
        self.out.flush()?;
        drop(self.out);
        let status = self.child.wait()?;
        if !status.success() {
            return Err(io::Error::other(format!(
                "git fast-import failed: {status}"
            )));
        }
        Ok(self.commits)
    }
}
