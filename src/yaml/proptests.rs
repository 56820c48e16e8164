//! Property tests: the parser never panics and keeps spans sliceable, and
//! whatever the emitter writes parses back to the same value.

use proptest::prelude::*;
use serde_json::Value as Json;

use super::testutil::START;
use super::*;

/// Text made of YAML's building blocks, which reaches far more of the parser
/// than arbitrary characters do.
fn yamlish() -> impl Strategy<Value = String> {
    let pieces = vec![
        "- ",
        ": ",
        ":",
        "\n",
        "\r\n",
        "\r",
        "  ",
        " ",
        "\t",
        "[",
        "]",
        "{",
        "}",
        ", ",
        "&a ",
        "*a",
        "&b ",
        "*b",
        "| ",
        "|-\n",
        ">\n",
        "# c",
        "'",
        "\"",
        "? ",
        "x",
        "ø",
        "Møde",
        "1",
        "-1.5",
        "---",
        "...",
        "!!str ",
        "!x ",
        "%YAML 1.2\n",
        "\\",
        "~",
        "null",
        "\u{feff}",
        "\0",
        "\\u00e6",
    ];
    prop::collection::vec(prop::sample::select(pieces), 0..120).prop_map(|v| v.concat())
}

/// Small JSON values of the kinds front matter holds.
fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        any::<String>().prop_map(Json::String),
        "[a-zæøå0-9 :#,.-]{0,12}".prop_map(Json::String),
        any::<i64>().prop_map(Json::from),
        any::<bool>().prop_map(Json::Bool),
        Just(Json::Null),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Json::Array),
            prop::collection::vec(("[a-zø :#-]{0,8}|.{0,8}", inner), 0..5)
                .prop_map(|kv| Json::Object(kv.into_iter().collect())),
        ]
    })
}

/// Checks that every span in the tree lies within `text`, on character
/// boundaries, with its start not after its end.
fn spans_are_sliceable(text: &str, root: &Node) -> Result<(), TestCaseError> {
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        let (s, e) = (n.span.start, n.span.end);
        prop_assert!(s.offset <= e.offset, "{n:?}");
        prop_assert!(text.get(s.offset..e.offset).is_some(), "{n:?}");
        prop_assert!(s.line >= 1 && s.column >= 1 && e.line >= s.line, "{n:?}");
        match &n.value {
            Value::Seq(items) => stack.extend(items),
            Value::Map(entries) => stack.extend(entries.iter().flat_map(|e| [&e.key, &e.value])),
            _ => {}
        }
    }
    Ok(())
}

/// The text of a string value.
fn want_text(v: &Value) -> &str {
    match v {
        Value::String(s) => s,
        _ => "",
    }
}

proptest! {
    #[test]
    fn parse_never_panics_on_any_text(text in "(?s).{0,2000}") {
        if let Ok(Some(root)) = parse(&text, START, &Limits::default()) {
            spans_are_sliceable(&text, &root)?;
        }
    }

    #[test]
    fn parse_never_panics_on_yamlish_text(text in yamlish()) {
        if let Ok(Some(root)) = parse(&text, START, &Limits::default()) {
            spans_are_sliceable(&text, &root)?;
            let _ = root.to_json();
            let _ = root.duplicate_keys();
        }
    }

    #[test]
    fn scalar_reads_back_as_the_same_string(s in any::<String>()) {
        // Strings read back in NFC (DEC-0033).
        let want = Value::String(crate::unicode::nfc_string(s.clone()));
        let got = parse(&scalar(&s), START, &Limits::default()).map(|n| n.map(|n| n.value));
        prop_assert_eq!(got, Ok(Some(want.clone())), "{}", scalar(&s));
        let text = format!("k: {}\n", scalar(&s));
        let got = parse(&text, START, &Limits::default()).map(|n| n.and_then(|n| n.get("k").cloned()));
        prop_assert_eq!(got.map(|n| n.map(|n| n.value)), Ok(Some(want.clone())), "{}", text);
        let text = format!("[{}]", flow_scalar(&s));
        let got = parse(&text, START, &Limits::default()).map(|n| n.map(|n| n.to_json()));
        prop_assert_eq!(got, Ok(Some(serde_json::json!([want_text(&want)]))), "{}", text);
    }

    #[test]
    fn flow_and_block_read_back_as_the_same_json(v in json_value(), indent in 0usize..4) {
        let flow = to_flow(&v);
        let block = to_block(&v, indent);
        // Strings and keys read back in NFC (DEC-0033).
        let v = crate::unicode::nfc_json(v);
        let got = parse(&flow, START, &Limits::default()).map(|n| n.map(|n| n.to_json()));
        prop_assert_eq!(got, Ok(Some(v.clone())), "{}", flow);
        prop_assert!(block.ends_with('\n'));
        let got = parse(&block, START, &Limits::default()).map(|n| n.map(|n| n.to_json()));
        prop_assert_eq!(got, Ok(Some(v.clone())), "{}", block);
    }
}
