//! The community's own words for decision types (`Strategisk`,
//! `Operationel`, `Strategisk beslutning`, `Arkitektur`, `[SDR]`) are
//! types, not errors, in `validate`, `list` and `set` alike: any case,
//! either Unicode form.

use crate::env::TestEnv;

/// A decision with `type` written as `word`.
fn decision(n: u32, word: &str) -> String {
    format!(
        "---\nid: DEC-{n:04}\ntitle: Beslutning {n}\nstatus: Accepteret\ndate: 2026-06-04\ntype: {word}\n---\n\n# Beslutning {n}\n"
    )
}

/// What the community writes, with the type id it stands for.
const WORDS: &[(&str, &str)] = &[
    ("Strategisk", "strategic"),
    ("Operationel", "operational"),
    ("Strategisk beslutning", "strategic"),
    ("STRATEGISK BESLUTNING", "strategic"),
    ("Arkitektur", "architecture"),
    ("\"[SDR]\"", "strategic"),
    ("\"[odr]\"", "operational"),
    ("sdr", "strategic"),
    ("Architecture decision", "architecture"),
];

fn env_with_words() -> TestEnv {
    let env = TestEnv::new();
    for (i, (word, _)) in WORDS.iter().enumerate() {
        let n = i as u32 + 1;
        env.write(&format!("decisions/DEC-{n:04}-b.md"), &decision(n, word));
    }
    env
}

#[test]
fn validate_takes_the_community_words_as_types() {
    let env = env_with_words();
    let out = env.gov(&["validate", "--format", "json"]);
    let json = out.json();
    let text = json.to_string();
    assert!(!text.contains("GOV010"), "{text}");
    assert_eq!(out.code, 0, "{text}");
}

#[test]
fn validate_still_refuses_a_word_that_is_no_type() {
    let env = TestEnv::new();
    env.write("decisions/DEC-0001-b.md", &decision(1, "Hemmelig"));
    let out = env.gov(&["validate", "--format", "json"]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("GOV010"), "{}", out.stdout);
}

#[test]
fn list_shows_the_canonical_type_of_each_word() {
    let env = env_with_words();
    let json = env.gov(&["list", "--format", "json"]).json();
    let rows = json.as_array().expect("a list");
    assert_eq!(rows.len(), WORDS.len());
    for (i, (word, id)) in WORDS.iter().enumerate() {
        assert_eq!(rows[i]["type"], *id, "{word}: {}", rows[i]);
    }
}

#[test]
fn set_accepts_a_community_word_as_type() {
    let env = TestEnv::new();
    env.write("decisions/DEC-0001-b.md", &decision(1, "strategic"));
    for word in [
        "Operationel",
        "Strategisk beslutning",
        "Arkitektur",
        "[SDR]",
    ] {
        let out = env.gov(&["set", "DEC-0001", &format!("type={word}")]);
        assert_eq!(out.code, 0, "{word}: {}", out.stderr);
        assert!(env.read("decisions/DEC-0001-b.md").contains(word), "{word}");
    }
}

#[test]
fn a_type_alias_matches_in_either_unicode_form_and_any_case() {
    let env = TestEnv::new();
    env.write(
        "gov.yaml",
        "lang: da\nkinds:\n  decision:\n    types:\n      - { id: strategic, short: SDR, labels: { da: Strategisk beslutning, en: Strategic decision }, aliases: [tværgående] }\n",
    );
    // `å` as `a` + combining ring, as macOS and some web editors write it.
    env.write(
        "decisions/DEC-0001-b.md",
        &decision(1, "Tværga\u{030A}ende"),
    );
    env.write("decisions/DEC-0002-b.md", &decision(2, "TVÆRGÅENDE"));
    let json = env.gov(&["list", "--format", "json"]).json();
    assert_eq!(json[0]["type"], "strategic", "{json}");
    assert_eq!(json[1]["type"], "strategic", "{json}");
    let out = env.gov(&["validate", "--format", "json"]);
    assert!(!out.json().to_string().contains("GOV010"), "{}", out.stdout);
}
