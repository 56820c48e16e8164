//! Recent deliveries: the records delivered in the newest release tags, as
//! traceability (`crate::trace`) finds them. Only when code repositories
//! are configured: without them there are no release tags to speak of, and
//! `gov status` does not pay for reading history it cannot use.

use jiff::civil::Date;
use serde::Serialize;

use crate::record::{Repository, Summary};
use crate::trace::History;
use crate::trace::TagVersion as Version;

/// A record delivered in one of the newest releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Delivery {
    /// The release tag (`v2.4.0`).
    pub release: String,
    /// The record's ID.
    pub id: String,
    /// Its title (the ID when no record has it).
    pub title: String,
    /// Path relative to the root, when the record is in the tree.
    pub path: Option<String>,
    /// Its kind.
    pub kind: Option<String>,
    /// Its latest canonical status.
    pub status: Option<String>,
    /// How many commits of the release refer to it.
    pub commits: usize,
}

/// The records delivered in the `count` newest releases (by version) made
/// on or before `as_of` in the local time zone (`TZ`, else the system's:
/// the zone `gov` takes today's date from), newest release first. Empty when no code
/// repository is configured or history could not be read: deliveries are
/// a bonus, never a failure. `summaries` are the records' summaries (the
/// report has them already), to find each delivered record's file.
pub fn recent_deliveries(
    repo: &Repository,
    summaries: &[&Summary],
    history: Option<&History>,
    count: usize,
    as_of: Date,
) -> Vec<Delivery> {
    let Some(history) = history.filter(|_| count > 0 && !repo.config.repositories.is_empty())
    else {
        return Vec::new();
    };
    let end = end_of_day(as_of, &jiff::tz::TimeZone::system());
    let mut names = history.release_names_until(end);
    names.sort_by_key(|n| std::cmp::Reverse(Version::parse(n)));
    let mut paths: Option<std::collections::HashMap<String, String>> = None;
    let mut out = Vec::new();
    for tag in names.iter().take(count) {
        let Some(release) = history.release(tag) else {
            continue;
        };
        for r in release.records {
            // Built on the first delivery: most reports have none.
            let paths = paths.get_or_insert_with(|| {
                let mut map = std::collections::HashMap::new();
                for s in summaries {
                    // The first file with an ID wins, as `gov show` finds it.
                    map.entry(s.id.to_ascii_uppercase())
                        .or_insert_with(|| s.path.clone());
                }
                map
            });
            let path = paths.get(&r.id.to_ascii_uppercase()).cloned();
            out.push(Delivery {
                release: tag.clone(),
                title: r.title.unwrap_or_else(|| r.id.clone()),
                id: r.id,
                path,
                kind: r.kind,
                status: r.status,
                commits: r.commits.len(),
            });
        }
    }
    out
}

/// The first second after `day` ends in `zone`, in seconds since the epoch:
/// a release exists as of a day when its first tag was made before then.
/// Midnight in the zone, so a tag at 23:30 local time counts for the day
/// and one at 00:30 for the next, also on the days summer time begins or
/// ends.
pub fn end_of_day(day: Date, zone: &jiff::tz::TimeZone) -> i64 {
    day.tomorrow()
        .ok()
        .and_then(|d| d.to_zoned_datetime(zone.clone()).ok())
        .map_or(i64::MAX, |z| z.timestamp().as_second())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> i64 {
        text.parse::<jiff::Timestamp>().unwrap().as_second()
    }

    #[test]
    fn a_day_ends_at_local_midnight() {
        let cph = jiff::tz::TimeZone::get("Europe/Copenhagen").unwrap();
        let day = |s: &str| s.parse::<Date>().unwrap();
        // Winter (UTC+1), the end of summer time (25 Oct: 25 hours) and
        // its start (29 March: 23 hours).
        assert_eq!(
            end_of_day(day("2026-11-28"), &cph),
            at("2026-11-28T23:00:00Z")
        );
        assert_eq!(
            end_of_day(day("2026-10-25"), &cph),
            at("2026-10-25T23:00:00Z")
        );
        assert_eq!(
            end_of_day(day("2026-10-24"), &cph),
            at("2026-10-24T22:00:00Z")
        );
        assert_eq!(
            end_of_day(day("2026-03-29"), &cph),
            at("2026-03-29T22:00:00Z")
        );
        assert_eq!(
            end_of_day(day("2026-03-28"), &cph),
            at("2026-03-28T23:00:00Z")
        );
        assert_eq!(
            end_of_day(day("2026-11-28"), &jiff::tz::TimeZone::UTC),
            at("2026-11-29T00:00:00Z")
        );
        assert_eq!(end_of_day(day("9999-12-31"), &cph), i64::MAX);
    }
}
