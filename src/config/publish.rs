//! The `publish:` section of `gov.yaml`: per kind, the statuses that count
//! as approved for the public site. Declared in the configuration, as the
//! statuses of `status:` are: a community that publishes planned change
//! requests, or only delivered ones, says so where its other conventions
//! are (DEC-0047).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What `gov publish` takes from history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PublishSettings {
    /// Per kind, the canonical statuses whose versions may be published;
    /// a kind not listed (or listed with none) is never published.
    pub approved: BTreeMap<String, Vec<String>>,
}

impl Default for PublishSettings {
    fn default() -> Self {
        let approved: [(&str, &[&str]); 4] = [
            ("decision", &["accepted"]),
            (
                "change",
                &["approved", "planned", "in_progress", "delivered"],
            ),
            ("meeting", &["minutes_approved"]),
            ("plan", &["approved", "active"]),
        ];
        PublishSettings {
            approved: approved
                .iter()
                .map(|(k, v)| {
                    let v = v.iter().map(|s| (*s).to_string()).collect();
                    ((*k).to_string(), v)
                })
                .collect(),
        }
    }
}

impl PublishSettings {
    /// The statuses that count as approved for `kind` (none: not published).
    pub fn approved(&self, kind: &str) -> &[String] {
        self.approved.get(kind).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    #[test]
    fn the_defaults_publish_what_each_workflow_approves_and_no_tasks() {
        let c = Config::defaults();
        assert_eq!(c.publish.approved("decision"), ["accepted"]);
        assert_eq!(c.publish.approved("meeting"), ["minutes_approved"]);
        assert_eq!(c.publish.approved("plan"), ["approved", "active"]);
        assert!(
            c.publish
                .approved("change")
                .contains(&"delivered".to_string())
        );
        assert!(!c.publish.approved("change").contains(&"closed".to_string()));
        assert!(c.publish.approved("task").is_empty());
        let d = super::PublishSettings::default();
        assert_eq!(d, c.publish);
    }
}
