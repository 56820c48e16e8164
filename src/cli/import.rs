//! `gov import`: adopt the records a community already keeps.

use std::path::PathBuf;

use super::{CmdResult, Env, Outcome, output, write_notes};
use crate::adopt::{self, Request};
use crate::error::ImportTrouble;
use crate::i18n::{CliMsg, t};
use crate::import::Format;
use crate::lock::WriteLock;

/// Give existing records front matter: Markdown, adr-tools, MADR, log4brains, forge issues.
///
/// Each file gets an ID (the format's own number where it has one and it
/// is free, else the next free number counting every branch) and the
/// fields its text names, above a body that stays byte for byte. Files
/// stay where they are. Templates, READMEs and files that are no records
/// are skipped and listed; a file with an ID is already imported, so a
/// second import changes nothing. `--dry-run` shows the plan and writes
/// nothing. All or nothing: an interrupted import is completed by the
/// next write command.
///
/// Examples:
///   gov import --dry-run
///   gov import beslutninger moeder
///   gov import --from github-issues issues.json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files and folders (default: the decision and meeting folders).
    pub paths: Vec<PathBuf>,
    /// The format to read (default: found file by file).
    #[arg(long, value_enum, default_value_t = From::Auto)]
    pub from: From,
    /// Show the plan without writing anything.
    #[arg(long, short = 'n')]
    pub dry_run: bool,
    /// Take the metadata lines that became fields out of the body.
    #[arg(long)]
    pub move_metadata: bool,
    /// The report as a table or as JSON.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

/// The values of `--from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum From {
    /// Find the format of each file.
    Auto,
    /// Community Markdown with bold-key metadata.
    Markdown,
    /// adr-tools (Nygard).
    AdrTools,
    /// MADR 2 to 4.
    Madr,
    /// log4brains.
    Log4brains,
    /// `gh issue list --json` output.
    GithubIssues,
}

/// The values of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// A table for people.
    Table,
    /// JSON for programs.
    Json,
}

impl From {
    fn format(self) -> Option<Format> {
        match self {
            From::Auto => None,
            From::Markdown => Some(Format::Markdown),
            From::AdrTools => Some(Format::AdrTools),
            From::Madr => Some(Format::Madr),
            From::Log4brains => Some(Format::Log4brains),
            From::GithubIssues => Some(Format::GithubIssues),
        }
    }
}

/// Runs `gov import`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let lang = repo.config.lang;
    let root = std::path::absolute(&repo.root)?;
    let mut paths = Vec::new();
    for p in &args.paths {
        let full = std::path::absolute(env.dir.join(p))?;
        let rel = full
            .strip_prefix(&root)
            .ok()
            .and_then(|r| r.to_str())
            .map(|r| r.replace('\\', "/"))
            .ok_or_else(|| crate::Error::ImportInput {
                path: p.display().to_string(),
                line: 0,
                column: 0,
                reason: ImportTrouble::Outside,
            })?;
        paths.push(rel.trim_matches('/').to_string());
    }
    let request = Request {
        from: args.from.format(),
        paths,
        move_metadata: args.move_metadata,
    };
    let plan = if args.dry_run {
        if crate::renumber::pending(&repo.root)?.is_some() {
            anyhow::bail!(t(lang, CliMsg::ImportPending));
        }
        adopt::plan(&repo, &request)?
    } else {
        let lock = WriteLock::acquire(&repo.root, &repo.config)?;
        write_notes::tidied(&lock, &repo.root, lang);
        // Read under the lock, after an interrupted write was completed.
        let repo = crate::record::Repository::load(repo.root.clone(), repo.config.clone());
        let plan = adopt::plan(&repo, &request)?;
        adopt::apply(&lock, &repo.root, &plan)?;
        plan
    };
    match args.format {
        ReportFormat::Json => output::print_json(&plan)?,
        ReportFormat::Table => env.out.print(&crate::render::import::report(
            &plan,
            lang,
            env.out.width,
            args.dry_run,
        ))?,
    }
    Ok(Outcome::Ok)
}
