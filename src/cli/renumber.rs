//! `gov renumber`: give a record a new ID everywhere.

use super::{CmdResult, Env, Outcome, output, write_notes};
use crate::i18n::{CliMsg, Lang, t};
use crate::lock::WriteLock;
use crate::renumber;
use crate::tr;

/// Give a record a new ID everywhere it is used.
///
/// Its `id`, its file name and every reference to it in every record (front
/// matter and text) change together.
///
/// Use it when `gov validate` reports two files with one ID (GOV040; name
/// the file to renumber by its path) or, before merging, an ID the base
/// branch took meanwhile (GOV073). Without NEW the next free number of the
/// kind is used, counting every branch. `--dry-run` shows every change and
/// writes nothing. The new ID must have the kind's prefix.
///
/// All or nothing: every file is written beside its target first, a
/// journal in .git/gov/ records the plan, and only then are the files
/// renamed into place. If gov is stopped midway, the next write command
/// (new, set, renumber) completes the renumbering first and says so; run
/// the same `gov renumber` again and it reports the renumbering done.
///
/// Examples:
///   gov renumber DEC-0007 --dry-run
///   gov renumber DEC-0007
///   gov renumber decisions/DEC-0007-kopi.md DEC-0012
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The record: its ID, or its path when several files share the ID.
    pub id: String,
    /// The new ID (default: the next free one).
    pub new: Option<String>,
    /// Show the changes without writing anything.
    #[arg(long, short = 'n')]
    pub dry_run: bool,
    /// Print the plan as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs `gov renumber`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let lang = repo.config.lang;
    let target = super::show::normalise(&args.id);
    if args.dry_run {
        if let Some(journal) = renumber::pending(&repo.root)? {
            if journal.is_import() {
                anyhow::bail!(t(lang, CliMsg::ImportPending));
            }
            anyhow::bail!(pending_message(lang, &journal.old, &journal.new));
        }
        let plan = renumber::plan(&repo, &target, args.new.as_deref())?;
        show(env, &plan, args.json, true, lang)?;
        return Ok(Outcome::Ok);
    }
    let lock = WriteLock::acquire(&repo.root, &repo.config)?;
    write_notes::tidied(&lock, &repo.root, lang);
    let done = renumber::run(
        &lock,
        &repo.root,
        &repo.config,
        &target,
        args.new.as_deref(),
    )?;
    drop(lock);
    show(env, &done.plan, args.json, false, lang)?;
    if done.completed_earlier {
        super::output::eprint_line(t(lang, CliMsg::RenumberCompletedEarlier));
    }
    Ok(Outcome::Ok)
}

/// Prints a plan as JSON or for people.
fn show(
    env: &Env,
    plan: &renumber::Plan,
    json: bool,
    dry_run: bool,
    lang: Lang,
) -> anyhow::Result<()> {
    if json {
        output::print_json(plan)?;
    } else {
        env.out.print(&describe(plan, dry_run, lang))?;
    }
    Ok(())
}

/// Why a dry run cannot plan while a renumbering waits to be completed.
fn pending_message(lang: Lang, old: &str, new: &str) -> String {
    tr!(lang, CliMsg::RenumberPending, old, new)
}

/// The plan for people: renames, then each changed line as `-`/`+` pairs.
fn describe(plan: &renumber::Plan, dry_run: bool, lang: Lang) -> String {
    let mut out = format!(
        "{} → {}{}\n",
        plan.old,
        plan.new,
        if dry_run { t(lang, CliMsg::DryRun) } else { "" }
    );
    for change in &plan.changes {
        match &change.new_path {
            Some(new_path) => out.push_str(&format!("{} → {new_path}\n", change.path)),
            None => out.push_str(&format!("{}\n", change.path)),
        }
        if dry_run {
            for (n, (a, b)) in change.before.lines().zip(change.after.lines()).enumerate() {
                if a != b {
                    out.push_str(&format!("  {:>4} - {a}\n  {:>4} + {b}\n", n + 1, n + 1));
                }
            }
        }
    }
    out
}
