//! The output formats of `gov validate`, all over the same diagnostics:
//! rustc-style snippets for people (labels in the configured language:
//! `fejl[GOV040]`, `error[GOV040]`), GitHub workflow commands for
//! annotations in pull requests, and JUnit XML ([`super::junit`]) for
//! dashboards; JSON is the diagnostics themselves. A message quotes what a
//! record holds (a status word, a commit's author), and a snippet shows a
//! line of the file: every one of them passes through `render::escape`
//! before it is printed.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::escape;
use crate::check::{Counts, Diagnostic, Severity};
use crate::i18n::{FindingMsg, Lang, Msg, t};

/// Human output: each diagnostic with the offending line and a caret, then
/// a count. `source` gives a file's text, when it is readable; `colour` is
/// the colour policy's decision for the stream it goes to.
pub fn human<'a>(
    diagnostics: &[Diagnostic],
    source: impl Fn(&str) -> Option<&'a str>,
    files: usize,
    lang: Lang,
    colour: bool,
) -> String {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diagnostics {
        let level = match d.severity {
            Severity::Error => Level::ERROR.with_name(t(lang, FindingMsg::SeverityError)),
            Severity::Warning => Level::WARNING.with_name(t(lang, FindingMsg::SeverityWarning)),
            Severity::Hint => Level::NOTE.with_name(t(lang, FindingMsg::NoteLabel)),
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
            let help = Level::HELP.with_name(t(lang, FindingMsg::HelpLabel));
            group = group.element(help.message(&**hint));
        }
        let report: &[Group] = &[group];
        out.push_str(&renderer.render(report));
        out.push_str("\n\n");
    }
    out.push_str(&summary(Counts::of(diagnostics), files, lang));
    out.push('\n');
    out
}

/// The closing line: `2 errors, 1 warnings, 0 hints in 12 files`, its
/// words from the catalogue.
pub fn summary(c: Counts, files: usize, lang: Lang) -> String {
    let (errors, warnings, hints) = (c.errors, c.warnings, c.hints);
    crate::tr!(lang, Msg::ValidateSummary, errors, warnings, hints, files)
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

/// Text for a workflow command's message.
fn escape_data(s: &str) -> String {
    escape::text(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Text for a workflow command's property (`file=`).
fn escape_property(s: &str) -> String {
    escape_data(&escape::line(s))
        .replace(':', "%3A")
        .replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::testing::diag;

    #[test]
    fn github_lines_escape_what_github_requires() {
        assert_eq!(
            github(&[diag()]),
            "::error file=decisions/a%2Cb.md,line=3,col=9,title=GOV020::`Godkendtx` is not a known status%0A100%25 (did you mean `Godkendt`?)\n"
        );
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

    /// Removes SGR codes: what a terminal shows of coloured text.
    fn without_colour(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("\x1b[") {
            out.push_str(&rest[..at]);
            let end = rest[at..].find('m').expect("an SGR code ends in m");
            rest = &rest[at + end + 1..];
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn danish_labels_keep_the_codes() {
        let text = "---\nid: DEC-0001\nstatus: Godkendtx\n---\n";
        let mut warning = diag();
        warning.severity = Severity::Warning;
        let mut hint = diag();
        hint.severity = Severity::Hint;
        hint.hint = None;
        let all = [diag(), warning, hint];
        let out = human(&all, |_| Some(text), 1, Lang::Da, false);
        for label in ["fejl[GOV020]: ", "advarsel[GOV020]: ", "bemærk[GOV020]: "] {
            assert!(out.contains(label), "{label}: {out}");
        }
        assert!(out.contains("= råd: did you mean"), "{out}");
        for english in ["error", "warning", "note", "help"] {
            assert!(!out.contains(english), "{english}: {out}");
        }
        let out = human(&all, |_| Some(text), 1, Lang::En, false);
        for label in ["error[GOV020]: ", "warning[GOV020]: ", "note[GOV020]: "] {
            assert!(out.contains(label), "{label}: {out}");
        }
        assert!(out.contains("= help: did you mean"), "{out}");
    }

    #[test]
    fn colour_adds_only_sgr_codes() {
        let text = "---\nid: DEC-0001\nstatus: Godkendtx\n---\n";
        let plain = human(&[diag()], |_| Some(text), 1, Lang::Da, false);
        let coloured = human(&[diag()], |_| Some(text), 1, Lang::Da, true);
        assert!(!plain.contains('\x1b'), "{plain}");
        assert!(coloured.contains("\x1b["), "{coloured}");
        assert_eq!(without_colour(&coloured), plain);
    }
}
