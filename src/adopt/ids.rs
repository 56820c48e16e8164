//! IDs for imported files: the number in a file name that already carries
//! the kind's ID (`DEC-0007-x.md`), else the format's own number
//! (adr-tools' and MADR's `0003-`) unless it is in use, else the next free
//! number as `gov new` counts them (working tree, other worktrees, every
//! branch), given in date and then path order. Then every repository path
//! maps to its record's ID, for the fields that name other records.

use std::collections::{BTreeMap, BTreeSet};

use super::select::Read;
use super::{FileNote, ImportNote, NoteWhat};
use crate::create::{next_number, numbers_in_use};
use crate::record::{RecordId, Repository, format_id, id_in_file_name};
use crate::{Result, slug};

/// Repository path → record ID, for the files imported and the records there.
pub(super) type PathIds = BTreeMap<String, String>;

/// Notes of the allocation, by path.
pub(super) type Notes = BTreeMap<String, Vec<FileNote>>;

/// Gives every read file its ID (and a new file its path); returns the
/// path → ID map and the allocation's notes.
pub(super) fn allocate(repo: &Repository, reads: &mut [Read]) -> Result<(PathIds, Notes)> {
    let mut notes: Notes = BTreeMap::new();
    let kinds: BTreeSet<String> = reads.iter().map(|r| r.kind.clone()).collect();
    for kind_name in kinds {
        let kind = repo.config.require_kind(&kind_name)?.clone();
        let mut used = numbers_in_use(repo, &kind)?;
        let mine: Vec<usize> = (0..reads.len())
            .filter(|i| reads[*i].kind == kind_name)
            .collect();
        let mut open = Vec::new();
        for &i in &mine {
            let name = reads[i].path.rsplit('/').next().unwrap_or("").to_string();
            if let Some(n) = id_in_file_name(&name, &kind.prefix) {
                reads[i].id = format_id(&kind.prefix, n);
                used.insert(n);
            }
        }
        for &i in &mine {
            if !reads[i].id.is_empty() {
                continue;
            }
            match reads[i].imported.number.map(u64::from) {
                Some(n) if !used.contains(&n) => {
                    reads[i].id = format_id(&kind.prefix, n);
                    used.insert(n);
                }
                _ => open.push(i),
            }
        }
        let date = |r: &Read| r.imported.text("date").unwrap_or("9999").to_string();
        open.sort_by(|a, b| {
            (date(&reads[*a]), &reads[*a].path).cmp(&(date(&reads[*b]), &reads[*b].path))
        });
        for i in open {
            let highest = used.last().copied().unwrap_or(0);
            let n = next_number(&kind, highest)?;
            used.insert(n);
            let id = format_id(&kind.prefix, n);
            let read = &mut reads[i];
            if let Some(number) = read.imported.number {
                let note = ImportNote::NumberTaken {
                    number,
                    id: id.clone(),
                };
                notes.entry(read.path.clone()).or_default().push(FileNote {
                    line: 0,
                    column: 0,
                    what: NoteWhat::Import(note),
                });
            }
            read.id = id;
        }
        for &i in &mine {
            let read = &mut reads[i];
            if read.created {
                let folder = kind.folder.main();
                read.path = format!("{folder}/{}-{}.md", read.id, slug::slug(&read.slug));
            }
        }
    }
    let mut map = PathIds::new();
    for s in repo.summaries() {
        if RecordId::parse(&s.id).is_some() {
            map.insert(s.path, s.id);
        }
    }
    for r in reads.iter() {
        map.insert(r.path.clone(), r.id.clone());
    }
    Ok((map, notes))
}
