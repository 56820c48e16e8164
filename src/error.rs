//! Typed library errors. Each variant carries the data a caller needs (the
//! path, the position, the offending value), never a pre-formatted sentence,
//! so the CLI can render it and choose an exit code.

use std::path::PathBuf;

/// A failure that stops a command. Findings about records are not errors:
/// they are values collected while loading and validating.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// `gov.yaml` (or a layer of the configuration) is not usable.
    #[error("{path}:{line}:{column}: {message}")]
    Config {
        /// The configuration file, or `environment` for `GOV_*` variables.
        path: PathBuf,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// 1-based column, 0 when unknown.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A kind name that the configuration does not declare.
    #[error("unknown kind `{name}`; known kinds: {}", known.join(", "))]
    UnknownKind {
        /// What the user typed.
        name: String,
        /// The kinds the configuration declares.
        known: Vec<String>,
    },
    /// No record has this ID.
    #[error("no record has the ID `{id}`")]
    NotFound {
        /// The ID asked for.
        id: String,
        /// The closest ID in use, if any.
        nearest: Option<String>,
    },
    /// More than one record claims the ID, so an edit would be a guess.
    #[error("{} records have the ID `{id}`: {}", paths.len(), paths.join(", "))]
    AmbiguousId {
        /// The ID asked for.
        id: String,
        /// The files that claim it.
        paths: Vec<String>,
    },
    /// A record cannot be edited because its front matter does not parse.
    #[error("{path}:{line}:{column}: front matter does not parse: {message}")]
    BadFrontMatter {
        /// The record file.
        path: String,
        /// 1-based line in the file.
        line: usize,
        /// 1-based column in the file.
        column: usize,
        /// What the YAML parser said.
        message: String,
    },
    /// A `key=value` argument that cannot be applied.
    #[error("{arg}: {reason}")]
    BadAssignment {
        /// The argument as typed.
        arg: String,
        /// Why it is refused.
        reason: String,
    },
    /// A status word the kind's vocabulary does not know.
    #[error("`{word}` is not a status of {kind}; known: {}", known.join(", "))]
    UnknownStatus {
        /// The word as typed.
        word: String,
        /// The kind.
        kind: String,
        /// Canonical statuses of the kind.
        known: Vec<String>,
        /// The nearest known word, if any is close.
        nearest: Option<String>,
    },
    /// A status change the kind's workflow does not allow.
    #[error("{id}: the workflow of {kind} does not allow {from} → {to}; from {from} it allows: {}", if allowed.is_empty() { "nothing".to_string() } else { allowed.join(", ") })]
    Transition {
        /// The record.
        id: String,
        /// The kind.
        kind: String,
        /// The current canonical status.
        from: String,
        /// The asked-for canonical status.
        to: String,
        /// The statuses the workflow allows from `from`.
        allowed: Vec<String>,
    },
    /// A template did not render.
    #[error("template {name}: {message}")]
    Template {
        /// The template's name or path.
        name: String,
        /// What the template engine said.
        message: String,
    },
    /// A git operation failed.
    #[error("git: {message}")]
    Git {
        /// What libgit2 said, with the operation.
        message: String,
    },
    /// A git object that history needs could not be read: missing from
    /// the object store, or damaged where no other copy could be read.
    /// Never taken for "absent": a record version without its content
    /// would be a silent wrong answer.
    #[error("cannot read {kind} {object}{}{}: {reason}", path.as_ref().map(|p| format!(" of {p}")).unwrap_or_default(), commit.as_ref().map(|c| format!(" (commit {c})")).unwrap_or_default())]
    UnreadableObject {
        /// The object's id.
        object: String,
        /// `commit`, `tree` or `blob`.
        kind: &'static str,
        /// The record file (or folder) it is a version of, when known.
        path: Option<String>,
        /// The commit it was reached from, when known.
        commit: Option<String>,
        /// What the readers said.
        reason: String,
    },
    /// An object is missing from a partial clone (`--filter=blob:none`):
    /// git would fetch it from the promisor remote, libgit2 cannot.
    #[error("cannot read {kind} {object}{}{}: this is a partial clone and the object was never fetched", path.as_ref().map(|p| format!(" of {p}")).unwrap_or_default(), commit.as_ref().map(|c| format!(" (commit {c})")).unwrap_or_default())]
    PartialClone {
        /// The object's id.
        object: String,
        /// `commit`, `tree` or `blob`.
        kind: &'static str,
        /// The record file it is a version of, when known.
        path: Option<String>,
        /// The commit it was reached from, when known.
        commit: Option<String>,
    },
    /// A pack entry is damaged in a way that makes reading it unsafe (a
    /// declared size no zlib stream of its length can give, a delta chain
    /// past the limits): reported rather than handed to libgit2, which
    /// would allocate what the entry declares.
    #[error("{}: damaged pack entry at offset {offset} (object {object}): {reason}", pack.display())]
    DamagedPack {
        /// The pack file.
        pack: PathBuf,
        /// Where the entry starts in it.
        offset: u64,
        /// The object asked for.
        object: String,
        /// What is wrong.
        reason: String,
    },
    /// A branch, remote-tracking branch or tag whose commit cannot be
    /// read: its history is not silently left out.
    #[error("the ref `{name}` cannot be read: {reason}")]
    BadRef {
        /// The ref's full name (`refs/heads/main`).
        name: String,
        /// What libgit2 said.
        reason: String,
    },
    /// The folder is not a gov repository and the command needs one (a git
    /// repository without `gov.yaml` is not one either).
    #[error("{path} is not a gov repository (no gov.yaml here or above)")]
    NotARepository {
        /// Where gov looked from.
        path: PathBuf,
    },
    /// A record file already exists where a new one was to be written.
    #[error("{path} already exists; gov does not overwrite records")]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The editor could not be started or failed.
    #[error("editor `{editor}`: {message}")]
    Editor {
        /// The command line of the editor.
        editor: String,
        /// What went wrong.
        message: String,
    },
    /// No repository has this tag as a release.
    #[error("no repository has a release tagged `{tag}`")]
    UnknownRelease {
        /// The tag asked for.
        tag: String,
        /// The release tags there are, oldest first.
        known: Vec<String>,
    },
    /// A path in the configuration that leads out of the repository: gov
    /// reads and writes only inside it.
    #[error("{}: {key}: `{value}` {why}", origin_text(origin, *line, *column))]
    OutsideRepository {
        /// `gov.yaml`'s path, or `environment variable GOV_…`.
        origin: PathBuf,
        /// 1-based line in gov.yaml, 0 for a variable.
        line: usize,
        /// 1-based column in gov.yaml, 0 for a variable.
        column: usize,
        /// The configuration key, dotted (`kinds.decision.folder`).
        key: String,
        /// The path as written.
        value: String,
        /// How it leads out.
        why: crate::config::Escape,
    },
    /// `gov init` in a bare git repository, which has no work tree for records.
    #[error("{path} is a bare git repository: it has no work tree to keep records in")]
    BareRepository {
        /// The repository.
        path: PathBuf,
    },
    /// A path on the command line that names no record.
    #[error("{path} {why}")]
    NotARecord {
        /// The path as typed.
        path: String,
        /// Why it is not a record.
        why: crate::record::NotARecord,
    },
    /// A file changed on disk between gov's read and its write (another
    /// program wrote it); nothing was written.
    #[error(
        "{path} changed while gov was editing it (another program wrote it); nothing was written"
    )]
    Changed {
        /// The file.
        path: PathBuf,
    },
    /// The next ID of a kind does not fit in a number.
    #[error("the next ID after {prefix}-{number} does not fit in a number; nothing was written")]
    IdOverflow {
        /// The kind's prefix.
        prefix: String,
        /// The highest number in use.
        number: u64,
    },
    /// An interrupted renumbering's journal cannot be completed as it stands.
    #[error(
        "{journal}: an interrupted renumbering {renumbering} cannot be completed: {path} {reason}"
    )]
    JournalConflict {
        /// The journal file.
        journal: PathBuf,
        /// The renumbering (`DEC-0006 → DEC-0009`).
        renumbering: String,
        /// The file that is in neither the old nor the new state.
        path: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// An interrupted renumbering's journal cannot be read.
    #[error("{path}: the journal of an interrupted renumbering cannot be read: {message}")]
    BadJournal {
        /// The journal file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// History is asked for but the repository is not in git.
    #[error("{path} is not in a git repository, so it has no history to read")]
    NoHistory {
        /// The governance repository's root.
        path: PathBuf,
    },
}

impl Error {
    /// An I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The same error, naming the record file and the commit an unreadable
    /// object belongs to where it did not yet: the git layer knows the
    /// object, the history reader knows whose version it is.
    pub fn in_version(mut self, file: Option<&str>, at: Option<String>) -> Self {
        if let Error::UnreadableObject { path, commit, .. }
        | Error::PartialClone { path, commit, .. } = &mut self
        {
            if path.is_none() {
                *path = file.map(str::to_string);
            }
            if commit.is_none() {
                *commit = at;
            }
        }
        self
    }

    /// A hint to print under the error, when there is something to suggest.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::NotFound {
                nearest: Some(n), ..
            } => Some(format!("did you mean `{n}`?")),
            Error::NotFound { .. } => Some("run `gov list` to see the IDs in use".into()),
            Error::UnknownStatus {
                nearest: Some(n), ..
            } => Some(format!("did you mean `{n}`?")),
            Error::AmbiguousId { .. } => Some(
                "give each record its own ID, e.g. `gov set <path> id=<new ID>` on one of them"
                    .into(),
            ),
            Error::UnknownRelease { known, .. } if !known.is_empty() => Some(format!(
                "release tags: {}",
                known.iter().rev().take(10).cloned().collect::<Vec<_>>().join(", ")
            )),
            Error::NotARepository { .. } => Some(
                "run `gov init` to make this folder a governance repository, or `gov -C DIR …` to use the one in DIR"
                    .into(),
            ),
            Error::OutsideRepository { .. } => Some(
                "paths in gov.yaml and GOV_* variables are relative to the repository root and stay inside it; only `repositories:` may name folders beside it"
                    .into(),
            ),
            Error::BareRepository { .. } => {
                Some("clone it (`git clone`) and run `gov init` in the clone".into())
            }
            Error::NotARecord { .. } => {
                Some("give a record file or a record folder, or no path to check them all".into())
            }
            Error::Transition { .. } => Some("use --force if this is really meant; `gov validate --history` will still report it".into()),
            Error::UnreadableObject { .. } | Error::DamagedPack { .. } => Some(
                "the repository is damaged: `git fsck` shows what is wrong; a fresh clone (or `git fetch` from an intact copy) repairs it"
                    .into(),
            ),
            Error::PartialClone { .. } => Some(
                "gov reads every version, which a partial clone does not hold: run `git fetch --refetch` (git 2.36 or later) or make a full clone (no --filter)"
                    .into(),
            ),
            Error::BadRef { name, .. } => Some(format!(
                "the repository is damaged: `git fsck` shows what is wrong; fetch the ref again or delete it (`git update-ref -d {name}`)"
            )),
            Error::Changed { .. } => {
                Some("run the command again; gov will start from the file as it is now".into())
            }
            Error::IdOverflow { .. } => Some(
                "give the record with the highest number a smaller ID with `gov renumber`".into(),
            ),
            Error::JournalConflict { journal, .. } => Some(format!(
                "put the file back as the renumbering left it, or finish the renumbering by hand and delete {}",
                journal.display()
            )),
            Error::BadJournal { path, .. } => Some(format!(
                "check the files the renumbering named, then delete {}",
                path.display()
            )),
            Error::BadFrontMatter { .. } => {
                Some("fix the front matter by hand; gov edits only what it can read".into())
            }
            _ => None,
        }
    }
}

/// `file:line:column`, or the origin alone when it has no position.
fn origin_text(origin: &std::path::Path, line: usize, column: usize) -> String {
    if line == 0 {
        origin.display().to_string()
    } else {
        format!("{}:{line}:{column}", origin.display())
    }
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
