//! The commit graph of one repository in memory, as indices: reachability
//! from the current tips (so a cache is never stale after a force-push),
//! a topological order that follows time where it can, and the first
//! release of every commit, all in time linear in the number of commits.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::git::ObjectId;

/// Marks a commit that no release contains.
pub const UNRELEASED: u32 = u32::MAX;

/// Parents as indices, in compressed rows (`parents[start[i]..start[i+1]]`).
#[derive(Debug, Default, Clone)]
pub struct Graph {
    start: Vec<u32>,
    parents: Vec<u32>,
}

impl Graph {
    /// Builds the graph of `ids`, whose parents are given by `parents_of`;
    /// parents outside `ids` (a shallow clone's edge) are left out.
    pub fn new<'a>(
        ids: &[ObjectId],
        index: &crate::git::IdMap<ObjectId, u32>,
        parents_of: impl Fn(usize) -> &'a [ObjectId],
    ) -> Graph {
        let mut start = Vec::with_capacity(ids.len() + 1);
        let mut parents = Vec::with_capacity(ids.len() + ids.len() / 8);
        start.push(0);
        for i in 0..ids.len() {
            parents.extend(parents_of(i).iter().filter_map(|p| index.get(p).copied()));
            start.push(u32::try_from(parents.len()).unwrap_or(u32::MAX));
        }
        Graph { start, parents }
    }

    /// The number of commits.
    pub fn len(&self) -> usize {
        self.start.len().saturating_sub(1)
    }

    /// True when there are no commits.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The parents of commit `i`.
    pub fn parents(&self, i: usize) -> &[u32] {
        &self.parents[self.start[i] as usize..self.start[i + 1] as usize]
    }

    /// Which commits are reachable from `tips`.
    pub fn reachable(&self, tips: &[u32]) -> Vec<bool> {
        let mut seen = vec![false; self.len()];
        let mut stack: Vec<u32> = tips.to_vec();
        while let Some(i) = stack.pop() {
            let i = i as usize;
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            stack.extend(self.parents(i).iter().filter(|p| !seen[**p as usize]));
        }
        seen
    }

    /// The commits in `keep`, parents before children, and otherwise by
    /// `time` (then index) so branches interleave as they happened.
    pub fn topo_order(&self, keep: &[bool], time: impl Fn(usize) -> i64) -> Vec<u32> {
        let n = self.len();
        let mut children_count = vec![0u32; n];
        let mut pending = vec![0u32; n];
        for i in (0..n).filter(|&i| keep[i]) {
            for &p in self.parents(i) {
                if keep[p as usize] {
                    children_count[p as usize] += 1;
                    pending[i] += 1;
                }
            }
        }
        // Children of each commit, in compressed rows.
        let mut cstart = vec![0u32; n + 1];
        for i in 0..n {
            cstart[i + 1] = cstart[i] + children_count[i];
        }
        let mut fill = cstart.clone();
        let mut children = vec![0u32; cstart[n] as usize];
        for i in (0..n).filter(|&i| keep[i]) {
            for &p in self.parents(i) {
                if keep[p as usize] {
                    children[fill[p as usize] as usize] = i as u32;
                    fill[p as usize] += 1;
                }
            }
        }
        let mut heap: BinaryHeap<Reverse<(i64, u32)>> = (0..n)
            .filter(|&i| keep[i] && pending[i] == 0)
            .map(|i| Reverse((time(i), i as u32)))
            .collect();
        let mut order = Vec::with_capacity(n);
        while let Some(Reverse((_, i))) = heap.pop() {
            order.push(i);
            let i = i as usize;
            for &c in &children[cstart[i] as usize..cstart[i + 1] as usize] {
                pending[c as usize] -= 1;
                if pending[c as usize] == 0 {
                    heap.push(Reverse((time(c as usize), c)));
                }
            }
        }
        order
    }

    /// The first release of every commit: `releases` are commit indices in
    /// release order; a commit gets the position of the first release that
    /// contains it, or [`UNRELEASED`]. A commit contained in an earlier
    /// release has all its ancestors there too, so the walk of each release
    /// stops at commits already placed: every commit is visited once.
    pub fn first_releases(&self, releases: &[u32]) -> Vec<u32> {
        let mut first = vec![UNRELEASED; self.len()];
        let mut stack = Vec::new();
        for (pos, &tip) in releases.iter().enumerate() {
            let pos = u32::try_from(pos).unwrap_or(UNRELEASED - 1);
            stack.push(tip);
            while let Some(i) = stack.pop() {
                let i = i as usize;
                if first[i] != UNRELEASED {
                    continue;
                }
                first[i] = pos;
                stack.extend(
                    self.parents(i)
                        .iter()
                        .filter(|p| first[**p as usize] == UNRELEASED),
                );
            }
        }
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oid(n: u8) -> ObjectId {
        ObjectId([n; 20])
    }

    /// 0 ← 1 ← 2 ← 4 (merge of 2 and 3), 1 ← 3.
    fn diamond() -> Graph {
        let ids: Vec<ObjectId> = (0..5).map(oid).collect();
        let index: crate::git::IdMap<ObjectId, u32> = ids
            .iter()
            .enumerate()
            .map(|(i, o)| (*o, i as u32))
            .collect();
        let parents: Vec<Vec<ObjectId>> = vec![
            vec![],
            vec![oid(0)],
            vec![oid(1)],
            vec![oid(1), oid(9)],
            vec![oid(2), oid(3)],
        ];
        Graph::new(&ids, &index, |i| &parents[i])
    }

    #[test]
    fn reachability_and_order() {
        let g = diamond();
        assert_eq!(
            g.parents(3),
            [1],
            "a parent missing from the graph is left out"
        );
        assert_eq!(g.reachable(&[2]), [true, true, true, false, false]);
        let all = vec![true; 5];
        let order = g.topo_order(&all, |i| [10, 20, 40, 30, 50][i]);
        assert_eq!(order, [0, 1, 3, 2, 4]);
        let skewed = g.topo_order(&all, |i| [50, 40, 30, 20, 10][i]);
        assert_eq!(
            skewed,
            [0, 1, 3, 2, 4],
            "parents come first even when clocks lie"
        );
    }

    #[test]
    fn each_commit_gets_its_first_release() {
        let g = diamond();
        // Releases in order: at commit 2, then at commit 4.
        assert_eq!(g.first_releases(&[2, 4]), [0, 0, 0, 1, 1]);
        assert_eq!(g.first_releases(&[]), [UNRELEASED; 5]);
    }
}
