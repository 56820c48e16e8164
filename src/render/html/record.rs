//! One record's page: its title, metadata, a notice when it is superseded
//! (with a link to its successor), its approved text, the approval (commit,
//! date, who) and its traceability (commits, release tags, forge links).

use std::fmt::Write;

use super::body::body;
use super::layout::esc;
use crate::config::Config;
use crate::i18n::{SiteMsg, t};
use crate::render::site_links::Links;
use crate::report::Published;

/// The status as the site shows it: the label in the configured language,
/// with a note the record added ("pr. mail").
pub fn status_text(r: &Published, config: &Config) -> String {
    let lang = config.lang;
    if r.superseded_by.is_some()
        && let Some(label) = config
            .kind(&r.summary.kind)
            .and_then(|k| k.superseded.as_deref())
            .and_then(|s| config.status_label(&r.summary.kind, s, lang))
    {
        return label.to_string();
    }
    let label = r
        .summary
        .status
        .as_deref()
        .and_then(|s| config.status_label(&r.summary.kind, s, lang))
        .map(str::to_string)
        .or_else(|| r.summary.status_label.clone())
        .unwrap_or_default();
    match &r.summary.status_note {
        Some(note) if !note.is_empty() => format!("{label} ({note})"),
        _ => label,
    }
}

/// A link to a commit on its forge, else its short id as text.
fn commit_link(commit: &str, url: Option<&str>) -> String {
    let short = esc(commit.get(..7).unwrap_or(commit));
    match url {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            format!("<a href=\"{}\"><code>{short}</code></a>", esc(url))
        }
        _ => format!("<code>{short}</code>"),
    }
}

/// The `main` of a record's page.
pub fn main(r: &Published, config: &Config, links: &Links<'_>) -> String {
    let lang = config.lang;
    let s = &r.summary;
    let mut out = format!("<h1>{}</h1>\n", esc(&s.title));
    if let Some(successor) = &r.superseded_by {
        let target = (!successor.is_empty())
            .then(|| links.href(successor, 1, "html"))
            .flatten();
        let text = match (successor.is_empty(), target) {
            (true, _) => esc(t(lang, SiteMsg::SupersededNoSuccessor)),
            (false, Some(href)) => format!(
                "{}: <a href=\"{}\">{}</a>",
                esc(t(lang, SiteMsg::SupersededBy)),
                esc(&href),
                esc(successor)
            ),
            (false, None) => format!(
                "{}: {}",
                esc(t(lang, SiteMsg::SupersededBy)),
                esc(successor)
            ),
        };
        let _ = writeln!(out, "<p class=\"superseded\"><strong>{text}</strong></p>");
    }
    out.push_str("<dl>\n");
    let mut row = |key: SiteMsg, value: &str| {
        if !value.is_empty() {
            let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(t(lang, key)), esc(value));
        }
    };
    row(SiteMsg::Id, &s.id);
    row(SiteMsg::Kind, &config.kind_label(&s.kind, lang));
    if let Some(ty) = s
        .kind_type
        .as_deref()
        .and_then(|ty| config.kind(&s.kind)?.types.iter().find(|t| t.id == ty))
    {
        row(SiteMsg::Type, ty.labels.get(lang));
    }
    row(SiteMsg::Status, &status_text(r, config));
    row(SiteMsg::Date, s.date.as_deref().unwrap_or(""));
    row(SiteMsg::Deciders, &r.deciders.join(", "));
    out.push_str("</dl>\n");
    out.push_str(&body(r.body(), &s.path, links));
    let a = &r.approval;
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<dl>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>",
        esc(t(lang, SiteMsg::Approval)),
        esc(t(lang, SiteMsg::ApprovedIn)),
        commit_link(&a.commit, a.url.as_deref()),
        esc(t(lang, SiteMsg::ApprovedOn)),
        esc(a.date.get(..10).unwrap_or(&a.date)),
        esc(t(lang, SiteMsg::ApprovedBy)),
        esc(&crate::render::approval::approvers(a, config)),
    );
    if let Some((commit, url)) = &a.version {
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            esc(t(lang, SiteMsg::PublishedVersion)),
            commit_link(commit, url.as_deref())
        );
    }
    out.push_str("</dl>\n");
    let _ = writeln!(out, "<h2>{}</h2>", esc(t(lang, SiteMsg::Traceability)));
    if r.commits.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(t(lang, SiteMsg::NoCommits)));
        return out;
    }
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(t(lang, SiteMsg::Repository)),
        esc(t(lang, SiteMsg::Commit)),
        esc(t(lang, SiteMsg::Message)),
        esc(t(lang, SiteMsg::Date)),
        esc(t(lang, SiteMsg::Release)),
    );
    for c in &r.commits {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&c.repository),
            commit_link(&c.commit, c.url.as_deref()),
            esc(&c.summary),
            esc(c.date.get(..10).unwrap_or(&c.date)),
            esc(c.tag.as_deref().unwrap_or(t(lang, SiteMsg::Unreleased))),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    out
}
