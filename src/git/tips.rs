//! The commits a history starts from (branch, remote-tracking branch and
//! tag tips, a detached `HEAD`) and where it ends (a shallow clone's
//! boundary): a ref that cannot be read is an error, never a branch left
//! out.

use std::collections::HashSet;

use super::{ObjectId, Repo, git_error, object};
use crate::Result;

impl Repo {
    /// The commits a history is built from: the tips of local branches,
    /// remote-tracking branches and tags (given, as [`Repo::tags`] read
    /// them), and a detached `HEAD`, each once. Other refs (stash, notes)
    /// are not history. A ref whose commit cannot be read is an error
    /// naming it: a branch left out would be history silently missing.
    pub fn tips(&self, tags: &[super::TagRef]) -> Result<Vec<ObjectId>> {
        let mut tips = Vec::new();
        let mut seen = HashSet::new();
        for pattern in ["refs/heads/*", "refs/remotes/*"] {
            let refs = self
                .repo
                .references_glob(pattern)
                .map_err(|e| git_error("listing references", e))?;
            for r in refs {
                let r = r.map_err(|e| bad_ref(pattern, &e))?;
                let name = String::from_utf8_lossy(r.name_bytes()).into_owned();
                // `origin/HEAD` names another branch, read on its own.
                if name.ends_with("/HEAD") {
                    continue;
                }
                let c = r.peel_to_commit().map_err(|e| bad_ref(&name, &e))?;
                if seen.insert(ObjectId::from_git(c.id())) {
                    tips.push(ObjectId::from_git(c.id()));
                }
            }
        }
        for t in tags {
            if seen.insert(t.commit) {
                tips.push(t.commit);
            }
        }
        match self.repo.head() {
            Ok(head) => {
                let c = head.peel_to_commit().map_err(|e| bad_ref("HEAD", &e))?;
                if seen.insert(ObjectId::from_git(c.id())) {
                    tips.push(ObjectId::from_git(c.id()));
                }
            }
            // A branch with no commit yet, or no HEAD branch: no tip.
            Err(e)
                if matches!(
                    e.code(),
                    git2::ErrorCode::UnbornBranch | git2::ErrorCode::NotFound
                ) => {}
            Err(e) => return Err(bad_ref("HEAD", &e)),
        }
        Ok(tips)
    }

    /// True when the repository is a shallow clone (`git clone --depth`):
    /// its history ends at the commits `shallow` lists.
    pub fn is_shallow(&self) -> Result<bool> {
        Ok(!object::shallow_commits(&self.repo)?.is_empty())
    }

    /// What `shallow` in the common git directory says, as a fingerprint
    /// (0 when the clone is not shallow): a history read from a shallow
    /// clone no longer holds once the clone is deepened, though no tip moved.
    pub fn shallow_fingerprint(&self) -> u64 {
        // No file: not shallow. A file that cannot be read has already
        // stopped the run in [`Repo::is_shallow`], asked first.
        let text = std::fs::read(self.repo.commondir().join("shallow")).unwrap_or_default();
        if text.is_empty() {
            return 0;
        }
        // FNV-1a: a fixed hash, as the fingerprint is kept across runs.
        let h = text.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        h | 1
    }
}

/// A ref whose commit cannot be read.
fn bad_ref(name: &str, e: &git2::Error) -> crate::Error {
    crate::Error::BadRef {
        name: name.to_string(),
        reason: e.message().to_string(),
    }
}
