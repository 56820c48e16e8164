//! The `status:` and `backlog:` sections of `gov.yaml`: which statuses each
//! report looks at, how far back and ahead it looks, and the scoring model
//! of the backlog. Declared in the configuration, not in code, so a
//! community that votes on its own weights writes them down where the rest
//! of its conventions are.

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// What `gov status` reports and where it draws its lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StatusSettings {
    /// A record in an open status with no commit for this many days is stale.
    pub stale_days: u32,
    /// Meetings dated up to this many days ahead are listed.
    pub upcoming_days: u32,
    /// How many of the ranked backlog `gov status` shows.
    pub backlog_top: usize,
    /// How many of the newest release tags recent deliveries come from
    /// (when code repositories are configured); 0 leaves them out.
    pub recent_releases: usize,
    /// Per kind, the statuses in which a record is still in motion: these
    /// can go stale, and the backlog ranks the open change requests.
    pub open: BTreeMap<String, Vec<String>>,
    /// Per kind, the statuses that wait for a deciding body.
    pub awaiting_approval: BTreeMap<String, Vec<String>>,
    /// Change request statuses that wait for an evaluation.
    pub awaiting_evaluation: Vec<String>,
    /// Meeting statuses whose minutes wait for approval.
    pub minutes_awaiting: Vec<String>,
}

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_string()).collect()
}

impl Default for StatusSettings {
    fn default() -> Self {
        let open = [
            ("decision", &["draft", "proposed"][..]),
            (
                "change",
                &[
                    "submitted",
                    "evaluating",
                    "approved",
                    "planned",
                    "in_progress",
                ][..],
            ),
            ("meeting", &["held", "minutes_ready"][..]),
            ("task", &["open"][..]),
            ("plan", &["draft", "proposed"][..]),
        ];
        StatusSettings {
            stale_days: 90,
            upcoming_days: 30,
            backlog_top: 5,
            recent_releases: 2,
            open: open
                .iter()
                .map(|(k, v)| ((*k).to_string(), words(v)))
                .collect(),
            awaiting_approval: [("decision", "proposed"), ("plan", "proposed")]
                .iter()
                .map(|(k, v)| ((*k).to_string(), words(&[v])))
                .collect(),
            awaiting_evaluation: words(&["submitted", "evaluating"]),
            minutes_awaiting: words(&["minutes_ready"]),
        }
    }
}

impl StatusSettings {
    /// True when `status` is one of the open statuses of `kind`.
    pub fn is_open(&self, kind: &str, status: Option<&str>) -> bool {
        listed(&self.open, kind, status)
    }

    /// True when `status` of `kind` waits for a deciding body.
    pub fn awaits_approval(&self, kind: &str, status: Option<&str>) -> bool {
        listed(&self.awaiting_approval, kind, status)
    }
}

fn listed(map: &BTreeMap<String, Vec<String>>, kind: &str, status: Option<&str>) -> bool {
    status.is_some_and(|s| map.get(kind).is_some_and(|l| l.iter().any(|x| x == s)))
}

/// The scoring model of `gov backlog`:
/// `(Σ weight × evaluation field + support × members + category) / divisor`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BacklogSettings {
    /// Evaluation fields (0–5) and their weights, in the order `--explain`
    /// shows them. A field missing from a record counts as 0.
    pub weights: Weights,
    /// Points per distinct member organisation backing a request (its
    /// `submitted_by` and everyone in `support`, each counted once).
    pub support: f64,
    /// Points by `category` (`security: 3`); a category not listed adds 0.
    pub categories: BTreeMap<String, f64>,
    /// The evaluation field the sum is divided by (value over effort);
    /// `null` divides by nothing. Below 1 counts as 1.
    pub divide_by: Option<String>,
    /// The divisor assumed when a request has no value for it yet.
    pub divisor_unknown: f64,
    /// The file of the manual order (`gov backlog move`), relative to the
    /// root; `null` is `order.yaml` in the change kind's folder.
    pub order_file: Option<String>,
}

impl Default for BacklogSettings {
    fn default() -> Self {
        BacklogSettings {
            weights: Weights(vec![
                ("value".into(), 2.0),
                ("urgency".into(), 1.0),
                ("risk".into(), 1.0),
            ]),
            support: 0.5,
            categories: [("security".to_string(), 3.0), ("fault".to_string(), 1.0)]
                .into_iter()
                .collect(),
            divide_by: Some("effort".into()),
            divisor_unknown: 3.0,
            order_file: None,
        }
    }
}

/// Field weights in the order they were declared (a YAML map).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Weights(pub Vec<(String, f64)>);

impl Serialize for Weights {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Weights {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Ordered;
        impl<'de> Visitor<'de> for Ordered {
            type Value = Weights;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                // English, as serde speaks: the catalogue says it in
                // the user's language (`error::foreign`).
                f.write_str(crate::i18n::t(
                    crate::i18n::Lang::En,
                    crate::i18n::ErrorMsg::NounWeights,
                ))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Weights, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, f64>()? {
                    out.push((k, v));
                }
                Ok(Weights(out))
            }
        }
        d.deserialize_map(Ordered)
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    #[test]
    fn the_shipped_defaults_are_the_code_defaults() {
        let c = Config::defaults();
        assert_eq!(c.status, super::StatusSettings::default());
        assert_eq!(c.backlog, super::BacklogSettings::default());
    }

    #[test]
    fn a_repository_overrides_one_weight_and_keeps_the_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("gov.yaml"),
            "backlog:\n  weights: { value: 5, reach: 1 }\nstatus:\n  open: { task: [open, waiting] }\n",
        )
        .unwrap();
        let c = Config::load(dir.path(), []).unwrap();
        let names: Vec<_> = c
            .backlog
            .weights
            .0
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(
            names,
            [
                ("value", 5.0),
                ("urgency", 1.0),
                ("risk", 1.0),
                ("reach", 1.0)
            ]
        );
        assert!(c.status.is_open("task", Some("waiting")));
        assert!(c.status.is_open("decision", Some("proposed")));
    }
}
