use crate::env::TestEnv;

fn with_records() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "plans/000_87a61dafea0112c1.md",
        include_str!("../fixtures/seed/plans/000_87a61dafea0112c1.md"),
    );
    env.write("decisions/DEC-0001-fuld-stop.md", "---\nid: DEC-0001\ntitle: \"[ODR]Fuld stop for nye ønsker\"\nstatus: \"Besluttet. (pr mail, modtaget 1.7.2026)\"\ndate: 1/7-2026\ntype: ODR\n---\n");
    env.write("decisions/DEC-0002-kiosk.md", "---\nid: DEC-0002\ntitle: Kiosk-tilstand som standard\nstatus: Forslag\ndate: 2026-08-06\n---\n");
    env.write("decisions/skabelon.md", "---\ntitle: Skabelon\n---\n");
    env.write("decisions/referat.pdf", "%PDF-1.4");
    env.write(
        "meetings/20260806_OS2BorgerPCStyregruppe.md",
        "# Styregruppemøde 6. august\n\n**Status**\n",
    );
    env
}

#[test]
fn the_table_shows_labels_in_the_configured_language() {
    let env = with_records();
    insta::assert_snapshot!(env.gov(&["list"]).ok());
    insta::assert_snapshot!("list_en", env.gov(&["--lang", "en", "list"]).ok());
}

#[test]
fn json_follows_the_contract() {
    let env = with_records();
    let list = env.gov(&["list", "--format", "json"]).json();
    let items = list.as_array().unwrap();
    assert_eq!(
        items.len(),
        4,
        "README, skabelon and the PDF are not records"
    );
    for item in items {
        for key in [
            "id",
            "kind",
            "title",
            "status",
            "status_label",
            "date",
            "path",
        ] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
    }
    let seed = items.iter().find(|i| i["kind"] == "plan").unwrap();
    assert_eq!(seed["status"], "draft");
    assert_eq!(seed["date"], "2025-02-01");
    assert_eq!(seed["path"], "plans/000_87a61dafea0112c1.md");
    let dec = items.iter().find(|i| i["id"] == "DEC-0001").unwrap();
    assert_eq!(dec["status"], "accepted");
    assert_eq!(dec["status_note"], "(pr mail, modtaget 1.7.2026)");
    assert_eq!(dec["date"], "2026-07-01");
    let mtg = items.iter().find(|i| i["kind"] == "meeting").unwrap();
    assert_eq!(mtg["title"], "Styregruppemøde 6. august");
    assert_eq!(mtg["status"], serde_json::Value::Null);
}

#[test]
fn filters_take_danish_and_english_words() {
    let env = with_records();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["list", "--format", "json"];
        all.extend_from_slice(args);
        env.gov(&all)
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["--kind", "beslutning"]), ["DEC-0001", "DEC-0002"]);
    assert_eq!(ids(&["--status", "godkendt"]), ["DEC-0001"]);
    assert_eq!(
        ids(&["--status", "accepted", "--kind", "decision"]),
        ["DEC-0001"]
    );
    assert_eq!(ids(&["--status", "Udkast"]), ["000_87a61dafea0112c1"]);
    assert!(
        env.gov(&["list", "--kind", "nope"])
            .fails(2)
            .contains("ukendt sagstype `nope`")
    );
}

#[test]
fn list_never_changes_the_repository() {
    let env = with_records();
    let before = env.snapshot_tree();
    env.gov(&["list"]).ok();
    env.gov(&["list", "--format", "json"]).ok();
    assert_eq!(env.snapshot_tree(), before);
}

#[test]
fn an_empty_repository_says_so() {
    let env = TestEnv::english();
    assert_eq!(env.gov(&["list"]).ok(), "No records found.\n");
    assert_eq!(env.gov(&["list", "--format", "json"]).ok(), "[]\n");
}
