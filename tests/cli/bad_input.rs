//! The catalogue of bad input: each case gives a clear diagnostic with a
//! position, the right exit code, no panic, and no file changed.

use crate::env::TestEnv;

/// Writes one file into decisions/, validates, and returns the exit code and
/// the (line, column, code) of each diagnostic about that file.
fn check(name: &str, bytes: &[u8]) -> (i32, Vec<(u64, u64, String)>) {
    let env = TestEnv::english();
    let path = env.root().join("decisions").join(name);
    std::fs::write(&path, bytes).unwrap();
    let before = env.snapshot_tree();
    let run = env.gov(&["validate", "--format", "json"]);
    assert!(
        run.code == 0 || run.code == 1,
        "exit {} (a crash?): {}",
        run.code,
        run.stderr
    );
    assert_eq!(env.snapshot_tree(), before, "validate changed files");
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let rel = format!("decisions/{name}");
    let list = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"] == rel.as_str())
        .map(|d| {
            (
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (run.code, list)
}

fn codes(list: &[(u64, u64, String)]) -> Vec<&str> {
    list.iter().map(|d| d.2.as_str()).collect()
}

const OK: &str = "---\nid: DEC-0001\ntitle: T\nstatus: draft\ndate: 2026-01-01\n---\n";

#[test]
fn empty_file() {
    assert_eq!(
        check("DEC-0001-a.md", b""),
        (1, vec![(1, 1, "GOV006".into())])
    );
}

#[test]
fn a_lone_delimiter() {
    assert_eq!(
        check("DEC-0001-a.md", b"---"),
        (0, vec![(1, 1, "GOV005".into())])
    );
    assert_eq!(
        check("DEC-0001-a.md", b"---\n"),
        (1, vec![(1, 1, "GOV002".into())])
    );
}

#[test]
fn unterminated_front_matter() {
    assert_eq!(
        check("DEC-0001-a.md", b"---\nid: DEC-0001\ntitle: T\n\n# Body\n"),
        (1, vec![(1, 1, "GOV002".into())])
    );
}

#[test]
fn tabs_as_indentation() {
    let (code, list) = check(
        "DEC-0001-a.md",
        b"---\nid: DEC-0001\ntitle: T\ndeciders:\n\t- A\n---\n",
    );
    assert_eq!((code, codes(&list)), (1, vec!["GOV001"]));
    assert_eq!(list[0].0, 5, "the line of the tab");
}

#[test]
fn duplicate_keys() {
    let (code, list) = check(
        "DEC-0001-a.md",
        b"---\nid: DEC-0001\ntitle: T\nstatus: draft\ntitle: U\n---\n",
    );
    assert_eq!((code, list), (1, vec![(5, 1, "GOV004".into())]));
}

#[test]
fn front_matter_that_is_a_list_or_a_scalar() {
    assert_eq!(
        check("DEC-0001-a.md", b"---\n- a\n- b\n---\n"),
        (1, vec![(2, 1, "GOV003".into())])
    );
    assert_eq!(
        check("DEC-0001-a.md", b"---\njust text\n---\n"),
        (1, vec![(2, 1, "GOV003".into())])
    );
}

#[test]
fn an_alias_bomb_fails_fast() {
    let mut bomb = String::from("---\na: &a [x,x,x,x,x,x,x,x,x]\n");
    for (i, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        bomb.push_str(&format!(
            "{i}: &{i} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
    }
    bomb.push_str("---\n");
    let start = std::time::Instant::now();
    let (code, list) = check("DEC-0001-a.md", bomb.as_bytes());
    assert_eq!((code, codes(&list)), (1, vec!["GOV001"]));
    // Not a timing assertion on speed, a guard against hanging: billions of nodes would take hours.
    assert!(start.elapsed().as_secs() < 60);
}

#[test]
fn a_ten_megabyte_body() {
    let mut text = OK.to_string();
    let line = "Styregruppen besluttede at fortsætte arbejdet med årshjulet.\n";
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(line);
    }
    assert_eq!(check("DEC-0001-a.md", text.as_bytes()), (0, vec![]));
}

#[test]
fn deep_nesting() {
    let deep = format!(
        "---\nid: DEC-0001\ntitle: T\nx: {}{}\n---\n",
        "[".repeat(1000),
        "]".repeat(1000)
    );
    let (code, list) = check("DEC-0001-a.md", deep.as_bytes());
    assert_eq!((code, codes(&list)), (1, vec!["GOV001"]));
    let block: String = (0..1000)
        .map(|i| format!("{}- \n", "  ".repeat(i)))
        .collect();
    let (code, list) = check("DEC-0001-a.md", format!("---\nx:\n{block}---\n").as_bytes());
    assert_eq!((code, codes(&list)), (1, vec!["GOV001"]));
}

#[test]
fn invalid_utf8_names_the_byte() {
    let mut bytes = OK.as_bytes().to_vec();
    bytes.extend_from_slice(b"Line one\nS\xf8nderborg\n");
    let (code, list) = check("DEC-0001-a.md", &bytes);
    assert_eq!((code, list), (1, vec![(8, 2, "GOV060".into())]));
}

#[test]
fn a_byte_order_mark() {
    let text = format!("\u{feff}{OK}");
    assert_eq!(
        check("DEC-0001-a.md", text.as_bytes()),
        (0, vec![(1, 1, "GOV061".into())])
    );
}

#[test]
fn crlf_line_ends_are_fine() {
    assert_eq!(
        check("DEC-0001-a.md", OK.replace('\n', "\r\n").as_bytes()),
        (0, vec![])
    );
}

#[test]
fn a_number_as_id() {
    let (code, list) = check(
        "DEC-0001-a.md",
        b"---\nid: 1\ntitle: T\nstatus: draft\n---\n",
    );
    assert_eq!(code, 1);
    assert!(list.contains(&(2, 5, "GOV010".into())), "{list:?}");
}

#[test]
fn a_binary_file_named_md() {
    let (code, list) = check("DEC-0001-a.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_eq!((code, codes(&list)), (1, vec!["GOV060"]));
    let (code, list) = check("DEC-0001-b.md", b"GIF89a\0\0\0\0");
    assert_eq!((code, codes(&list)), (1, vec!["GOV064"]));
}

#[test]
fn symlinks_are_reported_and_never_followed() {
    let env = TestEnv::english();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), "---\ntitle: [\n---\n").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        env.root().join("decisions/DEC-0001-out.md"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), env.root().join("decisions/outside")).unwrap();
    std::os::unix::fs::symlink("loop-b", env.root().join("decisions/loop-a.md")).unwrap();
    std::os::unix::fs::symlink("loop-a.md", env.root().join("decisions/loop-b")).unwrap();
    let run = env.gov(&["validate", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut found: Vec<(String, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap().into(),
                d["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        vec![
            (
                "decisions/DEC-0001-out.md".to_string(),
                "GOV063".to_string()
            ),
            ("decisions/loop-a.md".to_string(), "GOV063".to_string()),
            ("decisions/outside".to_string(), "GOV063".to_string()),
        ]
    );
}

#[test]
fn names_with_spaces_and_danish_letters() {
    let (code, list) = check(
        "Møde i Sønderborg æøå.md",
        OK.replace("DEC-0001", "DEC-0002").as_bytes(),
    );
    assert_eq!((code, list), (0, vec![]));
}

#[test]
fn liquid_tags_in_the_body_are_allowed() {
    let text = format!(
        "{OK}\n📆 _sidst opdateret: {{{{ site.time | date: '%B %d, %Y' }}}}_\n{{% include nav.html %}}\n"
    );
    assert_eq!(check("DEC-0001-a.md", text.as_bytes()), (0, vec![]));
}
