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
use std::io::Write;
use std::path::Path;

use crate::fsutil::{Links, ReadFailure, read_regular_at_most};
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
    // Never waits on a FIFO named like a template (DEC-0029), and never
    // holds more than a template's bound of it.
    match read_regular_at_most(&path, Links::Follow, MAX_SOURCE) {
        Ok(bytes) => Ok((path.display().to_string(), bounded_text(&path, bytes)?)),
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

/// A template file's bytes (read up to one past [`MAX_SOURCE`]) as UTF-8
/// text, or an error naming the file when it is larger or not UTF-8.
fn bounded_text(path: &Path, bytes: Vec<u8>) -> Result<String> {
    if bytes.len() as u64 > MAX_SOURCE {
        return Err(Error::io(
            path,
            std::io::Error::other(format!(
                "a template is at most {} KB; this one is larger",
                MAX_SOURCE >> 10
            )),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::io(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
        )
    })
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
#[path = "template_tests.rs"]
mod tests;
