//! `gov list`: the records of the repository, filtered, as a table or JSON.

use super::output::{self, Format};
use super::{CmdResult, Env};
use crate::config::StatusMatch;
use crate::i18n::{Msg, t};
use crate::render::table::Table;

/// List records, optionally of one kind or status.
///
/// The table shows status labels in the configured language; `--format json`
/// prints one array of objects with `id`, `kind`, `title`, `status`
/// (canonical), `status_label` (as written), `date` (ISO or null) and `path`.
///
/// Examples:
///   gov list
///   gov list --kind decision --status godkendt
///   gov list --format json | jq '.[] | select(.status == "proposed") | .id'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only records of this kind (name or alias: decision, beslutning, …).
    #[arg(long, short)]
    pub kind: Option<String>,
    /// Only records with this status (canonical name, label or alias).
    #[arg(long, short)]
    pub status: Option<String>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Runs `gov list`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let config = &repo.config;
    let kind = config.optional_kind(args.kind.as_deref())?;
    let mut summaries = repo.summaries();
    if let Some(kind) = kind {
        summaries.retain(|s| s.kind == kind.name);
    }
    if let Some(word) = &args.status {
        summaries.retain(|s| {
            let Some(k) = config.kind(&s.kind) else {
                return false;
            };
            match k.match_status(word) {
                StatusMatch::Exact(def) => s.status.as_deref() == Some(def.id.as_str()),
                _ => s
                    .status_label
                    .as_deref()
                    .is_some_and(|l| l.eq_ignore_ascii_case(word)),
            }
        });
    }
    match args.format {
        Format::Json => output::print_json(&summaries)?,
        Format::Table => {
            let lang = config.lang;
            if summaries.is_empty() {
                env.out.print(&format!("{}\n", t(lang, Msg::NoRecords)))?;
                return Ok(super::unread::outcome(&repo));
            }
            let rows: Vec<Vec<String>> = summaries
                .iter()
                .map(|s| {
                    let kind_label = config.kind_label(&s.kind, lang);
                    let status = match &s.status {
                        Some(id) => config
                            .status_label(&s.kind, id, lang)
                            .map_or_else(|| id.clone(), str::to_string),
                        None => s
                            .status_label
                            .clone()
                            .map(|l| format!("?{l}"))
                            .unwrap_or_else(|| "-".into()),
                    };
                    vec![
                        s.id.clone(),
                        kind_label,
                        status,
                        s.date.clone().unwrap_or_else(|| "-".into()),
                        s.title.clone(),
                    ]
                })
                .collect();
            let header = [
                t(lang, Msg::ColId),
                t(lang, Msg::ColKind),
                t(lang, Msg::ColStatus),
                t(lang, Msg::ColDate),
                t(lang, Msg::ColTitle),
            ];
            let table = Table::new(&header).width(env.out.width).render(&rows);
            env.out.print(&table)?;
        }
    }
    Ok(super::unread::outcome(&repo))
}
