//! `gov publish`: the approved version of each record, chosen from
//! history ([`choose`]), with the roadmap and the annual cycle made from
//! them ([`pictures`]), rendered as a static HTML site or as Jekyll
//! pages by `render`, and written into a folder that is checked first
//! ([`out`]) and then changed file by file, only where bytes differ
//! ([`write`]). The same commit always gives the same bytes.

mod approved;
mod approvers;
mod out;
mod pictures;
mod write;

pub use approved::choose;
pub use out::{MANIFEST, check as check_out, is_safe, real};
pub use pictures::pictures;
pub use write::{Written, write};

use std::path::Path;

use crate::Result;
use crate::config::Config;
use crate::render::html::SiteFile;
use crate::report::Approved;
use crate::trace::History;

/// The formats of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A self-contained static HTML site.
    Html,
    /// Markdown pages with just-the-docs front matter for a Jekyll site.
    Jekyll,
}

/// Publishes the governance repository at `root` into `out`: checks the
/// folder, reads history (handing it to `seen` first, for the warnings
/// the command prints), renders, writes what changed.
pub fn publish(
    root: &Path,
    config: &Config,
    out: &Path,
    format: Format,
    seen: impl FnOnce(&History),
) -> Result<Written> {
    let repo = crate::git::Repo::discover(root)?.ok_or_else(|| crate::Error::NoHistory {
        path: root.to_path_buf(),
    })?;
    let at = out::check(out, root, repo.git_dir(), config)?;
    let site = match repo.head_id()? {
        None => Approved::default(),
        Some(head) => {
            let history = History::read_at(root, config, true)?;
            seen(&history);
            choose(&history, &repo, head)?
        }
    };
    let pictures = pictures::pictures(root, config, &site)?;
    let files: Vec<SiteFile> = match format {
        Format::Html => crate::render::html::site(&site, &pictures, config),
        Format::Jekyll => crate::render::jekyll::site(&site, &pictures, config),
    };
    write(&at, &files)
}
