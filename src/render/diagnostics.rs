//! The output formats of `gov validate`, all over the same diagnostics:
//! rustc-style snippets for people, JSON for programs, GitHub workflow
//! commands for annotations in pull requests, and JUnit XML for dashboards.
//! A message quotes what a record holds (a status word, a commit's author),
//! and a snippet shows a line of the file: every one of them passes through
//! `render::escape` before it is printed.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{Counts, Diagnostic, Severity};
use crate::i18n::Lang;
use crate::render::escape;

/// Human output: each diagnostic with the offending line and a caret, then
/// a count. `source` gives a file's text, when it is readable.
pub fn human<'a>(
    diagnostics: &[Diagnostic],
    source: impl Fn(&str) -> Option<&'a str>,
    files: usize,
    lang: Lang,
    color: bool,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diagnostics {
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Hint => Level::NOTE,
        };
        let message = escape::text(&d.message);
        let path = escape::line(&d.path);
        let title = level.primary_title(&*message).id(d.code);
        let shown;
        let mut group = match source(&d.path)
            .filter(|_| d.line > 0)
            .and_then(|text| line_of(text, d.line))
        {
            Some((line_text, _)) => {
                let col = byte_of_column(line_text, d.column);
                let end = token_end(line_text, col);
                // The caret moves with the escapes before and in the token.
                shown = escape::text(line_text);
                let (col, end) = (
                    escape::text(&line_text[..col]).len(),
                    escape::text(&line_text[..end]).len(),
                );
                let snippet = Snippet::source(&*shown)
                    .line_start(d.line)
                    .path(&*path)
                    .annotation(AnnotationKind::Primary.span(col..end));
                title.element(snippet)
            }
            None => title.element(annotate_snippets::Origin::path(&*path)),
        };
        let hint = d.hint.as_deref().map(escape::text);
        if let Some(hint) = &hint {
            group = group.element(Level::HELP.message(&**hint));
        }
        let report: &[Group] = &[group];
        out.push_str(&renderer.render(report));
        out.push_str("\n\n");
    }
    out.push_str(&summary(Counts::of(diagnostics), files, lang));
    out.push('\n');
    out
}

/// The closing line: `2 errors, 1 warning, 0 hints in 12 files`.
pub fn summary(c: Counts, files: usize, lang: Lang) -> String {
    match lang {
        Lang::Da => format!(
            "{} fejl, {} advarsler, {} tips i {files} filer",
            c.errors, c.warnings, c.hints
        ),
        Lang::En => format!(
            "{} errors, {} warnings, {} hints in {files} files",
            c.errors, c.warnings, c.hints
        ),
    }
}

/// The text of a 1-based line and its byte offset.
fn line_of(text: &str, line: usize) -> Option<(&str, usize)> {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return Some((l.trim_end_matches(['\n', '\r']), offset));
        }
        offset += l.len();
    }
    None
}

/// The byte offset of a 1-based character column in a line.
fn byte_of_column(line: &str, column: usize) -> usize {
    line.char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i)
}

/// Where the token starting at `start` ends (at least one character).
fn token_end(line: &str, start: usize) -> usize {
    let rest = &line[start..];
    let len = rest.find([' ', ',', ']', '}']).unwrap_or(rest.len());
    let len = if len == 0 {
        rest.chars().next().map_or(0, char::len_utf8)
    } else {
        len
    };
    start + len
}

/// GitHub workflow commands: one `::error file=…,line=…,col=…,title=…::…`
/// line per diagnostic, shown as annotations on the pull request. Control
/// characters are escaped first, then what GitHub itself requires (`%`,
/// CR and LF; `:` and `,` in properties), so a message can neither start a
/// workflow command of its own nor reach the terminal of a log.
pub fn github(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "notice",
        };
        let mut message = d.message.clone();
        if let Some(hint) = &d.hint {
            message.push_str(" (");
            message.push_str(hint);
            message.push(')');
        }
        out.push_str(&format!("::{kind} file={}", escape_property(&d.path)));
        if d.line > 0 {
            out.push_str(&format!(",line={},col={}", d.line, d.column.max(1)));
        }
        out.push_str(&format!(",title={}::{}\n", d.code, escape_data(&message)));
    }
    out
}

fn escape_data(s: &str) -> String {
    escape::text(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(&escape::line(s))
        .replace(':', "%3A")
        .replace(',', "%2C")
}

/// JUnit XML: one test case per finding, failed when the finding fails the
/// run (an error, or a warning with `--deny-warnings`), and one passing
/// test case per file checked without a finding. Findings on files that
/// are not records (not UTF-8, binary, unreadable) are test cases too, and
/// a finding about a whole file is placed on line 1: dashboards count and
/// link test cases, and line 0 exists in no editor.
pub fn junit(diagnostics: &[Diagnostic], files: &[String], deny_warnings: bool) -> String {
    let failing = |d: &Diagnostic| {
        d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning)
    };
    let failures = diagnostics.iter().filter(|d| failing(d)).count();
    let found: std::collections::HashSet<&str> =
        diagnostics.iter().map(|d| d.path.as_str()).collect();
    let mut cases: Vec<(&str, Option<&Diagnostic>)> = files
        .iter()
        .filter(|f| !found.contains(f.as_str()))
        .map(|f| (f.as_str(), None))
        .chain(diagnostics.iter().map(|d| (d.path.as_str(), Some(d))))
        .collect();
    // Stable: a file's findings stay in line order.
    cases.sort_by_key(|(path, _)| *path);
    let tests = cases.len();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"gov validate\" tests=\"{tests}\" failures=\"{failures}\">\n  <testsuite name=\"gov validate\" tests=\"{tests}\" failures=\"{failures}\">\n"
    );
    for (path, d) in cases {
        let file = xml_attr(path);
        let Some(d) = d else {
            out.push_str(&format!(
                "    <testcase classname=\"gov.validate\" name=\"{file}\" file=\"{file}\"/>\n"
            ));
            continue;
        };
        let (line, column) = (d.line.max(1), d.column.max(1));
        let hint = d
            .hint
            .as_ref()
            .map(|h| format!(" ({})", xml_text(h)))
            .unwrap_or_default();
        let text = format!(
            "{}:{line}:{column}: {}{hint}",
            xml_text(path),
            xml_text(&d.message)
        );
        out.push_str(&format!(
            "    <testcase classname=\"gov.validate.{}\" name=\"{file}:{line}:{column} {}\" file=\"{file}\" line=\"{line}\">\n",
            d.code, d.code
        ));
        if failing(d) {
            out.push_str(&format!(
                "      <failure type=\"{}\" message=\"{}\">{text}</failure>\n",
                d.code,
                xml_attr(&d.message)
            ));
        } else {
            out.push_str(&format!("      <system-out>{text}</system-out>\n"));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// Text for an XML attribute value: controls escaped (XML 1.0 allows
/// almost none), then markup.
fn xml_attr(s: &str) -> String {
    xml(&escape::line(s))
}

/// Text for XML element content: line breaks kept, other controls escaped.
fn xml_text(s: &str) -> String {
    xml(&escape::text(s))
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Not characters in XML 1.0, though printable to a terminal.
            '\u{fffe}' | '\u{ffff}' => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag() -> Diagnostic {
        Diagnostic {
            path: "decisions/a,b.md".into(),
            line: 3,
            column: 9,
            severity: Severity::Error,
            code: "GOV020",
            message: "`Godkendtx` is not a known status\n100%".into(),
            hint: Some("did you mean `Godkendt`?".into()),
        }
    }

    #[test]
    fn github_lines_escape_what_github_requires() {
        assert_eq!(
            github(&[diag()]),
            "::error file=decisions/a%2Cb.md,line=3,col=9,title=GOV020::`Godkendtx` is not a known status%0A100%25 (did you mean `Godkendt`?)\n"
        );
    }

    #[test]
    fn junit_has_a_case_per_finding_and_per_clean_file() {
        let mut whole_file = diag();
        whole_file.path = "decisions/x.md".into();
        whole_file.line = 0;
        whole_file.column = 0;
        whole_file.code = "GOV064";
        let mut hint = diag();
        hint.severity = Severity::Hint;
        hint.line = 5;
        let xml = junit(
            &[diag(), hint, whole_file],
            &["decisions/a,b.md".into(), "ok.md".into()],
            false,
        );
        assert!(xml.contains("tests=\"4\" failures=\"2\""), "{xml}");
        assert!(
            xml.contains("<testcase classname=\"gov.validate\" name=\"ok.md\" file=\"ok.md\"/>"),
            "{xml}"
        );
        assert!(xml.contains("<failure type=\"GOV020\""), "{xml}");
        assert!(xml.contains("name=\"decisions/x.md:1:1 GOV064\""), "{xml}");
        assert!(xml.contains(">decisions/x.md:1:1: "), "{xml}");
        assert!(xml.contains("<system-out>decisions/a,b.md:5:9: "), "{xml}");
    }

    #[test]
    fn human_output_shows_the_line_and_a_caret() {
        let text = "---\nid: DEC-0001\nstatus: Godkendtx\n---\n";
        let out = human(&[diag()], |_| Some(text), 1, Lang::En, false);
        assert!(out.contains("status: Godkendtx"), "{out}");
        assert!(out.contains("^^^^^^^^^"), "{out}");
        assert!(
            out.ends_with("1 errors, 0 warnings, 0 hints in 1 files\n"),
            "{out}"
        );
    }
}
