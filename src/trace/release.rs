//! What a release delivered: the records referred to by the commits whose
//! first release is the tag, in every repository that has the tag. With
//! releases in version order this is "in the tag and not in the previous
//! one", and each commit is delivered exactly once.

use std::collections::BTreeMap;

use super::graph::UNRELEASED;
use super::history::{History, Link};
use super::model::{Release, ReleasedIn, ReleasedRecord};

impl History {
    /// The release `tag`; `None` when no repository has it as a release.
    pub fn release(&self, tag: &str) -> Option<Release<'_>> {
        let mut repositories = Vec::new();
        let mut by_id: BTreeMap<(usize, String), Vec<Link>> = BTreeMap::new();
        for (si, rel) in self.releases.iter().enumerate() {
            let Some(pos) = rel.tags.iter().position(|t| t.name == tag) else {
                continue;
            };
            let pos = pos as u32;
            let s = &self.sources[si];
            let mut count = 0;
            for (ci, c) in s.history.commits.iter().enumerate() {
                if rel.first.get(ci).copied().unwrap_or(UNRELEASED) != pos {
                    continue;
                }
                count += 1;
                for r in c.info.iter().flat_map(|i| &i.refs) {
                    if self.is_version_of(si, ci as u32, &r.id) {
                        continue;
                    }
                    let kind_order = self.config.kind_of_id(&r.id).map_or(usize::MAX, |k| {
                        self.config
                            .kinds
                            .iter()
                            .position(|x| x.name == k.name)
                            .unwrap_or(usize::MAX)
                    });
                    let link = Link {
                        source: si,
                        commit: ci as u32,
                        relation: r.relation,
                        time: c.time,
                    };
                    by_id
                        .entry((kind_order, r.id.to_string()))
                        .or_default()
                        .push(link);
                }
            }
            repositories.push(ReleasedIn {
                repository: s.name.clone(),
                previous: pos
                    .checked_sub(1)
                    .map(|p| rel.tags[p as usize].name.clone()),
                commits: count,
            });
        }
        if repositories.is_empty() {
            return None;
        }
        let records = by_id
            .into_iter()
            .map(|((_, id), mut links)| {
                links.sort_by_key(|l| (l.time, l.source));
                let life = self.timeline.get(&id);
                ReleasedRecord {
                    kind: life
                        .map(|l| self.kind_name(l).to_string())
                        .or_else(|| self.config.kind_of_id(&id).map(|k| k.name.clone())),
                    title: life.map(|l| self.title(l)),
                    status: life
                        .and_then(|l| l.latest().and_then(|v| self.facts(l, v.blob)))
                        .and_then(|f| f.status.as_deref().map(str::to_string)),
                    commits: links.into_iter().map(|l| self.commit_ref(l)).collect(),
                    id,
                }
            })
            .collect();
        Some(Release {
            tag: tag.to_string(),
            repositories,
            records,
        })
    }

    /// Every release tag of every repository, oldest first, each once.
    pub fn release_names(&self) -> Vec<String> {
        self.release_names_until(i64::MAX)
    }

    /// The releases whose tag was made (tagger time, else commit time) by
    /// `until` (seconds since the epoch) in at least one repository.
    pub fn release_names_until(&self, until: i64) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for rel in &self.releases {
            for t in rel.tags.iter().filter(|t| t.time < until) {
                if !names.contains(&t.name) {
                    names.push(t.name.clone());
                }
            }
        }
        names
    }
}
