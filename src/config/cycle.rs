//! The `cycle:` section read into typed events when the configuration is
//! loaded: a rule gov cannot read is an error naming gov.yaml's line and
//! column (or the `GOV_*` variable that set it), so every command refuses
//! it up front, and `gov calendar` never meets half a cycle.

use super::paths::Origins;
use crate::cycle::{Cycle, CycleText};
use crate::error::ConfigProblem;
use crate::{Error, Result};

/// Reads the cycle of the merged configuration.
pub(super) fn read(text: &CycleText, origins: &Origins) -> Result<Cycle> {
    text.read().map_err(|located| {
        let (origin, line, column) = origins.place(&located.key);
        Error::Config {
            origin,
            line,
            column,
            problem: ConfigProblem::Cycle {
                key: located.key.join("."),
                problem: located.problem,
            },
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::Error;
    use crate::config::Config;
    use crate::cycle::RuleError;
    use crate::error::ConfigProblem;

    fn load(text: &str) -> crate::Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        Config::from_text(dir.path(), Some(text), [])
    }

    #[test]
    fn a_rule_gov_cannot_read_names_its_line_and_column() {
        let text = "lang: da\ncycle:\n  events:\n    sg:\n      title: Styregruppemøde\n      rule: 1. tors\n";
        match load(text).unwrap_err() {
            Error::Config {
                line,
                column,
                problem: ConfigProblem::Cycle { key, problem },
                ..
            } => {
                assert_eq!((line, column), (6, 13));
                assert_eq!(key, "cycle.events.sg.rule");
                assert_eq!(problem, RuleError::Rule("1. tors".into()));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_exception_in_a_list_is_named_by_its_place() {
        let text = "cycle:\n  events:\n    sg:\n      title: x\n      rule: første torsdag\n      exceptions:\n        - skip: 2026-07-02\n        - cancelled: 2026-07-03\n";
        match load(text).unwrap_err() {
            Error::Config {
                line,
                column,
                problem: ConfigProblem::Cycle { key, .. },
                ..
            } => {
                assert_eq!(key, "cycle.events.sg.exceptions.1");
                assert_eq!((line, column), (8, 11));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_readable_cycle_is_typed_and_the_defaults_have_none() {
        assert!(Config::defaults().annual_cycle.events.is_empty());
        let text = "cycle:\n  events:\n    sg:\n      title: { da: Styregruppemøde, en: Steering committee }\n      rule: 1. torsdag\n      every: kvartal\n      start: 13:00\n";
        let c = load(text).unwrap();
        let e = &c.annual_cycle.events[0];
        assert_eq!(
            (e.id.as_str(), e.title.en.as_str()),
            ("sg", "Steering committee")
        );
        assert_eq!(c.annual_cycle.match_days, 14);
    }
}
