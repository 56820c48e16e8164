use super::*;
use proptest::prelude::*;

fn rec(text: &str) -> Record {
    Record::parse("decisions/DEC-0001-x.md", "decision", text.to_string())
}

fn set(text: &str, arg: &str) -> String {
    apply_edits(&rec(text), &[Assignment::parse(arg).unwrap()]).unwrap()
}

#[test]
fn a_value_is_replaced_and_every_other_byte_kept() {
    let text = "---\nid: DEC-0001\n# a comment\nstatus: Forslag   # was Udkast\ntitle: 'Møde'\n---\nBody\n";
    assert_eq!(
        set(text, "status=accepted"),
        "---\nid: DEC-0001\n# a comment\nstatus: accepted   # was Udkast\ntitle: 'Møde'\n---\nBody\n"
    );
}

#[test]
fn decomposed_text_is_written_as_given_and_never_composed() {
    // `å` as `a` + U+030A in the file and in the new value: the value's
    // bytes are written as typed, every other byte stays decomposed, and
    // the check that it reads back (in NFC) passes.
    let text = "---\ntitle: Pa\u{30a}ske\nstatus: Forslag\n---\nA\u{30a}rshjul\n";
    assert_eq!(
        set(text, "status=Ga\u{30a}et"),
        "---\ntitle: Pa\u{30a}ske\nstatus: Ga\u{30a}et\n---\nA\u{30a}rshjul\n"
    );
    assert_eq!(
        set(text, "note=Ma\u{30a}ske"),
        "---\ntitle: Pa\u{30a}ske\nstatus: Forslag\nnote: Ma\u{30a}ske\n---\nA\u{30a}rshjul\n"
    );
}

#[test]
fn a_missing_key_is_added_at_the_end_of_the_block() {
    let text = "---\r\nid: DEC-0001\r\n---\r\nBody\r\n";
    assert_eq!(
        set(text, "status_note=pr mail"),
        "---\r\nid: DEC-0001\r\nstatus_note: pr mail\r\n---\r\nBody\r\n"
    );
}

#[test]
fn values_that_need_quotes_get_them() {
    let out = set("---\ntitle: x\n---\n", "title=[ODR]Fuld stop: nu");
    assert_eq!(out, "---\ntitle: \"[ODR]Fuld stop: nu\"\n---\n");
    assert_eq!(
        set("---\nid: x\n---\n", "id=0003"),
        "---\nid: \"0003\"\n---\n"
    );
}

#[test]
fn a_block_list_is_replaced_by_a_flow_list() {
    let text = "---\ndeciders:\n  - Styregruppen\n  - Koordinationsgruppen\ntitle: x\n---\n";
    let out = set(text, "deciders:=[Styregruppen]");
    assert_eq!(out, "---\ndeciders: [Styregruppen]\ntitle: x\n---\n");
}

#[test]
fn an_empty_value_with_a_comment_is_filled_in() {
    let text = "---\nowner:  # who does it\ndue:\nsource: x\n---\n";
    assert_eq!(
        set(text, "owner=Sofie"),
        "---\nowner: Sofie  # who does it\ndue:\nsource: x\n---\n"
    );
    assert_eq!(
        set(text, "due=2026-07-01"),
        "---\nowner:  # who does it\ndue: 2026-07-01\nsource: x\n---\n"
    );
    let out = apply_edits(
        &rec(text),
        &[Edit::Unset {
            key: "owner".into(),
        }],
    )
    .unwrap();
    assert_eq!(out, "---\ndue:\nsource: x\n---\n");
}

#[test]
fn typed_values_and_unset() {
    let text = "---\nnav_order: 2\nlayout: default\n---\n";
    assert_eq!(
        set(text, "nav_order:=3"),
        "---\nnav_order: 3\nlayout: default\n---\n"
    );
    let out = apply_edits(
        &rec(text),
        &[Edit::Unset {
            key: "layout".into(),
        }],
    )
    .unwrap();
    assert_eq!(out, "---\nnav_order: 2\n---\n");
}

#[test]
fn a_file_without_front_matter_gets_one() {
    assert_eq!(
        set("# Title\n", "status=Udkast"),
        "---\nstatus: Udkast\n---\n# Title\n"
    );
    assert_eq!(
        set("\u{feff}# T\n", "id=DEC-0001"),
        "\u{feff}---\nid: DEC-0001\n---\n# T\n"
    );
}

#[test]
fn broken_front_matter_is_refused_with_its_position() {
    let err = apply_edits(
        &rec("---\ntitle: [\n---\n"),
        &[Assignment::parse("a=b").unwrap()],
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::BadFrontMatter { line, .. } if line >= 2),
        "{err:?}"
    );
    let err = apply_edits(
        &rec("---\na: 1\na: 2\n---\n"),
        &[Assignment::parse("a=b").unwrap()],
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            Error::BadFrontMatter {
                line: 3,
                column: 1,
                ..
            }
        ),
        "{err:?}"
    );
    let err = apply_edits(
        &rec("---\n- a\n---\n"),
        &[Assignment::parse("a=b").unwrap()],
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::BadFrontMatter { line: 2, .. }),
        "{err:?}"
    );
}

#[test]
fn assignments_parse() {
    assert_eq!(
        Assignment::parse("status=").unwrap(),
        Edit::Set {
            key: "status".into(),
            value: Value::String(String::new())
        }
    );
    assert_eq!(
        Assignment::parse("a:=[1, 2]").unwrap(),
        Edit::Set {
            key: "a".into(),
            value: serde_json::json!([1, 2])
        }
    );
    assert_eq!(
        Assignment::parse("url=https://x.dk/a=b").unwrap(),
        Edit::Set {
            key: "url".into(),
            value: "https://x.dk/a=b".into()
        }
    );
    for key in ["_intern", "status_note", "nav-order", "a1", "ÆØÅ"] {
        let parsed = Assignment::parse(&format!("{key}=x"));
        assert_eq!(parsed.is_ok(), key != "ÆØÅ", "{key}");
    }
    for bad in ["1a=x", "2026=x", "a.b=x", "a b=x", "-a=x", "a/b=x"] {
        assert!(Assignment::parse(bad).is_err(), "{bad}");
    }
    assert_eq!(
        Assignment::parse("  padded  =x").unwrap(),
        Edit::Set {
            key: "padded".into(),
            value: "x".into()
        }
    );
    assert_eq!(
        Assignment::parse("due:=").unwrap(),
        Edit::Set {
            key: "due".into(),
            value: Value::Null
        }
    );
    assert!(Assignment::parse("a:=[1, 2").is_err());
    assert!(Assignment::parse("novalue").is_err());
    assert!(Assignment::parse("../x=1").is_err());
    assert!(Assignment::parse("=1").is_err());
}

proptest! {
    /// Setting a string value changes that value and nothing else: the
    /// bytes before the key and after the value are untouched.
    #[test]
    fn set_keeps_everything_else(value in "\\PC{0,40}", other in "[a-zæøå ]{1,20}") {
        let text = format!("---\nid: DEC-0001\nstatus: Udkast # note\nother: '{other}'\n---\n# Body {other}\n");
        let out = apply_edits(&rec(&text), &[Edit::Set { key: "status".into(), value: Value::String(value.clone()) }]).unwrap();
        let after = rec(&out);
        let fields = after.fields_json();
        // It reads back in NFC (the bytes are written as given).
        let read_back = crate::unicode::nfc_string(value);
        prop_assert_eq!(fields.get("status"), Some(&Value::String(read_back)));
        prop_assert!(out.starts_with("---\nid: DEC-0001\nstatus: "));
        let tail = format!(" # note\nother: '{other}'\n---\n# Body {other}\n");
        prop_assert!(out.ends_with(&tail));
    }

    /// Reading and writing back an unchanged record is byte-identical.
    #[test]
    fn no_edit_is_byte_identical(text in "\\PC{0,200}") {
        let r = rec(&text);
        prop_assert_eq!(apply_edits(&r, &[]).unwrap(), text);
    }
}

#[test]
fn the_spaces_after_the_colon_are_kept() {
    for nl in ["\n", "\r\n", "\r"] {
        let text = "---|id:       DEC-0001|status:   Forslag   # aligned|title :  'x'|tags:|  - a|owner:|---|"
            .replace('|', nl);
        let expect = |t: &str| t.replace('|', nl);
        assert_eq!(
            set(&text, "status=accepted"),
            expect(
                "---|id:       DEC-0001|status:   accepted   # aligned|title :  'x'|tags:|  - a|owner:|---|"
            ),
            "{nl:?}"
        );
        assert_eq!(
            set(&text, "id=DEC-0002"),
            expect(
                "---|id:       DEC-0002|status:   Forslag   # aligned|title :  'x'|tags:|  - a|owner:|---|"
            ),
            "{nl:?}"
        );
        assert_eq!(
            set(&text, "title=y"),
            expect(
                "---|id:       DEC-0001|status:   Forslag   # aligned|title :  y|tags:|  - a|owner:|---|"
            ),
            "{nl:?}: a space before the colon"
        );
        // No value on the key's line: one space, as before.
        assert_eq!(
            set(&text, "tags:=[b]"),
            expect(
                "---|id:       DEC-0001|status:   Forslag   # aligned|title :  'x'|tags: [b]|owner:|---|"
            ),
            "{nl:?}: a block list"
        );
        assert_eq!(
            set(&text, "owner=Sofie"),
            expect(
                "---|id:       DEC-0001|status:   Forslag   # aligned|title :  'x'|tags:|  - a|owner: Sofie|---|"
            ),
            "{nl:?}: an empty value"
        );
    }
    // A tag is part of the value it tags: replaced with it.
    assert_eq!(
        set("---\nn:  !!str 3\n---\n", "n=4"),
        "---\nn:  \"4\"\n---\n"
    );
    // A tab is kept, spaces around it too, and on CRLF lines.
    assert_eq!(
        set("---\nn:\t'3'\n---\n", "n=a: b"),
        "---\nn:\t\"a: b\"\n---\n"
    );
    assert_eq!(
        set("---\r\nn:\t'3'\r\nm: 1\r\n---\r\n", "n:=[1]"),
        "---\r\nn:\t[1]\r\nm: 1\r\n---\r\n"
    );
    assert_eq!(set("---\nn: \t 3\n---\n", "n=x"), "---\nn: \t x\n---\n");
    // The YAML reader refuses a plain value right after `:\t`: one space.
    assert_eq!(set("---\nn:\t'3'\n---\n", "n=x"), "---\nn: x\n---\n");
    assert_eq!(set("---\nn:\t'3'\n---\n", "n:=4"), "---\nn: 4\n---\n");
}

#[test]
fn a_comment_after_a_flow_list_survives() {
    let text = "---\ndeciders: []  # e.g. [A, B]\ntitle: x\n---\n";
    assert_eq!(
        set(text, "deciders:=[A]"),
        "---\ndeciders: [A]  # e.g. [A, B]\ntitle: x\n---\n"
    );
}

#[test]
fn line_ends_of_every_kind_are_kept() {
    for nl in ["\n", "\r\n", "\r"] {
        let text = "---|id: DEC-0001|owner:|status: Forslag|tags:|  - a|---|Body|".replace('|', nl);
        let expect = |t: &str| t.replace('|', nl);
        assert_eq!(
            set(&text, "status=accepted"),
            expect("---|id: DEC-0001|owner:|status: accepted|tags:|  - a|---|Body|"),
            "{nl:?}"
        );
        assert_eq!(
            set(&text, "owner=Sofie"),
            expect("---|id: DEC-0001|owner: Sofie|status: Forslag|tags:|  - a|---|Body|"),
            "{nl:?}: an empty value"
        );
        assert_eq!(
            set(&text, "due=2026-07-01"),
            expect("---|id: DEC-0001|owner:|status: Forslag|tags:|  - a|due: 2026-07-01|---|Body|"),
            "{nl:?}: a new key"
        );
        assert_eq!(
            set(&text, "tags:=[b]"),
            expect("---|id: DEC-0001|owner:|status: Forslag|tags: [b]|---|Body|"),
            "{nl:?}: a block list"
        );
        for (key, left) in [
            ("status", "---|id: DEC-0001|owner:|tags:|  - a|---|Body|"),
            (
                "owner",
                "---|id: DEC-0001|status: Forslag|tags:|  - a|---|Body|",
            ),
            ("tags", "---|id: DEC-0001|owner:|status: Forslag|---|Body|"),
            ("id", "---|owner:|status: Forslag|tags:|  - a|---|Body|"),
        ] {
            let out = apply_edits(&rec(&text), &[Edit::Unset { key: key.into() }]).unwrap();
            assert_eq!(out, expect(left), "{nl:?}: unset {key}");
        }
        // Block values in the middle: the lines after them stay.
        let mid = |t: &str| t.replace('¶', nl);
        let text = mid(
            "---¶tags:¶  - a¶  - b¶note: |-¶  one¶  two¶more: >¶  x¶  y¶keep: |+¶  z¶¶status: Forslag¶---¶Body¶",
        );
        for (key, left) in [
            (
                "tags",
                "---¶note: |-¶  one¶  two¶more: >¶  x¶  y¶keep: |+¶  z¶¶status: Forslag¶---¶Body¶",
            ),
            (
                "note",
                "---¶tags:¶  - a¶  - b¶more: >¶  x¶  y¶keep: |+¶  z¶¶status: Forslag¶---¶Body¶",
            ),
            (
                "more",
                "---¶tags:¶  - a¶  - b¶note: |-¶  one¶  two¶keep: |+¶  z¶¶status: Forslag¶---¶Body¶",
            ),
            (
                // A kept (`|+`) value's last blank line stays: harmless.
                "keep",
                "---¶tags:¶  - a¶  - b¶note: |-¶  one¶  two¶more: >¶  x¶  y¶¶status: Forslag¶---¶Body¶",
            ),
        ] {
            let out = apply_edits(&rec(&text), &[Edit::Unset { key: key.into() }]).unwrap();
            assert_eq!(out, mid(left), "{nl:?}: unset {key} in the middle");
        }
    }
}

#[test]
fn a_file_without_front_matter_gets_one_with_its_own_line_ends() {
    for (text, block) in [
        ("# Title\r\nBody\r\n", "---\r\nstatus: accepted\r\n---\r\n"),
        ("# Title\rBody\r", "---\rstatus: accepted\r---\r"),
        ("# Title\nBody\r\n", "---\nstatus: accepted\n---\n"),
        ("\r\nBody", "---\r\nstatus: accepted\r\n---\r\n"),
        ("\nBody\r\n", "---\nstatus: accepted\n---\n"),
        ("Body", "---\nstatus: accepted\n---\n"),
        ("", "---\nstatus: accepted\n---\n"),
    ] {
        assert_eq!(
            set(text, "status=accepted"),
            format!("{block}{text}"),
            "{text:?}"
        );
    }
}

#[test]
fn an_edit_that_would_not_read_back_is_refused() {
    // A root map indented by two spaces: a key added at column one would
    // break it, so nothing is returned to write.
    let text = "---\n  id: DEC-0001\n  title: x\n---\n";
    let err =
        apply_edits(&rec(text), &[Assignment::parse("status=accepted").unwrap()]).unwrap_err();
    assert!(
        matches!(&err, Error::BadAssignment { arg, reason: crate::error::Refusal::ReadBack { .. } } if arg == "status"),
        "{err:?}"
    );
    let err = apply_edits(
        &rec(text),
        &[Edit::Unset {
            key: "title".into(),
        }],
    );
    assert_eq!(err.unwrap(), "---\n  id: DEC-0001\n---\n");
}
