use super::*;

/// Reads a whole file as a record body would be read after a front matter
/// block: `text` holds both, `---` lines included.
fn read_file(text: &str) -> Markdown {
    let body = match text.strip_prefix("---\n").and_then(|r| r.find("\n---\n")) {
        Some(end) => 4 + end + 5..text.len(),
        None => 0..text.len(),
    };
    Markdown::read(text, body)
}

fn targets(md: &Markdown) -> Vec<(&str, usize, usize)> {
    md.links
        .iter()
        .map(|l| (l.target.as_str(), l.at.line, l.at.column))
        .collect()
}

#[test]
fn links_carry_the_place_of_their_target_in_the_file() {
    let text = "---\nid: DEC-0001\n---\n\nSe [referat](../meetings/gone.md) i Sønderborg.\n\
                Også ![logo](<img/a b.png>) og [![mærke](b.svg)](c.md).\n\n\
                [ref]:   ../x.md \"titel\"\n> [citeret]: y.md\n<https://example.org/a.md> <post@os2.dk>\n";
    let md = read_file(text);
    assert_eq!(
        targets(&md),
        [
            ("../meetings/gone.md", 5, 14),
            ("img/a b.png", 6, 14),
            ("b.svg", 6, 42),
            ("c.md", 6, 50),
            ("../x.md", 8, 10),
            ("y.md", 9, 14),
            ("https://example.org/a.md", 10, 2),
            ("post@os2.dk", 10, 29),
        ]
    );
    let kinds: Vec<_> = md.links.iter().map(|l| (l.kind, l.image)).collect();
    assert_eq!(
        kinds,
        [
            (LinkKind::Inline, false),
            (LinkKind::Inline, true),
            (LinkKind::Inline, true),
            (LinkKind::Inline, false),
            (LinkKind::Definition, false),
            (LinkKind::Definition, false),
            (LinkKind::Autolink, false),
            (LinkKind::Email, false),
        ]
    );
    let gone = &md.links[0];
    assert_eq!(&text[gone.at.offset..gone.at.offset + 4], "../m");
}

#[test]
fn reference_links_take_the_definitions_target() {
    let md = read_file("Se [referatet][r] og [r].\n\n[r]: ../m.md\n");
    assert_eq!(
        targets(&md),
        [("../m.md", 1, 4), ("../m.md", 1, 22), ("../m.md", 3, 6)]
    );
    assert_eq!(md.links[0].kind, LinkKind::Reference);
    assert_eq!(md.links[2].kind, LinkKind::Definition);
}

#[test]
fn code_comments_and_html_hold_no_links() {
    let body = "\
<!-- [a](kommentar.md) -->
Tekst <!-- [b](inline.md)
over to linjer --> tekst.

````markdown
```
[c](i-hegn.md)
```
````

~~~
[d](tilde.md)
~~~

    [e](indrykket.md)

``[f](`kodespan`.md)`` og `[g](enkelt.md)`

<div>
[h](html-blok.md)
</div>

[^1]: Se bilag, en fodnote og ikke en definition.

[i](ok.md)
";
    let md = read_file(body);
    assert_eq!(targets(&md), [("ok.md", 25, 5)]);
}

#[test]
fn headings_of_every_form_and_the_title() {
    let md = read_file(
        "```\n# Ikke en overskrift\n```\n\n#  \n\n## Dagsorden ##\n\nReferat\n=======\n\n# **Fuld** stop <!-- udkast -->\n",
    );
    let heads: Vec<_> = md
        .headings
        .iter()
        .map(|h| (h.level, h.text.as_str(), h.at.line))
        .collect();
    assert_eq!(
        heads,
        [
            (1, "", 5),
            (2, "Dagsorden", 7),
            (1, "Referat", 9),
            (1, "**Fuld** stop", 12)
        ]
    );
    assert_eq!(md.title(), Some("Referat"));
    assert_eq!(read_file("Ingen overskrift\n").title(), None);
}

/// A meeting file as the community keeps them: a status checkbox list,
/// attendance ticked in lists with empty and malformed boxes, the agenda
/// quoted in the minutes, and follow-ups with owners.
const MEETING: &str = "\
# Styregruppemøde 6. august 2026

**Status**
- [x] Referat klar til godkendelse
- [ ] Referat godkendt

## Mødefakta

#### Deltagere:
- [x] Agnete Moos, Sønderborg
- [ ] Lars Bøgh Nielsen, Vejle
- [ ] 
- []
- [] Mette Skov

## Mødereferat

> - [ ] @citeret Skal ikke tælle

1. [X] @jens Ring til leverandøren (frist 1.9.2026)
   og spørg om prisen
* [ ] @Agnete Moos: Book lokale <!-- hun har sagt ja --> (due 2026-09-01)

- [ ] @sofie Send **udkast** til styregruppen

  med en løs liste
";

#[test]
fn checkboxes_of_a_danish_meeting_file() {
    let md = read_file(MEETING);
    let boxes: Vec<_> = md
        .checkboxes
        .iter()
        .map(|c| (c.at.line, c.done, c.malformed, c.quoted, c.text.as_str()))
        .collect();
    assert_eq!(
        boxes,
        [
            (4, true, false, false, "Referat klar til godkendelse"),
            (5, false, false, false, "Referat godkendt"),
            (10, true, false, false, "Agnete Moos, Sønderborg"),
            (11, false, false, false, "Lars Bøgh Nielsen, Vejle"),
            (12, false, false, false, ""),
            (13, false, true, false, ""),
            (14, false, true, false, "Mette Skov"),
            (18, false, false, true, "@citeret Skal ikke tælle"),
            (
                20,
                true,
                false,
                false,
                "@jens Ring til leverandøren (frist 1.9.2026)"
            ),
            (
                22,
                false,
                false,
                false,
                "@Agnete Moos: Book lokale  (due 2026-09-01)"
            ),
            (
                24,
                false,
                false,
                false,
                "@sofie Send **udkast** til styregruppen"
            ),
        ]
    );
    assert_eq!(md.checkboxes[0].at.column, 3);
    assert_eq!(md.checkboxes[8].at.column, 4);
    assert_eq!(md.title(), Some("Styregruppemøde 6. august 2026"));
}

#[test]
fn what_is_not_a_checkbox() {
    let md = read_file(
        "- [x]@sofie no space\n- [y] other\n-[ ] no bullet space\n- tekst [ ] senere\n\n```\n- [ ] @i hegn\n```\n\n    - [ ] @indrykket kode\n\n~~~\n- [ ] @tilde\n~~~\n\n````\n```\n- [ ] @fire\n```\n````\n\n<!--\n- [ ] @kommentar\n-->\n",
    );
    assert_eq!(md.checkboxes, []);
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends() {
    let text = "\u{feff}[a](b.md)\r\n- [ ] @sofie x\r\n";
    let md = Markdown::read(text, 3..text.len());
    // The mark is a character of line 1, as LineIndex counts.
    assert_eq!(targets(&md), [("b.md", 1, 6)]);
    assert_eq!(md.checkboxes[0].at.line, 2);
    assert_eq!(md.checkboxes[0].text, "@sofie x");
}

#[test]
fn an_empty_body_reads_as_nothing() {
    let text = "---\nid: x\n---\n";
    assert_eq!(
        Markdown::read(text, text.len()..text.len()),
        Markdown::default()
    );
}

#[test]
fn bare_urls_in_the_text_and_none_in_code_links_or_comments() {
    let forge = "https://github.com/os2/styring/blob/main";
    let text = format!(
        "---\nid: MTG-0001\n---\n\nSe {forge}/decisions/DEC-0001-a.md.\n\
         Møde i Århus ({forge}/meetings/x.md), *{forge}/y.md*\n\n\
         `{forge}/kode.md` [{forge}/tekst.md](z.md) <!-- {forge}/skjult.md -->\n\n\
         ```\n{forge}/hegn.md\n```\n\n    {forge}/indrykket.md\n\n\
         # Overskrift {forge}/o.md\n\n- [ ] @sofie læs {forge}/p.md\n"
    );
    let md = read_file(&text);
    let bare: Vec<_> = md
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Bare)
        .map(|l| {
            (
                l.target.strip_prefix(forge).unwrap_or("?"),
                l.at.line,
                l.at.column,
            )
        })
        .collect();
    assert_eq!(
        bare,
        [
            ("/decisions/DEC-0001-a.md", 5, 4),
            ("/meetings/x.md", 6, 15),
            ("/y.md", 6, 73),
            ("/o.md", 16, 14),
            ("/p.md", 18, 18),
        ]
    );
    for l in md.links.iter().filter(|l| l.kind == LinkKind::Bare) {
        assert!(text[l.at.offset..].starts_with(&l.target), "{l:?}");
    }
    assert_eq!(
        md.links.iter().filter(|l| l.kind != LinkKind::Bare).count(),
        1
    );
}

#[test]
fn a_code_span_over_a_line_break_reads_as_one_line() {
    // Found by the fuzz target: a setext heading whose code span runs over
    // two lines gave a title with a line break in it.
    for text in ["a `b\nc` d\n===\n", "a `b\r\nc` d\r\n===\r\n"] {
        let md = Markdown::read(text, 0..text.len());
        assert_eq!(md.title(), Some("a `b c` d"), "{text:?}");
    }
    let text = "- [ ] @sofie ring `til\nleverandøren` (due 2026-09-01)\n";
    let md = Markdown::read(text, 0..text.len());
    assert!(
        !md.checkboxes[0].text.contains('\n'),
        "{:?}",
        md.checkboxes[0]
    );
}

#[test]
fn text_lines_leave_out_markers_boxes_code_and_headings() {
    let text = "# T\n\n- **Dato**: 2025-06-15  \n- [x] Agnete\n- []\n- [ ] \n> - 2.1 Budget\n\n```\n**Status**: x\n```\nLøs **Key**: v\nnæste linje\n";
    let lines = Markdown::lines(text, 0..text.len());
    let got: Vec<_> = lines
        .iter()
        .map(|l| {
            (
                l.text.as_str(),
                l.at.line,
                l.at.column,
                l.item,
                l.quoted,
                l.checkbox,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("**Dato**: 2025-06-15", 3, 3, true, false, None),
            ("Agnete", 4, 7, true, false, Some(true)),
            ("", 5, 5, true, false, Some(false)),
            ("2.1 Budget", 7, 5, true, true, None),
            ("Løs **Key**: v", 12, 1, false, false, None),
            ("næste linje", 13, 1, false, false, None),
        ]
    );
    assert_eq!(&text[lines[0].line.clone()], "- **Dato**: 2025-06-15  \n");
}
