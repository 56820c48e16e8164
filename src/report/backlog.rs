//! The ranked backlog: the open change requests, ordered by score (ties by
//! age, oldest first), then the manual moves replayed over that order.

use serde::Serialize;

use super::ReportError;
use super::order::{ManualOrder, Move, order_path};
use super::score::{Divisor, Term, score};
use crate::i18n::Labels;
use crate::record::{Record, Repository, Summary, scalar_text};

/// The name of the kind the backlog ranks.
pub const CHANGE: &str = "change";

/// One change request in the ranking. `gov backlog --format json` prints
/// an array of these.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// Position in the backlog, from 1.
    pub rank: usize,
    /// The record's ID.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Path relative to the root.
    pub path: String,
    /// The canonical status.
    pub status: Option<String>,
    /// The score under the configured model.
    pub score: f64,
    /// Position by score alone, before manual moves.
    pub score_rank: usize,
    /// The request it was manually put in front of, when a move placed it.
    pub moved_before: Option<String>,
    /// The canonical category (`change`, `fault`, `security`).
    pub category: Option<String>,
    /// The record's date (ISO): its age breaks ties.
    pub date: Option<String>,
    /// The member organisations counted for support.
    pub supporters: Vec<String>,
    /// The `priority` as written by the coordination group, if any.
    pub priority: Option<String>,
    /// The release it is planned for, if any.
    pub target_release: Option<String>,
    /// True when it carries at least one evaluation score.
    pub evaluated: bool,
    /// The addends of the score.
    pub terms: Vec<Term>,
    /// What the sum was divided by.
    pub divisor: Option<Divisor>,
}

/// The backlog with the moves that no longer apply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Backlog {
    /// The ranking.
    pub items: Vec<Ranked>,
    /// Moves naming a request that is no longer in the backlog.
    pub lapsed: Vec<Move>,
}

/// Ranks the open change requests of `repo`, replaying `order`.
pub fn rank(repo: &Repository, order: &ManualOrder) -> Backlog {
    let config = &repo.config;
    let Some(kind) = config.kind(CHANGE) else {
        return Backlog {
            items: Vec::new(),
            lapsed: order.moves.clone(),
        };
    };
    let mut items: Vec<Ranked> = repo
        .records
        .iter()
        .filter(|r| r.kind == kind.name)
        .filter_map(|r| {
            let s = Summary::of(r, kind);
            config
                .status
                .is_open(CHANGE, s.status.as_deref())
                .then(|| ranked(r, s, kind, config))
        })
        .collect();
    items.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| match (&a.date, &b.date) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| a.id.cmp(&b.id))
    });
    for (i, item) in items.iter_mut().enumerate() {
        item.score_rank = i + 1;
    }
    let mut lapsed = Vec::new();
    for m in &order.moves {
        let at =
            |id: &str, items: &[Ranked]| items.iter().position(|r| r.id.eq_ignore_ascii_case(id));
        match (at(&m.id, &items), at(&m.before, &items)) {
            (Some(from), Some(_)) if !m.id.eq_ignore_ascii_case(&m.before) => {
                let mut item = items.remove(from);
                let to = at(&m.before, &items).unwrap_or(0);
                item.moved_before = items.get(to).map(|r| r.id.clone());
                items.insert(to, item);
            }
            _ => lapsed.push(m.clone()),
        }
    }
    for (i, item) in items.iter_mut().enumerate() {
        item.rank = i + 1;
    }
    Backlog { items, lapsed }
}

fn ranked(
    r: &Record,
    s: Summary,
    kind: &crate::config::Kind,
    config: &crate::config::Config,
) -> Ranked {
    let scored = score(r, kind, &config.backlog);
    let text = |k: &str| {
        r.field(k)
            .and_then(scalar_text)
            .filter(|v| !v.trim().is_empty())
    };
    Ranked {
        rank: 0,
        id: s.id,
        title: s.title,
        path: s.path,
        status: s.status,
        score: scored.score,
        score_rank: 0,
        moved_before: None,
        category: scored.category,
        date: s.date,
        supporters: scored.supporters,
        priority: text("priority"),
        target_release: text("target_release"),
        evaluated: scored.evaluated,
        terms: scored.terms,
        divisor: scored.divisor,
    }
}

/// What `gov backlog move` did, with the IDs as the records hold them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoveOutcome {
    /// `id` was placed right before `before`; the file was written.
    Moved {
        /// The order file, relative to the root.
        file: String,
        /// The request moved.
        id: String,
        /// The request it now stands before.
        before: String,
    },
    /// The request's placement was dropped; it follows its score again.
    Cleared {
        /// The order file, relative to the root.
        file: String,
        /// The request.
        id: String,
    },
    /// There was no placement to drop.
    NothingToClear {
        /// The request.
        id: String,
    },
}

/// Puts `id` right before `before` (or, with `before` = `None`, drops its
/// placement) and writes the order file, under the repository's lock, only
/// if nobody changed the file meanwhile.
pub fn move_request(
    repo: &Repository,
    id: &str,
    before: Option<&str>,
    today: jiff::civil::Date,
) -> Result<MoveOutcome, ReportError> {
    let _lock = crate::create::lock(&repo.root)?;
    let (mut order, old) = ManualOrder::load(&repo.root, &repo.config)?;
    let file = super::order::order_file(&repo.config);
    let moved = in_backlog(repo, id)?;
    let target = match before {
        Some(before) => {
            let target = in_backlog(repo, before)?;
            if target.eq_ignore_ascii_case(&moved) {
                return Err(ReportError::BeforeItself { id: moved });
            }
            order.record(&moved, &target, Some(crate::date::iso(today)));
            Some(target)
        }
        None if order.clear(&moved) => None,
        None => return Ok(MoveOutcome::NothingToClear { id: moved }),
    };
    let path = order_path(&repo.root, &repo.config);
    let text = order.to_yaml(repo.config.lang);
    match old {
        Some(old) => crate::fsutil::replace(&path, &old, text.as_bytes())?,
        None => crate::fsutil::create_new(&path, text.as_bytes())?,
    }
    Ok(match target {
        Some(before) => MoveOutcome::Moved {
            file,
            id: moved,
            before,
        },
        None => MoveOutcome::Cleared { file, id: moved },
    })
}

/// The ID of the open change request `id` names, or why it cannot move.
fn in_backlog(repo: &Repository, id: &str) -> Result<String, ReportError> {
    let record = repo.find(id)?;
    let kind = repo.config.kind(&record.kind);
    let summary = kind.map(|k| Summary::of(record, k));
    match summary {
        Some(s) if s.kind == CHANGE && repo.config.status.is_open(CHANGE, s.status.as_deref()) => {
            Ok(s.id)
        }
        Some(s) => Err(ReportError::NotInBacklog {
            id: s.id,
            kind: repo
                .config
                .kind(&s.kind)
                .map(|k| k.label.clone())
                .unwrap_or_else(|| Labels::same(&s.kind)),
            status: s.status_label,
        }),
        None => Err(ReportError::NotInBacklog {
            id: id.to_string(),
            kind: Labels::same(&record.kind),
            status: None,
        }),
    }
}
