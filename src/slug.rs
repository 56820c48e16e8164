//! File-name slugs from titles: readable, ASCII, and unable to leave the
//! record folder (only `a-z`, `0-9` and `-` survive).

/// The longest slug, in bytes; long titles are cut at a word boundary.
pub const MAX_LEN: usize = 60;

/// Transliterates one character the way Danish readers expect (æ→ae, ø→oe,
/// å→aa) and folds common accented Latin letters to their base letter.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'Æ' | 'ä' | 'Ä' => "ae",
        'ø' | 'Ø' | 'ö' | 'Ö' => "oe",
        'å' | 'Å' => "aa",
        'ü' | 'Ü' => "ue",
        'ß' => "ss",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'á' | 'à' | 'â' | 'ã' | 'Á' | 'À' | 'Â' | 'Ã' => "a",
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => "i",
        'ó' | 'ò' | 'ô' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Õ' => "o",
        'ú' | 'ù' | 'û' | 'Ú' | 'Ù' | 'Û' => "u",
        'ç' | 'Ç' => "c",
        'ñ' | 'Ñ' => "n",
        'ý' | 'ÿ' | 'Ý' => "y",
        _ => return None,
    })
}

/// A slug for a title: `"Fuld stop for nye ønsker"` → `fuld-stop-for-nye-oensker`.
/// Never empty: a title with nothing usable gives `record`.
pub fn slug(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut dash = false;
    for c in title.chars() {
        let piece: Option<String> = if c.is_ascii_alphanumeric() {
            Some(c.to_ascii_lowercase().to_string())
        } else {
            fold(c).map(str::to_string)
        };
        match piece {
            Some(p) => {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push_str(&p);
            }
            None => dash = true,
        }
    }
    if out.len() > MAX_LEN {
        let cut = out[..MAX_LEN].rfind('-').filter(|&i| i > MAX_LEN / 2);
        out.truncate(cut.unwrap_or(MAX_LEN));
    }
    if out.is_empty() {
        out.push_str("record");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn danish_letters_are_transliterated() {
        assert_eq!(
            slug("Fuld stop for nye ønsker"),
            "fuld-stop-for-nye-oensker"
        );
        assert_eq!(
            slug("Årshjul & møder i Sønderborg"),
            "aarshjul-moeder-i-soenderborg"
        );
        assert_eq!(slug("[ODR]Fuld stop"), "odr-fuld-stop");
        assert_eq!(slug("Ændring: Café"), "aendring-cafe");
    }

    #[test]
    fn paths_cannot_escape() {
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("..."), "record");
        assert_eq!(slug(""), "record");
        assert_eq!(slug("/"), "record");
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let s = slug(&"styregruppe ".repeat(20));
        assert!(s.len() <= MAX_LEN, "{s}");
        assert!(!s.ends_with('-'));
        assert!(s.ends_with("styregruppe"));
    }

    proptest! {
        #[test]
        fn slugs_are_always_safe(title in ".{0,200}") {
            let s = slug(&title);
            prop_assert!(!s.is_empty() && s.len() <= MAX_LEN);
            prop_assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            prop_assert!(!s.starts_with('-') && !s.ends_with('-') && !s.contains("--"));
        }
    }
}
