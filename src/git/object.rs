//! Reading an object through libgit2 when the own pack reader cannot (a
//! loose object, a pack it cannot use, a damaged entry), and the typed
//! error when libgit2 cannot either: an object that cannot be read is
//! never taken for one that is not there.

use super::ObjectId;
use super::pack::{Damage, MAX_OBJECT, Packs};
use crate::Error;
pub(super) use crate::error::ObjectKind as Kind;
use crate::error::ObjectTrouble;

/// The error for an object neither reader could read. A missing object in
/// a partial clone is said as such (libgit2 cannot fetch it); damage the
/// own reader found is named beside libgit2's words.
pub(super) fn unreadable(
    repo: &git2::Repository,
    id: ObjectId,
    kind: Kind,
    e: &git2::Error,
    damage: Option<&Damage>,
    packs: Option<&Packs>,
) -> Error {
    if e.code() == git2::ErrorCode::NotFound && damage.is_none() && is_partial_clone(repo) {
        return Error::PartialClone {
            object: id.to_hex(),
            kind,
            path: None,
            commit: None,
        };
    }
    Error::UnreadableObject {
        object: id.to_hex(),
        kind,
        path: None,
        commit: None,
        reason: Box::new(ObjectTrouble::Unreadable {
            said: e.message().to_string(),
            damage: damage.map(|d| (d.pack.clone(), d.offset, d.reason)),
            skipped: packs.map(Packs::skipped).unwrap_or_default().to_vec(),
        }),
    }
}

/// The error for damage the own reader found that libgit2 is not asked
/// about (it would allocate what the entry declares).
pub(super) fn damaged(id: ObjectId, d: Damage) -> Error {
    Error::DamagedPack {
        pack: d.pack,
        offset: d.offset,
        object: id.to_hex(),
        reason: d.reason,
    }
}

/// Asks libgit2 for an object's declared size before it reads the object,
/// which allocates that size: an object declaring more than gov reads is
/// refused before anything is allocated.
pub(super) fn check_size(
    repo: &git2::Repository,
    odb: &git2::Odb<'_>,
    id: ObjectId,
    kind: Kind,
    damage: Option<&Damage>,
    packs: Option<&Packs>,
) -> crate::Result<()> {
    match odb.read_header(id.git()) {
        Ok((size, _)) if size > MAX_OBJECT => Err(Error::UnreadableObject {
            object: id.to_hex(),
            kind,
            path: None,
            commit: None,
            reason: Box::new(ObjectTrouble::TooLarge {
                size: size as u64,
                limit: MAX_OBJECT,
            }),
        }),
        Ok(_) => Ok(()),
        Err(e) => Err(unreadable(repo, id, kind, &e, damage, packs)),
    }
}

/// The bytes of an object: from the own packs when they hold it, else
/// from libgit2 (within the size gov reads), else the error naming it.
pub(super) fn read(
    repo: &git2::Repository,
    odb: &git2::Odb<'_>,
    packs: Option<&mut Packs>,
    id: ObjectId,
    kind: Kind,
) -> crate::Result<std::rc::Rc<super::rope::Rope>> {
    use super::rope::Rope;
    use std::rc::Rc;
    let (damage, packs) = match packs {
        Some(p) => match p.read_rope(&id) {
            Ok(Some(rope)) => return Ok(rope),
            Ok(None) => (None, Some(&*p)),
            Err(d) if d.implausible => return Err(damaged(id, d)),
            Err(d) => (Some(d), Some(&*p)),
        },
        None => (None, None),
    };
    check_size(repo, odb, id, kind, damage.as_ref(), packs)?;
    let obj = odb
        .read(id.git())
        .map_err(|e| unreadable(repo, id, kind, &e, damage.as_ref(), packs))?;
    Ok(Rc::new(Rope::flat(Rc::new(obj.data().to_vec()))))
}

/// True when the repository is a partial clone (`git clone --filter`):
/// objects it does not hold are fetched by git on demand, which libgit2
/// cannot do. Told by `extensions.partialclone`, a promisor remote or a
/// `.promisor` pack.
pub(super) fn is_partial_clone(repo: &git2::Repository) -> bool {
    // Asked only to word an error: a configuration that cannot be read
    // leaves the error without the partial-clone hint, never hides it.
    if let Ok(config) = repo.config() {
        if config.get_string("extensions.partialclone").is_ok() {
            return true;
        }
        if let Ok(mut entries) = config.entries(Some(r"remote\..*\.promisor")) {
            while let Some(Ok(entry)) = entries.next() {
                if entry.value().is_ok_and(|v| v.eq_ignore_ascii_case("true")) {
                    return true;
                }
            }
        }
    }
    let packs = repo.commondir().join("objects").join("pack");
    std::fs::read_dir(packs).is_ok_and(|dir| {
        dir.flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "promisor"))
    })
}

/// The commits a shallow clone holds without their parents, read from
/// `shallow` in the common git directory: only their parents are missing
/// by design. Absent file: not shallow.
pub(super) fn shallow_commits(repo: &git2::Repository) -> crate::Result<super::IdSet<ObjectId>> {
    let path = repo.commondir().join("shallow");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Default::default()),
        Err(e) => return Err(Error::io(&path, e)),
    };
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            git2::Oid::from_str(l.trim())
                .map(ObjectId::from_git)
                .map_err(|_| Error::Git {
                    message: format!("{}: `{}` is not a commit id", path.display(), l.trim()),
                })
        })
        .collect()
}
