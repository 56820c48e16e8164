//! Every renderer for people and programs, in one place: how to show what
//! the models of `report`, `check` and `trace` hold. `render` may import
//! those models; nothing below it imports `render` (only `cli` does).
//!
//! - [`escape`]: the one place where text from records, commits and
//!   configuration is made safe to print (a leaf: it imports nothing);
//! - [`table`]: the one table engine, measuring terminal columns per
//!   grapheme cluster; [`colour`]: the one colour policy;
//!   [`style`]: what a command resolves once (language, width, colour);
//! - [`sections`]: a report as sections, rendered as tables or Markdown;
//!   [`status`], [`status_sections`], [`status_waiting`] and
//!   [`status_dates`]: `gov status`; [`backlog`]; [`actions`]; [`agenda`]:
//!   `gov meeting new`; [`calendar`] (and
//!   [`ics`] for mail clients, [`wheel`] as a picture): `gov calendar`;
//!   [`roadmap`] (and [`timeline`] as a picture): `gov roadmap`;
//! - [`trace`], [`log`], [`release`], [`markdown`], [`short`]: history for
//!   people;
//! - [`diagnostics`], [`junit`], [`rules`]: `gov validate`'s formats;
//! - [`html`], [`jekyll`] (and [`jekyll_pictures`]), with [`pages`] and
//!   [`site_links`]: the public site `gov publish` writes.

pub mod actions;
pub mod agenda;
pub mod approval;
pub mod backlog;
pub mod calendar;
pub mod clean;
pub mod colour;
pub mod diagnostics;
pub mod escape;
pub mod html;
pub mod ics;
pub mod import;
pub mod jekyll;
pub mod jekyll_pictures;
pub mod junit;
pub mod log;
pub mod markdown;
pub mod pages;
pub mod release;
pub mod roadmap;
pub mod rules;
pub mod sections;
pub mod short;
pub mod site_links;
pub mod status;
pub mod status_dates;
pub mod status_sections;
pub mod status_waiting;
pub mod style;
pub mod survey;
pub mod table;
pub mod timeline;
pub mod trace;
pub mod wheel;

pub use style::{Format, Style};

#[cfg(test)]
mod testing {
    use crate::check::{Diagnostic, Severity};

    /// One finding with what every output must escape: a comma in the
    /// path, a line break and a `%` in the message.
    pub fn diag() -> Diagnostic {
        Diagnostic {
            path: "decisions/a,b.md".into(),
            line: 3,
            column: 9,
            severity: Severity::Error,
            code: "GOV020",
            message: "`Godkendtx` is not a known status\n100%".into(),
            hint: Some("did you mean `Godkendt`?".into()),
        }
    }
}
