//! Record bodies: the sections of gov's templates in Danish or English,
//! filled with generated paragraphs, agenda and minutes for meetings, links
//! to other records, and one dated paragraph per edit.

use std::fmt::Write;

use super::clock;
use super::plan::{Kind, Spec};
use super::render::{FORGE, State, paragraph, sentence};
use super::rng::Rng;

/// Section headings of each kind: (Danish, English).
fn sections(kind: Kind) -> &'static [(&'static str, &'static str)] {
    match kind {
        Kind::Decision => &[
            ("Kontekst", "Context"),
            ("Beslutning", "Decision"),
            ("Konsekvenser", "Consequences"),
            ("Effektuering", "Implementation"),
            ("Risici", "Risks"),
            ("Yderligere information", "Further information"),
        ],
        Kind::Change => &[
            ("Beskrivelse", "Description"),
            ("Begrundelse", "Rationale"),
            ("Forslag til løsning", "Proposed solution"),
            ("Vurdering", "Evaluation"),
        ],
        Kind::Meeting => &[],
        Kind::Task => &[
            ("Beskrivelse", "Description"),
            ("Definition af færdig", "Definition of done"),
        ],
        Kind::Plan => &[
            ("Formål", "Purpose"),
            ("Mål", "Goals"),
            ("Indsatser", "Initiatives"),
            ("Tidsplan", "Timeline"),
            ("Ansvar", "Responsibility"),
        ],
    }
}

/// A link to another record: relative to where it was created (so renames
/// break it, as they do in real repositories) or an absolute forge URL.
fn link(rng: &mut Rng, target: &Spec) -> String {
    let id = target.id();
    if rng.chance(20.0) {
        format!("[{id}]({FORGE}/blob/main/{})", target.paths[0])
    } else {
        format!("[{id}](../{})", target.paths[0])
    }
}

/// Writes the body of `spec` in `state` to `t`.
pub fn write(t: &mut String, spec: &Spec, state: &State, all: &[Spec], rng: &mut Rng) {
    let da = spec.danish;
    if spec.kind == Kind::Plan {
        t.push_str("📆 _sidst opdateret: {{ site.time | date: '%B %d, %Y' }}_\n\n");
    }
    let _ = writeln!(t, "# {}\n", spec.title);
    if spec.kind == Kind::Meeting {
        meeting(t, spec, state, all, rng);
    }
    for (i, (h_da, h_en)) in sections(spec.kind).iter().enumerate() {
        let _ = writeln!(t, "## {}\n", if da { h_da } else { h_en });
        for _ in 0..rng.range(1, 2) {
            let _ = writeln!(t, "{}\n", paragraph(rng, da));
        }
        if spec.kind == Kind::Decision && i == 2 {
            let (p, n, u) = if da {
                ("Positive", "Negative", "Neutrale")
            } else {
                ("Positive", "Negative", "Neutral")
            };
            let _ = writeln!(
                t,
                "- **{p}:** {}\n- **{n}:** {}\n- **{u}:**\n",
                paragraph(rng, da),
                paragraph(rng, da)
            );
        }
        if spec.kind == Kind::Task && i == 1 {
            for _ in 0..rng.range(1, 3) {
                let _ = writeln!(t, "- [ ] {}", paragraph(rng, da));
            }
            t.push('\n');
        }
    }
    let mut targets: Vec<usize> = spec.related.clone();
    targets.extend(spec.supersedes);
    targets.extend(spec.link);
    if !targets.is_empty() {
        let _ = writeln!(t, "{}\n", if da { "Se også:" } else { "See also:" });
        for j in targets {
            let _ = writeln!(t, "- {}", link(rng, &all[j]));
        }
        t.push('\n');
    }
    if let Some(by) = state.superseded_by {
        let word = if da { "Erstattet af" } else { "Superseded by" };
        let _ = writeln!(t, "> {word} {}\n", link(rng, &all[by]));
    }
    for rev in 1..=state.revision {
        let mut r = Rng::derive(spec.seed, 5, u64::from(rev));
        let day = clock::civil_from_days(r.range(18_000, 20_780));
        let word = if da { "Opdateret" } else { "Updated" };
        let _ = writeln!(t, "_{word} {}:_ {}\n", day.dotted(), paragraph(&mut r, da));
    }
}

/// Agenda and minutes of a meeting, one file for both, as the communities keep them.
fn meeting(t: &mut String, spec: &Spec, state: &State, all: &[Spec], rng: &mut Rng) {
    let da = spec.danish;
    let items: Vec<String> = (0..rng.range(3, 7))
        .map(|i| match i {
            0 if da => "Godkendelse af dagsorden".to_string(),
            0 => "Approval of the agenda".to_string(),
            _ => sentence(rng, da).trim_end_matches('.').to_string(),
        })
        .collect();
    let _ = writeln!(t, "## {}\n", if da { "Dagsorden" } else { "Agenda" });
    for (i, item) in items.iter().enumerate() {
        let _ = writeln!(t, "### {}. {item}\n", i + 1);
    }
    if state.status == 5 {
        t.push_str("**MØDET BLEV AFLYST**\n\n");
        return;
    }
    if state.status >= 2 {
        let _ = writeln!(t, "## {}\n", if da { "Referat" } else { "Minutes" });
        for (i, item) in items.iter().enumerate() {
            let _ = writeln!(t, "> {}. {item}\n\n{}\n", i + 1, paragraph(rng, da));
        }
        if !spec.decisions.is_empty() {
            let _ = writeln!(t, "## {}\n", if da { "Beslutninger" } else { "Decisions" });
            for &d in &spec.decisions {
                let _ = writeln!(t, "- {} {}", link(rng, &all[d]), all[d].title);
            }
            t.push('\n');
        }
        let _ = writeln!(t, "## {}\n", if da { "Opfølgning" } else { "Follow-up" });
        for _ in 0..rng.range(1, 3) {
            let who = rng.pick(&super::words::PEOPLE).0;
            let due = spec.date.plus(rng.range(14, 60)).iso();
            let _ = writeln!(t, "- [ ] @{who} {} (due {due})", sentence(rng, da));
        }
        t.push('\n');
    }
}
