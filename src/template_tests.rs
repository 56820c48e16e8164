use super::*;
use crate::config::Config;
use crate::record::{Record, Summary};

fn ctx(title: &str) -> Context {
    Context {
        id: "DEC-0001".into(),
        title: title.into(),
        date: "2026-11-28".into(),
        date_human: "28. november 2026".into(),
        status: "Udkast".into(),
        kind_type: String::new(),
        author: "Agnete Moos".into(),
        lang: "da",
    }
}

#[test]
fn every_built_in_template_renders_a_record_that_reads_back() {
    let config = Config::defaults();
    for (lang, kind_name, text) in BUILT_IN {
        let kind = config.kind(kind_name).unwrap();
        let title = "[SDR] Fuld stop: \"nye\" ønsker # 1";
        let mut c = ctx(title);
        c.id = crate::record::format_id(&kind.prefix, 1);
        c.status = kind
            .status(&kind.initial)
            .unwrap()
            .labels
            .get(*lang)
            .to_string();
        let out = render(kind_name, text, &c).unwrap();
        let record = Record::parse(format!("x/{}.md", c.id), kind.name.clone(), out);
        let s = Summary::of(&record, kind);
        assert!(
            record.fields().is_some(),
            "{lang:?} {kind_name}: front matter parses"
        );
        assert_eq!(s.id, c.id, "{lang:?} {kind_name}");
        assert_eq!(s.title, title, "{lang:?} {kind_name}");
        assert_eq!(
            s.status.as_deref(),
            Some(kind.initial.as_str()),
            "{lang:?} {kind_name}"
        );
        assert_eq!(
            s.date.as_deref(),
            Some("2026-11-28"),
            "{lang:?} {kind_name}"
        );
    }
}

#[test]
fn the_generic_template_reads_back() {
    let out = render("generic", GENERIC, &ctx("Risiko: nedbrud")).unwrap();
    assert!(
        out.starts_with("---\nid: DEC-0001\ntitle: \"Risiko: nedbrud\"\n"),
        "{out}"
    );
}

#[test]
fn hostile_templates_stop_with_an_error() {
    let cases = [
        (
            "loop",
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "steps",
        ),
        (
            "doubling",
            "{% set ns = namespace(s=\"x\") %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
            "steps",
        ),
        ("repeat", "{{ \"x\" * 3000000000 }}", "steps"),
        (
            "output",
            "{% for i in range(10000) %}{{ \"x\" * 1000 }}{% endfor %}",
            "MB",
        ),
        (
            "recursion",
            "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
            "mine",
        ),
    ];
    for (what, text, says) in cases {
        let started = std::time::Instant::now();
        let err = render("mine", text, &ctx("x")).unwrap_err();
        assert!(err.to_string().contains("mine"), "{what}: {err}");
        assert!(err.to_string().contains(says), "{what}: {err}");
        assert!(
            started.elapsed().as_secs() < 5,
            "{what} took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn the_built_in_templates_use_a_small_part_of_the_fuel() {
    for (_, kind, text) in BUILT_IN {
        let mut env = minijinja::Environment::new();
        env.add_filter("yaml", |s: String| crate::yaml::scalar(&s));
        env.set_fuel(Some(FUEL));
        let t = env.template_from_str(text).unwrap();
        let captured = t
            .render_captured(minijinja::value::Serde(ctx("x")))
            .unwrap();
        let used = captured.state().fuel_levels().map_or(0, |(used, _)| used);
        assert!(used < FUEL / 100, "{kind}: {used}");
    }
}

#[test]
fn a_template_file_too_large_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = "x".repeat(MAX_SOURCE as usize + 1);
    std::fs::write(dir.path().join("decision.md"), big).unwrap();
    let err = source(dir.path(), Lang::Da, "decision").unwrap_err();
    assert!(err.to_string().contains("decision.md"), "{err}");
}

#[test]
fn a_broken_template_names_its_line() {
    let err = render("mine", "---\nid: {{ id }\n", &ctx("x")).unwrap_err();
    assert!(err.to_string().contains("mine"), "{err}");
    assert!(err.to_string().contains("line 2"), "{err}");
}

#[test]
fn the_repositorys_template_then_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    let (name, text) = source(dir.path(), Lang::En, "decision").unwrap();
    assert_eq!(name, "built-in en/decision.md");
    assert_eq!(text, built_in(Lang::En, "decision").unwrap());
    let (name, text) = source(dir.path(), Lang::Da, "budget").unwrap();
    assert_eq!(
        (name.as_str(), text.as_str()),
        ("built-in da/budget.md", GENERIC)
    );
    let exactly = "x".repeat(MAX_SOURCE as usize);
    std::fs::write(dir.path().join("decision.md"), &exactly).unwrap();
    let (name, text) = source(dir.path(), Lang::En, "decision").unwrap();
    assert!(
        name.ends_with("decision.md") && !name.starts_with("built-in"),
        "{name}"
    );
    assert_eq!(text, exactly, "a template of exactly the limit is read");
    std::fs::create_dir(dir.path().join("change.md")).unwrap();
    assert!(
        source(dir.path(), Lang::En, "change").is_err(),
        "unreadable is not absent"
    );
}

#[test]
fn built_in_templates_by_language_and_kind() {
    let da = built_in(Lang::Da, "decision").unwrap();
    let en = built_in(Lang::En, "decision").unwrap();
    assert_ne!(da, en);
    assert!(da.contains("{{ id }}") && en.contains("{{ id }}"));
    assert_ne!(built_in(Lang::Da, "change"), Some(da));
    assert_eq!(built_in(Lang::Da, "budget"), None);
}

#[test]
fn the_output_limit_is_exact() {
    let mut out = Bounded {
        out: Vec::new(),
        overflow: false,
    };
    out.write_all(&[b'x'; 3]).unwrap();
    out.write_all(&vec![b'x'; MAX_OUTPUT - 3]).unwrap();
    assert!(!out.overflow);
    assert!(out.write_all(b"x").is_err());
    assert!(out.overflow);
    assert_eq!(out.out.len(), MAX_OUTPUT);
}

#[test]
fn a_template_failing_while_rendering_says_why_not_fuel() {
    let err = render("mine", "---\nid: {{ id }}\n---\n{{ nope(1) }}\n", &ctx("x")).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("mine") && text.contains("line 4"), "{text}");
    assert!(!text.contains("gov stopped it"), "{text}");
}
