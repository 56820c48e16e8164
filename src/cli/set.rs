//! `gov set`: change front matter in place, keeping every other byte.

use anyhow::Context as _;

use super::{CmdResult, Env, Outcome};
use crate::config::StatusMatch;
use crate::i18n::{Msg, t};
use crate::record::{Assignment, DATE_KEYS, Edit, Summary, apply_edits, nearest};
use crate::{Error, date, fsutil};

/// Change front matter of a record in place.
///
/// Only the values named change; comments, key order, quoting and line ends
/// of everything else stay byte for byte. `key=text` sets a string;
/// `key:=yaml` sets a typed value (number, list, null). Status words are
/// checked against the kind's vocabulary and workflow (draft → accepted is
/// fine, accepted → draft is not), and dates (`date`, `due`) are written as
/// ISO yyyy-mm-dd; `--force` skips these checks.
///
/// Examples:
///   gov set DEC-0003 status=accepted
///   gov set DEC-0003 status=Godkendt "status_note=Godkendt på styregruppemødet"
///   gov set CR-0012 priority:=2 "support:=[Aarhus, Sønderborg]"
///   gov set TASK-0004 due=1/7-2026 --unset source
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The record's ID (or path).
    pub id: String,
    /// Assignments: `key=text` or `key:=yaml`.
    #[arg(value_name = "KEY=VALUE")]
    pub assignments: Vec<String>,
    /// Remove a key (repeatable).
    #[arg(long, value_name = "KEY")]
    pub unset: Vec<String>,
    /// Write values even when they are not known status words or dates.
    #[arg(long)]
    pub force: bool,
}

/// The canonical status a written word stands for, if it is known.
fn canonical(kind: &crate::config::Kind, word: &str) -> Option<String> {
    match kind.match_status(word) {
        StatusMatch::Exact(s) | StatusMatch::WithNote(s, _) => Some(s.id.clone()),
        StatusMatch::Unknown => None,
    }
}

/// Runs `gov set`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    if args.assignments.is_empty() && args.unset.is_empty() {
        anyhow::bail!("nothing to set: give key=value or --unset KEY");
    }
    let repo = env.repository()?;
    let record = repo.find(&super::show::normalise(&args.id))?;
    let kind = repo.config.require_kind(&record.kind)?;
    let mut edits = Vec::new();
    for arg in &args.assignments {
        let mut edit = Assignment::parse(arg)?;
        if let Edit::Set {
            key,
            value: serde_json::Value::String(text),
        } = &mut edit
            && !args.force
        {
            if key == "status"
                && let Some(to) = canonical(kind, text)
                && let Some(from) = Summary::of(record, kind).status
                && let Err(allowed) = kind.allows(&from, &to)
            {
                let id = Summary::of(record, kind).id;
                return Err(Error::Transition {
                    id,
                    kind: kind.name.clone(),
                    from,
                    to,
                    allowed,
                }
                .into());
            }
            if key == "status" && matches!(kind.match_status(text), StatusMatch::Unknown) {
                return Err(Error::UnknownStatus {
                    word: text.clone(),
                    kind: kind.name.clone(),
                    known: kind.status_ids(),
                    nearest: nearest(text, kind.status_words()),
                }
                .into());
            }
            if DATE_KEYS.contains(&key.as_str()) {
                let parsed = date::parse(text).map_err(|e| Error::BadAssignment {
                    arg: arg.clone(),
                    reason: e.to_string(),
                })?;
                *text = date::iso(parsed.date);
            }
        }
        edits.push(edit);
    }
    edits.extend(
        args.unset
            .iter()
            .map(|key| Edit::Unset { key: key.clone() }),
    );
    let text = apply_edits(record, &edits)?;
    let lang = repo.config.lang;
    if text == record.text {
        super::output::eprint_line(&format!("{}: {}", record.path, t(lang, Msg::SetUnchanged)));
    } else {
        let path = repo.path_of(record);
        fsutil::replace(&path, record.text.as_bytes(), text.as_bytes())
            .with_context(|| format!("writing {}", record.path))?;
        super::output::eprint_line(&format!("{}: {}", record.path, t(lang, Msg::SetChanged)));
    }
    super::output::print(&format!("{}\n", record.path))?;
    Ok(Outcome::Ok)
}
