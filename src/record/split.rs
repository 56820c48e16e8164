//! Splitting a Markdown file into its front matter block and its body,
//! keeping byte ranges so nothing is ever re-serialised.

use std::ops::Range;

use crate::yaml::Pos;

/// Where the parts of a record file are, as byte ranges into its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The file starts with a UTF-8 byte order mark (three bytes, skipped).
    pub bom: bool,
    /// The front matter block, if the file has one.
    pub front: Option<FrontBlock>,
    /// The Markdown body.
    pub body: Range<usize>,
}

/// A `---` … `---` block at the top of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontBlock {
    /// The YAML between the delimiter lines (may be empty).
    pub yaml: Range<usize>,
    /// Where the YAML starts in the file, for positions in file coordinates.
    pub origin: Pos,
    /// False when the opening `---` has no closing line: then `yaml` runs to
    /// the end of the file and the body is empty.
    pub closed: bool,
    /// The line ending of the opening delimiter (`"\n"`, `"\r\n"` or `"\r"`).
    pub newline: &'static str,
}

/// True when `line` (without its line ending) is `marker` followed only by
/// spaces or tabs.
fn is_delimiter(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| rest.chars().all(|c| c == ' ' || c == '\t'))
}

/// Where the line starting at `at` ends: the offset just after its line
/// ending (`\n`, `\r\n`, or a lone `\r` as old Macs wrote), or the end of
/// the text.
pub fn next_line(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    match memchr::memchr2(b'\n', b'\r', &bytes[at..]) {
        Some(i) if bytes[at + i] == b'\r' && bytes.get(at + i + 1) == Some(&b'\n') => at + i + 2,
        Some(i) => at + i + 1,
        None => text.len(),
    }
}

/// The line ending that ends `line` (one line with its ending), if any.
fn ending(line: &str) -> Option<&'static str> {
    if line.ends_with("\r\n") {
        Some("\r\n")
    } else if line.ends_with('\n') {
        Some("\n")
    } else if line.ends_with('\r') {
        Some("\r")
    } else {
        None
    }
}

/// Splits `text`. Never fails: a file without a `---` first line has no front
/// matter; an unclosed one is reported through [`FrontBlock::closed`]. Lines
/// may end in `\n`, `\r\n` or `\r`.
pub fn split(text: &str) -> Split {
    let bom = text.starts_with('\u{feff}');
    let start = if bom { 3 } else { 0 };
    let first_end = next_line(text, start);
    let first_line = &text[start..first_end];
    let newline = ending(first_line);
    let first = first_line.trim_end_matches(['\n', '\r']);
    let Some(newline) = newline.filter(|_| is_delimiter(first, "---")) else {
        return Split {
            bom,
            front: None,
            body: start..text.len(),
        };
    };
    let yaml_start = first_end;
    let origin = Pos {
        offset: yaml_start,
        line: 2,
        column: 1,
    };
    let mut at = yaml_start;
    while at < text.len() {
        let end = next_line(text, at);
        let line = text[at..end].trim_end_matches(['\n', '\r']);
        if is_delimiter(line, "---") || is_delimiter(line, "...") {
            let front = FrontBlock {
                yaml: yaml_start..at,
                origin,
                closed: true,
                newline,
            };
            return Split {
                bom,
                front: Some(front),
                body: end..text.len(),
            };
        }
        at = end;
    }
    let front = FrontBlock {
        yaml: yaml_start..text.len(),
        origin,
        closed: false,
        newline,
    };
    Split {
        bom,
        front: Some(front),
        body: text.len()..text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_plain_front_matter_block() {
        let t = "---\ntitle: x\n---\n# Body\n";
        let s = split(t);
        let f = s.front.unwrap();
        assert_eq!(&t[f.yaml.clone()], "title: x\n");
        assert_eq!(&t[s.body], "# Body\n");
        assert!(f.closed);
        assert_eq!(f.origin.line, 2);
    }

    #[test]
    fn crlf_bom_and_dots_close() {
        let t = "\u{feff}---  \r\ntitle: x\r\n...\r\nbody";
        let s = split(t);
        assert!(s.bom);
        let f = s.front.unwrap();
        assert_eq!(&t[f.yaml.clone()], "title: x\r\n");
        assert_eq!(f.newline, "\r\n");
        assert_eq!(&t[s.body], "body");
    }

    #[test]
    fn old_mac_line_ends() {
        let t = "---\rtitle: x\rstatus: y\r---\r# Body\r";
        let s = split(t);
        let f = s.front.unwrap();
        assert_eq!(&t[f.yaml.clone()], "title: x\rstatus: y\r");
        assert_eq!(f.newline, "\r");
        assert!(f.closed);
        assert_eq!(&t[s.body], "# Body\r");
        assert!(split("---\r").front.is_some_and(|f| !f.closed));
        assert_eq!(next_line("a\rb", 0), 2);
        assert_eq!(next_line("a\r\nb", 0), 3);
        assert_eq!(next_line("a\n\rb", 0), 2);
        assert_eq!(next_line("ab", 1), 2);
        assert_eq!(next_line("a\r", 1), 2);
    }

    #[test]
    fn no_front_matter_and_unterminated() {
        assert!(split("# Title\n").front.is_none());
        assert!(split("").front.is_none());
        assert!(
            split("---").front.is_none(),
            "a lone --- without newline is a rule, not front matter"
        );
        assert!(split("----\na: b\n---\n").front.is_none());
        let s = split("---\ntitle: x\n");
        assert!(!s.front.unwrap().closed);
        let s = split("---\n---\n");
        assert_eq!(s.front.unwrap().yaml, 4..4);
    }

    proptest! {
        #[test]
        fn ranges_cover_the_file_in_order(text in "(---\r?\n)?[a-z: \r\n.-]{0,80}(---\n)?[a-z\n]{0,20}") {
            let s = split(&text);
            prop_assert!(s.body.end == text.len());
            if let Some(f) = &s.front {
                prop_assert!(f.yaml.start <= f.yaml.end && f.yaml.end <= s.body.start);
                prop_assert!(text.is_char_boundary(f.yaml.start) && text.is_char_boundary(f.yaml.end));
            }
        }

        #[test]
        fn never_panics(text in "\\PC{0,300}") {
            let _ = split(&text);
        }

        /// Any record read with its line ends made LF, CRLF or CR (old Mac)
        /// has the same front matter fields and the same body lines.
        #[test]
        fn line_ends_do_not_change_what_a_record_says(
            lines in proptest::collection::vec(front_line(), 0..8),
            body in proptest::collection::vec("[a-zæøå #*-]{0,12}", 0..4),
            closing in prop_oneof![Just("---"), Just("..."), Just("---  ")],
        ) {
            let mut all = vec!["---".to_string()];
            all.extend(lines);
            all.push(closing.to_string());
            all.extend(body);
            let lf = all.join("\n") + "\n";
            let read = |text: String| {
                let record = crate::record::Record::parse("d/DEC-0001.md", "decision", text);
                let body: Vec<String> = record.body().split(['\n', '\r']).map(str::to_string).collect();
                (record.fields_json(), matches!(record.front, crate::record::Front::Parsed(_)), body)
            };
            let (fields, parsed, body) = read(lf.clone());
            for nl in ["\r\n", "\r"] {
                let (f, p, b) = read(lf.replace('\n', nl));
                prop_assert_eq!(&f, &fields, "{:?}", nl);
                prop_assert_eq!(p, parsed);
                let b: Vec<String> = b.into_iter().filter(|l| !l.is_empty()).collect();
                let lf_body: Vec<String> = body.iter().filter(|l| !l.is_empty()).cloned().collect();
                prop_assert_eq!(b, lf_body);
            }
        }
    }

    /// Lines of front matter as people write them: scalars, quotes,
    /// comments, block lists, block scalars, empty values, blank lines.
    fn front_line() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z_]{1,8}: [a-zA-Z0-9æøå .,()-]{0,16}",
            "[a-z_]{1,8}: \"[a-zæøå :#]{0,12}\"",
            "[a-z_]{1,8}: '[a-zæøå :#]{0,12}'",
            "[a-z_]{1,8}:",
            "[a-z_]{1,8}: \\[[a-z, ]{0,12}\\]",
            "[a-z_]{1,8}: [a-z]{1,6}  # [a-zæøå ]{0,10}",
            "  - [a-zæøå]{1,10}",
            "# [a-zæøå ]{0,12}",
            Just(String::new()),
            "[a-z]{1,6}: \\|\n  [a-z ]{1,10}\n  [a-z ]{1,10}",
            "[a-z]{1,6}: >\n  [a-z ]{1,10}\n  [a-z ]{1,10}",
        ]
    }
}
