//! Parsing a raw commit object (`tree`, `parent`, `author` headers, a
//! blank line, the message) without libgit2, for walks that read every
//! commit of a long history straight from the packs.

use super::{ObjectId, Parents};

/// The parts of a commit a history walk needs, borrowed from its bytes.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct RawCommit<'a> {
    pub(super) tree: ObjectId,
    pub(super) parents: Parents,
    pub(super) author_name: &'a [u8],
    pub(super) author_email: &'a [u8],
    pub(super) time: i64,
    pub(super) offset_minutes: i32,
    /// The headers, up to the blank line.
    pub(super) header: &'a [u8],
    /// Everything after the blank line.
    pub(super) message: &'a [u8],
}

/// Parses a commit object's content; `None` when it is not one git writes
/// (the caller then asks libgit2, which says what is wrong).
pub(super) fn parse(raw: &[u8]) -> Option<RawCommit<'_>> {
    let (header, message) = match memchr::memmem::find(raw, b"\n\n") {
        Some(i) => (&raw[..=i], &raw[i + 2..]),
        None => (raw, &raw[raw.len()..]),
    };
    let mut tree = None;
    let mut parents = Parents::None;
    let mut author = None;
    for line in header.split(|&b| b == b'\n') {
        if let Some(hex) = line.strip_prefix(b"tree ") {
            tree = Some(from_hex(hex)?);
        } else if let Some(hex) = line.strip_prefix(b"parent ") {
            parents.push(from_hex(hex)?);
        } else if let Some(who) = line.strip_prefix(b"author ") {
            author = Some(signature(who)?);
            // `committer` and the rest (gpgsig, mergetag, encoding)
            // follow the author; nothing after it is needed here.
            break;
        }
    }
    let (author_name, author_email, time, offset_minutes) = author?;
    Some(RawCommit {
        tree: tree?,
        parents,
        author_name,
        author_email,
        time,
        offset_minutes,
        header,
        message,
    })
}

/// `Name <email> 1700000000 +0100` → name, e-mail, time, offset.
fn signature(who: &[u8]) -> Option<(&[u8], &[u8], i64, i32)> {
    let open = memchr::memchr(b'<', who)?;
    let close = open + 1 + memchr::memchr(b'>', &who[open + 1..])?;
    let name = who[..open].trim_ascii();
    let email = &who[open + 1..close];
    let rest = std::str::from_utf8(&who[close + 1..]).ok()?;
    let mut parts = rest.split_ascii_whitespace();
    let time: i64 = parts.next()?.parse().ok()?;
    let tz = parts.next().unwrap_or("+0000").as_bytes();
    let offset = match tz {
        [sign @ (b'+' | b'-'), h1, h2, m1, m2] => {
            let digit = |b: &u8| b.is_ascii_digit().then(|| i32::from(b - b'0'));
            let minutes = (digit(h1)? * 10 + digit(h2)?) * 60 + digit(m1)? * 10 + digit(m2)?;
            if *sign == b'-' { -minutes } else { minutes }
        }
        _ => return None,
    };
    Some((name, email, time, offset))
}

fn from_hex(hex: &[u8]) -> Option<ObjectId> {
    if hex.len() != 40 {
        return None;
    }
    let mut out = [0u8; 20];
    for (i, pair) in hex.chunks_exact(2).enumerate() {
        let v = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
        out[i] = v(pair[0])? << 4 | v(pair[1])?;
    }
    Some(ObjectId(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real commit of every shape (root, merge, signed, no message, odd
    /// time zones) parses as libgit2 parses it.
    #[test]
    fn commits_parse_as_libgit2_parses_them() {
        let dir = tempfile::tempdir().unwrap();
        let repo = git2::Repository::init(dir.path()).unwrap();
        let tree = {
            let mut index = repo.index().unwrap();
            repo.find_tree(index.write_tree().unwrap()).unwrap()
        };
        let sig = |name: &str, t: i64, tz: i32| {
            git2::Signature::new(name, "a@b.dk", &git2::Time::new(t, tz)).unwrap()
        };
        let root = repo
            .commit(
                None,
                &sig("Søren Ø", 1, 0),
                &sig("C", 2, 0),
                "first\n\nbody",
                &tree,
                &[],
            )
            .unwrap();
        let c1 = repo.find_commit(root).unwrap();
        let side = repo
            .commit(
                None,
                &sig("  Padded  ", 1_700_000_000, -330),
                &sig("C", 3, 60),
                "",
                &tree,
                &[&c1],
            )
            .unwrap();
        let c2 = repo.find_commit(side).unwrap();
        let merge = repo
            .commit(
                None,
                &sig("M", 1_800_000_000, 120),
                &sig("C", 4, 0),
                "Merge\n\nRefs: DEC-0001\n",
                &tree,
                &[&c1, &c2],
            )
            .unwrap();
        let buf = repo
            .commit_create_buffer(&sig("S", 5, 0), &sig("S", 5, 0), "signed", &tree, &[&c1])
            .unwrap();
        let text = std::str::from_utf8(&buf).unwrap();
        let signed = repo
            .commit_signed(
                text,
                "-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----",
                None,
            )
            .unwrap();
        let odb = repo.odb().unwrap();
        for id in [root, side, merge, signed] {
            let obj = odb.read(id).unwrap();
            let ours = parse(obj.data()).expect("parses");
            let theirs = repo.find_commit(id).unwrap();
            assert_eq!(ours.tree.0, theirs.tree_id().as_bytes());
            let parents: Vec<git2::Oid> = theirs.parent_ids().collect();
            assert_eq!(ours.parents.len(), parents.len());
            for (a, b) in ours.parents.iter().zip(&parents) {
                assert_eq!(&a.0[..], b.as_bytes());
            }
            let author = theirs.author();
            assert_eq!(ours.author_name, author.name_bytes(), "{id}");
            assert_eq!(ours.author_email, author.email_bytes());
            assert_eq!(ours.time, author.when().seconds());
            assert_eq!(ours.offset_minutes, author.when().offset_minutes());
            assert_eq!(ours.message, theirs.message_raw_bytes(), "{id}");
            assert_eq!(
                ours.header.windows(7).any(|w| w == b"gpgsig "),
                id == signed
            );
        }
    }

    proptest::proptest! {
        /// Any name, e-mail, time, zone and message libgit2 writes, this
        /// parser reads as libgit2 reads it.
        #[test]
        fn any_commit_parses_as_libgit2_parses_it(
            name in "[^<>\n\x00]{1,30}",
            email in "[a-zæøå0-9.+-]{1,12}@[a-z]{1,8}\\.dk",
            time in -2_000_000_000i64..4_000_000_000,
            zone in -720i32..840,
            message in "[^\x00]{0,200}",
        ) {
            let dir = tempfile::tempdir().unwrap();
            let repo = git2::Repository::init(dir.path()).unwrap();
            let tree = {
                let mut index = repo.index().unwrap();
                repo.find_tree(index.write_tree().unwrap()).unwrap()
            };
            let Ok(sig) = git2::Signature::new(&name, &email, &git2::Time::new(time, zone)) else {
                return Ok(());
            };
            let id = repo.commit(None, &sig, &sig, &message, &tree, &[]).unwrap();
            let odb = repo.odb().unwrap();
            let obj = odb.read(id).unwrap();
            let ours = parse(obj.data()).expect("parses");
            let theirs = repo.find_commit(id).unwrap();
            let author = theirs.author();
            proptest::prop_assert_eq!(ours.author_name, author.name_bytes());
            proptest::prop_assert_eq!(ours.author_email, author.email_bytes());
            proptest::prop_assert_eq!(ours.time, author.when().seconds());
            proptest::prop_assert_eq!(ours.offset_minutes, author.when().offset_minutes());
            proptest::prop_assert_eq!(ours.message, theirs.message_raw_bytes());
            let tree_id = theirs.tree_id();
            proptest::prop_assert_eq!(&ours.tree.0[..], tree_id.as_bytes());
        }
    }

    proptest::proptest! {
        /// Damaged objects (cut, spliced, random) never panic the parser.
        #[test]
        fn any_bytes_are_read_or_refused(
            head in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            cut in 0usize..400,
        ) {
            let good = format!(
                "tree {t}\nparent {t}\nauthor Agnete Moos <a@b.dk> 1700000000 +0100\ncommitter C <c> 1 +0000\n\nmsg\n",
                t = "ab".repeat(20)
            );
            let mut bytes = good.into_bytes();
            bytes.truncate(cut);
            bytes.extend_from_slice(&head);
            let _ = parse(&bytes);
            let _ = parse(&head);
        }
    }

    #[test]
    fn damaged_commits_are_refused() {
        assert_eq!(parse(b"tree 12\nauthor A <a> 1 +0000\n\nm"), None);
        assert_eq!(parse(b"parent x\n\nm"), None);
        let no_author = format!("tree {}\n\nm", "a".repeat(40));
        assert_eq!(parse(no_author.as_bytes()), None);
    }
}
