//! Files of the record folders that could not be read, named on stderr by
//! the commands that list or count records (`list`, `status`, `backlog`).
//! Their output still shows everything that was read; the exit status is 2,
//! so a script never takes a listing with holes in it for the whole.
//! `gov validate` reports the same files as findings instead.

use super::Outcome;
use crate::check;
use crate::i18n::{ErrorMsg, Msg, t};
use crate::record::Repository;

/// Names each file that was not read on stderr; `Incomplete` when there
/// was one, else `Ok`.
pub fn outcome(repo: &Repository) -> Outcome {
    let lang = repo.config.lang;
    let unread = check::unread(repo, lang);
    if unread.is_empty() {
        return Outcome::Ok;
    }
    for d in &unread {
        let label = t(lang, ErrorMsg::ErrorLabel);
        super::output::eprint_line(&format!("{label}: {}: {} ({})", d.path, d.message, d.code));
    }
    super::output::eprint_line(t(lang, Msg::NotReadLeftOut));
    Outcome::Incomplete
}
