//! `gov meeting new` and `gov meeting approve`: a body's next meeting with
//! its agenda, and the approval of a meeting's minutes.

use super::output::Format;
use super::{CmdResult, Env, Outcome, write_notes};
use crate::i18n::{MeetingMsg, t};
use crate::lock::WriteLock;
use crate::meeting::{ApproveRequest, Planned, approve, new_meeting};
use crate::render;
use crate::report::PlanRequest;

/// Prepare meetings: write a body's next meeting with its agenda, and
/// approve a meeting's minutes.
///
/// Examples:
///   gov meeting new --body styregruppe
///   gov meeting new --body koordinationsgruppe --date 2026-12-08 --dry-run
///   gov meeting approve MTG-0004 --by "Agnete Moos" --by "Sofie Søndergaard"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub action: Action,
}

/// The meeting commands.
#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Write a body's next meeting with its agenda.
    ///
    /// The date is the annual cycle's next one for the body (`cycle:` in
    /// gov.yaml), after today and after the body's last meeting on file,
    /// unless --date gives it; start, end and place come from the cycle's
    /// event. The invited are the body's members (`bodies:`). The agenda:
    /// the body's standard opening items (`bodies.<id>.agenda`, default
    /// the approval of the agenda), the approval of the previous meeting's
    /// minutes when they are not approved, the records waiting for the
    /// body's approval, the change requests waiting for evaluation (the
    /// top `bodies.<id>.backlog_top` of the ranked backlog), the open
    /// action items of the body's meetings, and the closing items
    /// (`bodies.<id>.closing`, default any other business). Each item
    /// names the records it is about. The meeting is written like
    /// `gov new` writes a record: a new ID, the kind's template, never
    /// over an existing file. --dry-run shows it and writes nothing.
    ///
    /// Examples:
    ///   gov meeting new --body styregruppe
    ///   gov meeting new --body SG --date 3.12.2026 --dry-run
    ///   gov meeting new --body koordinationsgruppe --format json
    #[command(verbatim_doc_comment)]
    New(NewArgs),
    /// Approve a meeting's minutes.
    ///
    /// The status becomes minutes_approved (Referat godkendt), the day
    /// is written as `minutes_approved`, and the members named with --by
    /// as `approved_by`, all in one write that keeps every other byte.
    /// When gov.yaml's `approval: meeting:` rule asks for a quorum, the
    /// names must be members of the body that approves and at least the
    /// quorum; otherwise, or when the workflow does not allow the step
    /// (a meeting not yet held), nothing is written (exit 2).
    ///
    /// Examples:
    ///   gov meeting approve MTG-0004
    ///   gov meeting approve MTG-0004 --by "Agnete Moos" --by jens@aarhus.dk
    ///   gov meeting approve MTG-0004 --by "Agnete Moos" --dry-run
    #[command(verbatim_doc_comment)]
    Approve(ApproveArgs),
}

/// Arguments of `gov meeting new`.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The body that meets (its id, label or alias under `bodies:`).
    #[arg(long, value_name = "BODY")]
    pub body: String,
    /// The day (default: the annual cycle's next one); Danish forms are
    /// read day-first.
    #[arg(long, value_name = "DATE", value_parser = super::status::parse_date)]
    pub date: Option<jiff::civil::Date>,
    /// The title (default: the cycle event's title and the day).
    #[arg(long, short)]
    pub title: Option<String>,
    /// Show the meeting and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Arguments of `gov meeting approve`.
#[derive(Debug, clap::Args)]
pub struct ApproveArgs {
    /// The meeting's ID (or path).
    pub id: String,
    /// A member who approves, by name or e-mail address (repeatable).
    #[arg(long, value_name = "NAME")]
    pub by: Vec<String>,
    /// Show what would change and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `gov meeting`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    match args.action {
        Action::New(args) => new(env, args),
        Action::Approve(args) => approve_minutes(env, args),
    }
}

fn new(env: &Env, args: NewArgs) -> CmdResult {
    let today = super::new::today()?;
    let request = PlanRequest {
        body: args.body,
        date: args.date,
        title: args.title,
    };
    let (root, config) = located(env)?;
    let lock = match args.dry_run {
        true => None,
        false => Some(WriteLock::acquire(&root, &config)?),
    };
    if let Some(lock) = &lock {
        write_notes::tidied(lock, &root, config.lang);
    }
    // The records are read under the lock, so the agenda and the ID are
    // those of the repository as it is written.
    let repo = crate::record::Repository::load(root, config);
    let planned = new_meeting(&repo, lock.as_ref(), &request, today)
        .map_err(|e| super::status::lift(repo.config.lang, e))?;
    drop(lock);
    let config = repo.config;
    let lang = config.lang;
    let (meeting, text, warnings) = match planned {
        Planned::Written {
            meeting,
            text,
            warnings,
        } => (meeting, text, warnings),
        Planned::Refused {
            path,
            text,
            diagnostics,
        } => {
            return Err(write_notes::refusal(
                &diagnostics,
                &path,
                &text,
                lang,
                &env.out,
            ));
        }
    };
    write_notes::warnings(&warnings, &meeting.path, &text, lang, &env.out);
    match args.format {
        Format::Table => env
            .out
            .print(&render::agenda::table(&meeting, &env.style(&config, false)))?,
        Format::Json => super::output::print_exact(&render::agenda::json(&meeting))?,
    }
    Ok(Outcome::Ok)
}

/// The repository's root and configuration (with `--lang`), without
/// reading the records: a write command reads them under the lock.
fn located(env: &Env) -> anyhow::Result<(std::path::PathBuf, crate::config::Config)> {
    let root = crate::record::find_root(&env.dir)?;
    let mut config = crate::config::Config::load(&root, std::env::vars())?;
    if let Some(lang) = env.lang {
        config.lang = lang;
    }
    Ok((root, config))
}

fn approve_minutes(env: &Env, args: ApproveArgs) -> CmdResult {
    let (root, config) = located(env)?;
    let lang = config.lang;
    let today = super::new::today()?;
    let request = ApproveRequest {
        target: super::show::normalise(&args.id),
        by: args.by,
    };
    let outcome = if args.dry_run {
        approve(None, &root, &config, &request, today)?
    } else {
        let lock = WriteLock::acquire(&root, &config)?;
        write_notes::tidied(&lock, &root, lang);
        approve(Some(&lock), &root, &config, &request, today)?
    };
    let done = write_notes::settled(outcome, lang, &env.out)?;
    let (path, Some(text)) = (done.path, done.text) else {
        return Ok(Outcome::Ok);
    };
    if args.dry_run {
        super::output::eprint_line(&format!("{path}: {}", t(lang, MeetingMsg::DryRun)));
        env.out.print(&text)?;
    } else {
        super::output::eprint_line(&format!("{path}: {}", t(lang, MeetingMsg::Approved)));
        env.out.print(&format!("{path}\n"))?;
    }
    Ok(Outcome::Ok)
}
