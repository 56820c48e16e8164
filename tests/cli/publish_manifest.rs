//! The manifest `gov publish` keeps of the files it wrote is its own file:
//! damage to it is said, never read around.

use crate::env::TestEnv;

#[test]
fn a_manifest_that_is_not_utf8_is_an_error_naming_it_and_nothing_is_written() {
    let mut env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-kiosk.md",
        "---\nid: DEC-0001\ntitle: Kiosk\nstatus: accepted\ndate: 2026-01-05\n---\n\n# Kiosk\n\nText.\n",
    );
    env.commit("Accept DEC-0001");
    let out = tempfile::tempdir().expect("out");
    let site = out.path().join("site");
    let site_arg = site.to_str().expect("utf-8 path");
    env.gov(&["publish", "--out", site_arg]).ok();
    let manifest = site.join(".gov-publish");
    let mut bytes = std::fs::read(&manifest).expect("manifest");
    bytes.extend_from_slice(b"decisions/S\xf8ren.html\n");
    std::fs::write(&manifest, &bytes).expect("damage");
    let before = dir_bytes(&site);

    // A new commit would make publish rewrite a page.
    env.write(
        "decisions/DEC-0002-ny.md",
        "---\nid: DEC-0002\ntitle: Ny\nstatus: accepted\ndate: 2026-01-06\n---\n\n# Ny\n",
    );
    env.commit("Accept DEC-0002");
    let run = env.gov(&["publish", "--out", site_arg]);
    let err = run.fails(2);
    assert!(err.contains(".gov-publish"), "{err}");
    assert!(err.contains("UTF-8") || err.contains("utf-8"), "{err}");
    assert_eq!(dir_bytes(&site), before, "nothing written");
}

fn dir_bytes(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).expect("inside").display().to_string();
                out.push((rel, std::fs::read(&p).expect("read")));
            }
        }
    }
    out.sort();
    out
}
