//! Tags as releases: each tag's name, the commit it marks and when it was
//! made, so release order and "first release containing a commit" can be
//! computed without git.

use super::{ObjectId, Repo, git_error};
use crate::Result;

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
}

impl Repo {
    /// Every tag that points (directly or through an annotated tag) at a
    /// commit. Tags of trees or blobs are not releases and are skipped.
    pub fn tags(&self) -> Result<Vec<TagRef>> {
        let mut out = Vec::new();
        let refs = self
            .repo
            .references_glob("refs/tags/*")
            .map_err(|e| git_error("listing tags", e))?;
        for r in refs.flatten() {
            let Some(name) = r.name().ok().and_then(|n| n.strip_prefix("refs/tags/")) else {
                continue;
            };
            let name = name.to_string();
            let Ok(commit) = r.peel_to_commit() else {
                continue;
            };
            let tagger_time = r
                .peel_to_tag()
                .ok()
                .and_then(|t| t.tagger().map(|s| s.when().seconds()));
            out.push(TagRef {
                name,
                commit: ObjectId::from_git(commit.id()),
                time: tagger_time.unwrap_or_else(|| commit.author().when().seconds()),
            });
        }
        Ok(out)
    }
}
