//! The one integration test binary: each module drives the real `gov`
//! binary against real temporary git repositories.

mod env;

mod backlog;
mod bad_input;
mod calendar;
mod calendar_ics;
mod calendar_svg;
mod checks_real;
mod colour;
mod commit_text;
mod concurrency;
mod config;
mod generate;
mod help;
mod history_import;
mod history_renumber;
mod import;
mod init;
mod init_existing;
mod list;
mod log;
mod markdown;
mod meeting_fields;
mod new;
mod publish;
mod publish_browser;
mod release;
mod renumber;
mod set;
mod show;
mod status;
mod status_followup;
mod tables;
mod text;
mod trace;
mod trust_cache;
mod trust_front;
mod trust_fs;
mod trust_output;
mod trust_reads;
mod trust_writes;
mod type_words;
mod validate;
mod validate_history;
mod words;
