//! Gaps in an agenda's numbering (GOV080): `#### 1.`, `#### 2.`, `#### 4.`
//! or `- 2.1`, `- 2.3`. Meetings are edited by hand in a web editor, and an
//! item deleted or moved without renumbering leaves a gap that readers of
//! the minutes (`> - 2.3 …`) then quote under the wrong number. The agenda
//! is read as `gov import` reads it ([`crate::import::agenda`]), so the
//! two never disagree about which lines are items.
//!
//! Only a number missing at its level counts: items may come in any order,
//! appear twice or be written without their section's heading (`- 3.1`
//! under no `#### 3.`, which then counts as present). A level starts at 1,
//! or at 0 when a community numbers from 0.

use std::collections::BTreeMap;

use super::Located;
use super::finding::Finding;
use crate::config::Config;
use crate::import::AgendaItem;
use crate::markdown::Markdown;
use crate::record::Record;

/// The kind whose records hold agendas.
pub(super) const MEETING: &str = "meeting";

/// GOV080 for one record: a hint at the item after each gap.
pub fn check(record: &Record, md: Option<&Markdown>, config: &Config) -> Vec<Located> {
    let (true, Some(md)) = (record.kind == MEETING, md) else {
        return Vec::new();
    };
    let body = record.split.body.clone();
    let items = crate::import::agenda_of_read(&record.text, body, md, config);
    gaps(&items)
        .into_iter()
        .map(|(i, finding)| {
            let item = &items[i];
            let column = column_of(&record.text, item.line, &item.number);
            Located::at(&record.path, item.line, column, finding)
        })
        .collect()
}

/// The gaps of an agenda: the index of the item after each gap, and the
/// finding, in the order of the text.
pub fn gaps(items: &[AgendaItem]) -> Vec<(usize, Finding)> {
    // Per parent (`""` for the top level, `2` for 2.1, 2.2…): each number
    // present and the first item written with it or under it.
    let mut levels: BTreeMap<Vec<u32>, BTreeMap<u32, usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        let Some(parts) = parse(&item.number) else {
            continue;
        };
        for depth in 1..=parts.len() {
            let (parent, n) = (parts[..depth - 1].to_vec(), parts[depth - 1]);
            levels.entry(parent).or_default().entry(n).or_insert(i);
        }
    }
    let mut out = Vec::new();
    for (parent, numbers) in &levels {
        let mut expected = if numbers.contains_key(&0) { 0 } else { 1 };
        let mut previous: Option<u32> = None;
        for (&n, &i) in numbers {
            if n > expected {
                let name = |k: u32| join(parent, Some(k));
                let previous = match previous {
                    Some(p) => Some(name(p)),
                    None if parent.is_empty() => None,
                    None => Some(join(parent, None)),
                };
                out.push((
                    i,
                    Finding::AgendaGap {
                        number: name(n),
                        previous,
                        first_missing: name(expected),
                        last_missing: (n - 1 > expected).then(|| name(n - 1)),
                    },
                ));
            }
            expected = n.saturating_add(1);
            previous = Some(n);
        }
    }
    out.sort_by_key(|(i, _)| *i);
    out
}

/// `2.1` → `[2, 1]`; `None` for anything else.
fn parse(number: &str) -> Option<Vec<u32>> {
    number.split('.').map(|p| p.parse().ok()).collect()
}

/// `[2]` and 3 → `2.3`; `[2]` and nothing → `2`.
fn join(parent: &[u32], last: Option<u32>) -> String {
    let parts: Vec<String> = parent
        .iter()
        .chain(last.as_ref())
        .map(u32::to_string)
        .collect();
    parts.join(".")
}

/// The column (in characters) where `number` is written on `line`; 1 when
/// it cannot be found as written.
fn column_of(text: &str, line: usize, number: &str) -> usize {
    let Some(l) = line.checked_sub(1).and_then(|n| text.split('\n').nth(n)) else {
        return 1;
    };
    l.find(number).map_or(1, |at| l[..at].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agenda(numbers: &[&str]) -> Vec<AgendaItem> {
        numbers
            .iter()
            .enumerate()
            .map(|(i, n)| AgendaItem {
                number: n.to_string(),
                title: format!("Punkt {n}"),
                records: Vec::new(),
                line: i + 10,
            })
            .collect()
    }

    /// Index, number, previous, first and last missing.
    type Gap = (usize, String, Option<String>, String, Option<String>);

    fn found(numbers: &[&str]) -> Vec<Gap> {
        gaps(&agenda(numbers))
            .into_iter()
            .map(|(i, f)| match f {
                Finding::AgendaGap {
                    number,
                    previous,
                    first_missing,
                    last_missing,
                } => (i, number, previous, first_missing, last_missing),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    fn s(t: &str) -> String {
        t.to_string()
    }

    #[test]
    fn a_missing_section_is_found_at_the_next() {
        assert_eq!(
            found(&["1", "2", "4", "5"]),
            [(2, s("4"), Some(s("2")), s("3"), None)]
        );
        assert_eq!(
            found(&["1", "2", "6"]),
            [(2, s("6"), Some(s("2")), s("3"), Some(s("5")))]
        );
    }

    #[test]
    fn a_missing_item_is_found_within_its_section() {
        let agenda = ["1", "1.1", "1.2", "2", "2.1", "2.3", "3"];
        assert_eq!(
            found(&agenda),
            [(5, s("2.3"), Some(s("2.1")), s("2.2"), None)]
        );
        assert_eq!(
            found(&["1", "2", "2.2"]),
            [(2, s("2.2"), Some(s("2")), s("2.1"), None)]
        );
    }

    #[test]
    fn the_start_of_the_agenda_counts() {
        assert_eq!(found(&["2", "3"]), [(0, s("2"), None, s("1"), None)]);
        assert_eq!(found(&["3"]), [(0, s("3"), None, s("1"), Some(s("2")))]);
        assert!(found(&["0", "1", "2"]).is_empty());
    }

    #[test]
    fn order_repeats_and_items_without_their_heading_are_no_gap() {
        assert!(found(&["1", "3", "2"]).is_empty());
        assert!(found(&["1", "2", "2", "3"]).is_empty());
        assert!(found(&["1", "2", "3.1", "3.2", "4"]).is_empty());
        assert!(found(&["1.1", "1.2", "2.1"]).is_empty());
        assert!(found(&[]).is_empty());
        assert!(found(&["x", "1"]).is_empty());
    }

    #[test]
    fn an_implied_section_after_a_gap_is_reported_at_its_first_item() {
        assert_eq!(
            found(&["1", "2", "4.1", "4.2"]),
            [(2, s("4"), Some(s("2")), s("3"), None)]
        );
    }

    #[test]
    fn columns_point_at_the_number() {
        let text = "---\n---\n#### 4. Eventuelt\n  - 2.3 Budget\n";
        assert_eq!(column_of(text, 3, "4"), 6);
        assert_eq!(column_of(text, 4, "2.3"), 5);
        assert_eq!(column_of(text, 9, "2.3"), 1);
        assert_eq!(column_of("æ 3.\n", 1, "3"), 3);
    }
}
