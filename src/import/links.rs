//! Links from a record to other files of the same repository, relative
//! (`../beslutninger/x.md`) or absolute forge URLs
//! (`https://github.com/org/repo/blob/main/beslutninger/x.md`), resolved to
//! repository paths the importer maps to IDs.

use crate::markdown::{Markdown, TextLine};

/// The repository path a link target names, seen from the file at `from`,
/// or `None` when it leaves the repository or is another site.
pub(crate) fn resolve(target: &str, from: &str, forge: Option<&str>) -> Option<String> {
    let target = target.split(['#', '?']).next().unwrap_or("");
    if target.is_empty() {
        return None;
    }
    if target.contains("://") || target.starts_with("mailto:") {
        let forge = forge?.trim_end_matches('/');
        let rest = target.strip_prefix(forge)?.strip_prefix('/')?;
        // `blob/<branch>/path` or `tree/<branch>/path`.
        let mut parts = rest.splitn(3, '/');
        let (view, _branch, path) = (parts.next()?, parts.next()?, parts.next()?);
        return matches!(view, "blob" | "tree" | "raw")
            .then(|| normalise(path))
            .flatten();
    }
    let joined = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => match from.rsplit_once('/') {
            Some((dir, _)) => format!("{dir}/{target}"),
            None => target.to_string(),
        },
    };
    normalise(&joined)
}

/// Removes `.` and `..` segments; `None` when `..` climbs above the root.
fn normalise(path: &str) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            s => out.push(s),
        }
    }
    (!out.is_empty()).then(|| out.join("/"))
}

/// Every Markdown file of the repository the body links to, in order and
/// once each: Markdown links, and bare forge URLs written as text.
pub(crate) fn markdown_files(
    md: &Markdown,
    lines: &[TextLine],
    from: &str,
    forge: Option<&str>,
) -> Vec<(String, (usize, usize))> {
    let mut found: Vec<(String, (usize, usize))> = Vec::new();
    let mut add = |path: Option<String>, at: (usize, usize)| {
        if let Some(p) = path.filter(|p| p.ends_with(".md") && p != from)
            && !found.iter().any(|(q, _)| *q == p)
        {
            found.push((p, at));
        }
    };
    for l in md.links.iter().filter(|l| !l.image) {
        add(resolve(&l.target, from, forge), (l.at.line, l.at.column));
    }
    if let Some(forge) = forge
        .map(|f| f.trim_end_matches('/'))
        .filter(|f| !f.is_empty())
    {
        for line in lines {
            for (i, _) in line.text.match_indices(forge) {
                let url: String = line.text[i..]
                    .chars()
                    .take_while(|c| !c.is_whitespace() && !matches!(c, ')' | '>' | ']' | '"'))
                    .collect();
                let url = url.trim_end_matches(['.', ',', ';']);
                let column = line.at.column + line.text[..i].chars().count();
                add(resolve(url, from, Some(forge)), (line.at.line, column));
            }
        }
    }
    found.sort_by_key(|(_, at)| *at);
    found
}
