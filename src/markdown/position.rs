//! Byte offsets of a file turned into the lines and columns people see.

/// Maps byte offsets of a text to 1-based lines and character columns.
/// Lines end at `\n` (a `\r` before it is the line's last character), as
/// every finding of `gov validate` and its snippets count them.
pub struct LineIndex<'t> {
    text: &'t str,
    /// The line number of `starts[0]`.
    first: usize,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    /// Indexes the line starts of a text.
    pub fn new(text: &'t str) -> LineIndex<'t> {
        LineIndex::from(text, 0)
    }

    /// Indexes the lines of a text from the one holding byte `at` on, for
    /// positions at or after `at` only: the lines before are counted, not
    /// kept.
    pub fn from(text: &'t str, at: usize) -> LineIndex<'t> {
        let at = at.min(text.len());
        let head = &text.as_bytes()[..at];
        let start = memchr::memrchr(b'\n', head).map_or(0, |i| i + 1);
        let first = memchr::memchr_iter(b'\n', head).count() + 1;
        let mut starts = vec![start];
        starts.extend(memchr::memchr_iter(b'\n', &text.as_bytes()[at..]).map(|i| at + i + 1));
        LineIndex {
            text,
            first,
            starts,
        }
    }

    /// The line and column of a byte offset (clamped to the indexed part
    /// of the text; inside a character, that character's).
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.clamp(self.starts[0], self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (
            self.first + line - 1,
            self.text[start..offset].chars().count() + 1,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let idx = LineIndex::new("æøå\nSønderborg\n");
        assert_eq!(idx.position(0), (1, 1));
        assert_eq!(idx.position(6), (1, 4));
        assert_eq!(idx.position(7), (2, 1));
        assert_eq!(idx.position(9), (2, 2), "inside ø: its start");
        assert_eq!(idx.position(10), (2, 3));
        assert_eq!(idx.position(10_000), (3, 1));
    }

    #[test]
    fn an_index_from_the_middle_agrees_with_the_whole() {
        let text = "---\nid: x\n---\n\nSø [a](b)\r\nc\n";
        let whole = LineIndex::new(text);
        for at in [0, 3, 4, 13, 14, 15] {
            let part = LineIndex::from(text, at);
            for offset in at..=text.len() {
                assert_eq!(
                    part.position(offset),
                    whole.position(offset),
                    "{at} {offset}"
                );
            }
        }
    }
}
