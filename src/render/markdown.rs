//! Markdown for reports, release notes and minutes: table headers, and
//! text and links made safe to stand in a table cell or a list item.

use std::borrow::Cow;

use crate::i18n::{Lang, Msg, t};

/// A Markdown table's header and separator, headings in sentence case.
pub fn md_header(out: &mut String, lang: Lang, cols: &[Msg]) {
    let names: Vec<String> = cols.iter().map(|m| sentence_case(t(lang, *m))).collect();
    out.push_str(&format!(
        "| {} |\n|{}\n",
        names.join(" | "),
        "---|".repeat(cols.len())
    ));
}

fn sentence_case(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(f) if word.chars().count() > 2 => f
            .to_uppercase()
            .chain(c.flat_map(char::to_lowercase))
            .collect(),
        _ => word.to_string(),
    }
}

/// Text safe inside a Markdown table cell or list item: no control
/// character, line break, cell end or raw HTML (`render::escape::markdown`).
pub fn md(text: &str) -> Cow<'_, str> {
    super::escape::markdown(text)
}

/// A short commit id, linked when the forge is known.
pub fn commit_link(commit: &str, url: Option<&crate::trace::CommitUrl>) -> String {
    let short = super::short::short(commit);
    let short = md(&short);
    match url {
        Some(u) => format!("[`{short}`]({})", link_target(&u.to_string())),
        None => format!("`{short}`"),
    }
}

/// A link's target in Markdown: controls escaped, and the characters that
/// would end it (space, `<`, `>`, `)`) percent-encoded.
fn link_target(url: &str) -> Cow<'_, str> {
    let url = super::escape::line(url);
    if !url.contains([' ', '<', '>', ')']) {
        return url;
    }
    Cow::Owned(
        url.replace(' ', "%20")
            .replace('<', "%3C")
            .replace('>', "%3E")
            .replace(')', "%29"),
    )
}
