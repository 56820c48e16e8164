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
    /// The folder is not a gov repository and the command needs one.
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
            Error::NotARepository { .. } => {
                Some("run `gov init` to make this folder a governance repository".into())
            }
            Error::Transition { .. } => Some("use --force if this is really meant; `gov validate --history` will still report it".into()),
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

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
