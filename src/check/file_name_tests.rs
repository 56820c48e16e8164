use super::*;
use crate::config::Config;

fn findings(path: &str, front: &str) -> Vec<Finding> {
    let config = Config::defaults();
    let kind_name = if path.starts_with("meetings/") {
        "meeting"
    } else {
        "decision"
    };
    let kind = config.kind(kind_name).expect("kind");
    let record = Record::parse(path, kind_name, format!("---\n{front}---\n\nTekst.\n"));
    let summary = Summary::of(&record, kind);
    check(&record, &summary, kind)
        .into_iter()
        .map(|l| l.finding)
        .collect()
}

fn codes(path: &str, front: &str) -> Vec<&'static str> {
    findings(path, front).iter().map(Finding::code).collect()
}

#[test]
fn dates_in_file_names() {
    assert_eq!(
        date_in_file_name("2026-05-28-slug.md").as_deref(),
        Some("2026-05-28")
    );
    assert_eq!(
        date_in_file_name("20260806_OS2BorgerPCStyregruppe.md").as_deref(),
        Some("2026-08-06")
    );
    assert_eq!(
        date_in_file_name("20260806-slug.md").as_deref(),
        Some("2026-08-06")
    );
    assert_eq!(date_in_file_name("DEC-0001-x.md"), None);
    assert_eq!(date_in_file_name("2026-13-28-x.md"), None);
    assert_eq!(date_in_file_name("202608061_x.md"), None);
    assert_eq!(date_in_file_name("2026-5-28-x.md"), None);
    assert_eq!(date_in_file_name("2026a05-28-x.md"), None);
    assert_eq!(date_in_file_name("20260806x.md"), None);
    assert_eq!(date_in_file_name("ø"), None);
}

#[test]
fn slugs_in_file_names() {
    let slug = |n| slug_in_file_name(n, "DEC");
    assert_eq!(slug("2026-05-28-kiosk-mode.md"), Some("kiosk-mode"));
    assert_eq!(
        slug("20260806_OS2BorgerPCStyregruppe.md"),
        Some("OS2BorgerPCStyregruppe")
    );
    assert_eq!(slug("DEC-0007-fuld-stop.md"), Some("fuld-stop"));
    assert_eq!(slug("dec-0007_fuld-stop.md"), Some("fuld-stop"));
    assert_eq!(slug("0007-use-postgres.md"), Some("use-postgres"));
    assert_eq!(slug("leverandoeraftale.md"), Some("leverandoeraftale"));
    assert_eq!(slug("2026-standard"), Some("standard"));
    // A number is a tool's only when a separator follows it.
    assert_eq!(slug("2026standard.md"), Some("2026standard"));
    assert_eq!(slug("DEC-0007.md"), None);
    assert_eq!(slug("20260806.md"), None);
    assert_eq!(slug("2026-05-28.md"), None);
    assert_eq!(slug("0007-.md"), None);
}

#[test]
fn camel_case_names_are_split_into_words() {
    assert_eq!(
        split_camel("OS2BorgerPCStyregruppe"),
        "OS2 Borger PC Styregruppe"
    );
    assert_eq!(split_camel("kiosk-mode"), "kiosk-mode");
    assert_eq!(split_camel("ØkonomiOgBudget"), "Økonomi Og Budget");
}

#[test]
fn a_name_fits_a_title_that_shares_a_word_in_any_spelling() {
    assert!(same_subject("kiosk-mode", "Kiosk-tilstand på borgerPC'er"));
    assert!(same_subject("okonomi", "Økonomi 2027"));
    assert!(same_subject("oekonomi", "Økonomi 2027"));
    assert!(same_subject("økonomi", "Oekonomi"));
    assert!(same_subject("aendringer-i-drift", "Ændringer"));
    assert!(same_subject("leverandoer", "[SDR] Ny leverandøraftale"));
    assert!(same_subject("sikkerhed", "Informationssikkerhed"));
    assert!(same_subject("KioskMode", "Kiosk"));
    // Nothing of substance to compare: not judged.
    assert!(same_subject("x", "Ny leverandøraftale"));
    assert!(same_subject("nye-2026", "Kiosk"));
    assert!(same_subject("kiosk-mode", "A"));
}

#[test]
fn a_name_that_shares_no_word_with_the_title_does_not_fit() {
    assert!(!same_subject("kiosk-mode", "Ny leverandøraftale"));
    assert!(!same_subject("nye-krav-til-kiosk", "Nye leverandøraftaler"));
    assert!(!same_subject("fuld-stop", "[ODR]Budget for 2027"));
    // Four letters start a longer word; three do not.
    assert!(same_subject("leve", "leverandør"));
    assert!(!same_subject("lev", "leverandør"));
    // Five letters inside a compound; four do not.
    assert!(same_subject("aftale", "Leverandøraftale"));
    assert!(!same_subject("tale", "Leverandøraftale"));
}

#[test]
fn an_overwritten_decision_shows_in_its_name() {
    let found = findings(
        "decisions/2026-05-28-kiosk-mode.md",
        "title: Ny leverandøraftale\nstatus: Forslag\ndate: 2026-06-15\n",
    );
    assert_eq!(
        found,
        [
            Finding::FileNameDate {
                file_date: "2026-05-28".into(),
                record_date: "2026-06-15".into(),
                decided: true,
            },
            Finding::FileNameSlug {
                slug: "kiosk-mode".into(),
                title: "Ny leverandøraftale".into(),
                suggested: "2026-05-28-ny-leverandoeraftale.md".into(),
            },
        ]
    );
}

#[test]
fn the_title_may_come_from_the_heading_and_carry_a_type_prefix() {
    let config = Config::defaults();
    let kind = config.kind("decision").expect("kind");
    let record = Record::parse(
        "decisions/DEC-0003-kiosk-mode.md",
        "decision",
        "---\nid: DEC-0003\n---\n\n# [SDR] Ny leverandøraftale\n".to_string(),
    );
    let summary = Summary::of(&record, kind);
    let found = check(&record, &summary, kind);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].line, found[0].column), (1, 1));
    assert_eq!(
        found[0].finding,
        Finding::FileNameSlug {
            slug: "kiosk-mode".into(),
            title: "Ny leverandøraftale".into(),
            suggested: "DEC-0003-ny-leverandoeraftale.md".into(),
        }
    );
}

#[test]
fn the_slug_finding_points_at_the_title() {
    let config = Config::defaults();
    let kind = config.kind("decision").expect("kind");
    let record = Record::parse(
        "decisions/20260528_kiosk-mode.md",
        "decision",
        "---\nstatus: Forslag\ntitle: Budget 2027\n---\n".to_string(),
    );
    let found = check(&record, &Summary::of(&record, kind), kind);
    assert_eq!(
        found.iter().map(|l| (l.line, l.column)).collect::<Vec<_>>(),
        [(3, 8)]
    );
}

#[test]
fn what_is_not_judged() {
    // Name and title agree; a date that agrees.
    assert!(
        codes(
            "decisions/2026-05-28-kiosk-mode.md",
            "title: Kiosk-tilstand\ndate: 2026-05-28\n"
        )
        .is_empty()
    );
    // gov's own names, and a name with no slug part.
    assert!(
        codes(
            "decisions/DEC-0007-fuld-stop-for-nye-oensker.md",
            "title: Fuld stop for nye ønsker\n"
        )
        .is_empty()
    );
    assert!(codes("decisions/DEC-0007.md", "title: Budget\n").is_empty());
    assert!(codes("decisions/20260528.md", "title: Budget\ndate: 2026-05-28\n").is_empty());
    // No title and no heading: nothing to compare.
    assert!(codes("decisions/2026-05-28-kiosk-mode.md", "status: Forslag\n").is_empty());
    // A meeting's name is not its title; its date still is checked.
    assert!(
        codes(
            "meetings/20260806_OS2BorgerPCStyregruppe.md",
            "title: Styregruppemøde\ndate: 2026-08-06\n"
        )
        .is_empty()
    );
    assert_eq!(
        findings(
            "meetings/20260806_Styregruppe.md",
            "title: Styregruppemøde\ndate: 2026-08-07\n"
        ),
        [Finding::FileNameDate {
            file_date: "2026-08-06".into(),
            record_date: "2026-08-07".into(),
            decided: false,
        }]
    );
}
