//! Where each page of the published site goes: one folder per kind, one
//! page per record, named from IDs and kind names that the records and the
//! configuration give. Those are outside text: a name is made of ASCII
//! letters, digits, `-` and `_` only, at most [`MAX_NAME`] bytes, so no
//! `..`, `/`, NUL or absolute path can come through, and two records whose
//! names fold to one get `-2`, `-3` in the order the site lists them.

use std::collections::{BTreeSet, HashMap};

use crate::report::Approved;

/// The longest file name (without extension) a page gets.
pub const MAX_NAME: usize = 64;

/// `text` as a file name: anything but ASCII letters, digits, `-` and `_`
/// becomes `-`, cut at [`MAX_NAME`] bytes; `page` when nothing is left.
pub fn safe_name(text: &str) -> String {
    let mut out: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(MAX_NAME)
        .collect();
    let trimmed = out.trim_matches('-').len();
    if trimmed == 0 {
        out = "page".to_string();
    }
    out
}

/// Every page's place, by record and by kind: paths relative to the
/// site's root, `/`-separated (`decision/DEC-0001.html`).
#[derive(Debug, Clone, Default)]
pub struct Pages {
    /// Kind name → its folder.
    pub kinds: HashMap<String, String>,
    /// Record ID → (kind folder, page name without extension).
    pub records: HashMap<String, (String, String)>,
    /// Record ID in capitals → record ID, to resolve `dec-0001`.
    upper: HashMap<String, String>,
}

impl Pages {
    /// The places of the site's pages, in the site's order.
    pub fn of(site: &Approved, kinds: &[String]) -> Pages {
        let mut pages = Pages::default();
        let mut folders = BTreeSet::new();
        for kind in kinds {
            let name = unique(&mut folders, safe_name(kind));
            pages.kinds.insert(kind.clone(), name);
        }
        let mut taken: HashMap<String, BTreeSet<String>> = HashMap::new();
        for r in &site.records {
            let Some(folder) = pages.kinds.get(&r.summary.kind).cloned() else {
                continue;
            };
            let used = taken.entry(folder.clone()).or_default();
            // `index` is the kind's list.
            used.insert("index".into());
            let name = unique(used, safe_name(&r.summary.id));
            pages
                .upper
                .insert(r.summary.id.to_uppercase(), r.summary.id.clone());
            pages.records.insert(r.summary.id.clone(), (folder, name));
        }
        pages
    }

    /// The page of record `id` (any case), from the site's root.
    pub fn record(&self, id: &str) -> Option<(&str, &str)> {
        let (folder, name) = self.records.get(id).or_else(|| {
            let id = self.upper.get(&id.to_uppercase())?;
            self.records.get(id)
        })?;
        Some((folder.as_str(), name.as_str()))
    }

    /// The ID as the site has it, for an ID written in any case.
    pub fn id(&self, written: &str) -> Option<&str> {
        match self.records.get_key_value(written) {
            Some((id, _)) => Some(id.as_str()),
            None => self.upper.get(&written.to_uppercase()).map(String::as_str),
        }
    }

    /// The folder of a kind's pages.
    pub fn kind(&self, kind: &str) -> Option<&str> {
        self.kinds.get(kind).map(String::as_str)
    }
}

/// `name`, or `name-2`, `name-3`… when taken; the result is taken then.
fn unique(taken: &mut BTreeSet<String>, name: String) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{name}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_escape_or_grow() {
        assert_eq!(safe_name("DEC-0001"), "DEC-0001");
        assert_eq!(safe_name("a_b-9Z"), "a_b-9Z");
        assert_eq!(safe_name("../../etc/passwd"), "------etc-passwd");
        assert_eq!(safe_name("/abs"), "-abs");
        assert_eq!(safe_name("a\0b"), "a-b");
        assert_eq!(safe_name(".."), "page");
        assert_eq!(safe_name(""), "page");
        assert_eq!(safe_name("æøå"), "page");
        assert_eq!(safe_name(&"x".repeat(5000)).len(), MAX_NAME);
        for text in [
            "..", "../a", "/", "a/b", "a\\b", "\0", "C:\\x", "~", "%2e%2e",
        ] {
            let name = safe_name(text);
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
                "{text:?} → {name:?}"
            );
        }
    }

    /// A site of records of `kind` with these IDs.
    pub(crate) fn site(records: &[(&str, &str)]) -> Approved {
        use crate::record::{IdSource, Summary};
        use crate::report::{Approval, Published};
        let records = records
            .iter()
            .map(|(kind, id)| Published {
                summary: Summary {
                    id: (*id).to_string(),
                    id_source: IdSource::FrontMatter,
                    kind: (*kind).to_string(),
                    title: "T".into(),
                    status: None,
                    status_label: None,
                    status_note: None,
                    kind_type: None,
                    date: None,
                    path: format!("{kind}/{id}.md"),
                },
                text: String::new(),
                body: 0..0,
                deciders: Vec::new(),
                approval: Approval {
                    commit: String::new(),
                    date: String::new(),
                    author: String::new(),
                    approvers: Vec::new(),
                    approvers_from: crate::report::ApproversFrom::CommitAuthor,
                    bodies: Vec::new(),
                    approved_by: Vec::new(),
                    url: None,
                    version: None,
                },
                superseded_by: None,
                commits: Vec::new(),
            })
            .collect();
        Approved {
            head: None,
            head_date: None,
            records,
        }
    }

    #[test]
    fn every_record_and_kind_has_its_own_place() {
        let site = site(&[
            ("decision", "DEC-0001"),
            ("decision", "index"),
            ("decision", "DEC/0001"),
            ("change", "CR-0001"),
            ("task", "TASK-0001"),
        ]);
        let kinds = [
            "decision".to_string(),
            "change".to_string(),
            "a b".to_string(),
        ];
        let pages = Pages::of(&site, &kinds);
        assert_eq!(pages.kind("decision"), Some("decision"));
        assert_eq!(pages.kind("a b"), Some("a-b"));
        assert_eq!(pages.kind("task"), None);
        assert_eq!(pages.record("DEC-0001"), Some(("decision", "DEC-0001")));
        assert_eq!(pages.record("dec-0001"), Some(("decision", "DEC-0001")));
        assert_eq!(pages.record("index"), Some(("decision", "index-2")));
        assert_eq!(pages.record("DEC/0001"), Some(("decision", "DEC-0001-2")));
        assert_eq!(pages.record("CR-0001"), Some(("change", "CR-0001")));
        assert_eq!(pages.record("TASK-0001"), None, "a kind not published");
        assert_eq!(pages.record("DEC-0009"), None);
        assert_eq!(pages.id("cr-0001"), Some("CR-0001"));
        assert_eq!(pages.id("CR-0001"), Some("CR-0001"));
        assert_eq!(pages.id("CR-0009"), None);
    }

    #[test]
    fn names_that_fold_to_one_are_told_apart() {
        let mut taken = BTreeSet::from(["index".to_string()]);
        assert_eq!(unique(&mut taken, "a".into()), "a");
        assert_eq!(unique(&mut taken, "a".into()), "a-2");
        assert_eq!(unique(&mut taken, "a".into()), "a-3");
        assert_eq!(unique(&mut taken, "index".into()), "index-2");
    }
}
