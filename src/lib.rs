//! `gov` keeps the governance of an open-source product community in a git
//! repository: decisions, change requests, meetings, tasks and plans are
//! Markdown files with YAML front matter. `gov` creates and edits them,
//! lists and shows them, validates them (and their history), traces each
//! record to the commits and releases that carried it out, and reports
//! status and backlog, in Danish or English.
//!
//! The library holds all the work; the `gov` binary in `src/main.rs` only
//! calls [`cli::main`]. Modules, from the bottom up:
//! - [`yaml`], [`date`], [`unicode`], [`slug`], [`severity`], [`special`]:
//!   front matter read with byte-exact positions, ISO and Danish day-first
//!   dates (never month-first), text in NFC, file-name slugs, how grave a
//!   finding is, and what a path is when it is not a regular file;
//! - [`cycle`]: the annual cycle's rules, dates in and dates out;
//!   [`quarter`]: the roadmap's quarters and the targets people write;
//! - [`i18n`], [`config`]: the words in both languages, and the embedded
//!   defaults layered with `gov.yaml` and `GOV_*`;
//! - [`record`]: the record model, the loading of a whole repository and
//!   in-place edits of front matter;
//! - [`git`]: the only module that touches `git2`, with its own pack reader
//!   for history walks;
//! - [`check`]: everything `gov validate` checks, as values;
//! - [`trace`]: records linked to their history, commits and releases,
//!   with an on-disk cache;
//! - [`markdown`]: the one reader of record bodies (links, headings,
//!   checkboxes with places in the file);
//! - [`report`]: `gov status` and `gov backlog` as models (what to show);
//! - [`render`]: every renderer (how to show it): the one table engine, the
//!   one colour policy, escaping, Markdown, `validate`'s formats;
//! - [`lock`], [`journal`], [`fsutil`], [`pause`]: the write lock, the
//!   renumbering journal, all-or-nothing file writes, and a test hook;
//! - [`create`], [`set`], [`renumber`], [`template`]: the write commands'
//!   work, checked by [`write_check`] before anything is written;
//! - [`cli`]: the command line, one file per subcommand.

pub mod adopt;
pub mod check;
pub mod cli;
pub mod config;
pub mod create;
pub mod cycle;
pub mod date;
pub mod error;
pub mod fsutil;
pub mod git;
#[cfg(test)]
mod house_tests;
pub mod i18n;
pub mod import;
pub mod journal;
pub mod lock;
pub mod markdown;
pub mod meeting;
pub mod pause;
pub mod publish;
pub mod quarter;
pub mod record;
pub mod render;
pub mod renumber;
pub mod report;
pub mod set;
pub mod severity;
pub mod slug;
pub mod special;
pub mod survey;
pub mod template;
#[cfg(test)]
mod testing;
pub mod trace;
pub mod unicode;
pub mod write_check;
pub mod yaml;

pub use error::{Error, Result};
