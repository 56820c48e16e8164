//! `gov publish` in a real browser: pages made of records full of
//! cross-site-scripting payloads are loaded in headless Chromium and no
//! script runs; axe-core finds no accessibility violation (WCAG 2.1 AA and
//! its best practices). Skipped, loudly, only where Chromium is missing;
//! `.ci/run` installs it and axe-core, so CI always runs these.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::env::TestEnv;

/// The browser, when installed.
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            let out = Command::new("which").arg(name).output().ok()?;
            let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
            (out.status.success() && !path.is_empty()).then(|| PathBuf::from(path))
        })
}

/// The browser or a loud skip.
fn browser_or_skip(test: &str) -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        eprintln!(
            "\n*** SKIPPED {test}: Chromium is not installed (apt-get install -y chromium); \
             CI installs it and runs this test ***\n"
        );
    }
    found
}

/// The DOM of `page` after its scripts ran (timers too, up to 5 s of
/// virtual time), as headless Chromium dumps it.
fn dump_dom(browser: &Path, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .env("HOME", profile.path())
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The marker every payload tries to write, never in the source: only a
/// script that ran can put it together.
const MARK: &str = "PWNED";

/// Payloads, each trying to set the title or write the marker.
const PAYLOADS: &str = r#"
<script>document.title='PW'+'NED'</script>

<img src=x onerror="document.title='PW'+'NED'">

<svg onload="document.title='PW'+'NED'"><script>document.title='PW'+'NED'</script></svg>

<a href="javascript:document.title='PW'+'NED'">a</a> <a href="JaVaScRiPt:document.title='PW'+'NED'">b</a>

[md](javascript:document.title='PW'+'NED') [data](data:text/html;base64,PHNjcmlwdD5kb2N1bWVudC50aXRsZT0nUFcnKydORUQnPC9zY3JpcHQ+)

![pic](javascript:document.title='PW'+'NED')

<iframe src="data:text/html,<script>parent.document.title='PW'+'NED'</script>"></iframe>

<scr<script>ipt>document.title='PW'+'NED'</scr</script>ipt>

<img src="x" onerror=document.title='PW'+'NED'//

<details open ontoggle="document.title='PW'+'NED'">x</details>

<body onload="document.title='PW'+'NED'">

<math><mtext><table><mglyph><style><img src=x onerror="document.title='PW'+'NED'">

<object data="javascript:document.title='PW'+'NED'"></object><embed src="javascript:document.title='PW'+'NED'">

<form action="javascript:document.title='PW'+'NED'"><button formaction="javascript:document.title='PW'+'NED'">x</button></form>

<meta http-equiv="refresh" content="0;url=javascript:document.title='PW'+'NED'">

<base href="javascript:document.title='PW'+'NED'//">

<noscript><p title="</noscript><img src=x onerror=document.title='PW'+'NED'>">

<style>body{background:url("javascript:document.title='PW'+'NED'")}</style>

{{ 'PW' | append: 'NED' }} {% assign x = 'PW' %}
"#;

fn hostile_repo() -> TestEnv {
    let mut env = TestEnv::new();
    env.write(
        "decisions/DEC-0001-x.md",
        &format!(
            "---\nid: DEC-0001\ntitle: \"<script>document.title='PW'+'NED'</script>\"\nstatus: accepted\ndeciders: [\"<img src=x onerror=document.title='PW'+'NED'>\"]\ndate: 2026-01-05\n---\n\n# <img src=x onerror=\"document.title='PW'+'NED'\">\n{PAYLOADS}"
        ),
    );
    env.write(
        "backlog/CR-0001-x.md",
        &format!("---\nid: CR-0001\ntitle: \"\\\" onmouseover=\\\"document.title='PW'+'NED'\"\nstatus: approved\ntarget: 2026-Q2\n---\n{PAYLOADS}"),
    );
    env.write(
        "plans/PLAN-0001-x.md",
        &format!("---\nid: PLAN-0001\ntitle: Plan\nstatus: approved\nsuperseded_by: \"javascript:document.title='PW'+'NED'\"\n---\n{PAYLOADS}"),
    );
    // On the roadmap and the wheel too: their pictures are gov's own SVG,
    // with the records' and the cycle's words inside.
    env.write(
        "gov.yaml",
        &format!(
            "{}cycle:\n  events:\n    x:\n      title: \"<script>document.title='PW'+'NED'</script>\"\n      body: \"<img src=x onerror=document.title='PW'+'NED'>\"\n      rule: 1. torsdag\n",
            env.read("gov.yaml")
        ),
    );
    env.commit("Hostile records");
    env
}

/// The elements and attributes gov's own pictures are made of: anything
/// else in a `<figure>` came from somewhere else.
const PICTURE_ELEMENTS: &[&str] = &[
    "svg", "title", "desc", "g", "rect", "text", "tspan", "line", "path", "circle", "polyline",
];
const PICTURE_ATTRIBUTES: &[&str] = &[
    "xmlns",
    "width",
    "height",
    "viewBox",
    "role",
    "aria-labelledby",
    "font-family",
    "id",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "d",
    "points",
    "fill",
    "stroke",
    "stroke-width",
    "font-size",
    "font-weight",
    "text-anchor",
    "paint-order",
    "text-decoration",
];

/// The page without its pictures, each checked to be gov's own SVG: XML
/// of the elements and attributes above only (no script, no handler, no
/// link), its text escaped.
fn without_pictures(html: &str, page: &Path) -> String {
    let mut rest = html;
    let mut out = String::new();
    while let Some(start) = rest.find("<figure>") {
        let end = rest[start..].find("</figure>").expect("a figure ends") + start;
        let svg = &rest[start + "<figure>".len()..end];
        let doc = roxmltree::Document::parse(svg.trim())
            .unwrap_or_else(|e| panic!("{}: the picture is not XML: {e}", page.display()));
        for node in doc.descendants().filter(|n| n.is_element()) {
            let name = node.tag_name().name();
            assert!(
                PICTURE_ELEMENTS.contains(&name),
                "{}: <{name}> in a picture",
                page.display()
            );
            for a in node.attributes() {
                assert!(
                    PICTURE_ATTRIBUTES.contains(&a.name()),
                    "{}: {}= on <{name}> in a picture",
                    page.display(),
                    a.name()
                );
            }
        }
        out.push_str(&rest[..start]);
        rest = &rest[end + "</figure>".len()..];
    }
    out.push_str(rest);
    out
}

fn html_pages(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn no_script_from_a_record_runs_in_a_real_browser() {
    let Some(browser) = browser_or_skip("no_script_from_a_record_runs_in_a_real_browser") else {
        return;
    };
    // The harness can fail: a page whose script writes the marker shows it.
    let control = tempfile::tempdir().unwrap();
    let page = control.path().join("control.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><title>t</title><script>setTimeout(function(){document.title='PW'+'NED'},50)</script>",
    )
    .unwrap();
    assert!(
        dump_dom(&browser, &page).contains(MARK),
        "the harness cannot see a script run"
    );

    let env = hostile_repo();
    let site = tempfile::tempdir().unwrap();
    let out = site.path().to_string_lossy().into_owned();
    env.gov(&["publish", "--out", &out]).ok();
    let pages = html_pages(site.path());
    assert!(pages.len() >= 7, "{pages:?}");
    assert!(
        pages.iter().any(|p| p.ends_with("roadmap.html"))
            && pages.iter().any(|p| p.ends_with("aarshjul.html")),
        "{pages:?}"
    );
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        for tag in tags(&without_pictures(&html, page)) {
            for bad in [
                "script",
                "javascript:",
                "data:",
                "iframe",
                "object",
                "embed",
                "svg",
                "<base",
                "refresh",
                "<form",
            ] {
                assert!(!tag.contains(bad), "{}: {bad} in {tag}", page.display());
            }
            assert!(!has_handler(&tag), "{}: a handler in {tag}", page.display());
        }
        assert_eq!(
            html.matches("<style").count(),
            1,
            "{}: a style sheet from a record",
            page.display()
        );
        assert!(!html.contains(MARK), "{}", page.display());
        // As published (with its Content-Security-Policy), and with the
        // policy taken out, so the cleaning alone is what is shown.
        let bare = page.with_extension("nocsp.html");
        let without: String = html
            .lines()
            .filter(|l| !l.contains("Content-Security-Policy"))
            .collect::<Vec<_>>()
            .join("\n");
        assert_ne!(without, html, "no policy found to take out");
        std::fs::write(&bare, without).unwrap();
        for p in [page, &bare] {
            let dom = dump_dom(&browser, p);
            assert!(
                dom.contains("</main>"),
                "{}: not loaded:\n{dom}",
                p.display()
            );
            assert!(!dom.contains(MARK), "{}: a script ran:\n{dom}", p.display());
        }
    }
}

/// The tags of an HTML text (text's `<` is escaped, so each `<` starts
/// one), lower-cased.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|t| format!("<{}", t.split('>').next().unwrap_or("")).to_lowercase())
        .collect()
}

/// True when a tag has an event handler attribute (`onerror=`, `onload =`).
fn has_handler(tag: &str) -> bool {
    tag.match_indices(" on").any(|(i, _)| {
        let rest = &tag[i + 3..];
        let name = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        name.len() < rest.len() && name.trim_start().starts_with('=')
    })
}

/// axe-core as npm installs it globally (`npm install -g axe-core`).
fn axe() -> PathBuf {
    let out = Command::new("npm").args(["root", "-g"]).output();
    let root = out
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .unwrap_or_default();
    let path = root.join("axe-core/axe.min.js");
    assert!(
        path.is_file(),
        "axe-core is missing ({}): run `npm install -g axe-core@4` (.ci/run does)",
        path.display()
    );
    path
}

/// What axe-core finds on the page at `page` (whose HTML is `html`,
/// `depth` folders below the folder holding `axe.min.js`), as JSON.
fn axe_violations(browser: &Path, page: &Path, html: &str, depth: usize) -> String {
    // The policy forbids scripts; the checker is one, added for the test.
    let runner = format!(
        "<script src=\"{}axe.min.js\"></script>\n<script>\
         axe.run(document, {{runOnly: {{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}}})\
         .then(function (r) {{ var p = document.createElement('pre'); p.id = 'axe-result';\
         p.textContent = 'AX' + 'E-RESULT:' + JSON.stringify(r.violations.map(function (v) {{ return {{id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) {{ return n.html; }})}}; }}));\
         document.body.appendChild(p); }})\
         .catch(function (e) {{ var p = document.createElement('pre'); p.textContent = 'AXE-ERROR:' + e; document.body.appendChild(p); }});\
         </script>\n</body>",
        "../".repeat(depth)
    );
    let checked: String = html
        .lines()
        .filter(|l| !l.contains("Content-Security-Policy"))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("</body>", &runner);
    let wrapper = page.with_extension("axe.html");
    std::fs::write(&wrapper, checked).unwrap();
    let dom = dump_dom(browser, &wrapper);
    let result = dom
        .split("AXE-RESULT:")
        .nth(1)
        .unwrap_or_else(|| panic!("{}: axe did not finish:\n{dom}", page.display()));
    result.split("</pre>").next().unwrap().to_string()
}

#[test]
fn axe_finds_no_accessibility_violation() {
    let Some(browser) = browser_or_skip("axe_finds_no_accessibility_violation") else {
        return;
    };
    let axe = axe();
    for lang in ["da", "en"] {
        let env = crate::publish::fixture();
        let site = tempfile::tempdir().unwrap();
        let out = site.path().to_string_lossy().into_owned();
        env.gov(&["--lang", lang, "publish", "--out", &out]).ok();
        std::fs::copy(&axe, site.path().join("axe.min.js")).unwrap();
        if lang == "da" {
            // The checker can fail: a page without language or alt text.
            let dir = tempfile::tempdir().unwrap();
            std::fs::copy(&axe, dir.path().join("axe.min.js")).unwrap();
            let control = dir.path().join("control.html");
            let bad = "<!DOCTYPE html><html><head><title>t</title></head><body><main><img src=\"x.png\"></main></body></html>";
            std::fs::write(&control, bad).unwrap();
            let found = axe_violations(&browser, &control, bad, 0);
            assert!(
                found.contains("image-alt") && found.contains("html-has-lang"),
                "{found}"
            );
        }
        let pages = html_pages(site.path());
        assert!(pages.len() >= 6, "{pages:?}");
        for page in &pages {
            let html = std::fs::read_to_string(page).unwrap();
            let depth = page.strip_prefix(site.path()).unwrap().components().count() - 1;
            let result = axe_violations(&browser, page, &html, depth);
            assert_eq!(
                result,
                "[]",
                "{} ({lang}): accessibility violations",
                page.strip_prefix(site.path()).unwrap().display()
            );
        }
    }
    // The roadmap and the annual cycle, with records on both pictures.
    for lang in ["da", "en"] {
        let env = crate::publish_pictures::pictures_repo();
        let site = tempfile::tempdir().unwrap();
        let out = site.path().to_string_lossy().into_owned();
        env.gov(&["--lang", lang, "publish", "--out", &out]).ok();
        std::fs::copy(&axe, site.path().join("axe.min.js")).unwrap();
        for name in ["roadmap.html", "aarshjul.html"] {
            let page = site.path().join(name);
            let html = std::fs::read_to_string(&page).unwrap();
            assert!(html.contains("<svg"), "{name}");
            let result = axe_violations(&browser, &page, &html, 0);
            assert_eq!(result, "[]", "{name} ({lang}): accessibility violations");
        }
    }
}
