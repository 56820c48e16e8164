//! When each release was made: the release tags of the governance
//! repository and of the code repositories, with their times, read from
//! the refs alone (no history walk), so `gov roadmap` can date a change
//! request's `target_release` by its tag (DEC-0053) for the price of
//! listing tags.

use std::collections::BTreeMap;
use std::path::Path;

use super::sources::Warning;
use super::tags::{Version, releases};
use crate::config::Config;
use crate::git::{Repo, TagRef};
use crate::quarter::Span;
use crate::{Error, Result};

/// A release tag and when it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseTag {
    /// The tag (`v2.4.0`).
    pub name: String,
    /// The repository it is in (`governance` or the code repository's name).
    pub repository: String,
    /// Its version, what a `target_release` is compared by.
    pub version: Version,
    /// The tagger's time, else the commit's (seconds since the epoch).
    pub time: i64,
}

/// The release tags of every repository (those `trace.tags` counts as
/// releases), with the code repositories that could not be read. A
/// governance repository outside git has none; one whose tags cannot be
/// read is an error.
pub fn release_tags(root: &Path, config: &Config) -> Result<(Vec<ReleaseTag>, Vec<Warning>)> {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    if let Some(gov) = Repo::discover(root)? {
        out.extend(tagged(gov.tags(&[])?, super::sources::GOVERNANCE, config));
    }
    for code in &config.repositories {
        let path = root.join(&code.path);
        let read = if path.is_dir() {
            Repo::open(&path).and_then(|r| r.tags(&[]))
        } else {
            Err(Error::io(
                &path,
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ))
        };
        match read {
            Ok(tags) => out.extend(tagged(tags, &code.name, config)),
            Err(e) => warnings.push(Warning {
                repository: code.name.clone(),
                missing: !path.is_dir(),
                path,
                message: e.to_string(),
            }),
        }
    }
    Ok((out, warnings))
}

fn tagged(tags: Vec<TagRef>, repository: &str, config: &Config) -> Vec<ReleaseTag> {
    releases(tags, &config.trace.tags, config.trace.prereleases)
        .into_iter()
        .map(|t| ReleaseTag {
            version: Version::parse(&t.name),
            name: t.name,
            repository: repository.to_string(),
            time: t.time,
        })
        .collect()
}

/// The earliest tag of the release a `target_release` names (`2.4.0`,
/// `v2.4.0`, `2.4`): the same numbers and pre-release part, and a name
/// with a digit (a tag without a version names no release).
pub fn tag_of<'t>(tags: &'t [ReleaseTag], release: &str) -> Option<&'t ReleaseTag> {
    let wanted = Version::parse(release.trim());
    if wanted.numbers.is_empty() {
        return None;
    }
    tags.iter()
        .filter(|t| same(&t.version, &wanted))
        .min_by_key(|t| (t.time, t.name.clone()))
}

/// The planned date of the release a `target_release` names, from
/// `roadmap.releases` (keys compared as versions, so `v2.4.0` finds
/// `"2.4.0"`; a key without digits only as written).
pub fn planned_of<'p>(planned: &'p BTreeMap<String, Span>, release: &str) -> Option<&'p Span> {
    let release = release.trim();
    if let Some(span) = planned.get(release) {
        return Some(span);
    }
    let wanted = Version::parse(release);
    if wanted.numbers.is_empty() {
        return None;
    }
    planned
        .iter()
        .find(|(k, _)| same(&Version::parse(k), &wanted))
        .map(|(_, s)| s)
}

/// One version: equal numbers (a missing trailing number is 0, so `2.4`
/// is `2.4.0`) and the same pre-release part.
fn same(a: &Version, b: &Version) -> bool {
    let len = a.numbers.len().max(b.numbers.len());
    (0..len).all(|i| a.numbers.get(i).unwrap_or(&0) == b.numbers.get(i).unwrap_or(&0))
        && a.pre == b.pre
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(name: &str, time: i64) -> ReleaseTag {
        ReleaseTag {
            name: name.into(),
            repository: "x".into(),
            version: Version::parse(name),
            time,
        }
    }

    #[test]
    fn a_release_is_found_by_its_version_however_the_tag_is_written() {
        let tags = [
            tag("v2.4.0", 20),
            tag("2.4.0", 10),
            tag("v2.4.1", 5),
            tag("v3.0.0-rc.1", 1),
        ];
        assert_eq!(
            tag_of(&tags, "2.4.0").unwrap().name,
            "2.4.0",
            "the earliest"
        );
        assert_eq!(tag_of(&tags, "v2.4").unwrap().time, 10);
        assert_eq!(tag_of(&tags, " 2.4.1 ").unwrap().name, "v2.4.1");
        assert!(
            tag_of(&tags, "3.0.0").is_none(),
            "a pre-release is not the release"
        );
        assert_eq!(tag_of(&tags, "3.0.0-rc.1").unwrap().name, "v3.0.0-rc.1");
        assert!(tag_of(&tags, "2.5").is_none());
        assert!(tag_of(&tags, "næste").is_none());
        assert!(tag_of(&[tag("latest", 1)], "latest").is_none());
    }

    #[test]
    fn a_planned_date_is_found_by_version_or_as_written() {
        let span = |t: &str| crate::quarter::parse(t).unwrap();
        let planned: BTreeMap<String, Span> = [
            ("2.4.0".to_string(), span("2027-Q1")),
            ("Forår".to_string(), span("2027-H1")),
        ]
        .into_iter()
        .collect();
        assert_eq!(planned_of(&planned, "v2.4"), Some(&span("2027-Q1")));
        assert_eq!(planned_of(&planned, " Forår "), Some(&span("2027-H1")));
        assert_eq!(planned_of(&planned, "forår"), None);
        assert_eq!(planned_of(&planned, "2.5.0"), None);
    }
}
