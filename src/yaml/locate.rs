//! Conversion of the parser's character indices to file positions.
//!
//! `saphyr-parser` reports positions as character indices (Unicode scalar
//! values) into the text it was given, with a 0-based column. `gov` needs
//! byte offsets for splicing and 1-based columns for humans, in the
//! coordinates of the whole file, so this module maps between the two.

use super::Pos;

/// How many characters lie between two stored byte offsets; a trade between
/// memory (one `usize` per step) and the walk needed per lookup.
const STEP: usize = 64;

/// Maps character indices of one text to [`Pos`]itions in its file.
pub(crate) struct Locator<'a> {
    text: &'a str,
    origin: Pos,
    /// Byte offset of every `STEP`-th character.
    checkpoints: Vec<usize>,
    /// Character index of the first character of every line after the first.
    line_starts: Vec<usize>,
    /// Number of characters in `text`.
    len: usize,
}

impl<'a> Locator<'a> {
    /// Indexes `text`, which starts at `origin` in its file. An origin with a
    /// line or column of 0 (as `Pos::default()` has) is read as 1.
    pub(crate) fn new(text: &'a str, origin: Pos) -> Self {
        let origin = Pos {
            offset: origin.offset,
            line: origin.line.max(1),
            column: origin.column.max(1),
        };
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let mut line_starts = Vec::new();
        let mut len = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((byte, c)) = chars.next() {
            if len % STEP == 0 {
                checkpoints.push(byte);
            }
            len += 1;
            // A lone `\r` is a line break in YAML; in `\r\n` the `\n` is.
            let is_break = c == '\n' || (c == '\r' && chars.peek().is_none_or(|&(_, n)| n != '\n'));
            if is_break {
                line_starts.push(len);
            }
        }
        Locator {
            text,
            origin,
            checkpoints,
            line_starts,
            len,
        }
    }

    /// The number of characters in the text.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The byte offset within the text of character `index`, clamped to the
    /// end of the text (the parser's indices can run past it).
    pub(crate) fn byte(&self, index: usize) -> usize {
        if index >= self.len {
            return self.text.len();
        }
        let base = self.checkpoints.get(index / STEP).copied().unwrap_or(0);
        let rest = self.text.get(base..).unwrap_or("");
        match rest.char_indices().nth(index % STEP) {
            Some((b, _)) => base + b,
            None => self.text.len(),
        }
    }

    /// The character at `index`, if there is one.
    pub(crate) fn char_at(&self, index: usize) -> Option<char> {
        if index >= self.len {
            return None;
        }
        self.text.get(self.byte(index)..)?.chars().next()
    }

    /// The position of character `index` in file coordinates.
    pub(crate) fn pos(&self, index: usize) -> Pos {
        let index = index.min(self.len);
        let line = self.line_starts.partition_point(|&s| s <= index);
        let column = match line.checked_sub(1).and_then(|l| self.line_starts.get(l)) {
            Some(&start) => index - start + 1,
            None => self.origin.column + index,
        };
        Pos {
            offset: self.origin.offset + self.byte(index),
            line: self.origin.line + line,
            column,
        }
    }

    /// The character index where the line holding character `index` starts.
    pub(crate) fn line_start(&self, index: usize) -> usize {
        let line = self.line_starts.partition_point(|&s| s <= index);
        line.checked_sub(1)
            .and_then(|l| self.line_starts.get(l))
            .copied()
            .unwrap_or(0)
    }

    /// Iterates over `(index, char)` from character `from` up to (not
    /// including) character `to`.
    pub(crate) fn chars(&self, from: usize, to: usize) -> impl Iterator<Item = (usize, char)> + '_ {
        let start = self.byte(from.min(self.len));
        let text = self.text.get(start..).unwrap_or("");
        text.chars()
            .enumerate()
            .map(move |(i, c)| (from + i, c))
            .take(to.saturating_sub(from))
    }
}

/// Whether `c` separates tokens (space, tab or line break).
pub(crate) fn is_white(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_danish_positions() {
        let text = "a: æ\r\nøb: c\rd";
        let loc = Locator::new(
            text,
            Pos {
                offset: 10,
                line: 3,
                column: 5,
            },
        );
        assert_eq!(
            loc.pos(0),
            Pos {
                offset: 10,
                line: 3,
                column: 5
            }
        );
        assert_eq!(
            loc.pos(3),
            Pos {
                offset: 13,
                line: 3,
                column: 8
            }
        );
        // `ø` is the 7th char (after `\r\n`) and starts line 4.
        assert_eq!(
            loc.pos(6),
            Pos {
                offset: 17,
                line: 4,
                column: 1
            }
        );
        assert_eq!(
            loc.pos(7),
            Pos {
                offset: 19,
                line: 4,
                column: 2
            }
        );
        // lone `\r` breaks the line before `d`.
        assert_eq!(
            loc.pos(12),
            Pos {
                offset: 24,
                line: 5,
                column: 1
            }
        );
        assert_eq!(
            loc.pos(99),
            Pos {
                offset: 25,
                line: 5,
                column: 2
            }
        );
        assert_eq!(loc.char_at(6), Some('ø'));
        assert_eq!(loc.char_at(13), None);
    }

    #[test]
    fn long_text_uses_checkpoints() {
        let text = "ø".repeat(200) + "x";
        let loc = Locator::new(&text, Pos::default());
        assert_eq!(loc.byte(200), 400);
        assert_eq!(loc.char_at(200), Some('x'));
        assert_eq!(
            loc.pos(130),
            Pos {
                offset: 260,
                line: 1,
                column: 131
            }
        );
        let got: String = loc.chars(198, 201).map(|(_, c)| c).collect();
        assert_eq!(got, "øøx");
    }
}
