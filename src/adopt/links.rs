//! Supersession on both sides. MADR and log4brains write the link on the
//! superseded record only (`Status: superseded by [x](x.md)`); adr-tools
//! writes both. gov keeps both sides (GOV051 reports a one-sided link), so
//! when both records are imported together the other side is added to the
//! record that lacks it: the community's log says the same after the
//! import as before, and `gov validate` reports real problems only.

use super::select::Read;
use crate::import::{Field, FieldValue};

/// The key naming the other side of each supersession key.
const SIDES: [(&str, &str); 2] = [
    ("superseded_by", "supersedes"),
    ("supersedes", "superseded_by"),
];

/// Adds to each read record the side of a supersession another read
/// record states and it lacks. Links are paths from the root here (the
/// IDs are written later); a link to a record not in this import is left
/// as it is.
pub(super) fn both_sides(reads: &mut [Read]) {
    let mut wanted: Vec<(usize, &'static str, String)> = Vec::new();
    for r in reads.iter() {
        for (key, other) in SIDES {
            let Some(FieldValue::List(targets)) = r.imported.get(key) else {
                continue;
            };
            for target in targets {
                if *target == r.path {
                    continue;
                }
                let Some(t) = reads.iter().position(|q| q.path == *target) else {
                    continue;
                };
                let has = matches!(reads[t].imported.get(other),
                    Some(FieldValue::List(back)) if back.contains(&r.path));
                if !has {
                    wanted.push((t, other, r.path.clone()));
                }
            }
        }
    }
    for (t, key, path) in wanted {
        let fields = &mut reads[t].imported.fields;
        match fields.iter_mut().find(|f| f.key == key) {
            Some(Field {
                value: FieldValue::List(list),
                ..
            }) => {
                if !list.contains(&path) {
                    list.push(path);
                }
            }
            // A key that is not a list is the reader's to report; left.
            Some(_) => {}
            None => fields.push(Field {
                key: key.to_string(),
                value: FieldValue::List(vec![path]),
                line: 0,
                column: 0,
            }),
        }
    }
}
