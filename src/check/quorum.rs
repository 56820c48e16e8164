//! A meeting that decided something without a quorum (GOV081): its
//! `decisions` name records, but fewer of its body's members are in
//! `present` than the body's quorum. The quorum is the body's own
//! (`bodies.<id>.quorum`), else that of the decision kind's approval rule
//! when the rule names the body; a body with neither is not checked, nor
//! is a cancelled meeting. Present members are counted once each (by
//! name or e-mail address, any case); for a body without members listed
//! in gov.yaml, each distinct name in `present` counts.

use super::Located;
use super::agenda::MEETING;
use super::finding::Finding;
use crate::config::{Config, StatusMatch};
use crate::record::{Record, scalar_text, string_list};

/// GOV081 for one record: a warning at `decisions`.
pub fn check(record: &Record, config: &Config) -> Vec<Located> {
    if record.kind != MEETING {
        return Vec::new();
    }
    let Some(root) = record.fields() else {
        return Vec::new();
    };
    let Some(entry) = root.entry("decisions") else {
        return Vec::new();
    };
    if string_list(&entry.value).is_empty() || cancelled(record, config) {
        return Vec::new();
    }
    let Some((id, body)) = record
        .field("body")
        .and_then(scalar_text)
        .and_then(|b| config.body(&b))
    else {
        return Vec::new();
    };
    let rule = config
        .approval
        .get("decision")
        .filter(|r| r.bodies.iter().any(|b| b == id));
    let Some(quorum) = body.quorum.or(rule.map(|r| r.quorum)) else {
        return Vec::new();
    };
    let present = record.field("present").map(string_list).unwrap_or_default();
    let count = if body.members.is_empty() {
        let mut names: Vec<String> = present
            .iter()
            .map(|p| p.trim().to_lowercase())
            .filter(|p| !p.is_empty())
            .collect();
        names.sort();
        names.dedup();
        names.len()
    } else {
        body.distinct_members(present.iter().map(String::as_str))
            .len()
    };
    if (count as u64) >= u64::from(quorum) {
        return Vec::new();
    }
    let at = &entry.key.span.start;
    let finding = Finding::NotQuorate {
        body: match body.label.get(config.lang) {
            "" => id.to_string(),
            label => label.to_string(),
        },
        present: count,
        quorum,
    };
    vec![Located::at(&record.path, at.line, at.column, finding)]
}

/// `status: cancelled` (in any of the kind's words for it) or
/// `cancelled: true`.
fn cancelled(record: &Record, config: &Config) -> bool {
    let by_status = record
        .field("status")
        .and_then(scalar_text)
        .zip(config.kind(MEETING))
        .is_some_and(|(word, kind)| match kind.match_status(&word) {
            StatusMatch::Exact(s) | StatusMatch::WithNote(s, _) => s.id == "cancelled",
            StatusMatch::Unknown => false,
        });
    by_status
        || record
            .field("cancelled")
            .is_some_and(|n| matches!(n.value, crate::yaml::Value::Bool(true)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(bodies: &str) -> Config {
        let dir = tempfile::tempdir().unwrap();
        Config::from_text(dir.path(), Some(bodies), []).unwrap()
    }

    fn meeting(front: &str) -> Record {
        Record::parse(
            "meetings/MTG-0001-m.md",
            "meeting",
            format!("---\nid: MTG-0001\ntitle: M\n{front}---\n# M\n"),
        )
    }

    fn found(config: &Config, front: &str) -> Vec<(usize, usize, Finding)> {
        check(&meeting(front), config)
            .into_iter()
            .map(|l| (l.line, l.column, l.finding))
            .collect()
    }

    const MEMBERS: &str = "bodies:\n  sg:\n    label: { da: Styregruppen, en: Steering committee }\n    quorum: 2\n    members:\n      - { name: Agnete Moos, email: agnete@sonderborg.dk }\n      - { name: Sofie Søndergaard }\n";

    #[test]
    fn members_present_are_counted_once_by_name_or_address() {
        let c = config(MEMBERS);
        let under =
            "body: sg\npresent: [Agnete Moos, AGNETE@sonderborg.dk, Gæst]\ndecisions: [DEC-0001]\n";
        assert_eq!(
            found(&c, under),
            [(
                6,
                1,
                Finding::NotQuorate {
                    body: "Styregruppen".into(),
                    present: 1,
                    quorum: 2
                }
            )]
        );
        let quorate = "body: Styregruppen\npresent: [agnete moos, SOFIE SØNDERGAARD]\ndecisions: [DEC-0001]\n";
        assert!(found(&c, quorate).is_empty());
        assert!(found(&c, "body: sg\npresent: [Agnete Moos]\ndecisions: []\n").is_empty());
        assert!(found(&c, "body: sg\npresent: [Agnete Moos]\n").is_empty());
        assert!(found(&c, "status: Aflyst\nbody: sg\ndecisions: [DEC-0001]\n").is_empty());
        assert!(found(&c, "cancelled: true\nbody: sg\ndecisions: [DEC-0001]\n").is_empty());
        assert!(found(&c, "body: bestyrelsen\ndecisions: [DEC-0001]\n").is_empty());
        assert!(found(&c, "decisions: [DEC-0001]\n").is_empty());
        let no_present = found(&c, "status: Afholdt\nbody: sg\ndecisions: [DEC-0001]\n");
        assert_eq!(no_present.len(), 1, "{no_present:?}");
        let task = Record::parse(
            "tasks/TASK-0001-t.md",
            "task",
            "---\nbody: sg\ndecisions: [DEC-0001]\n---\n".into(),
        );
        assert!(check(&task, &c).is_empty());
    }

    #[test]
    fn the_quorum_falls_back_to_the_decision_rule_and_names_count_without_members() {
        let c = config(
            "bodies:\n  kg:\n    label: { da: Koordinationsgruppen, en: Coordination group }\napproval:\n  decision: { bodies: [kg], quorum: 2 }\n",
        );
        let one = "body: kg\npresent: [Ole, ole, ' ']\ndecisions: [DEC-0001]\n";
        assert_eq!(found(&c, one).len(), 1);
        let two = "body: kg\npresent: [Ole, Mette]\ndecisions: [DEC-0001]\n";
        assert!(found(&c, two).is_empty());
        let other_rule = config(
            "bodies:\n  kg: {}\n  sg: {}\napproval:\n  decision: { bodies: [sg], quorum: 2 }\n",
        );
        assert!(found(&other_rule, one).is_empty(), "the rule is not kg's");
        let label = config("bodies:\n  kg:\n    quorum: 3\n");
        match &found(&label, one)[..] {
            [
                (
                    _,
                    _,
                    Finding::NotQuorate {
                        body, quorum: 3, ..
                    },
                ),
            ] => assert_eq!(body, "kg"),
            other => panic!("{other:?}"),
        }
    }
}
