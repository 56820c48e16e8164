use super::*;

/// Prints the English help texts of the derive in the catalogue's form
/// (`cargo test --lib dump_help -- --ignored --nocapture`).
#[test]
#[ignore]
fn dump_help() {
    let mut out = String::new();
    dump(&Cli::command(), "gov", &mut out);
    std::fs::write("/tmp/words-help-dump.txt", out).unwrap();
}

fn dump(cmd: &Command, path: &str, out: &mut String) {
    let mut entry = |key: String, en: String| {
        out.push_str(&format!("{key}\t{en:?}\n"));
    };
    if let Some(s) = cmd.get_about() {
        entry(path.to_string(), s.to_string());
    }
    if let Some(s) = cmd.get_long_about() {
        entry(format!("{path} #long"), s.to_string());
    }
    if let Some(s) = cmd.get_after_help() {
        entry(format!("{path} #after"), s.to_string());
    }
    for a in cmd.get_arguments() {
        let key = format!("{path} --{}", a.get_id());
        if let Some(s) = a.get_help() {
            entry(key.clone(), s.to_string());
        }
        if let Some(s) = a.get_long_help() {
            entry(format!("{key} #long"), s.to_string());
        }
        if let Some(names) = a
            .get_value_names()
            .filter(|_| a.get_action().takes_values())
        {
            entry(
                format!("{key} #value"),
                names
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        for v in a.get_possible_values() {
            if let Some(h) = v.get_help() {
                entry(format!("{key} ={}", v.get_name()), h.to_string());
            }
        }
    }
    for sub in cmd.get_subcommands() {
        dump(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

/// Every help text of the derive, with its catalogue key.
fn derive_texts() -> Vec<(String, String)> {
    let mut out = String::new();
    dump(&Cli::command(), "gov", &mut out);
    out.lines()
        .map(|l| {
            let (key, text) = l.split_once('\t').expect("key and text");
            let text: String = serde_json::from_str(text).expect("a JSON string");
            (key.to_string(), text)
        })
        .collect()
}

#[test]
fn the_catalogue_has_every_help_text_of_the_derive_as_it_is_written() {
    let derive = derive_texts();
    for (key, en) in &derive {
        let Some(entry) = words::all().find(|h| h.key == key) else {
            panic!("no help text `{key}` in the catalogue (i18n/help): add it in both languages");
        };
        assert_eq!(
            entry.en, en,
            "`{key}`: the doc comment changed; update the catalogue's English and Danish"
        );
    }
    for entry in words::all() {
        assert!(
            derive.iter().any(|(key, _)| key == entry.key),
            "`{}` in the catalogue names no command or argument",
            entry.key
        );
    }
}

#[test]
fn danish_help_replaces_every_text_and_heading() {
    let cmd = command(Lang::Da);
    let help = cmd.clone().render_long_help().to_string();
    for english in [
        "Usage:",
        "Options:",
        "Commands:",
        "Print help",
        "[OPTIONS]",
        "<COMMAND>",
    ] {
        assert!(!help.contains(english), "{english} in\n{help}");
    }
    assert!(help.contains("Brug: gov [TILVALG] <KOMMANDO>"), "{help}");
    let mut new = cmd.find_subcommand("new").expect("new").clone();
    let help = new.render_long_help().to_string();
    assert!(help.contains("--title <TITEL>"), "{help}");
    assert!(help.contains("Argumenter:"), "{help}");
    assert!(!help.contains("Possible values"), "{help}");
}

#[test]
fn english_help_is_clap_s_own() {
    let en = command(Lang::En).render_long_help().to_string();
    let mut plain = Cli::command();
    assert_eq!(en, plain.render_long_help().to_string());
}
