//! Checks on history (`gov validate --history`), over the record lives that
//! traceability reads: status moves the workflow does not allow (and, as a
//! hint, several allowed moves made in one commit), decided
//! text changed without a superseding record, approved minutes edited, and
//! approvals that break the approval rules.

use super::Located;
use super::finding::{CommitRef, Finding};
use std::collections::HashMap;

use crate::record::{Record, Repository};
use crate::trace::approving;
use crate::trace::workflow_path;
use crate::trace::{History, Text, Version};
use crate::{Result, git};

/// Findings about the history of every record. Each is reported on the
/// record's current file (its `status` line when there is one), or on its
/// last path when it was deleted.
pub fn check(repo: &Repository, history: &History) -> Result<Vec<Located>> {
    let Some(git) = git::Repo::discover(&repo.root)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    let by_path: HashMap<&str, &Record> =
        repo.records.iter().map(|r| (r.path.as_str(), r)).collect();
    let status_position = |path: &str| status_position(&by_path, path);
    for life in &history.timeline.lives {
        let Some(kind) = repo.config.kind(history.kind_name(life)) else {
            continue;
        };
        let trace = history.trace(life);
        let (line, column) = status_position(&trace.path);
        let at = |finding| Located::at(&trace.path, line, column, finding);
        // GOV076: a version not read, said where it is.
        for v in &trace.versions {
            if let Some(bad) = v.not_utf8 {
                out.push(at(Finding::VersionNotUtf8 {
                    path: v.path.to_string(),
                    line: bad.line,
                    column: bad.column,
                    commit: commit_ref(v),
                }));
            }
        }
        // GOV070: each move between two known statuses must be allowed,
        // in one step or (GOV075) in several the workflow allows in turn.
        let mut last: Option<&str> = None;
        for v in &trace.versions {
            let Some(status) = v.status else {
                continue;
            };
            if let Some(from) = last
                && kind.allows(from, status).is_err()
            {
                let (from, to, commit) = (from.to_string(), status.to_string(), commit_ref(v));
                out.push(at(match workflow_path(kind, &from, &to) {
                    Some(path) => Finding::SkippedSteps {
                        from,
                        to,
                        path,
                        commit,
                    },
                    None => Finding::BadTransition { from, to, commit },
                }));
            }
            last = Some(status);
        }
        // GOV071 / GOV072: the text after approval must stay as approved.
        let is_meeting = kind.name == "meeting";
        let approved = match repo.config.approval.get(&kind.name) {
            None if is_meeting => vec!["minutes_approved".to_string()],
            _ => approving(&repo.config, &kind.name),
        };
        let guarded = kind.superseded.is_some() || is_meeting;
        let Some(first) = trace
            .versions
            .iter()
            .position(|v| v.status.is_some_and(|s| approved.iter().any(|a| a == s)))
        else {
            continue;
        };
        if !guarded {
            continue;
        }
        // A deleted version has no body; a blob that cannot be read is an
        // error naming it, never a version without text.
        let body_at = |i: usize| -> Result<Option<String>> {
            let Some(v) = life.versions.get(i) else {
                return Ok(None);
            };
            let Some(blob) = v.blob else {
                return Ok(None);
            };
            let bytes = git.read_blob(blob).map_err(|e| {
                e.in_version(Some(&v.path), Some(trace.versions[i].commit.to_string()))
            })?;
            // A version that is not UTF-8 is GOV076, its text unknown: it
            // is compared with nothing.
            let Ok(text) = String::from_utf8(bytes) else {
                return Ok(None);
            };
            let record = Record::parse(String::new(), kind.name.clone(), text);
            Ok(Some(record.body().trim_end().to_string()))
        };
        let Some(mut decided) = body_at(first)? else {
            continue;
        };
        // Whether the decided text is a version's from before `gov import`.
        let mut decided_before_import = trace.versions[first].read_as.is_some();
        // The record's file now, else (its last path deleted) the record
        // that has its ID now.
        let acknowledged = by_path
            .get(&*trace.path)
            .copied()
            .or_else(|| {
                repo.records.iter().find(|r| {
                    r.field("id")
                        .and_then(crate::record::scalar_text)
                        .is_some_and(|id| id == trace.id)
                })
            })
            .map(amendments)
            .unwrap_or_default();
        for (i, v) in trace.versions.iter().enumerate().skip(first + 1) {
            let still_approved = v.status.is_some_and(|s| approved.iter().any(|a| a == s));
            if !still_approved {
                break;
            }
            let Some(body) = body_at(i)? else {
                continue;
            };
            // The import's own commit: front matter added and (with
            // `--move-metadata`) the metadata lines it took out; the
            // decided text is the same without them.
            let imported_here = decided_before_import && v.read_as.is_none();
            decided_before_import = v.read_as.is_some();
            if body == decided {
                continue;
            }
            if imported_here
                && without_metadata(&repo.config, v.path, &decided)
                    == without_metadata(&repo.config, v.path, &body)
            {
                decided = body;
                continue;
            }
            // An amendment the record names (`amended:` with the commit and
            // why) is the decided text from then on.
            if acknowledged
                .iter()
                .any(|c| v.commit.starts_with(c.as_str()))
            {
                decided = body;
                continue;
            }
            let finding = if is_meeting {
                Finding::MinutesEdited {
                    commit: commit_ref(v),
                }
            } else {
                Finding::ChangedAfterAcceptance {
                    status: v.status_label.unwrap_or_default().to_string(),
                    commit: commit_ref(v),
                }
            };
            out.push(at(finding));
            break;
        }
    }
    for f in history.approval_findings() {
        let (line, column) = status_position(&f.path);
        let commit = CommitRef {
            commit: short(&f.commit),
            author: f.author.clone(),
            date: day(&f.date),
        };
        out.push(Located::at(
            &f.path,
            line,
            column,
            Finding::Approval {
                message: f.message.clone(),
                commit,
            },
        ));
    }
    Ok(out)
}

/// A decision's or meeting's text without the metadata lines the import
/// reader takes for fields (`- **Status:** Accepteret`), as `gov import
/// --move-metadata` takes them out.
fn without_metadata(config: &crate::config::Config, path: &str, text: &str) -> String {
    let ctx = crate::import::Context {
        config,
        path,
        forge_url: None,
        first_commit: None,
    };
    let mut lines = crate::import::read(text, &ctx, None).metadata_lines;
    lines.sort_by_key(|r| std::cmp::Reverse(r.start));
    lines.dedup();
    let mut out = text.to_string();
    for r in lines {
        if out.is_char_boundary(r.start) && out.is_char_boundary(r.end.min(out.len())) {
            out.replace_range(r.start..r.end.min(out.len()), "");
        }
    }
    out.trim_end().to_string()
}

/// The commits a record's `amended:` list names as deliberate amendments
/// of its decided text: each entry a map with `commit` (at least seven
/// hex digits of the hash) and `reason`. An entry without a reason, or with
/// a shorter or non-hex commit, acknowledges nothing.
fn amendments(record: &Record) -> Vec<String> {
    let Some(crate::yaml::Value::Seq(items)) = record.field("amended").map(|n| &n.value) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let text = |key: &str| item.get(key).and_then(crate::record::scalar_text);
            let commit = text("commit")?.trim().to_ascii_lowercase();
            let reason = text("reason")?;
            let hex = commit.len() >= 7 && commit.chars().all(|c| c.is_ascii_hexdigit());
            (hex && !reason.trim().is_empty()).then_some(commit)
        })
        .collect()
}

fn commit_ref(v: &Version) -> CommitRef {
    CommitRef {
        commit: short(&v.commit),
        author: v.author.clone(),
        date: day(&v.date),
    }
}

fn short(commit: &str) -> Text {
    Text::new(commit.get(..10).unwrap_or(commit))
}

/// `2026-01-03T10:00:00+01:00` → `2026-01-03`.
fn day(date: &str) -> Text {
    Text::new(date.get(..10).unwrap_or(date))
}

/// The line and column of the `status` value of the record at `path` in the
/// working tree; (0, 0) when it is gone.
fn status_position(by_path: &HashMap<&str, &Record>, path: &str) -> (usize, usize) {
    match by_path.get(path) {
        Some(r) => r
            .field("status")
            .map_or((1, 1), |n| (n.span.start.line, n.span.start.column)),
        None => (0, 0),
    }
}
