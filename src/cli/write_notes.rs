//! What the write commands (`new`, `set`, `renumber`) say on stderr about
//! the write lock's tidying up, and about values validation rejects.
//!
//! A change that validation rejects is refused with exit 2, like every
//! other refusal of a write command (an unknown status word, a workflow
//! step not allowed): the command did not do what it was asked, and
//! nothing was written. Exit 1 stays the answer of read commands that
//! report findings (`gov validate`).

use std::path::Path;

use super::Output;
use crate::check::{Diagnostic, Severity};
use crate::i18n::{CliMsg, Lang, Msg, t};
use crate::lock::WriteLock;
use crate::render::diagnostics::human;
use crate::set::SetOutcome;
use crate::tr;

/// Says on stderr what the lock did before the command: an interrupted
/// renumbering completed, temporary files of a killed process removed.
pub fn tidied(lock: &WriteLock, root: &Path, lang: Lang) {
    if let Some(done) = &lock.completed
        && done.journal.is_import()
    {
        let n = done.written;
        super::output::eprint_line(&tr!(lang, CliMsg::TidiedImport, n));
    } else if let Some(done) = &lock.completed {
        let (old, new, n) = (&done.journal.old, &done.journal.new, done.written);
        super::output::eprint_line(&tr!(lang, CliMsg::TidiedRenumbering, old, new, n));
    }
    for path in &lock.removed {
        let path = path.strip_prefix(root).unwrap_or(path).display();
        super::output::eprint_line(&tr!(lang, CliMsg::TidiedTemporary, path));
    }
}

/// What the diagnostics of one write are about: the record's path and
/// text, and the language and output they are shown in.
struct Written<'a> {
    /// The record's path.
    path: &'a str,
    /// Its text, as it would be written.
    text: &'a str,
    /// The language of the messages.
    lang: Lang,
    /// Where they go (colour on stderr).
    out: &'a Output,
}

/// Prints diagnostics the way `gov validate` does, on stderr (coloured as
/// the colour policy decided for stderr); as warnings when `forced` (they
/// were written anyway).
fn diagnostics(diagnostics: &[Diagnostic], w: &Written<'_>, forced: bool) {
    let shown: Vec<Diagnostic> = diagnostics
        .iter()
        .cloned()
        .map(|mut d| {
            if forced && d.severity == Severity::Error {
                d.severity = Severity::Warning;
            }
            d
        })
        .collect();
    let source = |p: &str| (p == w.path).then_some(w.text);
    let out = human(&shown, source, 1, w.lang, w.out.colours.stderr);
    w.out.eprint(&out);
}

/// Prints the warnings a write was made despite, if there are any.
pub fn warnings(warnings: &[Diagnostic], path: &str, text: &str, lang: Lang, out: &Output) {
    if !warnings.is_empty() {
        let w = Written {
            path,
            text,
            lang,
            out,
        };
        diagnostics(warnings, &w, true);
    }
}

/// [`refused`] for the record at `path` with `text`.
pub fn refusal(
    diagnostics: &[Diagnostic],
    path: &str,
    text: &str,
    lang: Lang,
    out: &Output,
) -> anyhow::Error {
    refused(
        diagnostics,
        &Written {
            path,
            text,
            lang,
            out,
        },
    )
}

/// The error of a write refused because of `diagnostics` (printed first).
fn refused(diagnostics: &[Diagnostic], w: &Written<'_>) -> anyhow::Error {
    self::diagnostics(diagnostics, w, false);
    let path = w.path;
    anyhow::anyhow!(tr!(w.lang, CliMsg::Refused, path))
}

/// A front matter edit (`gov set`, `gov meeting approve`) as done: the
/// record's path, and its new text when the edit changed it.
pub struct Settled {
    /// The record's path.
    pub path: String,
    /// The text written (or, for a dry run, that would be); `None` when
    /// the record already said what was asked (said on stderr).
    pub text: Option<String>,
}

/// Says what an edit's outcome needs said on stderr (unchanged, the
/// warnings it was written despite) and gives the record's path and new
/// text; a refused edit is its error, after its diagnostics.
pub fn settled(outcome: SetOutcome, lang: Lang, out: &Output) -> anyhow::Result<Settled> {
    match outcome {
        SetOutcome::Unchanged { path } => {
            super::output::eprint_line(&format!("{path}: {}", t(lang, Msg::SetUnchanged)));
            Ok(Settled { path, text: None })
        }
        SetOutcome::Written {
            path,
            text,
            warnings: found,
        } => {
            warnings(&found, &path, &text, lang, out);
            Ok(Settled {
                path,
                text: Some(text),
            })
        }
        SetOutcome::Refused {
            path,
            text,
            diagnostics,
        } => Err(refusal(&diagnostics, &path, &text, lang, out)),
    }
}
