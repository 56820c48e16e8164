//! `gov roadmap --format svg`: the roadmap as a timeline. Quarters as
//! columns under their years; one row per record, grouped by kind, its bar
//! spanning the quarters of its target and coloured by its status; the
//! label (ID, title and status in words, so colour is never the only
//! sign) on white beside the bar, on the side with room, cut with `…`
//! rather than leaving the canvas; today marked; a legend of the statuses;
//! a `<title>` and a `<desc>` listing every record, and what is not on the
//! picture, for screen readers (the colours and the legend are
//! [`super::timeline_legend`]'s). Fixed geometry and no clock: the same
//! model gives the same bytes.

use std::fmt::Write as _;

use jiff::civil::Date;

use super::roadmap::{quarters, title};
use super::style::Style;
use super::timeline_legend::{LEFT, WIDTH, colour, legend, legend_lines, statuses};
use super::wheel::xml;
use crate::i18n::PlanMsg;
use crate::quarter::Quarter;
use crate::report::{Roadmap, RoadmapItem};

const RIGHT: f64 = 1460.0;
/// How near the canvas's edge a label may come.
const EDGE: f64 = 16.0;
/// Where the rows start.
const TOP: f64 = 126.0;
/// A section heading's row, and a record's.
const HEADING: f64 = 34.0;
const ROW: f64 = 38.0;
/// A label's font size, and the width of one letter at it, measured
/// generously (0.62 em), so a cut label surely fits.
const LABEL: f64 = 13.0;
const LETTER: f64 = LABEL * 0.62;

/// The timeline as SVG text, with `today` marked when it is in the window.
pub fn render(roadmap: &Roadmap, today: Date, st: &Style<'_>) -> String {
    render_marked(roadmap, today, st.t(PlanMsg::RoadmapToday), st)
}

/// [`render`] with `day` marked by `label` (the site marks the published
/// commit's day by its date, not "today").
pub fn render_marked(roadmap: &Roadmap, day: Date, label: &str, st: &Style<'_>) -> String {
    let today = day;
    let statuses = statuses(roadmap);
    let colour = |status: &str| colour(&statuses, status);
    let n = (roadmap.to.index() - roadmap.from.index() + 1).max(1);
    let column = (RIGHT - LEFT) / f64::from(n);
    let groups = groups(roadmap, st);
    let rows: usize = groups.iter().map(|(_, items)| items.len()).sum();
    let grid_bottom = TOP + HEADING * groups.len() as f64 + ROW * rows as f64 + 8.0;
    let legend_top = grid_bottom + 56.0;
    let legend_lines = legend_lines(&statuses, st);
    let height = legend_top + 28.0 * legend_lines as f64 + 16.0;
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="title desc" font-family="DejaVu Sans, Verdana, sans-serif">"#
    );
    let _ = writeln!(
        out,
        r#"<title id="title">{}</title>"#,
        xml(&title(roadmap, st))
    );
    let _ = writeln!(
        out,
        r#"<desc id="desc">{}</desc>"#,
        xml(&desc(roadmap, n, st))
    );
    let _ = writeln!(
        out,
        r##"<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>"##
    );
    let _ = writeln!(
        out,
        r##"<text x="{LEFT}" y="44" font-size="24" font-weight="bold" fill="#2B3A4A">{}</text>"##,
        xml(&title(roadmap, st))
    );
    header(&mut out, roadmap, column, grid_bottom, st);
    // Under the records, whose labels have a white halo over it.
    if let Some(x) = x_of(roadmap, today, column) {
        let _ = writeln!(
            out,
            r##"<g id="today"><line x1="{x:.1}" y1="70" x2="{x:.1}" y2="{grid_bottom:.1}" stroke="#C00000" stroke-width="2.5"/><text x="{x:.1}" y="{:.1}" font-size="14" font-weight="bold" fill="#C00000" text-anchor="middle">{}</text></g>"##,
            grid_bottom + 22.0,
            xml(label)
        );
    }
    let mut y = TOP;
    out.push_str("<g id=\"records\">\n");
    for (kind, items) in &groups {
        let _ = writeln!(
            out,
            r##"<text x="{LEFT}" y="{:.1}" font-size="16" font-weight="bold" fill="#2B3A4A">{}</text>"##,
            y + 24.0,
            xml(kind)
        );
        y += HEADING;
        for item in items {
            bar(&mut out, roadmap, item, y, column, &colour, st);
            y += ROW;
        }
    }
    out.push_str("</g>\n");
    legend(&mut out, &statuses, legend_top, &colour, st);
    out.push_str("</svg>\n");
    out
}

/// The placed records by kind, plans first (what the rest serves), then
/// the configuration's order of kinds, each with its kind's label.
fn groups<'r>(roadmap: &'r Roadmap, st: &Style<'_>) -> Vec<(String, Vec<&'r RoadmapItem>)> {
    let mut out: Vec<(String, Vec<&RoadmapItem>)> = Vec::new();
    let mut kinds: Vec<&crate::config::Kind> = st.config.kinds.iter().collect();
    kinds.sort_by_key(|k| k.name != "plan");
    for kind in kinds {
        let items: Vec<&RoadmapItem> = roadmap
            .items
            .iter()
            .filter(|i| i.kind == kind.name)
            .collect();
        if !items.is_empty() {
            out.push((st.kind(&kind.name), items));
        }
    }
    out
}

/// Where a day is across the quarters; `None` outside the window.
fn x_of(roadmap: &Roadmap, day: Date, column: f64) -> Option<f64> {
    let q = Quarter::of(day);
    if q < roadmap.from || q > roadmap.to {
        return None;
    }
    let days = f64::from(crate::report::days_between(q.first_day(), q.last_day()) as i32 + 1);
    let into = crate::report::days_between(q.first_day(), day) as f64 + 0.5;
    let i = f64::from(q.index() - roadmap.from.index());
    Some(LEFT + (i + into / days) * column)
}

/// The years over their quarters, the columns' stripes and lines.
fn header(out: &mut String, roadmap: &Roadmap, column: f64, bottom: f64, st: &Style<'_>) {
    out.push_str("<g id=\"quarters\">\n");
    let first = roadmap.from.index();
    for index in first..=roadmap.to.index() {
        let q = Quarter::from_index(index);
        let x = LEFT + f64::from(index - first) * column;
        let fill = if index % 2 == 0 { "#F3F6F9" } else { "#E6ECF2" };
        let _ = writeln!(
            out,
            r##"<rect x="{x:.1}" y="92" width="{column:.1}" height="{:.1}" fill="{fill}"/>"##,
            bottom - 92.0
        );
        let n = q.quarter;
        let _ = writeln!(
            out,
            r##"<text x="{:.1}" y="112" font-size="14" fill="#2B3A4A" text-anchor="middle">{}</text>"##,
            x + column / 2.0,
            xml(&crate::tr!(st.lang(), PlanMsg::QuarterShort, n))
        );
        if q.quarter == 1 || index == first {
            let last = (index + i32::from(4 - q.quarter)).min(roadmap.to.index());
            let mid = x + f64::from(last - index + 1) * column / 2.0;
            let _ = writeln!(
                out,
                r##"<line x1="{x:.1}" y1="70" x2="{x:.1}" y2="{bottom:.1}" stroke="#9AA5B1" stroke-width="1"/><text x="{mid:.1}" y="86" font-size="16" font-weight="bold" fill="#2B3A4A" text-anchor="middle">{}</text>"##,
                q.year
            );
        }
    }
    out.push_str("</g>\n");
}

/// One record's row: its bar and its label.
fn bar(
    out: &mut String,
    roadmap: &Roadmap,
    item: &RoadmapItem,
    y: f64,
    column: f64,
    colour: &dyn Fn(&str) -> &'static str,
    st: &Style<'_>,
) {
    let first = roadmap.from.index();
    let from = item.from.max(roadmap.from).index() - first;
    let to = item.to.min(roadmap.to).index() - first;
    let (x1, x2) = (
        LEFT + f64::from(from) * column + 3.0,
        LEFT + f64::from(to + 1) * column - 3.0,
    );
    let status = item.status.as_deref().unwrap_or("unknown");
    let text = format!(
        "{} {} ({})",
        item.id,
        item.title,
        st.status(&item.kind, item.status.as_deref())
    );
    let full = format!("{text}: {}", quarters(item.from, item.to, st));
    let _ = writeln!(
        out,
        r##"<rect x="{x1:.1}" y="{:.1}" width="{:.1}" height="12" rx="3" fill="{}"><title>{}</title></rect>"##,
        y + 6.0,
        x2 - x1,
        colour(status),
        xml(&full)
    );
    let (x, anchor, label) = place_label(&text, x1, x2);
    let _ = writeln!(
        out,
        r##"<text x="{x:.1}" y="{:.1}" font-size="{LABEL}" fill="#1A1A1A" text-anchor="{anchor}" stroke="#ffffff" stroke-width="3" paint-order="stroke">{}</text>"##,
        y + 32.0,
        xml(&label)
    );
}

/// Where a label goes under its bar (`x1` to `x2`): from the bar's start
/// when it fits before the right edge, else ending at the bar's end when
/// it fits after the left edge, else on the roomier side, cut to fit.
pub fn place_label(text: &str, x1: f64, x2: f64) -> (f64, &'static str, String) {
    let width = text.chars().count() as f64 * LETTER;
    let right = WIDTH - EDGE - x1;
    let left = x2 - EDGE;
    if width <= right {
        (x1, "start", text.to_string())
    } else if width <= left {
        (x2, "end", text.to_string())
    } else if right >= left {
        (x1, "start", cut(text, right))
    } else {
        (x2, "end", cut(text, left))
    }
}

/// Text cut to fit `room`, ending in `…`.
fn cut(text: &str, room: f64) -> String {
    let max = ((room / LETTER).floor() as usize).max(1);
    let mut s: String = text.chars().take(max - 1).collect();
    s.push('…');
    s
}

/// Every record on the picture, and how many are not on it.
fn desc(roadmap: &Roadmap, quarters_shown: i32, st: &Style<'_>) -> String {
    let list: Vec<String> = roadmap
        .items
        .iter()
        .map(|i| {
            format!(
                "{} {} ({}, {}): {}",
                i.id,
                i.title,
                st.kind(&i.kind),
                st.status(&i.kind, i.status.as_deref()),
                quarters(i.from, i.to, st)
            )
        })
        .collect();
    let (count, list) = (list.len(), list.join("; "));
    let quarters = quarters_shown;
    let mut text = crate::tr!(st.lang(), PlanMsg::RoadmapDesc, quarters, count, list);
    if !roadmap.outside.is_empty() || !roadmap.unplaced.is_empty() {
        let (outside, unplaced) = (roadmap.outside.len(), roadmap.unplaced.len());
        text.push(' ');
        text.push_str(&crate::tr!(
            st.lang(),
            PlanMsg::RoadmapDescApart,
            outside,
            unplaced
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_goes_where_it_fits_and_is_cut_only_when_nothing_does() {
        let short = "CR-0001 Kort";
        assert_eq!(
            place_label(short, 100.0, 200.0),
            (100.0, "start", short.to_string())
        );
        let long = "x".repeat(40);
        // Near the right edge: ending at the bar's end instead.
        let (x, anchor, text) = place_label(&long, 1400.0, 1457.0);
        assert_eq!((x, anchor, text.chars().count()), (1457.0, "end", 40));
        // No room on either side: cut on the roomier one, and inside the canvas.
        let huge = "y".repeat(400);
        let (x, anchor, text) = place_label(&huge, 600.0, 700.0);
        assert_eq!((x, anchor), (600.0, "start"));
        assert!(text.ends_with('…'));
        assert!(x + text.chars().count() as f64 * LETTER <= WIDTH - EDGE);
        let (x, anchor, text) = place_label(&huge, 1000.0, 1457.0);
        assert_eq!((x, anchor), (1457.0, "end"));
        assert!(x - text.chars().count() as f64 * LETTER >= EDGE);
    }
}
