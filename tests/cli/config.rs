use crate::env::TestEnv;

#[test]
fn the_effective_configuration_layers_file_and_environment() {
    let env = TestEnv::new();
    env.write(
        "gov.yaml",
        "lang: en\nkinds:\n  decision:\n    folder: beslutninger\n",
    );
    let json = env
        .gov_with(
            &["config", "--format", "json"],
            &[("GOV_KINDS__TASK__FOLDER", "opgaver")],
        )
        .json();
    assert_eq!(json["lang"], "en");
    assert_eq!(json["kinds"]["decision"]["folder"], "beslutninger");
    assert_eq!(json["kinds"]["decision"]["prefix"], "DEC");
    assert_eq!(json["kinds"]["task"]["folder"], "opgaver");
}

#[test]
fn yaml_output_reads_back_as_a_valid_configuration() {
    let env = TestEnv::new();
    let yaml = env.gov(&["config"]).ok().to_string();
    assert!(yaml.starts_with("lang: da\n"), "{yaml}");
    env.write("gov.yaml", &yaml);
    let again = env.gov(&["config"]).ok().to_string();
    assert_eq!(again, yaml);
}

#[test]
fn a_bad_configuration_names_file_line_and_column() {
    let env = TestEnv::new();
    env.write(
        "gov.yaml",
        "lang: da\nkinds:\n  decision:\n    prefix: [DEC]\n",
    );
    let err = env.gov(&["list"]);
    insta::assert_snapshot!(err.fails(2));
    env.write("gov.yaml", "lang: da\nsprog: en\n");
    assert!(env.gov(&["list"]).fails(2).contains("ukendt felt `sprog`"));
}

#[test]
fn a_schema_written_inline_is_refused_saying_a_path_is_expected() {
    let env = TestEnv::new();
    env.write(
        "gov.yaml",
        "lang: en\nkinds:\n  decision:\n    schema_extra:\n      required: [owner]\n",
    );
    let err = env.gov(&["validate"]);
    let stderr = err.fails(2);
    assert!(stderr.contains("gov.yaml:5:7:"), "{stderr}");
    assert!(stderr.contains("kinds.decision.schema_extra"), "{stderr}");
    assert!(
        stderr.contains("the path of a JSON Schema file in the repository is expected here"),
        "{stderr}"
    );
    env.write(
        "gov.yaml",
        "lang: en\nkinds:\n  decision:\n    schema: {type: object}\n",
    );
    let err = env.gov(&["schema", "print", "decision"]);
    assert!(
        err.fails(2).contains("kinds.decision.schema: the path"),
        "{}",
        err.stderr
    );
}
