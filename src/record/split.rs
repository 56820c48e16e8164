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
    /// The line ending of the opening delimiter (`"\n"` or `"\r\n"`).
    pub newline: &'static str,
}

/// True when `line` (without its line ending) is `marker` followed only by
/// spaces or tabs.
fn is_delimiter(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| rest.chars().all(|c| c == ' ' || c == '\t'))
}

/// Splits `text`. Never fails: a file without a `---` first line has no front
/// matter; an unclosed one is reported through [`FrontBlock::closed`].
pub fn split(text: &str) -> Split {
    let bom = text.starts_with('\u{feff}');
    let start = if bom { 3 } else { 0 };
    let rest = &text[start..];
    let first_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let first = rest[..first_end].trim_end_matches(['\n', '\r']);
    if !is_delimiter(first, "---") || first_end == rest.len() && !rest.ends_with('\n') {
        return Split {
            bom,
            front: None,
            body: start..text.len(),
        };
    }
    let newline = if rest[..first_end].ends_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let yaml_start = start + first_end;
    let origin = Pos {
        offset: yaml_start,
        line: 2,
        column: 1,
    };
    let mut at = yaml_start;
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
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
    }
}
