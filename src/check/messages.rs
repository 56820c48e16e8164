//! Each finding's data mapped to its words in the catalogue
//! ([`crate::i18n::FindingMsg`]): a plain message that a web-editor user
//! can act on, and a hint saying what to do.

use super::finding::{CommitRef, Finding};
use crate::i18n::{FindingMsg as F, Lang, t};
use crate::record::LinkTrouble;
use crate::tr;

/// Message and hint of a finding in a language.
pub fn text(lang: Lang, f: &Finding) -> (String, Option<String>) {
    let hint = |key: F| Some(t(lang, key).to_string());
    let nearest = |n: &Option<String>, key: F| n.as_ref().map(|nearest| tr!(lang, key, nearest));
    let in_commit = |key: F, c: &CommitRef| {
        let (commit, author, date) = (&c.commit, &c.author, &c.date);
        tr!(lang, key, commit, author, date)
    };
    use Finding::*;
    match f {
        YamlSyntax { error } => (
            tr!(lang, F::YamlSyntax, message = error.message(lang)),
            hint(F::YamlSyntaxHint),
        ),
        Unterminated => (t(lang, F::Unterminated).into(), hint(F::UnterminatedHint)),
        NotAMap => (t(lang, F::NotAMap).into(), None),
        DuplicateKey { key, first_line } => (
            tr!(lang, F::DuplicateKey, key, first_line),
            hint(F::DuplicateKeyHint),
        ),
        NoFrontMatter => (t(lang, F::NoFrontMatter).into(), hint(F::NoFrontMatterHint)),
        EmptyFile => (t(lang, F::EmptyFile).into(), hint(F::EmptyFileHint)),
        Schema {
            pointer,
            message,
            problem,
        } => {
            let message = problem.message(lang, message);
            if pointer.is_empty() {
                (tr!(lang, F::SchemaWhole, message), None)
            } else {
                (tr!(lang, F::Schema, pointer, message), None)
            }
        }
        MissingId { derived } => (tr!(lang, F::MissingId, derived), hint(F::MissingIdHint)),
        UnknownStatus { word, nearest: n } => (
            tr!(lang, F::UnknownStatus, word),
            nearest(n, F::UnknownStatusHint),
        ),
        StatusWithNote { word, note } => (
            tr!(lang, F::StatusWithNote, note),
            Some(tr!(lang, F::StatusWithNoteHint, word)),
        ),
        MissingStatus => (t(lang, F::MissingStatus).into(), None),
        BadDate { key, text, reason } => (
            tr!(lang, F::BadDate, key, text, reason = reason.message(lang)),
            hint(F::BadDateHint),
        ),
        NonIsoDate {
            key,
            text,
            iso,
            ambiguous,
        } => {
            let message = if *ambiguous {
                F::NonIsoDateAmbiguous
            } else {
                F::NonIsoDate
            };
            (
                tr!(lang, message, key, text, iso),
                Some(tr!(lang, F::NonIsoDateHint, key, iso)),
            )
        }
        FileNameDate {
            file_date,
            record_date,
            decided,
        } => (
            tr!(lang, F::FileNameDate, file_date, record_date),
            hint(if *decided {
                F::FileNameDateDecidedHint
            } else {
                F::FileNameDateHint
            }),
        ),
        FileNameSlug {
            slug,
            title,
            suggested,
        } => (
            tr!(lang, F::FileNameSlug, slug, title),
            Some(tr!(lang, F::FileNameSlugHint, suggested)),
        ),
        DuplicateId { id, other } => (
            tr!(lang, F::DuplicateId, id, other),
            hint(F::DuplicateIdHint),
        ),
        FileNameId { file_id, id } => (
            tr!(lang, F::FileNameId, file_id, id),
            hint(F::FileNameIdHint),
        ),
        WrongPrefix { id, prefix } => (tr!(lang, F::WrongPrefix, id, prefix), None),
        UnknownReference {
            key,
            id,
            nearest: n,
        } => (
            tr!(lang, F::UnknownReference, key, id),
            nearest(n, F::DidYouMean),
        ),
        OneSidedSupersession { other, missing } => (
            tr!(lang, F::OneSidedSupersession, other, missing),
            Some(tr!(lang, F::OneSidedSupersessionHint, missing, other)),
        ),
        BrokenLink { target, renamed_to } => (
            tr!(lang, F::BrokenLink, target),
            renamed_to
                .as_ref()
                .map(|path| tr!(lang, F::BrokenLinkRenamed, path)),
        ),
        NotUtf8 { offset } => (tr!(lang, F::NotUtf8, offset), hint(F::NotUtf8Hint)),
        Bom => (t(lang, F::Bom).into(), hint(F::BomHint)),
        Mojibake { found, meant } => (
            tr!(lang, F::Mojibake, found),
            Some(match meant {
                Some(meant) => tr!(lang, F::MojibakeMeant, meant),
                None => t(lang, F::MojibakeHint).into(),
            }),
        ),
        Symlink { trouble } => (
            match trouble {
                LinkTrouble::Outside => t(lang, F::SymlinkOutside).into(),
                LinkTrouble::To { what } => tr!(lang, F::SymlinkTo, what = t(lang, what.words())),
                LinkTrouble::Broken { message } => tr!(lang, F::SymlinkBroken, message),
            },
            hint(F::SymlinkHint),
        ),
        Binary => (t(lang, F::Binary).into(), hint(F::BinaryHint)),
        Unreadable { message } => (tr!(lang, F::Unreadable, message), None),
        Special { what } => (
            tr!(lang, F::Special, what = t(lang, what.words())),
            hint(F::SpecialHint),
        ),
        BadTransition {
            from,
            to,
            commit: c,
        } => {
            let (commit, author, date) = (&c.commit, &c.author, &c.date);
            (
                tr!(lang, F::BadTransition, from, to, commit, author, date),
                hint(F::BadTransitionHint),
            )
        }
        ChangedAfterAcceptance { status, commit: c } => {
            let (commit, author, date) = (&c.commit, &c.author, &c.date);
            (
                tr!(
                    lang,
                    F::ChangedAfterAcceptance,
                    status,
                    commit,
                    author,
                    date
                ),
                hint(F::ChangedAfterAcceptanceHint),
            )
        }
        MinutesEdited { commit } => (in_commit(F::MinutesEdited, commit), None),
        VersionNotUtf8 {
            path,
            line,
            column,
            commit: c,
        } => {
            let (commit, author, date) = (&c.commit, &c.author, &c.date);
            (
                tr!(
                    lang,
                    F::VersionNotUtf8,
                    path,
                    line,
                    column,
                    commit,
                    author,
                    date
                ),
                Some(tr!(lang, F::VersionNotUtf8Hint, commit, path)),
            )
        }
        IdCollision {
            id,
            base,
            base_path,
        } => (
            tr!(lang, F::IdCollision, id, base, base_path),
            Some(tr!(lang, F::IdCollisionHint, id)),
        ),
        Approval { message, commit: c } => {
            let (commit, author, date) = (&c.commit, &c.author, &c.date);
            (tr!(lang, F::Approval, message, commit, author, date), None)
        }
        AgendaGap {
            number,
            previous,
            first_missing: first,
            last_missing,
        } => {
            let message = match (previous, last_missing) {
                (Some(previous), None) => tr!(lang, F::AgendaGap, number, previous, first),
                (Some(previous), Some(last)) => {
                    tr!(lang, F::AgendaGapMany, number, previous, first, last)
                }
                (None, None) => tr!(lang, F::AgendaGapStart, number, first),
                (None, Some(last)) => tr!(lang, F::AgendaGapStartMany, number, first, last),
            };
            (message, Some(tr!(lang, F::AgendaGapHint, first)))
        }
        NotQuorate {
            body,
            present,
            quorum,
        } => (
            tr!(lang, F::NotQuorate, body, present, quorum),
            hint(F::NotQuorateHint),
        ),
        SkippedSteps {
            from,
            to,
            path,
            commit: c,
        } => {
            let (commit, author, date) = (&c.commit, &c.author, &c.date);
            let path = path.join(" → ");
            (
                tr!(lang, F::SkippedSteps, from, to, commit, author, date, path),
                hint(F::SkippedStepsHint),
            )
        }
    }
}
