//! `gov log` for people: the governance timeline as a table or Markdown.

use std::borrow::Cow;

use super::markdown::{md, md_header};
use super::short::day;
use super::style::Style;
use super::table::Table;
use super::trace::{kind_label, status_label};
use crate::config::Config;
use crate::i18n::{Lang, Msg, t};
use crate::trace::EventKind;
use crate::trace::LogEntry;

/// The timeline as a table that fits the width, checked whole as it is
/// laid out (no second pass needed).
pub fn table(style: &Style<'_>, entries: &[LogEntry]) -> String {
    let config = style.config;
    let rows: Vec<[Cow<str>; 5]> = entries
        .iter()
        .map(|e| {
            [
                day(&e.date),
                Cow::Borrowed(e.id.as_str()),
                Cow::Borrowed(event_label(config.lang, e.event)),
                Cow::Borrowed(e.author.as_str()),
                Cow::Owned(detail(config, e)),
            ]
        })
        .collect();
    let header = [
        Msg::ColDate,
        Msg::ColId,
        Msg::ColEvent,
        Msg::ColAuthor,
        Msg::ColChange,
    ]
    .map(|m| t(config.lang, m));
    Table::new(&header).width(style.width).render(&rows)
}

/// The timeline as a Markdown table.
pub fn markdown(style: &Style<'_>, entries: &[LogEntry]) -> String {
    let config = style.config;
    let mut out = String::new();
    md_header(
        &mut out,
        config.lang,
        &[
            Msg::ColDate,
            Msg::ColId,
            Msg::ColKind,
            Msg::ColEvent,
            Msg::ColChange,
            Msg::ColAuthor,
            Msg::ColTitle,
        ],
    );
    for e in entries {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            md(&day(&e.date)),
            md(&e.id),
            md(&kind_label(config, &e.kind)),
            event_label(config.lang, e.event),
            md(&detail(config, e)),
            md(&e.author),
            md(&e.title)
        ));
    }
    out
}

/// `Forslag → Accepteret`, `old name → new name`, or the status created with.
fn detail(config: &Config, e: &LogEntry) -> String {
    match e.event {
        EventKind::Renamed => format!(
            "{} → {}",
            file_name(e.from.as_deref()),
            file_name(e.to.as_deref())
        ),
        EventKind::Deleted => String::new(),
        EventKind::Renumbered => format!(
            "{} → {}",
            e.from.as_deref().unwrap_or("-"),
            e.to.as_deref().unwrap_or("-")
        ),
        EventKind::Created | EventKind::Restored => status_label(config, &e.kind, e.to.as_deref()),
        _ => format!(
            "{} → {}",
            status_label(config, &e.kind, e.from.as_deref()),
            status_label(config, &e.kind, e.to.as_deref())
        ),
    }
}

/// The file name of a path, `-` for none.
fn file_name(path: Option<&str>) -> &str {
    path.map_or("-", |p| p.rsplit('/').next().unwrap_or(p))
}

/// An event's name in a language.
pub fn event_label(lang: Lang, event: EventKind) -> &'static str {
    t(
        lang,
        match event {
            EventKind::Created => Msg::EvCreated,
            EventKind::Restored => Msg::EvRestored,
            EventKind::Renamed => Msg::EvRenamed,
            EventKind::StatusChanged => Msg::EvStatus,
            EventKind::Approved => Msg::EvApproved,
            EventKind::Superseded => Msg::EvSuperseded,
            EventKind::Deleted => Msg::EvDeleted,
            EventKind::Renumbered => Msg::EvRenumbered,
        },
    )
}
