//! Which language to speak before (or without) a configuration: a
//! message about a broken gov.yaml, or `--help` outside a repository,
//! must still come in the user's language. The order, from the first that
//! says something (DEC-0035): `--lang`, `GOV_LANG`, the `lang:` of the
//! repository's gov.yaml (gov's default, Danish, when it names none),
//! the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: Danish when it starts with
//! `da`), and English when nothing says anything.

use super::Lang;

/// `GOV_LANG`, when it names a language gov speaks.
pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    var("GOV_LANG").and_then(|v| Lang::parse(&v))
}

/// The locale's language: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
/// that is set and not empty decides, as for every POSIX program. Danish
/// when it starts with `da` (`da_DK.UTF-8`), no preference for `C` and
/// `POSIX`, English for any other language.
pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()))?;
    if value.starts_with("da") {
        Some(Lang::Da)
    } else if value == "C" || value == "POSIX" || value.starts_with("C.") {
        None
    } else {
        Some(Lang::En)
    }
}

/// The `lang:` of a gov.yaml's text, read line by line so that a file
/// with a mistake elsewhere (the very file an error is about) still tells
/// the language; `None` when it names none or names one gov does not speak.
pub fn from_config_text(text: &str) -> Option<Lang> {
    text.lines().find_map(|line| {
        let value = line.strip_prefix("lang:")?;
        let value = value.split('#').next().unwrap_or_default();
        Lang::parse(value.trim().trim_matches(['"', '\'']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_locale_decides_in_posix_order() {
        assert_eq!(
            from_locale(vars(&[("LANG", "da_DK.UTF-8")])),
            Some(Lang::Da)
        );
        assert_eq!(
            from_locale(vars(&[("LANG", "en_GB.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(
            from_locale(vars(&[("LANG", "da_DK.UTF-8"), ("LC_ALL", "en_US.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(
            from_locale(vars(&[("LANG", "en_US"), ("LC_MESSAGES", "da_DK")])),
            Some(Lang::Da)
        );
        assert_eq!(
            from_locale(vars(&[("LC_ALL", ""), ("LANG", "da")])),
            Some(Lang::Da)
        );
        assert_eq!(from_locale(vars(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(from_locale(vars(&[("LANG", "POSIX")])), None);
        assert_eq!(from_locale(vars(&[])), None);
    }

    #[test]
    fn gov_lang_must_name_a_language() {
        assert_eq!(from_env(vars(&[("GOV_LANG", "da")])), Some(Lang::Da));
        assert_eq!(from_env(vars(&[("GOV_LANG", "sv")])), None);
        assert_eq!(from_env(vars(&[])), None);
    }

    #[test]
    fn the_language_of_a_broken_configuration_is_still_read() {
        let text = "# gov\nlang: en  # the community's language\nkinds: [\n";
        assert_eq!(from_config_text(text), Some(Lang::En));
        assert_eq!(from_config_text("lang: \"da\"\n"), Some(Lang::Da));
        assert_eq!(from_config_text("  lang: en\n"), None, "not top level");
        assert_eq!(from_config_text("language: en\n"), None);
        assert_eq!(from_config_text("lang: sv\n"), None);
    }
}
