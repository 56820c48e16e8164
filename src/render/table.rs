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
    match simple_width(text) {
        Some(w) => w,
        None => text.width(),
    }
}

/// The width of text in which every character takes one column and is a
/// grapheme cluster of its own: ASCII, and text whose characters are all
/// below the combining marks (U+0300) and are neither control characters
/// nor the soft hyphen (which takes none). Latin-1 and Latin Extended
/// letters, Danish `æøå` among them, are all such: a Danish title is
/// measured by counting, not by looking each letter up. `None` for other
/// text, which `unicode-width` measures.
fn simple_width(text: &str) -> Option<usize> {
    if text.is_ascii() {
        return Some(text.len());
    }
    let mut n = 0;
    for c in text.chars() {
        if !one_column(c) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// A character that takes one column and is a grapheme cluster by itself
/// (below U+0300, not a control character, not the soft hyphen).
fn one_column(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{2ff}') && c != '\u{ad}'
}

/// The longest start of `text` that fits `room` columns, as a byte
/// offset at a grapheme cluster boundary.
fn fitting(text: &str, room: usize) -> usize {
    if text.is_ascii() {
        return room.min(text.len());
    }
    if simple_width(text).is_some() {
        return text
            .char_indices()
            .nth(room)
            .map_or(text.len(), |(at, _)| at);
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

    /// [`Table::render_into`] without the escaping. Each cell is measured
    /// once; its width is kept for laying out its line.
    fn lay_out<R, C>(&self, out: &mut String, rows: &[R])
    where
        R: AsRef<[C]>,
        C: AsRef<str>,
    {
        let cols = self.columns.len();
        let mut widths: Vec<usize> = self.columns.iter().map(|c| width(c.title)).collect();
        let mut measured = Vec::with_capacity(rows.len() * cols);
        let mut bytes = 0;
        for row in rows {
            let cells = row.as_ref();
            for (i, most) in widths.iter_mut().enumerate() {
                let w = cells.get(i).map_or(0, |cell| {
                    let cell = cell.as_ref();
                    bytes += cell.len() + 2;
                    width(cell)
                });
                *most = (*most).max(w);
                measured.push(w);
            }
        }
        out.reserve(bytes + rows.len() * (self.indent + widths.iter().sum::<usize>() / 2));
        let mut placed = Vec::with_capacity(cols);
        let header: Vec<usize> = self.columns.iter().map(|c| width(c.title)).collect();
        let titles = self.columns.iter().map(|c| c.title).zip(header);
        self.line(out, &widths, titles, &mut placed);
        for (r, row) in rows.iter().enumerate() {
            let measured = &measured[r * cols..(r + 1) * cols];
            let cells = row
                .as_ref()
                .iter()
                .map(AsRef::as_ref)
                .zip(measured.iter().copied());
            self.line(out, &widths, cells, &mut placed);
        }
    }

    /// One line: the cells (each with its width) padded to their columns'
    /// widths, cut to the table's width, without trailing spaces.
    /// `placed` is room to note where each cell's text went.
    fn line<'c>(
        &self,
        out: &mut String,
        widths: &[usize],
        cells: impl Iterator<Item = (&'c str, usize)>,
        placed: &mut Vec<Placed>,
    ) {
        let start = out.len();
        placed.clear();
        pad(out, self.indent);
        let mut used = self.indent;
        let last = self.columns.len().saturating_sub(1);
        for (i, (cell, w)) in cells.enumerate().take(self.columns.len()) {
            if i == last {
                placed.push(Placed::at(out, start, used, cell, w));
                out.push_str(cell);
                used += w;
                break;
            }
            let room = widths[i] - w;
            if self.columns[i].right {
                pad(out, room);
                placed.push(Placed::at(out, start, used + room, cell, w));
                out.push_str(cell);
                pad(out, 2);
            } else {
                placed.push(Placed::at(out, start, used, cell, w));
                out.push_str(cell);
                pad(out, room + 2);
            }
            used += widths[i] + 2;
        }
        if let Some(max) = self.width
            && used > max
            && max > 1
        {
            let keep = cut_point(&out[start..], placed, max - 1);
            out.truncate(start + keep);
            out.push('…');
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    }
}

/// Where a cell's text stands in its line: its first byte and first
/// column (from the line's start), its length in bytes and its width.
#[derive(Debug, Clone, Copy)]
struct Placed {
    byte: usize,
    column: usize,
    len: usize,
    width: usize,
}

impl Placed {
    /// The cell `text` of `width` columns about to be appended to `out`,
    /// whose line began at byte `start`, at `column`.
    fn at(out: &str, start: usize, column: usize, text: &str, width: usize) -> Placed {
        Placed {
            byte: out.len() - start,
            column,
            len: text.len(),
            width,
        }
    }
}

/// The longest start of `line` that fits `room` columns, at a grapheme
/// cluster boundary, given where its cells stand: everything between the
/// cells is spaces, a column a byte, so only the cell the cut falls in is
/// walked (by grapheme cluster only when it is not simple text).
fn cut_point(line: &str, placed: &[Placed], room: usize) -> usize {
    let mut spaces_from = (0, 0);
    for p in placed {
        if p.column + p.width > room {
            if p.column >= room {
                return p.byte - (p.column - room);
            }
            let text = &line[p.byte..p.byte + p.len];
            return p.byte + fitting(text, room - p.column);
        }
        spaces_from = (p.byte + p.len, p.column + p.width);
    }
    let (byte, column) = spaces_from;
    (byte + (room - column)).min(line.len())
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
