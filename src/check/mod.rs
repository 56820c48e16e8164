//! Validation: everything `gov validate` checks, as values.
//!
//! Each check returns [`Located`] findings (a [`Finding`] plus where it is);
//! [`finish`] applies the configured severities and renders the words in a
//! language, giving [`Diagnostic`]s that every output format shows alike.
//! Nothing here writes to the repository.

mod agenda;
mod base;
mod file_name;
mod finding;
mod history;
mod links;
/// The repository's forge address (`forge_url`, else the origin remote),
/// for `gov import` to resolve absolute links the way validation does.
pub use links::forge_url;
mod messages;
mod quorum;
mod record;
mod refs;
mod rules;
pub mod schema;
mod schema_problem;
mod text;

pub use crate::severity::Severity;
pub use base::collisions;
pub use finding::{CommitRef, Finding};
pub use history::check as check_history;
pub use record::check as check_record;
pub use rules::{RULES, Rule};
pub use schema::Schemas;
pub use text::LineIndex;

use serde::Serialize;

use crate::config::Config;
use crate::i18n::Lang;
use crate::markdown::Markdown;
use crate::record::{LoadProblem, Repository};

/// A finding at a place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Path relative to the repository root.
    pub path: String,
    /// 1-based line (0: the file as a whole).
    pub line: usize,
    /// 1-based column in characters (0: the line as a whole).
    pub column: usize,
    /// What was found.
    pub finding: Finding,
}

impl Located {
    /// A finding at a line and column.
    pub fn at(path: &str, line: usize, column: usize, finding: Finding) -> Located {
        Located {
            path: path.to_string(),
            line,
            column,
            finding,
        }
    }
}

/// One diagnostic, ready to print: `gov validate --format json` prints an
/// array of these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Path relative to the repository root.
    pub path: String,
    /// 1-based line (0 when the diagnostic is about the whole file).
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// Severity after configuration.
    pub severity: Severity,
    /// Stable rule code.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
}

/// Checks the working tree of a repository: every record on its own (and
/// each meeting's agenda), then across records (IDs, references, links). Load problems (unreadable or
/// non-UTF-8 files, links not followed, FIFOs) are findings too.
pub fn check_tree(repo: &Repository, schemas: &Schemas) -> Vec<Located> {
    let mut out = load_problems(repo);
    let summaries = repo.summaries();
    let mut links = links::Links::new(repo);
    for (record, summary) in repo.records.iter().zip(&summaries) {
        // Each body is read once for the rules that look into it, and
        // dropped before the next is read.
        let md = body(record);
        if let Some(md) = &md {
            links.read(record, md);
        }
        if let Some(kind) = repo.config.kind(&record.kind) {
            out.extend(record::check(record, summary, kind, schemas));
            out.extend(agenda::check(record, md.as_ref(), &repo.config));
            out.extend(quorum::check(record, &repo.config));
        }
    }
    out.extend(refs::check(repo, &summaries));
    out.extend(links.finish());
    out
}

/// A record's body read with the one Markdown reader, for every rule that
/// looks into bodies (links, agendas); `None` for a body that can hold
/// neither a link nor an agenda, which is not read at all.
fn body(r: &crate::record::Record) -> Option<Markdown> {
    let body = &r.text[r.split.body.clone()];
    let agenda = r.kind == agenda::MEETING && crate::import::may_hold_agenda(body);
    (Markdown::may_hold_links(body) || agenda)
        .then(|| Markdown::read(&r.text, r.split.body.clone()))
}

/// The files of the record folders that were not read, as findings.
pub fn load_problems(repo: &Repository) -> Vec<Located> {
    repo.problems
        .iter()
        .map(|problem| match problem {
            LoadProblem::NotUtf8 {
                path,
                offset,
                line,
                column,
            } => Located::at(path, *line, *column, Finding::NotUtf8 { offset: *offset }),
            LoadProblem::Unreadable { path, message } => Located::at(
                path,
                0,
                0,
                Finding::Unreadable {
                    message: message.clone(),
                },
            ),
            LoadProblem::Symlink { path, trouble } => Located::at(
                path,
                0,
                0,
                Finding::Symlink {
                    trouble: trouble.clone(),
                },
            ),
            LoadProblem::Special { path, what } => {
                Located::at(path, 0, 0, Finding::Special { what: *what })
            }
        })
        .collect()
}

/// The files that were not read, in words, whatever gov.yaml's `rules:`
/// say: for commands that list records, where a file left out is named.
pub fn unread(repo: &Repository, lang: Lang) -> Vec<Diagnostic> {
    load_problems(repo)
        .into_iter()
        .map(|l| {
            let rule = l.finding.rule();
            let (message, hint) = messages::text(lang, &l.finding);
            Diagnostic {
                path: l.path,
                line: l.line,
                column: l.column,
                severity: rule.severity,
                code: rule.code,
                message,
                hint,
            }
        })
        .collect()
}

/// Applies the configured severities (`rules:` in gov.yaml; `off` drops a
/// rule) and renders messages, sorted by path, line and column.
pub fn finish(found: Vec<Located>, config: &Config, lang: Lang) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = found
        .into_iter()
        .filter_map(|l| {
            let rule = l.finding.rule();
            let severity = match config.rules.get(rule.code) {
                Some(crate::config::RuleLevel::Off) => return None,
                Some(level) => level.severity().unwrap_or(rule.severity),
                None => rule.severity,
            };
            let (message, hint) = messages::text(lang, &l.finding);
            Some(Diagnostic {
                path: l.path,
                line: l.line,
                column: l.column,
                severity,
                code: rule.code,
                message,
                hint,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.code).cmp(&(&b.path, b.line, b.column, b.code))
    });
    out.dedup();
    out
}

/// Counts of diagnostics by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Hints.
    pub hints: usize,
}

impl Counts {
    /// Counts a list of diagnostics.
    pub fn of(diagnostics: &[Diagnostic]) -> Counts {
        let mut c = Counts::default();
        for d in diagnostics {
            match d.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Hint => c.hints += 1,
            }
        }
        c
    }
}

#[cfg(test)]
mod proptests {
    use super::*;
    use crate::record::{Assignment, Record, Summary, apply_edits};
    use proptest::prelude::*;

    fn setup() -> &'static (Config, Schemas) {
        static SETUP: std::sync::OnceLock<(Config, Schemas)> = std::sync::OnceLock::new();
        SETUP.get_or_init(|| {
            let config = Config::defaults();
            let schemas = Schemas::compile(std::path::Path::new("."), &config).expect("schemas");
            (config, schemas)
        })
    }

    /// Front-matter-shaped text: delimiters, keys, status words, dates,
    /// Danish letters, quotes and brackets in any order.
    fn recordish() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just("---\n".to_string()),
            Just("id: DEC-0001\n".to_string()),
            Just("status: Besluttet. (pr mail)\n".to_string()),
            Just("date: 01-02-2025\n".to_string()),
            Just("supersedes: [DEC-0002, \n".to_string()),
            Just("\u{feff}".to_string()),
            Just("SÃ¸nderborg [x](../y.md)\n".to_string()),
            "[a-zæøå:#&*!|>'\"%@`{}\\[\\], \t\r\n-]{0,20}",
        ];
        prop_oneof![
            proptest::collection::vec(piece, 0..12).prop_map(|p| p.concat().into_bytes()),
            proptest::collection::vec(any::<u8>(), 0..400),
        ]
    }

    proptest! {
        /// Whatever the bytes, reading, summarising, checking and editing a
        /// record never panics, and every position is inside the file.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in recordish()) {
            let (config, schemas) = setup();
            let kind = config.kind("decision").expect("decision");
            let text = String::from_utf8_lossy(&bytes).into_owned();
            // Lines end in \n, \r\n or a lone \r (CR-only files are read too).
            let lines = text.replace("\r\n", "\n").split(['\n', '\r']).count() + 1;
            let record = Record::parse("decisions/DEC-0001-x.md", "decision", text);
            let summary = Summary::of(&record, kind);
            for found in record::check(&record, &summary, kind, schemas) {
                prop_assert!(found.line <= lines, "{found:?} beyond {lines} lines");
            }
            let _ = apply_edits(&record, &[Assignment::parse("status=accepted").expect("assignment")]);
        }
    }
}
