//! `gov release` for people: the records a release delivered, as release
//! notes in Markdown, grouped by kind, with headings and labels in the
//! configured language.

use super::markdown::{commit_link, md};
use super::trace::{kind_label, status_label};
use crate::config::Config;
use crate::i18n::{CliMsg, Msg, t};
use crate::tr;
use crate::trace::Release;

/// The release notes of `release`.
pub fn notes(config: &Config, release: &Release<'_>) -> String {
    let lang = config.lang;
    let mut out = format!(
        "# {} {}\n\n",
        t(lang, Msg::ReleaseHeading),
        md(&release.tag)
    );
    let parts: Vec<String> = release
        .repositories
        .iter()
        .map(|r| {
            let since = match &r.previous {
                Some(p) => format!("{} {}", t(lang, Msg::ReleaseSince), md(p)),
                None => t(lang, Msg::ReleaseFirst).to_string(),
            };
            let n = r.commits;
            let commits = tr!(
                lang,
                if n == 1 {
                    CliMsg::OneCommit
                } else {
                    CliMsg::Commits
                },
                n
            );
            format!("{}: {since} ({commits})", md(&r.repository))
        })
        .collect();
    out.push_str(&format!("{}\n\n", parts.join(" · ")));
    if release.records.is_empty() {
        out.push_str(&format!("{}\n", t(lang, Msg::ReleaseNothing)));
    }
    let mut heading: Option<String> = None;
    for r in &release.records {
        let h = match &r.kind {
            Some(k) if r.title.is_some() => md(&kind_label(config, k)).into_owned(),
            _ => t(lang, Msg::ReleaseUnknown).to_string(),
        };
        if heading.as_ref() != Some(&h) {
            out.push_str(&format!(
                "{}## {h}\n\n",
                if heading.is_some() { "\n" } else { "" }
            ));
            heading = Some(h);
        }
        let commits: Vec<String> = r
            .commits
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    md(c.repository),
                    commit_link(&c.commit, c.url.as_ref())
                )
            })
            .collect();
        let title = r
            .title
            .as_deref()
            .map(|t| format!(" {}", md(t)))
            .unwrap_or_default();
        let status = match (&r.kind, &r.status) {
            (Some(k), Some(s)) => format!(" ({})", md(&status_label(config, k, Some(s)))),
            _ => String::new(),
        };
        out.push_str(&format!(
            "- **{}**{title}{status}: {}\n",
            md(&r.id),
            commits.join(", ")
        ));
    }
    out
}
