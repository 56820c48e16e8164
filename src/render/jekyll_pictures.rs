//! The Jekyll site's roadmap and annual cycle (issue 15): for each, the
//! picture as a file of its own (`roadmap.svg`, `aarshjul.svg`: a file
//! without front matter, which Jekyll copies as it is, so no Liquid ever
//! runs over text from records inside it) and a Markdown page with
//! just-the-docs front matter that shows it with its title as alt text,
//! then the same as text. Only approved versions: `publish::pictures`
//! made the models from them.

use std::fmt::Write;

use super::html::SiteFile;
use super::style::Style;
use super::{calendar as cal, roadmap as rm, timeline, wheel};
use crate::config::Config;
use crate::i18n::{Msg, PlanMsg, SiteMsg, t};
use crate::report::{Calendar, Pictures};
use crate::tr;

/// A YAML scalar for front matter: a JSON string is a YAML string.
fn yaml(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// Text for Markdown, with `{` escaped so Liquid sees no tag in it.
fn md(text: &str) -> String {
    super::escape::markdown(text).replace('{', "\\{")
}

/// The pictures' files and pages, `nav_order` counted on from `after`.
pub fn files(pictures: &Pictures, config: &Config, after: usize) -> Vec<SiteFile> {
    let Some(day) = pictures.day else {
        return Vec::new();
    };
    let st = Style {
        config,
        width: None,
        colour: false,
        explain: false,
    };
    let lang = config.lang;
    let parent = t(lang, SiteMsg::SiteTitle);
    let date = st.date(&crate::date::iso(day));
    let mut out = Vec::new();
    let mut order = after;
    if let Some(roadmap) = &pictures.roadmap {
        order += 1;
        let title = t(lang, PlanMsg::RoadmapName);
        let svg = timeline::render_marked(roadmap, day, &date, &st);
        let intro = tr!(lang, PlanMsg::SiteRoadmapIntro, date);
        let text = rm::markdown(roadmap, &st).replace('{', "\\{");
        let page = page(
            title,
            parent,
            order,
            &intro,
            &rm::title(roadmap, &st),
            "roadmap.svg",
            &text,
        );
        out.push(SiteFile {
            path: "roadmap.svg".into(),
            bytes: svg.into_bytes(),
        });
        out.push(SiteFile {
            path: "roadmap.md".into(),
            bytes: page.into_bytes(),
        });
    }
    if let Some(calendar) = &pictures.calendar {
        order += 1;
        let title = t(lang, Msg::CalendarName);
        let svg = wheel::render_marked(calendar, day, &date, &st);
        let year = calendar.from.year();
        let intro = tr!(lang, PlanMsg::SiteCycleIntro, year, date);
        let (from, to) = (
            crate::date::iso(calendar.from),
            crate::date::iso(calendar.to),
        );
        let alt = tr!(lang, Msg::WheelTitle, from, to);
        let page = page(
            title,
            parent,
            order,
            &intro,
            &alt,
            "aarshjul.svg",
            &cycle_text(calendar, &st),
        );
        out.push(SiteFile {
            path: "aarshjul.svg".into(),
            bytes: svg.into_bytes(),
        });
        out.push(SiteFile {
            path: "aarshjul.md".into(),
            bytes: page.into_bytes(),
        });
    }
    out
}

/// A picture's page: front matter, heading, intro, the image and the text.
fn page(
    title: &str,
    parent: &str,
    order: usize,
    intro: &str,
    alt: &str,
    file: &str,
    text: &str,
) -> String {
    format!(
        "---\ntitle: {}\nparent: {}\nnav_order: {order}\n---\n\n# {}\n\n{}\n\n![{}]({file})\n\n{text}",
        yaml(title),
        yaml(parent),
        md(title),
        md(intro),
        md(alt).replace(['[', ']'], "")
    )
}

/// The annual cycle as a Markdown table.
fn cycle_text(calendar: &Calendar, st: &Style<'_>) -> String {
    let mut out = format!("## {}\n\n", md(st.t(PlanMsg::SiteAsText)));
    if calendar.entries.is_empty() {
        let (from, to) = (
            st.date(&crate::date::iso(calendar.from)),
            st.date(&crate::date::iso(calendar.to)),
        );
        let _ = writeln!(out, "{}", md(&tr!(st.lang(), Msg::CalendarEmpty, from, to)));
        return out;
    }
    let head = [
        st.t(SiteMsg::Date),
        st.t(PlanMsg::SiteTime),
        st.t(PlanMsg::SiteBody),
        st.t(SiteMsg::Title),
        st.t(PlanMsg::SitePlace),
        st.t(PlanMsg::SiteNote),
    ];
    let _ = writeln!(
        out,
        "| {} |\n|{}",
        head.join(" | "),
        "---|".repeat(head.len())
    );
    for e in &calendar.entries {
        let cells = [
            crate::date::iso(e.date),
            cal::hours(e, st),
            e.body_label.clone().unwrap_or_default(),
            e.title.clone(),
            e.place.clone().unwrap_or_default(),
            cal::note(e, st),
        ];
        let cells: Vec<String> = cells.iter().map(|c| md(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}
