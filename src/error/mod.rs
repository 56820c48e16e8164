//! Typed library errors. Each variant carries the data a caller needs (the
//! path, the position, the offending value), never a pre-formatted sentence,
//! so the CLI can render it in the user's language (`text.rs` maps each to
//! the catalogue) and choose an exit code.

mod escape;
mod foreign;
mod meeting;
mod pack;
mod refusal;
mod text;
pub use escape::Escape;
pub use meeting::MeetingRefusal;
pub use pack::{ObjectKind, ObjectTrouble, PackTrouble};
pub use refusal::Refusal;
pub use text::io_cause;

use std::path::PathBuf;

use crate::i18n::Labels;

/// Where a setting came from, to name it in an error: a file, or a
/// `GOV_*` environment variable (named in the user's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file: gov.yaml, a schema.
    File(PathBuf),
    /// An environment variable, by name (`GOV_IGNORE`); boxed, so an
    /// origin is no larger than a path.
    Variable(Box<str>),
}

/// What is wrong with a layer of the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The text is not YAML.
    Yaml(crate::yaml::YamlErrorKind),
    /// The text is YAML but not a map of keys to values.
    NotAMap,
    /// What serde (typing the merged tree, after the dotted key) or the
    /// schema compiler said, in English: said in the user's language where
    /// its shape is known (`foreign.rs`).
    Said(String),
    /// A file gov reads as configuration is not UTF-8 text.
    NotUtf8,
    /// A schema file is not JSON; the position says where it stops being so.
    SchemaNotJson {
        /// True when the file ends in the middle of a value.
        ends_early: bool,
    },
    /// A schema is JSON but not a schema the validator can use.
    SchemaNotCompiling {
        /// The kind the schema is for.
        kind: Box<Labels>,
        /// What the schema compiler said, quoted as it said it.
        said: String,
    },
    /// A part of the annual cycle (`cycle:`) that cannot be read.
    Cycle {
        /// The dotted key (`cycle.events.styregruppe.rule`).
        key: String,
        /// What is wrong.
        problem: crate::cycle::RuleError,
    },
    /// A roadmap date (`roadmap.releases`) that is no quarter, half-year,
    /// year, month or date.
    Target {
        /// The dotted key (`roadmap.releases.2.4.0`).
        key: String,
        /// The value as written.
        written: String,
    },
}

impl From<PathBuf> for Origin {
    fn from(path: PathBuf) -> Origin {
        Origin::File(path)
    }
}

/// A failure that stops a command. Findings about records are not errors:
/// they are values collected while loading and validating.
#[derive(Debug)]
pub enum Error {
    /// Reading or writing a file failed.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// `gov.yaml` (or a layer of the configuration) is not usable.
    Config {
        /// The configuration file, or the `GOV_*` variable.
        origin: Origin,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// 1-based column, 0 when unknown.
        column: usize,
        /// What is wrong.
        problem: ConfigProblem,
    },
    /// A kind name that the configuration does not declare.
    UnknownKind {
        /// What the user typed.
        name: String,
        /// The kinds the configuration declares.
        known: Vec<String>,
    },
    /// `gov new --folder` names a folder that is not one of the kind's.
    NotAKindFolder {
        /// The folder as typed.
        folder: String,
        /// The kind's name.
        kind: String,
        /// The kind's folders.
        folders: Vec<String>,
    },
    /// No record has this ID.
    NotFound {
        /// The ID asked for.
        id: String,
        /// The closest ID in use, if any.
        nearest: Option<String>,
    },
    /// More than one record claims the ID, so an edit would be a guess.
    AmbiguousId {
        /// The ID asked for.
        id: String,
        /// The files that claim it.
        paths: Vec<String>,
    },
    /// A record cannot be edited because its front matter does not parse.
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
    BadAssignment {
        /// The argument as typed.
        arg: String,
        /// Why it is refused.
        reason: Refusal,
    },
    /// A status word the kind's vocabulary does not know.
    UnknownStatus {
        /// The word as typed.
        word: String,
        /// The kind's name in both languages.
        kind: Box<Labels>,
        /// The kind's statuses.
        known: Vec<Labels>,
        /// The nearest known word, if any is close.
        nearest: Option<String>,
    },
    /// A status change the kind's workflow does not allow.
    Transition {
        /// The record.
        id: String,
        /// The kind's name in both languages.
        kind: Box<Labels>,
        /// The current status.
        from: Box<Labels>,
        /// The asked-for status.
        to: Box<Labels>,
        /// The statuses the workflow allows from `from`.
        allowed: Vec<Labels>,
    },
    /// A template did not render.
    Template {
        /// The template's name or path.
        name: String,
        /// What the template engine said.
        message: String,
    },
    /// A git operation failed.
    Git {
        /// What libgit2 said, with the operation.
        message: String,
    },
    /// A git object that history needs could not be read: missing from
    /// the object store, or damaged where no other copy could be read.
    /// Never taken for "absent": a record version without its content
    /// would be a silent wrong answer.
    UnreadableObject {
        /// The object's id.
        object: String,
        /// A commit, tree or blob.
        kind: ObjectKind,
        /// The record file (or folder) it is a version of, when known.
        path: Option<String>,
        /// The commit it was reached from, when known.
        commit: Option<String>,
        /// What the readers said.
        reason: Box<ObjectTrouble>,
    },
    /// An object is missing from a partial clone (`--filter=blob:none`):
    /// git would fetch it from the promisor remote, libgit2 cannot.
    PartialClone {
        /// The object's id.
        object: String,
        /// A commit, tree or blob.
        kind: ObjectKind,
        /// The record file it is a version of, when known.
        path: Option<String>,
        /// The commit it was reached from, when known.
        commit: Option<String>,
    },
    /// A pack entry is damaged in a way that makes reading it unsafe (a
    /// declared size no zlib stream of its length can give, a delta chain
    /// past the limits): reported rather than handed to libgit2, which
    /// would allocate what the entry declares.
    DamagedPack {
        /// The pack file.
        pack: PathBuf,
        /// Where the entry starts in it.
        offset: u64,
        /// The object asked for.
        object: String,
        /// What is wrong.
        reason: PackTrouble,
    },
    /// A branch, remote-tracking branch or tag whose commit cannot be
    /// read: its history is not silently left out.
    BadRef {
        /// The ref's full name (`refs/heads/main`).
        name: String,
        /// What libgit2 said.
        reason: String,
    },
    /// The folder is not a gov repository and the command needs one (a git
    /// repository without `gov.yaml` is not one either).
    NotARepository {
        /// Where gov looked from.
        path: PathBuf,
    },
    /// A record file already exists where a new one was to be written.
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The editor could not be started or failed.
    Editor {
        /// The command line of the editor.
        editor: String,
        /// What went wrong.
        message: String,
    },
    /// No repository has this tag as a release.
    UnknownRelease {
        /// The tag asked for.
        tag: String,
        /// The release tags there are, oldest first.
        known: Vec<String>,
    },
    /// A path in the configuration that leads out of the repository: gov
    /// reads and writes only inside it.
    OutsideRepository {
        /// `gov.yaml`'s path, or the `GOV_*` variable.
        origin: Origin,
        /// 1-based line in gov.yaml, 0 for a variable.
        line: usize,
        /// 1-based column in gov.yaml, 0 for a variable.
        column: usize,
        /// The configuration key, dotted (`kinds.decision.folder`).
        key: String,
        /// The path as written.
        value: String,
        /// How it leads out.
        why: Escape,
    },
    /// `gov init` in a bare git repository, which has no work tree for records.
    BareRepository {
        /// The repository.
        path: PathBuf,
    },
    /// A path on the command line that names no record.
    NotARecord {
        /// The path as typed.
        path: String,
        /// Why it is not a record.
        why: crate::record::NotARecord,
    },
    /// A file changed on disk between gov's read and its write (another
    /// program wrote it); nothing was written.
    Changed {
        /// The file.
        path: PathBuf,
    },
    /// `gov meeting new` or `gov meeting approve` refuses (nothing written).
    Meeting(MeetingRefusal),
    /// The next ID of a kind does not fit in a number.
    IdOverflow {
        /// The kind's prefix.
        prefix: String,
        /// The highest number in use.
        number: u64,
    },
    /// An interrupted renumbering's journal cannot be completed as it stands.
    JournalConflict {
        /// The journal file.
        journal: PathBuf,
        /// The renumbering (`DEC-0006 → DEC-0009`).
        renumbering: String,
        /// The file that is in neither the old nor the new state.
        path: String,
        /// What is wrong with it.
        reason: JournalTrouble,
    },
    /// An interrupted import cannot be completed: a file it names is in
    /// neither its state before nor after.
    ImportJournalConflict {
        /// The journal file.
        journal: PathBuf,
        /// The file that is in neither state.
        path: String,
        /// What is wrong with it.
        reason: JournalTrouble,
    },
    /// `gov import` cannot read its input: nothing is written.
    ImportInput {
        /// The file, relative to the repository root.
        path: String,
        /// 1-based line (0 for the file as a whole).
        line: usize,
        /// 1-based column (0 for the file as a whole).
        column: usize,
        /// What is wrong.
        reason: ImportTrouble,
    },
    /// An interrupted renumbering's journal cannot be read.
    BadJournal {
        /// The journal file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// History is asked for but the repository is not in git.
    NoHistory {
        /// The governance repository's root.
        path: PathBuf,
    },
    /// Something other than a regular file (a FIFO, a folder) where a file
    /// must be read: never opened, so gov cannot hang on it.
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What is there instead.
        what: crate::special::Special,
    },
    /// A date on the command line (`--date`, `date=…`) gov cannot read.
    BadDate {
        /// The argument as typed.
        arg: String,
        /// Why it is not a date.
        error: crate::date::DateError,
    },
    /// A new ID (`gov renumber OLD NEW`) that is not an ID.
    NotAnId {
        /// The argument as typed.
        arg: String,
    },
    /// A new ID with the prefix of another kind than the record's.
    WrongPrefix {
        /// The argument as typed.
        arg: String,
        /// The record's ID now.
        old: String,
        /// The record's kind, in both languages.
        kind: Box<Labels>,
        /// The kind's prefix, in capitals.
        prefix: Box<str>,
        /// The kind whose prefix was typed, if any.
        owner: Option<Box<Labels>>,
    },
    /// A new ID that another record has.
    IdInUse {
        /// The argument as typed.
        arg: String,
        /// The ID.
        id: String,
    },
    /// `gov publish --out` names a place it must not write to.
    PublishOut {
        /// The folder as given, resolved against the start folder.
        path: PathBuf,
        /// Why not.
        problem: OutProblem,
    },
    /// The editor ran but did not succeed.
    EditorFailed {
        /// The command line of the editor.
        editor: String,
        /// How it exited.
        status: String,
    },
}

/// Why `gov publish` refuses its `--out` folder: the site is written
/// only where it can harm no record, no history and no file of someone
/// else's (DEC-0047).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutProblem {
    /// The governance repository's root or its work tree's root.
    RepositoryRoot,
    /// Inside a `.git` folder.
    InsideGit,
    /// A record folder, or inside one (the kind's name).
    RecordFolder(String),
    /// A folder that holds the repository.
    HoldsRepository,
    /// A folder with files that an earlier `gov publish` did not write.
    NotEmpty,
    /// Something other than a folder (a file, or a symbolic link where
    /// the site has a folder).
    NotAFolder,
}

/// Why an interrupted renumbering cannot be completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalTrouble {
    /// The file the journal names is gone.
    Gone,
    /// The file is in neither the state before nor after.
    ChangedSince,
}

/// Why `gov import` cannot read a file.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportTrouble {
    /// The front matter does not parse (what the YAML reader said).
    FrontMatter(crate::yaml::YamlErrorKind),
    /// The opening `---` has no closing line.
    Unterminated,
    /// The file is not UTF-8.
    NotUtf8,
    /// The forge issues JSON does not parse at the place named.
    Json,
    /// A path named on the command line does not exist.
    Missing,
    /// A path named on the command line is outside the repository.
    Outside,
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
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
