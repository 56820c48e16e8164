//! The site's roadmap page and annual-cycle page (issue 15): each the
//! picture inline (an SVG with `role="img"`, named by its `<title>` and
//! described by its `<desc>`, drawn for the published commit's day) and
//! then the same as text, a table, for whoever does not see the picture.
//! Only approved versions are on them: `publish::pictures` made them so.

use std::fmt::Write;

use super::esc;
use crate::config::Config;
use crate::i18n::{Msg, PlanMsg, t};
use crate::render::pages::Pages;
use crate::render::style::Style;
use crate::render::{calendar as cal, roadmap as rm, timeline, wheel};
use crate::report::{Calendar, Pictures, Roadmap};
use crate::tr;

/// The roadmap page's path from the site's root.
pub const ROADMAP: &str = "roadmap.html";
/// The annual-cycle page's path from the site's root.
pub const CYCLE: &str = "aarshjul.html";

/// The pages there are pictures for, as (path, title), in the
/// navigation's order.
pub fn nav(pictures: &Pictures, config: &Config) -> Vec<(String, String)> {
    let lang = config.lang;
    let mut out = Vec::new();
    if pictures.roadmap.is_some() {
        out.push((
            ROADMAP.to_string(),
            t(lang, PlanMsg::RoadmapName).to_string(),
        ));
    }
    if pictures.calendar.is_some() {
        out.push((CYCLE.to_string(), t(lang, Msg::CalendarName).to_string()));
    }
    out
}

/// The main content of each picture's page, as (path, title, main).
pub fn pages(pictures: &Pictures, config: &Config, pages: &Pages) -> Vec<(String, String, String)> {
    let st = Style {
        config,
        width: None,
        colour: false,
        explain: false,
    };
    let Some(day) = pictures.day else {
        return Vec::new();
    };
    let date = st.date(&crate::date::iso(day));
    let lang = config.lang;
    let mut out = Vec::new();
    if let Some(roadmap) = &pictures.roadmap {
        let title = t(lang, PlanMsg::RoadmapName).to_string();
        let mut main = format!(
            "<h1>{}</h1>\n<p>{}</p>\n<figure>\n{}</figure>\n",
            esc(&title),
            esc(&tr!(lang, PlanMsg::SiteRoadmapIntro, date)),
            timeline::render_marked(roadmap, day, &date, &st)
        );
        roadmap_text(&mut main, roadmap, pages, &st);
        out.push((ROADMAP.to_string(), title, main));
    }
    if let Some(calendar) = &pictures.calendar {
        let title = t(lang, Msg::CalendarName).to_string();
        let year = calendar.from.year();
        let mut main = format!(
            "<h1>{}</h1>\n<p>{}</p>\n<figure>\n{}</figure>\n",
            esc(&title),
            esc(&tr!(lang, PlanMsg::SiteCycleIntro, year, date)),
            wheel::render_marked(calendar, day, &date, &st)
        );
        cycle_text(&mut main, calendar, pages, &st);
        out.push((CYCLE.to_string(), title, main));
    }
    out
}

/// A record's ID, linked to its page when it has one.
fn linked(id: &str, pages: &Pages) -> String {
    match pages.record(id) {
        Some((folder, name)) => format!("<a href=\"{folder}/{name}.html\">{}</a>", esc(id)),
        None => esc(id),
    }
}

/// A table's head row.
fn head(out: &mut String, columns: &[&str]) {
    out.push_str("<table>\n<thead><tr>");
    for c in columns {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(c));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
}

fn roadmap_text(out: &mut String, roadmap: &Roadmap, pages: &Pages, st: &Style<'_>) {
    let _ = writeln!(out, "<h2>{}</h2>", esc(st.t(PlanMsg::SiteAsText)));
    if roadmap.items.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(st.t(PlanMsg::RoadmapEmpty)));
    } else {
        let columns = [
            st.t(PlanMsg::SiteQuarters),
            st.t(crate::i18n::SiteMsg::Id),
            st.t(crate::i18n::SiteMsg::Title),
            st.t(PlanMsg::SiteKind),
            st.t(crate::i18n::SiteMsg::Status),
            st.t(PlanMsg::SiteTarget),
        ];
        head(out, &columns);
        for i in &roadmap.items {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&rm::quarters(i.from, i.to, st)),
                linked(&i.id, pages),
                esc(&i.title),
                esc(&st.kind(&i.kind)),
                esc(&st.status(&i.kind, i.status.as_deref())),
                esc(rm::target(&i.target, st).trim_matches('`')),
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if !roadmap.outside.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>\n<ul>", esc(st.t(PlanMsg::RoadmapOutside)));
        for i in &roadmap.outside {
            let _ = writeln!(
                out,
                "<li>{} {}: {}</li>",
                linked(&i.id, pages),
                esc(&i.title),
                esc(&rm::quarters(i.from, i.to, st))
            );
        }
        out.push_str("</ul>\n");
    }
    if !roadmap.unplaced.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul>",
            esc(st.t(PlanMsg::RoadmapUnplaced))
        );
        for u in &roadmap.unplaced {
            let _ = writeln!(
                out,
                "<li>{} {} – {}</li>",
                linked(&u.id, pages),
                esc(&u.title),
                esc(&rm::reason(u, st).replace('`', ""))
            );
        }
        out.push_str("</ul>\n");
    }
}

fn cycle_text(out: &mut String, calendar: &Calendar, pages: &Pages, st: &Style<'_>) {
    let _ = writeln!(out, "<h2>{}</h2>", esc(st.t(PlanMsg::SiteAsText)));
    if calendar.entries.is_empty() {
        let (from, to) = (
            st.date(&crate::date::iso(calendar.from)),
            st.date(&crate::date::iso(calendar.to)),
        );
        let _ = writeln!(
            out,
            "<p>{}</p>",
            esc(&tr!(st.lang(), Msg::CalendarEmpty, from, to))
        );
        return;
    }
    let columns = [
        st.t(crate::i18n::SiteMsg::Date),
        st.t(PlanMsg::SiteTime),
        st.t(PlanMsg::SiteBody),
        st.t(crate::i18n::SiteMsg::Title),
        st.t(PlanMsg::SitePlace),
        st.t(PlanMsg::SiteNote),
    ];
    head(out, &columns);
    for e in &calendar.entries {
        let title = match &e.meeting {
            Some(id) => match pages.record(id) {
                Some((folder, name)) => {
                    format!("<a href=\"{folder}/{name}.html\">{}</a>", esc(&e.title))
                }
                None => esc(&e.title),
            },
            None => esc(&e.title),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{title}</td><td>{}</td><td>{}</td></tr>",
            esc(&crate::date::iso(e.date)),
            esc(&cal::hours(e, st)),
            esc(e.body_label.as_deref().unwrap_or("")),
            esc(e.place.as_deref().unwrap_or("")),
            esc(&cal::note(e, st)),
        );
    }
    out.push_str("</tbody>\n</table>\n");
}
