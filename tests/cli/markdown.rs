//! The one Markdown reader seen from the commands: `gov validate` checks
//! the links a reader of the rendered page would follow, and none in
//! comments or code; `gov status` counts action items outside code; `gov
//! list` takes a title from a real heading, not from a code block.

use crate::env::TestEnv;

/// A decision whose body hides links everywhere Markdown hides them, with
/// one broken link in the text after Danish letters (columns count
/// characters).
const HIDDEN_LINKS: &str = "---
id: DEC-0001
title: Links i tekst og kode
status: Udkast
date: 2026-11-28
---

# Links i tekst og kode

<!-- [skabelon](../skabeloner/væk.md) -->

<!--
[flere linjer](../væk-kommentar.md)
-->

````markdown
```
[i et hegn af fire](../væk-hegn.md)
```
````

~~~~
[i et tildehegn](../væk-tilde.md)
~~~~

    [indrykket kode](../væk-indrykket.md)

Se ``[kodespan](`../væk-kodespan.md`)`` og `[enkelt](../væk-enkelt.md)`.

Tekst <!-- [kommentar](../væk-inline.md) --> før.

<details>
[i html](../væk-html.md)
</details>

[^1]: Se bilag: en fodnote, ikke en linkdefinition.

Mødet i Sønderborg: se [referatet](../meetings/væk.md) og [^1].
";

#[test]
fn links_in_comments_fences_and_code_are_not_checked() {
    let env = TestEnv::english();
    env.write("decisions/DEC-0001-links.md", HIDDEN_LINKS);
    let run = env.gov(&["validate"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!("hidden_links", run.stdout);
    assert_eq!(broken_links(&env), [(Some(38), Some(36))]);
}

#[test]
fn a_reference_link_is_checked_once_at_its_definition() {
    let env = TestEnv::english();
    env.write(
        "decisions/DEC-0001-ref.md",
        "---\nid: DEC-0001\ntitle: Ref\nstatus: Udkast\ndate: 2026-11-28\n---\n\nSe [referatet][r], [r] og [r][].\n\n[r]: ../meetings/væk.md\n",
    );
    assert_eq!(broken_links(&env), [(Some(10), Some(6))]);
}

#[test]
fn action_items_in_indented_code_do_not_count() {
    let env = TestEnv::new();
    env.write(
        "meetings/MTG-0001-m.md",
        "---\nid: MTG-0001\ntitle: Møde\nstatus: Afholdt\ndate: 2026-10-01\n---\n\n\
         ## Opfølgning\n\n- [ ] @sofie Send udkast (due 2026-11-01)\n\n\
         Eksempel:\n\n    - [ ] @eksempel Indrykket kode (due 2026-01-01)\n\n\
         ````\n```\n- [ ] @hegn I et hegn (due 2026-01-01)\n```\n````\n",
    );
    let json = env.gov(&["status", "--format", "json"]).json();
    assert_eq!(
        json["action_items"],
        serde_json::json!({ "open": 1, "done": 0 }),
        "{json:#}"
    );
}

#[test]
fn a_title_comes_from_a_heading_not_from_a_code_block() {
    let env = TestEnv::new();
    env.write(
        "decisions/DEC-0001-x.md",
        "---\nid: DEC-0001\nstatus: Udkast\n---\n\n```sh\n# ikke en overskrift\n```\n\n# Fuld stop for nye ønsker\n",
    );
    let json = env.gov(&["list", "--format", "json"]).json();
    assert_eq!(json[0]["title"], "Fuld stop for nye ønsker", "{json:#}");
}

/// Line and column of each broken link (GOV052) `gov validate` reports.
fn broken_links(env: &TestEnv) -> Vec<(Option<u64>, Option<u64>)> {
    // validate exits 1 with findings, so stdout is read as it is.
    let run = env.gov(&["validate", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    json.as_array()
        .expect("array")
        .iter()
        .filter(|d| d["code"] == "GOV052")
        .map(|d| (d["line"].as_u64(), d["column"].as_u64()))
        .collect()
}
