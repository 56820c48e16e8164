use crate::env::TestEnv;

const SEED: &str = include_str!("../fixtures/seed/plans/000_87a61dafea0112c1.md");

#[test]
fn markdown_is_the_file_byte_for_byte() {
    let env = TestEnv::new();
    env.write("plans/000_87a61dafea0112c1.md", SEED);
    assert_eq!(env.gov(&["show", "000_87a61dafea0112c1"]).ok(), SEED);
}

#[test]
fn json_has_the_summary_fields_and_body() {
    let env = TestEnv::new();
    env.write("plans/000_87a61dafea0112c1.md", SEED);
    let shown = env
        .gov(&["show", "plans/000_87a61dafea0112c1.md", "--format", "json"])
        .json();
    assert_eq!(shown["kind"], "plan");
    assert_eq!(shown["id_source"], "file_name");
    assert_eq!(shown["fields"]["nav_order"], 2);
    assert_eq!(shown["fields"]["has_children"], false);
    assert_eq!(shown["fields"]["layout"], "default");
    assert!(
        shown["body"]
            .as_str()
            .unwrap()
            .contains("{{ site.time | date: '%B %d, %Y' }}")
    );
}

#[test]
fn an_unknown_id_suggests_the_nearest() {
    let env = TestEnv::new();
    env.gov(&["new", "decision", "--title", "Noget"]).ok();
    let err = env.gov(&["show", "DEC-0010"]);
    insta::assert_snapshot!(err.fails(2));
}
