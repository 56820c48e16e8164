//! Holds the import readers to their promise: any text, read as any
//! format from any kind of path, gives fields and notes, never a panic,
//! and the metadata lines it reports are whole lines inside the text.
#![no_main]

use std::sync::OnceLock;

use gov::config::Config;
use gov::import::{self, Context, Format};
use libfuzzer_sys::fuzz_target;

/// Built once: the configuration is not what is fuzzed.
fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(Config::defaults)
}

const PATHS: [&str; 5] = [
    "beslutninger/2025-06-15-x.md",
    "moeder/styregruppe/20260806_x.md",
    "doc/adr/0001-x.md",
    "docs/adr/20240115-x.md",
    "docs/decisions/0003-x.md",
];

const FORMATS: [Option<Format>; 5] = [
    None,
    Some(Format::Markdown),
    Some(Format::AdrTools),
    Some(Format::Madr),
    Some(Format::Log4brains),
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let ctx = Context {
        config: config(),
        path: PATHS[usize::from(selector) % PATHS.len()],
        forge_url: Some("https://github.com/OS2borgerPC/styring"),
        first_commit: None,
    };
    let format = FORMATS[usize::from(selector / 8) % FORMATS.len()];
    let imported = import::read(text, &ctx, format);
    for r in &imported.metadata_lines {
        assert!(r.start <= r.end && r.end <= text.len(), "{r:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(r.start == 0 || text.as_bytes()[r.start - 1] == b'\n', "a whole line");
    }
    let _ = import::log4brains::folders(text);
    let _ = import::github_issues::read(text, &import::github_issues::LabelMapping::default());
});
