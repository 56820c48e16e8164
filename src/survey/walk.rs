//! The Markdown files of a repository that `gov init` looks at before it
//! writes: every `.md` below the root, except in places that are never
//! governance (hidden folders such as `.git` and `.github`, a nested
//! repository, `node_modules`, `_site`, `vendor`). Every read is right or
//! an error: a folder or file that cannot be read stops the survey, it is
//! never taken for "no records".

use std::path::Path;

use crate::fsutil::{Links, read_regular};
use crate::{Error, Result};

/// Folders whose files are never a community's records: dependencies and
/// what a site generator builds.
const NEVER: &[&str] = &["node_modules", "_site", "vendor", "target"];

/// One Markdown file found.
#[derive(Debug)]
pub(super) struct Found {
    /// Path relative to the root, `/`-separated.
    pub rel: String,
    /// Its text, or `None` when it is not UTF-8 (then it is no record gov
    /// could read, and says so).
    pub text: Option<String>,
    /// True when it is a symbolic link (not followed: `gov` reads records
    /// where they are).
    pub link: bool,
}

/// The Markdown files below `root`, sorted by path.
pub(super) fn markdown_files(root: &Path) -> Result<Vec<Found>> {
    let mut found = Vec::new();
    let mut stack = vec![String::new()];
    while let Some(dir) = stack.pop() {
        let abs = root.join(&dir);
        let entries = std::fs::read_dir(&abs).map_err(|e| Error::io(&abs, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&abs, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if dir.is_empty() {
                name.clone()
            } else {
                format!("{dir}/{name}")
            };
            if name.starts_with('.') || NEVER.contains(&name.as_str()) {
                continue;
            }
            let path = entry.path();
            let file_type = entry.file_type().map_err(|e| Error::io(&path, e))?;
            if file_type.is_dir() {
                if std::fs::symlink_metadata(path.join(".git")).is_err() {
                    stack.push(rel);
                }
                continue;
            }
            if !is_markdown(&name) {
                continue;
            }
            if file_type.is_symlink() {
                found.push(Found {
                    rel,
                    text: None,
                    link: true,
                });
                continue;
            }
            let bytes = read_regular(&path, Links::Refuse).map_err(|e| e.into_error(&path))?;
            found.push(Found {
                rel,
                text: String::from_utf8(bytes).ok(),
                link: false,
            });
        }
    }
    found.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(found)
}

/// A Markdown file name, any case.
fn is_markdown(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}
