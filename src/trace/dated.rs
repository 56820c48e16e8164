//! The date a version of a record says it was made. A version read from
//! front matter or by an import reader that found a date has that date. An
//! undated log4brains ADR has the day of the commit that added its file,
//! as log4brains itself shows it and as `gov import` writes it
//! (DEC-0050): history follows the file through its renames as `git log
//! --follow` does, so that commit is the record's first version, and
//! trace, publish and import all give the same day.

use std::borrow::Cow;

use super::history::History;
use super::model::iso_text;
use super::timeline::Life;
use crate::import::Format;

impl History {
    /// The date (ISO) that version `at` of `life` carries, `None` when it
    /// carries none.
    pub fn version_date<'h>(&'h self, life: &'h Life, at: usize) -> Option<Cow<'h, str>> {
        let facts = self.facts(life, life.versions.get(at)?.blob)?;
        if let Some(date) = facts.date.as_deref() {
            return Some(Cow::Borrowed(date));
        }
        if facts.read_as != Some(Format::Log4brains) {
            return None;
        }
        let first = life.versions.first()?;
        let c = self
            .sources
            .first()?
            .history
            .commits
            .get(first.commit as usize)?;
        let time = iso_text(c.time, c.info.as_deref().map_or(0, |i| i.offset));
        Some(Cow::Owned(time.as_str().get(..10)?.to_string()))
    }
}
