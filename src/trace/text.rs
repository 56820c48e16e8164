//! The one text type of commit facts: ids, ISO times, authors, e-mail
//! addresses, summaries and record IDs, from the history reader through
//! the cache to the models the renderers print. Short text is held in
//! place rather than on the heap (`gov trace --all` at 10,000 records
//! makes about 280,000 of them, and a heap string each was a fifth of a
//! warm run's allocations); longer text is shared, so handing a fact on
//! from the history to a model never copies or allocates.

use std::sync::Arc;

use serde::Serialize;

/// Text of up to `N` bytes in place (by default 40: a full hexadecimal
/// commit id), longer text shared on the heap. Cloning never allocates.
/// Derefs to `str`, compares and hashes as its `str`, and serialises as a
/// string.
#[derive(Clone)]
pub struct Text<const N: usize = 40>(Repr<N>);

/// Text of up to 15 bytes in place, for record IDs (`DEC-0001`): the
/// size of a `String` (24 bytes), without its allocation.
pub type IdText = Text<15>;

#[derive(Clone)]
enum Repr<const N: usize> {
    Inline { len: u8, bytes: [u8; N] },
    Shared(Arc<str>),
}

impl<const N: usize> Text<N> {
    /// Text from a string.
    pub fn new(s: &str) -> Text<N> {
        if s.len() <= N {
            let mut bytes = [0; N];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Text(Repr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            Text(Repr::Shared(s.into()))
        }
    }

    /// Text from a shared string, sharing its allocation whatever its
    /// length: an author's name recurs in thousands of commits, and a
    /// shared `str` is read without the UTF-8 check text held in place
    /// needs (the crate has no `unsafe` to skip it).
    pub fn shared(s: &Arc<str>) -> Text<N> {
        Text(Repr::Shared(Arc::clone(s)))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Only ever filled from a `str`, so the bytes are UTF-8.
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Shared(s) => s,
        }
    }
}

/// A commit's full hexadecimal id.
pub fn commit_id(id: crate::git::ObjectId) -> Text {
    Text::new(std::str::from_utf8(&id.hex_bytes()).unwrap_or_default())
}

impl<const N: usize> Default for Text<N> {
    /// The empty text.
    fn default() -> Text<N> {
        Text::new("")
    }
}

impl<const N: usize> std::ops::Deref for Text<N> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl<const N: usize> std::fmt::Display for Text<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<const N: usize> std::fmt::Debug for Text<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl<const N: usize> Serialize for Text<N> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<const N: usize> PartialEq for Text<N> {
    fn eq(&self, other: &Text<N>) -> bool {
        self.as_str() == other.as_str()
    }
}

impl<const N: usize> Eq for Text<N> {}

impl<const N: usize> PartialEq<str> for Text<N> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl<const N: usize> PartialEq<&str> for Text<N> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl<const N: usize> std::hash::Hash for Text<N> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl<const N: usize> std::borrow::Borrow<str> for Text<N> {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl<const N: usize> From<&str> for Text<N> {
    fn from(s: &str) -> Text<N> {
        Text::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Any text comes back as it went in, in place or not, and
        /// serialises as the same JSON string.
        #[test]
        fn text_round_trips(s in "\\PC{0,60}") {
            let t: Text = Text::new(&s);
            proptest::prop_assert_eq!(t.as_str(), s.as_str());
            proptest::prop_assert_eq!(serde_json::to_string(&t).unwrap(), serde_json::to_string(&s).unwrap());
            proptest::prop_assert_eq!(&t.clone(), &t);
            let id = IdText::new(&s);
            proptest::prop_assert_eq!(id.as_str(), s.as_str());
            let shared: Arc<str> = s.as_str().into();
            let from_shared: Text = Text::shared(&shared);
            proptest::prop_assert_eq!(from_shared.as_str(), s.as_str());
            proptest::prop_assert_eq!(&from_shared, &t);
        }
    }

    #[test]
    fn long_text_is_shared_not_copied() {
        let long: Arc<str> = "Agnete Moos Søndergaard-Christiansen, Sønderborg".into();
        let t: Text = Text::shared(&long);
        let copy = t.clone();
        assert!(std::ptr::eq(t.as_str(), &*long), "the same allocation");
        assert!(std::ptr::eq(copy.as_str(), &*long), "a clone shares it too");
        // Short text too: a name is shared, not copied.
        let short: Arc<str> = "Agnete Moos".into();
        assert!(std::ptr::eq(Text::<40>::shared(&short).as_str(), &*short));
        // Text made from a `str` is held in place when it fits.
        let inline: Text = Text::new(&short);
        assert!(!std::ptr::eq(inline.as_str(), &*short));
        let hash = |t: &Text| {
            use std::hash::{BuildHasher, BuildHasherDefault};
            BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(t)
        };
        let strhash = |s: &str| {
            use std::hash::{BuildHasher, BuildHasherDefault};
            BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(s)
        };
        assert_eq!(hash(&t), strhash(&long), "hashes as its str (Borrow<str>)");
    }

    #[test]
    fn an_id_takes_no_more_room_than_a_string() {
        assert_eq!(std::mem::size_of::<IdText>(), std::mem::size_of::<String>());
    }
}
