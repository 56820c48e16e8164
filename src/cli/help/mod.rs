//! Help, usage errors and the man page in the user's language. The clap
//! derive definitions stay as they are (their doc comments are the English
//! help); for another language the built command tree is walked and each
//! text replaced from the catalogue (`i18n::help`), keyed by command path
//! and argument id, together with what clap writes itself: headings,
//! `-h`/`-V`, the `help` subcommand, `[OPTIONS]`, possible and default
//! values. Completions stay as they are.

use std::ffi::OsString;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::i18n::help::{self as words, HelpMsg as H, text};
use crate::i18n::{Lang, t};
use crate::render::colour::Colours;
use crate::tr;

/// The command tree with its help in `lang`, built.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::En {
        cmd.build();
        return cmd;
    }
    cmd = localise(cmd, "gov", lang);
    cmd.build();
    built_ins(cmd, "gov", lang)
}

/// The doc-comment texts of one command and its arguments, recursively.
fn localise(mut cmd: Command, path: &str, lang: Lang) -> Command {
    if let Some(s) = text(lang, path, "") {
        cmd = cmd.about(s);
    }
    if let Some(s) = text(lang, path, "#long") {
        cmd = cmd.long_about(s);
    }
    if let Some(s) = text(lang, path, "#after") {
        cmd = cmd.after_help(s);
    }
    cmd = cmd
        .help_template(t(lang, H::Template))
        .subcommand_help_heading(t(lang, H::Commands))
        .subcommand_value_name(t(lang, H::CommandValue));
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let key = format!("{path} --{id}");
        cmd = cmd.mut_arg(&id, |arg| localise_arg(arg, &key, lang));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = format!("{path} {name}");
        cmd = cmd.mut_subcommand(&name, |sub| localise(sub, &sub_path, lang));
    }
    cmd
}

/// One argument: its help, value name, heading, possible and default values.
fn localise_arg(mut arg: Arg, key: &str, lang: Lang) -> Arg {
    if let Some(s) = text(lang, key, "") {
        arg = arg.help(s);
    }
    if let Some(s) = text(lang, key, "#long") {
        arg = arg.long_help(s);
    }
    if let Some(s) = text(lang, key, "#value") {
        arg = arg.value_name(s);
    }
    let heading = if arg.is_positional() {
        H::Arguments
    } else {
        H::Options
    };
    arg = arg.help_heading(t(lang, heading));
    if !arg.get_action().takes_values() {
        return arg;
    }
    // clap writes "[default: …]" and "Possible values:" itself: they are
    // hidden and written into the help text instead, on one line.
    let mut notes = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        arg = arg.hide_default_value(true);
        notes.push(tr!(lang, H::Default, value = defaults.join(", ")));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| match text_of_value(lang, key, v) {
            Some(help) => format!("{} ({help})", v.get_name()),
            None => v.get_name().to_string(),
        })
        .collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        arg = arg.hide_possible_values(true);
        notes.push(tr!(lang, H::PossibleValues, values = values.join(", ")));
    }
    if notes.is_empty() {
        return arg;
    }
    let notes = notes.join(" ");
    let short = arg.get_help().map(StyledStr::to_string).unwrap_or_default();
    if let Some(long) = arg.get_long_help().map(StyledStr::to_string) {
        arg = arg.long_help(format!("{long} {notes}"));
    }
    arg.help(format!("{short} {notes}").trim().to_string())
}

/// A possible value's help in `lang` (`--lang`'s `da: Dansk`).
fn text_of_value(lang: Lang, key: &str, v: &clap::builder::PossibleValue) -> Option<String> {
    text(lang, key, &format!("={}", v.get_name()))
        .map(str::to_string)
        .or_else(|| v.get_help().map(StyledStr::to_string))
}

/// What clap adds while building: `-h`, `-V`, the `help` subcommand (and
/// its copies of every command), and the usage line without `[OPTIONS]`.
fn built_ins(mut cmd: Command, path: &str, lang: Lang) -> Command {
    let long = cmd.get_arguments().any(|a| {
        a.get_id() == "help" && a.get_long_help().is_some() && a.get_help() != a.get_long_help()
    });
    let options = t(lang, H::Options);
    if cmd.get_arguments().any(|a| a.get_id() == "help") {
        cmd = cmd.mut_arg("help", |a| {
            let a = a.help_heading(options);
            if long {
                a.help(t(lang, H::HelpShort))
                    .long_help(t(lang, H::HelpLong))
            } else {
                a.help(t(lang, H::Help))
            }
        });
    }
    if cmd.get_arguments().any(|a| a.get_id() == "version") {
        cmd = cmd.mut_arg("version", |a| {
            a.help(t(lang, H::Version)).help_heading(options)
        });
    }
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    cmd = cmd.override_usage(usage.replace("[OPTIONS]", t(lang, H::OptionsValue)));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = format!("{path} {name}");
        cmd = cmd.mut_subcommand(&name, |mut sub| {
            if name == "help" {
                sub = localise_help_command(sub, lang);
            }
            built_ins(sub, &sub_path, lang)
        });
    }
    cmd
}

/// clap's `help` subcommand: its about and argument, and the abouts of the
/// copies of every command it holds.
fn localise_help_command(mut sub: Command, lang: Lang) -> Command {
    sub = sub
        .about(t(lang, H::HelpCommand))
        .help_template(t(lang, H::Template))
        .subcommand_help_heading(t(lang, H::Commands));
    if sub.get_arguments().any(|a| a.get_id() == "subcommand") {
        sub = sub.mut_arg("subcommand", |a| {
            a.help(t(lang, H::HelpCommandArg))
                .value_name(t(lang, H::CommandValue))
                .help_heading(t(lang, H::Arguments))
        });
    }
    let names: Vec<String> = sub
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        sub = sub.mut_subcommand(&name, |c| {
            if name == "help" {
                c.about(t(lang, H::HelpCommand))
            } else {
                c
            }
        });
    }
    sub
}

/// Prints clap's answer to a command line it did not run: help, version
/// or a usage error, in `lang`, escaped when an argument holds a control
/// character that would be quoted back.
pub fn print_usage_error(e: clap::Error, args: &[OsString], lang: Lang, colours: Colours) {
    let e = if lang == Lang::En {
        e
    } else {
        match command(lang).try_get_matches_from(args) {
            Err(again) => again,
            Ok(_) => e,
        }
    };
    let hostile = args.iter().any(|a| {
        a.to_string_lossy()
            .chars()
            .any(crate::render::escape::is_control)
    });
    if lang == Lang::En && !hostile {
        let _ = e.print();
        return;
    }
    let colour = !hostile
        && if e.use_stderr() {
            colours.stderr
        } else {
            colours.stdout
        };
    let text = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            if colour =>
        {
            e.render().ansi().to_string()
        }
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.render().to_string(),
        _ if lang == Lang::En => e.render().to_string(),
        _ => usage_error(&e, lang),
    };
    super::write_quoting_args(&text, args, e.use_stderr());
}

/// A usage error in words of the catalogue: what is wrong, a suggestion
/// when clap has one, the usage line and where to read more.
fn usage_error(e: &clap::Error, lang: Lang) -> String {
    let get = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let (arg, value) = (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue));
    let message = match e.kind() {
        ErrorKind::InvalidSubcommand => tr!(
            lang,
            H::UnknownCommand,
            value = get(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::UnknownArgument => tr!(lang, H::UnknownArgument, arg),
        ErrorKind::InvalidValue if value.is_empty() => tr!(lang, H::MissingValue, arg),
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue);
            tr!(lang, H::InvalidValue, value, arg, valid)
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)
                .map(|s| match s.downcast_ref::<crate::date::DateError>() {
                    Some(d) => d.message(lang),
                    None => s.to_string(),
                })
                .unwrap_or_default();
            tr!(lang, H::BadValue, value, arg, reason)
        }
        ErrorKind::MissingRequiredArgument => tr!(lang, H::MissingArgument, arg),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg);
            tr!(lang, H::Conflict, arg, other)
        }
        ErrorKind::MissingSubcommand => tr!(lang, H::MissingCommand),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            tr!(lang, H::WrongNumber, arg)
        }
        ErrorKind::NoEquals => tr!(lang, H::NoEquals, arg),
        _ => return e.render().to_string(),
    };
    let mut out = format!(
        "{}: {message}\n",
        t(lang, crate::i18n::ErrorMsg::ErrorLabel)
    );
    let suggested = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .map(get)
    .into_iter()
    .find(|s| !s.is_empty());
    if let Some(nearest) = suggested {
        out.push_str(&format!("\n  {}\n", tr!(lang, H::DidYouMean, nearest)));
    }
    let usage = get(ContextKind::Usage);
    if let Some(usage) = usage.strip_prefix("Usage: ") {
        out.push_str(&format!("\n{} {usage}\n", t(lang, H::UsageHeading)));
    }
    out.push_str(&format!("\n{}\n", t(lang, H::MoreWithHelp)));
    out
}

/// The man page in `lang`: clap_mangen over the localised tree, its
/// section headings (which it writes itself) in the language too.
pub fn man_page(lang: Lang) -> std::io::Result<String> {
    let mut out = Vec::new();
    clap_mangen::Man::new(command(lang)).render(&mut out)?;
    let text = String::from_utf8_lossy(&out).into_owned();
    if lang == Lang::En {
        return Ok(text);
    }
    let heading = |line: &str| -> String {
        let Some(name) = line.strip_prefix(".SH ") else {
            return line.to_string();
        };
        let name = name.trim_matches('"');
        let name = if name == t(lang, H::Commands) {
            "SUBCOMMANDS"
        } else {
            name
        };
        match words::man_heading(lang, name) {
            Some(h) => format!(".SH {h}"),
            None => line.to_string(),
        }
    };
    let mut page: String = text.lines().map(heading).collect::<Vec<_>>().join("\n");
    page.push('\n');
    Ok(page)
}

#[cfg(test)]
mod tests;
