//! The one HTML cleaner of the public site (DEC-0049): ammonia with only
//! harmless tags and attributes, only `http`, `https` and `mailto`
//! addresses, `rel="noopener noreferrer"` on links, and no relative address
//! but the site's own record pages. Built once per site: an ammonia
//! builder is a set of tables, and making one per page cost more than
//! cleaning the page.

use std::collections::HashSet;

/// The site's own pages: the only relative addresses kept.
struct OwnPages(HashSet<String>);

impl<'a> ammonia::UrlRelativeEvaluate<'a> for OwnPages {
    fn evaluate<'url>(&self, url: &'url str) -> Option<std::borrow::Cow<'url, str>> {
        self.0
            .contains(url)
            .then_some(std::borrow::Cow::Borrowed(url))
    }
}

/// Cleans HTML from records for the site.
pub struct Cleaner(ammonia::Builder<'static>);

impl std::fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cleaner")
    }
}

impl Cleaner {
    /// A cleaner keeping relative links to `pages` (hrefs as the pages
    /// one folder below the site's root write them) and no others.
    pub fn new(pages: HashSet<String>) -> Cleaner {
        let mut b = ammonia::Builder::default();
        b.url_schemes(HashSet::from(["http", "https", "mailto"]))
            .link_rel(Some("noopener noreferrer"))
            .url_relative(ammonia::UrlRelative::Custom(Box::new(OwnPages(pages))));
        Cleaner(b)
    }

    /// `html` with everything that could run, load or mislead removed.
    pub fn clean(&self, html: &str) -> String {
        self.0.clean(html).to_string()
    }
}
