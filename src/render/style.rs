//! What the renderings share: the output format, and the style a command
//! resolves once (language and labels, the width lines must fit, colour)
//! with numbers and dates as each language writes them.

use jiff::civil::Date;

use crate::config::Config;
use crate::i18n::{Lang, Msg, t};

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
    /// Whether headings are bold: the colour policy's decision for
    /// stdout (`render::colour`).
    pub colour: bool,
    /// Whether the backlog shows how each score came about.
    pub explain: bool,
}

impl Style<'_> {
    /// The output language.
    pub fn lang(&self) -> Lang {
        self.config.lang
    }

    /// A word of gov's own output.
    pub fn t<K: crate::i18n::Key>(&self, msg: K) -> &'static str {
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

    /// A heading for the terminal and a line break, bold when colour is on.
    pub fn heading(&self, text: &str) -> String {
        let mut line = super::colour::bold(text, self.colour);
        line.push('\n');
        line
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_numbers_have_a_decimal_comma() {
        let config = Config::defaults();
        let style = Style {
            config: &config,
            width: None,
            colour: false,
            explain: false,
        };
        assert_eq!(style.number(8.25), "8,25");
        assert_eq!(style.number(3.0), "3");
        assert_eq!(style.number(0.5), "0,5");
    }
}
