//! Commit ids and times shortened for people: the first seven hex digits
//! of a hash, the calendar day of an ISO time. A leaf of `render`, so the
//! Markdown helpers and the trace and log tables share it without importing
//! each other.

use std::borrow::Cow;

/// The first seven hexadecimal digits.
pub fn short(commit: &str) -> Cow<'_, str> {
    prefix(commit, 7)
}

/// The first `n` characters: a slice when they are ASCII (ids and dates
/// always are), counted by character otherwise.
fn prefix(text: &str, n: usize) -> Cow<'_, str> {
    match text.get(..n) {
        Some(head) if head.is_ascii() => Cow::Borrowed(head),
        _ => Cow::Owned(text.chars().take(n).collect()),
    }
}

/// The calendar day of an ISO time.
pub fn day(date: &str) -> Cow<'_, str> {
    prefix(date, 10)
}
