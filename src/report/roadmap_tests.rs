//! Tests of [`super`]: where each record is placed and from which field,
//! what is listed apart and why, and the order.

use super::*;
use crate::trace::TagVersion;

fn record(path: &str, kind: &str, front: &str) -> Record {
    Record::parse(path, kind, format!("---\n{front}---\n"))
}

fn config() -> Config {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("gov.yaml"),
        "roadmap:\n  releases:\n    \"2.5.0\": 2. halvår 2027\n",
    )
    .unwrap();
    Config::load(dir.path(), []).unwrap()
}

fn tag(name: &str, time: i64) -> ReleaseTag {
    ReleaseTag {
        name: name.into(),
        repository: "borgerpc".into(),
        version: TagVersion::parse(name),
        time,
    }
}

fn day(s: &str) -> Date {
    crate::date::parse(s).unwrap().date
}

fn records() -> Vec<Record> {
    vec![
        record(
            "plans/PLAN-0002-s.md",
            "plan",
            "id: PLAN-0002\ntitle: Strategi\nstatus: Godkendt\nperiod: 2026-2027\n",
        ),
        record(
            "plans/PLAN-0001-r.md",
            "plan",
            "id: PLAN-0001\ntitle: Roadmap\nstatus: Aktiv\ntarget: 2027-Q1\nperiod: 2026-2030\ntype: roadmap\n",
        ),
        record(
            "plans/PLAN-0003-u.md",
            "plan",
            "id: PLAN-0003\ntitle: Uden\nstatus: Udkast\n",
        ),
        record(
            "plans/PLAN-0004-a.md",
            "plan",
            "id: PLAN-0004\ntitle: Arkiv\nstatus: Arkiveret\nperiod: 2026\n",
        ),
        record(
            "backlog/CR-0001-a.md",
            "change",
            "id: CR-0001\ntitle: Tagget\nstatus: Leveret\ntarget_release: 2.4.0\n",
        ),
        record(
            "backlog/CR-0002-b.md",
            "change",
            "id: CR-0002\ntitle: Planlagt\nstatus: Planlagt\ntarget_release: v2.5\n",
        ),
        record(
            "backlog/CR-0003-c.md",
            "change",
            "id: CR-0003\ntitle: Udateret\nstatus: Godkendt\ntarget_release: 9.9.9\n",
        ),
        record(
            "backlog/CR-0004-d.md",
            "change",
            "id: CR-0004\ntitle: Snart\nstatus: I gang\ntarget: snart\ntarget_release: 2.4.0\n",
        ),
        record(
            "backlog/CR-0005-e.md",
            "change",
            "id: CR-0005\ntitle: Indmeldt\nstatus: Indmeldt\ntarget: 2027-Q1\n",
        ),
        record(
            "backlog/CR-0006-f.md",
            "change",
            "id: CR-0006\ntitle: Gammel\nstatus: Leveret\ntarget: 2024-Q2\n",
        ),
        record(
            "decisions/DEC-0001-x.md",
            "decision",
            "id: DEC-0001\ntitle: Beslutning\nstatus: Accepteret\ntarget: 2027-Q1\n",
        ),
    ]
}

fn window() -> Span {
    default_window(day("2026-11-28"))
}

#[test]
fn each_record_is_placed_by_target_then_period_then_release() {
    let config = config();
    let records = records();
    // 2026-12-14 at 23:30 UTC is 15 December in Copenhagen: still Q4.
    let tags = [tag("v2.4.0", 1_797_291_000), tag("v2.3.0", 1_700_000_000)];
    let map = roadmap(&records, &config, window(), day("2026-11-28"), &tags);
    assert_eq!(
        (map.from.to_string(), map.to.to_string()),
        ("2026-Q1".into(), "2027-Q4".into())
    );
    let placed: Vec<(&str, String, String, &str)> = map
        .items
        .iter()
        .map(|i| {
            (
                i.id.as_str(),
                i.from.to_string(),
                i.to.to_string(),
                i.target.field.as_str(),
            )
        })
        .collect();
    assert_eq!(
        placed,
        [
            ("PLAN-0002", "2026-Q1".into(), "2027-Q4".into(), "period"),
            (
                "CR-0001",
                "2026-Q4".into(),
                "2026-Q4".into(),
                "target_release"
            ),
            ("PLAN-0001", "2027-Q1".into(), "2027-Q1".into(), "target"),
            (
                "CR-0002",
                "2027-Q3".into(),
                "2027-Q4".into(),
                "target_release"
            ),
        ],
        "by start; the archived plan, the submitted request and the decision are not on the roadmap"
    );
    let tagged = &map.items[1].target;
    assert_eq!(tagged.tag.as_deref(), Some("v2.4.0"));
    assert_eq!(tagged.tagged.as_deref(), Some("2026-12-15"));
    assert!(!tagged.planned);
    assert!(map.items[3].target.planned);
    assert_eq!(map.items[2].kind_type.as_deref(), Some("roadmap"));
    assert_eq!(map.outside.len(), 1);
    assert_eq!(map.outside[0].id, "CR-0006");
    let unplaced: Vec<(&str, &Reason)> = map
        .unplaced
        .iter()
        .map(|u| (u.id.as_str(), &u.reason))
        .collect();
    assert_eq!(
        unplaced,
        [
            (
                "CR-0003",
                &Reason::ReleaseNotDated {
                    release: "9.9.9".into()
                }
            ),
            (
                "CR-0004",
                &Reason::Unreadable {
                    field: "target".into(),
                    written: "snart".into()
                }
            ),
            ("PLAN-0003", &Reason::NoTarget),
        ],
        "change requests first: the kinds in the order gov.yaml declares them"
    );
    let json = serde_json::to_value(&map).unwrap();
    assert_eq!(json["unplaced"][1]["reason"], "unreadable");
    assert_eq!(json["unplaced"][1]["written"], "snart");
    assert_eq!(json["items"][0]["from"], "2026-Q1");
    assert!(json["items"][0]["target"].get("planned").is_none());
}

#[test]
fn release_tags_are_wanted_only_for_a_request_placed_by_its_release() {
    let config = config();
    let all = records();
    assert!(wants_release_tags(&all, &config));
    let without: Vec<Record> = all
        .into_iter()
        .filter(|r| {
            !["CR-0001", "CR-0002", "CR-0003"]
                .iter()
                .any(|id| r.path.contains(id))
        })
        .collect();
    assert!(
        !wants_release_tags(&without, &config),
        "CR-0004 has a target of its own"
    );
    let submitted = [record(
        "backlog/CR-0009-x.md",
        "change",
        "status: Indmeldt\ntarget_release: 2.4.0\n",
    )];
    assert!(!wants_release_tags(&submitted, &config));
}

#[test]
fn the_default_window_is_this_year_and_the_next() {
    let w = default_window(day("2026-11-28"));
    assert_eq!(
        (w.from.to_string(), w.to.to_string()),
        ("2026-Q1".into(), "2027-Q4".into())
    );
    assert_eq!(tag_day(0), day("1970-01-01"));
}
