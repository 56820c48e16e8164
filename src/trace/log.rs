//! The governance timeline of `gov log`: every record's events, newest
//! first, optionally from a date on and of one kind.

use super::history::History;
use super::model::{LogEntry, iso_text};
use super::text::commit_id;

/// What to include.
#[derive(Debug, Clone, Default)]
pub struct LogFilter {
    /// Only events on or after this ISO date (`yyyy-mm-dd`, the author's
    /// own calendar day).
    pub since: Option<String>,
    /// Only records of this kind (its name).
    pub kind: Option<String>,
}

impl History {
    /// The timeline, newest first.
    pub fn log(&self, filter: &LogFilter) -> Vec<LogEntry> {
        let gov = &self.sources[0].history;
        let mut out = Vec::new();
        for life in &self.timeline.lives {
            let kind = self.kind_name(life);
            if filter.kind.as_deref().is_some_and(|k| k != kind) {
                continue;
            }
            let title = self.title(life);
            for e in &life.events {
                let c = &gov.commits[e.commit as usize];
                let info = c.info.as_deref();
                let date = iso_text(c.time, info.map_or(0, |i| i.offset));
                if filter
                    .since
                    .as_deref()
                    .is_some_and(|s| date.get(..10).unwrap_or("") < s)
                {
                    continue;
                }
                out.push(LogEntry {
                    date,
                    id: life.id.clone(),
                    kind: kind.to_string(),
                    title: title.clone(),
                    event: e.kind,
                    from: e.from.clone(),
                    to: e.to.clone(),
                    path: e.path.clone(),
                    author: info.map(|i| i.author.clone()).unwrap_or_default(),
                    email: info.map(|i| i.email.clone()).unwrap_or_default(),
                    commit: commit_id(c.id),
                    time: c.time,
                });
            }
        }
        // Stable: events of one commit keep their order.
        // Sorted by position, then moved once: an entry is a few hundred
        // bytes, and a stable sort moves each of them many times.
        let mut order: Vec<(std::cmp::Reverse<i64>, usize)> = out
            .iter()
            .enumerate()
            .map(|(i, e)| (std::cmp::Reverse(e.time), i))
            .collect();
        order.sort_unstable();
        let mut slots: Vec<Option<LogEntry>> = out.into_iter().map(Some).collect();
        order
            .into_iter()
            .filter_map(|(_, i)| slots[i].take())
            .collect()
    }
}
