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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Format, Imported, KindGuess};

    fn read(path: &str, links: &[(&str, &[&str])]) -> Read {
        let mut imported = Imported::new(Format::Log4brains, KindGuess::Decision);
        for (key, paths) in links {
            let list = paths.iter().map(|p| (*p).to_string()).collect();
            imported.set(key, FieldValue::List(list), (3, 11));
        }
        Read {
            path: path.into(),
            kind: "decision".into(),
            text: String::new(),
            imported,
            created: false,
            slug: String::new(),
            extra: Vec::new(),
            id: String::new(),
        }
    }

    fn list<'r>(r: &'r Read, key: &str) -> Option<&'r [String]> {
        match r.imported.get(key) {
            Some(FieldValue::List(l)) => Some(l),
            _ => None,
        }
    }

    #[test]
    fn the_missing_side_is_added_to_records_of_this_import_only() {
        let mut reads = vec![
            read("a.md", &[("superseded_by", &["b.md"])]),
            read("b.md", &[]),
            read("c.md", &[("supersedes", &["d.md", "elsewhere.md", "c.md"])]),
            read("d.md", &[("superseded_by", &["x.md"])]),
        ];
        both_sides(&mut reads);
        assert_eq!(
            list(&reads[1], "supersedes"),
            Some(&["a.md".to_string()][..])
        );
        assert_eq!(list(&reads[1], "superseded_by"), None);
        // Appended to the list already there; no link to itself.
        assert_eq!(
            list(&reads[3], "superseded_by"),
            Some(&["x.md".to_string(), "c.md".to_string()][..])
        );
        assert_eq!(list(&reads[2], "superseded_by"), None);
        assert_eq!(list(&reads[0], "supersedes"), None);
        let added = reads[1]
            .imported
            .fields
            .iter()
            .find(|f| f.key == "supersedes");
        assert_eq!(added.map(|f| (f.line, f.column)), Some((0, 0)));
    }

    #[test]
    fn both_sides_already_there_change_nothing() {
        // adr-tools writes both: "Superseded by" and "Supersedes".
        let mut reads = vec![
            read("1.md", &[("superseded_by", &["2.md"])]),
            read("2.md", &[("supersedes", &["1.md"])]),
        ];
        both_sides(&mut reads);
        assert_eq!(
            list(&reads[0], "superseded_by"),
            Some(&["2.md".to_string()][..])
        );
        assert_eq!(
            list(&reads[1], "supersedes"),
            Some(&["1.md".to_string()][..])
        );
        assert_eq!(reads[0].imported.fields.len(), 1);
        assert_eq!(reads[1].imported.fields.len(), 1);
    }

    #[test]
    fn a_side_that_is_not_a_list_is_left_to_the_reader() {
        let mut reads = vec![
            read("a.md", &[("superseded_by", &["b.md"])]),
            read("b.md", &[]),
        ];
        reads[1]
            .imported
            .set("supersedes", FieldValue::Text("?".into()), (1, 1));
        both_sides(&mut reads);
        assert_eq!(reads[1].imported.text("supersedes"), Some("?"));
    }
}
