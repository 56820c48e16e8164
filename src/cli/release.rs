//! `gov release`: the records delivered in a release, ready for release notes.

use super::output;
use super::trace::{configured, warn};
use super::{CmdResult, Env, Outcome};
use crate::Error;
use crate::trace::History;

/// Release notes: the records delivered in TAG.
///
/// A record is delivered in TAG when a commit referring to it (a trailer
/// such as `Refs: CR-0012`, or a mention) has TAG as its first release: it
/// is in TAG and in no earlier release (releases in version order, see
/// `trace.tags`). Every repository that has the tag counts: the code
/// repositories of gov.yaml and the governance repository itself. Headings
/// and labels are in the configured language.
///
/// `--format json` prints `tag`, `repositories` (`repository`, `previous`,
/// `commits`) and `records` (`id`, `kind`, `title`, `status`, `commits`).
///
/// Examples:
///   gov release v2.4.0
///   gov release v2.4.0 --format json | jq -r '.records[].id'
///   gov --lang en release v2.4.0 >> CHANGELOG.md
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The release tag (`v2.4.0`).
    pub tag: String,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ReleaseFormat::Markdown)]
    pub format: ReleaseFormat,
}

/// Formats of `gov release`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReleaseFormat {
    /// Release notes in Markdown.
    Markdown,
    /// JSON for programs.
    Json,
}

/// Runs `gov release`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = configured(env)?;
    let config = &repo.config;
    let lang = config.lang;
    let history = super::KeptToExit::new(History::read(&repo, true)?);
    warn(&history, lang);
    let release = history
        .release(&args.tag)
        .ok_or_else(|| Error::UnknownRelease {
            tag: args.tag.clone(),
            known: history.release_names(),
        })?;
    if args.format == ReleaseFormat::Json {
        output::print_json(&release)?;
        return Ok(Outcome::Ok);
    }
    env.out
        .print(&crate::render::release::notes(config, &release))?;
    Ok(Outcome::Ok)
}
