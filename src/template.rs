//! Templates for new records: the repository's own (`templates/<kind>.md`)
//! when present, else the Danish or English one built into gov, else a
//! generic one for custom kinds. Rendered with minijinja.

use serde::Serialize;
use std::path::Path;

use crate::i18n::Lang;
use crate::record::{Links, ReadFailure, read_regular};
use crate::{Error, Result};

/// The built-in templates: (language, kind, text).
pub const BUILT_IN: &[(Lang, &str, &str)] = &[
    (
        Lang::Da,
        "decision",
        include_str!("../defaults/templates/da/decision.md"),
    ),
    (
        Lang::Da,
        "change",
        include_str!("../defaults/templates/da/change.md"),
    ),
    (
        Lang::Da,
        "meeting",
        include_str!("../defaults/templates/da/meeting.md"),
    ),
    (
        Lang::Da,
        "task",
        include_str!("../defaults/templates/da/task.md"),
    ),
    (
        Lang::Da,
        "plan",
        include_str!("../defaults/templates/da/plan.md"),
    ),
    (
        Lang::En,
        "decision",
        include_str!("../defaults/templates/en/decision.md"),
    ),
    (
        Lang::En,
        "change",
        include_str!("../defaults/templates/en/change.md"),
    ),
    (
        Lang::En,
        "meeting",
        include_str!("../defaults/templates/en/meeting.md"),
    ),
    (
        Lang::En,
        "task",
        include_str!("../defaults/templates/en/task.md"),
    ),
    (
        Lang::En,
        "plan",
        include_str!("../defaults/templates/en/plan.md"),
    ),
];

/// For kinds without a template of their own.
pub const GENERIC: &str = "---\nid: {{ id }}\ntitle: {{ title | yaml }}\nstatus: {{ status | yaml }}\ndate: {{ date }}\n---\n\n# {{ title }}\n";

/// What a template can use.
#[derive(Debug, Clone, Serialize)]
pub struct Context {
    /// The new record's ID.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Today, ISO.
    pub date: String,
    /// Today, as people write it in the language.
    pub date_human: String,
    /// The kind's initial status, as a label in the language.
    pub status: String,
    /// The type given with `--type` or `--set type=…`, else empty.
    #[serde(rename = "type")]
    pub kind_type: String,
    /// `user.name` from git, else empty.
    pub author: String,
    /// `da` or `en`.
    pub lang: &'static str,
}

/// The built-in template of a kind in a language.
pub fn built_in(lang: Lang, kind: &str) -> Option<&'static str> {
    BUILT_IN
        .iter()
        .find(|(l, k, _)| *l == lang && *k == kind)
        .map(|(_, _, t)| *t)
}

/// The template text for a kind: the repository's file, else built in, else generic.
pub fn source(templates_dir: &Path, lang: Lang, kind: &str) -> Result<(String, String)> {
    let path = templates_dir.join(format!("{kind}.md"));
    // Never waits on a FIFO named like a template (DEC-0029).
    match read_regular(&path, Links::Follow) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok((path.display().to_string(), text)),
            Err(e) => Err(Error::io(
                path,
                std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
            )),
        },
        Err(ReadFailure::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            let text = built_in(lang, kind).unwrap_or(GENERIC);
            Ok((
                format!("built-in {}/{kind}.md", lang.code()),
                text.to_string(),
            ))
        }
        Err(failure) => Err(failure.into_error(&path)),
    }
}

/// Renders a template. The `yaml` filter writes a string as a YAML scalar,
/// quoted when it must be, so titles like `[SDR] Fuld stop: nu` stay valid.
pub fn render(name: &str, text: &str, ctx: &Context) -> Result<String> {
    let mut env = minijinja::Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| Error::Template {
            name: name.to_string(),
            message: e.to_string(),
        })?;
    env.set_syntax(syntax);
    env.add_filter("yaml", |s: String| crate::yaml::scalar(&s));
    let err = |e: minijinja::Error| Error::Template {
        name: name.to_string(),
        message: match e.line() {
            Some(line) => format!("line {line}: {e}"),
            None => e.to_string(),
        },
    };
    env.add_template("t", text).map_err(err)?;
    env.get_template("t")
        .map_err(err)?
        .render(minijinja::value::Serde(ctx))
        .map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::record::{Record, Summary};

    fn ctx(title: &str) -> Context {
        Context {
            id: "DEC-0001".into(),
            title: title.into(),
            date: "2026-11-28".into(),
            date_human: "28. november 2026".into(),
            status: "Udkast".into(),
            kind_type: String::new(),
            author: "Agnete Moos".into(),
            lang: "da",
        }
    }

    #[test]
    fn every_built_in_template_renders_a_record_that_reads_back() {
        let config = Config::defaults();
        for (lang, kind_name, text) in BUILT_IN {
            let kind = config.kind(kind_name).unwrap();
            let title = "[SDR] Fuld stop: \"nye\" ønsker # 1";
            let mut c = ctx(title);
            c.id = crate::record::format_id(&kind.prefix, 1);
            c.status = kind
                .status(&kind.initial)
                .unwrap()
                .labels
                .get(*lang)
                .to_string();
            let out = render(kind_name, text, &c).unwrap();
            let record = Record::parse(format!("x/{}.md", c.id), kind.name.clone(), out);
            let s = Summary::of(&record, kind);
            assert!(
                record.fields().is_some(),
                "{lang:?} {kind_name}: front matter parses"
            );
            assert_eq!(s.id, c.id, "{lang:?} {kind_name}");
            assert_eq!(s.title, title, "{lang:?} {kind_name}");
            assert_eq!(
                s.status.as_deref(),
                Some(kind.initial.as_str()),
                "{lang:?} {kind_name}"
            );
            assert_eq!(
                s.date.as_deref(),
                Some("2026-11-28"),
                "{lang:?} {kind_name}"
            );
        }
    }

    #[test]
    fn the_generic_template_reads_back() {
        let out = render("generic", GENERIC, &ctx("Risiko: nedbrud")).unwrap();
        assert!(
            out.starts_with("---\nid: DEC-0001\ntitle: \"Risiko: nedbrud\"\n"),
            "{out}"
        );
    }

    #[test]
    fn a_broken_template_names_its_line() {
        let err = render("mine", "---\nid: {{ id }\n", &ctx("x")).unwrap_err();
        assert!(err.to_string().contains("mine"), "{err}");
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
