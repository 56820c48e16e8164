//! The one colour policy: whether gov colours what it writes to stdout and
//! to stderr, decided once per stream when the command starts and passed
//! down to every renderer (status headings, `validate`'s diagnostics, the
//! write commands' findings).
//!
//! `--color always` and `--color never` decide. With `--color auto` (the
//! default) the conventions of `NO_COLOR` (no-color.org) and `CLICOLOR`
//! (bixense.com/clicolors) decide, in the order `anstream` reads them:
//! a non-empty `NO_COLOR` turns colour off; else a non-empty
//! `CLICOLOR_FORCE` turns it on, even into a pipe; else `CLICOLOR=0` turns
//! it off; else a stream has colour when it is a terminal and `TERM` is
//! not `dumb`. A command-line flag overrides the variables, as
//! no-color.org asks.
//!
//! Colour is only ever gov's own SGR codes (bold, the diagnostics'
//! colours); the last check on human output (`render::escape`) lets
//! exactly those through on a stream that has colour, and nothing else.

use std::ffi::OsString;

/// When to colour, as asked with `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum When {
    /// Follow the variables and whether the stream is a terminal.
    #[default]
    Auto,
    /// Always, also into a pipe or a file.
    Always,
    /// Never.
    Never,
}

/// The environment variables the policy reads, as set (`None` when
/// unset), so the decision can be made for any environment, not only the
/// process's own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Variables {
    /// `NO_COLOR`: non-empty turns colour off.
    pub no_color: Option<OsString>,
    /// `CLICOLOR_FORCE`: non-empty turns colour on, even into a pipe.
    pub clicolor_force: Option<OsString>,
    /// `CLICOLOR`: `0` turns colour off.
    pub clicolor: Option<OsString>,
    /// `TERM`: `dumb` has no colour.
    pub term: Option<OsString>,
}

impl Variables {
    /// The process's own variables.
    pub fn from_process() -> Variables {
        Variables {
            no_color: std::env::var_os("NO_COLOR"),
            clicolor_force: std::env::var_os("CLICOLOR_FORCE"),
            clicolor: std::env::var_os("CLICOLOR"),
            term: std::env::var_os("TERM"),
        }
    }
}

/// Whether to colour one stream, which is a terminal or not.
pub fn resolve(when: When, vars: &Variables, terminal: bool) -> bool {
    let set = |v: &Option<OsString>| v.as_ref().is_some_and(|v| !v.is_empty());
    match when {
        When::Always => true,
        When::Never => false,
        When::Auto if set(&vars.no_color) => false,
        When::Auto if set(&vars.clicolor_force) => true,
        When::Auto if vars.clicolor.as_deref() == Some("0".as_ref()) => false,
        When::Auto => terminal && vars.term.as_deref() != Some("dumb".as_ref()),
    }
}

/// Whether each of the two streams has colour: the decision a command
/// makes once and passes down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Colours {
    /// Colour on stdout (reports, `validate`'s diagnostics).
    pub stdout: bool,
    /// Colour on stderr (the write commands' findings).
    pub stderr: bool,
}

impl Colours {
    /// No colour on either stream.
    pub const NONE: Colours = Colours {
        stdout: false,
        stderr: false,
    };

    /// The decision for this process: its variables, and whether its
    /// stdout and stderr are terminals.
    pub fn of_process(when: When) -> Colours {
        use std::io::IsTerminal;
        let vars = Variables::from_process();
        Colours {
            stdout: resolve(when, &vars, std::io::stdout().is_terminal()),
            stderr: resolve(when, &vars, std::io::stderr().is_terminal()),
        }
    }
}

/// `text` in bold when `colour` is on: the headings of a report.
pub fn bold(text: &str, colour: bool) -> String {
    if !colour {
        return text.to_string();
    }
    let style = anstyle::Style::new().bold();
    format!("{}{text}{}", style.render(), style.render_reset())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(no_color: &str, force: &str, clicolor: &str, term: &str) -> Variables {
        // "-" for a variable that is not set.
        let v = |s: &str| (s != "-").then(|| OsString::from(s));
        Variables {
            no_color: v(no_color),
            clicolor_force: v(force),
            clicolor: v(clicolor),
            term: v(term),
        }
    }

    #[test]
    fn the_decision_for_each_case() {
        use When::{Always, Auto, Never};
        // (when, NO_COLOR, CLICOLOR_FORCE, CLICOLOR, TERM, terminal) → colour
        let cases = [
            (Auto, "-", "-", "-", "xterm", true, true),
            (Auto, "-", "-", "-", "xterm", false, false),
            (Auto, "-", "-", "-", "-", true, true),
            (Auto, "-", "-", "-", "dumb", true, false),
            (Auto, "1", "-", "-", "xterm", true, false),
            (Auto, "0", "-", "-", "xterm", true, false),
            (Auto, "", "-", "-", "xterm", true, true),
            (Auto, "-", "1", "-", "xterm", false, true),
            (Auto, "-", "1", "-", "dumb", false, true),
            (Auto, "-", "", "-", "xterm", false, false),
            (Auto, "1", "1", "-", "xterm", true, false),
            (Auto, "-", "-", "0", "xterm", true, false),
            (Auto, "-", "-", "1", "xterm", true, true),
            (Auto, "-", "-", "1", "xterm", false, false),
            (Auto, "-", "1", "0", "xterm", false, true),
            (Always, "1", "-", "0", "dumb", false, true),
            (Always, "-", "-", "-", "-", false, true),
            (Never, "-", "1", "1", "xterm", true, false),
            (Never, "-", "-", "-", "xterm", true, false),
        ];
        for (when, no, force, cli, term, terminal, expected) in cases {
            let v = vars(no, force, cli, term);
            assert_eq!(
                resolve(when, &v, terminal),
                expected,
                "{when:?} NO_COLOR={no} CLICOLOR_FORCE={force} CLICOLOR={cli} TERM={term} terminal={terminal}"
            );
        }
    }

    #[test]
    fn bold_is_an_sgr_pair_only_with_colour() {
        assert_eq!(bold("Status", true), "\x1b[1mStatus\x1b[0m");
        assert_eq!(bold("Status", false), "Status");
    }
}
