//! Holds the one Markdown reader to its promise: any text is Markdown, so
//! reading a body never panics, and every place it gives is inside the
//! body, on a character boundary, at the line and column `LineIndex`
//! counts there. Item texts stay on one line, trimmed.
#![no_main]

use gov::markdown::{LineIndex, LinkKind, Markdown};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The first byte chooses where the body starts, as a front matter
    // block before it would.
    let start = data.first().map_or(0, |&b| usize::from(b)).min(text.len());
    let start = (0..=start)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let md = Markdown::read(text, start..text.len());
    let index = LineIndex::new(text);
    let places = md
        .links
        .iter()
        .map(|l| l.at)
        .chain(md.headings.iter().map(|h| h.at))
        .chain(md.checkboxes.iter().map(|c| c.at));
    for at in places {
        assert!(at.offset >= start && at.offset <= text.len(), "{at:?}");
        assert!(text.is_char_boundary(at.offset), "{at:?}");
        assert_eq!(index.position(at.offset), (at.line, at.column), "{at:?}");
    }
    for l in md.links.iter().filter(|l| l.kind == LinkKind::Bare) {
        assert!(text[l.at.offset..].starts_with(&l.target), "{l:?}");
    }
    for h in &md.headings {
        assert!(
            (1..=6).contains(&h.level) && !h.text.contains('\n'),
            "{h:?}"
        );
        assert_eq!(h.text.trim(), h.text);
    }
    for c in &md.checkboxes {
        assert!(!c.text.contains('\n'), "{c:?}");
        assert_eq!(c.text.trim(), c.text);
    }
    let _ = md.title();
});
