//! `gov validate`: the CI gate. Reads, never writes.

use super::{CmdResult, Env, Outcome};
use crate::check::{self, Counts, Diagnostic, Schemas};
use crate::render::{diagnostics, junit, rules};

/// Check the records and report each problem at its file, line and column.
///
/// Checks front matter, schemas, status words, dates, IDs, references,
/// links and encoding; with --base, IDs that collide with the base branch.
///
/// Exit status: 0 when there is no error (1 with --deny-warnings and a
/// warning), 1 when there are errors, 2 when gov could not run. Nothing in
/// the repository is ever written. `--rules` lists the rule codes; gov.yaml's
/// `rules:` changes their severity (`GOV031: off`).
///
/// Examples:
///   gov validate
///   gov validate --format github          # annotations in a GitHub pull request
///   gov validate --base origin/main       # before merging: IDs taken meanwhile
///   gov validate --history                # workflow, decided text, approvals over git history
///   gov validate --format json decisions/DEC-0003-fuld-stop.md
///   gov validate --rules
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Report only on these files (all records are still read, so
    /// references and duplicates are checked against the whole repository).
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Also check history: status moves against the workflow, decided text
    /// changed afterwards, approved minutes edited, approvals against the
    /// approval rules (reads git history; cached in .git/gov/).
    #[arg(long)]
    pub history: bool,
    /// Also report IDs this branch adds that REF uses for other records.
    #[arg(long, value_name = "REF")]
    pub base: Option<String>,
    /// Print the rules with their codes and severities, and exit.
    #[arg(long)]
    pub rules: bool,
}

/// Formats of `gov validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Messages with the offending line, for people.
    Human,
    /// A JSON array of {path, line, column, severity, code, message, hint}.
    Json,
    /// GitHub workflow commands (annotations on pull requests).
    Github,
    /// JUnit XML for CI dashboards.
    Junit,
}

/// Runs `gov validate`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let lang = repo.config.lang;
    if args.rules {
        env.out
            .print(&rules::table(&env.style(&repo.config, false)))?;
        return Ok(Outcome::Ok);
    }
    // Every path must name a record or a folder of records: checking
    // nothing is not a clean bill of health.
    let selected = args
        .paths
        .iter()
        .map(|p| repo.select(&env.dir, p))
        .collect::<crate::Result<Vec<_>>>()?;
    let schemas = Schemas::compile(&repo.root, &repo.config)?;
    let mut found = check::check_tree(&repo, &schemas);
    if args.history {
        let history = crate::trace::History::read(&repo, false)?;
        super::trace::said(&history, lang);
        found.extend(check::check_history(&repo, &history)?);
    }
    if let Some(base) = &args.base {
        found.extend(check::collisions(&repo, base)?);
    }
    let mut shown = check::finish(found, &repo.config, lang);
    let mut files: Vec<String> = repo.records.iter().map(|r| r.path.clone()).collect();
    if !selected.is_empty() {
        let wanted = |path: &str| selected.iter().any(|s| s.contains(path));
        shown.retain(|d| wanted(&d.path));
        files.retain(|f| wanted(f));
    }
    let text = match args.format {
        Format::Human => {
            // One map, not a search per finding: 100,000 records with
            // thousands of findings made the search the whole run.
            let texts: std::collections::HashMap<&str, &str> = repo
                .records
                .iter()
                .map(|r| (r.path.as_str(), r.text.as_str()))
                .collect();
            let source = |path: &str| texts.get(path).copied();
            let colour = env.out.colours.stdout;
            diagnostics::human(&shown, source, files.len(), lang, colour)
        }
        // JSON keeps the exact text (its own escapes make it safe), as
        // every other command's JSON does.
        Format::Json => {
            super::output::print_json(&shown)?;
            return Ok(outcome(&shown, args.deny_warnings));
        }
        Format::Github => diagnostics::github(&shown),
        Format::Junit => junit::junit(&shown, &files, args.deny_warnings),
    };
    env.out.print(&text)?;
    Ok(outcome(&shown, args.deny_warnings))
}

/// 1 on errors (or warnings with --deny-warnings), else 0.
fn outcome(diagnostics: &[Diagnostic], deny_warnings: bool) -> Outcome {
    let c = Counts::of(diagnostics);
    if c.errors > 0 || (deny_warnings && c.warnings > 0) {
        Outcome::Findings
    } else {
        Outcome::Ok
    }
}
