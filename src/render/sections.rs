//! A report as a list of sections, each a heading, rows and notes, built
//! once and rendered two ways: as headings and tables that fit the
//! terminal, or as Markdown lists ready to paste into an agenda or a
//! newsletter. Each row carries its cells (for the table) and its list
//! item (for Markdown), made together from the same entry, so the two
//! renderings cannot disagree about what a section holds.

use super::escape::markdown as md;
use super::style::Style;
use super::table::{Column, Table, fit};

/// One section of a report.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// The table's columns.
    pub columns: Vec<Column<'static>>,
    /// The rows, in groups (one unnamed group when the section has none).
    pub groups: Vec<Group>,
    /// Whether the table shows each group under its name; otherwise the
    /// table is one over all rows (a column already names the group) and
    /// only Markdown shows the names.
    pub grouped_table: bool,
    /// Lines after the rows.
    pub notes: Vec<Item>,
}

/// Rows under a name: the deciding body, the owner, the release.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The name; `None` for the one group of a section without groups.
    pub name: Option<String>,
    /// The rows.
    pub rows: Vec<Row>,
}

/// One entry of a section.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The table's cells, one per column.
    pub cells: Vec<String>,
    /// The Markdown list item.
    pub item: Item,
}

/// A list item: bulleted, or numbered (a rank).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    /// The number, for a numbered list.
    pub number: Option<usize>,
    /// The text, piece by piece.
    pub spans: Vec<Span>,
}

/// A piece of an item's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    /// Text as it is.
    Text(String),
    /// Text in bold (an ID, a date).
    Bold(String),
}

impl Item {
    /// A bulleted item.
    pub fn bullet(spans: Vec<Span>) -> Item {
        Item {
            number: None,
            spans,
        }
    }

    /// The text without emphasis: a note under a table.
    pub fn plain(&self) -> String {
        self.spans
            .iter()
            .map(|s| match s {
                Span::Text(t) | Span::Bold(t) => t.as_str(),
            })
            .collect()
    }

    /// The item as a Markdown list line, every piece escaped.
    fn markdown(&self, out: &mut String) {
        match self.number {
            Some(n) => out.push_str(&format!("{n}. ")),
            None => out.push_str("- "),
        }
        for span in &self.spans {
            match span {
                Span::Text(t) => out.push_str(&md(t)),
                Span::Bold(t) => {
                    out.push_str("**");
                    out.push_str(&md(t));
                    out.push_str("**");
                }
            }
        }
        out.push('\n');
    }
}

/// The report as terminal text: a bold title, then each section's bold
/// heading and tables indented under it, every line cut to the width;
/// `nothing` instead of the sections when there is nothing to report.
pub fn text(title: &str, nothing: Option<&str>, sections: &[Section], st: &Style<'_>) -> String {
    let mut out = st.heading(title);
    if let Some(nothing) = nothing {
        out.push_str(&format!("\n{nothing}\n"));
        return out;
    }
    for s in sections {
        out.push('\n');
        out.push_str(&st.heading(&fit(&s.heading, st.width)));
        if s.grouped_table {
            for g in &s.groups {
                let name = g.name.as_deref().unwrap_or_default();
                line(&mut out, &format!("  {name}"), st);
                table(&mut out, s, g.rows.iter(), 4, st);
            }
        } else if s.groups.iter().any(|g| !g.rows.is_empty()) {
            table(&mut out, s, s.groups.iter().flat_map(|g| &g.rows), 2, st);
        }
        for note in &s.notes {
            line(&mut out, &format!("  {}", note.plain()), st);
        }
    }
    out
}

/// A line of text, cut to the width.
fn line(out: &mut String, text: &str, st: &Style<'_>) {
    out.push_str(&fit(text, st.width));
    out.push('\n');
}

/// The rows' cells as a table under the section's columns.
fn table<'r>(
    out: &mut String,
    s: &Section,
    rows: impl Iterator<Item = &'r Row>,
    indent: usize,
    st: &Style<'_>,
) {
    let cells: Vec<&[String]> = rows.map(|r| r.cells.as_slice()).collect();
    Table::of(s.columns.clone())
        .indent(indent)
        .width(st.width)
        .render_into(out, &cells);
}

/// The report as Markdown: a `##` title, each section a `###` heading and
/// a list, groups under their names in bold; `nothing` instead of the
/// sections when there is nothing to report.
pub fn markdown(title: &str, nothing: Option<&str>, sections: &[Section]) -> String {
    let mut out = format!("## {title}\n");
    if let Some(nothing) = nothing {
        out.push_str(&format!("\n{nothing}\n"));
        return out;
    }
    for s in sections {
        out.push_str(&format!("\n### {}\n\n", s.heading));
        let named = s.groups.iter().any(|g| g.name.is_some());
        for g in &s.groups {
            if let Some(name) = &g.name {
                out.push_str(&format!("**{}**\n\n", md(name)));
            }
            for row in &g.rows {
                row.item.markdown(&mut out);
            }
            if named {
                out.push('\n');
            }
        }
        if named {
            // No blank line after the last group.
            out.pop();
        }
        for note in &s.notes {
            note.markdown(&mut out);
        }
    }
    out
}
