//! How a configured path leads out of the repository, as data: the
//! configuration ([`crate::config`]) finds it, errors say it; here, below
//! both, so the error module needs nothing of the configuration.

/// How a configured path leads out of the repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Escape {
    /// It is absolute.
    Absolute,
    /// Its `..` parts climb above the root.
    Parent,
    /// A symbolic link on the way (the part named here) leads out.
    Link(String),
}

impl std::fmt::Display for Escape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Escape::Absolute => {
                f.write_str("is an absolute path: it must stay inside the repository")
            }
            Escape::Parent => f.write_str("leads outside the repository with `..`"),
            Escape::Link(part) => {
                write!(
                    f,
                    "leads outside the repository through the symbolic link `{part}`"
                )
            }
        }
    }
}
