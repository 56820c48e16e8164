//! Printing: tables that fit the terminal, JSON, and writing to stdout in a
//! way that treats a closed pipe as the reader being done.

use serde::Serialize;
use std::io::Write;

/// Output formats shared by the listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// JSON for programs.
    Json,
}

/// The width tables must fit: `COLUMNS`, else the terminal's, else none
/// (output to a file or pipe is never cut).
pub fn width() -> Option<usize> {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(cols);
    }
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0 as usize)
}

/// Writes `text` to stdout.
pub fn print(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Writes a value as pretty JSON and a newline to stdout.
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(print(&text)?)
}

/// Lays out rows under a header; the last column is cut with `…` so each
/// line fits `width`.
pub fn table(header: &[&str], rows: &[Vec<String>], width: Option<usize>) -> String {
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let line = |cells: Vec<&str>, out: &mut String| {
        let mut l = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cols {
                l.push_str(cell);
            } else {
                l.push_str(cell);
                l.extend(std::iter::repeat_n(
                    ' ',
                    widths[i] - cell.chars().count() + 2,
                ));
            }
        }
        let l = match width {
            Some(w) if l.chars().count() > w && w > 1 => {
                let mut cut: String = l.chars().take(w - 1).collect();
                cut.push('…');
                cut
            }
            _ => l,
        };
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(header.to_vec(), &mut out);
    for row in rows {
        line(row.iter().map(String::as_str).collect(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_and_the_line_is_cut_to_the_width() {
        let rows = vec![
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
    }
}
