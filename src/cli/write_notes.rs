//! What the write commands (`new`, `set`, `renumber`) say on stderr about
//! the write lock's tidying up, and about values validation rejects.
//!
//! A change that validation rejects is refused with exit 2, like every
//! other refusal of a write command (an unknown status word, a workflow
//! step not allowed): the command did not do what it was asked, and
//! nothing was written. Exit 1 stays the answer of read commands that
//! report findings (`gov validate`).

use std::io::IsTerminal;
use std::path::Path;

use crate::check::{Diagnostic, Severity, render};
use crate::i18n::{CliMsg, Lang};
use crate::lock::WriteLock;
use crate::tr;

/// Says on stderr what the lock did before the command: an interrupted
/// renumbering completed, temporary files of a killed process removed.
pub fn tidied(lock: &WriteLock, root: &Path, lang: Lang) {
    if let Some(done) = &lock.completed {
        let (old, new, n) = (&done.journal.old, &done.journal.new, done.written);
        super::output::eprint_line(&tr!(lang, CliMsg::TidiedRenumbering, old, new, n));
    }
    for path in &lock.removed {
        let path = path.strip_prefix(root).unwrap_or(path).display();
        super::output::eprint_line(&tr!(lang, CliMsg::TidiedTemporary, path));
    }
}

/// Prints diagnostics the way `gov validate` does, on stderr; as warnings
/// when `forced` (they were written anyway).
pub fn diagnostics(diagnostics: &[Diagnostic], path: &str, text: &str, lang: Lang, forced: bool) {
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
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let source = |p: &str| (p == path).then_some(text);
    let out = render::human(&shown, source, 1, lang, color);
    super::output::eprint(&out);
}

/// The error of a write refused because of `diagnostics` (printed first).
pub fn refused(diagnostics: &[Diagnostic], path: &str, text: &str, lang: Lang) -> anyhow::Error {
    self::diagnostics(diagnostics, path, text, lang, false);
    anyhow::anyhow!(tr!(lang, CliMsg::Refused, path))
}
