//! A record's Markdown body as HTML that is safe to publish: read with
//! pulldown-cmark, links to other records turned into links to their pages
//! (others dropped, their text kept: [`super::super::site_links`]), headings
//! moved below the page's `h1` without skipping a level, task boxes as
//! text, and the whole cleaned by the site's one cleaner
//! ([`crate::render::clean`], DEC-0049).

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::render::site_links::{Links, Target};

/// The Markdown extensions the site reads: tables, strikethrough, task
/// lists (footnotes would need anchors, which the cleaner removes).
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// The body of the record at `from` as clean HTML, for a page one folder
/// below the site's root.
pub fn body(markdown: &str, from: &str, links: &Links<'_>) -> String {
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, options()).collect();
    let min = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let mut out: Vec<Event<'_>> = Vec::with_capacity(events.len());
    // Per open link or image: whether its start was kept.
    let mut kept: Vec<bool> = Vec::new();
    let mut last = 1usize;
    let mut levels: Vec<HeadingLevel> = Vec::new();
    for event in events {
        match event {
            Event::Start(Tag::Heading {
                level,
                id: _,
                classes: _,
                attrs: _,
            }) => {
                let wanted = (level as usize + 2).saturating_sub(min).clamp(2, 6);
                let at = wanted.min(last + 1);
                last = at;
                let level = HeadingLevel::try_from(at).unwrap_or(HeadingLevel::H6);
                levels.push(level);
                out.push(Event::Start(Tag::Heading {
                    level,
                    id: None,
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
            }
            Event::End(TagEnd::Heading(_)) => {
                let level = levels.pop().unwrap_or(HeadingLevel::H6);
                out.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = match links.resolve(&dest_url, from) {
                    Target::Page(page) => links.href(&page, 1, "html"),
                    Target::Outside => Some(dest_url.to_string()),
                    Target::Drop => None,
                };
                kept.push(dest.is_some());
                if let Some(dest) = dest {
                    out.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url: CowStr::from(dest),
                        title,
                        id,
                    }));
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                // Only pictures from the web: a file of the repository is
                // not on the site. Otherwise the alt text stays as text.
                let keep = links.resolve(&dest_url, from) == Target::Outside
                    && !dest_url.to_ascii_lowercase().starts_with("mailto:");
                kept.push(keep);
                if keep {
                    out.push(Event::Start(Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
                if kept.pop().unwrap_or(false) {
                    out.push(Event::End(end));
                }
            }
            Event::TaskListMarker(done) => {
                out.push(Event::Text(CowStr::from(if done {
                    "[x] "
                } else {
                    "[ ] "
                })));
            }
            other => out.push(other),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    links.clean(&html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pages::Pages;
    use crate::report::Approved;

    fn render(md: &str) -> String {
        let site = Approved {
            head: None,
            head_date: None,
            records: Vec::new(),
        };
        let pages = Pages::of(&site, &[]);
        let links = Links::new(&site, &pages, None);
        body(md, "decisions/DEC-0001.md", &links)
    }

    #[test]
    fn scripts_handlers_and_other_schemes_are_removed() {
        let out = render(
            "<script>document.title='x'</script>\n\n<img src=x onerror=alert(1)>\n\n\
             [a](javascript:alert(1)) [b](data:text/html,<script>x</script>) \
             <a href=\"JaVaScRiPt:alert(1)\">c</a> <svg><script>alert(1)</script></svg>\n\n\
             <iframe src=\"https://evil\"></iframe><p style=\"x\" onclick=\"y\">z</p>",
        );
        for bad in [
            "<script",
            "onerror",
            "javascript",
            "data:",
            "<svg",
            "<iframe",
            "onclick",
            "style=",
        ] {
            assert!(!out.to_lowercase().contains(bad), "{bad} in {out}");
        }
        assert!(out.contains("a b"), "{out}");
    }

    #[test]
    fn headings_start_below_the_page_title_and_never_skip() {
        let out = render("# A\n\n#### B\n\n## C\n");
        assert!(out.contains("<h2>A</h2>"), "{out}");
        assert!(out.contains("<h3>B</h3>"), "{out}");
        assert!(out.contains("<h3>C</h3>"), "{out}");
        let out = render("### Only\n");
        assert!(out.contains("<h2>Only</h2>"), "{out}");
    }

    #[test]
    fn web_links_stay_relative_links_to_nothing_become_text() {
        let out = render("[w](https://os2.eu) [f](../plans/x.md) [g](#top) - [x] done");
        assert!(out.contains("href=\"https://os2.eu\""), "{out}");
        assert!(!out.contains("x.md") && !out.contains("#top"), "{out}");
        assert!(out.contains("[x] done"), "{out}");
    }
}
