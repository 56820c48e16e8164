//! `gov roadmap` as Markdown (a table by quarter, then what lies outside
//! the period and what could not be placed, with why) and JSON (the model
//! itself); the picture is [`super::timeline`], over the same model.

use super::escape;
use super::style::Style;
use crate::i18n::{Msg, PlanMsg};
use crate::quarter::Quarter;
use crate::report::{Reason, Roadmap, RoadmapItem, Target, Unplaced};

/// The roadmap as JSON: the model itself.
pub fn json(roadmap: &Roadmap) -> String {
    let mut text = serde_json::to_string_pretty(roadmap).unwrap_or_default();
    text.push('\n');
    text
}

/// `1. kvartal 2027` / `Q1 2027`.
pub fn quarter(q: Quarter, st: &Style<'_>) -> String {
    let (n, year) = (q.quarter, q.year);
    crate::tr!(st.lang(), PlanMsg::QuarterLong, n, year)
}

/// `1. kvartal 2027` or `1. kvartal 2026 – 4. kvartal 2027`.
pub fn quarters(from: Quarter, to: Quarter, st: &Style<'_>) -> String {
    if from == to {
        quarter(from, st)
    } else {
        format!("{} – {}", quarter(from, st), quarter(to, st))
    }
}

/// The roadmap's title with its window.
pub fn title(roadmap: &Roadmap, st: &Style<'_>) -> String {
    let (from, to) = (quarter(roadmap.from, st), quarter(roadmap.to, st));
    crate::tr!(st.lang(), PlanMsg::RoadmapTitle, from, to)
}

/// Where a place came from: `target: 2027-Q1`, or a release and its date.
pub fn target(t: &Target, st: &Style<'_>) -> String {
    let lang = st.lang();
    let release = &t.written;
    match (&t.tag, &t.tagged) {
        (Some(tag), Some(date)) => {
            let date = st.date(date);
            crate::tr!(lang, PlanMsg::ReleaseTagged, release, tag, date)
        }
        _ if t.planned => crate::tr!(lang, PlanMsg::ReleasePlanned, release),
        _ => format!("`{}: {}`", t.field, t.written),
    }
}

/// Why a record could not be placed, in a sentence.
pub fn reason(u: &Unplaced, st: &Style<'_>) -> String {
    let lang = st.lang();
    match &u.reason {
        Reason::NoTarget => st.t(PlanMsg::NoTarget).to_string(),
        Reason::Unreadable { field, written } => {
            crate::tr!(lang, PlanMsg::TargetUnreadable, field, written)
        }
        Reason::ReleaseNotDated { release } => crate::tr!(lang, PlanMsg::ReleaseNotDated, release),
    }
}

/// The roadmap as Markdown.
pub fn markdown(roadmap: &Roadmap, st: &Style<'_>) -> String {
    let mut out = format!("## {}\n\n", escape::markdown(&title(roadmap, st)));
    if roadmap.items.is_empty() {
        out.push_str(&format!("{}\n", st.t(PlanMsg::RoadmapEmpty)));
    } else {
        table(&mut out, &roadmap.items, st);
    }
    if !roadmap.outside.is_empty() {
        out.push_str(&format!("\n### {}\n\n", st.t(PlanMsg::RoadmapOutside)));
        for i in &roadmap.outside {
            out.push_str(&format!(
                "- **{}** {}: {} ({})\n",
                escape::markdown(&i.id),
                escape::markdown(&i.title),
                quarters(i.from, i.to, st),
                escape::markdown(&target(&i.target, st))
            ));
        }
    }
    if !roadmap.unplaced.is_empty() {
        out.push_str(&format!("\n### {}\n\n", st.t(PlanMsg::RoadmapUnplaced)));
        for u in &roadmap.unplaced {
            out.push_str(&format!(
                "- **{}** {} ({}, {}) – {}\n",
                escape::markdown(&u.id),
                escape::markdown(&u.title),
                escape::markdown(&st.kind(&u.kind)),
                escape::markdown(&st.status(&u.kind, u.status.as_deref())),
                escape::markdown(&reason(u, st))
            ));
        }
    }
    out
}

/// The placed records as a Markdown table.
fn table(out: &mut String, items: &[RoadmapItem], st: &Style<'_>) {
    let head = [
        st.t(PlanMsg::ColQuarters),
        st.t(Msg::ColId),
        st.t(Msg::ColTitle),
        st.t(Msg::ColKind),
        st.t(Msg::ColStatus),
        st.t(PlanMsg::ColTarget),
    ];
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(head.len())));
    for i in items {
        let cells = [
            quarters(i.from, i.to, st),
            i.id.clone(),
            i.title.clone(),
            st.kind(&i.kind),
            st.status(&i.kind, i.status.as_deref()),
            target(&i.target, st),
        ];
        let cells: Vec<String> = cells
            .iter()
            .map(|c| escape::markdown(c).into_owned())
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
}
