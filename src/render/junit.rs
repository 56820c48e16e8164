//! `gov validate --format junit`: JUnit XML for CI dashboards, one test
//! case per finding and one per clean file.

use super::escape;
use crate::check::{Diagnostic, Severity};

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

/// Markup escaped.
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

    use super::super::testing::diag;

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
}
