//! Short text held in place rather than on the heap: commit ids and ISO
//! times. `gov trace --all` at 10,000 records makes about 200,000 of
//! them, and a heap string each was a tenth of a warm run's allocations.

use serde::Serialize;

/// The most bytes held in place: a full hexadecimal commit id.
const ROOM: usize = 40;

/// Text of up to 40 bytes in place, longer text on the heap. Derefs to
/// `str`, compares and hashes as its `str`, and serialises as a string.
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; ROOM] },
    Heap(String),
}

impl Text {
    /// Text from a string.
    pub fn new(s: &str) -> Text {
        if s.len() <= ROOM {
            let mut bytes = [0; ROOM];
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

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new(s)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
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
            let t = Text::new(&s);
            proptest::prop_assert_eq!(t.as_str(), s.as_str());
            proptest::prop_assert_eq!(serde_json::to_string(&t).unwrap(), serde_json::to_string(&s).unwrap());
            proptest::prop_assert_eq!(t.clone(), t);
        }
    }
}
