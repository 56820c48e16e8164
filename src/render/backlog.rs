//! `gov backlog` as a terminal table and as Markdown, with `--explain`
//! showing each score's terms; JSON is the ranked array itself.

use super::escape;
use super::style::{Format, Style};
use super::table::{Column, Table};
use crate::i18n::Msg;
use crate::report::{Backlog, CHANGE, Ranked};

/// The backlog in a format.
pub fn render(backlog: &Backlog, format: Format, style: &Style<'_>) -> String {
    match format {
        Format::Json => {
            let mut text = serde_json::to_string_pretty(&backlog.items).unwrap_or_default();
            text.push('\n');
            text
        }
        Format::Table => text(backlog, style),
        Format::Markdown => markdown(backlog, style),
    }
}

/// The name of a scoring field in the output language.
fn field(st: &Style<'_>, name: &str) -> String {
    let msg = match name {
        "value" => Msg::FieldValue,
        "effort" => Msg::FieldEffort,
        "risk" => Msg::FieldRisk,
        "urgency" => Msg::FieldUrgency,
        "support" => Msg::FieldSupport,
        "category" => Msg::FieldCategory,
        other => return other.to_string(),
    };
    st.t(msg).to_string()
}

/// A category by the label of the change kind's type of that name.
fn category(st: &Style<'_>, id: &str) -> String {
    st.config
        .kind(CHANGE)
        .and_then(|k| k.types.iter().find(|t| t.id == id))
        .map_or(id.to_string(), |t| t.labels.get(st.lang()).to_string())
}

/// `(2×4 værdi + 0,5×3 opbakning + 3 kategori: security) / 2 omfang = 4,75`
pub fn explanation(r: &Ranked, st: &Style<'_>) -> String {
    let terms: Vec<String> = r
        .terms
        .iter()
        .map(|t| match &t.note {
            Some(note) => format!(
                "{} {}: {}",
                st.number(t.points),
                field(st, &t.field),
                category(st, note)
            ),
            None => format!(
                "{}×{} {}",
                st.number(t.weight),
                st.number(t.value),
                field(st, &t.field)
            ),
        })
        .collect();
    let sum = if terms.is_empty() {
        "0".to_string()
    } else {
        terms.join(" + ")
    };
    let mut text = match &r.divisor {
        Some(d) => {
            let assumed = if d.assumed {
                format!(" ({})", st.t(Msg::Assumed))
            } else {
                String::new()
            };
            format!(
                "({sum}) / {} {}{assumed}",
                st.number(d.value),
                field(st, &d.field)
            )
        }
        None => sum,
    };
    text.push_str(&format!(" = {}", st.number(r.score)));
    if !r.evaluated {
        text.push_str(&format!("; {}", st.t(Msg::NotEvaluated)));
    }
    if let Some(before) = &r.moved_before {
        text.push_str(&format!(
            "; {} {before} (#{} {})",
            st.t(Msg::MovedBefore),
            r.score_rank,
            st.t(Msg::ByScore)
        ));
    }
    text
}

fn text(b: &Backlog, st: &Style<'_>) -> String {
    if b.items.is_empty() {
        return format!("{}\n", st.t(Msg::BacklogEmpty));
    }
    let columns = vec![
        Column::right(st.t(Msg::ColRank)),
        Column::left(st.t(Msg::ColId)),
        Column::right(st.t(Msg::ColScore)),
        Column::left(st.t(Msg::ColStatus)),
        Column::left(st.t(Msg::ColTitle)),
    ];
    let rows: Vec<Vec<String>> = b
        .items
        .iter()
        .map(|r| {
            let rank = if r.moved_before.is_some() {
                format!("{}*", r.rank)
            } else {
                r.rank.to_string()
            };
            vec![
                rank,
                r.id.clone(),
                st.number(r.score),
                st.status(CHANGE, r.status.as_deref()),
                r.title.clone(),
            ]
        })
        .collect();
    let laid = Table::of(columns).width(st.width).render(&rows);
    if !st.explain {
        return laid;
    }
    let mut out = String::new();
    let mut lines = laid.lines();
    if let Some(header) = lines.next() {
        out.push_str(header);
        out.push('\n');
    }
    for (line, r) in lines.zip(&b.items) {
        out.push_str(line);
        out.push('\n');
        out.push_str(&format!("    = {}\n", escape::line(&explanation(r, st))));
    }
    lapsed(&mut out, b, st, "");
    out
}

fn lapsed(out: &mut String, b: &Backlog, st: &Style<'_>, bullet: &str) {
    if b.lapsed.is_empty() {
        return;
    }
    out.push_str(&format!("\n{}:\n", st.t(Msg::LapsedMoves)));
    for m in &b.lapsed {
        let indent = if bullet.is_empty() { "  " } else { bullet };
        let (id, before) = if bullet.is_empty() {
            (escape::line(&m.id), escape::line(&m.before))
        } else {
            (escape::markdown(&m.id), escape::markdown(&m.before))
        };
        out.push_str(&format!("{indent}{id} → {before}\n"));
    }
}

fn markdown(b: &Backlog, st: &Style<'_>) -> String {
    let mut out = format!("## {}\n\n", st.t(Msg::BacklogTitle));
    if b.items.is_empty() {
        out.push_str(&format!("{}\n", st.t(Msg::BacklogEmpty)));
        return out;
    }
    for r in &b.items {
        out.push_str(&format!(
            "{}. **{}** {} – {}, {} {}\n",
            r.rank,
            escape::markdown(&r.id),
            escape::markdown(&r.title),
            escape::markdown(&st.status(CHANGE, r.status.as_deref())),
            st.t(Msg::ColScore).to_lowercase(),
            st.number(r.score)
        ));
        if st.explain {
            out.push_str(&format!("   - {}\n", escape::markdown(&explanation(r, st))));
        }
    }
    if st.explain {
        lapsed(&mut out, b, st, "- ");
    }
    out
}
