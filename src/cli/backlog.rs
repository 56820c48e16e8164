//! `gov backlog`: the open change requests ranked by score, and
//! `gov backlog move` to place one by hand.

use super::status::{ReportFormat, lift};
use super::{CmdResult, Env, Outcome};
use crate::i18n::{Msg, t};
use crate::render;
use crate::report::{self, ManualOrder, MoveOutcome};

/// Rank the open change requests by the scoring model in gov.yaml, then
/// apply the manual moves made with `gov backlog move`.
///
/// The score is (Σ weight × evaluation field + support × member
/// organisations backing the request + category points) / effort, with the
/// weights under `backlog:` in gov.yaml; equal scores rank the older
/// request first. `--explain` shows each score's terms. A rank marked `*`
/// was placed by hand. `--format json` prints the ranked array with `rank`,
/// `id`, `title`, `path`, `score`, `score_rank`, `moved_before` and `terms`.
///
/// Examples:
///   gov backlog
///   gov backlog --explain
///   gov backlog --format markdown > backlog.md
///   gov backlog move CR-0012 --before CR-0007
///   gov backlog move CR-0012 --auto
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// What to do instead of listing.
    #[command(subcommand)]
    pub action: Option<Action>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// Show how each score came about.
    #[arg(long)]
    pub explain: bool,
}

/// Changes to the backlog's order.
#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Put a change request right before another, whatever their scores.
    ///
    /// The move is kept in the backlog's order file (backlog/order.yaml)
    /// and replayed over every later ranking, so it survives rescoring.
    /// `--auto` drops a request's placement: it follows its score again.
    ///
    /// Examples:
    ///   gov backlog move CR-0012 --before CR-0007
    ///   gov backlog move cr-12 --auto
    #[command(verbatim_doc_comment)]
    Move(MoveArgs),
}

/// Arguments of `gov backlog move`.
#[derive(Debug, clap::Args)]
pub struct MoveArgs {
    /// The change request to move (ID or path).
    pub id: String,
    /// The change request to put it in front of.
    #[arg(
        long,
        value_name = "OTHER",
        required_unless_present = "auto",
        conflicts_with = "auto"
    )]
    pub before: Option<String>,
    /// Drop the manual placement: rank it by its score again.
    #[arg(long)]
    pub auto: bool,
}

/// Runs `gov backlog`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let lang = repo.config.lang;
    if let Some(Action::Move(m)) = args.action {
        let id = super::show::normalise(&m.id);
        let before = m.before.as_deref().map(super::show::normalise);
        let today = super::new::today()?;
        let said = match report::move_request(&repo, &id, before.as_deref(), today)
            .map_err(|e| lift(lang, e))?
        {
            MoveOutcome::Moved { file, id, before } => {
                format!("{file}: {id} {} {before}\n", t(lang, Msg::BacklogMoved))
            }
            MoveOutcome::Cleared { file, id } => {
                format!("{file}: {id} {}\n", t(lang, Msg::BacklogCleared))
            }
            MoveOutcome::NothingToClear { id } => {
                format!("{id} {}\n", t(lang, Msg::BacklogNothingToClear))
            }
        };
        env.out.print(&said)?;
        return Ok(Outcome::Ok);
    }
    let (order, _) =
        ManualOrder::load(&repo.root, &repo.config).map_err(|e| lift(repo.config.lang, e))?;
    let backlog = report::rank(&repo, &order);
    let style = env.style(&repo.config, args.explain);
    env.out.print(&render::backlog::render(
        &backlog,
        args.format.into(),
        &style,
    ))?;
    Ok(super::unread::outcome(&repo))
}
