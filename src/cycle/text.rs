//! The `cycle:` section of gov.yaml as written (strings, as people type
//! them), and reading it into typed [`Event`]s once, up front: a rule
//! gov cannot read is an error naming the key it was written under, which
//! the configuration turns into gov.yaml's line and column.

use std::collections::BTreeMap;

use jiff::civil::{Date, Time};
use serde::{Deserialize, Deserializer, Serialize};

use super::RuleError;
use super::rule::Rule;
use super::schedule::{Exception, Schedule};
use super::words;

/// The `cycle:` section as written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CycleText {
    /// Recurring events by id.
    #[serde(default)]
    pub events: BTreeMap<String, EventText>,
    /// Days on which no event of the cycle is held (holidays).
    #[serde(default, deserialize_with = "scalars")]
    pub skip: Vec<String>,
    /// How many days from its rule's date a meeting on file may be and
    /// still take that occurrence's place.
    #[serde(default = "default_match_days")]
    pub match_days: u32,
}

fn default_match_days() -> u32 {
    14
}

/// A title in both languages, or one for both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum TitleText {
    /// The same in Danish and English.
    One(String),
    /// Danish and English.
    Both {
        /// Danish.
        da: String,
        /// English.
        en: String,
    },
}

/// One event of the cycle as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventText {
    /// What it is called.
    pub title: TitleText,
    /// The body that meets, by id in `bodies:` (or as written).
    #[serde(default)]
    pub body: Option<String>,
    /// The day: `1. torsdag`, `sidste fredag i marts`, `den 15.`, a date.
    #[serde(deserialize_with = "scalar")]
    pub rule: String,
    /// How often: `måned`, `2 måneder`, `kvartal`, `halvår`, `år`.
    #[serde(default, deserialize_with = "optional_scalar")]
    pub every: Option<String>,
    /// The months it falls in, instead of `every`.
    #[serde(default, deserialize_with = "scalars")]
    pub months: Vec<String>,
    /// The first day it may fall on.
    #[serde(default, deserialize_with = "optional_scalar")]
    pub from: Option<String>,
    /// The last day it may fall on.
    #[serde(default, deserialize_with = "optional_scalar")]
    pub until: Option<String>,
    /// Start time, `13:00`; none: an all-day event.
    #[serde(default, deserialize_with = "optional_scalar")]
    pub start: Option<String>,
    /// End time, `14:30`.
    #[serde(default, deserialize_with = "optional_scalar")]
    pub end: Option<String>,
    /// Where it is held.
    #[serde(default)]
    pub place: Option<String>,
    /// Dates skipped, cancelled or moved.
    #[serde(default)]
    pub exceptions: Vec<ExceptionText>,
}

/// One exception as written: exactly one of `skip`, `cancelled`, `moved`
/// (with `to`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExceptionText {
    /// A date left out.
    #[serde(default, deserialize_with = "optional_scalar")]
    pub skip: Option<String>,
    /// A date called off.
    #[serde(default, deserialize_with = "optional_scalar")]
    pub cancelled: Option<String>,
    /// A date moved ...
    #[serde(default, deserialize_with = "optional_scalar")]
    pub moved: Option<String>,
    /// ... to this date.
    #[serde(default, deserialize_with = "optional_scalar")]
    pub to: Option<String>,
}

/// A title in a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Title {
    /// Danish.
    pub da: String,
    /// English.
    pub en: String,
}

/// One event of the cycle, read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Its id under `cycle.events`: stable, part of calendar UIDs.
    pub id: String,
    /// What it is called.
    pub title: Title,
    /// The body that meets, as written.
    pub body: Option<String>,
    /// Where it is held.
    pub place: Option<String>,
    /// Start time; `None`: all day.
    pub start: Option<Time>,
    /// End time.
    pub end: Option<Time>,
    /// When it happens.
    pub schedule: Schedule,
}

/// The cycle, read and checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cycle {
    /// The events, by id.
    pub events: Vec<Event>,
    /// Days on which no event is held.
    pub skip: Vec<Date>,
    /// See [`CycleText::match_days`].
    pub match_days: u32,
}

/// A problem in the `cycle:` section and the key it is under, as
/// segments (`["cycle", "events", "styregruppe", "rule"]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Where in the configuration.
    pub key: Vec<String>,
    /// What is wrong.
    pub problem: RuleError,
}

impl CycleText {
    /// Reads every event; the first problem stops, naming its key.
    pub fn read(&self) -> Result<Cycle, Located> {
        let at = |parts: &[&str], problem: RuleError| Located {
            key: std::iter::once("cycle")
                .chain(parts.iter().copied())
                .map(str::to_string)
                .collect(),
            problem,
        };
        let mut skip = Vec::new();
        for (i, text) in self.skip.iter().enumerate() {
            skip.push(date(text).map_err(|p| at(&["skip", &i.to_string()], p))?);
        }
        let mut events = Vec::new();
        for (id, e) in &self.events {
            events.push(e.read(id).map_err(|(field, index, problem)| {
                let mut parts = vec!["events", id.as_str(), field];
                let index = index.map(|i| i.to_string());
                parts.extend(index.as_deref());
                at(&parts, problem)
            })?);
        }
        Ok(Cycle {
            events,
            skip,
            match_days: self.match_days,
        })
    }
}

/// A field's problem: the field, the index in a list, what is wrong.
type FieldProblem = (&'static str, Option<usize>, RuleError);

impl EventText {
    fn read(&self, id: &str) -> Result<Event, FieldProblem> {
        let field = |name: &'static str| move |p: RuleError| (name, None, p);
        let rule = Rule::parse(&self.rule).map_err(field("rule"))?;
        let period = self
            .every
            .as_deref()
            .map(|e| words::period(e).ok_or_else(|| RuleError::Period(e.trim().to_string())))
            .transpose()
            .map_err(field("every"))?;
        let mut months = Vec::new();
        for (i, m) in self.months.iter().enumerate() {
            let month = words::month(m.trim())
                .or_else(|| m.trim().parse::<i8>().ok().filter(|n| (1..=12).contains(n)));
            months.push(month.ok_or_else(|| ("months", Some(i), RuleError::Month(m.clone())))?);
        }
        let from = self
            .from
            .as_deref()
            .map(date)
            .transpose()
            .map_err(field("from"))?;
        let until = self
            .until
            .as_deref()
            .map(date)
            .transpose()
            .map_err(field("until"))?;
        let start = self
            .start
            .as_deref()
            .map(time)
            .transpose()
            .map_err(field("start"))?;
        let end = self
            .end
            .as_deref()
            .map(time)
            .transpose()
            .map_err(field("end"))?;
        match (start, end) {
            (None, Some(_)) => return Err(("end", None, RuleError::EndWithoutStart)),
            (Some(s), Some(e)) if e <= s => {
                return Err(("end", None, RuleError::EndBeforeStart { start: s, end: e }));
            }
            _ => {}
        }
        let every_or_rule = if self.every.is_some() {
            "every"
        } else {
            "rule"
        };
        let schedule = Schedule::new(rule, period, months, from, until).map_err(|p| {
            let name = match p {
                RuleError::UntilBeforeFrom { .. } => "until",
                RuleError::MonthsTwice => "months",
                _ => every_or_rule,
            };
            (name, None, p)
        })?;
        let mut exceptions = Vec::new();
        for (i, x) in self.exceptions.iter().enumerate() {
            exceptions.push(x.read().map_err(|p| ("exceptions", Some(i), p))?);
        }
        let mut checked = schedule;
        for (i, x) in exceptions.into_iter().enumerate() {
            checked = checked
                .with_exceptions(vec![x])
                .map_err(|p| ("exceptions", Some(i), p))?;
        }
        let title = match &self.title {
            TitleText::One(t) => Title {
                da: t.clone(),
                en: t.clone(),
            },
            TitleText::Both { da, en } => Title {
                da: da.clone(),
                en: en.clone(),
            },
        };
        Ok(Event {
            id: id.to_string(),
            title,
            body: self.body.clone().filter(|b| !b.trim().is_empty()),
            place: self.place.clone().filter(|p| !p.trim().is_empty()),
            start,
            end,
            schedule: checked,
        })
    }
}

impl ExceptionText {
    fn read(&self) -> Result<Exception, RuleError> {
        match (&self.skip, &self.cancelled, &self.moved, &self.to) {
            (Some(d), None, None, None) => Ok(Exception::Skip(date(d)?)),
            (None, Some(d), None, None) => Ok(Exception::Cancelled(date(d)?)),
            (None, None, Some(from), Some(to)) => Ok(Exception::Moved {
                from: date(from)?,
                to: date(to)?,
            }),
            _ => Err(RuleError::ExceptionShape),
        }
    }
}

/// A date as gov reads dates everywhere (ISO, or Danish day-first).
fn date(text: &str) -> Result<Date, RuleError> {
    crate::date::parse(text)
        .map(|p| p.date)
        .map_err(RuleError::Date)
}

/// A time of day: `13:00`, `13.00`, `9:30`, `13`, `kl. 13`.
pub fn time(text: &str) -> Result<Time, RuleError> {
    let bad = || RuleError::Time(text.trim().to_string());
    let t = text.trim();
    let t = t
        .strip_prefix("kl.")
        .or_else(|| t.strip_prefix("kl"))
        .unwrap_or(t)
        .trim();
    let (h, m) = match t.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None => (t, "00"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || m.len() != 2 || !digits(m) {
        return Err(bad());
    }
    let (h, m) = (
        h.parse::<i8>().map_err(|_| bad())?,
        m.parse::<i8>().map_err(|_| bad())?,
    );
    Time::new(h, m, 0, 0).map_err(|_| bad())
}

/// Any YAML scalar as its text: `15` and `2026-06-04` as people typed them.
fn scalar_text(value: serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(match n.as_f64() {
            // `15.` is a float to YAML, a day to a Dane.
            Some(f) if !n.is_i64() && f.fract() == 0.0 => format!("{f}."),
            _ => n.to_string(),
        }),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    scalar_text(value).ok_or_else(|| serde::de::Error::custom("expected a word or a date"))
}

fn optional_scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::Null => Ok(None),
        value => scalar_text(value)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom("expected a word or a date")),
    }
}

fn scalars<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::Null => Ok(Vec::new()),
        serde_json::Value::Array(items) => items
            .into_iter()
            .map(|v| {
                scalar_text(v).ok_or_else(|| serde::de::Error::custom("expected a word or a date"))
            })
            .collect(),
        value => scalar_text(value)
            .map(|s| vec![s])
            .ok_or_else(|| serde::de::Error::custom("expected a list")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_people_write_them() {
        assert_eq!(time("13:00"), Ok(Time::constant(13, 0, 0, 0)));
        assert_eq!(time("9.30"), Ok(Time::constant(9, 30, 0, 0)));
        assert_eq!(time("kl. 13"), Ok(Time::constant(13, 0, 0, 0)));
        for bad in ["25:00", "13:60", "13:5", "", "one", "13:00:00"] {
            assert_eq!(time(bad), Err(RuleError::Time(bad.to_string())), "{bad}");
        }
    }

    fn event(yaml: serde_json::Value) -> Result<Event, FieldProblem> {
        let text: EventText = serde_json::from_value(yaml).unwrap();
        text.read("x")
    }

    #[test]
    fn an_event_is_read_whole_and_each_problem_names_its_field() {
        let e = event(serde_json::json!({
            "title": {"da": "Styregruppemøde", "en": "Steering committee"},
            "body": "styregruppe", "rule": "1. torsdag", "every": "2 måneder",
            "from": "2026-02-01", "start": "13:00", "end": "14:30",
            "exceptions": [{"skip": "2026-08-06"}, {"moved": "2026-12-03", "to": "2026-12-10"}]
        }))
        .unwrap();
        assert_eq!(e.title.en, "Steering committee");
        assert_eq!(e.start, Some(Time::constant(13, 0, 0, 0)));
        let d = |m, d| Date::constant(2026, m, d);
        let got: Vec<Date> = e
            .schedule
            .occurrences(d(1, 1), d(12, 31))
            .iter()
            .map(|o| o.date)
            .collect();
        assert_eq!(got, [d(2, 5), d(4, 2), d(6, 4), d(10, 1), d(12, 10)]);
        let problem = |json| event(json).unwrap_err();
        let base = |k: &str, v: serde_json::Value| {
            let mut o = serde_json::json!({"title": "x", "rule": "1. torsdag"});
            o[k] = v;
            o
        };
        assert_eq!(problem(base("rule", "1. tors".into())).0, "rule");
        assert_eq!(problem(base("every", "uge".into())).0, "every");
        assert_eq!(problem(base("from", "32-01-2026".into())).0, "from");
        assert_eq!(problem(base("end", "14:00".into())).0, "end");
        let p = problem(base("months", serde_json::json!(["marts", "smarts"])));
        assert_eq!((p.0, p.1), ("months", Some(1)));
        let p = problem(base(
            "exceptions",
            serde_json::json!([{"skip": "2026-01-01"}, {"skip": "2026-01-02"}]),
        ));
        assert_eq!(
            p,
            ("exceptions", Some(1), RuleError::NotAnOccurrence(d(1, 2)))
        );
        let p = problem(base(
            "exceptions",
            serde_json::json!([{"moved": "2026-01-01"}]),
        ));
        assert_eq!(p.2, RuleError::ExceptionShape);
    }

    #[test]
    fn yaml_numbers_are_read_as_written() {
        assert_eq!(scalar_text(serde_json::json!(15)), Some("15".into()));
        assert_eq!(scalar_text(serde_json::json!(15.0)), Some("15.".into()));
        assert_eq!(scalar_text(serde_json::json!(null)), None);
    }
}
