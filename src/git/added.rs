//! When a file was first committed: log4brains gives an ADR without a
//! `Date` the date of the commit that added its file (`git log --follow`),
//! so `gov import` must find the same date to carry it over.

use std::collections::HashMap;
use std::path::Path;

use super::{ObjectId, Repo, git_error};
use crate::Result;

impl Repo {
    /// The author date (in the author's own offset) of the commit that
    /// first added each of `paths`, following the renames git detects in
    /// the commit that added a name, over the whole history of `HEAD`.
    /// A path absent from that history is left out; a repository without
    /// commits gives nothing.
    pub fn first_added(&self, paths: &[String]) -> Result<HashMap<String, jiff::civil::Date>> {
        let Some(head) = self.head_commit()? else {
            return Ok(HashMap::new());
        };
        // The name looked for now, and the path asked about that it leads to.
        let mut wanted: HashMap<String, String> =
            paths.iter().map(|p| (p.clone(), p.clone())).collect();
        let mut found: HashMap<String, jiff::civil::Date> = HashMap::new();
        let mut walk = self
            .repo
            .revwalk()
            .map_err(|e| git_error("walking history", e))?;
        walk.set_sorting(git2::Sort::TIME)
            .map_err(|e| git_error("walking history", e))?;
        walk.push(head.id())
            .map_err(|e| git_error("walking history", e))?;
        let shallow = super::object::shallow_commits(&self.repo)?;
        for oid in walk {
            if wanted.is_empty() {
                break;
            }
            let oid = oid.map_err(|e| git_error("walking history", e))?;
            let unreadable = |e: git2::Error| git_error(&format!("reading commit {oid}"), e);
            let commit = self.repo.find_commit(oid).map_err(unreadable)?;
            let tree = commit.tree().map_err(unreadable)?;
            // A shallow clone's boundary has its parents missing by design:
            // what it holds counts as added there, as `git log` shows it.
            let parents: Vec<git2::Tree<'_>> = if shallow.contains(&ObjectId::from_git(oid)) {
                Vec::new()
            } else {
                commit
                    .parents()
                    .map(|p| p.tree())
                    .collect::<std::result::Result<_, _>>()
                    .map_err(unreadable)?
            };
            let has = |t: &git2::Tree<'_>, p: &str| t.get_path(Path::new(p)).is_ok();
            let added: Vec<String> = wanted
                .keys()
                .filter(|p| has(&tree, p) && !parents.iter().any(|t| has(t, p)))
                .cloned()
                .collect();
            if added.is_empty() {
                continue;
            }
            let renamed = match parents.first() {
                Some(parent) => self.renamed_into(parent, &tree, &added)?,
                None => HashMap::new(),
            };
            for name in added {
                let Some(asked) = wanted.remove(&name) else {
                    continue;
                };
                match renamed.get(&name) {
                    Some(old) => {
                        wanted.insert(old.clone(), asked);
                    }
                    None => {
                        found.insert(asked, date_of(commit.author().when())?);
                    }
                }
            }
        }
        Ok(found)
    }

    /// For each of `names` added between `parent` and `tree`, the name it
    /// had in `parent` when git sees the addition as a rename.
    fn renamed_into(
        &self,
        parent: &git2::Tree<'_>,
        tree: &git2::Tree<'_>,
        names: &[String],
    ) -> Result<HashMap<String, String>> {
        let mut diff = self
            .repo
            .diff_tree_to_tree(Some(parent), Some(tree), None)
            .map_err(|e| git_error("comparing trees", e))?;
        let mut opts = git2::DiffFindOptions::new();
        opts.renames(true);
        diff.find_similar(Some(&mut opts))
            .map_err(|e| git_error("finding renames", e))?;
        let path = |f: git2::DiffFile<'_>| f.path().map(|p| p.to_string_lossy().replace('\\', "/"));
        Ok(diff
            .deltas()
            .filter(|d| d.status() == git2::Delta::Renamed)
            .filter_map(|d| Some((path(d.new_file())?, path(d.old_file())?)))
            .filter(|(new, _)| names.contains(new))
            .collect())
    }
}

/// The calendar date of a git time in its own offset.
fn date_of(when: git2::Time) -> Result<jiff::civil::Date> {
    let bad = |e: jiff::Error| git_error_text(&e.to_string());
    let at = jiff::Timestamp::from_second(when.seconds()).map_err(bad)?;
    let offset = jiff::tz::Offset::from_seconds(when.offset_minutes() * 60).map_err(bad)?;
    Ok(offset.to_datetime(at).date())
}

/// A time git stores that no calendar holds, as the git error it is.
fn git_error_text(said: &str) -> crate::Error {
    crate::Error::Git {
        message: format!("a commit time out of range: {said}"),
    }
}
