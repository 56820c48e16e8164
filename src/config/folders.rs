//! A kind's folders (DEC-0058): `folder: decisions`, or a list when one
//! log is kept in several places (log4brains' `adrFolder` and one per
//! package). Records are read from each; new ones go to the first.

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A folder as another tool writes it (`./docs/adr/` in `.adr-dir` or
/// `.log4brains.yml`), without spaces around it, leading `./` and
/// trailing `/`.
pub fn clean(folder: &str) -> &str {
    let mut f = folder.trim();
    while let Some(rest) = f.strip_prefix("./") {
        f = rest;
    }
    f.trim_end_matches('/')
}

/// One or more folders, relative to the repository root, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folders(Vec<String>);

impl Folders {
    /// One folder.
    pub fn one(folder: impl Into<String>) -> Folders {
        Folders(vec![folder.into()])
    }

    /// Where new records go: the first folder, without leading or
    /// trailing `/`.
    pub fn main(&self) -> &str {
        self.0[0].trim_matches('/')
    }

    /// Every folder, without leading or trailing `/`, the main one first.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|f| f.trim_matches('/'))
    }

    /// Every folder as written (for the path checks, which name each).
    pub fn written(&self) -> &[String] {
        &self.0
    }

    /// The folder of these holding `path` (a `/`-separated path from the
    /// root), the deepest when they nest; `None` when none does.
    pub fn holding(&self, path: &str) -> Option<&str> {
        self.iter()
            .filter(|f| f.is_empty() || path.starts_with(&format!("{f}/")))
            .max_by_key(|f| f.len())
    }
}

impl Serialize for Folders {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [one] => s.serialize_str(one),
            many => many.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Folders {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Folders, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Folders;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a folder, or a list of folders")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Folders, E> {
                Ok(Folders::one(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Folders, A::Error> {
                let mut out: Vec<String> = Vec::new();
                while let Some(f) = seq.next_element::<String>()? {
                    let clean = f.trim_matches('/');
                    for o in &out {
                        let o = o.trim_matches('/');
                        if o == clean {
                            return Err(de::Error::custom(format_args!(
                                "the folder `{f}` is listed twice"
                            )));
                        }
                        let (outer, inner) = if o.len() < clean.len() {
                            (o, clean)
                        } else {
                            (clean, o)
                        };
                        if outer.is_empty() || inner.starts_with(&format!("{outer}/")) {
                            return Err(de::Error::custom(format_args!(
                                "the folder `{inner}` is inside `{outer}`, which is read with its sub-folders"
                            )));
                        }
                    }
                    out.push(f);
                }
                if out.is_empty() {
                    return Err(de::Error::invalid_length(0, &"at least one folder"));
                }
                Ok(Folders(out))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Folders, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn one_folder_or_a_list() {
        let one = read(r#""decisions/""#).unwrap();
        assert_eq!(one.main(), "decisions");
        assert_eq!(one.iter().collect::<Vec<_>>(), ["decisions"]);
        let many = read(r#"["docs/adr", "/packages/a/adr/"]"#).unwrap();
        assert_eq!(many.main(), "docs/adr");
        assert_eq!(
            many.iter().collect::<Vec<_>>(),
            ["docs/adr", "packages/a/adr"]
        );
    }

    #[test]
    fn an_empty_list_a_repeated_folder_and_a_number_are_refused() {
        assert!(read("[]").unwrap_err().to_string().contains("at least one"));
        let twice = read(r#"["a", "a/"]"#).unwrap_err().to_string();
        assert!(twice.contains("`a/` is listed twice"), "{twice}");
        let nested = read(r#"["docs/adr", "docs"]"#).unwrap_err().to_string();
        assert!(nested.contains("`docs/adr` is inside `docs`"), "{nested}");
        let root = read(r#"["a", ""]"#).unwrap_err().to_string();
        assert!(root.contains("`a` is inside ``"), "{root}");
        assert!(read(r#"["docs", "docsx"]"#).is_ok());
        let forward = read(r#"["docs", "docs/adr"]"#).unwrap_err().to_string();
        assert!(forward.contains("`docs/adr` is inside `docs`"), "{forward}");
        let number = read("3").unwrap_err().to_string();
        assert!(
            number.contains("expected a folder, or a list of folders"),
            "{number}"
        );
        assert!(read("[3]").is_err());
    }

    #[test]
    fn written_back_as_it_was_read() {
        let one = Folders::one("decisions");
        assert_eq!(serde_json::to_string(&one).unwrap(), r#""decisions""#);
        let many = Folders(vec!["a".into(), "b".into()]);
        assert_eq!(serde_json::to_string(&many).unwrap(), r#"["a","b"]"#);
    }

    #[test]
    fn each_folder_of_a_list_is_checked_to_stay_inside_the_repository() {
        let dir = tempfile::tempdir().unwrap();
        let text = "kinds:\n  decision:\n    folder: [docs/adr, ../x]\n";
        match crate::config::Config::from_text(dir.path(), Some(text), []) {
            Err(crate::Error::OutsideRepository {
                key,
                value,
                line,
                column,
                ..
            }) => {
                assert_eq!(key, "kinds.decision.folder.1");
                assert_eq!(value, "../x");
                assert_eq!((line, column), (3, 24));
            }
            other => panic!("{other:?}"),
        }
        let one = "kinds:\n  decision:\n    folder: ../x\n";
        match crate::config::Config::from_text(dir.path(), Some(one), []) {
            Err(crate::Error::OutsideRepository { key, .. }) => {
                assert_eq!(key, "kinds.decision.folder");
            }
            other => panic!("{other:?}"),
        }
        let fine = "kinds:\n  decision:\n    folder: [docs/adr, pk/adr]\n";
        let c = crate::config::Config::from_text(dir.path(), Some(fine), []).unwrap();
        let d = c.kind("decision").unwrap();
        assert_eq!(d.folder.written(), ["docs/adr", "pk/adr"]);
    }

    #[test]
    fn the_deepest_folder_holding_a_path() {
        let f = Folders(vec!["docs".into(), "docs/adr".into(), "pk/adr".into()]);
        assert_eq!(f.holding("docs/adr/x.md"), Some("docs/adr"));
        assert_eq!(f.holding("docs/x.md"), Some("docs"));
        assert_eq!(f.holding("pk/adr/sub/x.md"), Some("pk/adr"));
        assert_eq!(f.holding("pk/adrx/x.md"), None);
        assert_eq!(f.holding("pk/adr"), None);
        let root = Folders::one("");
        assert_eq!(root.holding("x.md"), Some(""));
    }
}
