//! `gov publish` with the roadmap and the annual cycle (issue 15): both
//! pages are linked from the home page, hold their picture (inline SVG for
//! HTML, a file of its own for Jekyll) and the same as text, and show only
//! approved versions: a plan redrafted since keeps its approved target, a
//! plan never approved and minutes not approved are on neither.

use std::path::Path;

use crate::env::TestEnv;

fn write(env: &TestEnv, path: &str, front: &str) {
    env.write(path, &format!("---\n{front}---\n"));
}

/// A cycle of steering committee meetings, approved and unapproved plans
/// and minutes, committed in January 2026; then a plan redrafted and a new
/// plan written, neither committed.
pub fn pictures_repo() -> TestEnv {
    let mut env = TestEnv::new();
    env.write(
        "gov.yaml",
        &format!(
            "{}cycle:\n  events:\n    styregruppe:\n      title: {{ da: Styregruppemøde, en: Steering committee meeting }}\n      body: styregruppe\n      rule: 1. torsdag\n      every: kvartal\n",
            env.read("gov.yaml")
        ),
    );
    write(
        &env,
        "plans/PLAN-0001-strategi.md",
        "id: PLAN-0001\ntitle: Strategi\nstatus: Godkendt\ntarget: 2026-H2\n",
    );
    write(
        &env,
        "plans/PLAN-0002-udkast.md",
        "id: PLAN-0002\ntitle: Aldrig godkendt\nstatus: Forslag\ntarget: 2026-Q3\n",
    );
    write(
        &env,
        "backlog/CR-0001-kiosk.md",
        "id: CR-0001\ntitle: Kiosk-tilstand\nstatus: Planlagt\ntarget: Q1 2027\n",
    );
    write(
        &env,
        "backlog/CR-0002-usb.md",
        "id: CR-0002\ntitle: USB\nstatus: Godkendt\n",
    );
    write(
        &env,
        "meetings/MTG-0001-jan.md",
        "id: MTG-0001\ntitle: Styregruppemøde januar\nstatus: Referat godkendt\ndate: 2026-01-08\nbody: styregruppe\n",
    );
    write(
        &env,
        "meetings/MTG-0002-apr.md",
        "id: MTG-0002\ntitle: Styregruppemøde april\nstatus: Referat klar til godkendelse\ndate: 2026-04-02\nbody: styregruppe\n",
    );
    env.commit("Records");
    write(
        &env,
        "plans/PLAN-0001-strategi.md",
        "id: PLAN-0001\ntitle: Strategi\nstatus: Udkast\ntarget: 2027-H2\n",
    );
    write(
        &env,
        "plans/PLAN-0003-ny.md",
        "id: PLAN-0003\ntitle: Ny og ucommittet\nstatus: Godkendt\ntarget: 2026\n",
    );
    env
}

fn publish(env: &TestEnv, out: &Path, format: &str) {
    let out = out.to_string_lossy().into_owned();
    env.gov(&["publish", "--out", &out, "--format", format])
        .ok();
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The inline SVG of a page, parsed.
fn svg_of(html: &str) -> String {
    let start = html.find("<svg").expect("an inline picture");
    let end = html.find("</svg>").expect("its end") + "</svg>".len();
    html[start..end].to_string()
}

#[test]
fn the_html_site_has_a_roadmap_and_a_wheel_of_approved_versions_linked_from_home() {
    let env = pictures_repo();
    let site = tempfile::tempdir().unwrap();
    publish(&env, site.path(), "html");
    let home = read(site.path(), "index.html");
    assert!(
        home.contains("<li><a href=\"roadmap.html\">Roadmap</a></li>"),
        "{home}"
    );
    assert!(
        home.contains("<li><a href=\"aarshjul.html\">Årshjul</a></li>"),
        "{home}"
    );
    let roadmap = read(site.path(), "roadmap.html");
    let svg = svg_of(&roadmap);
    let doc = roxmltree::Document::parse(&svg).expect("the picture is XML");
    let root = doc.root_element();
    assert_eq!(root.attribute("role"), Some("img"));
    assert_eq!(root.attribute("aria-labelledby"), Some("title desc"));
    let desc = root
        .children()
        .find(|n| n.tag_name().name() == "desc")
        .and_then(|n| n.text())
        .unwrap();
    assert!(
        desc.contains("PLAN-0001 Strategi (Plan, Godkendt): 3. kvartal 2026 – 4. kvartal 2026"),
        "{desc}"
    );
    assert!(
        desc.contains("CR-0001 Kiosk-tilstand (Ændringsønske, Planlagt): 1. kvartal 2027"),
        "{desc}"
    );
    assert!(
        desc.contains("1 uden placering"),
        "CR-0002 has no target: {desc}"
    );
    for never in [
        "PLAN-0002",
        "PLAN-0003",
        "2027-H2",
        "Aldrig godkendt",
        "ucommittet",
    ] {
        assert!(!roadmap.contains(never), "{never} is not approved on HEAD");
    }
    // Marked with the published commit's day (1 January 2026), not today's.
    assert!(svg.contains(">1. januar 2026</text>"), "{svg}");
    assert!(roadmap.contains("<a href=\"plan/PLAN-0001.html\">PLAN-0001</a>"));
    assert!(roadmap.contains("<h2>Uden placering</h2>"));

    let wheel = read(site.path(), "aarshjul.html");
    let svg = svg_of(&wheel);
    roxmltree::Document::parse(&svg).expect("the wheel is XML");
    assert!(
        svg.contains("Styregruppemøde januar"),
        "approved minutes: the meeting"
    );
    assert!(
        !wheel.contains("Styregruppemøde april"),
        "minutes not approved: not on the site"
    );
    assert!(!wheel.contains("MTG-0002"));
    assert!(
        wheel.contains("<a href=\"meeting/MTG-0001.html\">Styregruppemøde januar</a>"),
        "{wheel}"
    );
    assert!(
        wheel.contains("<td>2026-04-02</td>"),
        "the rule's April date stays, as an event: {wheel}"
    );
    assert!(wheel.contains("Årshjulet for 2026"));
}

#[test]
fn jekyll_gets_the_same_pages_with_the_pictures_as_files() {
    let env = pictures_repo();
    let site = tempfile::tempdir().unwrap();
    publish(&env, site.path(), "jekyll");
    let roadmap = read(site.path(), "roadmap.md");
    assert!(
        roadmap.starts_with("---\ntitle: \"Roadmap\"\nparent: \"Godkendte styringsdokumenter\"\nnav_order: 5\n---\n\n# Roadmap\n"),
        "{roadmap}"
    );
    assert!(
        roadmap.contains("![Roadmap fra 1. kvartal 2026 til 4. kvartal 2027](roadmap.svg)"),
        "{roadmap}"
    );
    assert!(
        roadmap.contains("| 3. kvartal 2026 – 4. kvartal 2026 | PLAN-0001 | Strategi |"),
        "{roadmap}"
    );
    assert!(!roadmap.contains("PLAN-0002") && !roadmap.contains("PLAN-0003"));
    let svg = read(site.path(), "roadmap.svg");
    roxmltree::Document::parse(&svg).expect("the picture is XML");
    assert!(
        !svg.starts_with("---"),
        "no front matter: Jekyll copies it as it is"
    );
    let wheel = read(site.path(), "aarshjul.md");
    assert!(wheel.contains("nav_order: 6\n"), "{wheel}");
    assert!(
        wheel.contains("![Årshjul fra 2026-01-01 til 2026-12-31](aarshjul.svg)"),
        "{wheel}"
    );
    assert!(
        wheel.contains("| 2026-01-08 | hele dagen | styregruppe | Styregruppemøde januar |"),
        "{wheel}"
    );
    assert!(!wheel.contains("april"), "{wheel}");
    roxmltree::Document::parse(&read(site.path(), "aarshjul.svg")).unwrap();
}

#[test]
fn without_a_cycle_there_is_no_wheel_and_without_records_an_empty_roadmap() {
    let mut env = TestEnv::new();
    write(
        &env,
        "decisions/DEC-0001-x.md",
        "id: DEC-0001\ntitle: X\nstatus: Accepteret\n",
    );
    env.commit("One decision");
    let site = tempfile::tempdir().unwrap();
    publish(&env, site.path(), "html");
    assert!(!site.path().join("aarshjul.html").exists());
    let roadmap = read(site.path(), "roadmap.html");
    assert!(
        roadmap.contains("Intet på roadmappen i perioden."),
        "{roadmap}"
    );
    roxmltree::Document::parse(&svg_of(&roadmap)).unwrap();
    let home = read(site.path(), "index.html");
    assert!(!home.contains("aarshjul.html"));
}
