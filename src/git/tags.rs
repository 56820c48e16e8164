//! Tags as releases: each tag's name, the commit it marks and when it was
//! made, so release order and "first release containing a commit" can be
//! computed without git.

use super::{ObjectId, Repo, git_error};
use crate::{Error, Result};

/// A tag and the commit it marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagRef {
    /// The tag's name without `refs/tags/` (`v2.4.0`).
    pub name: String,
    /// The commit the tag points at (annotated tags peeled).
    pub commit: ObjectId,
    /// The tagger's time for an annotated tag, else the commit's time,
    /// in seconds since the epoch.
    pub time: i64,
    /// What the ref names directly: the tag object of an annotated tag,
    /// else the commit. While it is unchanged, so is everything above.
    pub target: ObjectId,
}

impl Repo {
    /// Every tag that points (directly or through an annotated tag) at a
    /// commit. Tags of trees or blobs are not releases and are skipped. A
    /// tag of `known` (read on an earlier run) whose ref still names the
    /// same object is taken as it is, without reading any object: a code
    /// repository has hundreds of tags, and peeling each costs two or three
    /// object reads.
    pub fn tags(&self, known: &[TagRef]) -> Result<Vec<TagRef>> {
        let known: std::collections::HashMap<&str, &TagRef> =
            known.iter().map(|t| (t.name.as_str(), t)).collect();
        let mut out = Vec::new();
        let refs = self
            .repo
            .references_glob("refs/tags/*")
            .map_err(|e| git_error("listing tags", e))?;
        for r in refs {
            let r = r.map_err(|e| git_error("reading a tag", e))?;
            let full = String::from_utf8_lossy(r.name_bytes()).into_owned();
            let name = full.strip_prefix("refs/tags/").unwrap_or(&full).to_string();
            let target = r.target().map(ObjectId::from_git);
            if let Some(k) = known
                .get(name.as_str())
                .filter(|k| Some(k.target) == target)
            {
                out.push((*k).clone());
                continue;
            }
            let bad = |e: git2::Error| Error::BadRef {
                name: full.clone(),
                reason: e.message().to_string(),
            };
            // Peeled to the object at the end of the tag chain: a tag of a
            // tree or blob is genuinely no release; a chain that cannot be
            // read is an error naming the tag.
            let peeled = r.peel(git2::ObjectType::Any).map_err(bad)?;
            let Ok(commit) = peeled.into_commit() else {
                continue;
            };
            // The tag object of an annotated tag, read above while peeling;
            // a lightweight tag has none (and its commit's time is used).
            let tagger_time = match r.peel(git2::ObjectType::Tag) {
                Ok(t) => t
                    .as_tag()
                    .and_then(|t| t.tagger())
                    .map(|s| s.when().seconds()),
                Err(_) => None,
            };
            out.push(TagRef {
                name,
                commit: ObjectId::from_git(commit.id()),
                time: tagger_time.unwrap_or_else(|| commit.author().when().seconds()),
                target: target.unwrap_or_else(|| ObjectId::from_git(commit.id())),
            });
        }
        Ok(out)
    }
}
