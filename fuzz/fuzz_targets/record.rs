//! Fuzzes everything that reads a user's file: front matter splitting, the
//! YAML tree, the summary (status words, dates, IDs), editing, and the
//! checks of one record. None of it may panic, whatever the bytes.
#![no_main]

use std::sync::OnceLock;

use gov::check::Schemas;
use gov::config::Config;
use gov::record::{Assignment, Record, Summary, apply_edits};
use libfuzzer_sys::fuzz_target;

/// Built once: the configuration and schemas are not what is fuzzed.
fn setup() -> &'static (Config, Schemas) {
    static SETUP: OnceLock<(Config, Schemas)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let config = Config::defaults();
        let schemas = Schemas::compile(std::path::Path::new("."), &config).expect("schemas");
        (config, schemas)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (config, schemas) = setup();
    let kind = config.kind("decision").expect("decision kind");
    let record = Record::parse("decisions/DEC-0001-x.md", "decision", text.to_string());
    let summary = Summary::of(&record, kind);
    let _ = gov::date::parse(text);
    let _ = record.fields_json();
    if let Ok(edit) = Assignment::parse("status=accepted") {
        let _ = apply_edits(&record, &[edit]);
    }
    let _ = gov::check::check_record(&record, &summary, kind, schemas);
});
