//! The meeting field model (DEC-0038): `invited`, `present`, `apologies`,
//! `absent`, `guests`, `chair`, `note_taker`, `start`, `end`, `place`,
//! `body`, `decisions`. The built-in templates write them, the schema
//! takes them, and the older names (`participants`, `secretary`) stay
//! valid and are still read.

use crate::env::TestEnv;

/// A meeting naming Jens Holm under `key` (written as `value`), with an
/// overdue action item for `@jens`.
fn meeting(key: &str, value: &str) -> String {
    format!(
        "---\nid: MTG-0001\ntitle: Styregruppemøde\nstatus: Afholdt\ndate: 2026-10-08\n{key}: {value}\n---\n# Styregruppemøde\n\n## Opfølgning\n\n- [ ] @jens Book lokale (due 2026-10-20)\n"
    )
}

#[test]
fn every_name_of_a_person_in_a_meeting_resolves_an_action_item_owner() {
    for (key, value) in [
        ("invited", "[Jens Holm]"),
        ("present", "[Jens Holm]"),
        ("apologies", "[Jens Holm]"),
        ("absent", "[Jens Holm]"),
        ("guests", "[Jens Holm]"),
        ("chair", "Jens Holm"),
        ("note_taker", "Jens Holm"),
        ("participants", "[Jens Holm]"),
        ("secretary", "Jens Holm"),
    ] {
        let env = TestEnv::new();
        env.write("meetings/MTG-0001-m.md", &meeting(key, value));
        let json = env.gov(&["status", "--format", "json"]).json();
        assert_eq!(json["overdue"][0]["owner"], "Jens Holm", "{key}: {json}");
    }
}

#[test]
fn a_new_meeting_has_the_field_model_and_validates() {
    for lang in ["da", "en"] {
        let env = TestEnv::empty();
        env.git(&["init", "-q", "-b", "main"]);
        env.gov(&["init", "--lang", lang]).ok();
        env.gov(&["new", "meeting", "--title", "Styregruppemøde"])
            .ok();
        let text = env.read("meetings/MTG-0001-styregruppemoede.md");
        for key in [
            "start:",
            "end:",
            "place:",
            "body:",
            "invited:",
            "present:",
            "apologies:",
            "absent:",
            "guests:",
            "chair:",
            "note_taker:",
            "decisions:",
        ] {
            assert!(text.contains(&format!("\n{key}")), "{lang} {key}: {text}");
        }
        assert!(!text.contains("participants:") && !text.contains("secretary:"));
        let out = env.gov(&["validate"]);
        assert_eq!(out.code, 0, "{lang}: {}{}", out.stdout, out.stderr);
    }
}

#[test]
fn the_schema_takes_the_new_fields_and_still_the_old_names() {
    let env = TestEnv::new();
    env.write(
        "meetings/MTG-0001-ny.md",
        "---\nid: MTG-0001\ntitle: Ny\nstatus: Referat godkendt\ndate: 2026-10-08\nstart: \"13:00\"\nend: \"14:30\"\nplace: Virtuel\nbody: styregruppe\ninvited: [Agnete Moos, Jens Holm, Sofie Søndergaard]\npresent: [Agnete Moos]\napologies: [Jens Holm]\nabsent: [Sofie Søndergaard]\nguests: [Leverandøren]\nchair: Agnete Moos\nnote_taker: Jens Holm\ndecisions: [DEC-0001]\n---\n# Ny\n",
    );
    env.write(
        "meetings/MTG-0002-gammel.md",
        "---\nid: MTG-0002\ntitle: Gammel\nstatus: Afholdt\ndate: 2026-09-08\nparticipants: [Agnete Moos]\nabsent: [Jens Holm]\nsecretary: Jens Holm\n---\n# Gammel\n",
    );
    env.write(
        "decisions/DEC-0001-x.md",
        "---\nid: DEC-0001\ntitle: X\nstatus: Accepteret\ndate: 2026-10-08\n---\n# X\n",
    );
    let out = env.gov(&["validate"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    // A wrong shape under a new name is refused.
    env.write(
        "meetings/MTG-0003-forkert.md",
        "---\nid: MTG-0003\ntitle: Forkert\nstatus: Afholdt\ndate: 2026-09-08\npresent: Agnete Moos\nnote_taker: [Jens Holm]\n---\n# Forkert\n",
    );
    let out = env.gov(&["validate", "--format", "json"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("/present") && out.stdout.contains("/note_taker"),
        "{}",
        out.stdout
    );
}
