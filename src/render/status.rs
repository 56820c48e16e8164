//! Rendering `gov status`: the format switch, JSON (the model itself), and
//! what the table and Markdown renderings share. Sections with nothing in
//! them are left out of both.

use super::layout::{Column, Format, Style, fit, table};
use super::status::{Awaiting, Overdue, Status};
use crate::i18n::Msg;

impl Status {
    /// The report in a format.
    pub fn render(&self, format: Format, style: &Style<'_>) -> String {
        match format {
            Format::Json => json(self),
            Format::Table => super::status_table::text(self, style),
            Format::Markdown => super::status_markdown::markdown(self, style),
        }
    }

    /// True when no section has anything to show.
    pub fn is_empty(&self) -> bool {
        self.counts.0.is_empty()
            && self.awaiting_approval.is_empty()
            && self.overdue.is_empty()
            && self.upcoming_meetings.is_empty()
            && self.recent_deliveries.is_empty()
            && self.action_items.open + self.action_items.done == 0
    }
}

pub(super) fn json(status: &Status) -> String {
    let mut text = serde_json::to_string_pretty(status).unwrap_or_default();
    text.push('\n');
    text
}

/// Groups entries by a key, keeping the order of first appearance.
pub(super) fn groups<'a, T>(
    items: &'a [T],
    key: impl Fn(&'a T) -> Vec<String>,
) -> Vec<(String, Vec<&'a T>)> {
    let mut out: Vec<(String, Vec<&T>)> = Vec::new();
    for item in items {
        for k in key(item) {
            match out.iter_mut().find(|(g, _)| *g == k) {
                Some((_, list)) => list.push(item),
                None => out.push((k, vec![item])),
            }
        }
    }
    out
}

pub(super) fn bodies_of(a: &Awaiting) -> Vec<String> {
    if a.bodies.is_empty() {
        vec![String::new()]
    } else {
        a.bodies.clone()
    }
}

pub(super) fn dash(n: Option<i64>) -> String {
    n.map_or("-".into(), |n| n.to_string())
}

pub(super) fn or_dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}

pub(super) fn overdue_id(o: &Overdue) -> String {
    match o.line {
        Some(line) => format!("{}:{line}", o.id),
        None => o.id.clone(),
    }
}

/// A left-aligned column.
pub(super) const fn l(msg: Msg) -> (Msg, bool) {
    (msg, false)
}

/// A right-aligned (number) column.
pub(super) const fn r(msg: Msg) -> (Msg, bool) {
    (msg, true)
}

/// The terminal text being written: headings and tables that fit the width.
pub(super) struct Sheet<'a> {
    pub(super) st: &'a Style<'a>,
    pub(super) out: String,
}

impl Sheet<'_> {
    pub(super) fn section(&mut self, title: &str) {
        self.out.push('\n');
        self.out
            .push_str(&self.st.heading(&fit(title, self.st.width)));
    }

    /// A line of text, cut to the width.
    pub(super) fn line(&mut self, text: &str) {
        self.out.push_str(&fit(text, self.st.width));
        self.out.push('\n');
    }

    pub(super) fn grid(&mut self, spec: &[(Msg, bool)], rows: &[Vec<String>], indent: usize) {
        let columns: Vec<Column<'_>> = spec
            .iter()
            .map(|(m, right)| Column {
                title: self.st.t(*m),
                right: *right,
            })
            .collect();
        self.out
            .push_str(&table(&columns, rows, indent, self.st.width));
    }

    /// A group's name inside a section, and its table.
    pub(super) fn group(&mut self, name: &str, spec: &[(Msg, bool)], rows: &[Vec<String>]) {
        self.line(&format!("  {name}"));
        self.grid(spec, rows, 4);
    }
}
