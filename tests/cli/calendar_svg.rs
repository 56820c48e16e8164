//! `gov calendar --format svg`: the wheel is well-formed SVG with a title
//! and a description, its labels stay on the canvas and apart, and a real
//! renderer (`rsvg-convert`, Debian's librsvg2-bin; `.ci/run` installs it)
//! turns it into a PNG that is not blank and has nothing cut at the edges.

use crate::calendar::with_cycle;
use crate::env::TestEnv;
use crate::picture::{number, rendered};

fn svg(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["calendar", "--format", "svg"];
    all.extend(args);
    env.gov(&all).ok().to_string()
}

#[test]
fn the_wheel_is_svg_with_a_title_a_description_and_labels_apart() {
    let env = with_cycle(TestEnv::new());
    let text = svg(&env, &[]);
    assert_eq!(text, svg(&env, &[]), "the same bytes twice");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let (width, height) = (number(root, "width"), number(root, "height"));
    let child = |name: &str| {
        root.children()
            .find(|n| n.tag_name().name() == name)
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(child("title"), "Årshjul fra 2026-01-01 til 2026-12-31");
    let desc = child("desc");
    assert!(desc.starts_with("Et hjul med årets tolv måneder og 11 begivenheder: 2026-01-13 Koordinationsgruppemøde (Koordinationsgruppen);"), "{desc}");
    assert!(
        desc.contains(
            "2026-06-09 Styregruppemøde juni (Styregruppen), flyttet fra 2026-06-04; MTG-0001"
        ),
        "{desc}"
    );
    // Twelve month sectors, eleven dots, today (28 November) marked.
    let by_id = |id: &str| root.descendants().find(|n| n.attribute("id") == Some(id));
    let months = by_id("months").unwrap();
    assert_eq!(
        months
            .children()
            .filter(|n| n.tag_name().name() == "path")
            .count(),
        12
    );
    let entries = by_id("entries").unwrap();
    assert_eq!(
        entries
            .children()
            .filter(|n| n.tag_name().name() == "circle")
            .count(),
        11
    );
    assert!(by_id("today").is_some());
    assert!(
        by_id("legend")
            .unwrap()
            .descendants()
            .any(|n| n.text() == Some("Koordinationsgruppen"))
    );
    // Every text inside the canvas, measured generously (0.62 em a letter).
    for t in root.descendants().filter(|n| n.tag_name().name() == "text") {
        let (x, y) = (number(t, "x"), number(t, "y"));
        let size: f64 = t.attribute("font-size").unwrap().parse().unwrap();
        let letters = t
            .descendants()
            .filter_map(|n| n.text())
            .map(|s| s.chars().count())
            .sum::<usize>();
        let w = letters as f64 * size * 0.62;
        let (left, right) = match t.attribute("text-anchor") {
            Some("end") => (x - w, x),
            Some("middle") => (x - w / 2.0, x + w / 2.0),
            _ => (x, x + w),
        };
        assert!(
            left >= 0.0 && right <= width && y - size >= 0.0 && y <= height,
            "{:?} at {x},{y}",
            t.descendants().filter_map(|n| n.text()).collect::<String>()
        );
    }
    // Labels on each side at least a font size apart.
    let mut sides: [Vec<(f64, f64)>; 2] = [Vec::new(), Vec::new()];
    for t in entries.children().filter(|n| n.tag_name().name() == "text") {
        let side = usize::from(t.attribute("text-anchor") == Some("end"));
        sides[side].push((number(t, "y"), number(t, "font-size")));
    }
    for side in &mut sides {
        side.sort_by(|a, b| a.0.total_cmp(&b.0));
        for w in side.windows(2) {
            assert!(w[1].0 - w[0].0 >= w[0].1, "{w:?}");
        }
    }
    assert_eq!(sides[0].len() + sides[1].len(), 11);
}

#[test]
fn a_crowded_year_keeps_its_labels_apart_and_another_year_has_no_today() {
    let env = TestEnv::english();
    let config = env.read("gov.yaml");
    let mut events = String::new();
    for (i, day) in ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]
        .iter()
        .enumerate()
    {
        events.push_str(&format!("    e{i}:\n      title: Et langt navn på en begivenhed der gentages hver uge nummer {i}\n      rule: 1. {day}\n    f{i}:\n      title: Andet møde {i}\n      rule: 3. {day}\n"));
    }
    env.write("gov.yaml", &format!("{config}cycle:\n  events:\n{events}"));
    let text = svg(&env, &["--from", "2027-01-01"]);
    let doc = roxmltree::Document::parse(&text).unwrap();
    let entries = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("entries"))
        .unwrap();
    let mut ys: Vec<(bool, f64, f64)> = entries
        .children()
        .filter(|n| n.tag_name().name() == "text")
        .map(|t| {
            (
                t.attribute("text-anchor") == Some("end"),
                number(t, "y"),
                number(t, "font-size"),
            )
        })
        .collect();
    assert_eq!(ys.len(), 120);
    ys.sort_by(|a, b| (a.0, a.1).partial_cmp(&(b.0, b.1)).unwrap());
    for w in ys.windows(2).filter(|w| w[0].0 == w[1].0) {
        assert!(w[1].1 - w[0].1 >= w[0].2, "{w:?}");
        assert!(w[0].1 - w[0].2 >= 0.0 && w[1].1 <= 1100.0);
    }
    assert!(
        !text.contains("id=\"today\""),
        "2027 does not hold GOV_TODAY"
    );
    assert!(
        text.contains("<title id=\"title\">Annual cycle from 2027-01-01 to 2027-12-31</title>")
    );
}

#[test]
fn rsvg_convert_renders_it_not_blank_and_nothing_at_the_edges() {
    let env = with_cycle(TestEnv::new());
    let text = svg(&env, &[]);
    let drawn = rendered(&text);
    assert_eq!((drawn.width, drawn.height), (1500, 1100));
    assert!(drawn.ink > 0.04 && drawn.ink < 0.6, "ink {}", drawn.ink);
    assert!(drawn.colours > 8, "the bodies' colours: {}", drawn.colours);
}
