//! Which format a file is in and what it holds, by its name and content,
//! with a reason for `gov init`'s file-by-file explanation: community
//! Markdown decisions and meetings, adr-tools, MADR, log4brains, forge
//! issues as JSON; templates, READMEs and indexes are not records.

use super::KindGuess;
use super::bold_keys::{field_of, key_line, split_key};
use super::sections::fold;
use crate::markdown::Markdown;
use crate::record::split;

/// The formats `gov import --from` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Community Markdown: bold-key metadata, meeting files.
    Markdown,
    /// adr-tools (Nygard).
    AdrTools,
    /// MADR 2 to 4.
    Madr,
    /// log4brains.
    Log4brains,
    /// `gh issue list --json …` output.
    GithubIssues,
}

/// What [`detect`] found, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    /// The format to read the file as.
    pub format: Format,
    /// What the file holds.
    pub kind: KindGuess,
    /// Why, in plain words, for the user.
    pub reason: String,
    /// True when the file is never a record, whatever format the user
    /// names (a template, a README, not Markdown); false when it merely
    /// shows no sign of a format, so `--from` may still read it.
    pub excluded: bool,
}

fn found(format: Format, kind: KindGuess, reason: &str) -> Detected {
    Detected {
        format,
        kind,
        reason: reason.into(),
        excluded: false,
    }
}

/// Never a record: a template, a README, not Markdown.
fn excluded(reason: &str) -> Detected {
    Detected {
        excluded: true,
        ..not_a_record(reason)
    }
}

fn not_a_record(reason: &str) -> Detected {
    let kind = KindGuess::NotARecord {
        reason: reason.into(),
    };
    found(Format::Markdown, kind, reason)
}

/// True when a file name (any case) is a template's: `skabelon.md`,
/// `template.md`, `adr-template.md`, `skabelon-møde.md`.
pub fn is_template_name(name: &str) -> bool {
    let n = name.to_lowercase();
    let stem = n.strip_suffix(".md").unwrap_or(&n);
    ["skabelon", "template"]
        .iter()
        .any(|w| stem.starts_with(w) || stem.ends_with(w))
}

/// A value that stands for one to be filled in: `{dato}`, `<titel>`,
/// `[kort titel]`, `YYYY-MM-DD`, `dd-mm-åååå`, `…`, `TODO`, `xx`.
fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    let wrapped = |o: char, c: char| v.len() > 2 && v.starts_with(o) && v.ends_with(c);
    let l = v.to_lowercase();
    wrapped('{', '}')
        || wrapped('<', '>')
        || (wrapped('[', ']') && !v.contains("]("))
        || l.contains("yyyy")
        || l.contains("åååå")
        || l == "..."
        || l == "…"
        || l == "todo"
        || l.chars().all(|c| c == 'x' || c == '-' || c == ' ') && l.contains("xx")
}

/// Decides what `text`, the content of the file at `path`, is.
pub fn detect(path: &str, text: &str) -> Detected {
    let name = path.rsplit('/').next().unwrap_or(path);
    let lower = name.to_lowercase();
    if lower.ends_with(".json") && text.trim_start().starts_with('[') && text.contains("\"number\"")
    {
        return found(
            Format::GithubIssues,
            KindGuess::Change,
            "a JSON list of forge issues",
        );
    }
    if !lower.ends_with(".md") && !lower.ends_with(".markdown") {
        return excluded("not a Markdown file");
    }
    if lower == "readme.md" || lower == "index.md" {
        return excluded("a README or index describes the folder; it is no record");
    }
    if is_template_name(name) {
        return excluded("a template (by its name)");
    }
    let parts = split(text);
    let md = Markdown::read(text, parts.body.clone());
    let lines = Markdown::lines(text, parts.body.clone());
    let keys: Vec<_> = lines.iter().filter_map(|l| key_line(l, l.item)).collect();
    let placeholders = keys
        .iter()
        .filter(|k| k.field.is_some() && is_placeholder(&k.value))
        .count();
    let title = md.title().unwrap_or("");
    if placeholders >= 2 || (is_placeholder(title) && !title.is_empty()) {
        return excluded("a template: its title or metadata values are placeholders");
    }
    if let Some(front) = &parts.front {
        let yaml = &text[front.yaml.clone()];
        let has = |k: &str| yaml.lines().any(|l| l.starts_with(&format!("{k}:")));
        if has("decision-makers")
            || has("consulted")
            || has("informed")
            || (has("deciders") && has("status"))
        {
            return found(
                Format::Madr,
                KindGuess::Decision,
                "MADR front matter (status, deciders or decision-makers)",
            );
        }
    }
    let heading = |words: &[&str]| {
        md.headings
            .iter()
            .any(|h| words.contains(&fold(&h.text).as_str()))
    };
    let plain_bullets = keys
        .iter()
        .filter(|k| {
            !k.bold && k.item && matches!(k.field, Some("status" | "deciders" | "date" | "tags"))
        })
        .count();
    let danish = keys.iter().any(|k| {
        let key = k.key.to_lowercase();
        [
            "dato",
            "beslutningstagere",
            "beslutningstager",
            "beslutningstype",
        ]
        .contains(&key.as_str())
    });
    if plain_bullets > 0 && (danish || super::vocab::title_prefix(title).0.is_some()) {
        return found(
            Format::Markdown,
            KindGuess::Decision,
            "decision metadata (Dato/Status/Beslutningstagere/Beslutningstype)",
        );
    }
    if plain_bullets > 0 {
        let dated_name = name.len() > 9
            && name[..8].bytes().all(|b| b.is_ascii_digit())
            && name.as_bytes()[8] == b'-';
        let tags = keys.iter().any(|k| !k.bold && k.field == Some("tags"));
        if dated_name || tags {
            return found(
                Format::Log4brains,
                KindGuess::Decision,
                "log4brains bullets (Status, Deciders, Date, Tags) and a dated file name",
            );
        }
        return found(
            Format::Madr,
            KindGuess::Decision,
            "MADR 2 bullets (Status, Deciders, Date)",
        );
    }
    let date_line = lines.iter().any(|l| {
        !l.item
            && split_key(&l.text, true)
                .is_some_and(|(k, _, bold)| !bold && field_of(k) == Some("date"))
    });
    let numbered = md
        .headings
        .iter()
        .any(|h| h.level == 1 && super::agenda::numbered(&h.text).is_some());
    if heading(&["status"]) && (date_line || numbered) {
        return found(
            Format::AdrTools,
            KindGuess::Decision,
            "adr-tools: a `# N. Title`, a `Date:` line and a `## Status` section",
        );
    }
    if let Some(reason) = meeting(&md, &keys, &lines) {
        return found(Format::Markdown, KindGuess::Meeting, reason);
    }
    let decision_keys = keys
        .iter()
        .filter(|k| k.bold && matches!(k.field, Some("date" | "status" | "deciders" | "type")))
        .count();
    if decision_keys > 0 {
        return found(
            Format::Markdown,
            KindGuess::Decision,
            "decision metadata (Dato/Status/Beslutningstagere/Beslutningstype)",
        );
    }
    if super::vocab::title_prefix(title).0.is_some() {
        return found(
            Format::Markdown,
            KindGuess::Decision,
            "a title with a [SDR]/[ODR]/[ADR] prefix",
        );
    }
    if heading(&["status"]) && heading(&["context", "kontekst"]) {
        return found(
            Format::AdrTools,
            KindGuess::Decision,
            "Nygard sections (Status, Context, Decision)",
        );
    }
    not_a_record("no decision metadata, title prefix, or meeting sections")
}

/// Why the file looks like a meeting: two signs of agenda, minutes,
/// attendance or meeting facts.
fn meeting(
    md: &Markdown,
    keys: &[super::bold_keys::KeyLine],
    lines: &[crate::markdown::TextLine],
) -> Option<&'static str> {
    let heads: Vec<String> = md.headings.iter().map(|h| fold(&h.text)).collect();
    let has = |w: &[&str]| {
        heads
            .iter()
            .any(|h| w.iter().any(|x| h == x || h.starts_with(&format!("{x} "))))
    };
    let signs = [
        has(&["dagsorden", "agenda"]),
        has(&["mødereferat", "referat", "minutes"]),
        has(&["mødefakta", "meeting facts"]),
        has(&[
            "deltagere",
            "afbud",
            "participants",
            "attendees",
            "apologies",
        ]),
        keys.iter()
            .any(|k| matches!(k.field, Some("time" | "place" | "chair" | "note_taker"))),
        lines
            .iter()
            .any(|l| l.checkbox.is_some() && fold(&l.text).starts_with("referat")),
    ];
    (signs.iter().filter(|s| **s).count() >= 2)
        .then_some("meeting sections (agenda, minutes, attendance or meeting facts)")
}
