//! The site's roadmap and annual cycle (issue 15), made from the approved
//! versions `choose` picked, never from the working tree: a plan still in
//! draft, or minutes not approved, are on neither picture. Drawn for the
//! published commit's day, so the same commit gives the same pictures.

use std::path::Path;

use jiff::civil::Date;

use crate::Result;
use crate::config::Config;
use crate::record::{Record, Repository};
use crate::report::{self, Approved, Pictures};

/// The pictures of `site`, the approved versions of the repository at
/// `root`; release tags date a change request's release as `gov roadmap`
/// dates it (a code repository that cannot be read was already named by
/// the history's warnings).
pub fn pictures(root: &Path, config: &Config, site: &Approved) -> Result<Pictures> {
    let Some(day) = site
        .head_date
        .as_deref()
        .and_then(|d| crate::date::parse(d.get(..10)?).ok())
        .map(|p| p.date)
    else {
        return Ok(Pictures::default());
    };
    let records: Vec<Record> = site
        .records
        .iter()
        .map(|p| {
            Record::parse(
                p.summary.path.clone(),
                p.summary.kind.clone(),
                p.text.clone(),
            )
        })
        .collect();
    let on_roadmap = config
        .roadmap
        .show
        .keys()
        .any(|k| !config.publish.approved(k).is_empty());
    let roadmap = if on_roadmap {
        let tags = if report::wants_release_tags(&records, config) {
            crate::trace::release_tags(root, config)?.0
        } else {
            Vec::new()
        };
        Some(report::roadmap(
            &records,
            config,
            report::default_window(day),
            day,
            &tags,
        ))
    } else {
        None
    };
    let calendar = if config.annual_cycle.events.is_empty() {
        None
    } else {
        let (from, to) = year(day);
        let repo = Repository {
            root: root.to_path_buf(),
            config: config.clone(),
            records,
            problems: Vec::new(),
        };
        Some(report::calendar(&repo, from, to, None))
    };
    Ok(Pictures {
        day: Some(day),
        roadmap,
        calendar,
    })
}

/// The first and last day of `day`'s year.
fn year(day: Date) -> (Date, Date) {
    let first = Date::new(day.year(), 1, 1).unwrap_or(day);
    let last = Date::new(day.year(), 12, 31).unwrap_or(day);
    (first, last)
}
