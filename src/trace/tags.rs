//! Release tags: which tags are releases (a glob, `v*` by default, without
//! pre-releases unless asked) and in what order they came.
//!
//! Order is by version, not by date: `v2.3.1` released after `v2.4.0` on a
//! maintenance branch still comes before it, and "first release containing
//! a commit" then names the lowest version that shipped it. Numbers compare
//! as numbers (`v1.10` after `v1.9`), a pre-release before its release
//! (`v2.0.0-rc.1` before `v2.0.0`), and equal versions by tag date, then
//! name. A tag without digits sorts before all versions, by date.

use std::cmp::Ordering;

use crate::config::Config;
use crate::git::TagRef;

/// The parts of a tag name that order it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The dot-separated numbers (`v2.4.0` → `[2, 4, 0]`).
    pub numbers: Vec<u64>,
    /// The pre-release part after `-` (`rc.1`), if any.
    pub pre: Option<String>,
}

impl Version {
    /// Reads the version in a tag name: the first digits and the dotted
    /// numbers after them; a `-` then starts the pre-release, `+` build data.
    pub fn parse(name: &str) -> Version {
        let Some(first) = name.find(|c: char| c.is_ascii_digit()) else {
            return Version {
                numbers: Vec::new(),
                pre: None,
            };
        };
        let rest = &name[first..];
        let core_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let numbers = rest[..core_end]
            .split('.')
            .filter(|p| !p.is_empty())
            .map(|p| p.parse().unwrap_or(u64::MAX))
            .collect();
        let tail = &rest[core_end..];
        let tail = tail.split('+').next().unwrap_or("");
        let pre = tail
            .strip_prefix('-')
            .or_else(|| (!tail.is_empty()).then_some(tail))
            .filter(|p| !p.is_empty())
            .map(str::to_string);
        Version { numbers, pre }
    }

    /// True for a pre-release (`v2.0.0-rc.1`, `v2.0.0beta`).
    pub fn is_prerelease(&self) -> bool {
        self.pre.is_some()
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        let len = self.numbers.len().max(other.numbers.len());
        for i in 0..len {
            let a = self.numbers.get(i).copied().unwrap_or(0);
            let b = other.numbers.get(i).copied().unwrap_or(0);
            match a.cmp(&b) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        match (&self.pre, &other.pre) {
            (None, None) => self.numbers.len().cmp(&other.numbers.len()),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some(a), Some(b)) => compare_pre(a, b),
        }
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Semver's pre-release order: identifiers by dots, numbers numerically
/// and before words.
fn compare_pre(a: &str, b: &str) -> Ordering {
    let mut x = a.split('.');
    let mut y = b.split('.');
    loop {
        match (x.next(), y.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => {
                let o = match (p.parse::<u64>(), q.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    (Ok(_), Err(_)) => Ordering::Less,
                    (Err(_), Ok(_)) => Ordering::Greater,
                    (Err(_), Err(_)) => p.cmp(q),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

/// `*` any run of characters, `?` one character; the whole name must match.
pub fn glob(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    let (mut pi, mut ni) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ni;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ni = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// The release tags among `tags`, in release order.
pub fn releases(tags: Vec<TagRef>, pattern: &str, prereleases: bool) -> Vec<TagRef> {
    let mut keyed: Vec<(Version, TagRef)> = tags
        .into_iter()
        .filter(|t| glob(pattern, &t.name))
        .map(|t| (Version::parse(&t.name), t))
        .filter(|(v, _)| prereleases || !v.is_prerelease())
        .collect();
    keyed.sort_by(|(va, a), (vb, b)| {
        va.cmp(vb)
            .then(a.time.cmp(&b.time))
            .then_with(|| a.name.cmp(&b.name))
    });
    keyed.into_iter().map(|(_, t)| t).collect()
}

/// A repository's releases and the first release of each of its commits.
#[derive(Debug, Default)]
pub struct Releases {
    /// Release tags in release order.
    pub tags: Vec<TagRef>,
    /// Per commit, the position in `tags` of its first release, or
    /// [`UNRELEASED`](super::graph::UNRELEASED).
    pub first: Vec<u32>,
}

/// The release tags of a history, in release order: those the
/// configuration counts as releases and whose commit the history holds.
pub fn release_tags(h: &super::repo_history::RepoHistory, config: &Config) -> Vec<TagRef> {
    held(h, release_candidates(h, config))
}

/// The tags the configuration counts as releases, in release order,
/// whether or not the history holds their commits (a shallow clone may
/// not): what the release tags are worked out from.
pub fn release_candidates(h: &super::repo_history::RepoHistory, config: &Config) -> Vec<TagRef> {
    releases(h.tags.clone(), &config.trace.tags, config.trace.prereleases)
}

/// The tags among `candidates` whose commit the history holds.
pub fn held(h: &super::repo_history::RepoHistory, candidates: Vec<TagRef>) -> Vec<TagRef> {
    candidates
        .into_iter()
        .filter(|t| h.index().contains_key(&t.commit))
        .collect()
}

/// The releases of a history: its release tags and, per commit, the
/// first of them that contains it.
pub fn releases_of(h: &super::repo_history::RepoHistory, config: &Config) -> Releases {
    releases_with(h, release_tags(h, config))
}

/// The releases of a history whose release tags are `tags` (as
/// [`release_tags`] gives them).
pub fn releases_with(h: &super::repo_history::RepoHistory, tags: Vec<TagRef>) -> Releases {
    let tips: Vec<u32> = tags
        .iter()
        .filter_map(|t| h.index().get(&t.commit).copied())
        .collect();
    // No release tag (a governance repository, often): no commit is
    // released, and the commit graph need not be built to say so.
    let first = if tips.is_empty() {
        vec![super::graph::UNRELEASED; h.commits.len()]
    } else {
        h.graph().first_releases(&tips)
    };
    Releases { first, tags }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::git::ObjectId;

    fn tag(name: &str, time: i64) -> TagRef {
        TagRef {
            name: name.into(),
            commit: ObjectId::default(),
            time,
            target: ObjectId::default(),
        }
    }

    fn names(tags: &[TagRef]) -> Vec<&str> {
        tags.iter().map(|t| t.name.as_str()).collect()
    }

    #[test]
    fn versions_order_numerically_with_prereleases_first() {
        let tags = vec![
            tag("v1.10.0", 1),
            tag("v1.9.0", 2),
            tag("v2.0.0", 3),
            tag("v2.0.0-rc.2", 4),
            tag("v2.0.0-rc.10", 5),
            tag("v2.0.0-beta", 6),
            tag("v2.3.1", 9),
            tag("v2.4.0", 8),
            tag("other", 7),
        ];
        let all = releases(tags.clone(), "v*", true);
        assert_eq!(
            names(&all),
            [
                "v1.9.0",
                "v1.10.0",
                "v2.0.0-beta",
                "v2.0.0-rc.2",
                "v2.0.0-rc.10",
                "v2.0.0",
                "v2.3.1",
                "v2.4.0"
            ]
        );
        let final_only = releases(tags, "v*", false);
        assert_eq!(
            names(&final_only),
            ["v1.9.0", "v1.10.0", "v2.0.0", "v2.3.1", "v2.4.0"]
        );
    }

    #[test]
    fn equal_versions_go_by_date_and_tags_without_digits_come_first() {
        let tags = vec![
            tag("release-2", 5),
            tag("release-2.0", 4),
            tag("release-x", 9),
            tag("release-1", 1),
        ];
        assert_eq!(
            names(&releases(tags, "release-*", false)),
            ["release-x", "release-1", "release-2", "release-2.0"]
        );
    }

    #[test]
    fn globs() {
        assert!(glob("v*", "v2.4.0") && !glob("v*", "2.4.0") && glob("*", ""));
        assert!(glob("release-?.*", "release-2.1") && !glob("release-?.*", "release-10.1"));
        assert!(glob("a*b*c", "aXbYc") && !glob("a*b*c", "aXbY"));
    }

    #[test]
    fn parse_reads_numbers_prerelease_and_build() {
        assert_eq!(
            Version::parse("v2.4.0+build.7"),
            Version {
                numbers: vec![2, 4, 0],
                pre: None
            }
        );
        assert_eq!(Version::parse("v2.0.0-rc.1").pre.as_deref(), Some("rc.1"));
        assert_eq!(
            Version::parse("nightly"),
            Version {
                numbers: vec![],
                pre: None
            }
        );
    }
}
