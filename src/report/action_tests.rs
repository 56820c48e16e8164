use super::*;
use proptest::prelude::*;

fn d(text: &str) -> Date {
    date::parse(text).unwrap().date
}

/// The action items of `body` in a file where it starts on line
/// `first_line` (after lines of front matter).
fn action_items(body: &str, first_line: usize, people: &[String]) -> Vec<ActionItem> {
    let front = "---\n".repeat(first_line - 1);
    let text = format!("{front}{body}");
    super::action_items(&Markdown::read(&text, front.len()..text.len()), people)
}

#[test]
fn an_open_item_with_owner_and_due_date() {
    let item = parse_line("- [ ] @sofie Send udkast til styregruppen (due 2026-09-01)").unwrap();
    assert!(!item.done);
    assert_eq!(item.owner, "sofie");
    assert_eq!(item.text, "Send udkast til styregruppen");
    assert_eq!(item.due, Some(d("2026-09-01")));
}

#[test]
fn ticked_boxes_danish_due_words_and_other_bullets() {
    let item = parse_line("  * [x] @agnete.moos: Book lokale (frist 1.9.2026)").unwrap();
    assert!(item.done);
    assert_eq!(item.owner, "agnete.moos");
    assert_eq!(item.due, Some(d("2026-09-01")));
    let item = parse_line("3. [X] @jens Ring til leverandøren (senest: 4. juni 2026)").unwrap();
    assert!(item.done);
    assert_eq!(item.due, Some(d("2026-06-04")));
    let item = parse_line("+ [] @søren Læs op").unwrap();
    assert!(!item.done);
    assert_eq!((item.owner.as_str(), item.due), ("søren", None));
}

#[test]
fn an_unreadable_due_date_stays_in_the_text() {
    let item = parse_line("- [ ] @sofie Svar (due snart)").unwrap();
    assert_eq!(item.text, "Svar (due snart)");
    assert_eq!(item.due, None);
    let item = parse_line("- [ ] @sofie Svar (se bilag)").unwrap();
    assert_eq!(item.text, "Svar (se bilag)");
}

#[test]
fn checkboxes_without_an_owner_are_not_action_items() {
    for line in [
        "- [x] Referat klar til godkendelse",
        "- [ ] Referat godkendt",
        "- [ ] ",
        "- []",
        "- [ ] @ nobody",
        "-[ ] @sofie no space after the bullet",
        "- [ ]@sofie no space after the box",
        "> - [ ] @sofie quoted",
        "Tekst med @sofie",
        "- @sofie no box",
    ] {
        assert_eq!(parse_line(line), None, "{line}");
    }
}

#[test]
fn owners_of_several_words_are_the_meetings_people_or_end_in_a_colon() {
    let people = ["Agnete Moos".to_string(), "Lars Bøgh Nielsen".to_string()];
    let item = parse_line_with("- [ ] @agnete moos Send udkast (due 2026-09-01)", &people).unwrap();
    assert_eq!(
        (item.owner.as_str(), item.text.as_str()),
        ("agnete moos", "Send udkast")
    );
    let item = parse_line_with("- [ ] @Lars Bøgh Nielsen: Book lokale", &people).unwrap();
    assert_eq!(
        (item.owner.as_str(), item.text.as_str()),
        ("Lars Bøgh Nielsen", "Book lokale")
    );
    let item = parse_line("- [ ] @Sofie Søndergaard: Ring til Vejle: spørg om test").unwrap();
    assert_eq!(
        (item.owner.as_str(), item.text.as_str()),
        ("Sofie Søndergaard", "Ring til Vejle: spørg om test")
    );
    let item = parse_line("- [ ] @Sofie Ring til Vejle: spørg om test").unwrap();
    assert_eq!(
        item.owner, "Sofie",
        "a colon after lower-case words ends no name"
    );
    let item = parse_line("- [ ] @Agnete Moos Send udkast").unwrap();
    assert_eq!(
        item.owner, "Agnete",
        "without the meeting's people, one word"
    );
    assert_eq!(item.to_line(), "- [ ] @Agnete Moos Send udkast");
    let named = ActionItem {
        owner: "Agnete Moos".into(),
        ..item
    };
    assert_eq!(named.to_line(), "- [ ] @Agnete Moos: Moos Send udkast");
}

#[test]
fn items_carry_their_line_in_the_file() {
    let body = "# Møde\n\n## Opfølgning\n\n- [ ] @sofie A (due 2026-09-01)\n- [x] @jens B\n";
    let items = action_items(body, 10, &[]);
    let lines: Vec<_> = items.iter().map(|i| (i.line, i.owner.as_str())).collect();
    assert_eq!(lines, [(14, "sofie"), (15, "jens")]);
}

#[test]
fn code_blocks_and_html_comments_do_not_count() {
    let body = "\
<!-- Skriv en linje pr. opgave, fx: - [ ] @navn Send udkast (due 2026-09-01) -->
<!--
- [ ] @inside a multi-line comment
-->
```markdown
- [ ] @inside a fence
```
~~~~
- [ ] @inside a tilde fence
```
- [ ] @still inside: a shorter or other fence does not close it
~~~~
- [ ] @sofie counts <!-- a note --> (due 2026-09-01)
";
    let items = action_items(body, 1, &[]);
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0].owner, "sofie");
    assert_eq!(items[0].text, "counts");
    assert_eq!(items[0].due, Some(d("2026-09-01")));
    assert_eq!(items[0].line, 13);
}

#[test]
fn the_meeting_templates_hold_no_action_item() {
    for text in [
        include_str!("../../defaults/templates/da/meeting.md"),
        include_str!("../../defaults/templates/en/meeting.md"),
    ] {
        assert!(text.contains("- [ ] @"), "the example is still there");
        assert_eq!(action_items(text, 1, &[]), []);
    }
}

#[test]
fn crlf_lines_are_read() {
    let items = action_items("- [ ] @sofie A (due 2026-09-01)\r\n", 1, &[]);
    assert_eq!(items[0].due, Some(d("2026-09-01")));
    assert_eq!(items[0].text, "A");
}

/// One word (`sofie`, `a.moos`) or a name of two or three capitalised words.
fn owner() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zæøåA-Z][a-zæøå0-9._-]{0,12}",
        "[A-ZÆØÅ][a-zæøå]{1,8}( [A-ZÆØÅ][a-zæøå]{1,8}){1,2}"
    ]
}

/// Free text; a colon in it could end a capitalised name early, so none.
fn text() -> impl Strategy<Value = String> {
    "[A-Za-zæøåÆØÅ0-9 ,.!?@-]{0,40}".prop_map(|t| t.trim().to_string())
}

fn due() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of(
        (1990i16..2100, 1i8..=12, 1i8..=28)
            .prop_map(|(y, m, d)| Date::new(y, m, d).expect("a real date")),
    )
}

proptest! {
    #[test]
    fn written_items_read_back(done: bool, owner in owner(), text in text(), due in due()) {
        let item = ActionItem { line: 0, done, owner, text, due };
        let line = item.to_line();
        prop_assert_eq!(parse_line(&line), Some(item.clone()), "{}", line);
        let body = format!("## Opfølgning\n\n{line}\n");
        let found = action_items(&body, 5, &[]);
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(found[0].line, 7);
    }

    #[test]
    fn never_panics(body in "(\\PC{0,40}|- \\[[ xX]?\\] @\\PC{0,20}|```|~~~|<!--|-->|\\(due \\PC{0,12}\\)|\r?\n){0,30}") {
        let items = action_items(&body, 1, &[]);
        for item in items {
            prop_assert!(item.line >= 1);
            prop_assert!(!item.owner.is_empty());
        }
    }

    #[test]
    fn any_line_is_read_without_panic(line in "\\PC{0,80}") {
        let _ = parse_line(&line);
    }
}
