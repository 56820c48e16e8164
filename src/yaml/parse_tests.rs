//! Tests of the parser: positions, scalar resolution, collections and
//! anchors.

use super::testutil::{doc, pos, slice};
use super::*;

#[test]
fn spans_on_danish_crlf_text() {
    let text = "titel: \"Møde i styregruppen\"\r\nansvarlig: Søren Ærø  # kommentar\r\n\
                deltagere:\r\n  - Åse\r\n  - 'Bjørn'\r\nnoter: |\r\n  første linje\r\n  \
                anden linje\r\n\r\nstatus: åben\r\n";
    let root = doc(text);
    let titel = root.entry("titel").unwrap();
    assert_eq!(slice(text, &titel.key), "titel");
    assert_eq!(titel.key.span.start, pos(0, 1, 1));
    assert_eq!(slice(text, &titel.value), "\"Møde i styregruppen\"");
    assert_eq!(titel.value.as_str(), Some("Møde i styregruppen"));
    assert_eq!(titel.value.style, Style::DoubleQuoted);
    assert_eq!(titel.value.span.start, pos(7, 1, 8));
    assert_eq!(titel.value.span.end, pos(29, 1, 29));

    let ansvarlig = root.get("ansvarlig").unwrap();
    assert_eq!(slice(text, ansvarlig), "Søren Ærø");
    assert_eq!(
        (ansvarlig.span.start.line, ansvarlig.span.start.column),
        (2, 12)
    );
    assert_eq!(ansvarlig.span.end.column, 21);

    let deltagere = root.get("deltagere").unwrap();
    assert_eq!(slice(text, deltagere), "- Åse\r\n  - 'Bjørn'");
    assert_eq!(
        (deltagere.span.start.line, deltagere.span.start.column),
        (4, 3)
    );
    let Value::Seq(items) = &deltagere.value else {
        panic!()
    };
    assert_eq!(slice(text, &items[1]), "'Bjørn'");
    assert_eq!(items[1].style, Style::SingleQuoted);
    assert_eq!(
        (items[1].span.start.line, items[1].span.start.column),
        (5, 5)
    );

    let noter = root.get("noter").unwrap();
    assert_eq!(slice(text, noter), "|\r\n  første linje\r\n  anden linje");
    assert_eq!(noter.as_str(), Some("første linje\nanden linje\n"));
    assert_eq!(noter.style, Style::Literal);

    let status = root.get("status").unwrap();
    assert_eq!(slice(text, status), "åben");
    assert_eq!(status.span.start.line, 10);
    assert_eq!((status.span.end.line, status.span.end.column), (10, 13));
    assert_eq!(slice(text, &root), text.trim_end());
}

#[test]
fn origin_offsets_positions() {
    let file = "---\nid: D-0001\ntitel: Møde\n---\nbody";
    let yaml = &file[4..file.find("\n---\n").unwrap() + 1];
    let root = parse(yaml, pos(4, 2, 1), &Limits::default())
        .unwrap()
        .unwrap();
    let titel = root.get("titel").unwrap();
    assert_eq!(titel.span.start, pos(file.find("Møde").unwrap(), 3, 8));
    assert_eq!(
        &file[titel.span.start.offset..titel.span.end.offset],
        "Møde"
    );

    // An origin mid-line shifts columns of the first line only.
    let root = parse("a: ø\nb: c", pos(10, 7, 5), &Limits::default())
        .unwrap()
        .unwrap();
    assert_eq!(root.get("a").unwrap().span.start, pos(13, 7, 8));
    assert_eq!(root.get("a").unwrap().span.end, pos(15, 7, 9));
    assert_eq!(root.get("b").unwrap().span.start, pos(19, 8, 4));

    // Errors are positioned in file coordinates too.
    let e = parse("a: 1\n\tb: 2", pos(100, 5, 1), &Limits::default()).unwrap_err();
    assert_eq!(e.pos, pos(105, 6, 1));

    // A default origin counts lines and columns from 1.
    let root = parse("a: b", Pos::default(), &Limits::default())
        .unwrap()
        .unwrap();
    assert_eq!(root.get("a").unwrap().span.start, pos(3, 1, 4));
}

#[test]
fn scalar_resolution() {
    let cases = [
        ("", Value::Null),
        ("~", Value::Null),
        ("null", Value::Null),
        ("NULL", Value::Null),
        ("true", Value::Bool(true)),
        ("False", Value::Bool(false)),
        ("12", Value::Int(12)),
        ("-3", Value::Int(-3)),
        ("0x1F", Value::Int(31)),
        ("0o17", Value::Int(15)),
        ("1.5", Value::Float(1.5)),
        ("1e3", Value::Float(1000.0)),
        ("-.inf", Value::Float(f64::NEG_INFINITY)),
        (
            "99999999999999999999",
            Value::String("99999999999999999999".into()),
        ),
        ("2025-06-15", Value::String("2025-06-15".into())),
        ("yes", Value::String("yes".into())),
        ("'12'", Value::String("12".into())),
        ("\"true\"", Value::String("true".into())),
        ("!!str 12", Value::String("12".into())),
        ("!!str", Value::String(String::new())),
        ("!!str true", Value::String("true".into())),
        ("!!int 12", Value::Int(12)),
        ("!custom 12", Value::Int(12)),
        ("|\n  12\n", Value::String("12\n".into())),
        (">-\n  a\n  b\n", Value::String("a b".into())),
        (
            "Møde i styregruppen",
            Value::String("Møde i styregruppen".into()),
        ),
    ];
    for (written, want) in cases {
        let text = format!("v: {written}");
        assert_eq!(doc(&text).get("v").unwrap().value, want, "{text:?}");
    }
    let nan = doc("v: .NaN");
    assert!(matches!(nan.get("v").unwrap().value, Value::Float(f) if f.is_nan()));
}

#[test]
fn sequences_and_maps() {
    let text = "flow: [a, \"b c\", [1, 2], {k: v}]\nblock:\n  - x\n  - - y\n    - z\n  - k: v\n    \
                m: n\nnested:\n  inner:\n    deep: æ\nindentless:\n- 1\n- 2\n";
    let root = doc(text);
    let flow = root.get("flow").unwrap();
    assert_eq!(flow.style, Style::Flow);
    assert_eq!(slice(text, flow), "[a, \"b c\", [1, 2], {k: v}]");
    assert_eq!(
        flow.to_json(),
        serde_json::json!(["a", "b c", [1, 2], {"k": "v"}])
    );
    let block = root.get("block").unwrap();
    assert_eq!(block.style, Style::Block);
    assert_eq!(
        slice(text, block),
        "- x\n  - - y\n    - z\n  - k: v\n    m: n"
    );
    assert_eq!(
        block.to_json(),
        serde_json::json!(["x", ["y", "z"], {"k": "v", "m": "n"}])
    );
    let Value::Seq(items) = &block.value else {
        panic!()
    };
    assert_eq!(slice(text, &items[1]), "- y\n    - z");
    assert_eq!(slice(text, &items[2]), "k: v\n    m: n");
    let deep = root
        .get("nested")
        .and_then(|n| n.get("inner"))
        .and_then(|n| n.get("deep"));
    assert_eq!(deep.and_then(Node::as_str), Some("æ"));
    assert_eq!(
        slice(text, root.get("nested").unwrap()),
        "inner:\n    deep: æ"
    );
    let indentless = root.get("indentless").unwrap();
    assert_eq!(slice(text, indentless), "- 1\n- 2");
    assert_eq!(indentless.to_json(), serde_json::json!([1, 2]));
}

#[test]
fn block_scalar_and_empty_value_spans() {
    let text =
        "a: >-  # c\n\n  folded\n  text  \n\n\nb:\nc:   # note: x\nl:\n-\n- # c\nd: |+\n  keep\n\n";
    let root = doc(text);
    let a = root.get("a").unwrap();
    assert_eq!(slice(text, a), ">-  # c\n\n  folded\n  text  ");
    assert_eq!(a.as_str(), Some("\nfolded text  "));
    let b = root.get("b").unwrap();
    assert_eq!(b.value, Value::Null);
    assert_eq!(b.span.start, b.span.end);
    assert_eq!(
        &text[..b.span.start.offset],
        &text[..text.find("b:").unwrap() + 2]
    );
    let c = root.get("c").unwrap();
    assert_eq!(c.span.start.offset, text.find("c:").unwrap() + 2);
    let Value::Seq(items) = &root.get("l").unwrap().value else {
        panic!()
    };
    assert_eq!(items[0].span.start.offset, text.find("\n-\n").unwrap() + 2);
    assert_eq!(items[1].span.start.offset, text.find("- # c").unwrap() + 1);
    assert_eq!(slice(text, root.get("d").unwrap()), "|+\n  keep");
    assert_eq!(root.get("d").unwrap().as_str(), Some("keep\n\n"));
    assert_eq!(
        doc("a: |\n").get("a").map(|n| slice("a: |\n", n)),
        Some("|")
    );
}

#[test]
fn anchors_and_aliases() {
    let text = "base: &b {x: 1, y: [2]}\ncopy: *b\nlist: [*b, *b]\ns: &s hej\nt: *s\n";
    let root = doc(text);
    let copy = root.get("copy").unwrap();
    assert_eq!(slice(text, copy), "*b");
    assert_eq!(copy.to_json(), serde_json::json!({"x": 1, "y": [2]}));
    assert_eq!(copy.style, Style::Flow);
    assert_eq!(slice(text, root.get("base").unwrap()), "&b {x: 1, y: [2]}");
    assert_eq!(
        root.get("list").unwrap().to_json(),
        serde_json::json!([{"x": 1, "y": [2]}, {"x": 1, "y": [2]}])
    );
    assert_eq!(root.get("t").and_then(Node::as_str), Some("hej"));
    assert_eq!(slice(text, root.get("t").unwrap()), "*s");
    // A redefined anchor: later aliases see the new node.
    let root = doc("a: &x 1\nb: *x\nc: &x 2\nd: *x\n");
    assert_eq!(
        root.to_json(),
        serde_json::json!({"a": 1, "b": 1, "c": 2, "d": 2})
    );
}

#[test]
fn strings_and_keys_are_nfc_and_spans_point_at_the_bytes_as_written() {
    let text = "a\u{30a}r: Pa\u{30a}ske\når: igen\n";
    let root = parse(text, Pos::default(), &Limits::default())
        .unwrap()
        .unwrap();
    let Value::Map(entries) = &root.value else {
        panic!("a map")
    };
    assert_eq!(entries[0].key.as_str(), Some("år"));
    assert_eq!(entries[0].value.as_str(), Some("Påske"));
    let span = entries[0].value.span;
    assert_eq!(&text[span.start.offset..span.end.offset], "Pa\u{30a}ske");
    let dups = root.duplicate_keys();
    assert_eq!(dups.len(), 1, "the two spellings of `år` are one key");
    assert_eq!(dups[0].1.span.start.line, 2);
}
