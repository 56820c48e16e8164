//! Action items in meeting minutes: tasks without a file of their own.
//!
//! A line `- [ ] @owner text (due 2026-09-01)` is an open action item of
//! `owner`; `- [x]` is a closed one. The `@owner` right after the box is
//! what makes it an action item: the checkbox lists of imported minutes
//! (`- [x] Referat klar til godkendelse`, participants ticked as present)
//! have none. An owner is one word (`@sofie`), or a name of several words
//! when it is one of the people the repository names (`@Agnete Moos Send …`
//! with Agnete Moos a participant of some meeting) or ends in a colon
//! (`@Agnete Moos: Send …`). The due date may also be written `(frist 1.9.2026)`,
//! `(senest …)` or `(deadline …)`, in any form gov reads dates in; `*`, `+`
//! and numbered lists work as bullets, and `[]` as an empty box.
//!
//! The checkboxes come from the one Markdown reader (DEC-0031), so what is
//! inside code blocks (fenced with any fence, or indented) and HTML comments
//! is not read, and the example in the meeting template's comment never
//! counts; neither are quoted items (`> - [ ] …`), which repeat someone
//! else's text.

use jiff::civil::Date;
use serde::{Serialize, Serializer};

use crate::date;
use crate::markdown::{Checkbox, Markdown};

/// Words that introduce a due date inside the closing parentheses.
const DUE_WORDS: &[&str] = &["due", "frist", "senest", "deadline"];

/// One action item, where it was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionItem {
    /// 1-based line in the file.
    pub line: usize,
    /// True when the box is ticked: the item is closed.
    pub done: bool,
    /// Who does it, without the `@`.
    pub owner: String,
    /// What is to be done, without the owner and the due date.
    pub text: String,
    /// When it is due, if a readable date was given.
    #[serde(serialize_with = "iso_date")]
    pub due: Option<Date>,
}

fn iso_date<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&date::iso(*d)),
        None => s.serialize_none(),
    }
}

impl ActionItem {
    /// The item as gov would write it, the inverse of [`parse_line`].
    pub fn to_line(&self) -> String {
        let colon = if self.owner.contains(char::is_whitespace) {
            ":"
        } else {
            ""
        };
        let box_ = if self.done { 'x' } else { ' ' };
        let mut out = format!("- [{box_}] @{}{colon}", self.owner);
        if !self.text.is_empty() {
            out.push(' ');
            out.push_str(&self.text);
        }
        if let Some(due) = self.due {
            out.push_str(&format!(" (due {})", date::iso(due)));
        }
        out
    }
}

/// Every action item of a body as the Markdown reader read it; `people`
/// are the names of several words an `@` may start.
pub fn action_items(markdown: &Markdown, people: &[String]) -> Vec<ActionItem> {
    markdown
        .checkboxes
        .iter()
        .filter_map(|c| from_checkbox(c, people))
        .collect()
}

/// Reads one line (without its line ending) as an action item, as
/// [`action_items`] reads it in a body; `line` is left 0 for the caller to
/// fill in. `None` when it is not one.
pub fn parse_line(line: &str) -> Option<ActionItem> {
    parse_line_with(line, &[])
}

/// [`parse_line`], knowing the names of several words an owner may have.
pub fn parse_line_with(line: &str, people: &[String]) -> Option<ActionItem> {
    let markdown = Markdown::read(line, 0..line.len());
    let first = markdown.checkboxes.first()?;
    from_checkbox(first, people).map(|item| ActionItem { line: 0, ..item })
}

/// The action item a checkbox holds: an unquoted box followed by `@owner`.
fn from_checkbox(checkbox: &Checkbox, people: &[String]) -> Option<ActionItem> {
    if checkbox.quoted {
        return None;
    }
    let rest = checkbox.text.strip_prefix('@')?;
    let end = owner_end(rest, people);
    let owner = rest[..end].trim_end_matches([':', ',', ';']);
    if owner.is_empty() || owner.starts_with(char::is_whitespace) {
        return None;
    }
    let (text, due) = split_due(rest[end..].trim_start_matches([':', ',', ';']).trim());
    Some(ActionItem {
        line: checkbox.at.line,
        done: checkbox.done,
        owner: owner.to_string(),
        text: text.to_string(),
        due,
    })
}

/// Where the owner's name ends in the text after `@`: the longest of
/// `people` it starts with, else up to a colon after capitalised words
/// (`Agnete Moos:`), else the first word.
fn owner_end(rest: &str, people: &[String]) -> usize {
    let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let known = people
        .iter()
        .map(|p| p.trim())
        .filter(|p| p.contains(' ') && p.len() <= rest.len())
        .filter(|p| {
            rest.get(..p.len())
                .is_some_and(|h| h.to_lowercase() == p.to_lowercase())
        })
        .filter(|p| {
            rest[p.len()..].starts_with(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | ';'))
                || rest.len() == p.len()
        })
        .map(str::len)
        .max();
    if let Some(len) = known {
        return len;
    }
    if let Some(colon) = rest.find(':') {
        let name = &rest[..colon];
        let words: Vec<&str> = name.split_whitespace().collect();
        let capitalised = (2..=4).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && !name.ends_with(char::is_whitespace);
        if capitalised {
            return colon + 1;
        }
    }
    word_end
}

/// Splits a trailing `(due DATE)` off the text; a due word with a date gov
/// cannot read stays in the text.
fn split_due(text: &str) -> (&str, Option<Date>) {
    let Some(inner) = text.strip_suffix(')') else {
        return (text, None);
    };
    let Some(open) = inner.rfind('(') else {
        return (text, None);
    };
    let inside = inner[open + 1..].trim();
    for word in DUE_WORDS {
        let after = match inside.get(..word.len()) {
            Some(head) if head.eq_ignore_ascii_case(word) => &inside[word.len()..],
            _ => continue,
        };
        if !after.starts_with([' ', ':']) {
            continue;
        }
        let written = after.trim_start_matches([':', ' ']).trim();
        if let Ok(parsed) = date::parse(written) {
            return (inner[..open].trim_end(), Some(parsed.date));
        }
    }
    (text, None)
}

#[cfg(test)]
#[path = "action_tests.rs"]
mod tests;
