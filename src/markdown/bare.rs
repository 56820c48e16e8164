//! Bare URLs in running text (`se https://github.com/os2/styring/blob/main/x.md`),
//! which GitHub turns into links although CommonMark does not: a link to
//! a file of the repository written this way breaks as silently as any
//! other when the file is renamed.

use std::ops::Range;

/// The bare URLs in `src[run]`, a stretch of plain text (no code, no
/// link, no HTML): the offset where each starts and the URL as written.
/// As GitHub reads them: `http://` or `https://` not glued to a word
/// before it, up to a space or `<`, without trailing punctuation and
/// without a `)` that closes no `(` of the URL.
pub(super) fn urls(src: &str, run: Range<usize>) -> Vec<(usize, String)> {
    let text = &src[run.clone()];
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("http").map(|i| from + i) {
        from = i + 4;
        let rest = &text[i..];
        if !(rest.starts_with("https://") || rest.starts_with("http://")) {
            continue;
        }
        let glued = text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '_');
        if glued {
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '<')
            .unwrap_or(rest.len());
        let url = trim_end(&rest[..end]);
        // Nothing after the scheme's `//` is no URL.
        if !url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .is_empty()
        {
            out.push((run.start + i, url.to_string()));
        }
        from = i + end.max(4);
    }
    out
}

/// `url` without the punctuation that ends a sentence around it, and
/// without closing parentheses it does not open.
fn trim_end(mut url: &str) -> &str {
    loop {
        let before = url.len();
        url = url.trim_end_matches(['.', ',', ':', ';', '!', '?', '"', '\'', '*', '_', '~']);
        if url.ends_with(')') && url.matches(')').count() > url.matches('(').count() {
            url = &url[..url.len() - 1];
        }
        if url.len() == before {
            return url;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(usize, String)> {
        urls(text, 0..text.len())
    }

    #[test]
    fn urls_end_where_a_sentence_goes_on() {
        assert_eq!(
            all("Se https://a.dk/x.md. Og (https://a.dk/y_(z).md), ikke xhttps://b.dk."),
            [
                (3, "https://a.dk/x.md".into()),
                (26, "https://a.dk/y_(z).md".into())
            ]
        );
        assert_eq!(
            all("http://a.dk/æ?q=1!\"<br>"),
            [(0, "http://a.dk/æ?q=1".into())]
        );
    }

    #[test]
    fn what_is_no_url() {
        assert!(all("https:// http:/x httpx://a ftp://a.dk a/https://b.dk").is_empty());
        assert_eq!(all("xx https://a"), [(3, "https://a".into())]);
        assert_eq!(urls("xx https://a", 2..12), [(3, "https://a".into())]);
    }
}
