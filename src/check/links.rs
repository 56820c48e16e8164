//! Links to files of the repository: relative Markdown links, and absolute
//! links to the repository on its forge (`<forge_url>/blob/<branch>/path`),
//! whether written as Markdown links or as bare URLs in the text (which the
//! forge shows as links all the same). Both break silently when a file is
//! renamed, and both are reported alike (GOV052) at the place they are
//! written, with the name git saw the file renamed to.

use std::path::Path;

use super::Located;
use super::finding::Finding;
use crate::markdown::{LinkKind, Markdown, Position};
use crate::record::{Record, Repository};

/// How many recent commits are searched for the renames behind broken
/// links. Measured on a generated repository of 10,000 records and 41,000
/// commits: about 2.5 ms a commit, so 200 commits cost about 0.5 s there;
/// validation must stay within a few times `cat` of the files. A rename
/// older than that gets no hint (`gov trace` still shows it).
const RENAME_COMMITS: usize = 200;

/// The broken links of the records read so far: each body is looked at
/// as it is read (once, for all rules: [`super::check_tree`]), and one walk
/// over recent history at the end finds the renames behind all of them.
pub struct Links<'r> {
    repo: &'r Repository,
    forge: Option<String>,
    broken: Vec<(&'r Record, Position, String, String)>,
}

impl<'r> Links<'r> {
    /// No link looked at yet.
    pub fn new(repo: &'r Repository) -> Links<'r> {
        Links {
            repo,
            forge: forge_url(repo),
            broken: Vec::new(),
        }
    }

    /// Looks at the links of one record's body, as read.
    pub fn read(&mut self, record: &'r Record, md: &Markdown) {
        for link in &md.links {
            if !checked(link.kind) || link.target.is_empty() {
                continue;
            }
            let Some(rel) = resolve(record, &link.target, self.forge.as_deref()) else {
                continue;
            };
            if !exists(&self.repo.root, &rel) {
                self.broken
                    .push((record, link.at, link.target.clone(), rel));
            }
        }
    }

    /// The findings: every broken link, with the rename git saw.
    pub fn finish(self) -> Vec<Located> {
        check(self.repo, self.broken)
    }
}

/// The findings for the broken links found.
fn check(repo: &Repository, broken: Vec<(&Record, Position, String, String)>) -> Vec<Located> {
    if broken.is_empty() {
        return Vec::new();
    }
    let mut targets: Vec<String> = broken.iter().map(|b| b.3.clone()).collect();
    targets.sort();
    targets.dedup();
    let renames = crate::git::Repo::discover(&repo.root)
        .ok()
        .flatten()
        .and_then(|g| g.renames(&targets, RENAME_COMMITS).ok())
        .unwrap_or_default();
    broken
        .into_iter()
        .map(|(record, at, target, rel)| {
            let renamed_to = renames.get(&rel).filter(|p| exists(&repo.root, p)).cloned();
            Located::at(
                &record.path,
                at.line,
                at.column,
                Finding::BrokenLink { target, renamed_to },
            )
        })
        .collect()
}

/// The links whose targets are checked: those written in place. A
/// reference link's target is checked at its definition (once, however
/// often it is used), and an e-mail address is no path. A bare URL is
/// checked when it names a file of this repository on its forge (any other
/// `https://…` resolves to nothing).
fn checked(kind: LinkKind) -> bool {
    matches!(
        kind,
        LinkKind::Inline | LinkKind::Definition | LinkKind::Autolink | LinkKind::Bare
    )
}

/// `target` without the forge address it starts with, compared without
/// regard to case (`github.com/os2borgerpc/…` is the same repository as
/// `github.com/OS2borgerPC/…`) and to `http` or `https`.
fn strip_forge<'t>(target: &'t str, forge: &str) -> Option<&'t str> {
    let (t, f) = (&target[scheme_len(target)..], &forge[scheme_len(forge)..]);
    let head = t.get(..f.len())?;
    head.eq_ignore_ascii_case(f).then(|| &t[f.len()..])
}

/// The length of a leading `https://` or `http://`, in any case.
fn scheme_len(url: &str) -> usize {
    ["https://", "http://"]
        .iter()
        .find(|s| {
            url.get(..s.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(s))
        })
        .map_or(0, |s| s.len())
}

/// `forge_url` from gov.yaml, else derived from the `origin` remote
/// (`git@github.com:org/repo.git` → `https://github.com/org/repo`).
pub fn forge_url(repo: &Repository) -> Option<String> {
    if let Some(url) = &repo.config.forge_url {
        return Some(url.trim_end_matches('/').to_string());
    }
    let origin = crate::git::Repo::discover(&repo.root).ok()??.origin_url()?;
    let url = match origin.strip_prefix("git@") {
        Some(rest) => format!("https://{}", rest.replacen(':', "/", 1)),
        None => origin,
    };
    let url = url
        .trim_end_matches('/')
        .trim_end_matches(".git")
        .to_string();
    url.starts_with("https://").then_some(url)
}

/// The repository path a link points to, if it points into the repository.
fn resolve(record: &Record, target: &str, forge: Option<&str>) -> Option<String> {
    if target.starts_with('#') || target.contains("{{") || target.contains("{%") {
        return None;
    }
    let path = if let Some(rest) = forge.and_then(|f| strip_forge(target, f)) {
        let rest = rest
            .strip_prefix("/blob/")
            .or_else(|| rest.strip_prefix("/tree/"))?;
        rest.split_once('/')
            .map_or("", |(_branch, p)| p)
            .to_string()
    } else if target.contains("://") || target.starts_with("mailto:") || target.starts_with("//") {
        return None;
    } else {
        let dir = record.path.rsplit_once('/').map_or("", |(d, _)| d);
        match target.strip_prefix('/') {
            Some(abs) => abs.to_string(),
            None if dir.is_empty() => target.to_string(),
            None => format!("{dir}/{target}"),
        }
    };
    let path = path.split(['#', '?']).next().unwrap_or("");
    normalise(&percent_decode(path))
}

/// Resolves `.` and `..`; `None` when the path leaves the repository.
fn normalise(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// True when the path (or, for a Jekyll `.html` link, its `.md` page) exists.
fn exists(root: &Path, rel: &str) -> bool {
    if rel.is_empty() || root.join(rel).exists() {
        return true;
    }
    rel.strip_suffix(".html")
        .is_some_and(|stem| root.join(format!("{stem}.md")).exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_into_the_repository() {
        let r = Record::parse("meetings/2026/m.md", "meeting", String::new());
        let forge = Some("https://github.com/OS2borgerPC/styring");
        assert_eq!(
            resolve(&r, "../../decisions/a%20b.md#x", forge).as_deref(),
            Some("decisions/a b.md")
        );
        assert_eq!(
            resolve(
                &r,
                "https://github.com/OS2borgerPC/styring/blob/main/beslutninger/x.md",
                forge
            )
            .as_deref(),
            Some("beslutninger/x.md")
        );
        assert_eq!(
            resolve(
                &r,
                "https://github.com/OS2borgerPC/other/blob/main/x.md",
                forge
            ),
            None
        );
        assert_eq!(
            resolve(
                &r,
                "http://GitHub.com/os2borgerpc/Styring/blob/main/beslutninger/x.md",
                forge
            )
            .as_deref(),
            Some("beslutninger/x.md")
        );
        assert_eq!(
            resolve(
                &r,
                "https://github.com/OS2borgerPC/styring-gammel/blob/main/x.md",
                forge
            ),
            None
        );
        assert_eq!(
            resolve(
                &r,
                "https://github.com/OS2borgerPC/styring/issues/12",
                forge
            ),
            None
        );
        assert_eq!(
            resolve(&r, "https://github.com/OS2borgerPC/styr", forge),
            None
        );
        assert_eq!(resolve(&r, "https://os2.eu", forge), None);
        assert_eq!(resolve(&r, "#anchor", forge), None);
        assert_eq!(resolve(&r, "../../../../etc/passwd", forge), None);
        assert_eq!(
            resolve(&r, "/README.md", forge).as_deref(),
            Some("README.md")
        );
    }
}
