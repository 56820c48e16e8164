//! Creating records: the next free ID (across the working tree and every
//! local and remote-tracking branch), the template, an exclusive write, and
//! the supersession links, all under one lock so that concurrent `gov new`
//! processes never pick the same ID.

use std::collections::HashSet;
use std::path::Path;

use crate::check::{Diagnostic, Schemas};
use crate::config::{Config, Kind, Labels, TypeDef};
use crate::error::Refusal;
use crate::lock::{Lock, StatePaths, WriteLock};
use crate::record::{
    self, Edit, Record, RecordId, Repository, Summary, apply_edits, id_in_file_name,
};
use crate::template::{self, Context};
use crate::{Error, Result, date, fsutil, git, slug, write_check};

/// What `gov new` was asked for.
#[derive(Debug, Clone, Default)]
pub struct NewRecord {
    /// The kind's name or alias.
    pub kind: String,
    /// The title.
    pub title: String,
    /// The type (`SDR`, `architecture`), for kinds with types.
    pub kind_type: Option<String>,
    /// Front matter to set after rendering the template, each with the
    /// argument it came from (for messages); dates are written as ISO.
    pub edits: Vec<(String, Edit)>,
    /// IDs of the records the new one supersedes.
    pub supersedes: Vec<String>,
    /// The record's date.
    pub date: Option<jiff::civil::Date>,
    /// Supersede even when the old record's workflow does not allow it.
    pub force: bool,
    /// A section of the body to write in place of the template's own
    /// (`gov meeting new` writes the agenda it built).
    pub section: Option<BodySection>,
    /// The folder to write in, one of the kind's (DEC-0058); `None`: the
    /// kind's first.
    pub folder: Option<String>,
}

/// A section of a new record's body: it replaces the template's section
/// under the first level-2 heading that `opens` accepts (up to the next
/// heading of level 1 or 2), or is added at the end of a template that has
/// none.
#[derive(Debug, Clone)]
pub struct BodySection {
    /// Whether a level-2 heading's text (as read) opens the section.
    pub opens: fn(&str) -> bool,
    /// The section's Markdown, its heading included, ending in a newline.
    pub text: String,
}

/// What `gov new` did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Created {
    /// The new record's ID.
    pub id: String,
    /// Its path, relative to the repository root.
    pub path: String,
    /// The records marked as superseded by it: (ID, path).
    pub superseded: Vec<(String, String)>,
    /// What validation found wrong with the `--set` values, written anyway
    /// because of `--force`.
    pub warnings: Vec<Diagnostic>,
    /// The new record's text (for showing diagnostics at their lines).
    #[serde(skip)]
    pub text: String,
}

/// What `gov new` did: created a record, or refused because the values
/// given with `--set` break validation (nothing written).
#[derive(Debug, Clone)]
pub enum Creation {
    /// The record was written.
    Created(Created),
    /// Nothing was written: these diagnostics are errors.
    Refused {
        /// The path the record would have had.
        path: String,
        /// The text it would have had.
        text: String,
        /// The diagnostics the values add.
        diagnostics: Vec<Diagnostic>,
    },
}

/// Takes the repository's write lock without tidying up (for writers of
/// files other than records, such as the backlog order).
pub(crate) fn lock(root: &Path) -> Result<Lock> {
    Lock::take(&StatePaths::of(root)?.lock)
}

/// The number after `highest` for a kind: an error, never a wrap to
/// `0000`, when it does not fit.
pub fn next_number(kind: &Kind, highest: u64) -> Result<u64> {
    highest.checked_add(1).ok_or_else(|| Error::IdOverflow {
        prefix: kind.prefix.to_ascii_uppercase(),
        number: highest,
    })
}

/// The highest number in use for a kind, in the working tree and on the tip
/// of every branch.
pub fn highest_number(repo: &Repository, kind: &Kind) -> Result<u64> {
    Ok(numbers_in_use(repo, kind)?.last().copied().unwrap_or(0))
}

/// Every number in use for a kind: in the working tree (also in names of
/// files that could not be read), in other worktrees and on the tip of
/// every local and remote-tracking branch. `gov import` keeps a format's
/// own number (adr-tools' `0003-`) only when it is not among these.
pub fn numbers_in_use(repo: &Repository, kind: &Kind) -> Result<std::collections::BTreeSet<u64>> {
    let mut used = std::collections::BTreeSet::new();
    let prefix = kind.prefix.to_ascii_uppercase();
    for s in repo.summaries().iter().filter(|s| s.kind == kind.name) {
        if let Some(id) = RecordId::parse(&s.id).filter(|id| id.prefix == prefix) {
            used.insert(id.number);
        }
    }
    used.extend(repo.unread_numbers(&kind.prefix));
    if let Some(git) = git::Repo::discover(&repo.root)? {
        // Records created but not committed in another worktree hold their IDs.
        for other in git.other_worktree_roots(&repo.root)? {
            let other = Repository::load(other, repo.config.clone());
            let ids = other
                .summaries()
                .into_iter()
                .filter(|s| s.kind == kind.name);
            let ids = ids.filter_map(|s| RecordId::parse(&s.id));
            used.extend(ids.filter(|id| id.prefix == prefix).map(|id| id.number));
        }
        let mut files = Vec::new();
        for folder in kind.folder.iter() {
            files.extend(git.branch_files(&relative_folder(&git, &repo.root, folder))?);
        }
        let mut read = HashSet::new();
        for file in files {
            let name = file.path.rsplit('/').next().unwrap_or_default();
            if let Some(n) = id_in_file_name(name, &kind.prefix) {
                used.insert(n);
            } else if name.to_ascii_lowercase().ends_with(".md") && read.insert(file.blob) {
                // Lossy is exact for the ID read here (see check/base.rs).
                let text = String::from_utf8_lossy(&git.blob(file.blob)?).into_owned();
                let r = Record::parse(file.path, kind.name.clone(), text);
                let id = r.field_text("id").and_then(|i| RecordId::parse(&i));
                if let Some(id) = id.filter(|id| id.prefix == prefix) {
                    used.insert(id.number);
                }
            }
        }
    }
    Ok(used)
}

/// The folder of `kind` that `wanted` names (as written, with or without
/// slashes), or an error listing the kind's folders.
fn in_kind_folder<'k>(kind: &'k Kind, wanted: &str) -> Result<&'k str> {
    let wanted = wanted.trim_matches('/');
    let wanted = wanted.strip_prefix("./").unwrap_or(wanted);
    kind.folder
        .iter()
        .find(|f| *f == wanted)
        .ok_or_else(|| Error::NotAKindFolder {
            folder: wanted.to_string(),
            kind: kind.name.clone(),
            folders: kind.folder.iter().map(str::to_string).collect(),
        })
}

/// The kind folder as a path inside the git repository (the governance
/// repository may be a subfolder of a larger one).
fn relative_folder(git: &git::Repo, root: &Path, folder: &str) -> String {
    let workdir = git.workdir().and_then(|w| w.canonicalize().ok());
    let root = root.canonicalize().ok();
    let prefix = match (workdir, root) {
        (Some(w), Some(r)) => r
            .strip_prefix(&w)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default(),
        _ => String::new(),
    };
    if prefix.is_empty() {
        folder.to_string()
    } else {
        format!("{prefix}/{folder}")
    }
}

/// Creates a record in the repository at `root`; the caller holds the
/// write lock, and the records are read under it.
pub fn create(
    lock: &WriteLock,
    root: &Path,
    config: &Config,
    new: &NewRecord,
    today: jiff::civil::Date,
) -> Result<Creation> {
    let repo = Repository::load(root.to_path_buf(), config.clone());
    create_in(lock, &repo, new, today)
}

/// [`create`] in a repository the caller read under the write lock (so a
/// command that looks at the records first reads them once).
pub fn create_in(
    _lock: &WriteLock,
    repo: &Repository,
    new: &NewRecord,
    today: jiff::civil::Date,
) -> Result<Creation> {
    match prepare(repo, new, today)? {
        Prepared::Refused(refused) => Ok(refused),
        Prepared::Ready(draft) => draft.write(&repo.root),
    }
}

/// What [`create`] would write, without writing it (`--dry-run`): the
/// ID is the one a write now would take.
pub fn preview(repo: &Repository, new: &NewRecord, today: jiff::civil::Date) -> Result<Creation> {
    Ok(match prepare(repo, new, today)? {
        Prepared::Refused(refused) => refused,
        Prepared::Ready(draft) => Creation::Created(draft.created),
    })
}

/// A record ready to be written, with the records it supersedes.
struct Draft {
    created: Created,
    /// (ID, path, text as read, new text) of each superseded record.
    superseded: Vec<(String, String, String, String)>,
}

enum Prepared {
    Ready(Draft),
    Refused(Creation),
}

impl Draft {
    /// Stages every file first and checks the superseded ones are as read,
    /// so a failure leaves nothing behind; then puts them in place at once.
    fn write(self, root: &Path) -> Result<Creation> {
        let target = root.join(&self.created.path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let staged_new = fsutil::Staged::beside(&target, self.created.text.as_bytes())?;
        let mut staged_old = Vec::new();
        for (_, old_path, before, after) in &self.superseded {
            let old_path = root.join(old_path);
            let staged = fsutil::Staged::beside(&old_path, after.as_bytes())?;
            fsutil::ensure_unchanged(&old_path, before.as_bytes())?;
            staged_old.push((old_path, staged));
        }
        staged_new.commit_new(&target)?;
        for (old_path, staged) in staged_old {
            staged.commit(&old_path)?;
        }
        Ok(Creation::Created(self.created))
    }
}

/// Everything [`create`] does short of writing.
fn prepare(repo: &Repository, new: &NewRecord, today: jiff::civil::Date) -> Result<Prepared> {
    let (root, config) = (repo.root.as_path(), &repo.config);
    let kind = config.require_kind(&new.kind)?.clone();
    let title = new.title.trim();
    if title.is_empty() {
        return Err(Error::BadAssignment {
            arg: "--title".into(),
            reason: Refusal::NoTitle,
        });
    }
    let kind_type =
        match &new.kind_type {
            Some(t) => Some(kind.find_type(t).map(|d| d.id.clone()).ok_or_else(|| {
                Error::BadAssignment {
                    arg: format!("--type {t}"),
                    reason: Refusal::UnknownType {
                        kind: Box::new(kind.label.clone()),
                        types: kind.types.iter().map(TypeDef::words).collect(),
                    },
                }
            })?),
            None => None,
        };
    let number = next_number(&kind, highest_number(repo, &kind)?)?;
    let id = record::format_id(&kind.prefix, number);

    let mut superseded = Vec::new();
    for old_id in &new.supersedes {
        let old = repo.find(old_id)?;
        let summary = Summary::of(old, config.kind(&old.kind).unwrap_or(&kind));
        if old.kind != kind.name {
            return Err(Error::BadAssignment {
                arg: format!("--supersedes {old_id}"),
                reason: Refusal::OtherKind {
                    id: summary.id.clone(),
                    is: Box::new(
                        config
                            .kind(&old.kind)
                            .map_or_else(|| Labels::same(&old.kind), |k| k.label.clone()),
                    ),
                    wanted: Box::new(kind.label.clone()),
                },
            });
        }
        let status = kind
            .superseded
            .as_deref()
            .and_then(|s| kind.status(s))
            .ok_or_else(|| Error::BadAssignment {
                arg: format!("--supersedes {old_id}"),
                reason: Refusal::NoSupersededStatus {
                    kind: Box::new(kind.label.clone()),
                },
            })?;
        if let Some(from) = &summary.status
            && let Err(allowed) = kind.allows(from, &status.id)
            && !new.force
        {
            return Err(Error::Transition {
                id: summary.id.clone(),
                kind: Box::new(kind.label.clone()),
                from: Box::new(kind.status_label(from)),
                to: Box::new(status.labels.clone()),
                allowed: allowed.iter().map(|s| kind.status_label(s)).collect(),
            });
        }
        let mut links: Vec<String> = old
            .field("superseded_by")
            .map(record::string_list)
            .unwrap_or_default();
        if !links.contains(&id) {
            links.push(id.clone());
        }
        let edits = [
            Edit::Set {
                key: "status".into(),
                value: status.labels.get(config.lang).into(),
            },
            Edit::Set {
                key: "superseded_by".into(),
                value: one_or_many(links),
            },
        ];
        let text = apply_edits(old, &edits)?;
        superseded.push((summary.id, old.path.clone(), old.text.clone(), text));
    }

    let ctx = Context {
        id: id.clone(),
        title: title.to_string(),
        date: date::iso(new.date.unwrap_or(today)),
        date_human: date::human(
            new.date.unwrap_or(today),
            config.lang == crate::i18n::Lang::Da,
        ),
        status: kind
            .status(&kind.initial)
            .map(|s| s.labels.get(config.lang).to_string())
            .unwrap_or_else(|| kind.initial.clone()),
        kind_type: kind_type.unwrap_or_default(),
        author: git::Repo::discover(root)?
            .and_then(|g| g.user_name())
            .unwrap_or_default(),
        lang: config.lang.code(),
    };
    let (name, source) = template::source(&root.join(&config.templates), config.lang, &kind.name)?;
    let text = template::render(&name, &source, &ctx)?;
    let folder = match &new.folder {
        Some(wanted) => in_kind_folder(&kind, wanted)?,
        None => kind.folder.main(),
    };
    let path = format!("{folder}/{id}-{}.md", slug::slug(title));
    let text = match &new.section {
        Some(section) => with_section(&path, &kind.name, text, section),
        None => text,
    };
    let draft = Record::parse(path.clone(), kind.name.clone(), text);
    if draft.fields().is_none() {
        return Err(Error::Template {
            name,
            message: "the rendered template has no readable front matter".into(),
        });
    }
    let draft = if new.supersedes.is_empty() {
        draft
    } else {
        let ids = superseded.iter().map(|(id, ..)| id.clone()).collect();
        let edit = Edit::Set {
            key: "supersedes".into(),
            value: one_or_many(ids),
        };
        let text = apply_edits(&draft, &[edit])?;
        Record::parse(path.clone(), kind.name.clone(), text)
    };
    let mut edits = Vec::with_capacity(new.edits.len());
    for (arg, edit) in &new.edits {
        let mut edit = edit.clone();
        crate::set::date_as_iso(&mut edit, arg, new.force)?;
        edits.push(edit);
    }
    let text = apply_edits(&draft, &edits)?;
    let mut warnings = Vec::new();
    if !new.edits.is_empty() {
        let schemas = Schemas::compile(root, config)?;
        let after = Record::parse(path.clone(), kind.name.clone(), text.clone());
        let diagnostics = write_check::introduced(repo, Some(&draft), &after, &schemas);
        if write_check::refuses(&diagnostics) && !new.force {
            return Ok(Prepared::Refused(Creation::Refused {
                path,
                text,
                diagnostics,
            }));
        }
        warnings = diagnostics;
    }
    Ok(Prepared::Ready(Draft {
        created: Created {
            id,
            path,
            superseded: superseded
                .iter()
                .map(|(id, p, ..)| (id.clone(), p.clone()))
                .collect(),
            warnings,
            text,
        },
        superseded,
    }))
}

/// The rendered template with `section` in place of its own (see
/// [`BodySection`]).
fn with_section(path: &str, kind: &str, text: String, section: &BodySection) -> String {
    let record = Record::parse(path.to_string(), kind.to_string(), text);
    let body = record.split.body.clone();
    let md = crate::markdown::Markdown::read(&record.text, body.clone());
    let headings = &md.headings;
    let Some(at) = headings
        .iter()
        .position(|h| h.level == 2 && (section.opens)(&h.text))
    else {
        let mut text = record.text;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        if !text.ends_with("\n\n") {
            text.push('\n');
        }
        text.push_str(&section.text);
        return text;
    };
    let start = headings[at].at.offset;
    let end = headings[at + 1..]
        .iter()
        .find(|h| h.level <= 2)
        .map_or(body.end, |h| h.at.offset);
    let mut replacement = section.text.clone();
    if end < body.end {
        replacement.push('\n');
    }
    let mut text = record.text;
    text.replace_range(start..end, &replacement);
    text
}

/// One string as a scalar, several as a list.
fn one_or_many(mut items: Vec<String>) -> serde_json::Value {
    if items.len() == 1 {
        items.remove(0).into()
    } else {
        items.into()
    }
}
