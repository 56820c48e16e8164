//! The other checkouts of one repository (`git worktree add`): they share
//! the object store, the refs and gov's lock and caches (all in the common
//! git directory), and a record created in one of them but not committed
//! yet still takes its ID.

use std::path::{Path, PathBuf};

use super::{Repo, git_error};
use crate::Result;

impl Repo {
    /// Where the governance root `root` (a folder of this checkout) is in
    /// each other checkout of the repository: the main one and every linked
    /// worktree, this one left out. A linked worktree whose folder is gone
    /// (`git worktree prune` would remove it) holds no files and is left out.
    pub fn other_worktree_roots(&self, root: &Path) -> Result<Vec<PathBuf>> {
        let Some(prefix) = self.prefix_of(root) else {
            return Ok(Vec::new());
        };
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let mine = self.workdir().map(canonical);
        let mut dirs = Vec::new();
        let main = git2::Repository::open(self.repo.commondir())
            .map_err(|e| git_error("opening the main checkout", e))?;
        dirs.extend(main.workdir().map(Path::to_path_buf));
        let names = main
            .worktrees()
            .map_err(|e| git_error("listing worktrees", e))?;
        // A worktree name that is not UTF-8 cannot be looked up by libgit2.
        for name in names.iter().flatten().flatten() {
            let wt = main
                .find_worktree(name)
                .map_err(|e| git_error(&format!("reading worktree `{name}`"), e))?;
            if wt.path().is_dir() {
                dirs.push(wt.path().to_path_buf());
            }
        }
        Ok(dirs
            .into_iter()
            .filter(|d| Some(canonical(d)) != mine)
            .map(|d| d.join(&prefix))
            .collect())
    }
}
