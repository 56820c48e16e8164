//! `gov status` in each format: JSON is the model itself; the table and
//! the Markdown are two renderings of one list of sections
//! ([`super::sections`]) built once from the report
//! ([`super::status_sections`]). Sections with nothing in them are left out
//! of both.

use super::sections;
use super::style::{Format, Style};
use crate::report::Status;

/// The report in a format.
pub fn render(status: &Status, format: Format, style: &Style<'_>) -> String {
    if format == Format::Json {
        let mut text = serde_json::to_string_pretty(status).unwrap_or_default();
        text.push('\n');
        return text;
    }
    let title = format!(
        "{} {}",
        style.t(crate::i18n::Msg::StatusTitle),
        style.date(&status.as_of)
    );
    let sections = super::status_sections::sections(status, style);
    let nothing = status
        .is_empty()
        .then(|| style.t(crate::i18n::Msg::StatusNothing));
    match format {
        Format::Markdown => sections::markdown(&title, nothing, &sections),
        _ => sections::text(&title, nothing, &sections, style),
    }
}
