//! The public site as Markdown pages for an existing Jekyll site with the
//! just-the-docs theme (`gov publish --format jekyll`): front matter with
//! `title`, `parent`, `grand_parent`, `nav_order` and `has_children`, the
//! record's approved body with its Liquid left as written. What Jekyll
//! would pass through as HTML is made safe here: raw HTML cleaned by
//! ammonia, links to records turned into links to their pages (others
//! kept as text), and kramdown's attribute lists (`{: onclick=…}`) escaped.

use std::fmt::Write;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::html::{SiteFile, published_kinds};
use super::pages::Pages;
use super::site_links::{Links, Target};
use crate::config::Config;
use crate::i18n::{SiteMsg, t};
use crate::report::{Approved, Pictures, Published};

/// A YAML scalar for front matter: a JSON string is a YAML string.
fn yaml(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// Text for a Markdown table cell.
fn cell(text: &str) -> String {
    super::escape::markdown(text).replace('{', "\\{")
}

/// Every page, in a fixed order; the roadmap and the annual cycle (with
/// their pictures) after the kinds.
pub fn site(site: &Approved, pictures: &Pictures, config: &Config) -> Vec<SiteFile> {
    let lang = config.lang;
    let kinds = published_kinds(config);
    let pages = Pages::of(site, &kinds);
    let links = Links::new(site, &pages, config.forge_url.as_deref());
    let title = t(lang, SiteMsg::SiteTitle);
    let mut files = vec![SiteFile {
        path: "index.md".into(),
        bytes: format!(
            "---\ntitle: {}\nhas_children: true\n---\n\n# {}\n\n{}\n",
            yaml(title),
            cell(title),
            cell(t(lang, SiteMsg::SiteIntro))
        )
        .into_bytes(),
    }];
    for (n, kind) in kinds.iter().enumerate() {
        let Some(folder) = pages.kind(kind) else {
            continue;
        };
        let label = config.kind_label(kind, lang);
        files.push(SiteFile {
            path: format!("{folder}/index.md"),
            bytes: format!(
                "---\ntitle: {}\nparent: {}\nnav_order: {}\nhas_children: true\n---\n\n# {}\n",
                yaml(&label),
                yaml(title),
                n + 1,
                cell(&label)
            )
            .into_bytes(),
        });
        let mut records: Vec<&Published> = site
            .records
            .iter()
            .filter(|r| &r.summary.kind == kind)
            .collect();
        records.sort_by(|a, b| {
            (&b.summary.date, &a.summary.id).cmp(&(&a.summary.date, &b.summary.id))
        });
        for (i, r) in records.iter().enumerate() {
            let Some((_, name)) = pages.record(&r.summary.id) else {
                continue;
            };
            files.push(SiteFile {
                path: format!("{folder}/{name}.md"),
                bytes: page(r, config, &label, title, i + 1, &links).into_bytes(),
            });
        }
    }
    files.extend(super::jekyll_pictures::files(pictures, config, kinds.len()));
    files
}

fn page(
    r: &Published,
    config: &Config,
    parent: &str,
    grand_parent: &str,
    order: usize,
    links: &Links<'_>,
) -> String {
    let lang = config.lang;
    let s = &r.summary;
    let mut out = format!(
        "---\ntitle: {}\nparent: {}\ngrand_parent: {}\nnav_order: {order}\n---\n\n",
        yaml(&format!("{} {}", s.id, s.title)),
        yaml(parent),
        yaml(grand_parent)
    );
    if let Some(successor) = &r.superseded_by {
        let line = match links.href(successor, 1, "html") {
            Some(href) if !successor.is_empty() => format!(
                "**{}: [{}]({href})**",
                cell(t(lang, SiteMsg::SupersededBy)),
                cell(successor)
            ),
            _ => format!("**{}**", cell(t(lang, SiteMsg::SupersededNoSuccessor))),
        };
        let _ = writeln!(out, "{line}\n");
    }
    let status = super::html::status_text(r, config);
    let _ = writeln!(out, "| | |\n|---|---|");
    let a = &r.approval;
    let approvers = super::approval::approvers(a, config);
    let short = |c: &str| c.get(..7).unwrap_or("").to_string();
    let version = a.version.as_ref().map_or(String::new(), |(c, _)| short(c));
    for (key, value) in [
        (SiteMsg::Id, s.id.as_str()),
        (SiteMsg::Status, status.as_str()),
        (SiteMsg::Date, s.date.as_deref().unwrap_or("")),
        (SiteMsg::ApprovedIn, &short(&a.commit)),
        (SiteMsg::ApprovedOn, a.date.get(..10).unwrap_or("")),
        (SiteMsg::ApprovedBy, approvers.as_str()),
        (SiteMsg::PublishedVersion, version.as_str()),
    ] {
        if !value.is_empty() {
            let _ = writeln!(out, "| {} | {} |", cell(t(lang, key)), cell(value));
        }
    }
    out.push('\n');
    out.push_str(&body(r.body(), &s.path, links));
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The body with raw HTML cleaned, links resolved and attribute lists
/// escaped; everything else, Liquid included, byte for byte.
pub fn body(markdown: &str, from: &str, links: &Links<'_>) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut open: Vec<(usize, String, String)> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                let cleaned = links.clean(&html);
                edits.push((range, cleaned));
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                open.push((range.start, dest_url.to_string(), String::new()));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(last) = open.last_mut() {
                    last.2.push_str(&text);
                }
                let at = &markdown[range.clone()];
                if at.contains("{:") {
                    edits.push((range, at.replace("{:", "\\{:")));
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                let Some((start, dest, text)) = open.pop() else {
                    continue;
                };
                let whole = start..range.end;
                let source = &markdown[whole.clone()];
                let replaced = match links.resolve(&dest, from) {
                    Target::Outside => continue,
                    Target::Page(id) => match links.href(&id, 1, "html") {
                        Some(href) if source.ends_with(')') && source.contains(dest.as_str()) => {
                            let at = source.rfind(dest.as_str()).unwrap_or(0);
                            format!("{}{href}{}", &source[..at], &source[at + dest.len()..])
                        }
                        _ => cell(&text),
                    },
                    Target::Drop => cell(&text),
                };
                // Edits inside the link are replaced by the whole link's.
                edits.retain(|(r, _)| r.start < whole.start || r.end > whole.end);
                edits.push((whole, replaced));
            }
            _ => {}
        }
    }
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(markdown.len());
    let mut at = 0;
    for (range, text) in edits {
        if range.start < at {
            continue;
        }
        out.push_str(&markdown[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&markdown[at..]);
    out
}
