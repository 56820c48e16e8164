//! The catalogue's own checks: every entry in both languages, with the
//! same placeholders, and the filling of templates.

use super::*;

/// Every entry of every part, with its key's name.
fn entries() -> Vec<(String, &'static str, &'static str)> {
    fn part<K: Key>(out: &mut Vec<(String, &'static str, &'static str)>) {
        for key in K::ALL {
            let (da, en) = key.texts();
            out.push((format!("{key:?}"), da, en));
        }
    }
    let mut out = Vec::new();
    part::<Msg>(&mut out);
    part::<FindingMsg>(&mut out);
    part::<ErrorMsg>(&mut out);
    part::<CliMsg>(&mut out);
    part::<HelpMsg>(&mut out);
    part::<InitMsg>(&mut out);
    part::<SiteMsg>(&mut out);
    part::<MeetingMsg>(&mut out);
    part::<PlanMsg>(&mut out);
    for h in help::all() {
        out.push((h.key.to_string(), h.da, h.en));
    }
    out
}

#[test]
fn every_entry_has_both_languages_with_the_same_placeholders() {
    let entries = entries();
    assert!(entries.len() > 400, "{}", entries.len());
    for (key, da, en) in &entries {
        assert!(!da.trim().is_empty(), "{key}: no Danish");
        assert!(!en.trim().is_empty(), "{key}: no English");
        let mut pd = placeholders(da);
        let mut pe = placeholders(en);
        pd.sort_unstable();
        pe.sort_unstable();
        pd.dedup();
        pe.dedup();
        assert_eq!(pd, pe, "{key}: the languages name different placeholders");
    }
}

#[test]
fn help_keys_are_unique() {
    let mut keys: Vec<&str> = help::all().map(|h| h.key).collect();
    let n = keys.len();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), n, "a help key is written twice");
}

#[test]
fn templates_are_filled_by_name() {
    let out = fill("{a} and {b}, {a}", &[("a", &1), ("b", &"x")]);
    assert_eq!(out, "1 and x, 1");
    assert_eq!(
        fill("{path, line} {x}", &[("x", &2)]),
        "{path, line} 2",
        "braces that are no placeholder stay"
    );
    assert_eq!(fill("{{} }", &[]), "{{} }");
    assert_eq!(placeholders("`{key}: {iso}` {not a} {}"), ["key", "iso"]);
}

#[test]
fn tr_takes_names_and_values() {
    let id = "DEC-0001";
    assert_eq!(
        tr!(Lang::Da, ErrorMsg::NotFound, id),
        "ingen sag har id'et `DEC-0001`"
    );
    assert_eq!(tr!(Lang::En, Msg::Days, n = 3), "3 days");
    assert_eq!(days(Lang::Da, 1), "1 dag");
    assert_eq!(days(Lang::Da, -1), "-1 dag");
    assert_eq!(days(Lang::En, 2), "2 days");
}

#[test]
#[should_panic(expected = "no argument for {id}")]
fn a_missing_argument_is_loud_in_tests() {
    let _ = fill("{id}", &[]);
}
