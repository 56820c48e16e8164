//! Every table lines up whatever the script: `å` typed as `a` and a
//! combining ring (as macOS and some web editors write it), Danish letters
//! written whole, CJK, emoji, ZWJ sequences and flags, in columns that are
//! not the last (where a wrong width moves every column after it). Each
//! table of `list`, `status`, `trace` and `log` is checked column by
//! column, with a width model of the test's own, and snapshot.

use crate::env::TestEnv;

/// `Påske` with a combining ring (which gov composes when it reads, DEC-0033),
/// and an `x` with a combining macron, which has no composed form and so
/// reaches every table as two code points in one column.
const PAASKE: &str = "Pa\u{30a}ske x\u{304}";
/// A woman technologist: woman, zero width joiner, laptop.
const ZWJ: &str = "👩\u{200d}💻";

/// Terminal columns of each character of the strings this test writes
/// (its own model, so the test does not trust the code it tests):
/// combining marks, the zero width joiner and variation selectors take
/// none, nor does what a joiner joins; CJK and emoji take two.
fn columns(c: char, joined: bool) -> usize {
    match c {
        _ if joined => 0,
        '\u{300}'..='\u{36f}' | '\u{200d}' | '\u{fe00}'..='\u{fe0f}' => 0,
        '\u{2e80}'..='\u{a4cf}' | '\u{ac00}'..='\u{d7a3}' | '\u{ff00}'..='\u{ff60}' => 2,
        '\u{1f300}'..='\u{1f64f}' | '\u{1f900}'..='\u{1f9ff}' | '\u{1f680}'..='\u{1f6ff}' => 2,
        _ => 1,
    }
}

/// What a terminal shows of a line: the character starting at each
/// column, `None` for the second column of a wide character.
fn screen(line: &str) -> Vec<Option<char>> {
    let mut out = Vec::new();
    let mut joined = false;
    for c in line.chars() {
        let n = columns(c, joined);
        joined = c == '\u{200d}';
        if n > 0 {
            out.push(Some(c));
            out.extend(std::iter::repeat_n(None, n - 1));
        }
    }
    out
}

/// Headings of right-aligned columns: numbers, checked by the columns
/// after them.
const RIGHT: [&str; 4] = ["ANTAL", "DAGE", "#", "SCORE"];

/// A header line: two or more headings in capitals.
fn is_header(line: &str) -> bool {
    let t = line.trim();
    t.contains("  ") && t.chars().all(|c| c == ' ' || c == '#' || c.is_uppercase())
}

/// Checks every table in `output`: each left-aligned column after the
/// first starts at the same terminal column in every row as in the header
/// (a space before it, a character at it). Returns how many rows it checked.
fn assert_tables_line_up(what: &str, output: &str) -> usize {
    let lines: Vec<&str> = output.lines().collect();
    let mut checked = 0;
    for (at, header) in lines.iter().enumerate().filter(|(_, l)| is_header(l)) {
        let indent = header.len() - header.trim_start().len();
        let head = screen(header);
        // Where each heading starts, and whether it is right-aligned.
        let mut starts = Vec::new();
        for col in indent..head.len() {
            let after_gap =
                col >= indent + 2 && head[col - 1] == Some(' ') && head[col - 2] == Some(' ');
            if head[col] != Some(' ') && (col == indent || after_gap) {
                let word: String = header.trim_start()[..]
                    .chars()
                    .skip(col - indent)
                    .take_while(|c| *c != ' ')
                    .collect();
                starts.push((col, RIGHT.contains(&word.as_str())));
            }
        }
        for row in lines[at + 1..].iter().take_while(|l| {
            !l.trim().is_empty() && l.len() - l.trim_start().len() >= indent && !is_header(l)
        }) {
            let cells = screen(row);
            for &(col, right) in starts.iter().skip(1) {
                if right || col >= cells.len() {
                    continue;
                }
                assert!(
                    cells[col - 1] == Some(' ') && cells[col] != Some(' '),
                    "`{what}`: the column at {col} of\n{header}\ndoes not line up in\n{row}\n\n{output}"
                );
            }
            checked += 1;
        }
    }
    checked
}

/// A repository whose records, names and places are written in every
/// script the tables meet, committed by authors named the same way.
fn scripts() -> TestEnv {
    let env = TestEnv::new();
    let write = |path: &str, front: &str| env.write(path, &format!("---\n{front}---\n"));
    write(
        "decisions/DEC-0001-paaske.md",
        &format!("id: DEC-0001\ntitle: Påske\nstatus: \"{PAASKE} 🎉\"\ndate: 2026-11-01\n"),
    );
    write(
        "decisions/DEC-0002-tokyo.md",
        "id: DEC-0002\ntitle: Tokyo\nstatus: proposed\ndate: 2026-11-01\ndeciders: 東京委員会\n",
    );
    write(
        "decisions/DEC-0003-udvalg.md",
        &format!(
            "id: DEC-0003\ntitle: Udvalg\nstatus: proposed\ndate: 2026-11-01\ndeciders: {PAASKE}-udvalget\n"
        ),
    );
    let config = env.read("gov.yaml");
    env.write(
        "gov.yaml",
        &format!("{config}repositories:\n  - {{ name: 東京app, path: code/app }}\n"),
    );
    let app = env.code_repo("app");
    app.commit_as(
        "A\u{30a}se Lund",
        "aase@example.dk",
        "2026-11-03T10:00:00+01:00",
        "Kiosk 🎉\n\nImplements: DEC-0002",
    );
    app.tag("v1.0.0", "2026-11-04T10:00:00+01:00");
    app.commit_as(
        "李小龍",
        "li@example.cn",
        "2026-11-05T10:00:00+01:00",
        "東京 for DEC-0002",
    );
    env.commit_as(
        "A\u{30a}se Lund",
        "aase@example.dk",
        "2026-11-02T10:00:00+01:00",
        "Create decisions",
    );
    for (n, by) in [
        (1, PAASKE.to_string()),
        (2, "東京都".to_string()),
        (3, format!("Zoë {ZWJ}")),
        (4, "Aarhus 🇩🇰".to_string()),
    ] {
        write(
            &format!("backlog/CR-000{n}-x.md"),
            &format!(
                "id: CR-000{n}\ntitle: Ønske {n}\nstatus: Indmeldt\ndate: 2026-11-2{n}\nsubmitted_by: \"{by}\"\n"
            ),
        );
    }
    for (n, place) in [
        (1, format!("{PAASKE}-salen")),
        (2, "東京".to_string()),
        (3, "Mødelokale 🎉".to_string()),
        (4, format!("Kontor {ZWJ}")),
    ] {
        write(
            &format!("meetings/MTG-000{n}-x.md"),
            &format!(
                "id: MTG-000{n}\ntitle: Møde {n}\nstatus: planned\ndate: 2026-12-0{n}\nplace: \"{place}\"\n"
            ),
        );
    }
    env.commit_as(
        "李小龍",
        "li@example.cn",
        "2026-11-20T10:00:00+01:00",
        "Create requests and meetings",
    );
    write(
        "decisions/DEC-0002-tokyo.md",
        "id: DEC-0002\ntitle: Tokyo\nstatus: accepted\ndate: 2026-11-01\ndeciders: 東京委員会\n",
    );
    env.commit_as(
        &format!("Zoë {ZWJ} 🇩🇰"),
        "zoe@example.dk",
        "2026-11-21T10:00:00+01:00",
        "Accept",
    );
    env
}

#[test]
fn every_table_lines_up_whatever_the_script() {
    let env = scripts();
    let mut rows = 0;
    for (name, args) in [
        ("list", vec!["list"]),
        ("status", vec!["status"]),
        ("trace", vec!["trace", "DEC-0002"]),
        ("log", vec!["log"]),
        ("rules", vec!["validate", "--rules"]),
    ] {
        let run = env.gov(&args);
        let out = run.ok();
        rows += assert_tables_line_up(name, out);
        if name != "rules" {
            insta::assert_snapshot!(format!("scripts_{name}"), out);
        }
    }
    // Every table above was found and read.
    assert!(rows > 60, "{rows} rows checked");
}

#[test]
fn lines_are_cut_to_the_terminal_between_characters() {
    let env = scripts();
    let run = env.gov_with(&["status"], &[("COLUMNS", "30")]);
    let out = run.ok();
    for line in out.lines() {
        assert!(screen(line).len() <= 30, "{line:?} is wider than 30");
    }
    // The cut keeps the combining ring with its letter and the joined
    // emoji whole.
    let cut: Vec<&str> = out.lines().filter(|l| l.ends_with('…')).collect();
    assert!(!cut.is_empty(), "{out}");
    for line in &cut {
        assert!(!line.contains("Pa…"), "{line:?}: the ring was cut off");
        assert!(
            !line.ends_with("\u{200d}…"),
            "{line:?}: a ZWJ sequence was cut"
        );
    }
    insta::assert_snapshot!("scripts_status_30", out);
}
