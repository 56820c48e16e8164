//! `gov show`: one record, as its Markdown file or as JSON.

use serde::Serialize;

use super::output;
use super::{CmdResult, Env, Outcome};
use crate::record::Summary;

/// Show one record by its ID (or its path).
///
/// `--format markdown` (the default) prints the file as it is, except that
/// control characters other than line breaks and tabs are shown escaped
/// (`\x1b`), so a file cannot take over the terminal; `--format json`
/// prints the exact text: the summary that `gov list` gives plus `fields`
/// (all front matter) and `body`.
///
/// Examples:
///   gov show DEC-0003
///   gov show dec-3 --format json
///   gov show plans/000_87a61dafea0112c1.md
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The record's ID (case-insensitive; `DEC-3` finds `DEC-0003`) or path.
    pub id: String,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ShowFormat::Markdown)]
    pub format: ShowFormat,
}

/// Formats of `gov show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    /// The file as it is, control characters escaped.
    Markdown,
    /// The record as JSON.
    Json,
}

/// The JSON of `gov show --format json`.
#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    summary: Summary,
    fields: serde_json::Value,
    body: &'a str,
}

/// Runs `gov show`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let id = normalise(&args.id);
    let record = match repo.find(&id) {
        Ok(record) => record,
        Err(e) => {
            // The record may be in a file that could not be read: say which.
            if matches!(e, crate::Error::NotFound { .. }) {
                super::unread::outcome(&repo);
            }
            return Err(e.into());
        }
    };
    match args.format {
        // Escaped here, not only by `print`: a file's colour codes are not
        // gov's own.
        ShowFormat::Markdown => env.out.print(&crate::render::escape::text(&record.text))?,
        ShowFormat::Json => {
            let kind = repo.config.require_kind(&record.kind)?;
            output::print_json(&Shown {
                summary: Summary::of(record, kind),
                fields: record.fields_json(),
                body: record.body(),
            })?;
        }
    }
    Ok(Outcome::Ok)
}

/// `dec-3` → `DEC-0003`; anything that is not an ID is returned as is.
pub fn normalise(id: &str) -> String {
    crate::record::normalise_id(id)
}
