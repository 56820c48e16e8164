//! Short text held in place rather than on the heap: commit ids, ISO
//! times and record IDs. `gov trace --all` at 10,000 records makes about
//! 280,000 of them, and a heap string each was a fifth of a warm run's
//! allocations.

use serde::Serialize;

/// Text of up to `N` bytes in place (by default 40: a full hexadecimal
/// commit id), longer text on the heap. Derefs to `str`, compares and
/// hashes as its `str`, and serialises as a string.
#[derive(Clone)]
pub struct Text<const N: usize = 40>(Repr<N>);

/// Text of up to 15 bytes in place, for record IDs (`DEC-0001`): the
/// size of a `String` (24 bytes), without its allocation.
pub type IdText = Text<15>;

#[derive(Clone)]
enum Repr<const N: usize> {
    Inline { len: u8, bytes: [u8; N] },
    Heap(String),
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
            Text(Repr::Heap(s.to_string()))
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Only ever filled from a `str`, so the bytes are UTF-8.
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }
}

/// A commit's full hexadecimal id.
pub fn commit_id(id: crate::git::ObjectId) -> Text {
    Text::new(std::str::from_utf8(&id.hex_bytes()).unwrap_or_default())
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
            proptest::prop_assert_eq!(t.clone(), t);
            let id = IdText::new(&s);
            proptest::prop_assert_eq!(id.as_str(), s.as_str());
        }
    }

    #[test]
    fn an_id_takes_no_more_room_than_a_string() {
        assert_eq!(std::mem::size_of::<IdText>(), std::mem::size_of::<String>());
    }
}
