//! The output formats of `gov validate`, all over the same diagnostics:
//! rustc-style snippets for people, JSON for programs, GitHub workflow
//! commands for annotations in pull requests, and JUnit XML for dashboards.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{Counts, Diagnostic, Severity};
use crate::i18n::Lang;

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
        let title = level.primary_title(d.message.as_str()).id(d.code);
        let mut group = match source(&d.path)
            .filter(|_| d.line > 0)
            .and_then(|text| line_of(text, d.line))
        {
            Some((line_text, _)) => {
                let col = byte_of_column(line_text, d.column);
                let end = token_end(line_text, col);
                let snippet = Snippet::source(line_text)
                    .line_start(d.line)
                    .path(d.path.as_str())
                    .annotation(AnnotationKind::Primary.span(col..end));
                title.element(snippet)
            }
            None => title.element(annotate_snippets::Origin::path(d.path.as_str())),
        };
        if let Some(hint) = &d.hint {
            group = group.element(Level::HELP.message(hint.as_str()));
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
/// line per diagnostic, shown as annotations on the pull request.
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
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// JUnit XML: one test case per file checked; each error or warning is a
/// failure of that case.
pub fn junit(diagnostics: &[Diagnostic], files: &[String], deny_warnings: bool) -> String {
    let failing = |d: &&Diagnostic| {
        d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning)
    };
    let failures = diagnostics.iter().filter(failing).count();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"gov validate\" tests=\"{}\" failures=\"{failures}\">\n  <testsuite name=\"gov validate\" tests=\"{}\" failures=\"{failures}\">\n",
        files.len(),
        files.len()
    );
    for file in files {
        out.push_str(&format!(
            "    <testcase classname=\"gov.validate\" name=\"{}\"",
            xml(file)
        ));
        let mine: Vec<&Diagnostic> = diagnostics
            .iter()
            .filter(|d| &d.path == file)
            .filter(failing)
            .collect();
        if mine.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        for d in mine {
            out.push_str(&format!(
                "      <failure type=\"{}\" message=\"{}\">{}:{}:{}: {}{}</failure>\n",
                d.code,
                xml(&d.message),
                xml(&d.path),
                d.line,
                d.column,
                xml(&d.message),
                d.hint
                    .as_ref()
                    .map(|h| format!(" ({})", xml(h)))
                    .unwrap_or_default()
            ));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
    fn junit_marks_failing_files() {
        let xml = junit(
            &[diag()],
            &["decisions/a,b.md".into(), "ok.md".into()],
            false,
        );
        assert!(xml.contains("tests=\"2\" failures=\"1\""), "{xml}");
        assert!(
            xml.contains("<testcase classname=\"gov.validate\" name=\"ok.md\"/>"),
            "{xml}"
        );
        assert!(xml.contains("<failure type=\"GOV020\""), "{xml}");
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
