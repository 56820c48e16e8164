//! The public site as static HTML (`gov publish --format html`): a home
//! page, one list per kind (decisions by type, the approved backlog with
//! its delivery status, meetings, plans) and one page per record with its
//! metadata, approval and traceability. No JavaScript; every word from the
//! catalogue; every value from a record escaped, every body cleaned.

mod body;
mod layout;
mod pictures;
mod record;

pub use layout::esc;
pub use pictures::{CYCLE, ROADMAP};
pub use record::status_text;

use std::fmt::Write;

use super::pages::Pages;
use super::site_links::Links;
use crate::config::Config;
use crate::i18n::{SiteMsg, t};
use crate::report::{Approved, Pictures, Published};
use crate::tr;

/// One file of the site: its path from the site's root (`/`-separated,
/// made by [`Pages`]) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    /// The path from the site's root.
    pub path: String,
    /// The content.
    pub bytes: Vec<u8>,
}

/// Every page of the site, in a fixed order: the home page, the kinds'
/// lists, the roadmap and the annual cycle when there are pictures, and
/// the records.
pub fn site(site: &Approved, pictures: &Pictures, config: &Config) -> Vec<SiteFile> {
    let kinds = published_kinds(config);
    let pages = Pages::of(site, &kinds);
    let links = Links::new(site, &pages, config.forge_url.as_deref());
    let lang = config.lang;
    let drawn = pictures::nav(pictures, config);
    let nav: Vec<(String, String)> = kinds
        .iter()
        .filter_map(|k| {
            let folder = pages.kind(k)?;
            Some((format!("{folder}/index.html"), config.kind_label(k, lang)))
        })
        .chain(drawn.iter().cloned())
        .collect();
    let mut files = Vec::with_capacity(site.records.len() + kinds.len() + 3);
    files.push(SiteFile {
        path: "index.html".into(),
        bytes: home(site, config, &pages, &kinds, &nav, &drawn).into_bytes(),
    });
    for kind in &kinds {
        let Some(folder) = pages.kind(kind) else {
            continue;
        };
        let records: Vec<&Published> = site
            .records
            .iter()
            .filter(|r| &r.summary.kind == kind)
            .collect();
        let main = list(config, kind, &records, &pages);
        let title = config.kind_label(kind, lang);
        files.push(SiteFile {
            path: format!("{folder}/index.html"),
            bytes: layout::page(lang, &title, 1, &nav, &main).into_bytes(),
        });
    }
    for (path, title, main) in pictures::pages(pictures, config, &pages) {
        files.push(SiteFile {
            path,
            bytes: layout::page(lang, &title, 0, &nav, &main).into_bytes(),
        });
    }
    for r in &site.records {
        let Some((folder, name)) = pages.record(&r.summary.id) else {
            continue;
        };
        let main = record::main(r, config, &links);
        files.push(SiteFile {
            path: format!("{folder}/{name}.html"),
            bytes: layout::page(lang, &r.summary.title, 1, &nav, &main).into_bytes(),
        });
    }
    files
}

/// The kinds that have approved statuses, in the configuration's order.
pub fn published_kinds(config: &Config) -> Vec<String> {
    config
        .kinds
        .iter()
        .filter(|k| !config.publish.approved(&k.name).is_empty())
        .map(|k| k.name.clone())
        .collect()
}

fn home(
    site: &Approved,
    config: &Config,
    pages: &Pages,
    kinds: &[String],
    nav: &[(String, String)],
    drawn: &[(String, String)],
) -> String {
    let lang = config.lang;
    let mut main = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<ul>\n",
        esc(t(lang, SiteMsg::SiteTitle)),
        esc(t(lang, SiteMsg::SiteIntro))
    );
    for kind in kinds {
        let Some(folder) = pages.kind(kind) else {
            continue;
        };
        let n = site
            .records
            .iter()
            .filter(|r| &r.summary.kind == kind)
            .count();
        let _ = writeln!(
            main,
            "<li><a href=\"{folder}/index.html\">{}</a>: {}</li>",
            esc(&config.kind_label(kind, lang)),
            esc(&tr!(lang, SiteMsg::Count, n))
        );
    }
    for (href, label) in drawn {
        let _ = writeln!(main, "<li><a href=\"{href}\">{}</a></li>", esc(label));
    }
    main.push_str("</ul>\n");
    if let (Some(commit), Some(date)) = (&site.head, &site.head_date) {
        let short = commit.get(..7).unwrap_or(commit);
        let date = date.get(..10).unwrap_or(date);
        let _ = writeln!(
            main,
            "<p>{}</p>",
            esc(&tr!(lang, SiteMsg::PublishedFrom, commit = short, date))
        );
    }
    layout::page(lang, t(lang, SiteMsg::SiteTitle), 0, nav, &main)
}

/// A kind's list: grouped by type when the kind has types, newest first.
fn list(config: &Config, kind: &str, records: &[&Published], pages: &Pages) -> String {
    let lang = config.lang;
    let mut main = format!("<h1>{}</h1>\n", esc(&config.kind_label(kind, lang)));
    if records.is_empty() {
        let _ = writeln!(main, "<p>{}</p>", esc(t(lang, SiteMsg::Empty)));
        return main;
    }
    let k = config.kind(kind);
    let mut groups: Vec<(Option<String>, String)> = k
        .map(|k| {
            k.types
                .iter()
                .map(|ty| (Some(ty.id.clone()), ty.labels.get(lang).to_string()))
                .collect()
        })
        .unwrap_or_default();
    let typed = !groups.is_empty();
    groups.push((None, t(lang, SiteMsg::OtherType).to_string()));
    for (ty, label) in groups {
        let mut rows: Vec<&&Published> = records
            .iter()
            .filter(|r| !typed || r.summary.kind_type == ty)
            .collect();
        if rows.is_empty() {
            continue;
        }
        // Newest first; then by ID, so the order never depends on input.
        rows.sort_by(|a, b| {
            (&b.summary.date, &a.summary.id).cmp(&(&a.summary.date, &b.summary.id))
        });
        if typed {
            let _ = writeln!(main, "<h2>{}</h2>", esc(&label));
        }
        let _ = writeln!(
            main,
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            esc(t(lang, SiteMsg::Id)),
            esc(t(lang, SiteMsg::Title)),
            esc(t(lang, SiteMsg::Status)),
            esc(t(lang, SiteMsg::Date)),
        );
        for r in rows {
            let Some((_, name)) = pages.record(&r.summary.id) else {
                continue;
            };
            let _ = writeln!(
                main,
                "<tr><td>{}</td><td><a href=\"{name}.html\">{}</a></td><td>{}</td><td>{}</td></tr>",
                esc(&r.summary.id),
                esc(&r.summary.title),
                esc(&record::status_text(r, config)),
                esc(r.summary.date.as_deref().unwrap_or("")),
            );
        }
        main.push_str("</tbody>\n</table>\n");
        if !typed {
            break;
        }
    }
    main
}
