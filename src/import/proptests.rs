//! Properties of the readers: no text makes any of them panic, and a
//! bold-key line as the community writes it reads back to its key and
//! value, at the column where the value starts.

use proptest::prelude::*;

use super::tests::{FORGE, config};
use super::*;

/// Markdown-ish text: the characters the readers look at, Danish letters,
/// line breaks and a few whole lines they care about.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[ -~æøåÆØÅ\u{30a}\t]{0,12}",
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("- **Dato**: ".to_string()),
        Just("**Status:** ".to_string()),
        Just("- [x] ".to_string()),
        Just("- []".to_string()),
        Just("> - 2.1 ".to_string()),
        Just("#### 1. ".to_string()),
        Just("## Dagsorden\n".to_string()),
        Just("## AGENDA\n".to_string()),
        Just("## dagsORDEN:\n".to_string()),
        Just("**Agenda**".to_string()),
        Just("1. ".to_string()),
        Just("- 2.1 ".to_string()),
        Just("## Status\n".to_string()),
        Just("#### Deltagere:\n".to_string()),
        Just("---\nstatus: x\n---\n".to_string()),
        Just("[a](../b.md)".to_string()),
        Just("4. juni 2026".to_string()),
        Just("kl. 13 - 14:30".to_string()),
        Just("MØDET BLEV AFLYST".to_string()),
        Just("```\n".to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn key() -> impl Strategy<Value = String> {
    "[A-Za-zæøåÆØÅ][a-zæøå ]{0,15}[a-zæøå]".prop_filter("no double spaces", |k| !k.contains("  "))
}

fn value() -> impl Strategy<Value = String> {
    "[A-Za-z0-9æøåÆØÅ.,()/-][A-Za-z0-9æøåÆØÅ.,()/ -]{0,30}[A-Za-z0-9æøåÆØÅ.,()/-]"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_text_makes_a_reader_panic(text in markdownish(), name in prop_oneof![
        Just("beslutninger/x.md"), Just("moeder/sg/20260806_x.md"), Just("doc/adr/0001-x.md"),
        Just("docs/adr/20240115-x.md"), Just("README.md"), Just("x.json"),
    ]) {
        let config = config();
        let ctx = Context { config: &config, path: name, forge_url: Some(FORGE), first_commit: None };
        let formats = [None, Some(Format::Markdown), Some(Format::AdrTools), Some(Format::Madr), Some(Format::Log4brains)];
        for format in formats {
            let i = read(&text, &ctx, format);
            for r in &i.metadata_lines {
                prop_assert!(r.start <= r.end && r.end <= text.len());
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
        let _ = log4brains::folders(&text);
        let _ = github_issues::read(&text, &github_issues::LabelMapping::default());
    }

    #[test]
    fn a_bold_key_line_reads_back(key in key(), value in value(), inside in any::<bool>(), spaces in any::<bool>()) {
        let line = bold_keys::write(&key, &value, inside);
        let text = format!("# T\n\n{line}{}\n", if spaces { "  " } else { "" });
        let lines = crate::markdown::Markdown::lines(&text, 0..text.len());
        let got = lines.iter().find_map(|l| bold_keys::key_line(l, false));
        let got = got.expect("a key line");
        prop_assert_eq!(got.key, key.trim());
        prop_assert_eq!(&got.value, value.trim());
        let prefix = line.split_at(line.len() - value.len()).0;
        prop_assert_eq!(got.at, (3, prefix.chars().count() + 1));
        prop_assert_eq!(&text[got.line.clone()], format!("{line}{}\n", if spaces { "  " } else { "" }));
    }

    #[test]
    fn the_agenda_look_never_spares_a_body_with_items(text in markdownish()) {
        let config = config();
        if !agenda::may_hold(&text) {
            prop_assert!(agenda::of_body(&text, 0..text.len(), &config).is_empty());
        }
        let md = crate::markdown::Markdown::read(&text, 0..text.len());
        prop_assert_eq!(
            agenda::of_read(&text, 0..text.len(), &md, &config),
            agenda::of_body(&text, 0..text.len(), &config)
        );
    }
}
