//! `gov roadmap` as a model: plans and change requests placed on a
//! timeline of quarters by their target (DEC-0053), with what could not
//! be placed listed apart and why. What to show, not how:
//! `render::roadmap` and `render::timeline` show it.
//!
//! Built from any records (the working tree's for `gov roadmap`, the
//! approved versions for `gov publish`), so the site's roadmap and the
//! command's never place a record differently.

use jiff::civil::Date;
use serde::Serialize;

use crate::config::Config;
use crate::quarter::{Quarter, Span};
use crate::record::{Record, Summary};
use crate::trace::{ReleaseTag, planned_of, tag_of};

const PLAN: &str = "plan";
const CHANGE: &str = "change";

/// What `gov roadmap` shows.
#[derive(Debug, Clone, Serialize)]
pub struct Roadmap {
    /// The first quarter shown.
    pub from: Quarter,
    /// The last quarter shown.
    pub to: Quarter,
    /// The day marked on the timeline (ISO).
    pub today: String,
    /// The records with a target that touches the window, by start.
    pub items: Vec<RoadmapItem>,
    /// The records with a target outside the window.
    pub outside: Vec<RoadmapItem>,
    /// The records on the roadmap that have no target gov can place.
    pub unplaced: Vec<Unplaced>,
}

/// A record placed on the timeline.
#[derive(Debug, Clone, Serialize)]
pub struct RoadmapItem {
    /// Its ID.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its kind (`plan`, `change`).
    pub kind: String,
    /// Its canonical type (`roadmap`, `strategy`, `fault`), if any.
    #[serde(rename = "type")]
    pub kind_type: Option<String>,
    /// Its canonical status.
    pub status: Option<String>,
    /// Its file, relative to the root.
    pub path: String,
    /// The first quarter of its target.
    pub from: Quarter,
    /// The last quarter of its target.
    pub to: Quarter,
    /// Where the target came from.
    pub target: Target,
}

/// Where a record's place came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    /// The field: `target`, `period` or `target_release`.
    pub field: String,
    /// Its value as written.
    pub written: String,
    /// For a release: the tag that dates it, when it is tagged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// For a tagged release: the day of the tag (ISO).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tagged: Option<String>,
    /// For a release not tagged: dated by `roadmap.releases` in gov.yaml.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
}

/// A record on the roadmap that could not be placed.
#[derive(Debug, Clone, Serialize)]
pub struct Unplaced {
    /// Its ID.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its kind.
    pub kind: String,
    /// Its canonical status.
    pub status: Option<String>,
    /// Its file.
    pub path: String,
    /// Why.
    #[serde(flatten)]
    pub reason: Reason,
}

/// Why a record could not be placed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// No `target`, `period` or `target_release`.
    NoTarget,
    /// A target gov cannot read as a quarter, half-year, year, month or date.
    Unreadable {
        /// The field.
        field: String,
        /// Its value as written.
        written: String,
    },
    /// A release neither tagged nor planned in `roadmap.releases`.
    ReleaseNotDated {
        /// The release as written.
        release: String,
    },
}

/// The roadmap of `records` from quarter `from` to `to`, with `today`
/// marked; `tags` date the releases (see [`wants_release_tags`]).
pub fn roadmap<'r>(
    records: impl IntoIterator<Item = &'r Record>,
    config: &Config,
    window: Span,
    today: Date,
    tags: &[ReleaseTag],
) -> Roadmap {
    let mut out = Roadmap {
        from: window.from,
        to: window.to,
        today: crate::date::iso(today),
        items: Vec::new(),
        outside: Vec::new(),
        unplaced: Vec::new(),
    };
    for r in records {
        let Some(kind) = config.kind(&r.kind) else {
            continue;
        };
        let s = Summary::of(r, kind);
        if !config.roadmap.shows(&s.kind, s.status.as_deref()) {
            continue;
        }
        match place(r, &s.kind, config, tags) {
            Ok((span, target)) => {
                let item = RoadmapItem {
                    id: s.id,
                    title: s.title,
                    kind: s.kind,
                    kind_type: s.kind_type,
                    status: s.status,
                    path: s.path,
                    from: span.from,
                    to: span.to,
                    target,
                };
                if span.overlaps(window) {
                    out.items.push(item);
                } else {
                    out.outside.push(item);
                }
            }
            Err(reason) => out.unplaced.push(Unplaced {
                id: s.id,
                title: s.title,
                kind: s.kind,
                status: s.status,
                path: s.path,
                reason,
            }),
        }
    }
    let order = |kind: &str| config.kinds.iter().position(|k| k.name == kind);
    for list in [&mut out.items, &mut out.outside] {
        list.sort_by(|a, b| {
            (a.from, a.to, order(&a.kind), &a.id).cmp(&(b.from, b.to, order(&b.kind), &b.id))
        });
    }
    out.unplaced
        .sort_by(|a, b| (order(&a.kind), &a.id).cmp(&(order(&b.kind), &b.id)));
    out
}

/// True when some record on the roadmap is placed by its release alone:
/// only then are the repositories' tags worth listing.
pub fn wants_release_tags<'r>(
    records: impl IntoIterator<Item = &'r Record>,
    config: &Config,
) -> bool {
    records.into_iter().any(|r| {
        r.kind == CHANGE
            && written(r, "target").is_none()
            && written(r, "target_release").is_some()
            && config.kind(&r.kind).is_some_and(|k| {
                config
                    .roadmap
                    .shows(&r.kind, Summary::of(r, k).status.as_deref())
            })
    })
}

/// A field's text, trimmed, when it holds any.
fn written(r: &Record, key: &str) -> Option<String> {
    r.field_text(key)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The quarters of a record and where they came from (DEC-0053).
fn place(
    r: &Record,
    kind: &str,
    config: &Config,
    tags: &[ReleaseTag],
) -> Result<(Span, Target), Reason> {
    let target = |field: &str, written: String| Target {
        field: field.to_string(),
        written,
        tag: None,
        tagged: None,
        planned: false,
    };
    let read = |field: &str, text: String| match crate::quarter::parse(&text) {
        Ok(span) => Ok((span, target(field, text))),
        Err(_) => Err(Reason::Unreadable {
            field: field.to_string(),
            written: text,
        }),
    };
    if let Some(text) = written(r, "target") {
        return read("target", text);
    }
    if kind == PLAN
        && let Some(text) = written(r, "period")
    {
        return read("period", text);
    }
    let Some(release) = written(r, "target_release").filter(|_| kind == CHANGE) else {
        return Err(Reason::NoTarget);
    };
    if let Some(tag) = tag_of(tags, &release) {
        let day = tag_day(tag.time);
        let mut t = target("target_release", release);
        t.tag = Some(tag.name.clone());
        t.tagged = Some(crate::date::iso(day));
        return Ok((Span::of_date(day), t));
    }
    match planned_of(&config.roadmap.planned, &release) {
        Some(span) => {
            let mut t = target("target_release", release);
            t.planned = true;
            Ok((*span, t))
        }
        None => Err(Reason::ReleaseNotDated { release }),
    }
}

/// The day a tag was made, in Danish time (UTC where the zone is unknown).
fn tag_day(time: i64) -> Date {
    let zone = jiff::tz::TimeZone::get("Europe/Copenhagen").unwrap_or(jiff::tz::TimeZone::UTC);
    jiff::Timestamp::from_second(time)
        .map(|ts| zone.to_datetime(ts).date())
        .unwrap_or_default()
}

/// The quarters shown by default: this year and the next.
pub fn default_window(today: Date) -> Span {
    Span {
        from: Quarter {
            year: today.year(),
            quarter: 1,
        },
        to: Quarter {
            year: today.year().saturating_add(1),
            quarter: 4,
        },
    }
}

#[cfg(test)]
#[path = "roadmap_tests.rs"]
mod tests;
