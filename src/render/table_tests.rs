use super::*;

/// `Påske` as macOS and some web editors write it: `a` and a combining ring.
const DECOMPOSED: &str = "Pa\u{30a}ske";
/// A woman technologist: woman, zero width joiner, laptop.
const ZWJ: &str = "👩\u{200d}💻";
/// A family of four joined by zero width joiners.
const FAMILY: &str = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
/// The Danish flag: two regional indicators.
const FLAG: &str = "🇩🇰";

#[test]
fn width_counts_terminal_columns() {
    for (text, columns) in [
        ("", 0),
        ("DEC-0001", 8),
        ("Påske", 5),
        (DECOMPOSED, 5),
        ("Ærø Å", 5),
        ("東京", 4),
        ("会議 3", 6),
        ("🎉", 2),
        (ZWJ, 2),
        (FAMILY, 2),
        (FLAG, 2),
        ("❤\u{fe0f}", 2),
        ("Sønderborg 🎉 Kommune", 21),
    ] {
        assert_eq!(width(text), columns, "{text:?}");
    }
}

#[test]
fn a_cut_falls_between_grapheme_clusters() {
    assert_eq!(cut(DECOMPOSED, 4), "Pa\u{30a}s…");
    assert_eq!(cut(DECOMPOSED, 3), "Pa\u{30a}…");
    assert_eq!(cut("Påske", 3), "På…");
    // A wide character that does not fit whole is left out whole.
    assert_eq!(cut("東京都庁", 5), "東京…");
    assert_eq!(cut("東京都庁", 4), "東…");
    assert_eq!(cut("a東京", 3), "a…");
    let zwj = format!("{ZWJ}{ZWJ}");
    assert_eq!(cut(&zwj, 3), format!("{ZWJ}…"));
    assert_eq!(cut(&zwj, 2), "…");
    let flags = format!("{FLAG}🇸🇪");
    assert_eq!(cut(&flags, 3), format!("{FLAG}…"));
    assert_eq!(cut(&format!("ab{FAMILY}cd"), 5), format!("ab{FAMILY}…"));
}

#[test]
fn nothing_is_cut_that_fits() {
    assert_eq!(cut("東京", 4), "東京");
    assert_eq!(cut(DECOMPOSED, 5), DECOMPOSED);
    assert_eq!(cut(FAMILY, 2), FAMILY);
    assert_eq!(cut("Kiosk", 5), "Kiosk");
    assert_eq!(cut("Kiosk", 4), "Kio…");
    // Below two columns there is no room for text and `…`.
    assert_eq!(cut("Kiosk", 1), "Kiosk");
    assert_eq!(cut("Kiosk", 0), "Kiosk");
    assert!(matches!(cut("Kiosk", 9), Cow::Borrowed(_)));
}

#[test]
fn fit_escapes_then_cuts() {
    assert_eq!(fit("Kiosk\x1b[2J", None), "Kiosk\\x1b[2J");
    assert_eq!(fit("Kiosk\x1b[2J", Some(8)), "Kiosk\\x…");
    assert_eq!(fit("東京都庁", Some(5)), "東京…");
    assert_eq!(fit("東京都庁", None), "東京都庁");
}

/// Where each line's last column starts, in terminal columns; `None`
/// for a line without it.
fn last_column_starts(table: &str, marker: &str) -> Vec<Option<usize>> {
    table
        .lines()
        .map(|l| l.find(marker).map(|at| width(&l[..at])))
        .collect()
}

/// Rows whose first columns hold each kind of text a terminal shows
/// wider or narrower than its characters.
fn unicode_rows() -> Vec<[&'static str; 3]> {
    vec![
        ["DEC-0001", "Påske", "| precomposed"],
        ["DEC-0002", DECOMPOSED, "| decomposed"],
        ["DEC-0003", "Ærø Ålborg Øst", "| Danish capitals"],
        ["DEC-0004", "東京会議", "| CJK"],
        ["DEC-0005", "Fest 🎉", "| emoji"],
        ["DEC-0006", ZWJ, "| ZWJ sequence"],
        ["DEC-0007", FAMILY, "| family"],
        ["DEC-0008", FLAG, "| flag"],
        ["李小龍", "❤\u{fe0f}", "| CJK ID, emoji with VS16"],
    ]
}

#[test]
fn columns_line_up_whatever_the_script() {
    let table = Table::new(&["ID", "STED", "NOTE"]).render(&unicode_rows());
    insta::assert_snapshot!("unicode_columns", table);
    let starts = last_column_starts(&table, "| ");
    assert!(
        starts[1..].iter().all(|s| *s == Some(26)),
        "{starts:?}\n{table}"
    );
}

#[test]
fn right_aligned_columns_line_up_whatever_the_script() {
    let rows = vec![
        ["東京", "7", "| a"],
        [DECOMPOSED, "120", "| b"],
        [FLAG, "3", "| c"],
    ];
    let columns = vec![
        Column::right("BY"),
        Column::right("DAGE"),
        Column::left("TITEL"),
    ];
    let table = Table::of(columns).indent(2).render(&rows);
    insta::assert_snapshot!("unicode_right_aligned", table);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[1], "   東京     7  | a");
    assert_eq!(lines[2], "  Pa\u{30a}ske   120  | b");
    assert_eq!(lines[3], "     🇩🇰     3  | c");
}

#[test]
fn lines_wider_than_the_terminal_are_cut_between_clusters() {
    let rows = vec![
        ["DEC-0001", "Påske i Sønderborg"],
        ["DEC-0002", "Pa\u{30a}ske i So\u{308}nderborg"],
        ["DEC-0003", "東京の会議について"],
        [
            "DEC-0004",
            "👩\u{200d}💻👩\u{200d}💻👩\u{200d}💻👩\u{200d}💻👩\u{200d}💻",
        ],
        ["DEC-0005", "🇩🇰🇩🇰🇩🇰🇩🇰🇩🇰🇩🇰"],
    ];
    let table = Table::new(&["ID", "TITEL"]).width(Some(17)).render(&rows);
    insta::assert_snapshot!("unicode_cut", table);
    for line in table.lines().skip(1) {
        assert!(width(line) <= 17, "{line:?} is {} wide", width(line));
        assert!(line.ends_with('…'), "{line:?}");
    }
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[1], "DEC-0001  Påske …");
    assert_eq!(lines[2], "DEC-0002  Pa\u{30a}ske …");
    assert_eq!(lines[3], "DEC-0003  東京の…");
    assert_eq!(lines[5], "DEC-0005  🇩🇰🇩🇰🇩🇰…");
}

#[test]
fn columns_align_and_the_line_is_cut_to_the_width() {
    let rows: Vec<Vec<String>> = vec![
        vec![
            "DEC-0001".into(),
            "Forslag".into(),
            "Møde om årshjul i Sønderborg".into(),
        ],
        vec!["CR-0012".into(), "I gang".into(), "Kort".into()],
    ];
    let t = Table::new(&["ID", "STATUS", "TITEL"])
        .width(Some(30))
        .render(&rows);
    let lines: Vec<_> = t.lines().collect();
    assert_eq!(lines[0], "ID        STATUS   TITEL");
    assert_eq!(lines[1], "DEC-0001  Forslag  Møde om år…");
    assert_eq!(lines[1].chars().count(), 30);
    assert_eq!(lines[2], "CR-0012   I gang   Kort");
    // An all-ASCII line is cut by bytes, to the same width.
    let rows = vec![["CR-0012", "Accepted", "Kiosk mode for libraries"]];
    let t = Table::new(&["ID", "STATUS", "TITLE"])
        .width(Some(21))
        .render(&rows);
    let lines: Vec<_> = t.lines().collect();
    assert_eq!(lines[0], "ID       STATUS    T…");
    assert_eq!(lines[1], "CR-0012  Accepted  K…");
    assert_eq!(lines[1].chars().count(), 21);
    // A line that fits exactly is not cut; below two columns nothing is.
    let t = Table::new(&["ID"]).width(Some(7)).render(&[["CR-0012"]]);
    assert_eq!(t, "ID\nCR-0012\n");
    let t = Table::new(&["ID"]).width(Some(1)).render(&[["CR-0012"]]);
    assert_eq!(t, "ID\nCR-0012\n");
}

#[test]
fn numbers_right_aligned_indented_and_the_title_cut_to_the_width() {
    let cols = vec![
        Column::left("ID"),
        Column::right("DAGE"),
        Column::left("TITEL"),
    ];
    let rows = vec![
        vec![
            "DEC-0001".to_string(),
            "7".into(),
            "Møde om årshjul i Sønderborg".into(),
        ],
        vec!["CR-0012".into(), "120".into(), "Kort".into()],
        // A short row: the missing cells are left empty.
        vec!["CR-0013".into()],
    ];
    let text = Table::of(cols).indent(2).width(Some(30)).render(&rows);
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines[0], "  ID        DAGE  TITEL");
    assert_eq!(lines[1], "  DEC-0001     7  Møde om års…");
    assert_eq!(lines[2], "  CR-0012    120  Kort");
    assert_eq!(lines[3], "  CR-0013");
}

#[test]
fn control_characters_are_escaped_before_the_columns_are_measured() {
    let rows = vec![["DEC-0001", "Kiosk\x1b[2J\u{202e}"], ["DEC-0002", "Budget"]];
    let t = Table::new(&["ID", "TITLE"]).render(&rows);
    assert_eq!(
        t,
        "ID        TITLE\nDEC-0001  Kiosk\\x1b[2J\\u{202e}\nDEC-0002  Budget\n"
    );
    let rows = vec![["A\nB", "x"], ["CR-0001", "y"]];
    assert_eq!(
        Table::new(&["ID", "T"]).render(&rows),
        "ID       T\nA\\nB     x\nCR-0001  y\n",
        "a line break in a cell cannot make a row of its own"
    );
    // A heading is escaped too, and a table appends to what is there.
    let mut out = String::from("before\n");
    Table::new(&["I\x07D", "T"]).render_into(&mut out, &[["x", "y"]]);
    assert_eq!(out, "before\nI\\x07D  T\nx       y\n");
}

#[test]
fn simple_text_is_counted_as_unicode_width_measures_it() {
    // Every character the counting path accepts takes one column and is a
    // cluster of its own, alone and among others.
    for c in (0x20..0x300u32).filter_map(char::from_u32) {
        let alone = c.to_string();
        let among = format!("a{c}ø{c}");
        for text in [&alone, &among] {
            assert_eq!(
                simple_width(text).unwrap_or_else(|| text.width()),
                text.width(),
                "{c:?}"
            );
            if simple_width(text).is_some() {
                let clusters = text.graphemes(true);
                assert!(clusters.clone().all(|g| g.width() == 1), "{c:?}");
                assert_eq!(clusters.count(), text.chars().count(), "{c:?}");
            }
        }
    }
    assert_eq!(simple_width("Ærø Å"), Some(5));
    assert_eq!(simple_width(DECOMPOSED), None);
    assert_eq!(simple_width("a\u{ad}b"), None);
    assert_eq!(simple_width("æ\u{85}"), None);
    assert_eq!(width("a\u{ad}b"), 2);
}

#[test]
fn a_cut_in_a_later_column_counts_the_columns_before_it() {
    // The cut falls in the last column, after wide and decomposed cells;
    // in a padding; and in a middle column.
    let rows = [
        ["東京", "Pa\u{30a}ske", "Ærøskøbing og Marstal"],
        ["a", "b", FAMILY],
        ["a", "Ørsted", ""],
    ];
    let table = Table::new(&["A", "B", "C"]).width(Some(14)).render(&rows);
    assert_eq!(
        table,
        "A     B      …\n東京  Pa\u{30a}ske  …\na     b      …\na     Ørsted\n"
    );
    let table = Table::new(&["A", "B", "C"]).width(Some(18)).render(&rows);
    assert_eq!(
        table,
        "A     B       C\n東京  Pa\u{30a}ske   Ærø…\na     b       \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466}\na     Ørsted\n"
    );
    let table = Table::new(&["A", "B", "C"]).width(Some(9)).render(&rows);
    assert_eq!(table, "A     B …\n東京  Pa\u{30a}…\na     b …\na     Ør…\n");
}
