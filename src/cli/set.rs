//! `gov set`: change front matter in place, keeping every other byte.

use super::{CmdResult, Env, Outcome, write_notes};
use crate::i18n::{CliMsg, Msg, t};
use crate::lock::WriteLock;
use crate::record::{Assignment, Edit};
use crate::set::{SetRequest, set};

/// Change front matter of a record in place.
///
/// Only the values named change; comments, key order, quoting and line ends
/// of everything else stay byte for byte. `key=text` sets a string;
/// `key:=yaml` sets a typed value (number, list, null). Status words are
/// checked against the kind's vocabulary and workflow (draft → accepted is
/// fine, accepted → draft is not), and dates (`date`, `due`) are written as
/// ISO yyyy-mm-dd. The result is checked like `gov validate` checks it
/// (the kind's schema, vocabulary, dates, a unique ID): a change that adds
/// an error is refused, exit 2, with the error shown; `--force` skips these
/// checks and writes, showing what validation found as warnings.
///
/// gov takes the repository's lock (the one `gov new` takes) and reads the
/// record under it, so changes made at the same time never undo each
/// other; a file another program changes while gov works is refused.
///
/// Examples:
///   gov set DEC-0003 status=accepted
///   gov set DEC-0003 status=Godkendt "status_note=Godkendt på styregruppemødet"
///   gov set CR-0012 priority:=2 "support:=[Aarhus, Sønderborg]"
///   gov set TASK-0004 due=1/7-2026 --unset source
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The record's ID (or path).
    pub id: String,
    /// Assignments: `key=text` or `key:=yaml`.
    #[arg(value_name = "KEY=VALUE")]
    pub assignments: Vec<String>,
    /// Remove a key (repeatable).
    #[arg(long, value_name = "KEY")]
    pub unset: Vec<String>,
    /// Write values even when they are not known status words or dates, or
    /// break validation.
    #[arg(long)]
    pub force: bool,
}

/// Runs `gov set`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    if args.assignments.is_empty() && args.unset.is_empty() {
        anyhow::bail!(t(repo.config.lang, CliMsg::SetNothing));
    }
    let mut edits = Vec::new();
    for arg in &args.assignments {
        edits.push((arg.clone(), Assignment::parse(arg)?));
    }
    edits.extend(
        args.unset
            .iter()
            .map(|key| (format!("--unset {key}"), Edit::Unset { key: key.clone() })),
    );
    let request = SetRequest {
        target: super::show::normalise(&args.id),
        edits,
        force: args.force,
    };
    let lang = repo.config.lang;
    let lock = WriteLock::acquire(&repo.root, &repo.config)?;
    write_notes::tidied(&lock, &repo.root, lang);
    let done = write_notes::settled(
        set(&lock, &repo.root, &repo.config, &request)?,
        lang,
        &env.out,
    )?;
    let path = done.path;
    if done.text.is_some() {
        super::output::eprint_line(&format!("{path}: {}", t(lang, Msg::SetChanged)));
    }
    env.out.print(&format!("{path}\n"))?;
    Ok(Outcome::Ok)
}
