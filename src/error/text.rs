//! Each error's data mapped to its words in the catalogue
//! ([`crate::i18n::ErrorMsg`]), in the user's language. `Display` gives the
//! English, for logs and `anyhow` contexts; the command line prints
//! [`Error::message`] and [`Error::hint`] in the configured language.

use std::fmt;

use super::{ConfigProblem, Error, Escape, ImportTrouble, JournalTrouble, Origin};
use crate::i18n::{ErrorMsg as E, Labels, Lang, t};
use crate::record::NotARecord;
use crate::tr;

impl Error {
    /// What went wrong, in a language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::Io { path, source } => {
                let (path, cause) = (path.display(), io_cause(lang, source));
                tr!(lang, E::Io, path, cause)
            }
            Error::Config {
                origin,
                line,
                column,
                problem,
            } => {
                let message = match problem {
                    ConfigProblem::Yaml(kind) => kind.message(lang),
                    ConfigProblem::NotAMap => t(lang, E::ConfigNotAMap).to_string(),
                    ConfigProblem::Said(said) => super::foreign::config_message(lang, said),
                    ConfigProblem::NotUtf8 => t(lang, E::FileNotUtf8).to_string(),
                    ConfigProblem::SchemaNotJson { ends_early: true } => {
                        t(lang, E::SchemaEndsEarly).to_string()
                    }
                    ConfigProblem::SchemaNotJson { ends_early: false } => {
                        t(lang, E::SchemaNotJson).to_string()
                    }
                    ConfigProblem::SchemaNotCompiling { kind, said } => {
                        tr!(lang, E::SchemaNotCompiling, kind = kind.get(lang), said)
                    }
                    ConfigProblem::Cycle { key, problem } => {
                        tr!(lang, E::Cycle, key, message = problem.message(lang))
                    }
                    ConfigProblem::Target { key, written } => {
                        tr!(lang, E::ConfigTarget, key, written)
                    }
                };
                tr!(
                    lang,
                    E::Config,
                    place = place(lang, origin, *line, *column),
                    message
                )
            }
            Error::UnknownKind { name, known } => {
                tr!(lang, E::UnknownKind, name, known = known.join(", "))
            }
            Error::NotAKindFolder {
                folder,
                kind,
                folders,
            } => tr!(
                lang,
                E::NotAKindFolder,
                folder,
                kind,
                folders = folders.join(", ")
            ),
            Error::NotFound { id, .. } => tr!(lang, E::NotFound, id),
            Error::AmbiguousId { id, paths } => {
                let (count, paths) = (paths.len(), paths.join(", "));
                tr!(lang, E::AmbiguousId, count, id, paths)
            }
            Error::BadFrontMatter {
                path,
                line,
                column,
                message,
            } => tr!(lang, E::BadFrontMatter, path, line, column, message),
            Error::BadAssignment { arg, reason } => {
                tr!(lang, E::BadAssignment, arg, reason = reason.message(lang))
            }
            Error::UnknownStatus {
                word, kind, known, ..
            } => tr!(
                lang,
                E::UnknownStatus,
                word,
                kind = kind.get(lang),
                known = Labels::join(known, lang)
            ),
            Error::Transition {
                id,
                kind,
                from,
                to,
                allowed,
            } => {
                let allowed = if allowed.is_empty() {
                    t(lang, E::Nothing).to_string()
                } else {
                    Labels::join(allowed, lang)
                };
                let (kind, from, to) = (kind.get(lang), from.get(lang), to.get(lang));
                tr!(lang, E::Transition, id, kind, from, to, allowed)
            }
            Error::Template { name, message } => tr!(lang, E::Template, name, message),
            Error::Git { message } => tr!(lang, E::Git, message),
            Error::UnreadableObject {
                object,
                kind,
                path,
                commit,
                reason,
            } => {
                let (of, at) = where_in(lang, path, commit);
                let (kind, reason) = (kind.name(lang), reason.message(lang));
                tr!(lang, E::UnreadableObject, kind, object, of, at, reason)
            }
            Error::PartialClone {
                object,
                kind,
                path,
                commit,
            } => {
                let (of, at) = where_in(lang, path, commit);
                let kind = kind.name(lang);
                tr!(lang, E::PartialClone, kind, object, of, at)
            }
            Error::DamagedPack {
                pack,
                offset,
                object,
                reason,
            } => tr!(
                lang,
                E::DamagedPack,
                pack = pack.display(),
                offset,
                object,
                reason = reason.message(lang)
            ),
            Error::BadRef { name, reason } => tr!(lang, E::BadRef, name, reason),
            Error::NotARepository { path } => tr!(lang, E::NotARepository, path = path.display()),
            Error::Exists { path } => tr!(lang, E::Exists, path = path.display()),
            Error::Editor { editor, message } => tr!(lang, E::Editor, editor, message),
            Error::EditorFailed { editor, status } => {
                let message = tr!(lang, E::EditorExit, status);
                tr!(lang, E::Editor, editor, message)
            }
            Error::UnknownRelease { tag, .. } => tr!(lang, E::UnknownRelease, tag),
            Error::OutsideRepository {
                origin,
                line,
                column,
                key,
                value,
                why,
            } => {
                let why = match why {
                    Escape::Absolute => t(lang, E::EscapeAbsolute).to_string(),
                    Escape::Parent => t(lang, E::EscapeParent).to_string(),
                    Escape::Link(part) => tr!(lang, E::EscapeLink, part),
                };
                let place = place(lang, origin, *line, *column);
                tr!(lang, E::OutsideRepository, place, key, value, why)
            }
            Error::BareRepository { path } => tr!(lang, E::BareRepository, path = path.display()),
            Error::NotARecord { path, why } => {
                let why = t(
                    lang,
                    match why {
                        NotARecord::Missing => E::NotARecordMissing,
                        NotARecord::OutsideRepository => E::NotARecordOutside,
                        NotARecord::OutsideRecordFolders => E::NotARecordFolder,
                        NotARecord::NotMarkdown => E::NotARecordMarkdown,
                        NotARecord::Ignored => E::NotARecordIgnored,
                    },
                );
                tr!(lang, E::NotARecord, path, why)
            }
            Error::Changed { path } => tr!(lang, E::Changed, path = path.display()),
            Error::IdOverflow { prefix, number } => tr!(lang, E::IdOverflow, prefix, number),
            Error::Meeting(refusal) => refusal.message(lang),
            Error::JournalConflict {
                journal,
                renumbering,
                path,
                reason,
            } => {
                let reason = journal_trouble(lang, *reason);
                let journal = journal.display();
                tr!(lang, E::JournalConflict, journal, renumbering, path, reason)
            }
            Error::ImportJournalConflict {
                journal,
                path,
                reason,
            } => {
                let reason = journal_trouble(lang, *reason);
                let journal = journal.display();
                tr!(lang, E::ImportJournalConflict, journal, path, reason)
            }
            Error::ImportInput {
                path,
                line,
                column,
                reason,
            } => {
                let place = match (line, column) {
                    (0, _) => path.clone(),
                    (l, 0) => format!("{path}:{l}"),
                    (l, c) => format!("{path}:{l}:{c}"),
                };
                let reason = match reason {
                    ImportTrouble::FrontMatter(kind) => {
                        tr!(lang, E::ImportFrontMatter, message = kind.message(lang))
                    }
                    ImportTrouble::Unterminated => t(lang, E::ImportUnterminated).to_string(),
                    ImportTrouble::NotUtf8 => t(lang, E::FileNotUtf8).to_string(),
                    ImportTrouble::Json => t(lang, E::ImportJson).to_string(),
                    ImportTrouble::Missing => t(lang, E::ImportMissing).to_string(),
                    ImportTrouble::Outside => t(lang, E::ImportOutside).to_string(),
                };
                tr!(lang, E::ImportInput, place, reason)
            }
            Error::BadJournal { path, message } => {
                tr!(lang, E::BadJournal, path = path.display(), message)
            }
            Error::NoHistory { path } => tr!(lang, E::NoHistory, path = path.display()),
            Error::NotAFile { path, what } => {
                let what = t(lang, what.words());
                tr!(lang, E::NotAFile, path = path.display(), what)
            }
            Error::BadDate { arg, error } => {
                tr!(lang, E::BadDate, arg, reason = error.message(lang))
            }
            Error::NotAnId { arg } => tr!(lang, E::NotAnId, arg),
            Error::WrongPrefix {
                arg,
                old,
                kind,
                prefix,
                owner,
            } => {
                let other = arg
                    .split('-')
                    .next()
                    .unwrap_or_default()
                    .to_ascii_uppercase();
                let kind = kind.get(lang);
                match owner {
                    Some(owner) => {
                        let owner = owner.get(lang);
                        tr!(lang, E::WrongPrefixOf, arg, old, kind, prefix, other, owner)
                    }
                    None => tr!(lang, E::WrongPrefix, arg, old, kind, prefix, other),
                }
            }
            Error::IdInUse { arg, id } => tr!(lang, E::IdInUse, arg, id),
            Error::PublishOut { path, problem } => {
                let why = match problem {
                    super::OutProblem::RepositoryRoot => t(lang, E::OutRoot).to_string(),
                    super::OutProblem::InsideGit => t(lang, E::OutGit).to_string(),
                    super::OutProblem::RecordFolder(kind) => tr!(lang, E::OutRecords, kind),
                    super::OutProblem::HoldsRepository => t(lang, E::OutHolds).to_string(),
                    super::OutProblem::NotEmpty => t(lang, E::OutNotEmpty).to_string(),
                    super::OutProblem::NotAFolder => t(lang, E::OutNotAFolder).to_string(),
                };
                tr!(lang, E::PublishOut, path = path.display(), why)
            }
        }
    }

    /// A hint to print under the error, when there is something to suggest.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        let said = |key: E| Some(t(lang, key).to_string());
        match self {
            Error::NotFound {
                nearest: Some(nearest),
                ..
            }
            | Error::UnknownStatus {
                nearest: Some(nearest),
                ..
            } => Some(tr!(lang, E::DidYouMean, nearest)),
            Error::NotFound { .. } => said(E::NotFoundHint),
            Error::AmbiguousId { .. } => said(E::AmbiguousIdHint),
            Error::UnknownRelease { known, .. } if !known.is_empty() => {
                let known: Vec<&str> = known.iter().rev().take(10).map(String::as_str).collect();
                Some(tr!(lang, E::UnknownReleaseHint, known = known.join(", ")))
            }
            Error::NotARepository { .. } => said(E::NotARepositoryHint),
            Error::OutsideRepository { .. } => said(E::OutsideRepositoryHint),
            Error::PublishOut { .. } => said(E::PublishOutHint),
            Error::BareRepository { .. } => said(E::BareRepositoryHint),
            Error::NotARecord { .. } => said(E::NotARecordHint),
            Error::Transition { .. } => said(E::TransitionHint),
            Error::UnreadableObject { .. } | Error::DamagedPack { .. } => said(E::DamagedHint),
            Error::PartialClone { .. } => said(E::PartialCloneHint),
            Error::BadRef { name, .. } => Some(tr!(lang, E::BadRefHint, name)),
            Error::Changed { .. } => said(E::ChangedHint),
            Error::IdOverflow { .. } => said(E::IdOverflowHint),
            Error::Meeting(refusal) => refusal.hint(lang),
            Error::JournalConflict { journal, .. } => Some(tr!(
                lang,
                E::JournalConflictHint,
                journal = journal.display()
            )),
            Error::ImportJournalConflict { journal, .. } => Some(tr!(
                lang,
                E::ImportJournalConflictHint,
                journal = journal.display()
            )),
            Error::ImportInput { .. } => said(E::ImportInputHint),
            Error::BadJournal { path, .. } => {
                Some(tr!(lang, E::BadJournalHint, path = path.display()))
            }
            Error::BadFrontMatter { .. } => said(E::BadFrontMatterHint),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// `file:line:column`, or the file alone when it has no position.
fn place(lang: Lang, origin: &Origin, line: usize, column: usize) -> String {
    match origin {
        Origin::Variable(key) => tr!(lang, E::EnvironmentVariable, key),
        Origin::File(path) if line == 0 => path.display().to_string(),
        Origin::File(path) => format!("{}:{line}:{column}", path.display()),
    }
}

/// ` of FILE` and ` (commit C)` after an object's id, each when known.
fn where_in(lang: Lang, path: &Option<String>, commit: &Option<String>) -> (String, String) {
    let of = path
        .as_ref()
        .map(|path| tr!(lang, E::OfPath, path))
        .unwrap_or_default();
    let at = commit
        .as_ref()
        .map(|commit| tr!(lang, E::AtCommit, commit))
        .unwrap_or_default();
    (of, at)
}

/// What the operating system said, in Danish for the common cases; the
/// system's own words (English on most systems) otherwise.
pub fn io_cause(lang: Lang, e: &std::io::Error) -> String {
    use crate::i18n::CliMsg as C;
    use std::io::ErrorKind as K;
    if lang == Lang::En || e.get_ref().is_some() {
        return e.to_string();
    }
    let key = match e.kind() {
        K::NotFound => C::IoNotFound,
        K::PermissionDenied => C::IoPermissionDenied,
        K::AlreadyExists => C::IoAlreadyExists,
        K::IsADirectory => C::IoIsADirectory,
        K::NotADirectory => C::IoNotADirectory,
        K::StorageFull => C::IoStorageFull,
        K::ReadOnlyFilesystem => C::IoReadOnly,
        _ => return e.to_string(),
    };
    t(lang, key).to_string()
}

/// Why a journal cannot be rolled forward, in `lang`.
fn journal_trouble(lang: Lang, reason: JournalTrouble) -> &'static str {
    t(
        lang,
        match reason {
            JournalTrouble::Gone => E::JournalGone,
            JournalTrouble::ChangedSince => E::JournalChangedSince,
        },
    )
}
