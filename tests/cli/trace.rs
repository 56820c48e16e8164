//! `gov trace`: a fixture governance repository with two code repositories,
//! built with fixed authors and dates, so commit ids and outputs are stable.

use crate::env::{CodeRepo, TestEnv};

const AGNETE: (&str, &str) = ("Agnete Moos", "agnete@sonderborg.dk");
const JENS: (&str, &str) = ("Jens Hansen", "jens@aarhus.dk");
const OLE: (&str, &str) = ("Ole Berg", "ole@odense.dk");
const WEB: (&str, &str) = ("Mette Skov", "noreply@github.com");

const CONFIG: &str = "lang: da
repositories:
  - { name: borgerpc, path: code/borgerpc, forge_url: https://example.org/os2/borgerpc }
  - { name: admin, path: code/admin }
  - { name: missing, path: code/missing }
bodies:
  styregruppe:
    label: { da: Styregruppen, en: Steering committee }
    members:
      - { name: Agnete Moos, email: agnete@sonderborg.dk }
      - { name: Jens Hansen, email: jens@aarhus.dk }
  koordinationsgruppe:
    label: { da: Koordinationsgruppen, en: Coordination group }
    members:
      - { name: Jens Hansen, email: jens@aarhus.dk }
approval:
  decision: { bodies: [styregruppe, koordinationsgruppe], quorum: 2 }
  change: { bodies: [koordinationsgruppe] }
";

fn decision(status: &str, approved_by: &str) -> String {
    format!(
        "---\nid: DEC-0001\ntitle: Kiosk-tilstand som standard\nstatus: {status}\ndeciders: Styregruppen\napproved_by: [{approved_by}]\n---\n\n# Kiosk-tilstand som standard\n"
    )
}

fn change(status: &str) -> String {
    format!("---\ntitle: Printeren svarer ikke\nstatus: {status}\n---\n")
}

/// The governance history, step by step:
/// 1. 5 Jan: DEC-0001 proposed, CR-0001 submitted (no `id`: from the file name);
/// 2. 10 Jan: DEC-0001 accepted by a member, one approval of a quorum of two;
/// 3. 12 Jan: DEC-0001 renamed in the web editor;
/// 4. 15 Jan: CR-0001 approved by a non-member;
/// 5. 20 Jan: DEC-0001 back to proposed (backwards);
/// 6. 25 Jan: CR-0001 deleted; 7. 1 Feb: re-added under another name.
///
/// Code: borgerpc implements DEC-0001 (v1.0.0), refs CR-0001 (v1.1.0) and
/// closes it after (unreleased); admin mentions DEC-0001 (its v1.1.0).
pub fn fixture() -> (TestEnv, CodeRepo, CodeRepo) {
    let env = TestEnv::new();
    env.write("gov.yaml", CONFIG);
    env.write("decisions/DEC-0001-kiosk.md", &decision("Forslag", ""));
    env.write("backlog/CR-0001-printer.md", &change("Indmeldt"));
    let borgerpc = env.code_repo("borgerpc");
    let admin = env.code_repo("admin");
    let (n, e) = AGNETE;
    env.commit_as(
        n,
        e,
        "2026-01-05T10:00:00+01:00",
        "Create DEC-0001-kiosk.md",
    );
    borgerpc.commit_as(
        n,
        e,
        "2026-01-06T09:00:00+01:00",
        "Kiosk mode by default\n\nImplements: DEC-0001",
    );
    borgerpc.tag("v1.0.0", "2026-01-07T12:00:00+01:00");
    admin.commit_as(
        JENS.0,
        JENS.1,
        "2026-01-08T09:00:00+01:00",
        "Admin page for DEC-0001",
    );
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision("Accepteret", "Jens Hansen"),
    );
    env.commit_as(
        JENS.0,
        JENS.1,
        "2026-01-10T14:00:00+01:00",
        "Update DEC-0001-kiosk.md",
    );
    std::fs::remove_file(env.root().join("decisions/DEC-0001-kiosk.md")).unwrap();
    env.write(
        "decisions/DEC-0001-kiosk-tilstand.md",
        &decision("Accepteret", "Jens Hansen"),
    );
    env.commit_as(
        WEB.0,
        WEB.1,
        "2026-01-12T08:30:00+01:00",
        "Rename DEC-0001-kiosk.md to DEC-0001-kiosk-tilstand.md",
    );
    env.write("backlog/CR-0001-printer.md", &change("Godkendt"));
    env.commit_as(
        OLE.0,
        OLE.1,
        "2026-01-15T11:00:00+01:00",
        "Update CR-0001-printer.md",
    );
    borgerpc.commit_as(
        OLE.0,
        OLE.1,
        "2026-01-16T09:00:00+01:00",
        "Printer driver retries\n\nRefs: cr-1",
    );
    borgerpc.tag("v1.1.0", "2026-01-17T12:00:00+01:00");
    admin.commit_as(JENS.0, JENS.1, "2026-01-17T10:00:00+01:00", "Unrelated fix");
    admin.tag("v1.1.0", "2026-01-18T12:00:00+01:00");
    env.write(
        "decisions/DEC-0001-kiosk-tilstand.md",
        &decision("Forslag", ""),
    );
    env.commit_as(
        n,
        e,
        "2026-01-20T10:00:00+01:00",
        "Update DEC-0001-kiosk-tilstand.md",
    );
    std::fs::remove_file(env.root().join("backlog/CR-0001-printer.md")).unwrap();
    env.commit_as(
        n,
        e,
        "2026-01-25T10:00:00+01:00",
        "Delete CR-0001-printer.md",
    );
    borgerpc.commit_as(
        n,
        e,
        "2026-01-26T09:00:00+01:00",
        "Printer: give up after 3 tries\n\nCloses: CR-0001",
    );
    env.write("backlog/CR-0001-printer-fejl.md", &change("I gang"));
    env.commit_as(
        n,
        e,
        "2026-02-01T10:00:00+01:00",
        "Create CR-0001-printer-fejl.md",
    );
    (env, borgerpc, admin)
}

#[test]
fn the_table_shows_versions_through_renames_and_commits_with_their_release() {
    let (env, _b, _a) = fixture();
    let run = env.gov(&["trace", "DEC-0001"]);
    insta::assert_snapshot!(run.ok());
    insta::assert_snapshot!("trace_missing_repository_warning", run.stderr);
}

#[test]
fn markdown_in_english_links_commits_to_the_forge() {
    let (env, _b, _a) = fixture();
    insta::assert_snapshot!(
        env.gov(&["--lang", "en", "trace", "cr-1", "--format", "markdown"])
            .ok()
    );
}

#[test]
fn json_follows_the_contract() {
    let (env, _b, _a) = fixture();
    let json = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    assert_eq!(json["id"], "DEC-0001");
    assert_eq!(json["status"], "proposed");
    assert_eq!(json["path"], "decisions/DEC-0001-kiosk-tilstand.md");
    let versions = json["versions"].as_array().unwrap();
    for v in versions {
        for key in ["commit", "author", "date", "status", "path"] {
            assert!(v.get(key).is_some(), "{key} missing in {v}");
        }
    }
    let statuses: Vec<_> = versions
        .iter()
        .map(|v| v["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["proposed", "accepted", "accepted", "proposed"]);
    assert_eq!(versions[0]["date"], "2026-01-05T10:00:00+01:00");
    assert_eq!(versions[2]["change"], "renamed");
    assert_eq!(versions[2]["author"], "Mette Skov");
    let commits = json["commits"].as_array().unwrap();
    for c in commits {
        for key in ["repository", "commit", "summary", "author", "date", "tag"] {
            assert!(c.get(key).is_some(), "{key} missing in {c}");
        }
        assert_eq!(c["commit"].as_str().unwrap().len(), 40);
    }
    let found: Vec<_> = commits
        .iter()
        .map(|c| {
            (
                c["repository"].as_str().unwrap(),
                c["tag"].as_str(),
                c["relation"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("borgerpc", Some("v1.0.0"), "implements"),
            ("admin", Some("v1.1.0"), "mention")
        ]
    );
}

#[test]
fn a_record_deleted_and_readded_is_one_record_and_unreleased_commits_have_no_tag() {
    let (env, _b, _a) = fixture();
    let json = env.gov(&["trace", "CR-0001", "--format", "json"]).json();
    let changes: Vec<_> = json["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["change"].as_str().unwrap())
        .collect();
    assert_eq!(changes, ["created", "modified", "deleted", "restored"]);
    assert_eq!(json["deleted"], false);
    let tags: Vec<_> = json["commits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["tag"].clone())
        .collect();
    assert_eq!(tags, [serde_json::json!("v1.1.0"), serde_json::Value::Null]);
}

#[test]
fn all_records_and_the_cache_give_the_same_answer() {
    let (env, borgerpc, _a) = fixture();
    let cold = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(cold.as_array().unwrap().len(), 2);
    assert!(
        env.root().join(".git/gov/trace").is_dir(),
        "the cache lives in .git"
    );
    let warm = env.gov(&["trace", "--all", "--format", "json"]).json();
    assert_eq!(cold, warm);
    // A new commit, then a force-push that drops it: never stale.
    borgerpc.commit_as(
        JENS.0,
        JENS.1,
        "2026-02-02T09:00:00+01:00",
        "More kiosk\n\nRefs: DEC-0001",
    );
    let with = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    assert_eq!(with["commits"].as_array().unwrap().len(), 3);
    borgerpc.git(&["reset", "-q", "--hard", "HEAD~1"]);
    let without = env.gov(&["trace", "DEC-0001", "--format", "json"]).json();
    assert_eq!(without["commits"], cold[0]["commits"]);
}

#[test]
fn a_cached_timeline_is_replayed_again_when_the_approving_statuses_change() {
    let (env, _b, _a) = fixture();
    let events = |env: &TestEnv| -> Vec<String> {
        env.gov(&["log", "--format", "json"])
            .json()
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["id"] == "DEC-0001" && e["to"] == "accepted")
            .map(|e| e["event"].as_str().unwrap().to_string())
            .collect()
    };
    // Cold, then warm from the cached timeline: `accepted` approves.
    assert_eq!(events(&env), ["approved"]);
    assert_eq!(events(&env), ["approved"]);
    // Only `vedtaget` approves now: the cached timeline no longer holds.
    env.write(
        "gov.yaml",
        &CONFIG.replace(
            "decision: { bodies: [styregruppe, koordinationsgruppe], quorum: 2 }",
            "decision: { bodies: [styregruppe, koordinationsgruppe], quorum: 2, statuses: [vedtaget] }",
        ),
    );
    assert_eq!(events(&env), ["status_changed"]);
    assert_eq!(events(&env), ["status_changed"]);
    // A new governance commit: the timeline is replayed with it.
    let path = std::fs::read_dir(env.root().join("decisions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("DEC-0001"))
        .unwrap();
    std::fs::write(&path, decision("Vedtaget", "Agnete Moos")).unwrap();
    env.commit_as(
        AGNETE.0,
        AGNETE.1,
        "2026-02-10T10:00:00+01:00",
        "DEC-0001 vedtaget igen",
    );
    assert_eq!(events(&env), ["status_changed", "status_changed"]);
    assert_eq!(events(&env), ["status_changed", "status_changed"]);
}

#[test]
fn trace_never_changes_the_work_tree() {
    let (env, _b, _a) = fixture();
    let before = env.snapshot_tree();
    env.gov(&["trace", "--all"]).ok();
    assert_eq!(env.snapshot_tree(), before);
}

#[test]
fn an_unknown_id_names_the_nearest() {
    let (env, _b, _a) = fixture();
    let err = env.gov(&["trace", "DEC-0002"]).fails(2).to_string();
    assert!(err.contains("ingen sag har id'et `DEC-0002`"), "{err}");
    assert!(err.contains("DEC-0001"), "{err}");
}

#[test]
fn an_unreadable_code_repository_is_a_warning_naming_it() {
    let mut env = TestEnv::english();
    env.write(
        "gov.yaml",
        "lang: en\nrepositories:\n  - { name: plain, path: not-git }\n",
    );
    env.write("not-git/README.md", "not a repository\n");
    env.write(
        "decisions/DEC-0001-x.md",
        "---\nid: DEC-0001\nstatus: Draft\n---\n",
    );
    env.commit("Create DEC-0001-x.md");
    let run = env.gov(&["trace", "DEC-0001", "--format", "json"]);
    assert_eq!(run.json()["versions"].as_array().unwrap().len(), 1);
    assert!(
        run.stderr
            .starts_with("warning: code repository `plain` ([ROOT]/not-git) was skipped: "),
        "{}",
        run.stderr
    );
}

#[test]
fn approval_findings_name_the_non_member_and_the_missing_quorum() {
    let (env, _b, _a) = fixture();
    let repo = gov::record::Repository::discover(env.root()).unwrap();
    let findings = gov::trace::approval_findings(&repo).unwrap();
    let seen: Vec<(&str, gov::trace::ApprovalProblem, &str)> = findings
        .iter()
        .map(|f| (f.id.as_str(), f.problem, f.author.as_str()))
        .collect();
    use gov::trace::ApprovalProblem::{NotAMember, QuorumNotMet};
    assert_eq!(
        seen,
        [
            ("DEC-0001", QuorumNotMet, "Jens Hansen"),
            ("CR-0001", NotAMember, "Ole Berg"),
            ("CR-0001", QuorumNotMet, "Ole Berg"),
        ]
    );
    let not_member = &findings[1];
    assert_eq!(not_member.path, "backlog/CR-0001-printer.md");
    assert_eq!(not_member.date, "2026-01-15T11:00:00+01:00");
    assert_eq!(not_member.bodies, ["koordinationsgruppe"]);
    assert_eq!(not_member.commit.len(), 40);
    assert!(
        not_member.message.contains("Ole Berg er ikke medlem"),
        "{}",
        not_member.message
    );
    assert_eq!((findings[0].approvals, findings[0].quorum), (1, 2));
}

/// `--all` renders in blocks on several threads: the output keeps the
/// order records first appeared in, in every format, across many blocks.
#[test]
fn all_records_come_out_in_order_across_render_blocks() {
    let mut env = TestEnv::new();
    for n in 1..=700 {
        env.write(
            &format!("decisions/DEC-{n:04}-x.md"),
            &format!("---\nid: DEC-{n:04}\ntitle: Nummer {n}\nstatus: Udkast\n---\n"),
        );
    }
    env.commit("Add 700 decisions");
    let expected: Vec<String> = (1..=700).map(|n| format!("DEC-{n:04}")).collect();
    let json = env.gov(&["trace", "--all", "--format", "json"]).json();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, expected);
    let table = env.gov(&["trace", "--all"]);
    let heads: Vec<&str> = table
        .ok()
        .lines()
        .filter(|l| l.starts_with("DEC-"))
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(heads, expected);
    let md = env.gov(&["trace", "--all", "--format", "markdown"]);
    let heads: Vec<&str> = md
        .ok()
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(heads, expected);
}

/// Tags are kept in the cache by the object their ref names: a tag moved
/// to another commit (same name), or deleted, is read afresh, so a warm
/// run answers as a run without the cache does.
#[test]
fn a_moved_or_deleted_tag_is_never_taken_from_the_cache() {
    let (env, borgerpc, _a) = fixture();
    let trace = |vars: &[(&str, &str)]| {
        let json = env
            .gov_with(&["trace", "CR-0001", "--format", "json"], vars)
            .json();
        let tags: Vec<serde_json::Value> = json["commits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["tag"].clone())
            .collect();
        (json, tags)
    };
    let (_, before) = trace(&[]);
    assert_eq!(before[0], serde_json::json!("v1.1.0"), "{before:?}");
    // v1.1.0 moves back to the first commit (lightweight now): the printer
    // fix is in no release of that repository any more.
    let root = borgerpc.git(&["rev-list", "--max-parents=0", "HEAD"]);
    borgerpc.git(&["tag", "-f", "v1.1.0", root.trim()]);
    let (warm, moved) = trace(&[]);
    let (uncached, _) = trace(&[("GOV_TRACE__CACHE", "false")]);
    assert_eq!(warm, uncached);
    assert_eq!(moved[0], serde_json::Value::Null, "{moved:?}");
    // Put back, then deleted: gone from the answer too.
    borgerpc.git(&["tag", "-f", "v1.1.0", "HEAD~1"]);
    assert_eq!(trace(&[]).1, before);
    borgerpc.git(&["tag", "-d", "v1.1.0"]);
    let (warm, _) = trace(&[]);
    let (uncached, _) = trace(&[("GOV_TRACE__CACHE", "false")]);
    assert_eq!(warm, uncached);
}

/// A code repository's releases are kept in the cache while its history
/// and release tags stay the same: a tag renamed on the same commit (no
/// commit or tip changes) or another `trace.tags` pattern works them out
/// again, as a run without the cache would.
#[test]
fn kept_releases_follow_a_renamed_tag_and_another_tag_pattern() {
    let (env, borgerpc, _a) = fixture();
    let tag = |vars: &[(&str, &str)]| {
        let json = env
            .gov_with(&["trace", "CR-0001", "--format", "json"], vars)
            .json();
        json["commits"][0]["tag"].clone()
    };
    assert_eq!(tag(&[]), serde_json::json!("v1.1.0"));
    assert_eq!(
        tag(&[]),
        serde_json::json!("v1.1.0"),
        "warm, from the kept releases"
    );
    borgerpc.git(&["tag", "v1.1.1", "v1.1.0"]);
    borgerpc.git(&["tag", "-d", "v1.1.0"]);
    assert_eq!(tag(&[]), serde_json::json!("v1.1.1"), "the renamed tag");
    let other = [("GOV_TRACE__TAGS", "release-*")];
    assert_eq!(
        tag(&other),
        serde_json::Value::Null,
        "no tag matches release-*"
    );
    assert_eq!(tag(&[]), serde_json::json!("v1.1.1"), "and back");
    assert_eq!(
        tag(&[("GOV_TRACE__CACHE", "false")]),
        serde_json::json!("v1.1.1")
    );
}
