//! `gov release`: the records delivered in a release, ready for release notes.

use super::output;
use super::trace::{configured, warn};
use super::trace_view::{commit_link, kind_label, md, status_label};
use super::{CmdResult, Env, Outcome};
use crate::Error;
use crate::i18n::{CliMsg, Msg, t};
use crate::tr;
use crate::trace::History;

/// Release notes: the records delivered in TAG.
///
/// A record is delivered in TAG when a commit referring to it (a trailer
/// such as `Refs: CR-0012`, or a mention) has TAG as its first release: it
/// is in TAG and in no earlier release (releases in version order, see
/// `trace.tags`). Every repository that has the tag counts: the code
/// repositories of gov.yaml and the governance repository itself. Headings
/// and labels are in the configured language.
///
/// `--format json` prints `tag`, `repositories` (`repository`, `previous`,
/// `commits`) and `records` (`id`, `kind`, `title`, `status`, `commits`).
///
/// Examples:
///   gov release v2.4.0
///   gov release v2.4.0 --format json | jq -r '.records[].id'
///   gov --lang en release v2.4.0 >> CHANGELOG.md
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The release tag (`v2.4.0`).
    pub tag: String,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ReleaseFormat::Markdown)]
    pub format: ReleaseFormat,
}

/// Formats of `gov release`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReleaseFormat {
    /// Release notes in Markdown.
    Markdown,
    /// JSON for programs.
    Json,
}

/// Runs `gov release`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let repo = configured(env)?;
    let config = &repo.config;
    let lang = config.lang;
    let history = super::KeptToExit::new(History::read(&repo, true)?);
    warn(&history, lang);
    let release = history
        .release(&args.tag)
        .ok_or_else(|| Error::UnknownRelease {
            tag: args.tag.clone(),
            known: history.release_names(),
        })?;
    if args.format == ReleaseFormat::Json {
        output::print_json(&release)?;
        return Ok(Outcome::Ok);
    }
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
                    md(&c.repository),
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
    output::print(&out)?;
    Ok(Outcome::Ok)
}
