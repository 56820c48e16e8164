//! `gov validate --rules`: the rules with their codes and effective
//! severities, as a table in the configured language.

use super::style::Style;
use super::table::Table;
use crate::check::{RULES, Severity};
use crate::i18n::{Lang, Msg};

/// The rules with their effective severity: gov.yaml's `rules:` over each
/// rule's default. Severities are written as gov.yaml writes them
/// (`error`, `warning`, `hint`, `off`), so the table shows what to type.
pub fn table(style: &Style<'_>) -> String {
    let config = style.config;
    let rows: Vec<[&str; 3]> = RULES
        .iter()
        .map(|r| {
            let severity = match config.rules.get(r.code) {
                Some(level) => level.severity().map_or("off", severity_word),
                None => severity_word(r.severity),
            };
            let text = match style.lang() {
                Lang::Da => r.da,
                Lang::En => r.en,
            };
            [r.code, severity, text]
        })
        .collect();
    let header = [Msg::ColCode, Msg::ColSeverity, Msg::ColRule].map(|m| style.t(m));
    Table::new(&header).width(style.width).render(&rows)
}

/// A severity as gov.yaml writes it.
fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Hint => "hint",
    }
}
