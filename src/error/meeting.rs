//! Why `gov meeting new` cannot plan a meeting or `gov meeting approve`
//! cannot approve its minutes, as data, said in the user's language by
//! [`MeetingRefusal::message`] (exit 2, nothing written).

use crate::i18n::{Lang, MeetingMsg as M, t};
use crate::tr;

/// Why a meeting command refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetingRefusal {
    /// `--body` names no body under `bodies:`.
    UnknownBody {
        /// As given.
        name: String,
        /// The ids of the bodies declared.
        known: Vec<String>,
    },
    /// The annual cycle has no date for the body after the day given.
    NoCycleDate {
        /// The body's label.
        body: String,
        /// The day after which none was found (ISO).
        after: String,
    },
    /// The workflow does not allow the step to minutes_approved.
    Workflow {
        /// The meeting's ID.
        id: String,
        /// Its status's label.
        from: String,
        /// The labels of the statuses it may move to.
        allowed: Vec<String>,
    },
    /// The minutes are approved already.
    AlreadyApproved {
        /// The meeting's ID.
        id: String,
    },
    /// The record to approve is no meeting.
    NotAMeeting {
        /// Its ID.
        id: String,
    },
    /// A meeting whose minutes are approved under a quorum names no body.
    NoBody {
        /// The meeting's ID.
        id: String,
    },
    /// A name given with `--by` is not a member of the body.
    NotAMember {
        /// As given.
        name: String,
        /// The body's label.
        body: String,
        /// The members' names.
        members: Vec<String>,
    },
    /// Fewer distinct members given with `--by` than the rule's quorum.
    QuorumNotMet {
        /// The meeting's ID.
        id: String,
        /// The body's label.
        body: String,
        /// Distinct members named.
        named: usize,
        /// The quorum asked for.
        quorum: u32,
    },
}

impl MeetingRefusal {
    /// Why, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MeetingRefusal::UnknownBody { name, known } if known.is_empty() => {
                tr!(lang, M::NoBodies, name)
            }
            MeetingRefusal::UnknownBody { name, known } => {
                tr!(lang, M::UnknownBody, name, known = known.join(", "))
            }
            MeetingRefusal::NoCycleDate { body, after } => {
                tr!(lang, M::NoCycleDate, body, after)
            }
            MeetingRefusal::NoBody { id } => tr!(lang, M::NoBody, id),
            MeetingRefusal::Workflow { id, from, allowed } => {
                tr!(lang, M::Workflow, id, from, allowed = allowed.join(", "))
            }
            MeetingRefusal::AlreadyApproved { id } => tr!(lang, M::AlreadyApproved, id),
            MeetingRefusal::NotAMeeting { id } => tr!(lang, M::NotAMeeting, id),
            MeetingRefusal::NotAMember {
                name,
                body,
                members,
            } => tr!(
                lang,
                M::NotAMember,
                name,
                body,
                members = members.join(", ")
            ),
            MeetingRefusal::QuorumNotMet {
                id,
                body,
                named,
                quorum,
            } => tr!(lang, M::QuorumNotMet, id, body, named, quorum),
        }
    }

    /// What to do about it, when there is something to suggest.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        match self {
            MeetingRefusal::NoCycleDate { .. } => Some(t(lang, M::NoCycleDateHint).to_string()),
            MeetingRefusal::QuorumNotMet { .. } => Some(t(lang, M::QuorumHint).to_string()),
            _ => None,
        }
    }
}
