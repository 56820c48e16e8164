//! `gov init`'s survey for people: a table, file by file, of what each
//! Markdown file is, where it ends up in gov.yaml and why; then the kinds
//! mapped. And the `kinds:` part of the gov.yaml it writes. Every word
//! comes from the catalogue, in the configured language.

use crate::config::Config;
use crate::i18n::{InitMsg, Lang, t};
use crate::render::table::Table;
use crate::survey::{Placement, Survey, SurveyedFile, Why};
use crate::tr;

/// The detector's reasons (`import::detect`, English) with their
/// catalogue entries; a reason not listed is shown as written.
const REASONS: &[(&str, InitMsg)] = &[
    (
        "a README or index describes the folder; it is no record",
        InitMsg::WhyReadme,
    ),
    ("a template (by its name)", InitMsg::WhyTemplateName),
    (
        "a template: its title or metadata values are placeholders",
        InitMsg::WhyTemplatePlaceholders,
    ),
    (
        "MADR front matter (status, deciders or decision-makers)",
        InitMsg::WhyMadrFront,
    ),
    (
        "decision metadata (Dato/Status/Beslutningstagere/Beslutningstype)",
        InitMsg::WhyDecisionKeys,
    ),
    (
        "log4brains bullets (Status, Deciders, Date, Tags) and a dated file name",
        InitMsg::WhyLog4brains,
    ),
    (
        "MADR 2 bullets (Status, Deciders, Date)",
        InitMsg::WhyMadrBullets,
    ),
    (
        "adr-tools: a `# N. Title`, a `Date:` line and a `## Status` section",
        InitMsg::WhyAdrTools,
    ),
    (
        "meeting sections (agenda, minutes, attendance or meeting facts)",
        InitMsg::WhyMeeting,
    ),
    (
        "a title with a [SDR]/[ODR]/[ADR] prefix",
        InitMsg::WhyPrefix,
    ),
    (
        "Nygard sections (Status, Context, Decision)",
        InitMsg::WhyNygard,
    ),
    (
        "no decision metadata, title prefix, or meeting sections",
        InitMsg::WhyNothing,
    ),
];

/// Why a file is what it is, in `lang`.
pub fn why(lang: Lang, why: &Why) -> String {
    match why {
        Why::GovRecord { id } => tr!(lang, InitMsg::WhyGovRecord, id),
        Why::Detected { reason } => REASONS
            .iter()
            .find(|(r, _)| r == reason)
            .map_or_else(|| reason.clone(), |(_, key)| t(lang, *key).to_string()),
        Why::IgnoredFolder { folder } => tr!(lang, InitMsg::WhyIgnoredFolder, folder),
        Why::IgnoredName => t(lang, InitMsg::WhyIgnoredName).into(),
        Why::NotText => t(lang, InitMsg::WhyNotText).into(),
        Why::Link => t(lang, InitMsg::WhyLink).into(),
        Why::NamedFolder { by } => tr!(lang, InitMsg::WhyNamedFolder, by),
    }
}

/// A kind's name as people read it (`Møde`), its id when unknown.
fn label<'c>(config: &'c Config, kind: &'c str) -> &'c str {
    config
        .kind(kind)
        .map(|k| k.label.get(config.lang))
        .filter(|l| !l.is_empty())
        .unwrap_or(kind)
}

/// Where a file ends up, in the configured language.
pub fn placement(config: &Config, file: &SurveyedFile) -> String {
    let lang = config.lang;
    let kind = label(config, file.kind.as_deref().unwrap_or(""));
    match &file.placement {
        Placement::NotARecord => t(lang, InitMsg::NotARecord).into(),
        Placement::Mapped { folder } => tr!(lang, InitMsg::Mapped, kind, folder),
        Placement::AtRoot => t(lang, InitMsg::AtRoot).into(),
        Placement::KindElsewhere { folder } => tr!(lang, InitMsg::KindElsewhere, kind, folder),
        Placement::FolderOfOtherKind { kind } => {
            let kind = label(config, kind);
            tr!(lang, InitMsg::FolderOfOtherKind, kind)
        }
        Placement::Overlaps => t(lang, InitMsg::Overlaps).into(),
    }
}

/// The survey as a table, file by file, then the kinds mapped. Lines are
/// not cut to the terminal: the reason is the point of the report.
pub fn table(config: &Config, survey: &Survey) -> String {
    let lang = config.lang;
    let rows: Vec<[String; 3]> = survey
        .files
        .iter()
        .map(|f| [f.path.clone(), placement(config, f), why(lang, &f.why)])
        .collect();
    let heads = [
        t(lang, InitMsg::ColFile),
        t(lang, InitMsg::ColPlace),
        t(lang, InitMsg::ColWhy),
    ];
    let mut out = Table::new(&heads).render(&rows);
    if !survey.kinds.is_empty() {
        out.push('\n');
        out.push_str(t(lang, InitMsg::KindsHeading));
        out.push('\n');
        for m in &survey.kinds {
            // The message ends the folder with `/`: each of several too.
            let folder = m.folders().collect::<Vec<_>>().join("/, ");
            let (kind, n) = (label(config, &m.kind), m.records);
            out.push_str(&format!(
                "  {}\n",
                tr!(lang, InitMsg::KindMapped, kind, folder, n)
            ));
        }
    }
    out
}

/// The gov.yaml `gov init` writes for a surveyed repository: the starter
/// file, then each mapped kind's folder.
pub fn config_text(lang: Lang, starter: &str, survey: &Survey) -> String {
    let mut text = starter.to_string();
    if survey.kinds.is_empty() {
        return text;
    }
    text.push_str(t(lang, InitMsg::ConfigKinds));
    text.push_str("\nkinds:\n");
    for m in &survey.kinds {
        let folder = if m.more.is_empty() {
            yaml_scalar(&m.folder)
        } else {
            let all: Vec<String> = m.folders().map(yaml_scalar).collect();
            format!("[{}]", all.join(", "))
        };
        text.push_str(&format!("  {}:\n    folder: {folder}\n", m.kind));
    }
    text
}

/// A folder name as a YAML scalar: plain when it is letters, digits and
/// `-_./`, else quoted (a JSON string is a YAML double-quoted scalar).
fn yaml_scalar(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        && !text.starts_with(['-', '.']);
    if plain {
        text.to_string()
    } else {
        serde_json::to_string(text).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names_that_yaml_would_misread_are_quoted() {
        assert_eq!(yaml_scalar("møder/styregruppe"), "møder/styregruppe");
        assert_eq!(yaml_scalar("a: b"), "\"a: b\"");
        assert_eq!(yaml_scalar("-x"), "\"-x\"");
        assert_eq!(yaml_scalar("#x"), "\"#x\"");
    }

    #[test]
    fn every_reason_of_the_detector_is_in_the_catalogue() {
        // Each reason literal in the detector's source is listed here, so
        // a reason added there is not shown in English to a Danish user.
        let source = include_str!("../import/detect.rs");
        for line in source.lines() {
            let l = line.trim();
            if !(l.starts_with('"') && l.ends_with("\",") || l.starts_with("return excluded(\"")) {
                continue;
            }
            let text = l
                .trim_start_matches("return excluded(")
                .trim_end_matches(");")
                .trim_end_matches(',')
                .trim_matches('"');
            if text.contains(' ') && text != "number" {
                let known = REASONS.iter().any(|(r, _)| *r == text)
                    || text == "a JSON list of forge issues"
                    || text == "not a Markdown file";
                assert!(
                    known,
                    "a reason of the detector not in the catalogue: {text}"
                );
            }
        }
    }
}
