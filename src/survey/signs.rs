//! Folders other tools name as their decision logs: adr-tools' `.adr-dir`
//! and log4brains' `.log4brains.yml` (its `adrFolder` and each package's).
//! A Markdown file in such a folder is a decision even when it shows no
//! metadata (log4brains allows every field to be missing), unless gov
//! skips it (a template, a README). A sign that cannot be read stops
//! `gov init`: "could not read" is never "no sign".

use std::path::Path;

use crate::config::clean_folder;
use crate::error::ConfigProblem;
use crate::fsutil::{Links, ReadFailure, read_regular};
use crate::import::log4brains;
use crate::{Error, Result};

/// A folder named by a tool's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Named {
    /// The folder, relative to the root, `/`-separated, no trailing `/`.
    pub folder: String,
    /// The file naming it (`.adr-dir`).
    pub by: &'static str,
}

/// Reads a file at the root, `None` when there is none.
fn read(root: &Path, name: &str) -> Result<Option<String>> {
    let path = root.join(name);
    match read_regular(&path, Links::Follow) {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| Error::Config {
                origin: path.clone().into(),
                line: 0,
                column: 0,
                problem: ConfigProblem::NotUtf8,
            }),
        Err(ReadFailure::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into_error(&path)),
    }
}

/// The folders named at `root`.
pub(super) fn named_folders(root: &Path) -> Result<Vec<Named>> {
    let mut out = Vec::new();
    if let Some(text) = read(root, ".adr-dir")? {
        let folder = clean_folder(text.lines().next().unwrap_or("")).to_string();
        if !folder.is_empty() {
            out.push(Named {
                folder,
                by: ".adr-dir",
            });
        }
    }
    out.extend(log4brains_packages(root)?.into_iter().map(|p| Named {
        folder: p.folder,
        by: ".log4brains.yml",
    }));
    Ok(out)
}

/// The ADR folders and packages of `.log4brains.yml` at `root`; none
/// when there is no such file, an error naming its line and column when
/// it cannot be read or parsed.
pub fn log4brains_packages(root: &Path) -> Result<Vec<log4brains::Package>> {
    let Some(text) = read(root, ".log4brains.yml")? else {
        return Ok(Vec::new());
    };
    log4brains::packages(&text).map_err(|e| Error::Config {
        origin: root.join(".log4brains.yml").into(),
        line: e.pos.line,
        column: e.pos.column,
        problem: ConfigProblem::Yaml(e.kind),
    })
}
