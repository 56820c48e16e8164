//! Printing: where human output goes and how (colour per stream, the width
//! tables must fit; decided once when the command starts), JSON, and
//! writing to stdout in a way that treats a closed pipe as the reader being
//! done. Text for people is escaped (`crate::render::escape`) cell by cell
//! by the renderers, and once more as a whole here, so no control
//! character from a record reaches the terminal even through a renderer
//! that forgot one: only gov's own colour codes pass, and only to a stream
//! the colour policy (`crate::render::colour`) gave colour.

use serde::Serialize;
use std::io::Write;

use crate::render::colour::{Colours, When};
use crate::render::escape::{self, Keep};

/// Output formats shared by the listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// JSON for programs.
    Json,
}

/// Where human output goes and how, resolved once when the command
/// starts and passed down: colour per stream and the width tables fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Output {
    /// Whether stdout and stderr have colour (`render::colour`).
    pub colours: Colours,
    /// The width tables must fit on stdout, `None` for no limit.
    pub width: Option<usize>,
}

impl Output {
    /// The decision for this process, with `--color` as given.
    pub fn of_process(when: When) -> Output {
        Output {
            colours: Colours::of_process(when),
            width: width(),
        }
    }

    /// Writes text for people to stdout: line breaks and tabs as they
    /// are, every other control character escaped, except gov's own
    /// colour codes when stdout has colour (the only time gov writes them).
    pub fn print(&self, text: &str) -> std::io::Result<()> {
        print_exact(&escape::escape(text, keep(self.colours.stdout)))
    }

    /// Writes text for people to stderr (diagnostics), escaped as
    /// [`Output::print`] escapes for stdout: gov's own colour codes kept
    /// only when stderr has colour.
    pub fn eprint(&self, text: &str) {
        let text = escape::escape(text, keep(self.colours.stderr));
        // Nothing is left to tell when stderr itself is gone.
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}

/// What the last check lets through to a stream with or without colour.
fn keep(colour: bool) -> Keep {
    if colour {
        Keep::LineBreaksAndColour
    } else {
        Keep::LineBreaks
    }
}

/// The width tables must fit: `COLUMNS`, else the terminal's, else none
/// (output to a file or pipe is never cut).
fn width() -> Option<usize> {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(cols);
    }
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0 as usize)
}

/// Writes `text` to stdout as it is: JSON (serde escapes control
/// characters itself and the exact text is its promise) and output gov
/// generates from its own definitions (man pages, completions).
pub fn print_exact(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Writes a line for people to stderr (a warning, an error), escaped as
/// [`Output::print`] escapes without colour.
pub fn eprint_line(text: &str) {
    let mut err = std::io::stderr().lock();
    // Nothing is left to tell when stderr itself is gone.
    let _ = writeln!(err, "{}", escape::text(text));
}

/// Writes a value as pretty JSON and a newline to stdout.
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(print_exact(&text)?)
}
