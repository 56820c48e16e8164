//! The only module that touches `git2`. Everything gov reads from or writes
//! to git goes through [`Repo`], so the rest of the crate speaks in paths,
//! branch names and bytes.

mod tree;

mod changes;
mod commit;
mod delta;
mod history;
mod pack;
mod pack_window;
mod parents;
mod raw_tree;
mod rope;
mod tags;
mod tree_window;

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

    /// The `.git` folder, where gov keeps its lock and caches.
    pub fn git_dir(&self) -> &Path {
        self.repo.path()
    }

    /// The URL of the `origin` remote, if any.
    pub fn origin_url(&self) -> Option<String> {
        self.repo
            .find_remote("origin")
            .ok()?
            .url()
            .ok()
            .map(str::to_string)
    }

    /// `user.name` from git's configuration, for the author of new records.
    pub fn user_name(&self) -> Option<String> {
        self.repo.config().ok()?.get_string("user.name").ok()
    }

    /// Every file below `folder` on the tip of every local and
    /// remote-tracking branch, read from the trees without a checkout.
    /// A folder tree shared by several branches is listed once.
    pub fn branch_files(&self, folder: &str) -> Result<Vec<BranchFile>> {
        let branches = self
            .repo
            .branches(None)
            .map_err(|e| git_error("listing branches", e))?;
        let mut seen_trees = HashSet::new();
        let mut files = Vec::new();
        for item in branches {
            let (branch, _) = item.map_err(|e| git_error("reading a branch", e))?;
            let name = match branch.name() {
                Ok(Some(n)) => n.to_string(),
                _ => continue,
            };
            let Ok(commit) = branch.get().peel_to_commit() else {
                continue;
            };
            let Ok(tree) = commit.tree() else { continue };
            let folder_tree = match tree.get_path(Path::new(folder)) {
                Ok(entry) if entry.kind() == Some(git2::ObjectType::Tree) => entry.id(),
                _ => continue,
            };
            if !seen_trees.insert(folder_tree) {
                continue;
            }
            let Ok(sub) = self.repo.find_tree(folder_tree) else {
                continue;
            };
            sub.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
                if entry.kind() == Some(git2::ObjectType::Blob)
                    && let Ok(file) = entry.name()
                {
                    files.push(BranchFile {
                        branch: name.clone(),
                        path: format!("{folder}/{dir}{file}"),
                        blob: BlobId(entry.id()),
                    });
                }
                git2::TreeWalkResult::Ok
            })
            .map_err(|e| git_error("walking a branch's tree", e))?;
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
