//! The colours of `gov roadmap --format svg` and its legend: one colour
//! per canonical status, fixed for the usual ones, so a status keeps its
//! colour from picture to picture, and a legend that wraps inside the
//! canvas with each status in words.

use std::fmt::Write as _;

use super::style::Style;
use super::wheel::xml;
use crate::i18n::PlanMsg;
use crate::report::Roadmap;

/// The canvas's width; its height follows the rows. Here, below the
/// timeline that draws on it, so the legend needs nothing from it.
pub(super) const WIDTH: f64 = 1500.0;
/// Left edge of the quarters (the right one is as far from the other side).
pub(super) const LEFT: f64 = 40.0;

/// Colours by canonical status, from Okabe and Ito's palette (told apart
/// also by people who see colours differently); other statuses take the
/// rest in turn.
const BY_STATUS: [(&str, &str); 8] = [
    ("draft", "#999999"),
    ("proposed", "#E69F00"),
    ("approved", "#0072B2"),
    ("planned", "#56B4E9"),
    ("active", "#009E73"),
    ("in_progress", "#D55E00"),
    ("delivered", "#CC79A7"),
    ("unknown", "#6B6B6B"),
];
const OTHERS: [&str; 3] = ["#8C6D1F", "#1A1A1A", "#F0E442"];

/// The canonical statuses on the picture, in the order of [`BY_STATUS`],
/// then as they first appear.
pub(super) fn statuses(roadmap: &Roadmap) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for i in &roadmap.items {
        let s = i.status.clone().unwrap_or_else(|| "unknown".into());
        if !seen.contains(&s) {
            seen.push(s);
        }
    }
    let rank = |s: &String| {
        BY_STATUS
            .iter()
            .position(|(id, _)| id == s)
            .unwrap_or(usize::MAX)
    };
    seen.sort_by_key(|s| rank(s));
    seen
}

/// A status's colour.
pub(super) fn colour(statuses: &[String], status: &str) -> &'static str {
    if let Some((_, c)) = BY_STATUS.iter().find(|(id, _)| *id == status) {
        return c;
    }
    let others = statuses
        .iter()
        .filter(|s| !BY_STATUS.iter().any(|(id, _)| id == s));
    let i = others.take_while(|s| s.as_str() != status).count();
    OTHERS[i % OTHERS.len()]
}

/// How many lines the legend takes.
pub(super) fn legend_lines(statuses: &[String], st: &Style<'_>) -> usize {
    legend_places(statuses, st)
        .last()
        .map_or(1, |(_, _, line)| line + 1)
}

/// Each legend entry's text, x and line.
fn legend_places(statuses: &[String], st: &Style<'_>) -> Vec<(String, f64, usize)> {
    let mut x = LEFT + 8.0 * 8.0 + 12.0;
    let mut line = 0;
    let mut out = Vec::new();
    for s in statuses {
        let text = status_word(s, st);
        let w = 44.0 + 8.7 * text.chars().count() as f64;
        if x + w > WIDTH - LEFT {
            x = LEFT;
            line += 1;
        }
        out.push((text, x, line));
        x += w;
    }
    out
}

/// A canonical status in words, from the first kind on the roadmap that has it.
fn status_word(status: &str, st: &Style<'_>) -> String {
    st.config
        .roadmap
        .show
        .keys()
        .find_map(|k| st.config.status_label(k, status, st.lang()))
        .map_or_else(|| st.status("", Some(status)), str::to_string)
}

/// The legend: each status on the picture, its colour and its word.
pub(super) fn legend(
    out: &mut String,
    statuses: &[String],
    top: f64,
    colour: &dyn Fn(&str) -> &'static str,
    st: &Style<'_>,
) {
    out.push_str("<g id=\"legend\">\n");
    let _ = writeln!(
        out,
        r##"<text x="{LEFT}" y="{top:.1}" font-size="14" font-weight="bold" fill="#1A1A1A">{}</text>"##,
        xml(st.t(PlanMsg::RoadmapLegend))
    );
    for ((text, x, line), s) in legend_places(statuses, st).into_iter().zip(statuses) {
        let y = top + 28.0 * line as f64;
        let _ = writeln!(
            out,
            r##"<rect x="{x:.1}" y="{:.1}" width="20" height="12" rx="3" fill="{}"/><text x="{:.1}" y="{y:.1}" font-size="14" fill="#1A1A1A">{}</text>"##,
            y - 11.0,
            colour(s),
            x + 26.0,
            xml(&text)
        );
    }
    out.push_str("</g>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_statuses_keep_their_colour_and_others_take_turns() {
        let statuses: Vec<String> = ["approved", "zeta", "omega"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(colour(&statuses, "approved"), "#0072B2");
        assert_eq!(colour(&statuses, "zeta"), OTHERS[0]);
        assert_eq!(colour(&statuses, "omega"), OTHERS[1]);
    }
}
