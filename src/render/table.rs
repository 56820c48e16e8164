//! The one table engine: every table gov prints (`list`, `status`,
//! `backlog`, `trace`, `log`, `validate --rules`) is laid out here.
//!
//! Columns are measured in terminal columns, not in characters: `å`
//! written as `a` and a combining ring (as macOS and some web editors
//! write it) takes one column, a CJK character or an emoji two, a ZWJ
//! sequence (`👩‍💻`) or a flag (`🇩🇰`) two as a whole (Unicode's East Asian
//! Width and emoji sequences, as `unicode-width` reads them). A line wider
//! than the terminal is cut between two grapheme clusters, never inside
//! one, and ends in `…`. All-ASCII text, nearly every cell, is measured by
//! its length: `gov trace --all` lays out 13 MB of tables.
//!
//! Control characters in cells are escaped (`render::escape`) before the
//! columns are measured, so a record cannot break a table's lines.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::escape;

/// How many terminal columns `text` takes (see the module documentation).
pub fn width(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.width()
    }
}

/// The longest start of `text` that fits `room` columns, as a byte
/// offset at a grapheme cluster boundary.
fn fitting(text: &str, room: usize) -> usize {
    if text.is_ascii() {
        return room.min(text.len());
    }
    let mut used = 0;
    for (at, cluster) in text.grapheme_indices(true) {
        used += width(cluster);
        if used > room {
            return at;
        }
    }
    text.len()
}

/// `text` cut to `max` columns: when it is wider, the start that fits
/// `max - 1` columns and `…`. A `max` below 2 leaves room for nothing
/// but the `…`, so nothing is cut.
pub fn cut(text: &str, max: usize) -> Cow<'_, str> {
    if max < 2 || width(text) <= max {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len().min(max * 4) + 3);
    out.push_str(&text[..fitting(text, max - 1)]);
    out.push('…');
    Cow::Owned(out)
}

/// A line of text for people, control characters escaped and cut to fit
/// `width` (no limit when `None`): a heading, a note under a table.
pub fn fit(line: &str, width: Option<usize>) -> String {
    let line = escape::line(line);
    match width {
        Some(w) => cut(&line, w).into_owned(),
        None => line.into_owned(),
    }
}

/// A column of a table: its heading and whether its cells are
/// right-aligned (numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column<'a> {
    /// The heading.
    pub title: &'a str,
    /// Right-aligned.
    pub right: bool,
}

impl<'a> Column<'a> {
    /// A left-aligned column.
    pub fn left(title: &'a str) -> Column<'a> {
        Column {
            title,
            right: false,
        }
    }

    /// A right-aligned column.
    pub fn right(title: &'a str) -> Column<'a> {
        Column { title, right: true }
    }
}

/// A table's shape: its columns, how far it is indented, and the width
/// its lines must fit. Rows are anything that holds its cells as text
/// (`Vec<String>`, or an array of borrowed cells).
#[derive(Debug, Clone)]
pub struct Table<'a> {
    columns: Vec<Column<'a>>,
    indent: usize,
    width: Option<usize>,
}

impl<'a> Table<'a> {
    /// A table of left-aligned columns under these headings.
    pub fn new(header: &[&'a str]) -> Table<'a> {
        Table::of(header.iter().map(|h| Column::left(h)).collect())
    }

    /// A table of these columns.
    pub fn of(columns: Vec<Column<'a>>) -> Table<'a> {
        Table {
            columns,
            indent: 0,
            width: None,
        }
    }

    /// Indents every line by `spaces`.
    pub fn indent(mut self, spaces: usize) -> Table<'a> {
        self.indent = spaces;
        self
    }

    /// Cuts each line to `width` columns (`None`: no limit, as for a
    /// file or a pipe).
    pub fn width(mut self, width: Option<usize>) -> Table<'a> {
        self.width = width;
        self
    }

    /// The header and the rows, a line each, ending in a line break.
    pub fn render<R, C>(&self, rows: &[R]) -> String
    where
        R: AsRef<[C]>,
        C: AsRef<str>,
    {
        let mut out = String::new();
        self.render_into(&mut out, rows);
        out
    }

    /// [`Table::render`], appended to `out`. The table is laid out, then
    /// checked for control characters in one pass; the rare table that
    /// has one (a line break in a cell included) is laid out again from
    /// escaped cells, so the columns still line up.
    pub fn render_into<R, C>(&self, out: &mut String, rows: &[R])
    where
        R: AsRef<[C]>,
        C: AsRef<str>,
    {
        let start = out.len();
        self.lay_out(out, rows);
        // One line break per line written, and no other control character.
        if escape::plain_lines(&out[start..]) == Some(rows.len() + 1) {
            return;
        }
        out.truncate(start);
        let escaped: Vec<Vec<Cow<str>>> = rows
            .iter()
            .map(|row| {
                row.as_ref()
                    .iter()
                    .map(|c| escape::line(c.as_ref()))
                    .collect()
            })
            .collect();
        let titles: Vec<Cow<str>> = self.columns.iter().map(|c| escape::line(c.title)).collect();
        let clean = Table {
            columns: (self.columns.iter().zip(&titles))
                .map(|(c, title)| Column {
                    title,
                    right: c.right,
                })
                .collect(),
            ..*self
        };
        clean.lay_out(out, &escaped);
    }

    /// [`Table::render_into`] without the escaping.
    fn lay_out<R, C>(&self, out: &mut String, rows: &[R])
    where
        R: AsRef<[C]>,
        C: AsRef<str>,
    {
        let cols = self.columns.len();
        let mut widths: Vec<usize> = self.columns.iter().map(|c| width(c.title)).collect();
        let mut bytes = 0;
        for row in rows {
            for (i, cell) in row.as_ref().iter().enumerate().take(cols) {
                let cell = cell.as_ref();
                widths[i] = widths[i].max(width(cell));
                bytes += cell.len() + 2;
            }
        }
        out.reserve(bytes + rows.len() * (self.indent + widths.iter().sum::<usize>() / 2));
        let header = self.columns.iter().map(|c| c.title);
        self.line(out, &widths, header);
        for row in rows {
            self.line(out, &widths, row.as_ref().iter().map(AsRef::as_ref));
        }
    }

    /// One line: the cells padded to their columns' widths, cut to the
    /// table's width, without trailing spaces.
    fn line<'c>(&self, out: &mut String, widths: &[usize], cells: impl Iterator<Item = &'c str>) {
        let start = out.len();
        pad(out, self.indent);
        let mut used = self.indent;
        let last = self.columns.len().saturating_sub(1);
        for (i, cell) in cells.enumerate().take(self.columns.len()) {
            let w = width(cell);
            if i == last {
                out.push_str(cell);
                used += w;
                break;
            }
            let room = widths[i] - w;
            if self.columns[i].right {
                pad(out, room);
                out.push_str(cell);
                pad(out, 2);
            } else {
                out.push_str(cell);
                pad(out, room + 2);
            }
            used += widths[i] + 2;
        }
        if let Some(max) = self.width
            && used > max
            && max > 1
        {
            let keep = fitting(&out[start..], max - 1);
            out.truncate(start + keep);
            out.push('…');
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    }
}

/// Appends `n` spaces.
fn pad(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
