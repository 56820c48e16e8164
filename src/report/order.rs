//! The manual order of the backlog: `gov backlog move CR-0005 --before
//! CR-0002` appends a move to one YAML file, and every ranking replays the
//! moves, oldest first, over the order by score. So a placement survives
//! rescoring: CR-0005 stays right before CR-0002 whatever their scores
//! become, until it is moved again or one of them leaves the backlog.
//!
//! One file rather than a key in each record: a move is one line in one
//! diff, two people moving different requests do not touch the same
//! records, and the records' own history stays about their content.

use serde::Serialize;
use std::path::{Path, PathBuf};

use super::ReportError;
use crate::config::Config;
use crate::fsutil::{Links, ReadFailure, read_regular};
use crate::i18n::{ErrorMsg, Lang, Msg, t};
use crate::record::scalar_text;
use crate::yaml::{self, Limits, Node, Pos, Value, YamlErrorKind};

/// What is wrong with the backlog's order file: data, so the command line
/// can say it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderProblem {
    /// The file is not UTF-8 (the position is of the first bad byte).
    NotUtf8,
    /// The file is not YAML.
    Yaml(YamlErrorKind),
    /// `moves:` holds something other than a list.
    MovesNotAList,
    /// The file is not a map with `moves:`.
    NoMoves,
    /// A move without `id` or `before`.
    MoveIncomplete,
}

impl OrderProblem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let key = match self {
            OrderProblem::Yaml(kind) => return kind.message(lang),
            OrderProblem::NotUtf8 => ErrorMsg::OrderNotUtf8,
            OrderProblem::MovesNotAList => ErrorMsg::OrderMovesNotAList,
            OrderProblem::NoMoves => ErrorMsg::OrderNoMoves,
            OrderProblem::MoveIncomplete => ErrorMsg::OrderMoveIncomplete,
        };
        t(lang, key).to_string()
    }
}

/// One manual placement: `id` goes right before `before`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Move {
    /// The change request that was moved.
    pub id: String,
    /// The change request it was put in front of.
    pub before: String,
    /// When it was moved (ISO), for the people reading the file.
    pub date: Option<String>,
    /// Comment lines written above the move (`# agreed on 3 March`), kept
    /// when gov rewrites the file.
    #[serde(skip)]
    pub comments: Vec<String>,
    /// A comment at the end of the move's line, kept likewise.
    #[serde(skip)]
    pub trailing: Option<String>,
}

/// All manual placements, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ManualOrder {
    /// The moves in the order they were made.
    pub moves: Vec<Move>,
    /// Comment lines above the first move when they are not gov's own
    /// header (someone wrote them): written back instead of the header.
    #[serde(skip)]
    pub preamble: Vec<String>,
    /// Comment lines after the last move.
    #[serde(skip)]
    pub epilogue: Vec<String>,
}

/// The order file's path relative to the root: `backlog.order_file`, else
/// `order.yaml` in the change kind's folder.
pub fn order_file(config: &Config) -> String {
    if let Some(file) = &config.backlog.order_file {
        return file.clone();
    }
    let folder = config.kind("change").map_or("backlog", |k| k.folder.main());
    format!("{folder}/order.yaml")
}

impl ManualOrder {
    /// Reads the order file under `root`; no file is no moves.
    pub fn load(
        root: &Path,
        config: &Config,
    ) -> Result<(ManualOrder, Option<Vec<u8>>), ReportError> {
        let rel = order_file(config);
        let path = root.join(&rel);
        // Never waits on a FIFO named order.yaml (DEC-0029).
        let bytes = match read_regular(&path, Links::Follow) {
            Ok(b) => b,
            Err(ReadFailure::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok((ManualOrder::default(), None));
            }
            Err(failure) => return Err(failure.into_error(&path).into()),
        };
        // Every read is right or a loud error: bytes that are not UTF-8
        // are not guessed at (and never written back changed).
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            let (line, column) = line_and_column(&bytes[..e.valid_up_to()]);
            ReportError::OrderFile {
                path: rel.clone(),
                line,
                column,
                problem: OrderProblem::NotUtf8,
            }
        })?;
        let order = ManualOrder::parse(text, &rel)?;
        Ok((order, Some(bytes)))
    }

    /// Reads the text of an order file; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<ManualOrder, ReportError> {
        let bad = |pos: Pos, problem: OrderProblem| ReportError::OrderFile {
            path: file.to_string(),
            line: pos.line,
            column: pos.column,
            problem,
        };
        let start = Pos {
            offset: 0,
            line: 1,
            column: 1,
        };
        let root = yaml::parse(text, start, &Limits::default())
            .map_err(|e| bad(e.pos, OrderProblem::Yaml(e.kind)))?;
        let Some(root) = root else {
            return Ok(ManualOrder::default());
        };
        let moves = match (&root.value, root.get("moves")) {
            (Value::Map(_), None) => return Ok(ManualOrder::default()),
            (
                Value::Map(_),
                Some(Node {
                    value: Value::Null, ..
                }),
            ) => return Ok(ManualOrder::default()),
            (
                Value::Map(_),
                Some(Node {
                    value: Value::Seq(items),
                    ..
                }),
            ) => items,
            (_, Some(other)) => return Err(bad(other.span.start, OrderProblem::MovesNotAList)),
            (_, None) => return Err(bad(root.span.start, OrderProblem::NoMoves)),
        };
        let mut out = Vec::with_capacity(moves.len());
        for item in moves {
            let text_of = |key: &str| {
                item.get(key)
                    .and_then(scalar_text)
                    .map(|s| s.trim().to_string())
            };
            match (text_of("id"), text_of("before")) {
                (Some(id), Some(before)) if !id.is_empty() && !before.is_empty() => {
                    out.push(Move {
                        id,
                        before,
                        date: text_of("date"),
                        comments: Vec::new(),
                        trailing: None,
                    });
                }
                _ => {
                    return Err(bad(item.span.start, OrderProblem::MoveIncomplete));
                }
            }
        }
        let mut order = ManualOrder {
            moves: out,
            ..ManualOrder::default()
        };
        order.keep_comments(text, moves);
        Ok(order)
    }

    /// Takes the comments of `text` into the moves (`items` are their
    /// nodes): full comment lines above a move belong to it, a comment
    /// after it on its line is its own, those above the first move form the
    /// preamble (dropped when it is gov's header) and those after the last
    /// the epilogue. So rewriting the file loses no comment.
    fn keep_comments(&mut self, text: &str, items: &[Node]) {
        let comments_in = |from: usize, to: usize| -> Vec<String> {
            text.get(from.min(text.len())..to.min(text.len()))
                .unwrap_or_default()
                .lines()
                .map(str::trim)
                .filter(|l| l.starts_with('#'))
                .map(str::to_string)
                .collect()
        };
        let line_end = |at: usize| {
            let at = at.min(text.len());
            text[at..].find('\n').map_or(text.len(), |i| at + i)
        };
        let mut after_previous = 0;
        for (k, (m, item)) in self.moves.iter_mut().zip(items).enumerate() {
            if k == 0 {
                // Above `moves:` is the file's; below it, the first move's.
                let start = item.span.start.offset.min(text.len());
                let key = text[..start]
                    .match_indices("moves")
                    .filter(|(i, _)| *i == 0 || text.as_bytes()[i - 1] == b'\n')
                    .last()
                    .map_or(0, |(i, _)| i);
                self.preamble = comments_in(0, key);
                m.comments = comments_in(key, start);
            } else {
                m.comments = comments_in(after_previous, item.span.start.offset);
            }
            // A flow map's span ends at its last value: skip its `}`.
            let end = item.span.end.offset.min(text.len());
            let rest = text[end..line_end(end)]
                .trim_start_matches(|c: char| c.is_whitespace() || c == '}' || c == ']')
                .trim_end();
            m.trailing = rest.starts_with('#').then(|| rest.to_string());
            after_previous = line_end(end);
        }
        let tail = comments_in(after_previous, text.len());
        if self.moves.is_empty() {
            self.preamble = tail;
        } else {
            self.epilogue = tail;
        }
        let header = |lang| -> Vec<String> {
            t(lang, Msg::OrderFileHeader)
                .lines()
                .map(|l| format!("# {l}").trim_end().to_string())
                .collect()
        };
        if [Lang::Da, Lang::En]
            .iter()
            .any(|&l| header(l) == self.preamble)
        {
            self.preamble.clear();
        }
    }

    /// Records that `id` goes right before `before`, replacing any earlier
    /// placement of `id` and any earlier one that put `before` before `id`.
    pub fn record(&mut self, id: &str, before: &str, date: Option<String>) {
        let replaced = |m: &Move| {
            m.id.eq_ignore_ascii_case(id)
                || (m.id.eq_ignore_ascii_case(before) && m.before.eq_ignore_ascii_case(id))
        };
        // The comments of a replaced move stay with its replacement.
        let mut comments = Vec::new();
        let mut trailing = None;
        self.moves.retain_mut(|m| {
            if replaced(m) {
                comments.append(&mut m.comments);
                trailing = trailing.take().or(m.trailing.take());
            }
            !replaced(m)
        });
        self.moves.push(Move {
            id: id.to_string(),
            before: before.to_string(),
            date,
            comments,
            trailing,
        });
    }

    /// Drops the placement of `id`, giving it back to the score; true when
    /// there was one.
    pub fn clear(&mut self, id: &str) -> bool {
        let before = self.moves.len();
        self.moves.retain(|m| !m.id.eq_ignore_ascii_case(id));
        self.moves.len() != before
    }

    /// The file's text: a comment saying what it is, then one move a line.
    pub fn to_yaml(&self, lang: Lang) -> String {
        let mut out = String::new();
        if self.preamble.is_empty() {
            for line in t(lang, Msg::OrderFileHeader).lines() {
                out.push_str(&format!("# {line}\n").replace("# \n", "#\n"));
            }
        }
        for line in &self.preamble {
            out.push_str(&format!("{line}\n"));
        }
        if self.moves.is_empty() {
            out.push_str("moves: []\n");
            return out;
        }
        out.push_str("moves:\n");
        for m in &self.moves {
            for line in &m.comments {
                out.push_str(&format!("  {line}\n"));
            }
            out.push_str(&format!(
                "  - {{ id: {}, before: {}",
                quoted(&m.id),
                quoted(&m.before)
            ));
            if let Some(d) = &m.date {
                out.push_str(&format!(", date: {}", quoted(d)));
            }
            out.push_str(" }");
            if let Some(c) = &m.trailing {
                out.push_str(&format!("  {c}"));
            }
            out.push('\n');
        }
        for line in &self.epilogue {
            out.push_str(&format!("{line}\n"));
        }
        out
    }
}

/// A flow scalar, quoted only when plain YAML would read it differently.
fn quoted(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && s.chars().next().is_some_and(char::is_alphabetic);
    let date_like = s.chars().all(|c| c.is_ascii_digit() || c == '-');
    if plain || date_like && !s.is_empty() {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

/// The 1-based line and column just after `before` (valid UTF-8): where
/// the first byte that is not stands.
fn line_and_column(before: &[u8]) -> (usize, usize) {
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Absolute path of the order file.
pub fn order_path(root: &Path, config: &Config) -> PathBuf {
    root.join(order_file(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_later_move_replaces_the_earlier_one_and_its_contradiction() {
        let mut o = ManualOrder::default();
        o.record("CR-0005", "CR-0002", None);
        o.record("CR-0002", "CR-0001", None);
        o.record("CR-0005", "CR-0003", Some("2026-11-28".into()));
        o.record("CR-0003", "CR-0005", None);
        let pairs: Vec<_> = o
            .moves
            .iter()
            .map(|m| (m.id.as_str(), m.before.as_str()))
            .collect();
        assert_eq!(pairs, [("CR-0002", "CR-0001"), ("CR-0003", "CR-0005")]);
        assert!(o.clear("cr-0003") && !o.clear("CR-0003"));
    }

    #[test]
    fn the_file_reads_back_what_was_written() {
        let mut o = ManualOrder::default();
        o.record("CR-0005", "CR-0002", Some("2026-11-28".into()));
        o.record("Kiosk tilstand", "CR-0001", None);
        for lang in [Lang::Da, Lang::En] {
            let text = o.to_yaml(lang);
            assert!(text.starts_with("# "), "{text}");
            assert_eq!(ManualOrder::parse(&text, "backlog/order.yaml").unwrap(), o);
        }
        assert_eq!(ManualOrder::parse("", "f").unwrap(), ManualOrder::default());
        assert_eq!(
            ManualOrder::parse("moves: []\n", "f").unwrap(),
            ManualOrder::default()
        );
    }

    #[test]
    fn comments_survive_a_rewrite() {
        let text = "# Vores egen forklaring\nmoves:\n  # aftalt 3. marts\n  - { id: CR-0005, before: CR-0002 }  # se referat\n  - { id: CR-0007, before: CR-0001 }\n# slut\n";
        let mut o = ManualOrder::parse(text, "o.yaml").unwrap();
        assert_eq!(
            o.to_yaml(Lang::Da),
            text,
            "an unchanged file is written back as it was"
        );
        o.record("CR-0005", "CR-0003", None);
        let again = o.to_yaml(Lang::En);
        for comment in [
            "# Vores egen forklaring",
            "# aftalt 3. marts",
            "# se referat",
            "# slut",
        ] {
            assert!(again.contains(comment), "{comment} in\n{again}");
        }
        assert!(
            again.contains(
                "  # aftalt 3. marts\n  - { id: CR-0005, before: CR-0003 }  # se referat\n"
            ),
            "{again}"
        );
        let standard = ManualOrder::default().to_yaml(Lang::Da);
        assert!(
            ManualOrder::parse(&standard, "o")
                .unwrap()
                .preamble
                .is_empty()
        );
    }

    #[test]
    fn a_broken_file_names_the_line() {
        let err =
            ManualOrder::parse("moves:\n  - { id: CR-0001 }\n", "backlog/order.yaml").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("backlog/order.yaml:2:5: "), "{text}");
        let err = ManualOrder::parse("moves: CR-0001\n", "o.yaml").unwrap_err();
        assert!(err.to_string().contains("must be a list"), "{err}");
    }
}
