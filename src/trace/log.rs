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
        // Sorted by position, then moved in place: an entry is a few
        // hundred bytes, a stable sort moves each of them many times, and
        // a second list of them would double the peak.
        let mut order: Vec<(std::cmp::Reverse<i64>, usize)> = out
            .iter()
            .enumerate()
            .map(|(i, e)| (std::cmp::Reverse(e.time), i))
            .collect();
        order.sort_unstable();
        permute(&mut out, order.into_iter().map(|(_, i)| i).collect());
        out
    }
}

/// Reorders `items` so that position `k` holds what was at `from[k]`
/// (`from` a permutation of the positions), by swaps along each cycle:
/// every item moves at most once more than it must, and nothing is copied.
fn permute<T>(items: &mut [T], mut from: Vec<usize>) {
    for start in 0..from.len() {
        let mut k = start;
        while from[k] != start {
            let next = from[k];
            from[k] = k;
            items.swap(k, next);
            k = next;
        }
        from[k] = k;
    }
}

#[cfg(test)]
mod tests {
    use super::permute;

    #[test]
    fn every_permutation_of_five_is_applied_as_a_gather() {
        // All 120 permutations: position k ends with the item from[k].
        let mut perms = vec![vec![]];
        for n in 0..5 {
            perms = perms
                .into_iter()
                .flat_map(|p: Vec<usize>| {
                    (0..=n).map(move |at| {
                        let mut q = p.clone();
                        q.insert(at, n);
                        q
                    })
                })
                .collect();
        }
        assert_eq!(perms.len(), 120);
        for from in perms {
            let mut items: Vec<String> = (0..5).map(|i| format!("e{i}")).collect();
            let want: Vec<String> = from.iter().map(|&i| format!("e{i}")).collect();
            permute(&mut items, from.clone());
            assert_eq!(items, want, "{from:?}");
        }
        let mut none: Vec<u8> = Vec::new();
        permute(&mut none, Vec::new());
    }
}
