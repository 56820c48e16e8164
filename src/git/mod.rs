//! The only module that touches `git2`. Everything gov reads from or writes
//! to git goes through [`Repo`], so the rest of the crate speaks in paths,
//! branch names and bytes.

mod added;
mod tree;

mod changes;
mod commit;
mod decode;
mod delta;
#[doc(hidden)]
pub mod fuzz;
mod history;
mod object;
mod pack;
mod pack_entry;
mod pack_window;
mod parents;
mod raw_tree;
mod rope;
mod tags;
mod tips;
mod tree_window;
mod worktree;

pub use changes::{FileChange, TreeDiffer};
pub use history::{CommitView, IdHasher, IdMap, IdSet, ObjectId};
pub use parents::Parents;
pub use tags::TagRef;
pub use tree::TreeFile;

use std::collections::HashSet;
use std::path::Path;

use crate::{Error, Result};

/// A git repository.
pub struct Repo {
    repo: git2::Repository,
}

/// The identity of a blob, to read it once however many branches hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BlobId(git2::Oid);

impl BlobId {
    /// The blob's id as the history readers key objects.
    pub fn object_id(self) -> ObjectId {
        ObjectId::from_git(self.0)
    }
}

/// A file in a branch's tree.
#[derive(Debug, Clone)]
pub struct BranchFile {
    /// The branch (`main`, `origin/feature`).
    pub branch: String,
    /// Path relative to the repository root, `/`-separated.
    pub path: String,
    /// The blob's identity.
    pub blob: BlobId,
}

fn git_error(what: &str, e: git2::Error) -> Error {
    Error::Git {
        message: format!("{what}: {}", e.message()),
    }
}

impl Repo {
    /// The repository containing `path`, if there is one.
    pub fn discover(path: &Path) -> Result<Option<Repo>> {
        match git2::Repository::discover(path) {
            Ok(repo) => Ok(Some(Repo { repo })),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(git_error(
                &format!("opening the repository at {}", path.display()),
                e,
            )),
        }
    }

    /// Creates a repository in `path` (like `git init`), on branch `main`.
    pub fn init(path: &Path) -> Result<Repo> {
        let mut opts = git2::RepositoryInitOptions::new();
        opts.initial_head("main");
        git2::Repository::init_opts(path, &opts)
            .map(|repo| Repo { repo })
            .map_err(|e| git_error(&format!("creating a repository in {}", path.display()), e))
    }

    /// The work tree's root (none for a bare repository).
    pub fn workdir(&self) -> Option<&Path> {
        self.repo.workdir()
    }

    /// Where `root` is inside the work tree, as a path prefix: `""` for the
    /// work tree's root, `"docs/governance/"` for a folder inside it;
    /// `None` for a bare repository or a path outside the work tree.
    pub fn prefix_of(&self, root: &Path) -> Option<String> {
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let root = canonical(root);
        let inside = root.strip_prefix(canonical(self.workdir()?)).ok()?;
        let mut prefix = inside.to_string_lossy().replace('\\', "/");
        if !prefix.is_empty() {
            prefix.push('/');
        }
        Some(prefix)
    }

    /// The common git directory (the main `.git` folder, also from a
    /// linked worktree made with `git worktree add`), where gov keeps its
    /// lock and caches: every worktree then shares one ID allocation and
    /// one history cache, and reads the same packs.
    pub fn git_dir(&self) -> &Path {
        self.repo.commondir()
    }

    /// This checkout's own git directory (`.git/worktrees/<name>` in a
    /// linked worktree): [`Repo::open`] on it opens this checkout again,
    /// for a reader on another thread (a handle cannot be shared).
    pub fn own_git_dir(&self) -> &Path {
        self.repo.path()
    }

    /// The URL of the `origin` remote, if any.
    pub fn origin_url(&self) -> Option<String> {
        // Only a default for links: no remote, or none named `origin`, is
        // the ordinary case, and a configured `forge_url` overrides it.
        self.repo
            .find_remote("origin")
            .ok()?
            .url()
            .ok()
            .map(str::to_string)
    }

    /// The commit time of HEAD, in seconds since the epoch (`None` before
    /// the first commit): what makes output that must not depend on the
    /// clock (`DTSTAMP` in `gov calendar --format ics`) the same for the
    /// same commit. A HEAD that cannot be read is an error.
    pub fn head_time(&self) -> Result<Option<i64>> {
        let head = match self.repo.head() {
            Ok(head) => head,
            Err(e)
                if matches!(
                    e.code(),
                    git2::ErrorCode::UnbornBranch | git2::ErrorCode::NotFound
                ) =>
            {
                return Ok(None);
            }
            Err(e) => return Err(git_error("reading HEAD", e)),
        };
        let commit = head
            .peel_to_commit()
            .map_err(|e| git_error("reading HEAD's commit", e))?;
        Ok(Some(commit.time().seconds()))
    }

    /// `user.name` from git's configuration, for the author of new records.
    pub fn user_name(&self) -> Option<String> {
        // A default for a new record's author field, which the user can
        // edit: no configured name is the ordinary case.
        self.repo.config().ok()?.get_string("user.name").ok()
    }

    /// Every file below `folder` on the tip of every local and
    /// remote-tracking branch, read from the trees without a checkout.
    /// A folder tree shared by several branches is listed once. A branch
    /// whose tip or trees cannot be read is an error, never skipped: new
    /// IDs are allocated above every number found here, and a branch left
    /// out could give an ID twice.
    pub fn branch_files(&self, folder: &str) -> Result<Vec<BranchFile>> {
        let branches = self
            .repo
            .branches(None)
            .map_err(|e| git_error("listing branches", e))?;
        let mut seen_trees = HashSet::new();
        let mut files = Vec::new();
        for item in branches {
            let (branch, _) = item.map_err(|e| git_error("reading a branch", e))?;
            let full = String::from_utf8_lossy(branch.get().name_bytes()).into_owned();
            // `origin/HEAD` names another branch, listed on its own.
            if branch.get().kind() == Some(git2::ReferenceType::Symbolic) {
                continue;
            }
            let name = String::from_utf8_lossy(branch.name_bytes().unwrap_or(full.as_bytes()))
                .into_owned();
            let bad = |e: git2::Error| Error::BadRef {
                name: full.clone(),
                reason: e.message().to_string(),
            };
            let commit = branch.get().peel_to_commit().map_err(bad)?;
            let tree = commit.tree().map_err(bad)?;
            let folder_tree = match tree.get_path(Path::new(folder)) {
                Ok(entry) if entry.kind() == Some(git2::ObjectType::Tree) => entry.id(),
                // No such folder on this branch (or a file by its name):
                // genuinely no records there.
                Ok(_) => continue,
                Err(e) if e.code() == git2::ErrorCode::NotFound => continue,
                Err(e) => return Err(bad(e)),
            };
            if !seen_trees.insert(folder_tree) {
                continue;
            }
            let sub = self.repo.find_tree(folder_tree).map_err(bad)?;
            let mut failed = None;
            sub.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
                match entry.kind() {
                    Some(git2::ObjectType::Blob) => files.push(BranchFile {
                        branch: name.clone(),
                        path: format!(
                            "{folder}/{dir}{}",
                            String::from_utf8_lossy(entry.name_bytes())
                        ),
                        blob: BlobId(entry.id()),
                    }),
                    // A subfolder the walk must enter: read it here, so a
                    // tree that cannot be read stops the walk loudly
                    // (libgit2's walk skips what it cannot read).
                    Some(git2::ObjectType::Tree) => {
                        if let Err(e) = self.repo.find_tree(entry.id()) {
                            failed = Some(e);
                            return git2::TreeWalkResult::Abort;
                        }
                    }
                    // Submodules (commits of other repositories): no files here.
                    _ => {}
                }
                git2::TreeWalkResult::Ok
            })
            .or_else(|e| if failed.is_some() { Ok(()) } else { Err(e) })
            .map_err(|e| git_error("walking a branch's tree", e))?;
            if let Some(e) = failed {
                return Err(bad(e));
            }
        }
        Ok(files)
    }

    /// The bytes of a blob.
    pub fn blob(&self, id: BlobId) -> Result<Vec<u8>> {
        let blob = self
            .repo
            .find_blob(id.0)
            .map_err(|e| git_error("reading a blob", e))?;
        Ok(blob.content().to_vec())
    }
}
