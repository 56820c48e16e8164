//! `gov new`: create a record from its kind's template.

use super::{CmdResult, Env, Outcome, write_notes};
use crate::create::{self, Creation, NewRecord};
use crate::i18n::{Msg, t};
use crate::lock::WriteLock;
use crate::record::Assignment;
use crate::{Error, date};

/// Create a record from its kind's template and print its path.
///
/// The ID is one more than the highest in use for the kind, in the working
/// tree and on every local and remote-tracking branch, so two people who
/// have fetched each other's work never pick the same number. The file is
/// `<folder>/<ID>-<slug>.md`; it is never written over an existing file.
/// Values given with --set are checked like `gov validate` checks them; one
/// that adds an error is refused (exit 2, nothing written) unless --force.
///
/// Kinds: decision (DEC), change (CR), meeting (MTG), task (TASK), plan
/// (PLAN), and those declared in gov.yaml; Danish names work too
/// (beslutning, ændring, møde, opgave).
///
/// Examples:
///   gov new decision --title "Fuld stop for nye ønsker" --type SDR
///   gov new change --title "Kiosk-tilstand" --set submitted_by=Sønderborg
///   gov new decision --title "Ny leverandøraftale" --supersedes DEC-0002
///   gov new møde --title "Styregruppemøde august" --date 6.8.2026 --edit
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The kind of record.
    pub kind: String,
    /// The title.
    #[arg(long, short)]
    pub title: String,
    /// The type, for kinds with types (decision: ADR, SDR, ODR).
    #[arg(long = "type", value_name = "TYPE")]
    pub kind_type: Option<String>,
    /// Front matter to set: `key=text` or `key:=yaml` (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    /// A record this one supersedes; it is marked superseded and linked back.
    #[arg(long, value_name = "ID")]
    pub supersedes: Vec<String>,
    /// The record's date (default: today); Danish forms are read day-first.
    #[arg(long)]
    pub date: Option<String>,
    /// Supersede a record even when its workflow does not allow it (a
    /// draft), and write `--set` values even when validation rejects them.
    #[arg(long)]
    pub force: bool,
    /// Open the new record in $VISUAL or $EDITOR.
    #[arg(long, short)]
    pub edit: bool,
    /// Which of the kind's folders to write in, when gov.yaml gives it
    /// several (a log4brains package's); default: the first.
    #[arg(long, value_name = "FOLDER")]
    pub folder: Option<String>,
}

/// Today, or `GOV_TODAY` (ISO) for reproducible runs.
pub fn today() -> anyhow::Result<jiff::civil::Date> {
    match std::env::var("GOV_TODAY") {
        Ok(text) => Ok(date::parse(&text)
            .map_err(|error| Error::BadDate {
                arg: format!("GOV_TODAY={text}"),
                error,
            })?
            .date),
        Err(_) => Ok(jiff::ZonedDateTime::now().date()),
    }
}

/// Runs `gov new`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = env.repository()?;
    let date = args
        .date
        .as_deref()
        .map(|d| {
            date::parse(d)
                .map(|p| p.date)
                .map_err(|error| Error::BadDate {
                    arg: format!("--date {d}"),
                    error,
                })
        })
        .transpose()?;
    let edits = args
        .set
        .iter()
        .map(|a| Assignment::parse(a).map(|edit| (a.clone(), edit)))
        .collect::<Result<Vec<_>, _>>()?;
    let new = NewRecord {
        kind: args.kind,
        title: args.title,
        kind_type: args.kind_type,
        edits,
        supersedes: args
            .supersedes
            .iter()
            .map(|s| super::show::normalise(s))
            .collect(),
        date,
        force: args.force,
        section: None,
        folder: args.folder,
    };
    let today = today()?;
    let lang = repo.config.lang;
    let lock = WriteLock::acquire(&repo.root, &repo.config)?;
    write_notes::tidied(&lock, &repo.root, lang);
    let created = match create::create(&lock, &repo.root, &repo.config, &new, today)? {
        Creation::Created(created) => created,
        Creation::Refused {
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
    drop(lock);
    write_notes::warnings(
        &created.warnings,
        &created.path,
        &created.text,
        lang,
        &env.out,
    );
    for (id, path) in &created.superseded {
        super::output::eprint_line(&format!(
            "{path}: {id} {} {}",
            t(repo.config.lang, Msg::Superseded),
            created.id
        ));
    }
    env.out.print(&format!("{}\n", created.path))?;
    if args.edit {
        edit(&repo.root.join(&created.path))?;
    }
    Ok(Outcome::Ok)
}

/// Opens a file in the user's editor and waits for it. The editor is run
/// the way git runs it, through the shell (`sh -c '$EDITOR "$@"' $EDITOR
/// path`), so `code --wait`, a quoted program path with spaces, and a file
/// path with spaces all work.
fn edit(path: &std::path::Path) -> anyhow::Result<()> {
    let editor = ["GOV_EDITOR", "VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    let status = editor_command(&editor, path)
        .status()
        .map_err(|e| Error::Editor {
            editor: editor.clone(),
            message: e.to_string(),
        })?;
    if !status.success() {
        return Err(Error::EditorFailed {
            editor,
            status: status.to_string(),
        }
        .into());
    }
    Ok(())
}

/// The command that runs `editor` on `path`: the shell on Unix; elsewhere
/// the words of `editor`, split at spaces.
fn editor_command(editor: &str, path: &std::path::Path) -> std::process::Command {
    if cfg!(unix) {
        let mut cmd = std::process::Command::new("sh");
        cmd.arg("-c")
            .arg(format!("{editor} \"$@\""))
            .arg(editor)
            .arg(path);
        cmd
    } else {
        let mut words = editor.split_whitespace();
        let mut cmd = std::process::Command::new(words.next().unwrap_or("notepad"));
        cmd.args(words).arg(path);
        cmd
    }
}
