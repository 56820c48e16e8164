//! `gov schema export`: the JSON Schemas of the kinds, for editors.

use std::path::PathBuf;

use super::{CmdResult, Env, Outcome, output};
use crate::i18n::CliMsg;
use crate::{Error, check, fsutil, tr};

/// Work with the JSON Schemas of the record kinds.
///
/// `gov schema export DIR` writes `<kind>.schema.json` for every kind (the
/// effective schema: built in, replaced or extended by gov.yaml), so editors
/// with yaml-language-server validate front matter while people type.
///
/// Examples:
///   gov schema export .schemas
///   gov schema print decision
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub action: Action,
}

/// Actions of `gov schema`.
#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Write each kind's schema to DIR/<kind>.schema.json (existing files are replaced).
    Export {
        /// The folder to write to (created if missing).
        #[arg(value_name = "DIR")]
        out: PathBuf,
    },
    /// Print one kind's schema.
    Print {
        /// The kind.
        kind: String,
    },
}

/// Runs `gov schema`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    match args.action {
        Action::Print { kind } => {
            let kind = repo.config.require_kind(&kind)?;
            match check::schema::effective(&repo.root, kind)? {
                Some(schema) => output::print_json(&schema)?,
                None => anyhow::bail!(tr!(
                    repo.config.lang,
                    CliMsg::NoSchema,
                    kind = kind.label.get(repo.config.lang)
                )),
            }
        }
        Action::Export { out } => {
            let dir = if out.is_absolute() {
                out
            } else {
                env.dir.join(out)
            };
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            let mut written = String::new();
            for kind in &repo.config.kinds {
                let Some(schema) = check::schema::effective(&repo.root, kind)? else {
                    continue;
                };
                let path = dir.join(format!("{}.schema.json", kind.name));
                let text = format!("{}\n", serde_json::to_string_pretty(&schema)?);
                let old = std::fs::read(&path).ok();
                match old {
                    Some(old) => fsutil::replace(&path, &old, text.as_bytes())?,
                    None => fsutil::create_new(&path, text.as_bytes())?,
                }
                written.push_str(&format!("{}\n", path.display()));
            }
            env.out.print(&written)?;
        }
    }
    Ok(Outcome::Ok)
}
