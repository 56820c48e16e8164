//! Which heading a line stands under, so a reader can tell the `Deltagere`
//! list from the `Afbud` list and the agenda from the minutes.

use crate::markdown::Heading;

/// The headings of a body, in order.
pub(crate) struct Sections<'h> {
    headings: &'h [Heading],
}

/// A heading's text folded for comparison: lower case, without a trailing
/// colon or emphasis, so `#### Deltagere:` and `**Deltagere**` match
/// `deltagere`.
pub(crate) fn fold(text: &str) -> String {
    crate::import::vocab::nfc(text)
        .trim()
        .trim_matches(['*', '_'])
        .trim_end_matches(':')
        .trim_matches(['*', '_'])
        .trim_end_matches(':')
        .trim()
        .to_lowercase()
}

impl<'h> Sections<'h> {
    /// The sections of these headings.
    pub(crate) fn new(headings: &'h [Heading]) -> Sections<'h> {
        Sections { headings }
    }

    /// The nearest heading before `offset`.
    pub(crate) fn of(&self, offset: usize) -> Option<&'h Heading> {
        let i = self.headings.partition_point(|h| h.at.offset < offset);
        i.checked_sub(1).map(|i| &self.headings[i])
    }

    /// The nearest heading before `offset` of level `max` or above (a
    /// smaller number): the `##` section a `####` sub-section is part of.
    pub(crate) fn enclosing(&self, offset: usize, max: u8) -> Option<&'h Heading> {
        let i = self.headings.partition_point(|h| h.at.offset < offset);
        self.headings[..i].iter().rev().find(|h| h.level <= max)
    }

    /// The headings, in order.
    pub(crate) fn all(&self) -> &'h [Heading] {
        self.headings
    }
}
