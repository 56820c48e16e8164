//! Paths through a kind's workflow. A commit may make several status
//! changes at once (`proposed → accepted → superseded` in one edit in the
//! forge's web editor); each step allowed, the change as a whole is not
//! forbidden, only quick. History checks and approval checks ask here
//! which steps such a change implies.

use std::collections::{BTreeMap, VecDeque};

use crate::config::Kind;

/// The shortest chain of statuses, `from` first and `to` last, in which
/// the kind's workflow allows every step; `None` when no chain leads
/// there (a move backwards such as `accepted → proposed`). A status the
/// workflow does not list allows any next step, as [`Kind::allows`] has it.
pub fn path(kind: &Kind, from: &str, to: &str) -> Option<Vec<String>> {
    if kind.allows(from, to).is_ok() {
        return Some(if from == to {
            vec![from.to_string()]
        } else {
            vec![from.to_string(), to.to_string()]
        });
    }
    // Breadth first: the first time `to` is reached is by fewest steps.
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue: VecDeque<&str> = VecDeque::from([from]);
    while let Some(at) = queue.pop_front() {
        for next in kind.workflow.get(at).into_iter().flatten() {
            let next = next.as_str();
            if next == from || came_from.contains_key(next) {
                continue;
            }
            came_from.insert(next, at);
            if next == to || kind.allows(next, to).is_ok() {
                let mut chain = vec![to.to_string()];
                let mut step = next;
                if next != to {
                    chain.push(next.to_string());
                }
                while let Some(&before) = came_from.get(step) {
                    chain.push(before.to_string());
                    step = before;
                }
                chain.reverse();
                return Some(chain);
            }
            queue.push_back(next);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn chain(kind: &str, from: &str, to: &str) -> Option<String> {
        let config = Config::defaults();
        path(config.kind(kind).unwrap(), from, to).map(|p| p.join(" → "))
    }

    #[test]
    fn the_shortest_allowed_chain_or_none() {
        assert_eq!(
            chain("decision", "proposed", "accepted").as_deref(),
            Some("proposed → accepted")
        );
        assert_eq!(
            chain("decision", "proposed", "superseded").as_deref(),
            Some("proposed → accepted → superseded")
        );
        assert_eq!(
            chain("decision", "withdrawn", "superseded").as_deref(),
            Some("withdrawn → draft → accepted → superseded")
        );
        assert_eq!(
            chain("decision", "rejected", "accepted").as_deref(),
            Some("rejected → proposed → accepted")
        );
        assert_eq!(chain("decision", "accepted", "proposed"), None);
        assert_eq!(chain("decision", "superseded", "accepted"), None);
        assert_eq!(
            chain("decision", "accepted", "accepted").as_deref(),
            Some("accepted")
        );
    }
}
