use proptest::prelude::*;

use super::*;

/// Words without Markdown in them, Danish letters included so that
/// columns in characters differ from bytes.
fn words() -> impl Strategy<Value = String> {
    "[a-zæøåA-ZÆØÅ]{1,8}( [a-zæøåA-ZÆØÅ]{1,8}){0,4}"
}

/// One block of a body. `Shown` links must be found where they are;
/// everything in the other blocks hides its link.
#[derive(Debug, Clone)]
enum Block {
    /// A paragraph: words, then a link, then words.
    Shown(String, String),
    /// `<!-- … -->` on one line or several.
    Comment(bool),
    /// A fence of `n` backticks or tildes holding a shorter fence.
    Fence(char, usize),
    /// An indented code block.
    Indented,
    /// A code span of `n` backticks in a paragraph.
    Span(usize),
    /// An HTML block.
    Html,
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        (words(), words()).prop_map(|(a, b)| Block::Shown(a, b)),
        any::<bool>().prop_map(Block::Comment),
        (prop_oneof![Just('`'), Just('~')], 3usize..7).prop_map(|(c, n)| Block::Fence(c, n)),
        Just(Block::Indented),
        (1usize..4).prop_map(Block::Span),
        Just(Block::Html),
    ]
}

/// Writes the blocks after a front matter block; returns the file, where
/// its body starts, and the shown links: target, line, column.
fn write(front: &str, blocks: &[Block]) -> (String, usize, Vec<(String, usize, usize)>) {
    let mut text = format!("---\n{front}\n---\n");
    let body = text.len();
    let mut shown = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let hidden = format!("[skjult](skjult-{i}.md)");
        match b {
            Block::Shown(before, after) => {
                text.push_str(before);
                text.push_str(" [se](");
                let line = text.matches('\n').count() + 1;
                let column = text[text.rfind('\n').map_or(0, |n| n + 1)..]
                    .chars()
                    .count()
                    + 1;
                shown.push((format!("vist-{i}.md"), line, column));
                text.push_str(&format!("vist-{i}.md) {after}"));
            }
            Block::Comment(false) => text.push_str(&format!("<!-- {hidden} -->")),
            Block::Comment(true) => text.push_str(&format!("<!--\n{hidden}\n-->")),
            Block::Fence(c, n) => {
                let outer: String = std::iter::repeat_n(*c, *n).collect();
                let inner: String = std::iter::repeat_n(*c, n - 1).collect();
                text.push_str(&format!("{outer}md\n{inner}\n{hidden}\n{inner}\n{outer}"));
            }
            Block::Indented => text.push_str(&format!("    {hidden}\n    mere kode")),
            Block::Span(n) => {
                let ticks: String = "`".repeat(*n);
                text.push_str(&format!("tekst {ticks} {hidden} {ticks} tekst"));
            }
            Block::Html => text.push_str(&format!("<div>\n{hidden}\n</div>")),
        }
        text.push_str("\n\n");
    }
    (text, body, shown)
}

proptest! {
    /// The quick looks never say "none" where the full read finds some.
    #[test]
    fn the_quick_looks_never_miss_what_the_reader_finds(
        text in "[a-z \\[\\]<>:/#`=*()\n!xX\t\u{b}\u{c}-]{0,80}|\\PC{0,60}|((- |\\* |1\\. |> - |  - )\\[[ \txX\u{b}\u{c}a]?\\]( [a-z]{0,4})?\n){1,4}",
    ) {
        let md = Markdown::read(&text, 0..text.len());
        if !Markdown::may_hold_links(&text) {
            prop_assert!(md.links.is_empty(), "{:?}", md.links);
        }
        if !Markdown::may_hold_checkboxes(&text) {
            prop_assert!(md.checkboxes.is_empty(), "{:?}", md.checkboxes);
        }
    }

    #[test]
    fn hidden_links_are_never_read_and_shown_ones_where_they_are(
        front in "id: [A-Za-zæøå0-9-]{0,12}",
        blocks in proptest::collection::vec(block(), 0..12),
    ) {
        let (text, body, shown) = write(&front, &blocks);
        let md = Markdown::read(&text, body..text.len());
        let found: Vec<_> = md
            .links
            .iter()
            .map(|l| (l.target.clone(), l.at.line, l.at.column))
            .collect();
        prop_assert_eq!(found, shown, "{}", text);
    }

    #[test]
    fn every_place_is_in_the_body_and_where_line_index_puts_it(
        head in "(\u{feff})?(---\n[a-zæ: ]{0,10}\n---\r?\n)?",
        body in "([-*+>#=|~` \t\n\r\\[\\]()!<>:@xX1.aæøå]|<!--|-->|```|\\[ \\]|\\[x\\]|\\[\\]|https://a/b|\\[l\\]: |\u{a0}|\u{1F600}){0,60}",
    ) {
        let text = format!("{head}{body}");
        let start = text.len() - body.len();
        let md = Markdown::read(&text, start..text.len());
        let index = LineIndex::new(&text);
        let places = md.links.iter().map(|l| l.at)
            .chain(md.headings.iter().map(|h| h.at))
            .chain(md.checkboxes.iter().map(|c| c.at));
        for at in places {
            prop_assert!(at.offset >= start && at.offset <= text.len(), "{:?}", at);
            prop_assert!(text.is_char_boundary(at.offset), "{:?}", at);
            prop_assert_eq!(index.position(at.offset), (at.line, at.column));
        }
        for l in md.links.iter().filter(|l| l.kind == LinkKind::Bare) {
            prop_assert!(text[l.at.offset..].starts_with(&l.target), "{:?}", l);
        }
        for text in md.headings.iter().map(|h| &h.text).chain(md.checkboxes.iter().map(|c| &c.text)) {
            prop_assert!(!text.contains('\n'), "{:?}", text);
            prop_assert_eq!(text.trim(), text.as_str());
        }
    }
}
