//! Applying a renumbering as one transaction (DEC-0027): every changed file
//! is staged beside its target and flushed; every file is checked to be as
//! it was read; the journal is written; then the files are renamed into
//! place, the record's old name removed, and the journal deleted. An
//! interruption before the journal leaves the old state (and temporary
//! files the next write command removes); one after it leaves a journal
//! the next write command completes.

use std::path::{Path, PathBuf};

use super::{FileChange, Plan, plan};
use crate::config::Config;
use crate::journal::{Journal, JournalFile};
use crate::lock::WriteLock;
use crate::record::{Repository, normalise_id};
use crate::{Error, Result, fsutil, pause};

/// What `gov renumber` did.
#[derive(Debug, Clone)]
pub struct Renumbered {
    /// The renumbering.
    pub plan: Plan,
    /// True when this very renumbering had been interrupted and was
    /// completed from its journal before anything else: nothing more to do.
    pub completed_earlier: bool,
}

/// Renumbers the record `target` to `new` (or the next free number) in the
/// repository at `root`, reading the records under the lock. Asked again
/// after an interruption, it finds the renumbering completed from its
/// journal and says so instead of failing to find the old ID.
pub fn run(
    lock: &WriteLock,
    root: &Path,
    config: &Config,
    target: &str,
    new: Option<&str>,
) -> Result<Renumbered> {
    if let Some(done) = &lock.completed
        && !done.journal.is_import()
        && asks_for(&done.journal, target, new)
    {
        return Ok(Renumbered {
            plan: plan_of(&done.journal),
            completed_earlier: true,
        });
    }
    let repo = Repository::load(root.to_path_buf(), config.clone());
    let plan = plan(&repo, target, new)?;
    apply(lock, root, &plan)?;
    Ok(Renumbered {
        plan,
        completed_earlier: false,
    })
}

/// True when `target` and `new` name the renumbering of `journal`.
fn asks_for(journal: &Journal, target: &str, new: Option<&str>) -> bool {
    let same_target = normalise_id(target).eq_ignore_ascii_case(&journal.old)
        || journal.files.first().is_some_and(|f| f.path == target);
    let same_new = new.is_none_or(|n| normalise_id(n).eq_ignore_ascii_case(&journal.new));
    same_target && same_new
}

/// The plan a journal holds.
fn plan_of(journal: &Journal) -> Plan {
    Plan {
        old: journal.old.clone(),
        new: journal.new.clone(),
        changes: journal
            .files
            .iter()
            .map(|f| FileChange {
                path: f.path.clone(),
                new_path: f.new_path.clone(),
                replacements: f.replacements,
                before: f.before.clone(),
                after: f.after.clone(),
            })
            .collect(),
    }
}

/// The journal of an interrupted renumbering, if one waits to be completed
/// (for `--dry-run`, which writes nothing and so cannot complete it).
pub fn pending(root: &Path) -> Result<Option<Journal>> {
    Journal::read(&crate::lock::StatePaths::of(root)?.journal)
}

/// Applies a plan as one transaction. The caller holds the write lock.
/// Nothing is written if a new file name is taken or a file changed since
/// it was read.
pub fn apply(lock: &WriteLock, root: &Path, plan: &Plan) -> Result<()> {
    for change in &plan.changes {
        if let Some(new_path) = &change.new_path
            && std::fs::symlink_metadata(root.join(new_path)).is_ok()
        {
            return Err(Error::Exists {
                path: root.join(new_path),
            });
        }
    }
    let mut staged = Vec::new();
    for change in &plan.changes {
        let target = root.join(change.new_path.as_deref().unwrap_or(&change.path));
        let file = fsutil::Staged::with_mode_of(
            &target,
            &root.join(&change.path),
            change.after.as_bytes(),
        )?;
        staged.push((change, target, file));
    }
    pause::point("renumber-staged");
    for change in &plan.changes {
        fsutil::ensure_unchanged(&root.join(&change.path), change.before.as_bytes())?;
    }
    let files = plan.changes.iter().map(journal_file).collect();
    Journal::new(&plan.old, &plan.new, files).write(&lock.paths.journal)?;
    pause::point("renumber-rename-0");
    let mut dirs: Vec<PathBuf> = Vec::new();
    for (i, (change, target, file)) in staged.into_iter().enumerate() {
        if change.new_path.is_some() {
            file.commit_new(&target)?;
        } else {
            file.commit(&target)?;
        }
        dirs.extend(target.parent().map(Path::to_path_buf));
        pause::point(&format!("renumber-rename-{}", i + 1));
    }
    for change in plan.changes.iter().filter(|c| c.new_path.is_some()) {
        let old = root.join(&change.path);
        std::fs::remove_file(&old).map_err(|e| Error::io(&old, e))?;
    }
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        fsutil::sync_dir(dir)?;
    }
    pause::point("renumber-done");
    let journal = &lock.paths.journal;
    std::fs::remove_file(journal).map_err(|e| Error::io(journal, e))?;
    if let Some(dir) = journal.parent() {
        fsutil::sync_dir(dir)?;
    }
    Ok(())
}

fn journal_file(change: &FileChange) -> JournalFile {
    JournalFile {
        path: change.path.clone(),
        new_path: change.new_path.clone(),
        before: change.before.clone(),
        after: change.after.clone(),
        replacements: change.replacements,
        created: false,
    }
}
