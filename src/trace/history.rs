//! The whole picture behind `gov trace`, `gov log` and `gov release`: the
//! replayed governance timeline, every repository's first release per
//! commit, and which commits refer to which record.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use super::blob_facts::BlobFacts;
use super::cache::CacheNotice;
use super::front::stem;
use super::graph::UNRELEASED;
use super::model::{CommitRef, CommitUrl, NotUtf8, RecordTrace, Version, iso_text};
use super::refs::RefPatterns;
use super::replay;
use super::sources::{self, Source, Warning};
use super::tags::{Releases, releases_of};
use super::text::{Text, commit_id};
use super::timeline::{Life, Timeline};
use crate::Result;
use crate::config::Config;
use crate::record::Repository;

/// A commit that refers to a record: which source, which commit, how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    /// Position in [`History::sources`].
    pub source: usize,
    /// Position in that source's commits.
    pub commit: u32,
    /// The relation (see [`RefPatterns::relation_name`]).
    pub relation: u8,
    /// The commit's author time, to sort a record's links without going
    /// back to the commits.
    pub time: i64,
}

/// Everything read and derived.
#[derive(Debug)]
pub struct History {
    /// The configuration it was read with.
    pub config: Config,
    /// The governance repository first, then the code repositories.
    pub sources: Vec<Source>,
    /// Code repositories that could not be read.
    pub warnings: Vec<Warning>,
    /// Cache files that were there but not used: said once by the
    /// commands that read history (the answer is the same without them).
    pub notices: Vec<CacheNotice>,
    /// The records' lives.
    pub timeline: Timeline,
    /// Per source, its releases.
    pub releases: Vec<Releases>,
    /// Record ID → the commits referring to it.
    pub links: HashMap<String, Vec<Link>>,
    patterns: RefPatterns,
}

/// Adds to `links` every record ID the commits of source `si` name,
/// except where `skip(commit, id)` (a governance commit that is a version
/// of the record it names).
fn add_links(
    links: &mut HashMap<String, Vec<Link>>,
    si: usize,
    source: &Source,
    skip: impl Fn(u32, &str) -> bool,
) {
    for (ci, c) in source.history.commits.iter().enumerate() {
        for r in c.info.iter().flat_map(|i| &i.refs) {
            if skip(ci as u32, &r.id) {
                continue;
            }
            let link = Link {
                source: si,
                commit: ci as u32,
                relation: r.relation,
                time: c.time,
            };
            match links.get_mut(r.id.as_str()) {
                Some(list) => list.push(link),
                None => {
                    links.insert(r.id.to_string(), vec![link]);
                }
            }
        }
    }
}

/// The links of the governance repository's commits. A governance
/// commit is not a reference to the records it changes: those are its
/// versions.
fn governance_links(read: &sources::Sources, timeline: &Timeline) -> HashMap<String, Vec<Link>> {
    let mut links = HashMap::new();
    if let Some(gov) = read.sources.first() {
        add_links(&mut links, 0, gov, |ci, id| timeline.has_version_at(id, ci));
    }
    links
}

impl History {
    /// Reads the history of `repository` and, when `code` is true, of its
    /// code repositories.
    pub fn read(repository: &Repository, code: bool) -> Result<History> {
        History::read_at(&repository.root, &repository.config, code)
    }

    /// [`History::read`] with only what it needs: the root and the
    /// configuration (so it can run while the records are still loading).
    pub fn read_at(root: &Path, config: &Config, code: bool) -> Result<History> {
        let mut read = sources::read(root, config, code)?;
        let config = config.clone();
        // A code repository's releases were worked out by the thread that
        // read it, while the governance history was still being read.
        let done: Vec<Option<Releases>> =
            read.sources.iter_mut().map(|s| s.releases.take()).collect();
        let cached = read.timeline.take();
        // The timeline, the releases and the code repositories' links do
        // not depend on each other. A timeline from the cache is there at
        // once, and the governance links, which need it, are gathered
        // beside the code repositories' too.
        let (timeline, releases, mut links, gov) = std::thread::scope(|s| {
            let timeline = s.spawn(|| match cached {
                Some(t) => {
                    let links = governance_links(&read, &t);
                    (t, Some(links))
                }
                None => (replay::build(&read.sources[0].history, &config), None),
            });
            let code_links = s.spawn(|| {
                let mut links: HashMap<String, Vec<Link>> = HashMap::new();
                for (si, s) in read.sources.iter().enumerate().skip(1) {
                    add_links(&mut links, si, s, |_, _| false);
                }
                links
            });
            let releases: Vec<Releases> = read
                .sources
                .iter()
                .zip(done)
                .map(|(s, done)| done.unwrap_or_else(|| releases_of(&s.history, &config)))
                .collect();
            let (timeline, gov) = timeline
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            let links = code_links
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (timeline, releases, links, gov)
        });
        // A replayed timeline: the cache file is written while the
        // governance links are gathered.
        let store = read.must_store();
        let links = std::thread::scope(|s| {
            let read = &read;
            if store {
                s.spawn(|| read.store_cache(&timeline));
            }
            let gov = gov.unwrap_or_else(|| governance_links(read, &timeline));
            for (id, mut list) in gov {
                links.entry(id).or_default().append(&mut list);
            }
            for list in links.values_mut() {
                list.sort_by_key(|l| (l.time, l.source));
            }
            links
        });
        Ok(History {
            patterns: sources::patterns(&config),
            config,
            sources: read.sources,
            warnings: read.warnings,
            notices: read.notices,
            timeline,
            releases,
            links,
        })
    }

    /// True when commit `commit` of source `source` is a version of the
    /// record `id` (a governance commit that changed it).
    pub fn is_version_of(&self, source: usize, commit: u32, id: &str) -> bool {
        source == 0 && self.timeline.has_version_at(id, commit)
    }

    /// Which governance commits (by position) `commit` reaches, itself
    /// included: all false when the history does not hold it. `gov
    /// publish` takes versions from `HEAD`'s history only, so an approval
    /// on a branch not merged is not published.
    pub fn reachable_from(&self, commit: crate::git::ObjectId) -> Vec<bool> {
        let gov = &self.sources[0].history;
        let graph = gov.graph();
        match gov.index().get(&commit) {
            Some(&at) => graph.reachable(&[at]),
            None => vec![false; graph.len()],
        }
    }

    /// The facts of a version's blob.
    pub fn facts(&self, life: &Life, blob: Option<crate::git::ObjectId>) -> Option<&BlobFacts> {
        self.sources[0].history.blobs.get(&(blob?, life.kind))
    }

    /// The kind's name of a life.
    pub fn kind_name(&self, life: &Life) -> &str {
        self.config
            .kinds
            .get(usize::from(life.kind))
            .map_or("", |k| k.name.as_str())
    }

    /// The latest title of a record.
    pub fn title(&self, life: &Life) -> String {
        let latest = life.latest();
        latest
            .and_then(|v| self.facts(life, v.blob))
            .and_then(|f| f.title.as_deref().map(str::to_string))
            .unwrap_or_else(|| {
                let path = latest.map_or(life.id.as_str(), |v| v.path.as_str());
                stem(path.rsplit('/').next().unwrap_or(path)).to_string()
            })
    }

    /// A commit of a source as a [`CommitRef`].
    pub fn commit_ref(&self, link: Link) -> CommitRef<'_> {
        let s = &self.sources[link.source];
        let c = &s.history.commits[link.commit as usize];
        let info = c.info.as_deref();
        let first = self.releases[link.source]
            .first
            .get(link.commit as usize)
            .copied()
            .unwrap_or(UNRELEASED);
        let commit = commit_id(c.id);
        let text = |f: fn(&super::commit::CommitInfo) -> &Text| {
            info.map_or_else(Text::default, |i| f(i).clone())
        };
        CommitRef {
            repository: (s.name.as_str()),
            url: s.forge_url.as_ref().map(|u| CommitUrl {
                base: u.trim_end_matches('/'),
                commit: commit.clone(),
            }),
            commit,
            summary: text(|i| &i.summary),
            author: text(|i| &i.author),
            email: text(|i| &i.email),
            date: iso_text(c.time, info.map_or(0, |i| i.offset)),
            tag: (first != UNRELEASED).then(|| {
                self.releases[link.source].tags[first as usize]
                    .name
                    .as_str()
            }),
            relation: self.patterns.relation_name(link.relation),
        }
    }

    /// The trace of one record's life.
    pub fn trace<'h>(&'h self, life: &'h Life) -> RecordTrace<'h> {
        let gov = &self.sources[0].history;
        let versions = life
            .versions
            .iter()
            .enumerate()
            .map(|(at, v)| {
                let c = &gov.commits[v.commit as usize];
                let info = c.info.as_deref();
                let facts = self.facts(life, v.blob);
                Version {
                    commit: commit_id(c.id),
                    author: info.map_or_else(Text::default, |i| i.author.clone()),
                    email: info.map_or_else(Text::default, |i| i.email.clone()),
                    date: iso_text(c.time, info.map_or(0, |i| i.offset)),
                    status: facts.and_then(|f| f.status.as_deref()),
                    status_label: facts.and_then(|f| f.status_label.as_deref()),
                    path: (v.path.as_str()),
                    change: v.change,
                    read_as: facts.and_then(|f| f.read_as),
                    dated: self.version_date(life, at),
                    record_type: facts.and_then(|f| f.kind_type.as_deref()),
                    not_utf8: facts
                        .and_then(|f| f.not_utf8)
                        .map(|(line, column)| NotUtf8 { line, column }),
                }
            })
            .collect();
        let latest = life.latest();
        RecordTrace {
            id: Cow::Borrowed(life.id.as_str()),
            kind: Cow::Borrowed(self.kind_name(life)),
            title: self.title(life),
            status: latest
                .and_then(|v| self.facts(life, v.blob))
                .and_then(|f| f.status.as_deref())
                .map(Cow::Borrowed),
            path: Cow::Borrowed(life.versions.last().map_or("", |v| v.path.as_str())),
            deleted: !life.alive,
            earlier_ids: life
                .earlier
                .iter()
                .map(|e| Cow::Borrowed(e.as_str()))
                .collect(),
            versions,
            commits: self.commits_of(&life.id),
        }
    }

    /// The commits referring to an ID, oldest first.
    pub fn commits_of(&self, id: &str) -> Vec<CommitRef<'_>> {
        self.links
            .get(id)
            .map(|l| l.iter().map(|&l| self.commit_ref(l)).collect())
            .unwrap_or_default()
    }

    /// Every record's trace, in the order records first appeared.
    pub fn traces(&self) -> Vec<RecordTrace<'_>> {
        self.timeline.lives.iter().map(|l| self.trace(l)).collect()
    }
}
