//! The command line: clap definitions, one file per subcommand, and the one
//! place where errors become messages and exit codes.
//!
//! Exit codes: 0 success; 1 findings (a check found problems); 2 usage or
//! runtime error, or a listing that left out files it could not read
//! (named on stderr). A closed pipe (`gov list | head`) is not an error.

mod actions;
mod backlog;
mod calendar;
mod completions;
mod config;
mod help;
mod import;
mod init;
mod language;
mod list;
mod log;
mod man;
mod meeting;
mod new;
mod output;
mod publish;
mod release;
mod renumber;
mod roadmap;
mod schema;
mod set;
mod show;
mod status;
mod trace;
mod unread;
mod validate;
mod write_notes;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::Error;
use crate::i18n::{ErrorMsg, Lang, t};
use crate::render::Style;
use crate::render::colour::{Colours, When};

pub use output::Output;

/// gov keeps a community's governance in git: decisions, change requests,
/// meetings, tasks and plans as Markdown files with YAML front matter.
///
/// Start with `gov init`, create records with `gov new`, change them with
/// `gov set`, and read them with `gov list` and `gov show`.
#[derive(Debug, Parser)]
#[command(name = "gov", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  gov init --lang da\n  gov new decision --title \"Fuld stop for nye ønsker\" --type SDR\n  gov set DEC-0001 status=accepted\n  gov list --kind decision --status accepted\n  gov -C ../styring list --format json\n  gov --color always status | less -R"
)]
pub struct Cli {
    /// Run as if gov was started in DIR (like `git -C`).
    #[arg(short = 'C', global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Language of output and new records, overriding `lang` in gov.yaml.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// When to colour the output: `auto` colours a terminal unless
    /// NO_COLOR is set (CLICOLOR_FORCE colours a pipe too, CLICOLOR=0
    /// turns colour off); `always` and `never` win over the variables.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// The values of `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    /// Colour a terminal, following NO_COLOR, CLICOLOR_FORCE and CLICOLOR.
    Auto,
    /// Colour always, also into a pipe or a file.
    Always,
    /// Never colour.
    Never,
}

impl From<ColorWhen> for When {
    fn from(w: ColorWhen) -> When {
        match w {
            ColorWhen::Auto => When::Auto,
            ColorWhen::Always => When::Always,
            ColorWhen::Never => When::Never,
        }
    }
}

/// The subcommands. Each one's help is the doc comment of its `Args`.
#[derive(Debug, Subcommand)]
#[allow(missing_docs)]
pub enum Command {
    Init(init::Args),
    Import(import::Args),
    New(new::Args),
    Set(set::Args),
    List(list::Args),
    Show(show::Args),
    Validate(validate::Args),
    Status(status::Args),
    Backlog(backlog::Args),
    Actions(actions::Args),
    Calendar(calendar::Args),
    Meeting(meeting::Args),
    Roadmap(roadmap::Args),
    Schema(schema::Args),
    Renumber(renumber::Args),
    Trace(trace::Args),
    Log(log::Args),
    Release(release::Args),
    Publish(publish::Args),
    Config(config::Args),
    Completions(completions::Args),
    Man(man::Args),
}

/// Where a command runs: the start folder, the language override, and
/// where its human output goes (colour, width), all resolved once.
pub struct Env {
    /// The folder given with `-C`, or the current folder.
    pub dir: PathBuf,
    /// `--lang`, if given.
    pub lang: Option<Lang>,
    /// Colour per stream and the width of tables.
    pub out: Output,
}

impl Env {
    /// Loads the repository around the start folder, with `--lang` applied.
    pub fn repository(&self) -> crate::Result<crate::record::Repository> {
        let mut repo = crate::record::Repository::discover(&self.dir)?;
        if let Some(lang) = self.lang {
            repo.config.lang = lang;
        }
        Ok(repo)
    }

    /// [`Env::repository`], running `alongside` on another thread while the
    /// records load.
    pub fn repository_alongside<T: Send>(
        &self,
        alongside: impl FnOnce(&std::path::Path, &crate::config::Config) -> T + Send,
    ) -> crate::Result<(crate::record::Repository, T)> {
        let (mut repo, side) = crate::record::Repository::discover_alongside(&self.dir, alongside)?;
        if let Some(lang) = self.lang {
            repo.config.lang = lang;
        }
        Ok((repo, side))
    }
}

impl Env {
    /// How reports for stdout look: the configuration's language and
    /// labels, the width and colour resolved for this process.
    pub fn style<'c>(&self, config: &'c crate::config::Config, explain: bool) -> Style<'c> {
        Style {
            config,
            width: self.out.width,
            colour: self.out.colours.stdout,
            explain,
        }
    }
}

/// A value kept until the process exits: freeing a large history piece by
/// piece costs a fifth of a warm `gov trace`, and the exit frees it at once.
pub struct KeptToExit<T>(std::mem::ManuallyDrop<T>);

impl<T> KeptToExit<T> {
    /// Keeps `value` until the process exits.
    pub fn new(value: T) -> KeptToExit<T> {
        KeptToExit(std::mem::ManuallyDrop::new(value))
    }
}

impl<T> std::ops::Deref for KeptToExit<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// What a command reports back: success, or findings (exit 1).
pub enum Outcome {
    /// Done.
    Ok,
    /// The command ran and found problems.
    Findings,
    /// The command printed what it could read and named on stderr what it
    /// could not (exit 2): a read that failed is never silently left out.
    Incomplete,
}

/// Runs the command line of this process.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // clap's own help and usage errors follow `--color` too, so it is
    // looked for before clap reads the arguments.
    let asked = colour_asked(args.iter().skip(1).cloned());
    let clap_colour = match asked {
        When::Auto => clap::ColorChoice::Auto,
        When::Always => clap::ColorChoice::Always,
        When::Never => clap::ColorChoice::Never,
    };
    let parsed = Cli::command()
        .color(clap_colour)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            // Help, version and usage errors: rendered again in the user's
            // language (only on this path, so a normal run pays nothing).
            let early = language::Early::scan(args.get(1..).unwrap_or_default());
            let dir = early.dir.unwrap_or_else(|| PathBuf::from("."));
            let lang = language::resolve(early.lang, &dir);
            help::print_usage_error(e, &args, lang, Colours::of_process(asked));
            return ExitCode::from(code);
        }
    };
    let dir = cli.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let env = Env {
        dir,
        lang: cli.lang,
        out: Output::of_process(cli.color.into()),
    };
    let result = match cli.command {
        Command::Init(args) => init::run(&env, args),
        Command::Import(args) => import::run(&env, args),
        Command::New(args) => new::run(&env, args),
        Command::Set(args) => set::run(&env, args),
        Command::List(args) => list::run(&env, args),
        Command::Show(args) => show::run(&env, args),
        Command::Validate(args) => validate::run(&env, args),
        Command::Status(args) => status::run(&env, args),
        Command::Backlog(args) => backlog::run(&env, args),
        Command::Actions(args) => actions::run(&env, args),
        Command::Calendar(args) => calendar::run(&env, args),
        Command::Meeting(args) => meeting::run(&env, args),
        Command::Roadmap(args) => roadmap::run(&env, args),
        Command::Schema(args) => schema::run(&env, args),
        Command::Renumber(args) => renumber::run(&env, args),
        Command::Trace(args) => trace::run(&env, args),
        Command::Log(args) => log::run(&env, args),
        Command::Release(args) => release::run(&env, args),
        Command::Publish(args) => publish::run(&env, args),
        Command::Config(args) => config::run(&env, args),
        Command::Completions(args) => completions::run(&env, args),
        Command::Man(args) => man::run(&env, args),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Ok(Outcome::Incomplete) => ExitCode::from(2),
        Err(e) => report(&e, language::resolve(env.lang, &env.dir)),
    }
}

/// The `--color` the arguments ask for (the last one wins, as in clap),
/// `auto` when none or an unknown value (clap then says what is wrong).
fn colour_asked(args: impl Iterator<Item = OsString>) -> When {
    let mut when = When::Auto;
    let mut args = args.map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--" => break,
            "--color" => args.next(),
            other => other.strip_prefix("--color=").map(str::to_string),
        };
        when = match value.as_deref() {
            Some("always") => When::Always,
            Some("never") => When::Never,
            Some(_) => When::Auto,
            None => when,
        };
    }
    when
}

/// Prints an error (and its hint) in `lang` and gives the exit code for it.
/// The language is resolved when the error happens (see `language`), so an
/// error about a gov.yaml that cannot be loaded still follows its `lang:`.
fn report(err: &anyhow::Error, lang: Lang) -> ExitCode {
    if let Some(io) = err.downcast_ref::<std::io::Error>()
        && io.kind() == std::io::ErrorKind::BrokenPipe
    {
        return ExitCode::SUCCESS;
    }
    let (label, hint_label) = (t(lang, ErrorMsg::ErrorLabel), t(lang, ErrorMsg::HintLabel));
    // The message may quote a record's ID, path or title: escaped.
    output::eprint_line(&format!("{label}: {}", message(err, lang)));
    if let Some(hint) = err.downcast_ref::<Error>().and_then(|e| e.hint(lang)) {
        output::eprint_line(&format!("{hint_label}: {hint}"));
    }
    ExitCode::from(2)
}

/// An error's message in `lang`: gov's own errors from the catalogue
/// (with what the operating system said, where it is one of the common
/// complaints), each context around them as written.
fn message(err: &anyhow::Error, lang: Lang) -> String {
    let mut parts = Vec::new();
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<Error>() {
            parts.push(e.message(lang));
            break;
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            parts.push(crate::error::io_cause(lang, io));
            break;
        }
        parts.push(cause.to_string());
    }
    parts.join(": ")
}

/// Writes text that may quote the command line back (clap's messages),
/// escaped when an argument holds a control character.
fn write_quoting_args(text: &str, args: &[std::ffi::OsString], to_stderr: bool) {
    let hostile = args.iter().any(|a| {
        let a = a.to_string_lossy();
        a.chars().any(crate::render::escape::is_control)
    });
    let text = if hostile {
        crate::render::escape::text(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    if to_stderr {
        let _ = write!(std::io::stderr().lock(), "{text}");
    } else {
        let _ = write!(std::io::stdout().lock(), "{text}");
    }
}

/// The result type of a subcommand.
pub type CmdResult = anyhow::Result<Outcome>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_colour_asked_for_is_found_before_clap_reads_the_arguments() {
        let asked = |args: &[&str]| colour_asked(args.iter().map(OsString::from));
        assert_eq!(asked(&[]), When::Auto);
        assert_eq!(asked(&["status", "--color", "always"]), When::Always);
        assert_eq!(asked(&["--color=never", "list"]), When::Never);
        assert_eq!(asked(&["--color=never", "--color", "always"]), When::Always);
        assert_eq!(asked(&["--color", "auto"]), When::Auto);
        assert_eq!(asked(&["--color"]), When::Auto);
        assert_eq!(asked(&["--color=blue"]), When::Auto);
        assert_eq!(asked(&["show", "--", "--color=never"]), When::Auto);
    }
}
