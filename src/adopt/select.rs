//! Which files an import looks at: the named files and folders (or the
//! decision and meeting kinds' folders), walked without hidden entries;
//! each read, or skipped with the reason, or refused as bad input.

use std::path::Path;

use super::{FileReport, Request, Skip};
use crate::error::ImportTrouble;
use crate::fsutil::{Links, read_regular};
use crate::import::{self, Context, Format, Imported, KindGuess};
use crate::record::{Front, Record, Repository};
use crate::{Error, Result};

/// A file read as a record to import.
pub(super) struct Read {
    /// Its path (for a forge issue: empty until its ID is known).
    pub path: String,
    /// The kind of its folder.
    pub kind: String,
    /// Its text now (for a forge issue: the new file's body).
    pub text: String,
    /// What the reader found.
    pub imported: Imported,
    /// True for a new file (a forge issue).
    pub created: bool,
    /// The slug of a new file's name.
    pub slug: String,
    /// Keys the importer adds besides the reader's (`forge_issue`).
    pub extra: Vec<(String, serde_json::Value)>,
    /// The ID given (set by the allocation).
    pub id: String,
}

/// What a file found turned out to be.
pub(super) enum Found {
    /// Left alone, with the reason.
    Skipped(FileReport),
    /// To import.
    Read(Read),
    /// A forge issues JSON file: its path and text.
    Issues(String, String),
}

/// The bad-input error for a file.
pub(super) fn bad(path: &str, at: (usize, usize), reason: ImportTrouble) -> Error {
    Error::ImportInput {
        path: path.to_string(),
        line: at.0,
        column: at.1,
        reason,
    }
}

/// Every file of the request, in path order.
pub(super) fn files(repo: &Repository, request: &Request) -> Result<Vec<Found>> {
    let mut paths = Vec::new();
    let roots: Vec<String> = if request.paths.is_empty() {
        ["decision", "meeting"]
            .iter()
            .filter_map(|k| repo.config.kind(k))
            .flat_map(|k| k.folder.iter().map(str::to_string))
            .collect()
    } else {
        request.paths.clone()
    };
    for rel in &roots {
        let full = repo.root.join(rel);
        match std::fs::symlink_metadata(&full) {
            Ok(meta) if meta.is_dir() => walk(&repo.root, rel, &mut paths)?,
            Ok(_) => paths.push(rel.clone()),
            Err(_) if request.paths.is_empty() => {}
            Err(_) => return Err(bad(rel, (0, 0), ImportTrouble::Missing)),
        }
    }
    paths.sort();
    paths.dedup();
    let forge = crate::check::forge_url(repo);
    let mut found = paths
        .into_iter()
        .map(|p| one(repo, request, forge.as_deref(), p))
        .collect::<Result<Vec<Found>>>()?;
    dated_by_first_commit(repo, request, forge.as_deref(), &mut found)?;
    in_packages(repo, &mut found)?;
    Ok(found)
}

/// log4brains shows each ADR of a package's folder with the package's
/// name, so the import writes it as `package:` (DEC-0058).
fn in_packages(repo: &Repository, found: &mut [Found]) -> Result<()> {
    let packages = crate::survey::log4brains_packages(&repo.root)?;
    if !packages.iter().any(|p| p.name.is_some()) {
        return Ok(());
    }
    for f in found.iter_mut() {
        let Found::Read(r) = f else {
            continue;
        };
        if r.imported.format != Format::Log4brains || r.imported.get("package").is_some() {
            continue;
        }
        let holding = packages
            .iter()
            .filter(|p| r.path.starts_with(&format!("{}/", p.folder)))
            .max_by_key(|p| p.folder.len());
        if let Some(name) = holding.and_then(|p| p.name.clone()) {
            r.imported
                .set("package", import::FieldValue::Text(name), (0, 0));
        }
    }
    Ok(())
}

/// log4brains dates an ADR without a `Date` by the commit that added its
/// file (following renames), so the import does too: one walk of the
/// history for all such files, which are then read again with their date.
/// A file not committed yet keeps no date.
fn dated_by_first_commit(
    repo: &Repository,
    request: &Request,
    forge: Option<&str>,
    found: &mut [Found],
) -> Result<()> {
    let undated = |f: &Found| match f {
        Found::Read(r) => {
            r.imported.format == Format::Log4brains && r.imported.get("date").is_none()
        }
        _ => false,
    };
    if !found.iter().any(undated) {
        return Ok(());
    }
    let Some(git) = crate::git::Repo::discover(&repo.root)? else {
        return Ok(());
    };
    let prefix = git.prefix_of(&repo.root).unwrap_or_default();
    // Each undated file's place in `found` and its path in git, made once.
    let wanted: Vec<(usize, String)> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| undated(f))
        .filter_map(|(i, f)| match f {
            Found::Read(r) => Some((i, format!("{prefix}{}", r.path))),
            _ => None,
        })
        .collect();
    let paths: Vec<String> = wanted.iter().map(|(_, p)| p.clone()).collect();
    let dates = git.first_added(&paths)?;
    for (i, in_git) in &wanted {
        if let Found::Read(r) = &mut found[*i]
            && let Some(date) = dates.get(in_git)
        {
            let ctx = Context {
                config: &repo.config,
                path: &r.path,
                forge_url: forge,
                first_commit: Some(*date),
            };
            r.imported = import::read(&r.text, &ctx, request.from);
        }
    }
    Ok(())
}

/// The files below `rel`, without hidden entries and nested repositories.
fn walk(root: &Path, rel: &str, out: &mut Vec<String>) -> Result<()> {
    let dir = root.join(rel);
    let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let child = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        let kind = entry.file_type().map_err(|e| Error::io(entry.path(), e))?;
        if kind.is_dir() {
            if !entry.path().join(".git").exists() {
                walk(root, &child, out)?;
            }
        } else {
            out.push(child);
        }
    }
    Ok(())
}

/// The kind whose folder holds `path` (the deepest folder wins).
fn kind_of(repo: &Repository, path: &str) -> Option<String> {
    repo.config
        .kinds
        .iter()
        .filter_map(|k| k.folder.holding(path).map(|f| (f.len(), k)))
        .max_by_key(|(len, _)| *len)
        .map(|(_, k)| k.name.clone())
}

/// Reads one file, or says why it is skipped.
fn one(repo: &Repository, request: &Request, forge: Option<&str>, path: String) -> Result<Found> {
    let lower = path.to_lowercase();
    let full = repo.root.join(&path);
    let markdown = lower.ends_with(".md") || lower.ends_with(".markdown");
    let json = lower.ends_with(".json")
        && matches!(request.from, None | Some(Format::GithubIssues))
        && !request.paths.is_empty();
    if !markdown && !json {
        let reason = import::detect(&path, "").reason;
        return Ok(Found::Skipped(FileReport::skip(
            &path,
            Skip::NotARecord { reason },
        )));
    }
    let bytes = read_regular(&full, Links::Refuse).map_err(|e| e.into_error(&full))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = crate::record::byte_position(e.as_bytes(), e.utf8_error().valid_up_to());
            return Err(bad(&path, at, ImportTrouble::NotUtf8));
        }
    };
    if json {
        let detected = import::detect(&path, &text);
        if detected.format == Format::GithubIssues || request.from == Some(Format::GithubIssues) {
            return Ok(Found::Issues(path, text));
        }
        let skip = Skip::NotARecord {
            reason: detected.reason,
        };
        return Ok(Found::Skipped(FileReport::skip(&path, skip)));
    }
    let Some(kind) = kind_of(repo, &path) else {
        return Ok(Found::Skipped(FileReport::skip(&path, Skip::OutsideKinds)));
    };
    let record = Record::parse(path.clone(), kind.clone(), text.clone());
    match &record.front {
        Front::Invalid(e) => {
            let at = (e.pos.line, e.pos.column);
            return Err(bad(&path, at, ImportTrouble::FrontMatter(e.kind.clone())));
        }
        Front::Unterminated => return Err(bad(&path, (1, 1), ImportTrouble::Unterminated)),
        _ => {}
    }
    if let Some(id) = record.field_text("id").filter(|i| !i.trim().is_empty()) {
        let id = id.trim().to_string();
        return Ok(Found::Skipped(FileReport::skip(
            &path,
            Skip::AlreadyImported { id },
        )));
    }
    let ctx = Context {
        config: &repo.config,
        path: &path,
        forge_url: forge,
        first_commit: None,
    };
    let imported = import::read(&text, &ctx, request.from);
    let looks_like = match &imported.kind {
        KindGuess::NotARecord { reason } => {
            let skip = Skip::NotARecord {
                reason: reason.clone(),
            };
            return Ok(Found::Skipped(FileReport::skip(&path, skip)));
        }
        KindGuess::Decision => "decision",
        KindGuess::Meeting => "meeting",
        KindGuess::Change => "change",
    };
    if looks_like != kind {
        let skip = Skip::KindMismatch {
            looks_like: looks_like.into(),
            folder_kind: kind,
        };
        return Ok(Found::Skipped(FileReport::skip(&path, skip)));
    }
    Ok(Found::Read(Read {
        path,
        kind,
        text,
        imported,
        created: false,
        slug: String::new(),
        extra: Vec::new(),
        id: String::new(),
    }))
}
