//! `gov man`: the manual page.

use super::{CmdResult, Env, Outcome};

/// Print the manual page in roff format.
///
/// Examples:
///   gov man | man -l -
///   gov man > /usr/local/share/man/man1/gov.1
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {}

/// Runs `gov man`, in the language of `--lang`, the repository or the
/// locale (see `language`).
pub fn run(env: &Env, _args: Args) -> CmdResult {
    let lang = super::language::resolve(env.lang, &env.dir);
    env.out.print(&super::help::man_page(lang)?)?;
    Ok(Outcome::Ok)
}
