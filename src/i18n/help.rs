//! The help texts of the command line and the man page, in Danish and
//! English, keyed by command path and argument id (`gov new`,
//! `gov new --title`, `gov new --title #long`, `gov --lang =da`), and the
//! words clap writes itself ([`HelpMsg`]). The English is the doc comment
//! of the derive definition, repeated here so that a test sees when the
//! two part: a changed doc comment then asks for its Danish too.

use super::{Lang, catalogue};

mod calendar;
mod commands;
mod import;
mod meeting;
mod plan;
mod publish;
mod records;
mod reports;

/// One help text: a command's about, long about or examples, or an
/// argument's help, long help, value name or possible value.
pub struct HelpText {
    /// `gov new`, `gov new #long`, `gov new --title`, `gov --lang =da`.
    pub key: &'static str,
    /// Danish.
    pub da: &'static str,
    /// English, as the derive definition has it.
    pub en: &'static str,
}

/// Every help text, in the order of the command tree.
pub fn all() -> impl Iterator<Item = &'static HelpText> {
    commands::HELP
        .iter()
        .chain(records::HELP)
        .chain(reports::HELP)
        .chain(import::HELP)
        .chain(publish::HELP)
        .chain(calendar::HELP)
        .chain(meeting::HELP)
        .chain(plan::HELP)
}

/// The help text of `key` plus `suffix` (`""`, `#long`, `#after`,
/// `#value`, `=da`) in `lang`, when the catalogue has one.
pub fn text(lang: Lang, key: &str, suffix: &str) -> Option<&'static str> {
    let entry = all().find(|h| {
        h.key.len() == key.len() + suffix.len() + usize::from(!suffix.is_empty())
            && h.key.starts_with(key)
            && h.key.ends_with(suffix)
            && (suffix.is_empty() || h.key.as_bytes()[key.len()] == b' ')
    })?;
    Some(match lang {
        Lang::Da => entry.da,
        Lang::En => entry.en,
    })
}

/// A section heading of the man page (clap_mangen writes them in English).
pub fn man_heading(lang: Lang, english: &str) -> Option<&'static str> {
    let key = match english {
        "NAME" => HelpMsg::ManName,
        "SYNOPSIS" => HelpMsg::ManSynopsis,
        "DESCRIPTION" => HelpMsg::ManDescription,
        "OPTIONS" => HelpMsg::ManOptions,
        "SUBCOMMANDS" => HelpMsg::ManCommands,
        "EXTRA" => HelpMsg::ManExtra,
        "VERSION" => HelpMsg::ManVersion,
        "AUTHORS" => HelpMsg::ManAuthors,
        _ => return None,
    };
    Some(super::t(lang, key))
}

catalogue! {
    /// What clap writes itself around the help texts.
    pub enum HelpMsg {
        /// The layout of a help page, with the usage heading in words.
        Template {
            da: "{before-help}{about-with-newline}\nBrug: {usage}\n\n{all-args}{after-help}",
            en: "{before-help}{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
        }
        /// The usage heading of a usage error.
        UsageHeading { da: "Brug:", en: "Usage:" }
        /// Heading of the subcommands.
        Commands { da: "Kommandoer", en: "Commands" }
        /// Heading of the positional arguments.
        Arguments { da: "Argumenter", en: "Arguments" }
        /// Heading of the options.
        Options { da: "Tilvalg", en: "Options" }
        /// `[OPTIONS]` in a usage line.
        OptionsValue { da: "[TILVALG]", en: "[OPTIONS]" }
        /// `<COMMAND>` in a usage line.
        CommandValue { da: "KOMMANDO", en: "COMMAND" }
        /// `-h` when there is a longer `--help`.
        HelpShort { da: "Vis hjælp (mere med '--help')", en: "Print help (see more with '--help')" }
        /// `--help` when there is a shorter `-h`.
        HelpLong { da: "Vis hjælp (et kort overblik med '-h')", en: "Print help (see a summary with '-h')" }
        /// `-h, --help`.
        Help { da: "Vis hjælp", en: "Print help" }
        /// `-V, --version`.
        Version { da: "Vis versionen", en: "Print version" }
        /// The `help` subcommand.
        HelpCommand {
            da: "Vis denne hjælp eller hjælpen til de angivne kommandoer",
            en: "Print this message or the help of the given subcommand(s)",
        }
        /// The `help` subcommand's argument.
        HelpCommandArg { da: "Vis hjælpen til kommandoerne", en: "Print help for the subcommand(s)" }
        /// The possible values after an argument's help.
        PossibleValues { da: "[mulige værdier: {values}]", en: "[possible values: {values}]" }
        /// Heading of the possible values in the long help.
        PossibleValuesHeading { da: "Mulige værdier:", en: "Possible values:" }
        /// The default value after an argument's help.
        Default { da: "[standard: {value}]", en: "[default: {value}]" }
        /// Usage error: an unknown subcommand.
        UnknownCommand { da: "ukendt kommando '{value}'", en: "unrecognized subcommand '{value}'" }
        /// Usage error: an unknown argument.
        UnknownArgument { da: "ukendt argument '{arg}'", en: "unexpected argument '{arg}' found" }
        /// Usage error: an argument without its value.
        MissingValue { da: "'{arg}' mangler en værdi", en: "a value is required for '{arg}' but none was supplied" }
        /// Usage error: a value outside the possible values.
        InvalidValue {
            da: "'{value}' er ikke en mulig værdi for '{arg}'; mulige værdier: {valid}",
            en: "invalid value '{value}' for '{arg}'; possible values: {valid}",
        }
        /// Usage error: a value its parser refused.
        BadValue {
            da: "ugyldig værdi '{value}' for '{arg}': {reason}",
            en: "invalid value '{value}' for '{arg}': {reason}",
        }
        /// Usage error: required arguments missing.
        MissingArgument {
            da: "disse argumenter skal angives: {arg}",
            en: "the following required arguments were not provided: {arg}",
        }
        /// Usage error: two arguments that exclude each other.
        Conflict {
            da: "'{arg}' kan ikke bruges sammen med '{other}'",
            en: "the argument '{arg}' cannot be used with '{other}'",
        }
        /// Usage error: a command that needs a subcommand.
        MissingCommand { da: "angiv en underkommando", en: "a subcommand is required" }
        /// Usage error: too many or too few values.
        WrongNumber { da: "forkert antal værdier for '{arg}'", en: "wrong number of values for '{arg}'" }
        /// Usage error: `--flag value` where `--flag=value` is needed.
        NoEquals { da: "'{arg}' skal skrives med '='", en: "equal sign is needed when assigning values to '{arg}'" }
        /// Usage error: the nearest known word.
        DidYouMean { da: "tip: mente du '{nearest}'?", en: "tip: a similar one exists: '{nearest}'" }
        /// Usage error: the closing line.
        MoreWithHelp { da: "Se mere med '--help'.", en: "For more information, try '--help'." }
        /// Man page heading: NAME.
        ManName { da: "NAVN", en: "NAME" }
        /// Man page heading: SYNOPSIS.
        ManSynopsis { da: "BRUG", en: "SYNOPSIS" }
        /// Man page heading: DESCRIPTION.
        ManDescription { da: "BESKRIVELSE", en: "DESCRIPTION" }
        /// Man page heading: OPTIONS.
        ManOptions { da: "TILVALG", en: "OPTIONS" }
        /// Man page heading: SUBCOMMANDS.
        ManCommands { da: "KOMMANDOER", en: "SUBCOMMANDS" }
        /// Man page heading: EXTRA (gov's examples).
        ManExtra { da: "EKSEMPLER", en: "EXTRA" }
        /// Man page heading: VERSION.
        ManVersion { da: "VERSION", en: "VERSION" }
        /// Man page heading: AUTHORS.
        ManAuthors { da: "FORFATTERE", en: "AUTHORS" }
    }
}
