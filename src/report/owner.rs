//! Who an owner is: the names one person goes by in action items and task
//! records (`@sofie`, `Sofie Søndergaard`, `soeren`, `Søren`, the local
//! part of a body member's e-mail), so `gov actions --owner` finds every
//! promise of one person however it was written.
//!
//! Names are compared folded as gov folds words elsewhere: NFC, lower
//! case, letters transliterated as slugs are (`ø` → `oe`, DEC-0033), and
//! then the Danish transliterations undone to one letter as file names are
//! compared (`oe`, `o` → `o`), so `Søren`, `Soeren` and `soren` are one
//! name.

use crate::config::{Config, Member};

/// A name folded for comparison (see the module documentation); words
/// separated by single spaces.
pub fn fold(name: &str) -> String {
    if !name.chars().any(char::is_alphanumeric) {
        return String::new();
    }
    crate::slug::slug(name)
        .replace('-', " ")
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("aa", "a")
}

/// The names an owner as written goes by: the name itself, the full name
/// of the one person of `people` whose first name it is, and, for the body
/// member it names (by name, first name or e-mail local part), the member's
/// name and e-mail local part. Each folded, without repeats.
pub fn identities(written: &str, people: &[String], config: &Config) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let add = |name: &str, out: &mut Vec<String>| {
        let f = fold(name);
        if !f.is_empty() && !out.contains(&f) {
            out.push(f);
        }
    };
    add(written, &mut out);
    if let Some(full) = super::collect::full_name(written.trim(), people) {
        add(&full, &mut out);
    }
    let members = config.bodies.values().flat_map(|b| &b.members);
    let named: Vec<&Member> = members
        .filter(|m| {
            let local = m.email.as_deref().map(local_part).map(fold);
            out.iter()
                .any(|n| *n == fold(&m.name) || local.as_deref() == Some(n.as_str()))
        })
        .collect();
    for m in named {
        add(&m.name, &mut out);
        if let Some(email) = &m.email {
            add(local_part(email), &mut out);
        }
    }
    out
}

/// The part of an e-mail address before the `@`.
fn local_part(email: &str) -> &str {
    email.split('@').next().unwrap_or(email).trim()
}

/// True when `query` (folded) names one of `identities`: the same name,
/// the first name of a full one (`sofie` finds Sofie Søndergaard), or a
/// full name whose first name an owner written by first name alone has
/// (`Sofie Holm` finds an `@sofie` nobody could tell apart).
pub fn matches(query: &str, identities: &[String]) -> bool {
    if query.is_empty() {
        return false;
    }
    let first = |s: &str| s.split(' ').next().unwrap_or_default().to_string();
    identities.iter().any(|id| {
        id == query
            || (id.contains(' ') && first(id) == query)
            || (!id.contains(' ') && query.contains(' ') && first(query) == *id)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(yaml: &str) -> Config {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("gov.yaml"), yaml).unwrap();
        Config::load(dir.path(), []).unwrap()
    }

    #[test]
    fn names_fold_across_case_accents_and_transliterations() {
        assert_eq!(fold("Søren Ågård"), "soren agard");
        assert_eq!(fold("soeren aagaard"), "soren agard");
        assert_eq!(fold("SOREN  AGARD"), "soren agard");
        assert_eq!(fold("Sofie Søndergaard"), fold("sofie sondergard"));
        assert_eq!(fold("sofie.s"), "sofie s");
        assert_eq!(fold("Ærø Müller"), "aro mueller");
        assert_eq!(fold(" – "), "");
    }

    #[test]
    fn an_owner_goes_by_full_name_member_name_and_mail_local_part() {
        let config = config(
            "bodies:\n  sg:\n    members:\n      - { name: Sofie Søndergaard, email: ssg@vejle.dk }\n      - { name: Jens Holm }\n",
        );
        let people = vec!["Sofie Søndergaard".to_string(), "Jens Holm".to_string()];
        let ids = identities("sofie", &people, &config);
        assert_eq!(ids, ["sofie", "sofie sondergard", "ssg"]);
        let ids = identities("ssg", &people, &config);
        assert_eq!(ids, ["ssg", "sofie sondergard"]);
        assert!(matches(
            "ssg",
            &identities("Sofie Søndergaard", &people, &config)
        ));
        assert!(matches(
            &fold("SOFIE"),
            &identities("Sofie Søndergaard", &[], &config)
        ));
        assert!(matches(
            &fold("Jens Holm"),
            &identities("jens", &people, &config)
        ));
        assert!(!matches(
            &fold("jens"),
            &identities("sofie", &people, &config)
        ));
        assert!(!matches("", &identities("sofie", &people, &config)));
        assert!(!matches(
            &fold("holm"),
            &identities("Jens Holm", &people, &config)
        ));
    }

    #[test]
    fn a_first_name_two_people_share_stays_a_first_name() {
        let config = config("lang: da\n");
        let people = vec!["Sofie Holm".to_string(), "Sofie Søndergaard".to_string()];
        let ids = identities("sofie", &people, &config);
        assert_eq!(ids, ["sofie"]);
        assert!(matches(&fold("Sofie Holm"), &ids), "either Sofie sees it");
        assert!(!matches(&fold("Jens Holm"), &ids));
    }
}
