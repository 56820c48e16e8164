//! The `roadmap:` section of `gov.yaml` (DEC-0053): per kind, the statuses
//! that put a record on the roadmap, and the planned dates of releases not
//! tagged yet. A planned date gov cannot read is an error naming gov.yaml's
//! line and column when the configuration is loaded, as a cycle rule is:
//! `gov roadmap` never meets half a plan.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::paths::Origins;
use crate::error::ConfigProblem;
use crate::quarter::Span;
use crate::{Error, Result};

/// What `gov roadmap` places.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RoadmapSettings {
    /// Per kind, the canonical statuses a record is on the roadmap in; a
    /// kind not listed is not on it.
    pub show: BTreeMap<String, Vec<String>>,
    /// Planned release dates by version (`"2.4.0": 2027-Q1`), for change
    /// requests whose `target_release` has no tag yet; any form of a target.
    pub releases: BTreeMap<String, String>,
    /// `releases` read, when the configuration is loaded.
    #[serde(skip)]
    pub planned: BTreeMap<String, Span>,
}

impl Default for RoadmapSettings {
    fn default() -> Self {
        let show: [(&str, &[&str]); 2] = [
            ("plan", &["draft", "proposed", "approved", "active"]),
            (
                "change",
                &["approved", "planned", "in_progress", "delivered"],
            ),
        ];
        RoadmapSettings {
            show: show
                .iter()
                .map(|(k, v)| {
                    let v = v.iter().map(|s| (*s).to_string()).collect();
                    ((*k).to_string(), v)
                })
                .collect(),
            releases: BTreeMap::new(),
            planned: BTreeMap::new(),
        }
    }
}

impl RoadmapSettings {
    /// True when a record of `kind` in `status` is on the roadmap.
    pub fn shows(&self, kind: &str, status: Option<&str>) -> bool {
        status.is_some_and(|s| {
            self.show
                .get(kind)
                .is_some_and(|l| l.iter().any(|x| x == s))
        })
    }
}

/// Reads the planned release dates of the merged configuration.
pub(super) fn read(
    settings: &RoadmapSettings,
    origins: &Origins,
) -> Result<BTreeMap<String, Span>> {
    let mut out = BTreeMap::new();
    for (version, written) in &settings.releases {
        let span = crate::quarter::parse(written).map_err(|_| {
            let key = vec![
                "roadmap".to_string(),
                "releases".to_string(),
                version.clone(),
            ];
            let (origin, line, column) = origins.place(&key);
            Error::Config {
                origin,
                line,
                column,
                problem: ConfigProblem::Target {
                    key: key.join("."),
                    written: written.clone(),
                },
            }
        })?;
        out.insert(version.clone(), span);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use crate::Error;
    use crate::config::Config;
    use crate::error::ConfigProblem;

    fn load(text: &str) -> crate::Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        Config::from_text(dir.path(), Some(text), [])
    }

    #[test]
    fn planned_releases_are_read_when_the_configuration_loads() {
        let c = load("roadmap:\n  releases:\n    \"2.4.0\": 2027-Q1\n    v3: 2. halvår 2027\n")
            .unwrap();
        let span = c.roadmap.planned["2.4.0"];
        assert_eq!(
            (span.from.to_string(), span.to.to_string()),
            ("2027-Q1".into(), "2027-Q1".into())
        );
        assert_eq!(c.roadmap.planned["v3"].to.to_string(), "2027-Q4");
        assert!(c.roadmap.shows("change", Some("planned")));
        assert!(!c.roadmap.shows("change", Some("submitted")));
        assert!(!c.roadmap.shows("change", None));
        assert!(!c.roadmap.shows("decision", Some("accepted")));
        assert_eq!(
            Config::defaults().roadmap,
            super::RoadmapSettings::default()
        );
    }

    #[test]
    fn a_planned_date_gov_cannot_read_names_its_line_and_column() {
        let text = "lang: da\nroadmap:\n  releases:\n    \"2.4.0\": snart\n";
        match load(text).unwrap_err() {
            Error::Config {
                line,
                column,
                problem: ConfigProblem::Target { key, written },
                ..
            } => {
                assert_eq!((line, column), (4, 14));
                assert_eq!(key, "roadmap.releases.2.4.0");
                assert_eq!(written, "snart");
            }
            other => panic!("{other:?}"),
        }
        let dir = tempfile::tempdir().unwrap();
        let vars = [("GOV_ROADMAP__RELEASES__V2".to_string(), "snart".to_string())];
        match Config::from_text(dir.path(), None, vars).unwrap_err() {
            Error::Config {
                line: 0,
                problem: ConfigProblem::Target { .. },
                ..
            } => {}
            other => panic!("{other:?}"),
        }
    }
}
