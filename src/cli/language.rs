//! The language of what gov says when no loaded configuration says it:
//! errors (also about a gov.yaml that cannot be read), `--help`, usage
//! errors and the man page. One order for all of them (DEC-0035):
//! `--lang`, then `GOV_LANG`, then the `lang:` of the repository's
//! gov.yaml (Danish, gov's default, when it names none), then the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `da`), then English.
//! Inside a repository this is the language its commands speak; outside
//! one, the user's locale decides.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::i18n::{self, Lang};

/// What the raw command line says before clap reads it: `--lang` and
/// `-C`, wherever they stand before a `--`. Help is rendered while clap
/// parses, so the language must be known first.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Early {
    /// `--lang da`, `--lang=da`.
    pub lang: Option<Lang>,
    /// `-C DIR`, `-CDIR`.
    pub dir: Option<PathBuf>,
}

impl Early {
    /// Scans the arguments (without the program name).
    pub fn scan(args: &[OsString]) -> Early {
        let mut early = Early::default();
        let mut words = args.iter().map(|a| a.to_string_lossy());
        while let Some(word) = words.next() {
            match &*word {
                "--" => break,
                "--lang" => early.lang = words.next().and_then(|v| Lang::parse(&v)),
                "-C" => early.dir = words.next().map(|v| PathBuf::from(&*v)),
                w => {
                    if let Some(v) = w.strip_prefix("--lang=") {
                        early.lang = Lang::parse(v);
                    } else if let Some(v) = w.strip_prefix("-C").filter(|v| !v.is_empty()) {
                        early.dir = Some(PathBuf::from(v));
                    }
                }
            }
        }
        early
    }
}

/// The language for `flag` (`--lang`) in the folder `dir`, in the order
/// above.
pub fn resolve(flag: Option<Lang>, dir: &Path) -> Lang {
    let var = |name: &str| std::env::var(name).ok();
    flag.or_else(|| i18n::from_env(var))
        .or_else(|| configured(dir))
        .or_else(|| i18n::from_locale(var))
        .unwrap_or(Lang::En)
}

/// The language of the gov repository around `dir`: its gov.yaml's `lang:`,
/// or gov's default when it names none; `None` outside a repository, or
/// when gov.yaml cannot be read (the error says so; this only picks the
/// language to say it in).
fn configured(dir: &Path) -> Option<Lang> {
    let root = crate::record::find_root(dir).ok()?;
    let file = root.join(crate::config::FILE_NAME);
    let bytes = crate::fsutil::read_regular_at_most(&file, crate::fsutil::Links::Follow, 1 << 20);
    let text = String::from_utf8(bytes.ok()?).ok()?;
    Some(i18n::from_config_text(&text).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(args: &[&str]) -> Early {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        Early::scan(&args)
    }

    #[test]
    fn lang_and_dir_are_found_anywhere_before_a_double_dash() {
        assert_eq!(scan(&["--lang", "da", "--help"]).lang, Some(Lang::Da));
        assert_eq!(scan(&["new", "--help", "--lang=en"]).lang, Some(Lang::En));
        assert_eq!(scan(&["-C", "x", "list"]).dir, Some(PathBuf::from("x")));
        assert_eq!(scan(&["-Cx", "list"]).dir, Some(PathBuf::from("x")));
        assert_eq!(scan(&["list", "--", "--lang", "da"]).lang, None);
        assert_eq!(scan(&["--lang", "sv"]).lang, None);
        assert_eq!(scan(&["--lang"]).lang, None);
    }
}
