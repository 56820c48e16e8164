//! A commit's parents, held inline when there is one: reading 100,000
//! commits then allocates only for merges.

use super::ObjectId;

/// A commit's parents, first parent first; derefs to a slice.
#[derive(Clone, PartialEq, Eq, Default)]
pub enum Parents {
    /// A root commit.
    #[default]
    None,
    /// The usual case.
    One(ObjectId),
    /// A merge.
    Many(Box<[ObjectId]>),
}

impl Parents {
    /// Adds a parent after the others.
    pub fn push(&mut self, id: ObjectId) {
        *self = match std::mem::take(self) {
            Parents::None => Parents::One(id),
            Parents::One(first) => Parents::Many(Box::new([first, id])),
            Parents::Many(ids) => {
                let mut ids = ids.into_vec();
                ids.push(id);
                Parents::Many(ids.into_boxed_slice())
            }
        }
    }
}

impl std::ops::Deref for Parents {
    type Target = [ObjectId];

    fn deref(&self) -> &[ObjectId] {
        match self {
            Parents::None => &[],
            Parents::One(id) => std::slice::from_ref(id),
            Parents::Many(ids) => ids,
        }
    }
}

impl From<&[ObjectId]> for Parents {
    fn from(ids: &[ObjectId]) -> Parents {
        match ids {
            [] => Parents::None,
            [id] => Parents::One(*id),
            _ => Parents::Many(ids.into()),
        }
    }
}

impl FromIterator<ObjectId> for Parents {
    fn from_iter<I: IntoIterator<Item = ObjectId>>(ids: I) -> Parents {
        let mut out = Parents::None;
        for id in ids {
            out.push(id);
        }
        out
    }
}

impl std::fmt::Debug for Parents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_keep_their_order_however_many_there_are() {
        let ids: Vec<ObjectId> = (1..=4).map(|i| ObjectId([i; 20])).collect();
        for n in 0..=4 {
            let pushed: Parents = ids[..n].iter().copied().collect();
            assert_eq!(&*pushed, &ids[..n]);
            assert_eq!(Parents::from(&ids[..n]), pushed);
        }
        assert!(matches!(Parents::from(&ids[..1]), Parents::One(_)));
    }
}
