//! The floors of the house, held against the code: a module imports only
//! what stands below it (`config` neither `check` nor `report`; `trace`
//! nothing that reads it), and the files of one module never import each
//! other in a circle (its root, `mod.rs`, aside). Read from the sources themselves, comments and test
//! modules left out, so a `use` that runs back up fails here, naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What each module must never import: the modules above it. A module not
/// listed is not held here.
const NEVER: &[(&str, &[&str])] = &[
    ("severity", ABOVE_CONFIG),
    ("special", ABOVE_CONFIG),
    ("fsutil", ABOVE_CONFIG),
    ("config", ABOVE_CONFIG),
    ("cycle", ABOVE_CONFIG),
    ("quarter", ABOVE_CONFIG),
    ("record", ABOVE_RECORD),
    ("trace", ABOVE_TRACE),
    ("check", ABOVE_CHECK),
    ("report", &["cli", "render", "publish"]),
    ("render", &["cli", "publish"]),
    ("publish", &["cli"]),
];

const ABOVE_CONFIG: &[&str] = &[
    "config",
    "record",
    "git",
    "trace",
    "check",
    "report",
    "cli",
    "create",
    "set",
    "renumber",
    "write_check",
    "template",
    "journal",
    "lock",
];
const ABOVE_RECORD: &[&str] = &[
    "git",
    "trace",
    "check",
    "report",
    "cli",
    "create",
    "set",
    "renumber",
    "write_check",
];
const ABOVE_TRACE: &[&str] = &[
    "check",
    "report",
    "cli",
    "create",
    "set",
    "renumber",
    "write_check",
];
const ABOVE_CHECK: &[&str] = &["report", "cli", "create", "set", "renumber", "write_check"];

/// The modules whose files are held to have no circle among them.
const NO_CIRCLE: &[&str] = &[
    "config", "cycle", "record", "git", "trace", "check", "fsutil",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The code of a source file: without comment lines, and cut where its
/// test module starts.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The files of a module that are not tests: `src/NAME.rs` and everything
/// in `src/NAME/`, by stem (`mod` for `mod.rs`, `NAME` for `src/NAME.rs`).
fn files(name: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let file = src().join(format!("{name}.rs"));
    if file.exists() {
        out.insert(name.to_string(), code(&file));
    }
    if let Ok(dir) = std::fs::read_dir(src().join(name)) {
        for entry in dir {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let is_test = stem.ends_with("tests") || stem == "testutil";
            if path.extension().is_some_and(|e| e == "rs") && !is_test {
                out.insert(stem, code(&path));
            }
        }
    }
    assert!(!out.is_empty(), "no module {name}");
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The first names of the paths after each `prefix` in `text` (`crate::a`,
/// `crate::{a, b::c}` → `a`, `b`), where `prefix` is not the tail of a
/// longer path.
fn names_after(text: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in text.match_indices(prefix) {
        if text[..at].ends_with(|c: char| is_ident(c) || c == ':') {
            continue;
        }
        let rest = &text[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let (mut depth, mut start) = (0, 0);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        out.extend(first_name(&group[start..i]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.extend(first_name(&group[start..i]));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            out.extend(first_name(rest));
        }
    }
    out
}

fn first_name(path: &str) -> Option<String> {
    let name: String = path
        .trim_start()
        .chars()
        .take_while(|&c| is_ident(c))
        .collect();
    (!name.is_empty() && name != "self").then_some(name)
}

/// The crate's modules a module imports (`crate::Error` counts as `error`).
fn imports(name: &str) -> BTreeSet<String> {
    files(name)
        .values()
        .flat_map(|code| names_after(code, "crate::"))
        .map(|n| match n.as_str() {
            "Error" | "Result" => "error".to_string(),
            _ => n,
        })
        .filter(|n| n != name)
        .collect()
}

#[test]
fn no_module_imports_one_above_it() {
    let mut wrong = Vec::new();
    for (module, never) in NEVER {
        for up in imports(module) {
            if never.contains(&up.as_str()) {
                wrong.push(format!("{module} imports {up}"));
            }
        }
    }
    assert!(wrong.is_empty(), "arrows that run back up: {wrong:?}");
}

/// Who imports whom among the files of one module, its root (`mod.rs`)
/// left out: the root is the module's face, which hands its files' names
/// on and holds what they share, as every Rust module's root does.
fn arrows(module: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = files(module);
    files.remove("mod");
    files.remove(module);
    let own = format!("crate::{module}::");
    files
        .iter()
        .map(|(stem, code)| {
            let to = names_after(code, "super::")
                .into_iter()
                .chain(names_after(code, &own))
                .filter(|name| name != stem && files.contains_key(name))
                .collect();
            (stem.clone(), to)
        })
        .collect()
}

/// A circle through `from`, if there is one.
fn circle(arrows: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    let mut path = vec![from.to_string()];
    let mut seen = BTreeSet::new();
    fn walk(
        arrows: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
        goal: &str,
    ) -> bool {
        let last = path.last().cloned().unwrap_or_default();
        for next in arrows.get(&last).into_iter().flatten() {
            if next == goal {
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(arrows, path, seen, goal) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    walk(arrows, &mut path, &mut seen, from).then_some(path)
}

#[test]
fn no_files_of_a_module_import_each_other_in_a_circle() {
    let mut circles = Vec::new();
    for module in NO_CIRCLE {
        let arrows = arrows(module);
        if let Some(c) = arrows.keys().find_map(|f| circle(&arrows, f)) {
            circles.push(format!("{module}/: {}", c.join(" -> ")));
        }
    }
    assert!(circles.is_empty(), "circles: {circles:?}");
}

#[test]
fn the_reader_of_imports_sees_what_it_should() {
    let code = "use crate::{Error, config::Kind};\nuse super::scan::{A, B};\nx::crate::no;";
    assert_eq!(
        names_after(code, "crate::"),
        BTreeSet::from(["Error".to_string(), "config".to_string()])
    );
    assert_eq!(
        names_after(code, "super::"),
        BTreeSet::from(["scan".to_string()])
    );
    let trace = arrows("trace");
    assert!(trace["history"].contains("timeline"), "{trace:?}");
    assert!(!trace.contains_key("mod"), "{trace:?}");
}

/// `trace` hands its callers the names they use, not its files: a file
/// made `pub mod` again would let callers reach past the module's face.
#[test]
fn trace_shows_names_not_files() {
    let root = code(&src().join("trace/mod.rs"));
    let open: Vec<&str> = root
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("pub mod ") && *l != "pub mod fuzzing {")
        .collect();
    assert!(open.is_empty(), "trace opens its files: {open:?}");
}
