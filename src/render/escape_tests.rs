use super::*;
use proptest::prelude::*;

#[test]
fn attacks_become_visible() {
    assert_eq!(
        line("Titel\x1b]52;c;aGFjaw==\x07 \x1b[2J\x1b[H"),
        "Titel\\x1b]52;c;aGFjaw==\\x07 \\x1b[2J\\x1b[H"
    );
    assert_eq!(line("a\u{202e}cba\u{2066}"), "a\\u{202e}cba\\u{2066}");
    assert_eq!(line("c1\u{85}\u{9b}2J"), "c1\\u{85}\\u{9b}2J");
    assert_eq!(line("a\tb\r\nc\x7f"), "a\\tb\\r\\nc\\x7f");
    assert_eq!(text("a\tb\r\nc\rd\n"), "a\tb\r\nc\\rd\n");
}

#[test]
fn near_misses_stay() {
    // U+00A0 (after C1), U+2029 and U+2065, U+206A: next to the ranges.
    for s in [
        "\u{a0}", "\u{2029}", "\u{2065}", "\u{206a}", "\u{2000}", "æøå",
    ] {
        assert_eq!(line(s), s);
    }
}

#[test]
fn only_colour_codes_pass_the_last_check() {
    let keep = Keep::LineBreaksAndColour;
    assert_eq!(
        escape("\x1b[1mStatus\x1b[0m\n", keep),
        "\x1b[1mStatus\x1b[0m\n"
    );
    assert_eq!(escape("\x1b[1;31mx", keep), "\x1b[1;31mx");
    assert_eq!(escape("\x1b[2J", keep), "\\x1b[2J");
    assert_eq!(escape("\x1b[", keep), "\\x1b[");
    assert_eq!(escape("\x1b]52;c;eA==\x07", keep), "\\x1b]52;c;eA==\\x07");
    assert_eq!(escape("\x1b[1m", Keep::LineBreaks), "\\x1b[1m");
}

#[test]
fn markdown_cannot_end_a_cell_or_start_html() {
    assert_eq!(markdown("a|b\nc <!-- x"), "a\\|b c \\<!-- x");
    assert_eq!(markdown("ends in \\"), "ends in \\\\");
    assert_eq!(markdown("e\x1b[2J|"), "e\\\\x1b[2J\\|");
    assert_eq!(
        markdown("Fuld stop for nye ønsker"),
        "Fuld stop for nye ønsker"
    );
}

fn unsafe_in(s: &str, keep: Keep) -> Option<char> {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match c {
            '\n' | '\t' => keep != Keep::Nothing,
            '\r' => keep != Keep::Nothing && chars.peek() == Some(&'\n'),
            c => !is_control(c),
        };
        if !allowed {
            return Some(c);
        }
    }
    None
}

/// Any text, weighted towards controls, escape sequences and Danish.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\x1b]52;c;aGFjaw==\x07".to_string()),
        Just("\x1b[2J".to_string()),
        Just("\x1b[1m".to_string()),
        Just("\r\n".to_string()),
        Just("\u{202e}".to_string()),
        Just("æøåÆØÅ é".to_string()),
        // Near misses: first bytes shared with C1 (C2) and bidi (E2 80).
        Just("…·→\u{a0}\u{2029}\u{2065}".to_string()),
        Just("x".repeat(31)),
        "[\\x00-\\x7f\\u{80}-\\u{a0}\\u{2028}-\\u{206f}]{0,6}",
        any::<String>(),
    ];
    proptest::collection::vec(piece, 0..8).prop_map(|p| p.concat())
}

proptest! {
    /// A table's check agrees with escaping line by line.
    #[test]
    fn plain_lines_agrees(s in hostile()) {
        let clean = s.split('\n').all(|l| matches!(line(l), Cow::Borrowed(_)));
        let expected = clean.then(|| s.matches('\n').count());
        prop_assert_eq!(plain_lines(&s), expected);
    }

    /// The first control is where escaping starts to change the text.
    #[test]
    fn first_control_agrees(s in hostile()) {
        let out = line(&s);
        match first_control(&s) {
            None => prop_assert!(matches!(out, Cow::Borrowed(_))),
            Some(at) => {
                prop_assert_eq!(&out[..at], &s[..at]);
                prop_assert!(is_control(s[at..].chars().next().unwrap()));
            }
        }
    }

    /// No control character survives, whatever the text.
    #[test]
    fn no_control_survives(s in hostile()) {
        for keep in [Keep::Nothing, Keep::LineBreaks] {
            let out = escape(&s, keep);
            prop_assert_eq!(unsafe_in(&out, keep), None, "{:?} -> {:?}", s, out);
            // Escaped text is printable: escaping it again changes nothing.
            prop_assert_eq!(escape(&out, keep), out.clone());
        }
        let md = markdown(&s);
        prop_assert_eq!(unsafe_in(&md, Keep::Nothing), None);
        let last = escape(&s, Keep::LineBreaksAndColour);
        let banned = ['\x07', '\u{9b}', '\u{202e}'];
        prop_assert!(!last.contains(banned), "{:?}", last);
        prop_assert!(!last.contains("\x1b]"), "{:?}", last);
    }

    /// Printable text, Danish letters and combining accents included,
    /// is never changed.
    #[test]
    fn printable_text_is_unchanged(s in "[ -~æøåÆØÅ\\u{301}\\u{308}\\u{a0}-\\u{2027}\\u{2030}-\\u{2065}\\u{206a}-\\u{ffff}]{0,40}") {
        prop_assert!(matches!(line(&s), Cow::Borrowed(_)));
        prop_assert_eq!(line(&s), s.as_str());
        prop_assert_eq!(text(&s), s.as_str());
    }

    /// A text with line breaks keeps them and its printable lines.
    #[test]
    fn lines_are_kept(lines in proptest::collection::vec("[ -~æøå]{0,20}", 0..5)) {
        let s = lines.join("\n");
        prop_assert_eq!(text(&s), s.as_str());
    }
}
