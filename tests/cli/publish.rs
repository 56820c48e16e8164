//! `gov publish`: the approved versions from history, written safely,
//! deterministically and incrementally, with every internal link leading
//! to a page of the site.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::env::TestEnv;

fn decision(id: &str, title: &str, status: &str, extra: &str, body: &str) -> String {
    format!(
        "---\nid: {id}\ntitle: {title}\nstatus: {status}\ndate: 2026-01-05\ntype: SDR\n{extra}---\n\n# {title}\n\n{body}\n"
    )
}

/// A repository where: DEC-0001 is accepted, then redrafted (proposed
/// text committed); DEC-0002 was never approved; DEC-0003 is accepted and
/// then superseded by DEC-0004 (accepted); CR-0001 is approved; MTG-0001
/// has minutes ready only; an uncommitted edit sits on DEC-0004.
pub fn fixture() -> TestEnv {
    let mut env = TestEnv::new();
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision(
            "DEC-0001",
            "Kiosk-tilstand",
            "Accepteret",
            "",
            "ACCEPTED TEXT, see [DEC-0004](DEC-0004-ny.md) and [a draft](DEC-0002-udkast.md).",
        ),
    );
    env.write(
        "decisions/DEC-0002-udkast.md",
        &decision(
            "DEC-0002",
            "Et udkast",
            "Forslag",
            "",
            "NEVER APPROVED TEXT",
        ),
    );
    env.write(
        "decisions/DEC-0003-gammel.md",
        &decision(
            "DEC-0003",
            "Gammel regel",
            "Accepteret",
            "",
            "OLD RULE TEXT",
        ),
    );
    env.write(
        "backlog/CR-0001-printer.md",
        "---\nid: CR-0001\ntitle: Printeren\nstatus: Godkendt\ntype: fault\n---\n\nCR TEXT\n",
    );
    env.write(
        "meetings/MTG-0001-styregruppe.md",
        "---\nid: MTG-0001\ntitle: Styregruppemøde\nstatus: Referat klar til godkendelse\ndate: 2026-01-06\n---\n\nMINUTES NOT APPROVED\n",
    );
    env.commit("Create records");
    env.write(
        "decisions/DEC-0001-kiosk.md",
        &decision(
            "DEC-0001",
            "Kiosk-tilstand",
            "Forslag",
            "",
            "REDRAFTED TEXT",
        ),
    );
    env.write(
        "decisions/DEC-0004-ny.md",
        &decision(
            "DEC-0004",
            "Ny regel",
            "Accepteret",
            "supersedes: DEC-0003\n",
            "NEW RULE TEXT, replacing [the old](../decisions/DEC-0003-gammel.md).",
        ),
    );
    env.write(
        "decisions/DEC-0003-gammel.md",
        &decision(
            "DEC-0003",
            "Gammel regel",
            "Erstattet",
            "superseded_by: DEC-0004\n",
            "OLD RULE TEXT EDITED WHEN SUPERSEDED",
        ),
    );
    env.commit("Update records");
    env.write(
        "decisions/DEC-0004-ny.md",
        &decision("DEC-0004", "Ny regel", "Accepteret", "", "UNCOMMITTED EDIT"),
    );
    env
}

/// Every file of a folder, by path from it.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn publish(env: &TestEnv, out: &Path, format: &str) -> String {
    let out = out.to_string_lossy().into_owned();
    env.gov(&["publish", "--out", &out, "--format", format])
        .ok()
        .to_string()
}

fn page(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn the_site_shows_approved_versions_only() {
    let env = fixture();
    let site = tempfile::tempdir().unwrap();
    let said = publish(&env, site.path(), "html");
    assert!(said.contains("sider skrevet"), "{said}");
    let all = files(site.path());
    let dec1 = page(site.path(), "decision/DEC-0001.html");
    assert!(dec1.contains("ACCEPTED TEXT"), "{dec1}");
    assert!(!dec1.contains("REDRAFTED"), "a redraft leaked");
    assert!(
        !all.contains_key("decision/DEC-0002.html"),
        "never approved, yet published"
    );
    assert!(
        !all.values()
            .any(|b| String::from_utf8_lossy(b).contains("NEVER APPROVED")),
        "the draft's text is somewhere on the site"
    );
    // Superseded: the last approved text, marked, with a link to the successor.
    let dec3 = page(site.path(), "decision/DEC-0003.html");
    assert!(
        dec3.contains("OLD RULE TEXT") && !dec3.contains("EDITED WHEN"),
        "{dec3}"
    );
    assert!(
        dec3.contains("Erstattet af: <a href=\"../decision/DEC-0004.html\">DEC-0004</a>"),
        "{dec3}"
    );
    // The uncommitted edit is not published.
    let dec4 = page(site.path(), "decision/DEC-0004.html");
    assert!(
        dec4.contains("NEW RULE TEXT") && !dec4.contains("UNCOMMITTED"),
        "{dec4}"
    );
    // Links between records: to a page when published, text otherwise.
    assert!(
        dec1.contains("href=\"../decision/DEC-0004.html\""),
        "{dec1}"
    );
    assert!(!dec1.contains("DEC-0002-udkast.md"), "{dec1}");
    assert!(
        dec4.contains("href=\"../decision/DEC-0003.html\""),
        "{dec4}"
    );
    // Minutes not approved: absent; an approved change request: present.
    assert!(!all.contains_key("meeting/MTG-0001.html"));
    assert!(page(site.path(), "change/CR-0001.html").contains("CR TEXT"));
    assert!(page(site.path(), "index.html").contains("<html lang=\"da\">"));
    // The approval names the commit and its author.
    assert!(dec1.contains("Agnete Moos"), "{dec1}");
    assert!(!dec1.contains("<script"), "{dec1}");
}

#[test]
fn english_per_config_and_every_internal_link_resolves() {
    let env = fixture();
    let site = tempfile::tempdir().unwrap();
    let out = site.path().to_string_lossy().into_owned();
    env.gov(&["--lang", "en", "publish", "--out", &out]).ok();
    assert!(page(site.path(), "index.html").contains("<html lang=\"en\">"));
    assert!(page(site.path(), "decision/DEC-0003.html").contains("Superseded by"));
    let all = files(site.path());
    let mut checked = 0;
    for (rel, bytes) in all.iter().filter(|(r, _)| r.ends_with(".html")) {
        let text = String::from_utf8(bytes.clone()).unwrap();
        let dir = Path::new(rel).parent().unwrap_or(Path::new(""));
        for href in text.split("href=\"").skip(1) {
            let href = &href[..href.find('"').unwrap()];
            if href.starts_with("http://")
                || href.starts_with("https://")
                || href.starts_with("mailto:")
            {
                continue;
            }
            if let Some(anchor) = href.strip_prefix('#') {
                assert!(text.contains(&format!("id=\"{anchor}\"")), "{rel}: {href}");
                continue;
            }
            let mut target = PathBuf::new();
            for part in dir.join(href).components() {
                match part {
                    std::path::Component::ParentDir => {
                        assert!(target.pop(), "{rel}: {href} leaves the site");
                    }
                    std::path::Component::Normal(p) => target.push(p),
                    _ => panic!("{rel}: {href}"),
                }
            }
            assert!(
                site.path().join(&target).is_file(),
                "{rel}: {href} leads nowhere"
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} links");
}

#[test]
fn the_same_commit_gives_the_same_bytes() {
    let env = fixture();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    publish(&env, a.path(), "html");
    // A later clock and a warm cache change nothing.
    publish(&env, b.path(), "html");
    assert_eq!(files(a.path()), files(b.path()));
    let (c, d) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    publish(&env, c.path(), "jekyll");
    publish(&env, d.path(), "jekyll");
    assert_eq!(files(c.path()), files(d.path()));
}

#[cfg(unix)]
#[test]
fn publishing_again_rewrites_only_changed_pages() {
    use std::os::unix::fs::MetadataExt;
    let mut env = fixture();
    let site = tempfile::tempdir().unwrap();
    publish(&env, site.path(), "html");
    let stamp = |rel: &str| {
        let m = std::fs::metadata(site.path().join(rel)).unwrap();
        (m.ino(), m.mtime(), m.mtime_nsec())
    };
    let before: BTreeMap<String, _> = files(site.path())
        .keys()
        .map(|k| (k.clone(), stamp(k)))
        .collect();
    let again = publish(&env, site.path(), "html");
    assert!(again.starts_with("0 sider skrevet"), "{again}");
    // One new commit: DEC-0002 accepted (the uncommitted edit put back).
    env.git(&["checkout", "decisions/DEC-0004-ny.md"]);
    env.write(
        "decisions/DEC-0002-udkast.md",
        &decision("DEC-0002", "Et udkast", "Accepteret", "", "NOW APPROVED"),
    );
    env.commit("Accept DEC-0002");
    publish(&env, site.path(), "html");
    let after: BTreeMap<String, _> = files(site.path())
        .keys()
        .map(|k| (k.clone(), stamp(k)))
        .collect();
    let changed: Vec<&String> = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(v))
        .map(|(k, _)| k)
        .collect();
    // The new page, the decision list, the home page (its count and commit),
    // DEC-0001 (its link to DEC-0002 now leads to a page), the manifest,
    // and the roadmap, which marks the published commit's day (2 January
    // before, 3 January now).
    assert_eq!(
        changed,
        [
            ".gov-publish",
            "decision/DEC-0001.html",
            "decision/DEC-0002.html",
            "decision/index.html",
            "index.html",
            "roadmap.html"
        ],
        "{changed:?}"
    );
    // A record no longer published is removed: DEC-0002 redrafted stays
    // (its approved version), DEC-0004's file deleted goes.
    std::fs::remove_file(env.root().join("decisions/DEC-0004-ny.md")).unwrap();
    env.commit("Delete DEC-0004");
    let said = publish(&env, site.path(), "html");
    assert!(said.contains("1 fjernet"), "{said}");
    assert!(!site.path().join("decision/DEC-0004.html").exists());
}

#[test]
fn out_may_not_be_the_repository_git_or_a_record_folder() {
    let env = fixture();
    let before = env.snapshot_tree();
    for (out, says) in [
        (".", "repositoriets rod"),
        (".git", ".git"),
        (".git/gov", ".git"),
        ("decisions", "sagsmappen for decision"),
        ("decisions/site", "sagsmappen for decision"),
        ("backlog/../decisions", "sagsmappen for decision"),
        ("..", "indeholder repositoriet"),
    ] {
        let err = env.gov(&["publish", "--out", out]).fails(2).to_string();
        assert!(err.contains(says), "{out}: {err}");
    }
    // A folder with files gov publish did not write.
    env.write("notes/keep.txt", "mine");
    let err = env.gov(&["publish", "--out", "notes"]).fails(2).to_string();
    assert!(err.contains("ikke har skrevet"), "{err}");
    // A file.
    let err = env
        .gov(&["publish", "--out", "notes/keep.txt"])
        .fails(2)
        .to_string();
    assert!(err.contains("ikke en mappe"), "{err}");
    assert_eq!(env.read("notes/keep.txt"), "mine");
    let mut after = env.snapshot_tree();
    after.retain(|(p, _)| p != "notes/keep.txt");
    assert_eq!(before, after, "a refused publish wrote something");
}

#[cfg(unix)]
#[test]
fn hostile_ids_and_links_cannot_lead_out_of_the_site() {
    let mut env = TestEnv::new();
    let long = "X".repeat(3000);
    for (file, id) in [
        ("decisions/a.md", "../../../escaped"),
        ("decisions/b.md", "/tmp/absolute"),
        ("decisions/c.md", "nul\u{0}byte"),
        ("decisions/d.md", long.as_str()),
        ("decisions/e.md", ".."),
        ("decisions/f.md", "index"),
    ] {
        let id_yaml = serde_json::to_string(id).unwrap();
        env.write(
            file,
            &format!("---\nid: {id_yaml}\ntitle: Hostile\nstatus: accepted\n---\n\nbody\n"),
        );
    }
    env.commit("Hostile IDs");
    let outer = tempfile::tempdir().unwrap();
    let site = outer.path().join("site");
    // A symbolic link where the site has a folder is refused, not followed.
    std::fs::create_dir(&site).unwrap();
    std::fs::write(
        site.join(".gov-publish"),
        "# gov publish: files written here\n",
    )
    .unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), site.join("decision")).unwrap();
    let out = site.to_string_lossy().into_owned();
    let err = env.gov(&["publish", "--out", &out]).fails(2).to_string();
    assert!(err.contains("ikke en mappe"), "{err}");
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    std::fs::remove_file(site.join("decision")).unwrap();
    env.gov(&["publish", "--out", &out]).ok();
    let written = files(&site);
    assert!(written.len() >= 8, "{written:?}");
    for rel in written.keys() {
        assert!(
            rel.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b)),
            "{rel}"
        );
        assert!(!rel.contains(".."), "{rel}");
        assert!(rel.len() < 100, "{rel}");
    }
    // Nothing beside the site.
    let beside: Vec<_> = std::fs::read_dir(outer.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(beside, ["site"]);
    // Six pages, each its own, and the kind's list kept.
    let pages = written
        .keys()
        .filter(|k| k.starts_with("decision/"))
        .count();
    assert_eq!(pages, 7, "{written:?}");
    assert!(page(&site, "decision/index.html").contains("<h1>Beslutning</h1>"));
}

#[test]
fn jekyll_pages_have_just_the_docs_front_matter_and_keep_liquid() {
    let mut env = TestEnv::new();
    env.write(
        "plans/PLAN-0001-strategi.md",
        "---\nid: PLAN-0001\ntitle: \"Strategi: 2027\"\nstatus: Godkendt\ndate: 2026-01-05\n---\n\n# Strategi\n\n{% include note.html %} and {{ site.title }}\n\n<img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1)) {: onclick=\"alert(1)\"}\n",
    );
    env.write(
        "decisions/DEC-0001-x.md",
        &decision("DEC-0001", "Med links", "Accepteret", "", "See [the plan](../plans/PLAN-0001-strategi.md \"t\"), [a draft](DEC-0009-x.md) and [web](https://os2.eu)."),
    );
    env.commit("Plan");
    let site = tempfile::tempdir().unwrap();
    publish(&env, site.path(), "jekyll");
    let dec = page(site.path(), "decision/DEC-0001.md");
    assert!(
        dec.contains(
            "See [the plan](../plan/PLAN-0001.html \"t\"), a draft and [web](https://os2.eu)."
        ),
        "{dec}"
    );
    let index = page(site.path(), "index.md");
    assert!(
        index
            .starts_with("---\ntitle: \"Godkendte styringsdokumenter\"\nhas_children: true\n---\n"),
        "{index}"
    );
    let list = page(site.path(), "plan/index.md");
    assert!(
        list.contains("parent: \"Godkendte styringsdokumenter\"\nnav_order: 4\nhas_children: true"),
        "{list}"
    );
    let plan = page(site.path(), "plan/PLAN-0001.md");
    assert!(
        plan.starts_with("---\ntitle: \"PLAN-0001 Strategi: 2027\"\nparent: \"Plan\"\ngrand_parent: \"Godkendte styringsdokumenter\"\nnav_order: 1\n---\n"),
        "{plan}"
    );
    assert!(
        plan.contains("{% include note.html %} and {{ site.title }}"),
        "{plan}"
    );
    assert!(
        !plan.contains("onerror") && !plan.contains("javascript:"),
        "{plan}"
    );
    assert!(plan.contains("\\{: onclick"), "{plan}");
}

#[test]
fn an_approval_on_a_branch_not_merged_is_not_published() {
    let mut env = fixture();
    env.git(&["checkout", "-q", "decisions/DEC-0004-ny.md"]);
    env.git(&["checkout", "-q", "-b", "accept-draft"]);
    env.write(
        "decisions/DEC-0002-udkast.md",
        &decision(
            "DEC-0002",
            "Et udkast",
            "Accepteret",
            "",
            "ACCEPTED ON A BRANCH",
        ),
    );
    env.commit("Accept DEC-0002 on a branch");
    env.git(&["checkout", "-q", "main"]);
    let site = tempfile::tempdir().unwrap();
    publish(&env, site.path(), "html");
    assert!(!site.path().join("decision/DEC-0002.html").exists());
    env.git(&["merge", "-q", "--ff-only", "accept-draft"]);
    publish(&env, site.path(), "html");
    assert!(page(site.path(), "decision/DEC-0002.html").contains("ACCEPTED ON A BRANCH"));
}

#[test]
fn traceability_names_commits_release_tags_and_forge_links() {
    let (env, _b, _a) = crate::trace::fixture();
    let site = tempfile::tempdir().unwrap();
    let out = site.path().to_string_lossy().into_owned();
    let run = env.gov(&["publish", "--out", &out]);
    run.ok();
    // The fixture's missing code repository is said on stderr, in Danish.
    assert!(run.stderr.contains("missing"), "{}", run.stderr);
    let dec = page(site.path(), "decision/DEC-0001.html");
    // Accepted on 10 January, back to proposed on 20 January: the accepted text.
    assert!(dec.contains("Kiosk-tilstand som standard"), "{dec}");
    assert!(dec.contains("<h2>Sporbarhed</h2>"), "{dec}");
    assert!(
        dec.contains("href=\"https://example.org/os2/borgerpc/commit/"),
        "{dec}"
    );
    assert!(dec.contains("<td>v1.0.0</td>"), "{dec}");
    assert!(dec.contains("<td>admin</td>"), "{dec}");
    assert!(dec.contains("Godkendt i commit"), "{dec}");
}

/// The approval a page shows (issue 15): the commit that moved the record
/// into its approved status (not a later edit, not its author's say), its
/// day, and who approved: `approved_by` (a member named by e-mail shown
/// by name), else the deciding body's members per the approval rule, else
/// the commit's author labelled as such.
#[test]
fn each_page_shows_the_approving_commit_its_day_and_the_approvers() {
    let env = TestEnv::empty();
    env.git(&["init", "-q", "-b", "main"]);
    env.write(
        "gov.yaml",
        "lang: en\nbodies:\n  styregruppe:\n    label: { da: Styregruppen, en: Steering committee }\n    aliases: [styregruppen]\n    members:\n      - { name: Agnete Moos, email: agnete@sonderborg.dk }\n      - { name: Jens Hansen, email: jens@aarhus.dk }\napproval:\n  decision: { bodies: [styregruppe] }\n",
    );
    let dec = |id: &str, status: &str, extra: &str, body: &str| {
        format!(
            "---\nid: {id}\ntitle: T {id}\nstatus: {status}\ndeciders: [Styregruppen]\n{extra}---\n\n# T {id}\n\n{body}\n"
        )
    };
    let (named, by_body) = ("decisions/DEC-0010-named.md", "decisions/DEC-0011-body.md");
    env.write(named, &dec("DEC-0010", "proposed", "", "Text."));
    env.write(by_body, &dec("DEC-0011", "proposed", "", "Text."));
    env.write(
        "backlog/CR-0001-printer.md",
        "---\nid: CR-0001\ntitle: Printer\nstatus: approved\ntype: fault\n---\n\nCR.\n",
    );
    env.commit_as(
        "Ole Berg",
        "ole@odense.dk",
        "2026-02-01T10:00:00+01:00",
        "Propose",
    );
    env.write(
        named,
        &dec(
            "DEC-0010",
            "accepted",
            "approved_by: [JENS@aarhus.dk, Agnete Moos]\n",
            "Text.",
        ),
    );
    env.write(by_body, &dec("DEC-0011", "accepted", "", "Text."));
    env.commit_as(
        "Ole Berg",
        "ole@odense.dk",
        "2026-02-03T10:00:00+01:00",
        "Accept",
    );
    let approving = env.git(&["rev-parse", "HEAD"]).trim().to_string();
    env.write(
        named,
        &dec(
            "DEC-0010",
            "accepted",
            "approved_by: [JENS@aarhus.dk, Agnete Moos]\n",
            "Text, typo fixed.",
        ),
    );
    env.commit_as(
        "Mette Skov",
        "mette@example.org",
        "2026-02-10T10:00:00+01:00",
        "Typo",
    );
    let fixed = env.git(&["rev-parse", "HEAD"]).trim().to_string();
    let site = tempfile::tempdir().unwrap();
    let out = site.path().to_string_lossy().into_owned();
    env.gov(&["publish", "--out", &out]).ok();
    let dec10 = page(site.path(), "decision/DEC-0010.html");
    assert!(dec10.contains("Text, typo fixed."), "{dec10}");
    for (what, shows) in [
        (
            "approving commit",
            format!(
                "<dt>Approved in commit</dt><dd><code>{}</code></dd>",
                &approving[..7]
            ),
        ),
        (
            "its day",
            "<dt>Approved on</dt><dd>2026-02-03</dd>".to_string(),
        ),
        (
            "approvers",
            "<dt>Approved by</dt><dd>Jens Hansen, Agnete Moos</dd>".to_string(),
        ),
        (
            "published version",
            format!(
                "<dt>Published version (commit)</dt><dd><code>{}</code></dd>",
                &fixed[..7]
            ),
        ),
    ] {
        assert!(dec10.contains(&shows), "{what}: {shows}\n{dec10}");
    }
    assert!(
        !dec10.contains("Mette Skov") && !dec10.contains("Ole Berg"),
        "{dec10}"
    );
    let dec11 = page(site.path(), "decision/DEC-0011.html");
    assert!(
        dec11.contains(
            "<dt>Approved by</dt><dd>Agnete Moos, Jens Hansen (members of Steering committee)</dd>"
        ),
        "{dec11}"
    );
    assert!(!dec11.contains("Published version"), "{dec11}");
    let cr = page(site.path(), "change/CR-0001.html");
    assert!(
        cr.contains(
            "<dt>Approved by</dt><dd>Ole Berg (commit author; the record names no approvers)</dd>"
        ),
        "{cr}"
    );
    assert!(
        cr.contains("<dt>Approved on</dt><dd>2026-02-01</dd>"),
        "{cr}"
    );
    // The Jekyll pages say the same.
    let jekyll = tempfile::tempdir().unwrap();
    let out = jekyll.path().to_string_lossy().into_owned();
    env.gov(&["publish", "--out", &out, "--format", "jekyll"])
        .ok();
    let md = page(jekyll.path(), "decision/DEC-0010.md");
    for row in [
        format!("| Approved in commit | {} |", &approving[..7]),
        "| Approved on | 2026-02-03 |".to_string(),
        "| Approved by | Jens Hansen, Agnete Moos |".to_string(),
        format!("| Published version (commit) | {} |", &fixed[..7]),
    ] {
        assert!(md.contains(&row), "{row}\n{md}");
    }
}
