//! Templates for new records: the repository's own (`templates/<kind>.md`)
//! when present, else the Danish or English one built into gov, else a
//! generic one for custom kinds. Rendered with minijinja.
//!
//! A template is code someone else may have written, so its work is
//! bounded: the file is read up to [`MAX_SOURCE`] bytes, a render gets
//! [`FUEL`] (minijinja's budget of instructions and of data created,
//! about 64 bytes a unit) and its output is cut off at [`MAX_OUTPUT`]
//! bytes. A template that loops forever or builds gigabytes stops with an
//! error naming it, in well under a second, with a few MB of memory.

use serde::Serialize;
use std::io::{Read, Write};
use std::path::Path;

use crate::i18n::Lang;
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

/// The largest template file read, in bytes.
pub const MAX_SOURCE: u64 = 1 << 20;

/// The largest rendered record, in bytes.
pub const MAX_OUTPUT: usize = 2 << 20;

/// minijinja's fuel for one render: instructions plus the data the template
/// creates (one unit per 64 bytes), so about 200,000 steps or 12 MB. The
/// built-in templates use under a thousand.
pub const FUEL: u64 = 200_000;

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
    match read_bounded(&path) {
        Ok(text) => Ok((path.display().to_string(), text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let text = built_in(lang, kind).unwrap_or(GENERIC);
            Ok((
                format!("built-in {}/{kind}.md", lang.code()),
                text.to_string(),
            ))
        }
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Reads a template file of at most [`MAX_SOURCE`] bytes, as UTF-8.
fn read_bounded(path: &Path) -> std::io::Result<String> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_SOURCE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_SOURCE {
        return Err(std::io::Error::other(format!(
            "a template is at most {} KB; this one is larger",
            MAX_SOURCE >> 10
        )));
    }
    String::from_utf8(bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// A writer that takes at most [`MAX_OUTPUT`] bytes and then fails.
struct Bounded {
    out: Vec<u8>,
    overflow: bool,
}

impl Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.out.len() + buf.len() > MAX_OUTPUT {
            self.overflow = true;
            return Err(std::io::Error::other("the rendered record is too large"));
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
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
    env.set_fuel(Some(FUEL));
    env.add_template("t", text).map_err(err)?;
    let mut out = Bounded {
        out: Vec::new(),
        overflow: false,
    };
    let rendered = env
        .get_template("t")
        .map_err(err)?
        .render_captured_to(minijinja::value::Serde(ctx), &mut out);
    match rendered {
        Ok(_) => String::from_utf8(out.out).map_err(|e| Error::Template {
            name: name.to_string(),
            message: e.to_string(),
        }),
        Err(_) if out.overflow => Err(Error::Template {
            name: name.to_string(),
            message: format!(
                "the rendered record is larger than {} MB; gov stopped it",
                MAX_OUTPUT >> 20
            ),
        }),
        Err(e) if e.kind() == minijinja::ErrorKind::OutOfFuel => Err(Error::Template {
            name: name.to_string(),
            message: format!(
                "the template does more work than a record needs (a loop that does not end, or gigantic values); gov stopped it after {FUEL} steps"
            ),
        }),
        Err(e) => Err(err(e)),
    }
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
    fn hostile_templates_stop_with_an_error() {
        let cases = [
            (
                "loop",
                "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
                "steps",
            ),
            (
                "doubling",
                "{% set ns = namespace(s=\"x\") %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
                "steps",
            ),
            ("repeat", "{{ \"x\" * 3000000000 }}", "steps"),
            (
                "output",
                "{% for i in range(10000) %}{{ \"x\" * 1000 }}{% endfor %}",
                "MB",
            ),
            (
                "recursion",
                "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
                "mine",
            ),
        ];
        for (what, text, says) in cases {
            let started = std::time::Instant::now();
            let err = render("mine", text, &ctx("x")).unwrap_err();
            assert!(err.to_string().contains("mine"), "{what}: {err}");
            assert!(err.to_string().contains(says), "{what}: {err}");
            assert!(
                started.elapsed().as_secs() < 5,
                "{what} took {:?}",
                started.elapsed()
            );
        }
    }

    #[test]
    fn the_built_in_templates_use_a_small_part_of_the_fuel() {
        for (_, kind, text) in BUILT_IN {
            let mut env = minijinja::Environment::new();
            env.add_filter("yaml", |s: String| crate::yaml::scalar(&s));
            env.set_fuel(Some(FUEL));
            let t = env.template_from_str(text).unwrap();
            let captured = t
                .render_captured(minijinja::value::Serde(ctx("x")))
                .unwrap();
            let used = captured.state().fuel_levels().map_or(0, |(used, _)| used);
            assert!(used < FUEL / 100, "{kind}: {used}");
        }
    }

    #[test]
    fn a_template_file_too_large_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = "x".repeat(MAX_SOURCE as usize + 1);
        std::fs::write(dir.path().join("decision.md"), big).unwrap();
        let err = source(dir.path(), Lang::Da, "decision").unwrap_err();
        assert!(err.to_string().contains("decision.md"), "{err}");
    }

    #[test]
    fn a_broken_template_names_its_line() {
        let err = render("mine", "---\nid: {{ id }\n", &ctx("x")).unwrap_err();
        assert!(err.to_string().contains("mine"), "{err}");
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
