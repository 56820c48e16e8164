//! Tests of the emitter: plain-or-quoted decisions, flow and block layout,
//! and that everything written parses back to what was written.

use serde_json::{Value as Json, json};

use super::testutil::START;
use super::*;

fn read(text: &str) -> Json {
    match parse(text, START, &Limits::default()) {
        Ok(Some(node)) => node.to_json(),
        other => panic!("{text:?} gave {other:?}"),
    }
}

const TRICKY: &[&str] = &[
    "yes",
    "no",
    "null",
    "~",
    "true",
    "123",
    "-1",
    "1.5",
    ".inf",
    "0x1F",
    "a: b",
    "a:",
    "a:b",
    "# x",
    "a #b",
    "- x",
    "-x",
    "? x",
    " lead",
    "trail ",
    "Besluttet. (pr mail, modtaget 1.7.2026)",
    "Møde",
    "[x]",
    "{x}",
    "01-02-2025",
    "2025-06-15",
    "",
    "a\nb",
    "a\r\nb\n",
    "'q'",
    "\"q\"",
    "back\\slash",
    "tab\there",
    "&anchor",
    "*alias",
    "!tag",
    "|",
    ">",
    "%",
    "@",
    "`",
    "...",
    "---",
    "a, b",
    "a -",
    "a - b",
    "\u{7}bell",
    "\u{feff}bom",
    "line\u{2028}sep",
    "emoji 🎉",
];

#[test]
fn tricky_scalars_round_trip() {
    for s in TRICKY {
        let want = Json::String((*s).to_owned());
        let block = scalar(s);
        assert_eq!(read(&format!("v: {block}"))["v"], want, "value {block}");
        assert_eq!(read(&format!("- {block}"))[0], want, "item {block}");
        assert_eq!(read(&block), want, "document {block}");
        let as_key = read(&format!("{block}: 1"));
        assert_eq!(
            as_key
                .as_object()
                .and_then(|o| o.keys().next())
                .map(String::as_str),
            Some(*s)
        );
        let flow = flow_scalar(s);
        assert_eq!(read(&format!("[{flow}, {flow}]"))[1], want, "flow {flow}");
        assert_eq!(
            read(&format!("{{{flow}: {flow}}}"))[*s],
            want,
            "flow map {flow}"
        );
    }
}

#[test]
fn plain_when_safe_quoted_otherwise() {
    for s in [
        "Møde",
        "Besluttet. (pr mail, modtaget 1.7.2026)",
        "2025-06-15",
        "a:b",
        "a#b",
        "n",
        "say \"hi\" \\o/",
    ] {
        assert_eq!(scalar(s), s);
    }
    let quoted = [
        ("yes", "\"yes\""),
        ("null", "\"null\""),
        ("123", "\"123\""),
        ("a: b", "\"a: b\""),
        ("# x", "\"# x\""),
        ("- x", "\"- x\""),
        (" lead", "\" lead\""),
        ("", "\"\""),
        ("a\nb", "\"a\\nb\""),
        ("'q'", "\"'q'\""),
        ("\"hi\" \\o/", "\"\\\"hi\\\" \\\\o/\""),
        ("\u{1}\t\u{7f}\u{2028}", "\"\\u0001\\t\\u007F\\u2028\""),
    ];
    for (s, want) in quoted {
        assert_eq!(scalar(s), want, "{s:?}");
    }
    assert_eq!(
        flow_scalar("Besluttet. (pr mail, modtaget 1.7.2026)"),
        "\"Besluttet. (pr mail, modtaget 1.7.2026)\""
    );
    assert_eq!(flow_scalar("a:b"), "\"a:b\"");
    assert_eq!(flow_scalar("Møde"), "Møde");
}

fn sample() -> Json {
    json!({
        "titel": "Møde",
        "tags": ["a", "b c"],
        "empty": [],
        "m": {},
        "nested": {"x": 1, "l": [{"k": "v", "k2": [1, 2]}, [1, [2]], "yes"]},
        "n": null,
        "f": 1.5,
        "ok": true
    })
}

#[test]
fn flow_layout() {
    assert_eq!(
        to_flow(&sample()),
        "{titel: Møde, tags: [a, b c], empty: [], m: {}, nested: {x: 1, l: [{k: v, k2: [1, 2]}, \
         [1, [2]], \"yes\"]}, n: null, f: 1.5, ok: true}"
    );
    assert_eq!(to_flow(&json!("a, b")), "\"a, b\"");
    assert_eq!(to_flow(&json!([])), "[]");
    assert_eq!(read(&to_flow(&sample())), sample());
}

#[test]
fn block_layout() {
    let want = "titel: Møde\ntags:\n  - a\n  - b c\nempty: []\nm: {}\nnested:\n  x: 1\n  l:\n    \
                - k: v\n      k2:\n        - 1\n        - 2\n    - - 1\n      - - 2\n    - \"yes\"\n\
                n: null\nf: 1.5\nok: true\n";
    assert_eq!(to_block(&sample(), 0), want);
    let indented = to_block(&sample(), 2);
    assert!(indented.lines().all(|l| l.starts_with("  ")));
    assert_eq!(indented.replace("\n  ", "\n").trim_start(), want);
    assert_eq!(read(&to_block(&sample(), 0)), sample());
    assert_eq!(read(&to_block(&sample(), 4)), sample());
    assert_eq!(to_block(&json!("x y"), 0), "x y\n");
    assert_eq!(to_block(&json!([]), 2), "  []\n");
    assert_eq!(
        to_block(&json!({"a": "Besluttet. (pr mail, modtaget 1.7.2026)"}), 0),
        "a: Besluttet. (pr mail, modtaget 1.7.2026)\n"
    );
    assert_eq!(to_block(&json!([[[]]]), 0), "- - []\n");
}

#[test]
fn long_keys_use_explicit_syntax() {
    let key = "k".repeat(1500);
    let value = json!({ key.clone(): [1, 2], "short": {key.clone(): "v"} });
    assert_eq!(read(&to_block(&value, 0)), value);
    assert_eq!(read(&to_flow(&value)), value);
}

#[test]
fn deep_values_do_not_overflow_the_emitter() {
    let mut deep = json!(1);
    for _ in 0..20_000 {
        deep = Json::Array(vec![deep]);
    }
    assert_eq!(to_flow(&deep).len(), 40_001);
    assert!(to_block(&deep, 0).ends_with("- 1\n"));
    // Dropping a 20,000-deep JSON value recursively would overflow; leak-free
    // teardown is not the point here, so flatten it first.
    let mut cur = deep;
    while let Json::Array(mut items) = cur {
        cur = items.pop().unwrap_or(Json::Null);
    }
}
