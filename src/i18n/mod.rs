//! The one catalogue of everything gov says to people, in Danish and
//! English: words of reports and tables ([`Msg`]), findings
//! ([`FindingMsg`]), errors and hints ([`ErrorMsg`]), the command line's own
//! sentences ([`CliMsg`]), and the help texts and man page ([`help`]).
//!
//! Each entry is a key with a template in both languages; `{name}` in a
//! template is filled with the named argument ([`tr!`]). Keys are enum
//! variants, so a missing entry or a misspelt key is a compile error; a
//! test checks that both languages of every entry are present and name the
//! same placeholders. The catalogue is a leaf: it knows no domain type, so
//! the code beside each type (`check::messages`, `Error::message`) maps its
//! data to a key and arguments (DEC-0035 tells why not Fluent).
//!
//! Templates and status labels of records come from the configuration, not
//! from here.

use serde::{Deserialize, Serialize};

mod cli;
mod errors;
mod findings;
pub mod help;
mod init;
mod lang;
mod meeting;
mod plan;
mod site;
mod words;

pub use cli::CliMsg;
pub use errors::ErrorMsg;
pub use findings::FindingMsg;
pub use help::HelpMsg;
pub use init::InitMsg;
pub use lang::{from_config_text, from_env, from_locale};
pub use meeting::MeetingMsg;
pub use plan::PlanMsg;
pub use site::SiteMsg;
pub use words::Msg;

/// A language gov speaks. Danish first: it is the language of the first users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dansk.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// The language code as written in `gov.yaml` and in label maps.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// `da` or `en` as written in gov.yaml, `--lang` or `GOV_LANG`.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim() {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A word in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Labels {
    /// Danish.
    pub da: String,
    /// English.
    pub en: String,
}

impl Labels {
    /// The label in a language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }

    /// The same word in both languages: a name that has no translation.
    pub fn same(word: &str) -> Labels {
        Labels {
            da: word.to_string(),
            en: word.to_string(),
        }
    }

    /// The labels of a list in a language, joined by commas.
    pub fn join(all: &[Labels], lang: Lang) -> String {
        all.iter()
            .map(|l| l.get(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A key of the catalogue: a template in each language.
pub trait Key: Copy + std::fmt::Debug + 'static {
    /// Every key of this part of the catalogue, for the tests.
    const ALL: &'static [Self];
    /// The Danish and the English template.
    fn texts(self) -> (&'static str, &'static str);
}

/// Declares one part of the catalogue: an enum of keys and, for each, its
/// Danish and English template. A key without both is a compile error.
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[doc = $doc:literal])*
                $key:ident { da: $da:expr, en: $en:expr $(,)? }
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $( $(#[doc = $doc])* $key, )*
        }

        impl $crate::i18n::Key for $name {
            const ALL: &'static [Self] = &[$($name::$key,)*];
            fn texts(self) -> (&'static str, &'static str) {
                match self {
                    $($name::$key => ($da, $en),)*
                }
            }
        }
    };
}
pub(crate) use catalogue;

/// The template of a key in a language, unfilled: for words and sentences
/// without placeholders.
pub fn t<K: Key>(lang: Lang, key: K) -> &'static str {
    let (da, en) = key.texts();
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// A template with each `{name}` replaced by the argument of that name.
/// `{` not followed by a name and `}` stay as they are, so templates can
/// show JSON or braces. A placeholder without an argument stays visible
/// (and fails the tests, which run with debug assertions).
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name = placeholder(after);
        match name.and_then(|n| args.iter().find(|(k, _)| *k == n)) {
            Some((n, value)) => {
                let _ = write!(out, "{value}");
                rest = &after[n.len() + 1..];
            }
            None => {
                debug_assert!(name.is_none(), "no argument for {{{}}}", name.unwrap_or(""));
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The name of a placeholder starting right after a `{`: lowercase
/// letters, digits and `_`, closed by `}`.
fn placeholder(after: &str) -> Option<&str> {
    let end = after.find('}')?;
    let name = &after[..end];
    let ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    ok.then_some(name)
}

/// The placeholders a template names, in order, for the tests.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .match_indices('{')
        .filter_map(|(i, _)| placeholder(&template[i + 1..]))
        .collect()
}

/// A catalogue entry in a language with its placeholders filled:
/// `tr!(lang, ErrorMsg::NotFound, id)` or `tr!(lang, Msg::X, n = count)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::i18n::fill(
            $crate::i18n::t($lang, $key),
            &[$((stringify!($name), &$crate::tr!(@value $name $($value)?) as &dyn ::std::fmt::Display)),*],
        )
    };
    (@value $name:ident $value:expr) => { $value };
    (@value $name:ident) => { $name };
}

/// A number of days, `1 dag`, `3 dage` / `1 day`, `3 days`.
pub fn days(lang: Lang, n: i64) -> String {
    let key = if n.abs() == 1 { Msg::OneDay } else { Msg::Days };
    tr!(lang, key, n)
}

/// The `README.md` that `gov init` puts in a record folder.
pub fn folder_readme(lang: Lang, label: &str, kind: &str, prefix: &str) -> String {
    tr!(lang, CliMsg::FolderReadme, label, kind, prefix)
}

/// The starting `gov.yaml` that `gov init` writes.
pub fn starter_config(lang: Lang) -> String {
    t(lang, CliMsg::StarterConfig).to_string()
}

#[cfg(test)]
mod tests;
