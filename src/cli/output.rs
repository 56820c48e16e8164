//! Printing: tables that fit the terminal, JSON, and writing to stdout in a
//! way that treats a closed pipe as the reader being done. Text for people
//! is escaped (`crate::render::escape`) cell by cell by the renderers, and
//! once more as a whole here, so no control character from a record
//! reaches the terminal even through a renderer that forgot one.

use serde::Serialize;
use std::borrow::Cow;
use std::io::Write;

use crate::render::escape::{self, Keep};

/// Output formats shared by the listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// JSON for programs.
    Json,
}

/// The width tables must fit: `COLUMNS`, else the terminal's, else none
/// (output to a file or pipe is never cut). Looked up once per process:
/// `gov trace --all` lays out two tables per record.
pub fn width() -> Option<usize> {
    static WIDTH: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    *WIDTH.get_or_init(|| {
        if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
            return Some(cols);
        }
        terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0 as usize)
    })
}

/// Writes text for people to stdout: line breaks and tabs as they are,
/// every other control character escaped, except gov's own colour codes
/// when stdout is a terminal (the only time gov writes them).
pub fn print(text: &str) -> std::io::Result<()> {
    let keep = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        Keep::LineBreaksAndColour
    } else {
        Keep::LineBreaks
    };
    print_exact(&escape::escape(text, keep))
}

/// Writes `text` to stdout as it is: JSON (serde escapes control
/// characters itself and the exact text is its promise) and output gov
/// generates from its own definitions (man pages, completions).
pub fn print_exact(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Writes text for people to stderr (diagnostics), escaped as [`print`]
/// escapes for stdout: gov's own colour codes kept only when stderr is a
/// terminal.
pub fn eprint(text: &str) {
    let keep = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        Keep::LineBreaksAndColour
    } else {
        Keep::LineBreaks
    };
    // Nothing is left to tell when stderr itself is gone.
    let _ = std::io::stderr()
        .lock()
        .write_all(escape::escape(text, keep).as_bytes());
}

/// Writes a line for people to stderr (a warning, an error), escaped as
/// [`print`] escapes without colour.
pub fn eprint_line(text: &str) {
    let mut err = std::io::stderr().lock();
    // Nothing is left to tell when stderr itself is gone.
    let _ = writeln!(err, "{}", escape::text(text));
}

/// Writes a value as pretty JSON and a newline to stdout.
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(print_exact(&text)?)
}

/// Appends `n` spaces.
fn pad_with_spaces(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

/// Lays out rows under a header; the last column is cut with `…` so each
/// line fits `width`. Written straight into one string: `gov trace --all`
/// lays out tens of thousands of rows. A row is anything that holds its
/// cells as text (`Vec<String>`, or an array of borrowed cells). Control
/// characters in cells are escaped before the columns are measured.
pub fn table<R, C>(header: &[&str], rows: &[R], width: Option<usize>) -> String
where
    R: AsRef<[C]>,
    C: AsRef<str>,
{
    let mut out = String::new();
    table_into(&mut out, header, rows, width);
    out
}

/// [`table`], appended to `out`. The table is laid out, then checked for
/// control characters in one pass; in the rare table that has one (a line
/// break in a cell included), it is laid out again from escaped cells, so
/// the columns still line up.
pub fn table_into<R, C>(out: &mut String, header: &[&str], rows: &[R], width: Option<usize>)
where
    R: AsRef<[C]>,
    C: AsRef<str>,
{
    let start = out.len();
    lay_out(out, header, rows, width);
    // One line break per line written, and no other control character.
    if escape::plain_lines(&out[start..]) != Some(rows.len() + 1) {
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
        lay_out(out, header, &escaped, width);
    }
}

/// [`table_into`] without the escaping.
fn lay_out<R, C>(out: &mut String, header: &[&str], rows: &[R], width: Option<usize>)
where
    R: AsRef<[C]>,
    C: AsRef<str>,
{
    let cols = header.len();
    let count = |s: &str| {
        if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        }
    };
    let mut widths: Vec<usize> = header.iter().map(|h| count(h)).collect();
    let mut bytes = 0;
    for row in rows {
        for (i, cell) in row.as_ref().iter().enumerate().take(cols) {
            let cell = cell.as_ref();
            widths[i] = widths[i].max(count(cell));
            bytes += cell.len() + 2;
        }
    }
    out.reserve(bytes + rows.len() * widths.iter().sum::<usize>() / 2);
    let line = |cells: &mut dyn Iterator<Item = &str>, out: &mut String| {
        let start = out.len();
        let mut chars = 0;
        for (i, cell) in cells.enumerate().take(cols) {
            out.push_str(cell);
            let n = count(cell);
            chars += n;
            if i + 1 < cols {
                let pad = widths[i] - n + 2;
                pad_with_spaces(out, pad);
                chars += pad;
            }
        }
        if let Some(w) = width
            && chars > w
            && w > 1
        {
            let line = &out[start..];
            let cut = if line.is_ascii() {
                start + w - 1
            } else {
                line.char_indices()
                    .nth(w - 1)
                    .map_or(out.len(), |(at, _)| start + at)
            };
            out.truncate(cut);
            out.push('…');
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    };
    line(&mut header.iter().copied(), out);
    for row in rows {
        line(&mut row.as_ref().iter().map(AsRef::as_ref), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_and_the_line_is_cut_to_the_width() {
        let rows: Vec<Vec<String>> = vec![
            vec![
                "DEC-0001".into(),
                "Forslag".into(),
                "Møde om årshjul i Sønderborg".into(),
            ],
            vec!["CR-0012".into(), "I gang".into(), "Kort".into()],
        ];
        let t = table(&["ID", "STATUS", "TITEL"], &rows, Some(30));
        let lines: Vec<_> = t.lines().collect();
        assert_eq!(lines[0], "ID        STATUS   TITEL");
        assert_eq!(lines[1], "DEC-0001  Forslag  Møde om år…");
        assert_eq!(lines[1].chars().count(), 30);
        assert_eq!(lines[2], "CR-0012   I gang   Kort");
        // An all-ASCII line is cut by bytes, to the same width.
        let rows = vec![["CR-0012", "Accepted", "Kiosk mode for libraries"]];
        let t = table(&["ID", "STATUS", "TITLE"], &rows, Some(21));
        let lines: Vec<_> = t.lines().collect();
        assert_eq!(lines[0], "ID       STATUS    T…");
        assert_eq!(lines[1], "CR-0012  Accepted  K…");
        assert_eq!(lines[1].chars().count(), 21);
    }

    #[test]
    fn control_characters_are_escaped_before_the_columns_are_measured() {
        let rows = vec![["DEC-0001", "Kiosk\x1b[2J\u{202e}"], ["DEC-0002", "Budget"]];
        let t = table(&["ID", "TITLE"], &rows, None);
        assert_eq!(
            t,
            "ID        TITLE\nDEC-0001  Kiosk\\x1b[2J\\u{202e}\nDEC-0002  Budget\n"
        );
        let rows = vec![["A\nB", "x"], ["CR-0001", "y"]];
        assert_eq!(
            table(&["ID", "T"], &rows, None),
            "ID       T\nA\\nB     x\nCR-0001  y\n",
            "a line break in a cell cannot make a row of its own"
        );
    }
}
