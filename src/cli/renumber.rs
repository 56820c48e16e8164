//! `gov renumber`: give a record a new ID everywhere.

use super::{CmdResult, Env, Outcome, output};
use crate::renumber;

/// Give a record a new ID everywhere it is used.
///
/// Its `id`, its file name and every reference to it in every record (front
/// matter and text) change together.
///
/// Use it when `gov validate` reports two files with one ID (GOV040; name
/// the file to renumber by its path) or, before merging, an ID the base
/// branch took meanwhile (GOV073). Without NEW the next free number of the
/// kind is used, counting every branch. `--dry-run` shows every change and
/// writes nothing.
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
    let plan = renumber::plan(
        &repo,
        &super::show::normalise(&args.id),
        args.new.as_deref(),
    )?;
    if args.json {
        output::print_json(&plan)?;
    } else {
        output::print(&describe(&plan, args.dry_run))?;
    }
    if !args.dry_run {
        renumber::apply(&repo, &plan)?;
    }
    Ok(Outcome::Ok)
}

/// The plan for people: renames, then each changed line as `-`/`+` pairs.
fn describe(plan: &renumber::Plan, dry_run: bool) -> String {
    let mut out = format!(
        "{} → {}{}\n",
        plan.old,
        plan.new,
        if dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        }
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
