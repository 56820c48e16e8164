//! The text of a record at one point of its history: YAML front matter in
//! the shape of gov's templates (plus Jekyll keys on some), and a Danish or
//! English body with the sections of the templates, links to other records
//! (relative and absolute forge URLs) and one more paragraph per edit.

use std::fmt::Write;

use super::clock;
use super::plan::{Kind, Spec, What};
use super::rng::Rng;
use super::words;

/// The forge address of the governance repository, for absolute links.
pub const FORGE: &str = "https://github.com/OS2borgerPC/styring";

/// Where a record is in its history.
#[derive(Debug, Clone, Default)]
pub struct State {
    /// The status index.
    pub status: u8,
    /// The status as written.
    pub word: String,
    /// How many edits so far.
    pub revision: u32,
    /// The current path, an index into `Spec::paths`.
    pub path: usize,
    /// The decision that supersedes this one.
    pub superseded_by: Option<usize>,
}

impl State {
    /// Applies one event.
    pub fn apply(&mut self, what: &What, spec: &Spec) {
        match what {
            What::Create(s, w) | What::Status(s, w) => {
                self.status = *s;
                self.word = w.clone();
            }
            What::Edit => self.revision += 1,
            What::Rename(p) => self.path = *p,
            What::SupersededBy(by) => {
                self.status = 4;
                self.word = if spec.danish {
                    "Erstattet"
                } else {
                    "Superseded"
                }
                .into();
                self.superseded_by = Some(*by);
            }
        }
    }
}

/// A YAML scalar: plain when that is safe, else double-quoted.
pub fn q(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_alphanumeric())
        && !s.ends_with(' ')
        && !s.contains([
            ':', '#', '[', ']', '{', '}', ',', '"', '\'', '\n', '&', '*', '!', '|', '>', '%', '@',
            '`',
        ])
        && !matches!(
            s.to_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        )
        && s.parse::<f64>().is_err();
    if plain {
        s.to_string()
    } else {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// A flow list of scalars.
fn list<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<String> = items.iter().map(|s| q(s.as_ref())).collect();
    format!("[{}]", parts.join(", "))
}

/// A sentence with its placeholders filled.
pub fn sentence(rng: &mut Rng, danish: bool) -> String {
    let s = if danish {
        *rng.pick(&words::SENTENCES_DA)
    } else {
        *rng.pick(&words::SENTENCES_EN)
    };
    let release = format!("{}.{}.0", rng.range(1, 4), rng.range(0, 12));
    let date = clock::civil_from_days(rng.range(17_900, 20_800)).iso();
    let municipality = *rng.pick(&words::MUNICIPALITIES);
    s.replace("{m}", municipality)
        .replace("{r}", &release)
        .replace("{d}", &date)
}

/// A paragraph of two to four sentences.
pub fn paragraph(rng: &mut Rng, danish: bool) -> String {
    let n = rng.range(2, 4);
    (0..n)
        .map(|_| sentence(rng, danish))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of `spec` in `state`; `all` is the whole plan, for links.
pub fn render(spec: &Spec, state: &State, all: &[Spec]) -> String {
    let mut rng = Rng::new(spec.seed);
    let mut t = String::with_capacity(3000);
    let da = spec.danish;
    let id_of = |i: usize| all[i].id();
    t.push_str("---\n");
    if spec.jekyll {
        let parent = ["Beslutninger", "Backlog", "Møder", "Opgaver", "Planer"][spec.kind as usize];
        let _ = writeln!(
            t,
            "layout: default\nparent: \"{parent}\"\nnav_order: {}",
            spec.number
        );
    }
    if spec.id_field {
        let _ = writeln!(t, "id: {}", spec.id());
    }
    let title = if spec.jekyll {
        format!("\"{}\"", spec.title.replace('"', "'"))
    } else {
        q(&spec.title)
    };
    let _ = writeln!(t, "title: {title}\nstatus: {}", q(&state.word));
    let _ = writeln!(t, "date: {}", q(&spec.date.written(&mut rng)));
    let (body_da, body_en, _) = words::BODIES[spec.body];
    let person = |rng: &mut Rng| rng.pick(&words::PEOPLE).0;
    match spec.kind {
        Kind::Decision => {
            let comment = if spec.id_field && !spec.jekyll {
                "  # architecture (ADR), strategic (SDR) or operational (ODR)"
            } else {
                ""
            };
            let _ = writeln!(t, "type: {}{comment}", spec.type_word.unwrap_or(""));
            match rng.below(3) {
                0 => {
                    let _ = writeln!(t, "deciders: [{}]", if da { body_da } else { body_en });
                }
                1 => {
                    let _ = writeln!(t, "deciders: Styregruppen-Koordinationsgruppen");
                }
                _ => {
                    let _ = writeln!(t, "deciders:\n  - Styregruppen\n  - Koordinationsgruppen");
                }
            }
            if let Some(s) = spec.supersedes {
                let _ = writeln!(t, "supersedes: {}", id_of(s));
            }
            if let Some(by) = state.superseded_by {
                let _ = writeln!(t, "superseded_by: {}", id_of(by));
            }
            let approved_by = rng.chance(50.0);
            if state.status == 2 && approved_by {
                let _ = writeln!(t, "approved_by: [{body_da}]");
            }
            if spec
                .type_word
                .is_some_and(|w| w == "ODR" || w == "operational")
                && rng.chance(50.0)
            {
                let amount = rng.range(1, 40) * 5000;
                if rng.chance(50.0) {
                    let _ = writeln!(t, "amount: {amount}");
                } else {
                    let _ = writeln!(t, "amount: \"{}.000 kr.\"", amount / 1000);
                }
            }
        }
        Kind::Change => {
            let _ = writeln!(t, "category: {}", spec.type_word.unwrap_or("change"));
            let who = if rng.chance(60.0) {
                *rng.pick(&words::MUNICIPALITIES)
            } else {
                person(&mut rng)
            };
            let _ = writeln!(t, "submitted_by: {}", q(who));
            let support: Vec<&str> = (0..rng.range(0, 4))
                .map(|_| *rng.pick(&words::MUNICIPALITIES))
                .collect();
            let _ = writeln!(t, "support: {}", list(&support));
            let (priority, major, minor) = (rng.range(1, 5), rng.range(1, 4), rng.range(0, 12));
            if state.status >= 2 && state.status != 3 {
                let _ = writeln!(
                    t,
                    "priority: {priority}\ntarget_release: \"{major}.{minor}.0\""
                );
            } else {
                t.push_str("priority:\ntarget_release:\n");
            }
            if let Some(d) = spec.link {
                let _ = writeln!(t, "decision: {}", id_of(d));
            }
            let evaluated = rng.chance(60.0);
            let scores: Vec<i64> = (0..4).map(|_| rng.range(0, 5)).collect();
            let notes = paragraph(&mut rng, da);
            if state.status >= 1 && evaluated {
                let _ = writeln!(
                    t,
                    "evaluation:\n  value: {}\n  effort: {}\n  risk: {}\n  urgency: {}\n  notes: {}",
                    scores[0],
                    scores[1],
                    scores[2],
                    scores[3],
                    q(&notes)
                );
            }
        }
        Kind::Meeting => {
            let time = if rng.chance(50.0) {
                "13:00-14:30".to_string()
            } else {
                {
                    let h = rng.range(9, 14);
                    format!("kl. {h} - {}:30", h + rng.range(1, 2))
                }
            };
            let place = if rng.chance(60.0) {
                "Virtuel"
            } else {
                "Sønderborg Rådhus"
            };
            let _ = writeln!(
                t,
                "time: {}\nplace: {}\nbody: {}",
                q(&time),
                q(place),
                body_da.to_lowercase()
            );
            let people: Vec<&str> = (0..rng.range(3, 8)).map(|_| person(&mut rng)).collect();
            let absent: Vec<&str> = (0..rng.range(0, 2)).map(|_| person(&mut rng)).collect();
            let _ = writeln!(
                t,
                "participants: {}\nabsent: {}",
                list(&people),
                list(&absent)
            );
            let _ = writeln!(
                t,
                "chair: {}\nsecretary: {}\nguests: []",
                q(person(&mut rng)),
                q(person(&mut rng))
            );
            if state.status >= 2 && state.status != 5 && !spec.decisions.is_empty() {
                let ids: Vec<String> = spec.decisions.iter().map(|&d| id_of(d)).collect();
                let _ = writeln!(t, "decisions: {}", list(&ids));
            }
            let approved = spec.date.plus(rng.range(14, 40)).iso();
            if state.status == 4 {
                let _ = writeln!(t, "minutes_approved: {approved}");
            }
            if state.status == 5 {
                t.push_str("cancelled: true\n");
            }
        }
        Kind::Task => {
            let _ = writeln!(
                t,
                "owner: {}\ndue: {}",
                q(person(&mut rng)),
                spec.date.plus(rng.range(14, 90)).iso()
            );
            match spec.link {
                Some(s) => {
                    let _ = writeln!(t, "source: {}", id_of(s));
                }
                None => t.push_str("source:\n"),
            }
        }
        Kind::Plan => {
            let _ = writeln!(
                t,
                "type: {}\nperiod: {}-{}",
                spec.type_word.unwrap_or("plan"),
                spec.date.y + 1,
                spec.date.y + 2
            );
            let _ = writeln!(t, "author: \"{}\"\nhas_children: false", person(&mut rng));
        }
    }
    if !spec.related.is_empty() {
        let ids: Vec<String> = spec.related.iter().map(|&r| id_of(r)).collect();
        let _ = writeln!(t, "related: {}", list(&ids));
    }
    if rng.chance(20.0) {
        let _ = writeln!(t, "tags: [{}]", rng.pick(&words::CODE_WORDS));
    }
    t.push_str("---\n\n");
    super::body::write(&mut t, spec, state, all, &mut Rng::derive(spec.seed, 1, 0));
    t
}
