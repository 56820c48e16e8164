//! `gov meeting new` and `gov meeting approve` against real repositories:
//! the date from the annual cycle, the invited from the body, the agenda
//! gathered from the records (and read back by the importer's agenda
//! reader), the approval with its quorum, and every refusal writing
//! nothing.

use crate::env::TestEnv;

/// A steering committee of three (quorum 2 for approving minutes)
/// meeting on the first Thursday of every other month from February, and
/// a coordination group with its own opening items meeting on the second
/// Tuesday of each month.
const CONFIG: &str = r#"
bodies:
  styregruppe:
    label: { da: Styregruppen, en: Steering committee }
    aliases: [SG]
    quorum: 2
    members:
      - { name: Agnete Moos, email: agnete@sonderborg.dk }
      - { name: Sofie Søndergaard }
      - { name: Jens Hansen, email: jens@aarhus.dk }
  kg:
    label: { da: Koordinationsgruppen, en: Coordination group }
    agenda: [Velkomst, { da: Nyt fra sekretariatet, en: News from the secretariat }]
    closing: []
    backlog_top: 1
    members:
      - { name: Ole Bjerg }
approval:
  meeting: { bodies: [styregruppe, kg], quorum: 2, statuses: [minutes_approved] }
cycle:
  events:
    styregruppe:
      title: { da: Styregruppemøde, en: Steering committee meeting }
      body: styregruppe
      rule: 1. torsdag
      every: 2 måneder
      from: 2026-02-01
      start: "13:00"
      end: "14:30"
      place: Virtuel
    koordinering:
      title: { da: Koordinationsgruppemøde, en: Coordination group meeting }
      body: kg
      rule: second tuesday
"#;

/// The October steering committee meeting (minutes ready, one open and
/// one closed action item), a decision and a plan waiting for the steering
/// committee, a decision waiting for the coordination group, and two
/// change requests waiting for evaluation (the security one ranks first).
fn repository() -> TestEnv {
    let mut env = TestEnv::new();
    let config = env.read("gov.yaml");
    env.write("gov.yaml", &format!("{config}{CONFIG}"));
    env.write(
        "meetings/MTG-0001-oktober.md",
        "---\nid: MTG-0001\ntitle: Styregruppemøde oktober\nstatus: Referat klar til godkendelse\ndate: 2026-10-01\nbody: Styregruppen\npresent: [Agnete Moos, jens@aarhus.dk]\ndecisions: [DEC-0001]\n---\n# Styregruppemøde oktober\n\n## Opfølgning\n\n- [ ] @Agnete Moos: Send udkast til budget (frist 1.12.2026)\n- [x] @jens Ring til leverandøren\n",
    );
    env.write(
        "decisions/DEC-0001-leverandoer.md",
        "---\nid: DEC-0001\ntitle: Ny leverandøraftale\nstatus: Forslag\ndate: 2026-09-01\ndeciders: Styregruppen\n---\n# Ny leverandøraftale\n",
    );
    env.write(
        "decisions/DEC-0002-drift.md",
        "---\nid: DEC-0002\ntitle: Driftsvindue\nstatus: Forslag\ndate: 2026-09-02\ndeciders: Koordinationsgruppen\n---\n# Driftsvindue\n",
    );
    env.write(
        "plans/PLAN-0001-roadmap.md",
        "---\nid: PLAN-0001\ntitle: Roadmap 2027\nstatus: Forslag\ndate: 2026-09-03\ndeciders: [SG]\n---\n# Roadmap 2027\n",
    );
    env.write(
        "backlog/CR-0001-kiosk.md",
        "---\nid: CR-0001\ntitle: Kiosk-tilstand\nstatus: Indmeldt\ndate: 2026-08-01\n---\n# Kiosk\n",
    );
    env.write(
        "backlog/CR-0002-tls.md",
        "---\nid: CR-0002\ntitle: TLS-fejl\nstatus: Under vurdering\ntype: security\ncategory: security\ndate: 2026-08-02\n---\n# TLS\n",
    );
    env.write(
        "backlog/CR-0003-leveret.md",
        "---\nid: CR-0003\ntitle: Leveret ønske\nstatus: Godkendt\ndate: 2026-08-03\n---\n# Leveret\n",
    );
    env.commit("records");
    env
}

fn only_meeting(env: &TestEnv, prefix: &str) -> String {
    let found: Vec<String> = std::fs::read_dir(env.root().join("meetings"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    env.read(&format!("meetings/{}", found[0]))
}

#[test]
fn a_new_meeting_takes_the_cycle_date_the_members_and_gathers_the_agenda() {
    let env = repository();
    let out = env
        .gov(&["meeting", "new", "--body", "SG"])
        .ok()
        .to_string();
    insta::assert_snapshot!("meeting_new_da", out);
    let text = only_meeting(&env, "MTG-0002-");
    insta::assert_snapshot!("meeting_new_file_da", text);
    // The new file is valid, and validation reads the agenda without a gap.
    let json = env.gov(&["validate", "--format", "json"]);
    assert_eq!(json.code, 0, "{}{}", json.stdout, json.stderr);
}

#[test]
fn the_agenda_written_is_the_agenda_the_importer_reads() {
    let env = repository();
    let json = env
        .gov(&["meeting", "new", "--body", "SG", "--format", "json"])
        .json();
    let text = only_meeting(&env, "MTG-0002-");
    let config = gov::config::Config::load(env.root(), []).unwrap();
    let record = gov::record::Record::parse("meetings/x.md", "meeting", text.clone());
    let read = gov::import::agenda(&text, record.split.body.clone(), &config);
    let mut model = Vec::new();
    for item in json["agenda"].as_array().unwrap() {
        model.push(item.clone());
        model.extend(item["items"].as_array().cloned().unwrap_or_default());
    }
    assert_eq!(read.len(), model.len(), "{read:?}\n{model:?}");
    for (r, m) in read.iter().zip(&model) {
        assert_eq!(r.number, m["number"].as_str().unwrap());
        assert_eq!(r.title, m["title"].as_str().unwrap());
        let ids: Vec<&str> = m["records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(r.records, ids, "{}", r.title);
    }
    let named: Vec<String> = read.iter().flat_map(|i| i.records.clone()).collect();
    assert_eq!(
        named,
        [
            "MTG-0001",
            "DEC-0001",
            "PLAN-0001",
            "CR-0002",
            "CR-0001",
            "MTG-0001"
        ]
    );
}

#[test]
fn a_body_with_its_own_items_in_english_and_a_date_given() {
    let env = repository();
    let run = env.gov(&[
        "--lang",
        "en",
        "meeting",
        "new",
        "--body",
        "Coordination group",
        "--date",
        "9.12.2026",
        "--format",
        "json",
    ]);
    let json = run.json();
    assert_eq!(json["date"], "2026-12-09");
    assert_eq!(
        json["event"],
        serde_json::Value::Null,
        "no event on a Wednesday"
    );
    assert_eq!(json["title"], "Coordination group: meeting 9 December 2026");
    let titles: Vec<&str> = json["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Velkomst",
            "News from the secretariat",
            "For approval",
            "Change requests for evaluation"
        ]
    );
    assert_eq!(json["agenda"][2]["items"][0]["records"][0], "DEC-0002");
    assert_eq!(json["agenda"][3]["items"].as_array().unwrap().len(), 1);
    assert_eq!(json["invited"][0], "Ole Bjerg");
    let text = only_meeting(&env, "MTG-0002-");
    assert!(text.contains("## Agenda\n\n### 1. Velkomst\n"), "{text}");
}

#[test]
fn the_next_date_is_after_the_last_meeting_on_file() {
    let env = repository();
    env.write(
        "meetings/MTG-0005-dec.md",
        "---\nid: MTG-0005\ntitle: Styregruppemøde december\nstatus: Referat godkendt\ndate: 2026-12-03\nbody: styregruppe\n---\n# December\n",
    );
    let json = env
        .gov(&[
            "meeting",
            "new",
            "--body",
            "styregruppe",
            "--dry-run",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(json["date"], "2027-02-04");
    assert_eq!(json["start"], "13:00");
    assert_eq!(json["place"], "Virtuel");
    assert_eq!(json["id"], "MTG-0006");
    assert_eq!(json["dry_run"], true);
    assert_eq!(json["previous"], "MTG-0005");
    let parts: Vec<&str> = json["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["part"].as_str().unwrap())
        .collect();
    assert!(!parts.contains(&"minutes"), "approved minutes: {parts:?}");
}

#[test]
fn a_dry_run_and_every_refusal_write_nothing() {
    let env = repository();
    let before = env.snapshot_tree();
    let out = env
        .gov(&["meeting", "new", "--body", "SG", "--dry-run"])
        .ok()
        .to_string();
    assert!(out.starts_with("Prøvekørsel: intet er skrevet\n"), "{out}");
    assert!(out.contains("MTG-0002"), "{out}");
    let err = env
        .gov(&["meeting", "new", "--body", "bestyrelsen"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("ukendt organ `bestyrelsen`") && err.contains("kg, styregruppe"),
        "{err}"
    );
    let no_cycle = r#"
  medlemsmoede:
    label: { da: Medlemsmødet, en: Members' meeting }
"#;
    let config = env
        .read("gov.yaml")
        .replace("\napproval:", &format!("{no_cycle}approval:"));
    env.write("gov.yaml", &config);
    let before_config = env.snapshot_tree();
    let err = env
        .gov(&["meeting", "new", "--body", "medlemsmoede"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("årshjulet har ingen dato for Medlemsmødet efter 2026-11-28"),
        "{err}"
    );
    assert!(err.contains("tip: angiv datoen med --date"), "{err}");
    let err = env
        .gov(&["meeting", "approve", "MTG-0001", "--by", "Agnete Moos"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("1 af Styregruppens medlemmer godkender, men reglen kræver 2"),
        "{err}"
    );
    assert_eq!(env.snapshot_tree(), before_config);
    assert_ne!(before, before_config);
}

#[test]
fn approving_minutes_records_the_members_and_keeps_every_other_byte() {
    let env = repository();
    let before = env.read("meetings/MTG-0001-oktober.md");
    let dry = env.gov(&[
        "meeting",
        "approve",
        "MTG-1",
        "--by",
        "agnete@sonderborg.dk",
        "--by",
        "SOFIE SØNDERGAARD",
        "--dry-run",
    ]);
    assert!(
        dry.ok().contains("status: Referat godkendt\n"),
        "{}",
        dry.stdout
    );
    assert_eq!(env.read("meetings/MTG-0001-oktober.md"), before);
    let run = env.gov(&[
        "meeting",
        "approve",
        "MTG-0001",
        "--by",
        "agnete@sonderborg.dk",
        "--by",
        "Sofie Søndergaard",
        "--by",
        "Agnete Moos",
    ]);
    assert_eq!(run.ok(), "meetings/MTG-0001-oktober.md\n");
    assert!(
        run.stderr.contains("referatet er godkendt"),
        "{}",
        run.stderr
    );
    let after = env.read("meetings/MTG-0001-oktober.md");
    let expected = before
        .replace("status: Referat klar til godkendelse", "status: Referat godkendt")
        .replace(
            "decisions: [DEC-0001]\n",
            "decisions: [DEC-0001]\napproved_by: [Agnete Moos, Sofie Søndergaard]\nminutes_approved: 2026-11-28\n",
        );
    assert_eq!(after, expected);
    let err = env
        .gov(&["meeting", "approve", "MTG-0001"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("referatet af MTG-0001 er allerede godkendt"),
        "{err}"
    );
}

#[test]
fn approval_refusals_name_the_reason() {
    let env = repository();
    env.write(
        "meetings/MTG-0002-planlagt.md",
        "---\nid: MTG-0002\ntitle: Planlagt møde\nstatus: Planlagt\ndate: 2026-12-08\nbody: kg\n---\n# Planlagt\n",
    );
    let before = env.snapshot_tree();
    let err = env
        .gov(&["meeting", "approve", "MTG-0002", "--by", "Ole Bjerg"])
        .fails(2)
        .to_string();
    assert!(err.contains("MTG-0002 har status Planlagt, og derfra tillader arbejdsgangen ikke Referat godkendt, kun: Dagsorden udsendt, Afholdt, Aflyst"), "{err}");
    let err = env
        .gov(&[
            "--lang",
            "en",
            "meeting",
            "approve",
            "MTG-0001",
            "--by",
            "Ole Bjerg",
            "--by",
            "Agnete Moos",
        ])
        .fails(2)
        .to_string();
    assert!(err.contains("Ole Bjerg is not a member of Steering committee; members: Agnete Moos, Sofie Søndergaard, Jens Hansen"), "{err}");
    let err = env
        .gov(&["meeting", "approve", "DEC-0001"])
        .fails(2)
        .to_string();
    assert!(err.contains("DEC-0001 er ikke et møde"), "{err}");
    assert_eq!(env.snapshot_tree(), before);
}

#[test]
fn minutes_of_the_second_body_name_it_as_deciders_for_history() {
    let env = repository();
    env.write(
        "meetings/MTG-0002-kg.md",
        "---\nid: MTG-0002\ntitle: Koordinationsgruppemøde\nstatus: Afholdt\ndate: 2026-11-10\nbody: kg\n---\n# KG\n",
    );
    let config = env.read("gov.yaml").replace(
        "      - { name: Ole Bjerg }",
        "      - { name: Ole Bjerg }\n      - { name: Mette Lund }",
    );
    env.write("gov.yaml", &config);
    env.gov(&[
        "meeting",
        "approve",
        "MTG-0002",
        "--by",
        "Ole Bjerg",
        "--by",
        "mette lund",
    ])
    .ok();
    let text = env.read("meetings/MTG-0002-kg.md");
    assert!(
        text.contains(
            "approved_by: [Ole Bjerg, Mette Lund]\ndeciders: kg\nminutes_approved: 2026-11-28\n"
        ),
        "{text}"
    );
}

#[test]
fn a_meeting_that_decided_without_a_quorum_is_warned_about() {
    let env = repository();
    env.write(
        "meetings/MTG-0003-faa.md",
        "---\nid: MTG-0003\ntitle: Ekstramøde\nstatus: Afholdt\ndate: 2026-11-12\nbody: SG\npresent: [Agnete Moos, agnete@sonderborg.dk, Gæst]\ndecisions: [DEC-0001]\n---\n# Ekstra\n",
    );
    env.write(
        "meetings/MTG-0004-aflyst.md",
        "---\nid: MTG-0004\ntitle: Aflyst møde\nstatus: Aflyst\ndate: 2026-11-19\nbody: SG\npresent: []\ndecisions: [DEC-0001]\n---\n# Aflyst\n",
    );
    let run = env.gov(&["validate", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found: Vec<(String, u64, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [(
            "meetings/MTG-0003-faa.md".to_string(),
            8,
            "GOV081".to_string()
        )],
        "{}",
        run.stdout
    );
    let en = env.gov(&["--lang", "en", "validate"]);
    assert!(en.stdout.contains("the meeting took decisions, but only 1 members of Steering committee were present; it takes 2 to decide"), "{}", en.stdout);
    // MTG-0001 had two members present (one by e-mail): quorate.
}
