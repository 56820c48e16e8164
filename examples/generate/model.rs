//! Builds the plan of a governance repository: specs for every record and
//! their events over time, including a few seeded problems (backwards
//! status moves, unknown status words). Links come from `links`.

use std::collections::HashSet;

use super::clock::{self, DAY};
use super::plan::{self, Event, Kind, Spec, What, slug, unique, written_status};
use super::rng::Rng;
use super::words;

/// Plans `n` records from `seed`. Records of each kind are numbered in
/// the order they are created; duplicates come last. With `yearly`, each
/// kind's folder has a subfolder per year (`meetings/2024/…`), as large
/// repositories have: a flat folder of tens of thousands of files makes
/// every commit rewrite a huge tree object.
pub fn plan(n: usize, seed: u64, yearly: bool) -> Vec<Spec> {
    let (start, end) = plan::span();
    let mut used = HashSet::new();
    let mut specs = Vec::with_capacity(n + n / 100);
    for (kind, count) in plan::counts(n) {
        for i in 0..count {
            let mut rng = Rng::derive(seed, kind as u64, i as u64);
            let frac = (i as f64 + 0.2 + 0.6 * (rng.below(1000) as f64 / 1000.0)) / count as f64;
            let created = start + ((end - start - 90 * DAY) as f64 * frac) as i64 + 9 * 3600;
            let folder = match yearly {
                true => format!("{}/{}", kind.folder(), clock::date_of(created).y),
                false => kind.folder().to_string(),
            };
            specs.push(one(
                &mut rng,
                kind,
                &folder,
                i as u32 + 1,
                created,
                end,
                &mut used,
            ));
        }
    }
    super::links::link(&mut specs, seed);
    super::links::duplicates(&mut specs, seed, &mut used);
    specs
}

/// One record with its events.
fn one(
    rng: &mut Rng,
    kind: Kind,
    folder: &str,
    number: u32,
    created: i64,
    end: i64,
    used: &mut HashSet<String>,
) -> Spec {
    let danish = rng.chance(70.0);
    let body = rng.weighted(&[45, 45, 10]);
    let topic = if danish {
        *rng.pick(&words::TOPICS_DA)
    } else {
        *rng.pick(&words::TOPICS_EN)
    };
    let day = clock::date_of(created);
    let (type_word, title, date) = match kind {
        Kind::Decision => {
            let t = rng.index(3);
            let short = ["ADR", "SDR", "ODR"][t];
            let word = match rng.below(3) {
                0 => short,
                1 => ["architecture", "strategic", "operational"][t],
                _ => ["ADR", "SDR", "ODR"][t],
            };
            let sep = if rng.chance(15.0) { "" } else { " " };
            (Some(word), format!("[{short}]{sep}{topic}"), day)
        }
        Kind::Change => {
            let cat = *rng.pick(&["change", "change", "fault", "security"]);
            (Some(cat), topic.to_string(), day)
        }
        Kind::Meeting => {
            let date = day.plus(rng.range(7, 21));
            let (da, en, _) = words::BODIES[body];
            let title = if danish {
                format!("{da}smøde {}", date.danish()).replace("enmøde", "emøde")
            } else {
                format!("{en} meeting {}", date.iso())
            };
            (None, title, date)
        }
        Kind::Task => {
            let verb = if danish {
                "Følg op på"
            } else {
                "Follow up on"
            };
            (None, format!("{verb} {}", topic.to_lowercase()), day)
        }
        Kind::Plan => {
            let t = *rng.pick(&["strategy", "vision", "roadmap", "plan"]);
            let year = day.y + 1;
            let name = if danish {
                "Produktforvaltning"
            } else {
                "Product management"
            };
            (Some(t), format!("{name} {year}: {topic}"), day)
        }
    };
    let legacy = match kind {
        Kind::Decision => rng.chance(12.0),
        Kind::Meeting => rng.chance(25.0),
        Kind::Plan => rng.chance(30.0),
        _ => rng.chance(4.0),
    };
    let raw = rng.chance(10.0);
    let id = format!("{}-{number:04}", kind.prefix());
    let gov_name = format!("{folder}/{id}-{}.md", slug(&title, raw));
    let first = if !legacy {
        gov_name.clone()
    } else if kind == Kind::Meeting {
        format!(
            "{folder}/{}_OS2BorgerPC{}.md",
            date.compact(),
            words::BODIES[body].2
        )
    } else if kind == Kind::Decision {
        format!("{folder}/{}-{}.md", date.iso(), slug(&title, raw))
    } else {
        format!("{folder}/{}.md", slug(&title, raw))
    };
    let mut spec = Spec {
        kind,
        number,
        seed: rng.next_u64(),
        danish,
        title,
        type_word,
        date,
        id_field: !legacy || rng.chance(50.0),
        jekyll: kind == Kind::Plan || rng.chance(15.0),
        body,
        paths: vec![unique(used, first)],
        events: Vec::new(),
        related: Vec::new(),
        supersedes: None,
        link: None,
        decisions: Vec::new(),
        duplicate: false,
    };
    let paths = kind.paths();
    let weights: Vec<u32> = paths.iter().map(|p| p.0).collect();
    let path = paths[rng.weighted(&weights)].1;
    let mut at = created;
    for (i, &status) in path.iter().enumerate() {
        if i > 0 {
            at += match kind {
                Kind::Meeting if i == 2 => (clock::at(date, 14, 30) - at).max(3600),
                Kind::Meeting => rng.range(1, 10) * DAY,
                _ => rng.range(2, 60) * DAY + rng.range(0, 8 * 3600),
            };
        }
        if at > end {
            break;
        }
        let word = written_status(rng, kind, status, danish, at);
        let what = if i == 0 {
            What::Create(status, word)
        } else {
            What::Status(status, word)
        };
        spec.events.push(Event { at, what });
    }
    // Backwards moves: accepted → proposed with nobody noticing.
    if kind == Kind::Decision && spec.final_status() == 2 && rng.chance(0.4) {
        let at = at + rng.range(10, 200) * DAY;
        if at < end {
            let word = written_status(rng, kind, 1, danish, at);
            spec.events.push(Event {
                at,
                what: What::Status(1, word),
            });
        }
    }
    for _ in 0..rng.weighted(&[40, 35, 15, 7, 3]) {
        let at = created + rng.range(1, 400) * DAY + rng.range(0, 8 * 3600);
        if at < end {
            spec.events.push(Event {
                at,
                what: What::Edit,
            });
        }
    }
    if rng.chance(if legacy { 35.0 } else { 6.0 }) {
        let at = created + rng.range(5, 900) * DAY;
        let short: String = spec.title.split(' ').take(3).collect::<Vec<_>>().join(" ");
        let to = if legacy {
            gov_name
        } else {
            format!("{folder}/{id}-{}.md", slug(&short, false))
        };
        if at < end && to != spec.paths[0] {
            spec.paths.push(unique(used, to));
            spec.events.push(Event {
                at,
                what: What::Rename(1),
            });
        }
    }
    sort_events(&mut spec);
    spec
}

/// Keeps the creation first and everything else in time order.
pub fn sort_events(spec: &mut Spec) {
    let created = spec.events[0].at;
    for e in spec.events.iter_mut().skip(1) {
        e.at = e.at.max(created + 60);
    }
    spec.events[1..].sort_by_key(|e| e.at);
}
