//! `gov` keeps the governance of an open-source product community in a git
//! repository: decisions, change requests, meetings, tasks and plans are
//! Markdown files with YAML front matter, and `gov` creates, edits, lists and
//! (later) validates and traces them.
//!
//! The library holds all the work; the `gov` binary in `src/main.rs` only calls
//! [`cli::main`]. Modules, from the bottom up:
//! - [`yaml`]: a YAML tree that keeps byte offsets, lines and columns;
//! - [`date`]: ISO and Danish day-first dates, never read month-first;
//! - [`config`]: embedded defaults layered with `gov.yaml` and `GOV_*`;
//! - [`record`]: the record model and the loading of a whole repository;
//! - [`git`]: the only module that touches `git2`;
//! - [`report`]: `gov status` and `gov backlog` as models with renderings;
//! - [`lock`], [`journal`], [`fsutil`]: the write lock, the renumbering
//!   journal and all-or-nothing file writes that every write command uses;
//! - [`create`], [`set`], [`renumber`]: the write commands' work, checked
//!   by [`write_check`] before anything is written;
//! - [`cli`]: the command line, one file per subcommand.

pub mod check;
pub mod cli;
pub mod config;
pub mod create;
pub mod date;
pub mod error;
pub mod fsutil;
pub mod git;
pub mod i18n;
pub mod import;
pub mod journal;
pub mod lock;
pub mod markdown;
pub mod pause;
pub mod record;
pub mod render;
pub mod renumber;
pub mod report;
pub mod set;
pub mod slug;
pub mod template;
#[cfg(test)]
mod testing;
pub mod trace;
pub mod write_check;
pub mod yaml;

pub use error::{Error, Result};
