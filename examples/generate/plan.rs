//! The plan of a generated governance repository: every record with its ID,
//! its names over time and its events (create, status changes, edits,
//! renames, supersession), before any text is written. Text is rendered
//! from a record and its state at each event (see `render`).

use std::collections::HashSet;

use super::clock::{self, DAY, Date};
use super::rng::Rng;
use super::words::{self, StatusWords};

/// First day of the generated history.
pub const START: (i64, u32, u32) = (2019, 1, 7);
/// Last day anything happens (gov's tests use 2026-11-28 as today).
pub const END: (i64, u32, u32) = (2026, 11, 27);

/// The kinds of record, as in defaults/gov.yaml.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// decisions/, DEC.
    Decision,
    /// backlog/, CR.
    Change,
    /// meetings/, MTG.
    Meeting,
    /// tasks/, TASK.
    Task,
    /// plans/, PLAN.
    Plan,
}

impl Kind {
    /// All kinds with their share of the records, in percent.
    pub const ALL: [(Kind, u32); 5] = [
        (Kind::Decision, 22),
        (Kind::Change, 35),
        (Kind::Meeting, 18),
        (Kind::Task, 20),
        (Kind::Plan, 5),
    ];

    /// The kind's folder.
    pub fn folder(self) -> &'static str {
        ["decisions", "backlog", "meetings", "tasks", "plans"][self as usize]
    }

    /// The kind's ID prefix.
    pub fn prefix(self) -> &'static str {
        ["DEC", "CR", "MTG", "TASK", "PLAN"][self as usize]
    }

    /// The kind's status vocabulary.
    pub fn statuses(self) -> &'static [StatusWords] {
        [
            words::DECISION,
            words::CHANGE,
            words::MEETING,
            words::TASK,
            words::PLAN,
        ][self as usize]
    }

    /// Status paths (indices into `statuses`) with their weights: the
    /// statuses a record goes through, ending in its final one.
    pub fn paths(self) -> &'static [(u32, &'static [u8])] {
        match self {
            Kind::Decision => &[
                (30, &[0, 1, 2]),
                (25, &[1, 2]),
                (8, &[0]),
                (10, &[0, 1]),
                (8, &[1, 3]),
                (4, &[0, 5]),
            ],
            Kind::Change => &[
                (10, &[0]),
                (10, &[0, 1]),
                (10, &[0, 1, 2]),
                (8, &[0, 1, 2, 4]),
                (8, &[0, 1, 2, 5]),
                (12, &[0, 1, 2, 5, 6]),
                (20, &[0, 1, 2, 5, 6, 7]),
                (10, &[0, 1, 3]),
                (5, &[0, 7]),
            ],
            Kind::Meeting => &[(88, &[0, 1, 2, 3, 4]), (8, &[0, 1, 2, 3]), (4, &[0, 5])],
            Kind::Task => &[(35, &[0]), (55, &[0, 1]), (10, &[0, 2])],
            Kind::Plan => &[
                (20, &[0]),
                (10, &[0, 1]),
                (20, &[0, 2]),
                (35, &[0, 2, 3]),
                (15, &[0, 2, 3, 4]),
            ],
        }
    }
}

/// Something that happens to a record, in one commit of the history.
#[derive(Debug, Clone)]
pub enum What {
    /// The file is created with a status index, written as given.
    Create(u8, String),
    /// The status changes to a status index, written as given.
    Status(u8, String),
    /// The body is edited.
    Edit,
    /// The file is renamed to `Spec::paths[i]`.
    Rename(usize),
    /// Another decision supersedes this one.
    SupersededBy(usize),
}

/// One event, at a Unix time.
#[derive(Debug, Clone)]
pub struct Event {
    /// When.
    pub at: i64,
    /// What.
    pub what: What,
}

/// One planned record.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The kind.
    pub kind: Kind,
    /// The ID's number (shared with the original by a duplicate).
    pub number: u32,
    /// Seed of the record's own text.
    pub seed: u64,
    /// Written in Danish (else English).
    pub danish: bool,
    /// The title.
    pub title: String,
    /// The type as written (`SDR`, `architecture`, …), if any.
    pub type_word: Option<&'static str>,
    /// The record's date (the decision's date, the meeting's day).
    pub date: Date,
    /// The front matter has an `id` key (else the ID comes from the file name).
    pub id_field: bool,
    /// Jekyll-style front matter (layout, parent, nav_order; quoted values).
    pub jekyll: bool,
    /// The governing body, an index into `words::BODIES`.
    pub body: usize,
    /// File paths over time; `paths[0]` is where the file is created.
    pub paths: Vec<String>,
    /// Events in time order; the first is `Create`.
    pub events: Vec<Event>,
    /// Related records (indices into the plan).
    pub related: Vec<usize>,
    /// The decision this one supersedes.
    pub supersedes: Option<usize>,
    /// A task's source, a change request's decision.
    pub link: Option<usize>,
    /// A meeting's decisions.
    pub decisions: Vec<usize>,
    /// The ID is a copy of another record's (a seeded problem).
    pub duplicate: bool,
}

impl Spec {
    /// The ID, `DEC-0003`.
    pub fn id(&self) -> String {
        format!("{}-{:04}", self.kind.prefix(), self.number)
    }

    /// Time of the last status change to `status` (index), if any.
    pub fn reached(&self, status: u8) -> Option<i64> {
        self.events.iter().find_map(|e| match e.what {
            What::Create(s, _) | What::Status(s, _) if s == status => Some(e.at),
            _ => None,
        })
    }

    /// The final status index.
    pub fn final_status(&self) -> u8 {
        self.events
            .iter()
            .rev()
            .find_map(|e| match e.what {
                What::Create(s, _) | What::Status(s, _) => Some(s),
                What::SupersededBy(_) => Some(4),
                _ => None,
            })
            .unwrap_or(0)
    }
}

/// A URL- and file-safe slug; Danish letters mostly transliterated, as
/// people and gov do, sometimes kept raw, as the web editor does.
pub fn slug(title: &str, raw_letters: bool) -> String {
    let mut out = String::new();
    for c in title.to_lowercase().chars() {
        match c {
            'æ' if !raw_letters => out.push_str("ae"),
            'ø' if !raw_letters => out.push_str("oe"),
            'å' if !raw_letters => out.push_str("aa"),
            c if c.is_alphanumeric() => out.push(c),
            _ if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            _ => {}
        }
    }
    let mut s: String = out.trim_end_matches('-').chars().take(48).collect();
    while s.ends_with('-') {
        s.pop();
    }
    s
}

/// A status as someone writes it: a label, an alias, English in a Danish
/// record, a free-text note after the word, or (rarely) a word outside the
/// vocabulary.
pub fn written_status(rng: &mut Rng, kind: Kind, status: u8, danish: bool, at: i64) -> String {
    let w = &kind.statuses()[status as usize];
    if rng.chance(0.8) {
        return rng.pick(&words::UNKNOWN_STATUS).to_string();
    }
    let date = clock::date_of(at);
    let noted = matches!(
        (kind, w.id),
        (Kind::Decision, "accepted") | (Kind::Plan, "approved")
    );
    if noted && rng.chance(12.0) {
        return match rng.below(3) {
            0 => format!(
                "Besluttet. (pr mail, modtaget {}.{}.{})",
                date.d, date.m, date.y
            ),
            1 => format!("Godkendt på styregruppemødet den {}.", date.danish()),
            _ => format!("Accepted by the steering committee on {}", date.iso()),
        };
    }
    match rng.weighted(&[55, 25, 12, 8]) {
        0 if danish => w.da.to_string(),
        0 => w.en.to_string(),
        1 if !w.aliases.is_empty() => rng.pick(w.aliases).to_string(),
        2 => if danish { w.en } else { w.da }.to_string(),
        3 => w.id.to_string(),
        _ => if danish { w.da } else { w.en }.to_string(),
    }
}

/// Sizes of each kind for `n` records (largest remainder, summing to `n`).
pub fn counts(n: usize) -> Vec<(Kind, usize)> {
    let mut out: Vec<(Kind, usize)> = Kind::ALL
        .iter()
        .map(|&(k, share)| (k, n * share as usize / 100))
        .collect();
    let mut missing = n - out.iter().map(|(_, c)| c).sum::<usize>();
    for entry in out.iter_mut() {
        if missing == 0 {
            break;
        }
        entry.1 += 1;
        missing -= 1;
    }
    out
}

/// Makes every path unique by adding `-2`, `-3` … before `.md`.
pub fn unique(used: &mut HashSet<String>, path: String) -> String {
    if used.insert(path.clone()) {
        return path;
    }
    let stem = path.trim_end_matches(".md");
    (2..)
        .map(|i| format!("{stem}-{i}.md"))
        .find(|p| used.insert(p.clone()))
        .expect("a free name")
}

/// The time span of the history.
pub fn span() -> (i64, i64) {
    let start = clock::days_from_civil(START.0, START.1, START.2) * DAY;
    let end = clock::days_from_civil(END.0, END.1, END.2) * DAY;
    (start, end)
}
