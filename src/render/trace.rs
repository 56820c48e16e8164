//! `gov trace` for people: a record's versions and the commits referring
//! to it, as tables or Markdown, with statuses and kinds in the configured
//! language. The labels and short forms here are shared with `gov log` and
//! `gov release`.

use std::borrow::Cow;
use std::fmt::Write as _;

use super::escape::line;
use super::markdown::{commit_link, md, md_header};
use super::short::{day, short};
use super::style::Style;
use super::table::Table;
use crate::config::Config;
use crate::i18n::{Lang, Msg, t};
use crate::tr;
use crate::trace::RecordTrace;

/// One trace as a table or as Markdown.
pub fn render(style: &Style<'_>, tr: &RecordTrace, as_markdown: bool) -> String {
    let mut text = String::new();
    render_into(&mut text, style, tr, as_markdown);
    text
}

/// [`render`], appended to `out`: `gov trace --all` renders every trace
/// into one buffer per block of records.
pub fn render_into(out: &mut String, style: &Style<'_>, tr: &RecordTrace, as_markdown: bool) {
    if as_markdown {
        markdown(out, style.config, tr);
    } else {
        table(out, style, tr);
    }
}

/// A canonical status in the configured language.
pub fn status_label(config: &Config, kind: &str, status: Option<&str>) -> String {
    status_text(config, kind, status).into_owned()
}

/// [`status_label`], borrowed from the configuration or the status when
/// it can be: a trace of every record labels a hundred thousand versions.
fn status_text<'a>(config: &'a Config, kind: &str, status: Option<&'a str>) -> Cow<'a, str> {
    let Some(s) = status else {
        return Cow::Borrowed("-");
    };
    if s.starts_with('?') {
        return Cow::Borrowed(s);
    }
    Cow::Borrowed(config.status_label(kind, s, config.lang).unwrap_or(s))
}

/// A version's status: its label in the configured language, the word as
/// written with `?` when it is not in the vocabulary, `-` when there is none.
fn version_status<'a>(
    config: &'a Config,
    kind: &str,
    v: &'a crate::trace::Version,
) -> Cow<'a, str> {
    if let Some(at) = v.not_utf8 {
        let (line, column) = (at.line, at.column);
        return Cow::Owned(tr!(config.lang, Msg::TraceNotUtf8, line, column));
    }
    match (&v.status, &v.status_label) {
        (Some(s), _) => status_text(config, kind, Some(s)),
        (None, Some(l)) => Cow::Owned(format!("?{l}")),
        (None, None) => Cow::Borrowed("-"),
    }
}

/// The kind's label in the configured language.
pub fn kind_label(config: &Config, kind: &str) -> String {
    config.kind_label(kind, config.lang)
}

/// The columns of a trace's versions, in tables and Markdown alike.
const VERSION_COLUMNS: [Msg; 6] = [
    Msg::ColCommit,
    Msg::ColDate,
    Msg::ColAuthor,
    Msg::ColStatus,
    Msg::ColChange,
    Msg::ColPath,
];

/// [`VERSION_COLUMNS`] with the date versions from before `gov import`
/// gave themselves.
const DATED_COLUMNS: [Msg; 7] = [
    Msg::ColCommit,
    Msg::ColDate,
    Msg::ColAuthor,
    Msg::ColStatus,
    Msg::ColDated,
    Msg::ColChange,
    Msg::ColPath,
];

/// The columns of the commits referring to a record.
const COMMIT_COLUMNS: [Msg; 6] = [
    Msg::ColRepository,
    Msg::ColCommit,
    Msg::ColDate,
    Msg::ColTag,
    Msg::ColAuthor,
    Msg::ColSummary,
];

/// One record's trace for people: a heading, its versions, its commits.
fn table(out: &mut String, style: &Style<'_>, tr: &RecordTrace) {
    heading(out, style.config, tr);
    versions(out, style, tr);
    commits(out, style, tr);
}

fn heading(out: &mut String, config: &Config, tr: &RecordTrace) {
    let lang = config.lang;
    let status = status_text(config, &tr.kind, tr.status.as_deref());
    // Writing to a String cannot fail.
    let kind = kind_label(config, &tr.kind);
    let start = out.len();
    let _ = write!(
        out,
        "{}  {}\n{kind} · {status} · {}\n",
        tr.id, tr.title, tr.path,
    );
    earlier(out, lang, tr);
    let _ = write!(out, "\n{}\n", t(lang, Msg::TraceVersions));
    let lines = 4 + usize::from(!tr.earlier_ids.is_empty());
    // Checked whole, one pass; escaped field by field only when needed.
    if super::escape::plain_lines(&out[start..]) != Some(lines) {
        out.truncate(start);
        let _ = write!(
            out,
            "{}  {}\n{} · {} · {}\n",
            line(&tr.id),
            line(&tr.title),
            line(&kind),
            line(&status),
            line(&tr.path),
        );
        if !tr.earlier_ids.is_empty() {
            let ids: Vec<_> = tr.earlier_ids.iter().map(|e| line(e)).collect();
            let _ = writeln!(out, "{}: {}", t(lang, Msg::TraceEarlier), ids.join(", "));
        }
        let _ = write!(out, "\n{}\n", t(lang, Msg::TraceVersions));
    }
}

/// `Tidligere ID: DEC-0003`, for a record renumbered.
fn earlier(out: &mut String, lang: Lang, tr: &RecordTrace) {
    if !tr.earlier_ids.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}",
            t(lang, Msg::TraceEarlier),
            tr.earlier_ids.join(", ")
        );
    }
}

fn versions(out: &mut String, style: &Style<'_>, tr: &RecordTrace) {
    let config = style.config;
    let lang = config.lang;
    let rows = tr.versions.iter().map(|v| {
        [
            short(&v.commit),
            day(&v.date),
            Cow::Borrowed(&*v.author),
            version_status(config, &tr.kind, v),
            Cow::Borrowed(v.dated.as_deref().unwrap_or("-")),
            Cow::Borrowed(change_label(lang, v.change)),
            Cow::Borrowed(v.path),
        ]
    });
    if dated(tr) {
        version_table(out, style, DATED_COLUMNS, rows.collect());
    } else {
        // The same rows without the column of dates none of them has.
        let rows = rows.map(|[commit, date, author, status, _, change, path]| {
            [commit, date, author, status, change, path]
        });
        version_table(out, style, VERSION_COLUMNS, rows.collect());
    }
}

/// The versions' table under its header, in the configured language.
fn version_table<const N: usize>(
    out: &mut String,
    style: &Style<'_>,
    columns: [Msg; N],
    rows: Vec<[Cow<'_, str>; N]>,
) {
    let header = columns.map(|m| t(style.config.lang, m));
    Table::new(&header)
        .width(style.width)
        .render_into(out, &rows);
}

/// True when a version from before `gov import` gave itself a date: the
/// versions then show it in a column of their own.
fn dated(tr: &RecordTrace) -> bool {
    tr.versions.iter().any(|v| v.dated.is_some())
}

fn commits(out: &mut String, style: &Style<'_>, tr: &RecordTrace) {
    let lang = style.config.lang;
    out.push('\n');
    out.push_str(t(lang, Msg::TraceCommits));
    out.push('\n');
    if tr.commits.is_empty() {
        out.push_str(t(lang, Msg::TraceNoCommits));
        out.push('\n');
        return;
    }
    let rows: Vec<[Cow<str>; 6]> = tr
        .commits
        .iter()
        .map(|c| {
            [
                Cow::Borrowed(c.repository),
                short(&c.commit),
                day(&c.date),
                Cow::Borrowed(c.tag.unwrap_or_else(|| t(lang, Msg::Unreleased))),
                Cow::Borrowed(&*c.author),
                Cow::Owned(format!("{} ({})", c.summary, c.relation)),
            ]
        })
        .collect();
    let header = COMMIT_COLUMNS.map(|m| t(lang, m));
    Table::new(&header)
        .width(style.width)
        .render_into(out, &rows);
}

fn markdown(out: &mut String, config: &Config, tr: &RecordTrace) {
    let lang = config.lang;
    out.push_str(&format!("## {} {}\n\n", md(&tr.id), md(&tr.title)));
    let status = status_label(config, &tr.kind, tr.status.as_deref());
    out.push_str(&format!(
        "{} · {} · `{}`\n\n",
        md(&kind_label(config, &tr.kind)),
        md(&status),
        md(&tr.path)
    ));
    if !tr.earlier_ids.is_empty() {
        let ids: Vec<String> = tr.earlier_ids.iter().map(|e| md(e).into_owned()).collect();
        out.push_str(&format!(
            "{}: {}\n\n",
            t(lang, Msg::TraceEarlier),
            ids.join(", ")
        ));
    }
    out.push_str(&format!("### {}\n\n", t(lang, Msg::TraceVersions)));
    let dated = dated(tr);
    md_header(
        out,
        lang,
        if dated {
            &DATED_COLUMNS[..]
        } else {
            &VERSION_COLUMNS[..]
        },
    );
    for v in &tr.versions {
        let status = version_status(config, &tr.kind, v);
        let own_date = match (&v.dated, dated) {
            (_, false) => String::new(),
            (Some(d), true) => format!(" {} |", md(d)),
            (None, true) => " - |".to_string(),
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |{own_date} {} | `{}` |\n",
            md(&short(&v.commit)),
            md(&day(&v.date)),
            md(&v.author),
            md(&status),
            change_label(lang, v.change),
            md(v.path)
        ));
    }
    out.push_str(&format!("\n### {}\n\n", t(lang, Msg::TraceCommits)));
    if tr.commits.is_empty() {
        out.push_str(&format!("{}\n\n", t(lang, Msg::TraceNoCommits)));
        return;
    }
    md_header(out, lang, &COMMIT_COLUMNS);
    for c in &tr.commits {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} ({}) |\n",
            md(c.repository),
            commit_link(&c.commit, c.url.as_ref()),
            md(&day(&c.date)),
            md(c.tag.unwrap_or_else(|| t(lang, Msg::Unreleased))),
            md(&c.author),
            md(&c.summary),
            md(c.relation)
        ));
    }
    out.push('\n');
}

fn change_label(lang: Lang, change: crate::trace::Change) -> &'static str {
    use crate::trace::Change::*;
    t(
        lang,
        match change {
            Created => Msg::EvCreated,
            Modified => Msg::EvModified,
            Renamed => Msg::EvRenamed,
            Deleted => Msg::EvDeleted,
            Restored => Msg::EvRestored,
            Renumbered => Msg::EvRenumbered,
        },
    )
}
