//! `gov config`: the effective configuration, after all layers.

use super::{CmdResult, Env, Outcome, output};

/// Print the effective configuration.
///
/// The defaults built into gov, then the repository's gov.yaml, then GOV_*
/// environment variables (GOV_LANG=en, GOV_KINDS__DECISION__FOLDER=beslutninger).
/// Maps merge key by key; lists and single values replace.
///
/// Examples:
///   gov config
///   gov config --format json | jq '.kinds.decision.statuses'
///   GOV_LANG=en gov config
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ConfigFormat::Yaml)]
    pub format: ConfigFormat,
}

/// Formats of `gov config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ConfigFormat {
    /// YAML, as gov.yaml is written.
    Yaml,
    /// JSON.
    Json,
}

/// Runs `gov config`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let json = repo.config.to_json();
    match args.format {
        ConfigFormat::Yaml => env.out.print(&crate::yaml::to_block(&json, 0))?,
        ConfigFormat::Json => output::print_json(&json)?,
    }
    Ok(Outcome::Ok)
}
