//! `gov meeting new`: the planned meeting written as a new record.

use jiff::civil::Date;

use crate::check::Diagnostic;
use crate::create::{self, BodySection, Creation, NewRecord};
use crate::lock::WriteLock;
use crate::record::{Edit, Repository};
use crate::report::{MeetingPlan, NewMeeting, PlanRequest, ReportError, plan};

/// What `gov meeting new` did.
#[derive(Debug, Clone)]
pub enum Planned {
    /// The meeting was written (or, without a lock, would be).
    Written {
        /// The meeting and its agenda, with its ID and path.
        meeting: Box<NewMeeting>,
        /// The new file's text.
        text: String,
        /// What validation found, written anyway (warnings only).
        warnings: Vec<Diagnostic>,
    },
    /// Nothing was written: the meeting would break validation.
    Refused {
        /// The path it would have had.
        path: String,
        /// The text it would have had.
        text: String,
        /// The errors.
        diagnostics: Vec<Diagnostic>,
    },
}

/// Plans the next meeting of a body in `repo` and writes it, when `lock`
/// is given (the records were read under it); without it, nothing is
/// written and the result is what would be (`--dry-run`).
pub fn new_meeting(
    repo: &Repository,
    lock: Option<&WriteLock>,
    request: &PlanRequest,
    today: Date,
) -> Result<Planned, ReportError> {
    let meeting = plan(repo, request, today)?;
    let new = record(&meeting, repo.config.lang);
    let creation = match lock {
        Some(lock) => create::create_in(lock, repo, &new, today)?,
        None => create::preview(repo, &new, today)?,
    };
    Ok(match creation {
        Creation::Created(created) => Planned::Written {
            meeting: Box::new(NewMeeting {
                id: created.id,
                path: created.path,
                dry_run: lock.is_none(),
                meeting,
            }),
            text: created.text,
            warnings: created.warnings,
        },
        Creation::Refused {
            path,
            text,
            diagnostics,
        } => Planned::Refused {
            path,
            text,
            diagnostics,
        },
    })
}

/// The `gov new` request that writes the meeting: its front matter as
/// edits of the template's, its agenda in place of the template's.
fn record(meeting: &MeetingPlan, lang: crate::i18n::Lang) -> NewRecord {
    let text = |key: &str, value: &str| {
        let edit = Edit::Set {
            key: key.to_string(),
            value: value.into(),
        };
        (format!("{key}={value}"), edit)
    };
    let mut edits = vec![text("body", &meeting.body)];
    for (key, value) in [
        ("start", &meeting.start),
        ("end", &meeting.end),
        ("place", &meeting.place),
    ] {
        if let Some(value) = value {
            edits.push(text(key, value));
        }
    }
    let invited = Edit::Set {
        key: "invited".into(),
        value: meeting.invited.clone().into(),
    };
    edits.push(("invited:=[…]".into(), invited));
    NewRecord {
        kind: "meeting".into(),
        title: meeting.title.clone(),
        edits,
        date: Some(meeting.date),
        section: Some(BodySection {
            opens: crate::import::opens_agenda,
            text: crate::render::agenda::section(&meeting.agenda, lang),
        }),
        ..NewRecord::default()
    }
}
