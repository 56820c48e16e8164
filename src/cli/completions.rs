//! `gov completions`: shell completion scripts.

use clap::CommandFactory;

use super::{Cli, CmdResult, Env, Outcome};

/// Print a completion script for a shell.
///
/// Examples:
///   gov completions bash > ~/.local/share/bash-completion/completions/gov
///   gov completions zsh > ~/.zfunc/_gov
///   gov completions fish > ~/.config/fish/completions/gov.fish
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Runs `gov completions`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "gov", &mut out);
    env.out.print(&String::from_utf8_lossy(&out))?;
    Ok(Outcome::Ok)
}
