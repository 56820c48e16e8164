//! `gov roadmap --format svg`: the timeline is well-formed SVG with a
//! title and a description, its labels stay on the canvas and apart, and a
//! real renderer (`rsvg-convert`, Debian's librsvg2-bin; `.ci/run`
//! installs it) turns it into a PNG that is not blank and has nothing cut
//! at the edges.

use crate::env::TestEnv;
use crate::picture::{number, rendered};
use crate::roadmap::roadmap_repo;

fn svg(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["roadmap", "--format", "svg"];
    all.extend(args);
    env.gov(&all).ok().to_string()
}

/// Every text's box, measured generously (0.62 em a letter), inside the
/// canvas; and the texts of one group at least a font size apart
/// vertically where they could meet horizontally.
fn texts_fit_and_keep_apart(root: roxmltree::Node<'_, '_>) {
    let (width, height) = (number(root, "width"), number(root, "height"));
    let mut boxes = Vec::new();
    for t in root.descendants().filter(|n| n.tag_name().name() == "text") {
        let (x, y) = (number(t, "x"), number(t, "y"));
        let size = number(t, "font-size");
        let text: String = t
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        let w = text.chars().count() as f64 * size * 0.62;
        let (left, right) = match t.attribute("text-anchor") {
            Some("end") => (x - w, x),
            Some("middle") => (x - w / 2.0, x + w / 2.0),
            _ => (x, x + w),
        };
        assert!(
            left >= 0.0 && right <= width && y - size >= 0.0 && y <= height,
            "{text:?} at {x},{y} leaves the canvas {width}x{height}"
        );
        let group = t
            .parent()
            .and_then(|p| p.attribute("id"))
            .unwrap_or_default()
            .to_string();
        boxes.push((group, left, right, y, size, text));
    }
    let labels: Vec<_> = boxes.iter().filter(|b| b.0 == "records").collect();
    for (i, a) in labels.iter().enumerate() {
        for b in &labels[i + 1..] {
            let meet = a.1 < b.2 && b.1 < a.2;
            assert!(
                !meet || (a.3 - b.3).abs() >= a.4.max(b.4),
                "{:?} and {:?} overlap",
                a.5,
                b.5
            );
        }
    }
}

#[test]
fn the_timeline_is_svg_with_a_title_a_description_and_labels_apart() {
    let env = roadmap_repo(TestEnv::new());
    let text = svg(&env, &[]);
    assert_eq!(text, svg(&env, &[]), "the same bytes twice");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let child = |name: &str| {
        root.children()
            .find(|n| n.tag_name().name() == name)
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        child("title"),
        "Roadmap fra 1. kvartal 2026 til 4. kvartal 2027"
    );
    let desc = child("desc");
    assert!(desc.starts_with("En tidslinje med 8 kvartaler og 5 sager: PLAN-0001 Strategi 2026-2027 (Plan, Godkendt): 1. kvartal 2026 – 4. kvartal 2027;"), "{desc}");
    assert!(
        desc.ends_with("Ikke på tidslinjen: 1 uden for perioden og 3 uden placering."),
        "{desc}"
    );
    let by_id = |id: &str| root.descendants().find(|n| n.attribute("id") == Some(id));
    let quarters = by_id("quarters").unwrap();
    assert_eq!(
        quarters
            .children()
            .filter(|n| n.tag_name().name() == "rect")
            .count(),
        8
    );
    let records = by_id("records").unwrap();
    let bars: Vec<_> = records
        .children()
        .filter(|n| n.tag_name().name() == "rect")
        .collect();
    assert_eq!(bars.len(), 5);
    // Plans first; a bar spans its quarters: PLAN-0001 all eight.
    let first = bars[0];
    assert!(
        first
            .descendants()
            .any(|n| n.text().is_some_and(|t| t.starts_with("PLAN-0001")))
    );
    assert!(
        number(first, "width") > 1400.0,
        "{}",
        number(first, "width")
    );
    // Coloured by status: five statuses, five colours, each in the legend.
    let fills: std::collections::BTreeSet<&str> =
        bars.iter().map(|b| b.attribute("fill").unwrap()).collect();
    assert_eq!(fills.len(), 5);
    let legend = by_id("legend").unwrap();
    for word in ["Godkendt", "Aktiv", "Leveret", "I gang", "Planlagt"] {
        assert!(
            legend.descendants().any(|n| n.text() == Some(word)),
            "{word}"
        );
    }
    // Today, 28 November 2026, in the fourth quarter of 2026 (the fourth column).
    let today = by_id("today").expect("today marked");
    let line = today
        .children()
        .find(|n| n.tag_name().name() == "line")
        .unwrap();
    let x = number(line, "x1");
    assert!(x > 40.0 + 3.0 * 177.5 && x < 40.0 + 4.0 * 177.5, "{x}");
    texts_fit_and_keep_apart(root);
}

#[test]
fn long_titles_and_many_records_stay_on_the_canvas_and_another_year_has_no_today() {
    let env = TestEnv::english();
    for i in 0..30 {
        let target = ["2027-Q1", "2027-Q4", "2027", "Q3 2027–Q4 2027", "2027-H1"][i % 5];
        env.write(
            &format!("backlog/CR-{:04}-x.md", i + 1),
            &format!("---\nid: CR-{:04}\ntitle: Et meget langt navn på et ændringsønske der bliver ved{} nummer {i}\nstatus: Planlagt\ntarget: {target}\n---\n", i + 1, " og ved".repeat(22)),
        );
    }
    let text = svg(&env, &["--from", "2027-01-01", "--to", "2027-12-31"]);
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    assert!(
        !text.contains("id=\"today\""),
        "2027 does not hold GOV_TODAY"
    );
    assert!(text.contains("<title id=\"title\">Roadmap from Q1 2027 to Q4 2027</title>"));
    let labels: Vec<String> = root
        .descendants()
        .filter(|n| n.attribute("id") == Some("records"))
        .flat_map(|g| g.children().filter(|n| n.tag_name().name() == "text"))
        .filter_map(|t| t.text().map(str::to_string))
        .collect();
    assert_eq!(labels.len(), 31, "a heading and thirty labels");
    assert!(
        labels.iter().any(|l| l.ends_with('…')),
        "the labels near the right edge are cut"
    );
    texts_fit_and_keep_apart(root);
}

#[test]
fn rsvg_convert_renders_it_not_blank_and_nothing_at_the_edges() {
    let env = roadmap_repo(TestEnv::new());
    let text = svg(&env, &[]);
    let drawn = rendered(&text);
    assert_eq!(drawn.width, 1500);
    assert!(drawn.ink > 0.04 && drawn.ink < 0.7, "ink {}", drawn.ink);
    assert!(
        drawn.colours > 8,
        "the statuses' colours: {}",
        drawn.colours
    );
}
