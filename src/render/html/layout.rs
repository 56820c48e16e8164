//! The frame of every page: language, title, the inline style sheet
//! (contrast above 4.5:1, a visible focus ring), a skip link, the header
//! with the main navigation, `main` and the footer. No script, no file
//! from elsewhere: a page reads the same from a USB stick as from the web.

use std::fmt::Write;

use crate::i18n::{Lang, SiteMsg, t};

/// `text` for HTML text and attribute values: `&`, `<`, `>`, `"` and `'`
/// as entities, control characters but tab and line break left out.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "\
:root{color-scheme:light}\
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}\
a{color:#0b4f9c}a:visited{color:#5a2d82}\
a:focus,a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;background:#ffe08a;color:#1b1b1b}\
.skip{position:absolute;left:-10000px;top:0;padding:.5rem 1rem;background:#fff}\
.skip:focus{left:0}\
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}\
header{border-bottom:1px solid #6b6b6b}\
header nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}\
footer{border-top:1px solid #6b6b6b;font-size:.9rem;color:#3d3d3d}\
table{border-collapse:collapse;width:100%;margin:1rem 0}\
th,td{border:1px solid #8a8a8a;padding:.25rem .5rem;text-align:left;vertical-align:top}\
th{background:#eef0f2}\
dl{display:grid;grid-template-columns:max-content auto;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}\
.superseded{border-left:4px solid #8a4b00;padding:.5rem 1rem;background:#fff4e5}\
code,pre{background:#f3f3f3}pre{padding:.5rem;overflow-x:auto}\
blockquote{border-left:4px solid #8a8a8a;margin-left:0;padding-left:1rem;color:#3d3d3d}\
img{max-width:100%}svg{max-width:100%;height:auto}figure{margin:1rem 0}";

/// A whole page: `title` for the tab, `depth` folders below the site's
/// root (for the navigation's links), `nav` as (href from the root,
/// label), and the `main` content.
pub fn page(lang: Lang, title: &str, depth: usize, nav: &[(String, String)], main: &str) -> String {
    let up = "../".repeat(depth);
    let site = t(lang, SiteMsg::SiteTitle);
    let mut out = String::with_capacity(main.len() + 2048);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src https: http:\">\n\
         <title>{title} – {site}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">{skip}</a>\n<header>\n<p><a href=\"{up}index.html\">{site}</a></p>\n\
         <nav aria-label=\"{navigation}\">\n<ul>\n",
        lang = lang.code(),
        title = esc(title),
        site = esc(site),
        skip = esc(t(lang, SiteMsg::SkipLink)),
        navigation = esc(t(lang, SiteMsg::Navigation)),
    );
    let _ = writeln!(
        out,
        "<li><a href=\"{up}index.html\">{}</a></li>",
        esc(t(lang, SiteMsg::Home))
    );
    for (href, label) in nav {
        let _ = writeln!(out, "<li><a href=\"{up}{href}\">{}</a></li>", esc(label));
    }
    let _ = write!(
        out,
        "</ul>\n</nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n{main}</main>\n\
         <footer>\n<p>{footer}</p>\n</footer>\n</body>\n</html>\n",
        footer = esc(t(lang, SiteMsg::Footer)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_text_and_attributes() {
        assert_eq!(
            esc("<a href=\"x\" onclick='y'>&\u{1b}"),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;"
        );
    }

    #[test]
    fn a_page_has_its_language_landmarks_and_a_skip_link() {
        let p = page(
            Lang::En,
            "T<",
            1,
            &[("decision/index.html".into(), "D".into())],
            "<h1>x</h1>",
        );
        assert!(p.contains("<html lang=\"en\">"));
        assert!(p.contains("<title>T&lt; – "));
        assert!(p.contains("href=\"#main\""));
        assert!(p.contains("<main id=\"main\""));
        assert!(p.contains("href=\"../decision/index.html\""));
        assert!(!p.contains("<script"));
    }
}
