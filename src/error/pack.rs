//! Why a git object could not be read, as data: the own pack reader's
//! findings and libgit2's words, said in the user's language by
//! [`super::Error::message`] (the words in `i18n/errors.rs`), in English by
//! `Display` for logs and tests.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::{ErrorMsg as E, Lang, t};
use crate::tr;

/// The kind of git object that was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    /// A commit.
    Commit,
    /// A tree (a folder's listing).
    Tree,
    /// A blob (a file's bytes).
    Blob,
}

impl ObjectKind {
    /// The kind's name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                ObjectKind::Commit => E::ObjectCommit,
                ObjectKind::Tree => E::ObjectTree,
                ObjectKind::Blob => E::ObjectBlob,
            },
        )
    }
}

/// What the own pack reader found wrong with an entry or an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackTrouble {
    /// The index names no entry at the offset.
    NoEntryThere,
    /// The index file ends before its tables do.
    IndexCutShort,
    /// The pack file ends before the entry does.
    PackCutShort,
    /// The entry's CRC-32 differs from the index's.
    CrcMismatch,
    /// The entry's type and size cannot be read.
    HeaderUnreadable,
    /// A delta's copy instructions reach outside its base.
    DeltaDoesNotApply,
    /// The index is not a version 2 pack index.
    NotIndexV2,
    /// The index's offset tables do not fit the pack.
    IndexOffsetsDamaged,
    /// The entry declares more bytes than gov reads.
    TooLarge {
        /// Declared size.
        size: usize,
        /// The most gov reads.
        limit: usize,
    },
    /// The entry declares more bytes than its compressed bytes can hold.
    CannotHold {
        /// Declared size.
        size: usize,
        /// The compressed bytes there are.
        compressed: usize,
    },
    /// An offset delta's base offset ends with the entry.
    BaseOffsetCutShort,
    /// An offset delta's base offset does not fit a number.
    BaseOffsetOutOfRange,
    /// An offset delta's base lies before the pack's start.
    BaseOffsetOutsidePack,
    /// A reference delta's base id ends with the entry.
    BaseIdCutShort,
    /// An entry type git never writes.
    UnknownType {
        /// The type number.
        kind: u8,
    },
    /// The zlib stream cannot be inflated to its declared size.
    ZlibDamaged,
    /// A delta declares a result larger than gov reads.
    DeltaTooLarge {
        /// Declared size.
        size: usize,
        /// The most gov reads.
        limit: usize,
    },
    /// A delta's sizes cannot be read.
    DeltaHeaderUnreadable,
    /// A delta chain longer than gov follows.
    ChainTooLong {
        /// The most links gov follows.
        links: usize,
        /// The most delta bytes gov holds for one chain.
        bytes: usize,
    },
    /// The index or pack file could not be opened or read.
    Io(std::io::ErrorKind),
}

impl PackTrouble {
    /// What is wrong, in `lang`.
    pub fn message(self, lang: Lang) -> String {
        use PackTrouble as P;
        let key = match self {
            P::NoEntryThere => E::PackNoEntryThere,
            P::IndexCutShort => E::PackIndexCutShort,
            P::PackCutShort => E::PackCutShort,
            P::CrcMismatch => E::PackCrcMismatch,
            P::HeaderUnreadable => E::PackHeaderUnreadable,
            P::DeltaDoesNotApply => E::PackDeltaDoesNotApply,
            P::NotIndexV2 => E::PackNotIndexV2,
            P::IndexOffsetsDamaged => E::PackIndexOffsetsDamaged,
            P::BaseOffsetCutShort => E::PackBaseOffsetCutShort,
            P::BaseOffsetOutOfRange => E::PackBaseOffsetOutOfRange,
            P::BaseOffsetOutsidePack => E::PackBaseOffsetOutsidePack,
            P::BaseIdCutShort => E::PackBaseIdCutShort,
            P::ZlibDamaged => E::PackZlibDamaged,
            P::DeltaHeaderUnreadable => E::PackDeltaHeaderUnreadable,
            P::TooLarge { size, limit } => return tr!(lang, E::PackTooLarge, size, limit),
            P::CannotHold { size, compressed } => {
                return tr!(lang, E::PackCannotHold, size, compressed);
            }
            P::UnknownType { kind } => return tr!(lang, E::PackUnknownType, kind),
            P::DeltaTooLarge { size, limit } => {
                return tr!(lang, E::PackDeltaTooLarge, size, limit);
            }
            P::ChainTooLong { links, bytes } => {
                return tr!(lang, E::PackChainTooLong, links, bytes);
            }
            P::Io(kind) => return super::io_cause(lang, &std::io::Error::from(kind)),
        };
        t(lang, key).to_string()
    }
}

impl fmt::Display for PackTrouble {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Why neither reader could give an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObjectTrouble {
    /// libgit2 could not read it (its words, quoted), after the own reader
    /// found damage at a place in a pack, if it did; with the pack
    /// indexes the own reader could not use, which may hold it.
    Unreadable {
        /// What libgit2 said.
        said: String,
        /// The pack, the entry's offset and what the own reader found.
        damage: Option<(PathBuf, u64, PackTrouble)>,
        /// Index files the own reader could not use, and why.
        skipped: Vec<(PathBuf, PackTrouble)>,
    },
    /// The object declares more bytes than gov reads; not read at all.
    TooLarge {
        /// Declared size.
        size: u64,
        /// The most gov reads.
        limit: usize,
    },
}

impl ObjectTrouble {
    /// Why, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ObjectTrouble::TooLarge { size, limit } => tr!(lang, E::PackTooLarge, size, limit),
            ObjectTrouble::Unreadable {
                said,
                damage,
                skipped,
            } => {
                let mut out = String::new();
                if let Some((pack, offset, trouble)) = damage {
                    let (pack, reason) = (pack.display(), trouble.message(lang));
                    out.push_str(&tr!(lang, E::DamageAt, pack, offset, reason));
                    out.push_str("; ");
                }
                out.push_str(&tr!(lang, E::Libgit2Said, said));
                for (index, why) in skipped {
                    let (index, reason) = (index.display(), why.message(lang));
                    out.push_str("; ");
                    out.push_str(&tr!(lang, E::IndexNotUsed, index, reason));
                }
                out
            }
        }
    }
}

impl fmt::Display for ObjectTrouble {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [PackTrouble; 20] = [
        PackTrouble::NoEntryThere,
        PackTrouble::IndexCutShort,
        PackTrouble::PackCutShort,
        PackTrouble::CrcMismatch,
        PackTrouble::HeaderUnreadable,
        PackTrouble::DeltaDoesNotApply,
        PackTrouble::NotIndexV2,
        PackTrouble::IndexOffsetsDamaged,
        PackTrouble::TooLarge { size: 7, limit: 5 },
        PackTrouble::CannotHold {
            size: 7,
            compressed: 3,
        },
        PackTrouble::BaseOffsetCutShort,
        PackTrouble::BaseOffsetOutOfRange,
        PackTrouble::BaseOffsetOutsidePack,
        PackTrouble::BaseIdCutShort,
        PackTrouble::UnknownType { kind: 5 },
        PackTrouble::ZlibDamaged,
        PackTrouble::DeltaTooLarge { size: 9, limit: 5 },
        PackTrouble::DeltaHeaderUnreadable,
        PackTrouble::ChainTooLong {
            links: 10,
            bytes: 20,
        },
        PackTrouble::Io(std::io::ErrorKind::NotFound),
    ];

    #[test]
    fn every_trouble_is_said_apart_in_danish_with_its_numbers() {
        let mut seen = std::collections::HashSet::new();
        for trouble in ALL {
            let (da, en) = (trouble.message(Lang::Da), trouble.message(Lang::En));
            assert_ne!(da, en, "{trouble:?}");
            assert!(seen.insert(da.clone()), "said twice: {da}");
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            assert_eq!(digits(&da), digits(&en), "{trouble:?}");
        }
    }

    #[test]
    fn an_unreadable_object_says_damage_libgit2_and_skipped_indexes_in_order() {
        let trouble = ObjectTrouble::Unreadable {
            said: "object not found".into(),
            damage: Some(("p.pack".into(), 12, PackTrouble::CrcMismatch)),
            skipped: vec![("q.idx".into(), PackTrouble::NotIndexV2)],
        };
        assert_eq!(
            trouble.message(Lang::Da),
            "p.pack ved position 12: dens CRC32 stemmer ikke med indekset; libgit2 siger: \
             object not found; pakkeindekset q.idx kunne ikke bruges: ikke et pakkeindeks af version 2"
        );
        assert_eq!(
            trouble.to_string(),
            "p.pack at offset 12: its CRC32 does not match the index; libgit2: object not found; \
             unusable pack index q.idx: not a version 2 pack index"
        );
        let plain = ObjectTrouble::Unreadable {
            said: "x".into(),
            damage: None,
            skipped: vec![],
        };
        assert_eq!(plain.message(Lang::Da), "libgit2 siger: x");
        assert_eq!(ObjectKind::Tree.name(Lang::Da), "træobjekt");
        assert_eq!(ObjectKind::Blob.name(Lang::En), "blob");
    }
}
