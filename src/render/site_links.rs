//! Links in published records: a link to another published record (by
//! relative path, ID, file name starting with the ID, or the repository's
//! forge URL) becomes a link to its page; a web or mail address stays; any
//! other link (to a record not published, a file not on the site, a
//! fragment, another scheme such as `javascript:`) is dropped and its text
//! kept, so every link on the site leads somewhere safe.

use std::collections::HashMap;

use super::clean::Cleaner;
use super::pages::Pages;
use crate::report::Approved;

/// Where a link in a record leads on the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The page of the published record with this ID.
    Page(String),
    /// A web or mail address outside the site, kept as written.
    Outside,
    /// Nowhere on the site: the link is dropped, its text kept.
    Drop,
}

/// Resolves link targets against the published records.
#[derive(Debug)]
pub struct Links<'a> {
    pages: &'a Pages,
    by_path: HashMap<&'a str, &'a str>,
    forge: Option<&'a str>,
    cleaner: Cleaner,
}

impl<'a> Links<'a> {
    /// A resolver over the site's records and pages; `forge` is the
    /// repository's forge address, whose file links are the repository's.
    pub fn new(site: &'a Approved, pages: &'a Pages, forge: Option<&'a str>) -> Links<'a> {
        let by_path = site
            .records
            .iter()
            .map(|r| (r.summary.path.as_str(), r.summary.id.as_str()))
            .collect();
        let hrefs = pages
            .records
            .values()
            .map(|(folder, name)| format!("../{folder}/{name}.html"))
            .collect();
        Links {
            pages,
            by_path,
            cleaner: Cleaner::new(hrefs),
            forge: forge
                .map(|f| f.trim_end_matches('/'))
                .filter(|f| !f.is_empty()),
        }
    }

    /// Where `dest`, written in the record at path `from`, leads.
    pub fn resolve(&self, dest: &str, from: &str) -> Target {
        let dest = dest.trim();
        let lower = dest.to_ascii_lowercase();
        let web = ["http://", "https://", "mailto:"]
            .iter()
            .any(|s| lower.starts_with(s));
        if web {
            let into_repo = self
                .forge
                .is_some_and(|f| lower.starts_with(&f.to_ascii_lowercase()));
            if into_repo {
                let path = crate::import::resolve_link(dest, from, self.forge);
                if let Some(id) = path.and_then(|p| self.by_file(&p)) {
                    return Target::Page(id);
                }
            }
            return Target::Outside;
        }
        // Another scheme (`javascript:`, `data:`), a fragment, a
        // protocol-relative address, or Liquid: not a page of the site.
        let scheme = dest
            .find(':')
            .is_some_and(|c| !dest[..c].contains(['/', '?', '#']));
        if dest.is_empty()
            || scheme
            || dest.starts_with('#')
            || dest.starts_with("//")
            || dest.contains("{{")
            || dest.contains("{%")
        {
            return Target::Drop;
        }
        let bare = dest.split(['#', '?']).next().unwrap_or_default();
        if let Some(id) = self.pages.id(bare) {
            return Target::Page(id.to_string());
        }
        match crate::import::resolve_link(dest, from, None).and_then(|p| self.by_file(&p)) {
            Some(id) => Target::Page(id),
            None => Target::Drop,
        }
    }

    /// The published record at repository path `path`, else the one whose
    /// ID starts the file name (`DEC-0002-kiosk.md`, renamed since).
    fn by_file(&self, path: &str) -> Option<String> {
        if let Some(id) = self.by_path.get(path) {
            return Some((*id).to_string());
        }
        let name = path.rsplit('/').next().unwrap_or(path);
        let mut parts = name.splitn(3, '-');
        let (prefix, number) = (parts.next()?, parts.next()?);
        let number = number.trim_end_matches(".md");
        let id = format!("{prefix}-{number}");
        self.pages.id(&id).map(str::to_string)
    }

    /// `html` cleaned for the site: a relative link survives only when it
    /// leads to a record's page.
    pub fn clean(&self, html: &str) -> String {
        self.cleaner.clean(html)
    }

    /// The href of record `id`'s page from a page `depth` folders below
    /// the root, with extension `ext` (`html`).
    pub fn href(&self, id: &str, depth: usize, ext: &str) -> Option<String> {
        let (folder, name) = self.pages.record(id)?;
        Some(format!("{}{folder}/{name}.{ext}", "../".repeat(depth)))
    }
}
