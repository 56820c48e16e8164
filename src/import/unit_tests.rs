//! The small parts on their own: key lines, dates and times in free text,
//! the vocabulary, links, agenda numbers.

use super::tests::config;
use super::{agenda, bold_keys, dates, links, vocab};

#[test]
fn every_way_of_writing_a_key_line() {
    for (line, key, value) in [
        ("**Dato**: 2025-06-15", "Dato", "2025-06-15"),
        ("**Status:** Accepteret", "Status", "Accepteret"),
        ("**Status** : Accepteret", "Status", "Accepteret"),
        ("__Sted__: Virtuel", "Sted", "Virtuel"),
        ("**Tid:**06.08.2026", "Tid", "06.08.2026"),
        ("**Beslutningstagere**:", "Beslutningstagere", ""),
    ] {
        let (k, at, bold) = bold_keys::split_key(line, false).expect(line);
        assert_eq!((k, line[at..].trim(), bold), (key, value, true), "{line}");
    }
    for line in [
        "**Status**",
        "Status: x",
        "**Status** er godkendt: ja",
        "**[link](x)**: y",
        "****: y",
    ] {
        assert_eq!(bold_keys::split_key(line, false), None, "{line}");
    }
    assert_eq!(
        bold_keys::split_key("Status: accepted", true),
        Some(("Status", 7, false))
    );
    assert_eq!(
        bold_keys::split_key("Hvorfor: fordi", true),
        None,
        "plain keys must be known"
    );
    assert_eq!(bold_keys::field_of("Decision-Makers"), Some("deciders"));
    assert_eq!(bold_keys::field_of("MØDELEDER"), Some("chair"));
}

#[test]
fn dates_inside_free_text_are_read_day_first() {
    fn iso(t: &str) -> Option<(String, &str)> {
        dates::find(t).map(|(p, r)| (p.date.to_string(), &t[r]))
    }
    assert_eq!(
        iso("Besluttet på styregruppemødet 4.6.2026"),
        Some(("2026-06-04".into(), "4.6.2026"))
    );
    assert_eq!(
        iso("Godkendt den 4. juni 2026."),
        Some(("2026-06-04".into(), "4. juni 2026"))
    );
    assert_eq!(
        iso("modtaget 1/7-2026)"),
        Some(("2026-07-01".into(), "1/7-2026"))
    );
    assert_eq!(
        iso("03.08.26 kl. 9"),
        Some(("2026-08-03".into(), "03.08.26"))
    );
    assert_eq!(
        iso("møde 01-02-2025"),
        Some(("2025-02-01".into(), "01-02-2025")),
        "never 2 January"
    );
    assert_eq!(iso("version 24.04 og 2.1"), None);
    assert_eq!(iso(""), None);
    assert_eq!(
        dates::from_file_name("m/20260806_Styregruppe.md").map(|d| d.to_string()),
        Some("2026-08-06".into())
    );
    assert_eq!(
        dates::from_file_name("2026-05-28-slug.md").map(|d| d.to_string()),
        Some("2026-05-28".into())
    );
    assert_eq!(dates::from_file_name("20261306_x.md"), None);
    assert_eq!(dates::from_file_name("0001-use-x.md"), None);
    assert_eq!(dates::from_file_name("slug.md"), None);
}

#[test]
fn times_after_a_date() {
    let t = |s: &str| dates::times(s);
    let some = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    assert_eq!(t(" kl. 13 - 14:30"), some("13:00", "14:30"));
    assert_eq!(t(" kl. 9.15-10.00"), some("09:15", "10:00"));
    assert_eq!(t(" 13:00–15:00 (virtuelt)"), some("13:00", "15:00"));
    assert_eq!(t(" kl. 25 - 26"), (None, None));
    assert_eq!(t(" kl. 13"), (Some("13:00".into()), None));
    assert_eq!(t(" lokale 2b 123"), (None, None));
}

#[test]
fn the_vocabulary_maps_the_community_s_words() {
    let config = config();
    let decision = config.kind("decision").expect("decision");
    for (word, id) in [
        ("Strategisk", "strategic"),
        ("Strategisk beslutning", "strategic"),
        ("Operationel", "operational"),
        ("ADR", "architecture"),
        ("[SDR]", "strategic"),
        ("arkitekturbeslutning", "architecture"),
        ("Strategic decision", "strategic"),
        ("Operationel beslutning (ODR)", "operational"),
        ("Arkitektur", "architecture"),
    ] {
        assert_eq!(
            vocab::type_id(decision, word).as_deref(),
            Some(id),
            "{word}"
        );
    }
    for word in ["Halvstrategisk", "", "Arkiv", "Str"] {
        assert_eq!(vocab::type_id(decision, word), None, "{word}");
    }
    // `å` written as `a` + combining ring.
    let decomposed = "Trukket tilbage".to_string();
    let forslag = "Foresla\u{030a}et";
    assert_eq!(
        vocab::status(decision, forslag),
        vocab::Status::Known {
            id: "proposed".into(),
            note: None
        }
    );
    assert_eq!(
        vocab::status(decision, &decomposed),
        vocab::Status::Known {
            id: "withdrawn".into(),
            note: None
        }
    );
    assert_eq!(
        vocab::status(decision, "GODKENDT på mødet"),
        vocab::Status::Known {
            id: "accepted".into(),
            note: Some("GODKENDT på mødet".into())
        }
    );
    assert_eq!(vocab::status(decision, "Måske"), vocab::Status::Unknown);
}

#[test]
fn deciders_split_into_bodies_but_not_hyphenated_names() {
    let config = config();
    let d = |s: &str| vocab::deciders(&config.bodies, s);
    assert_eq!(
        d("Styregruppen-Koordinationgruppen"),
        ["styregruppe", "koordinationsgruppe"]
    );
    assert_eq!(
        d("Styregruppen og Koordinationsgruppen"),
        ["styregruppe", "koordinationsgruppe"]
    );
    assert_eq!(
        d("Jean-Luc Picard, Anne Hansen"),
        ["Jean-Luc Picard", "Anne Hansen"]
    );
    assert_eq!(
        d("Styregruppen/Brugergruppen"),
        ["styregruppe", "Brugergruppen"]
    );
    assert_eq!(d(" , "), Vec::<String>::new());
    assert_eq!(
        vocab::title_prefix("[ODR]Fuld stop"),
        (Some("ODR"), "Fuld stop")
    );
    assert_eq!(vocab::title_prefix("[SDR] Budget"), (Some("SDR"), "Budget"));
    assert_eq!(
        vocab::title_prefix("[Udkast 2] Budget"),
        (None, "[Udkast 2] Budget")
    );
    assert_eq!(vocab::title_prefix("Budget"), (None, "Budget"));
    assert_eq!(
        vocab::title_prefix("[x] Todo"),
        (None, "[x] Todo"),
        "too short"
    );
    assert_eq!(
        vocab::title_prefix("[12] Budget"),
        (None, "[12] Budget"),
        "not letters"
    );
}

#[test]
fn links_resolve_to_repository_paths() {
    let forge = Some("https://github.com/org/styring/");
    let r = |t: &str| links::resolve(t, "moeder/sg/m.md", forge);
    assert_eq!(
        r("../../beslutninger/a.md#kontekst").as_deref(),
        Some("beslutninger/a.md")
    );
    assert_eq!(r("b.md").as_deref(), Some("moeder/sg/b.md"));
    assert_eq!(
        r("/beslutninger/c.md").as_deref(),
        Some("beslutninger/c.md")
    );
    assert_eq!(
        r("https://github.com/org/styring/blob/main/beslutninger/d.md").as_deref(),
        Some("beslutninger/d.md")
    );
    assert_eq!(r("https://github.com/org/styring/issues/4"), None);
    assert_eq!(r("https://github.com/org/other/blob/main/e.md"), None);
    assert_eq!(r("../../../ud.md"), None);
    assert_eq!(r("#anker"), None);
    assert_eq!(links::resolve("https://x.org/a.md", "a.md", None), None);
}

#[test]
fn agenda_numbers() {
    let n = |s: &str| agenda::numbered(s);
    let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
    assert_eq!(n("2. Økonomi"), pair("2", "Økonomi"));
    assert_eq!(n("2.1 Budget"), pair("2.1", "Budget"));
    assert_eq!(n("2.1. Budget"), pair("2.1", "Budget"));
    assert_eq!(n("3) Eventuelt"), pair("3", "Eventuelt"));
    assert_eq!(n("2026 budget"), None, "a year is no item number");
    assert_eq!(n("Budget"), None);
    assert_eq!(n("..x"), None);
    let config = config();
    assert_eq!(
        agenda::ids(&config, "se DEC-0012 og CR-12, XYZ-0001, MTG-0003."),
        ["DEC-0012", "MTG-0003"]
    );
}

#[test]
fn an_english_meeting_with_malformed_boxes_and_plain_bullets() {
    let path = "meetings/2026-09-10-coordination-group.md";
    let i = super::tests::read_as(None, &format!("markdown/{path}"), path);
    super::tests::assert_fields(
        &i,
        &[
            ("title", r#""Coordination group meeting""#, 1, 1),
            ("status", r#""minutes_ready""#, 4, 7),
            ("place", r#""Vejle town hall""#, 10, 14),
            ("chair", r#""Anne Holm""#, 21, 14),
            ("note_taker", r#""Ole Sørensen""#, 22, 19),
            ("date", r#""2026-09-10""#, 9, 13),
            ("start", r#""09:00""#, 9, 13),
            ("end", r#""10:00""#, 9, 13),
            ("invited", r#"["Anne Holm","Ole Sørensen","Bo Berg"]"#, 0, 0),
            ("present", r#"["Anne Holm"]"#, 0, 0),
            ("apologies", r#"["Bo Berg"]"#, 0, 0),
            ("absent", r#"["Ole Sørensen"]"#, 0, 0),
            (
                "agenda",
                r#"[{"number":"1","title":"Security","records":[],"line":25},{"number":"1.1","title":"Patch policy, see [the decision](https://github.com/OS2borgerPC/styring/blob/main/decisions/0007-patch-policy.md)","records":[],"line":26},{"number":"2","title":"Any other business","records":[],"line":27}]"#,
                25,
                1,
            ),
            ("decisions", r#"["decisions/0007-patch-policy.md"]"#, 26, 40),
            ("body", r#""koordinationsgruppe""#, 0, 0),
        ],
    );
    assert!(i.notes.is_empty(), "{:?}", i.notes);
}

#[test]
fn a_date_line_written_as_a_sentence_and_keys_anywhere() {
    let config = config();
    let ctx = super::Context {
        config: &config,
        path: "beslutninger/x.md",
        forge_url: None,
        first_commit: None,
    };
    let text = "# Titel\n\nLøbende tekst.\n\n## Senere\n- **Dato**: Besluttet på styregruppemødet 4.6.2026  \n";
    let i = super::read(text, &ctx, None);
    assert_eq!(i.text("date"), Some("2026-06-04"));
    assert_eq!(i.fields[1].line, 6);
    assert_eq!(i.fields[1].column, 13);
    assert_eq!(
        &text[i.metadata_lines[0].clone()],
        "- **Dato**: Besluttet på styregruppemødet 4.6.2026  \n"
    );
}

#[test]
fn only_the_agenda_section_holds_agenda_items() {
    let config = config();
    let text = "# M\n\n## Indledning\n#### 9. Ikke et punkt\n- 9.1 heller ikke\n\n\
                ## Dagsorden for mødet\n#### 1. Velkomst\n- 1.1 Godkendelse\n> - 1.2 citeret\n\n\
                2.1 som løs tekst\n\n## 2. Nyt afsnit\n\n## Mødereferat\n#### 3. Referat\n- 3.1 x\n";
    let md = crate::markdown::Markdown::read(text, 0..text.len());
    let lines = crate::markdown::Markdown::lines(text, 0..text.len());
    let items = agenda::read(&md, &lines, &config);
    let numbers: Vec<&str> = items.iter().map(|i| i.number.as_str()).collect();
    assert_eq!(numbers, ["1", "1.1"]);
}
