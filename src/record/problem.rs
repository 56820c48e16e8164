//! What loading a repository could not read: values, not errors, so one
//! bad file never hides the next. Kept apart from `load` and `walk`, which
//! both make them.

use serde::Serialize;

use crate::fsutil::Special;

/// A file in a record folder that might hold a record and was not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum LoadProblem {
    /// The file is not valid UTF-8; `offset` is the first bad byte.
    NotUtf8 {
        /// Relative path.
        path: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
        /// 1-based column of that byte, in characters.
        column: usize,
    },
    /// The file or folder could not be read.
    Unreadable {
        /// Relative path.
        path: String,
        /// What the operating system said.
        message: String,
    },
    /// A symbolic link that is not read: it leads out of the repository,
    /// to a folder (never walked: no loops) or to something that is not a
    /// regular file.
    Symlink {
        /// Relative path.
        path: String,
        /// Why it is not read.
        trouble: LinkTrouble,
    },
    /// A Markdown name on something that is not a regular file (a FIFO, a
    /// socket, a device): never opened, as a read could wait forever.
    Special {
        /// Relative path.
        path: String,
        /// What it is.
        what: Special,
    },
}

impl LoadProblem {
    /// The file's path relative to the root.
    pub fn path(&self) -> &str {
        match self {
            LoadProblem::NotUtf8 { path, .. }
            | LoadProblem::Unreadable { path, .. }
            | LoadProblem::Symlink { path, .. }
            | LoadProblem::Special { path, .. } => path,
        }
    }
}

/// Why a symbolic link in a record folder is not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "trouble", rename_all = "snake_case")]
pub enum LinkTrouble {
    /// It leads out of the repository.
    Outside,
    /// It leads to something that is not a regular file.
    To {
        /// What it leads to.
        what: Special,
    },
    /// It leads nowhere (its target is missing, or a loop).
    Broken {
        /// What the operating system said.
        message: String,
    },
}
