//! `gov validate --rules`: the rules with their codes and effective
//! severities, as a table in the configured language.

use super::style::Style;
use super::table::Table;
use crate::check::{RULES, Severity};
use crate::i18n::{FindingMsg, Lang};

/// The rules with their effective severity: gov.yaml's `rules:` over each
/// rule's default. Severities are in the output's language, as gov.yaml
/// accepts them (`fejl` or `error`, `advarsel` or `warning`, …), so the
/// table shows what to type.
pub fn table(style: &Style<'_>) -> String {
    let config = style.config;
    let rows: Vec<[&str; 3]> = RULES
        .iter()
        .map(|r| {
            let severity = match config.rules.get(r.code) {
                Some(level) => level.severity().map_or_else(
                    || style.t(FindingMsg::SeverityOff),
                    |s| severity_word(style, s),
                ),
                None => severity_word(style, r.severity),
            };
            let text = match style.lang() {
                Lang::Da => r.da,
                Lang::En => r.en,
            };
            [r.code, severity, text]
        })
        .collect();
    let header = [
        FindingMsg::ColCode,
        FindingMsg::ColSeverity,
        FindingMsg::ColRule,
    ]
    .map(|m| style.t(m));
    Table::new(&header).width(style.width).render(&rows)
}

/// A severity's word in the output's language.
fn severity_word(style: &Style<'_>, s: Severity) -> &'static str {
    style.t(match s {
        Severity::Error => FindingMsg::SeverityError,
        Severity::Warning => FindingMsg::SeverityWarning,
        Severity::Hint => FindingMsg::SeverityHint,
    })
}
