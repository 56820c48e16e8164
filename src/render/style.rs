//! What the renderings share: the output format, the style (language,
//! labels, width, colour), aligned tables that fit the width, and numbers
//! and dates as each language writes them.

use jiff::civil::Date;

use crate::config::Config;
use crate::i18n::{Lang, Msg, t};
use crate::render::escape;

/// The formats every report renders to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for a terminal.
    Table,
    /// JSON for programs.
    Json,
    /// Markdown to paste into an agenda or a newsletter.
    Markdown,
}

/// How a report is shown.
#[derive(Debug, Clone, Copy)]
pub struct Style<'c> {
    /// The configuration: language and the labels of kinds and statuses.
    pub config: &'c Config,
    /// The width lines must fit, `None` for no limit (a file or pipe).
    pub width: Option<usize>,
    /// Whether headings are bold (a terminal without `NO_COLOR`).
    pub color: bool,
    /// Whether the backlog shows how each score came about.
    pub explain: bool,
}

impl Style<'_> {
    /// The output language.
    pub fn lang(&self) -> Lang {
        self.config.lang
    }

    /// A word of gov's own output.
    pub fn t(&self, msg: Msg) -> &'static str {
        t(self.lang(), msg)
    }

    /// The label of a kind.
    pub fn kind(&self, kind: &str) -> String {
        self.config.kind_label(kind, self.lang())
    }

    /// The label of a canonical status of a kind (`unknown` when none).
    pub fn status(&self, kind: &str, status: Option<&str>) -> String {
        let Some(id) = status else {
            return self.t(Msg::StatusUnknown).to_string();
        };
        match self.config.status_label(kind, id, self.lang()) {
            Some(label) => label.to_string(),
            None if id == "unknown" => self.t(Msg::StatusUnknown).to_string(),
            None => id.to_string(),
        }
    }

    /// A heading for the terminal, bold when colour is on.
    pub fn heading(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[1m{text}\x1b[0m\n")
        } else {
            format!("{text}\n")
        }
    }

    /// A date as the language writes it (`4. juni 2026`, `4 June 2026`).
    pub fn date(&self, iso: &str) -> String {
        match crate::date::parse(iso) {
            Ok(p) => human(p.date, self.lang()),
            Err(_) => iso.to_string(),
        }
    }

    /// A number as the language writes it: no decimals when whole, else
    /// up to two, with a decimal comma in Danish.
    pub fn number(&self, n: f64) -> String {
        let text = if n.fract() == 0.0 && n.abs() < 1e15 {
            format!("{n:.0}")
        } else {
            let s = format!("{n:.2}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        };
        match self.lang() {
            Lang::Da => text.replace('.', ","),
            Lang::En => text,
        }
    }
}

/// A date in words.
pub fn human(date: Date, lang: Lang) -> String {
    crate::date::human(date, lang == Lang::Da)
}

/// A line cut with `…` to fit `width` characters, control characters
/// escaped first (`render::escape`).
pub fn fit(line: &str, width: Option<usize>) -> String {
    let line = &*escape::line(line);
    match width {
        Some(w) if line.chars().count() > w && w > 1 => {
            let mut cut: String = line.chars().take(w - 1).collect();
            cut.push('…');
            cut
        }
        _ => line.to_string(),
    }
}

/// A column of a table: its heading and whether it is right-aligned.
pub struct Column<'a> {
    /// The heading.
    pub title: &'a str,
    /// Right-aligned (numbers).
    pub right: bool,
}

/// Lays out rows under a header, indented by `indent` spaces; the last
/// column is cut with `…` so each line fits `width`. Control characters in
/// cells are escaped before the columns are measured.
pub fn table(
    columns: &[Column<'_>],
    rows: &[Vec<String>],
    indent: usize,
    width: Option<usize>,
) -> String {
    let plain = |c: &String| matches!(escape::line(c), std::borrow::Cow::Borrowed(_));
    if !rows.iter().all(|row| row.iter().all(plain)) {
        let escaped: Vec<Vec<String>> = rows
            .iter()
            .map(|row| row.iter().map(|c| escape::line(c).into_owned()).collect())
            .collect();
        return table(columns, &escaped, indent, width);
    }
    let mut widths: Vec<usize> = columns.iter().map(|c| c.title.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(columns.len()) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let header: Vec<String> = columns.iter().map(|c| c.title.to_string()).collect();
    for row in std::iter::once(&header).chain(rows) {
        let mut line = " ".repeat(indent);
        for (i, cell) in row.iter().enumerate().take(columns.len()) {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i + 1 == columns.len() {
                line.push_str(cell);
            } else if columns[i].right {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
                line.push_str("  ");
            } else {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        let line = fit(&line, width);
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_right_aligned_and_the_title_cut_to_the_width() {
        let cols = [
            Column {
                title: "ID",
                right: false,
            },
            Column {
                title: "DAGE",
                right: true,
            },
            Column {
                title: "TITEL",
                right: false,
            },
        ];
        let rows = vec![
            vec![
                "DEC-0001".into(),
                "7".into(),
                "Møde om årshjul i Sønderborg".into(),
            ],
            vec!["CR-0012".into(), "120".into(), "Kort".into()],
        ];
        let text = table(&cols, &rows, 2, Some(30));
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines[0], "  ID        DAGE  TITEL");
        assert_eq!(lines[1], "  DEC-0001     7  Møde om års…");
        assert_eq!(lines[2], "  CR-0012    120  Kort");
    }

    #[test]
    fn danish_numbers_have_a_decimal_comma() {
        let config = Config::defaults();
        let style = Style {
            config: &config,
            width: None,
            color: false,
            explain: false,
        };
        assert_eq!(style.number(8.25), "8,25");
        assert_eq!(style.number(3.0), "3");
        assert_eq!(style.number(0.5), "0,5");
    }
}
