//! Tests of the parser's limits and errors: alias budgets, depth, multiple
//! documents, tabs, empty documents, duplicate keys and odd JSON keys.

use std::time::{Duration, Instant};

use super::testutil::{START, doc, err, pos};
use super::*;

#[test]
fn alias_errors() {
    let e = err("a: 1\nb: *nope\n", &Limits::default());
    assert_eq!(e.kind, YamlErrorKind::UnknownAnchor("nope".into()));
    assert_eq!(e.pos, pos(8, 2, 4));
    let e = err("a: &x [1, *x]\n", &Limits::default());
    assert_eq!(e.kind, YamlErrorKind::UnknownAnchor("x".into()));
    assert_eq!(e.pos.column, 11);
}

#[test]
fn alias_bomb_fails_fast() {
    let mut text = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (prev, name) in "abcdefgh".chars().zip("bcdefghi".chars()) {
        let aliases = vec![format!("*{prev}"); 9].join(",");
        text.push_str(&format!("{name}: &{name} [{aliases}]\n"));
    }
    let started = Instant::now();
    let e = err(&text, &Limits::default());
    assert_eq!(e.kind, YamlErrorKind::AliasBudget { limit: 100_000 });
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
    // A smaller budget catches a smaller expansion, naming the alias.
    let small = Limits {
        max_nodes: 12,
        ..Limits::default()
    };
    let e = err("a: &a [1, 2, 3]\nb: [*a, *a]\n", &small);
    assert_eq!(e.kind, YamlErrorKind::AliasBudget { limit: 12 });
    assert_eq!(e.pos.column, 9);
    let e = err(
        "[1, 2, 3, 4]",
        &Limits {
            max_nodes: 3,
            ..Limits::default()
        },
    );
    assert_eq!(e.kind, YamlErrorKind::TooManyNodes { limit: 3 });
}

#[test]
fn aliases_to_a_huge_scalar_are_refused() {
    let big = "æ".repeat(60_000);
    let text = format!("a: &a \"{big}\"\nb: [{}]\n", vec!["*a"; 20].join(", "));
    let e = err(&text, &Limits::default());
    assert_eq!(e.kind, YamlErrorKind::AliasBytes { limit: 1 << 20 });
    assert_eq!(e.pos.line, 2);
    let fine = format!("a: &a \"{big}\"\nb: [*a, *a]\n");
    assert!(parse(&fine, START, &Limits::default()).is_ok());
}

#[test]
fn deep_nesting_is_refused() {
    let too_deep = YamlErrorKind::TooDeep { limit: 64 };
    for depth in [1_000, 100_000] {
        let started = Instant::now();
        assert_eq!(err(&"[".repeat(depth), &Limits::default()).kind, too_deep);
        let closed = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(err(&closed, &Limits::default()).kind, too_deep);
        assert_eq!(
            err(&"{a: ".repeat(depth), &Limits::default()).kind,
            too_deep
        );
        assert_eq!(
            err(&("- ".repeat(depth) + "x"), &Limits::default()).kind,
            too_deep
        );
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
    }
    let mut indented = String::new();
    for i in 0..1_000 {
        indented.push_str(&format!("{}k:\n", " ".repeat(i)));
    }
    let e = err(&indented, &Limits::default());
    assert_eq!(
        (e.kind, e.pos.line, e.pos.column),
        (too_deep.clone(), 65, 65)
    );
    // Exactly at the limit is fine; one more is not.
    assert!(
        parse(
            &format!("{}{}", "[".repeat(64), "]".repeat(64)),
            START,
            &Limits::default()
        )
        .is_ok()
    );
    let e = err(
        &format!("{}{}", "[".repeat(65), "]".repeat(65)),
        &Limits::default(),
    );
    assert_eq!((e.kind, e.pos.column), (too_deep, 65));
    // Aliases count with the depth of what they copy.
    let shallow = Limits {
        max_depth: 3,
        ..Limits::default()
    };
    assert!(parse("a: &a [[1]]\nb: *a\n", START, &shallow).is_ok());
    assert_eq!(
        err("a: &a [[1]]\nb: [*a]\n", &shallow).kind,
        YamlErrorKind::TooDeep { limit: 3 }
    );
    // A huge limit is capped.
    let huge = Limits {
        max_depth: usize::MAX,
        ..Limits::default()
    };
    let deepest = format!("{}{}", "[".repeat(MAX_DEPTH_CAP), "]".repeat(MAX_DEPTH_CAP));
    assert!(parse(&deepest, START, &huge).is_ok());
    let e = err(&"[".repeat(100_000), &huge);
    assert_eq!(
        e.kind,
        YamlErrorKind::TooDeep {
            limit: MAX_DEPTH_CAP
        }
    );
}

#[test]
fn multiple_documents_are_refused() {
    let e = err("a: 1\n---\nb: 2\n", &Limits::default());
    assert_eq!(
        (e.kind, e.pos),
        (YamlErrorKind::MultipleDocuments, pos(5, 2, 1))
    );
    let e = err("a: 1\n...\nb: 2\n", &Limits::default());
    assert_eq!((e.kind, e.pos.line), (YamlErrorKind::MultipleDocuments, 3));
    assert_eq!(
        doc("---\na: 1\n...\n").to_json(),
        serde_json::json!({"a": 1})
    );
}

#[test]
fn tabs_and_syntax_errors_have_positions() {
    let tab = YamlErrorKind::Syntax("found a tab character where indentation was expected".into());
    let e = err("a:\n\tb: c\n", &Limits::default());
    assert_eq!((e.kind.clone(), e.pos), (tab.clone(), pos(3, 2, 1)));
    let e = err("titel: Møde\n\tstatus: åben\n", &Limits::default());
    assert_eq!((e.kind, e.pos.line, e.pos.column), (tab, 2, 1));
    assert_eq!(doc("a: b\tc").get("a").and_then(Node::as_str), Some("b\tc"));
    let e = err("a: [1, 2\n", &Limits::default());
    assert!(matches!(e.kind, YamlErrorKind::Syntax(_)));
    assert_eq!(e.pos.line, 2);
    let e = err("a: 'x\n", &Limits::default());
    assert_eq!(
        e.kind,
        YamlErrorKind::Syntax("a quoted value is not closed".into())
    );
    assert_eq!(
        e.to_string(),
        "a quoted value is not closed (line 1, column 4)"
    );
}

#[test]
fn empty_documents() {
    for text in ["", "   \n", "# kun en kommentar\n\n", "\r\n# x\r\n"] {
        assert_eq!(parse(text, START, &Limits::default()), Ok(None), "{text:?}");
    }
    assert_eq!(doc("---\n").value, Value::Null);
}

#[test]
fn duplicate_keys_are_kept_and_reported() {
    let text = "a: 1\nb:\n  x: 1\n  x: 2\na: 3\n1: x\n\"1\": y\n";
    let root = doc(text);
    assert_eq!(root.get("a").unwrap().value, Value::Int(1));
    let dups: Vec<_> = root
        .duplicate_keys()
        .into_iter()
        .map(|(first, dup)| (first.span.start.line, dup.span.start.line))
        .collect();
    assert_eq!(dups, [(4, 3), (5, 1), (7, 6)].map(|(d, f)| (f, d)));
    assert_eq!(
        root.to_json(),
        serde_json::json!({"a": 1, "b": {"x": 1}, "1": "x"})
    );
    assert!(doc("a: 1\nb: 2").duplicate_keys().is_empty());
}

#[test]
fn json_of_odd_keys_and_floats() {
    let root = doc("1: a\ntrue: b\n~: c\n1.5: d\n[x, z]: e\nf: .inf\ng: .nan\n");
    assert_eq!(
        root.to_json(),
        serde_json::json!({"1": "a", "true": "b", "null": "c", "1.5": "d", "[x, z]": "e",
                           "f": ".inf", "g": ".nan"})
    );
    assert_eq!(doc("x").get("x"), None);
    assert_eq!(doc("[a]").entry("a"), None);
    assert_eq!(doc("12").as_str(), None);
}
