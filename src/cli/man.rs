//! `gov man`: the manual page.

use clap::CommandFactory;

use super::{Cli, CmdResult, Env, Outcome};

/// Print the manual page in roff format.
///
/// Examples:
///   gov man | man -l -
///   gov man > /usr/local/share/man/man1/gov.1
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {}

/// Runs `gov man`.
pub fn run(env: &Env, _args: Args) -> CmdResult {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    env.out.print(&String::from_utf8_lossy(&out))?;
    Ok(Outcome::Ok)
}
