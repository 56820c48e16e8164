//! The decisions of a generated repository written a second time as ADRs
//! for the Rust tool `adrs` (its "NextGen" mode: YAML front matter with
//! number, title, date, status and links), so `adrs doctor` can be timed on
//! the same decisions as `gov`.

use std::fmt::Write;
use std::io;
use std::path::Path;

use super::plan::{Kind, Spec, slug};
use super::render::{State, paragraph};
use super::rng::Rng;

/// Writes `adrs.toml` and `doc/adr/NNNN-slug.md` under `dir`; returns the count.
pub fn export(dir: &Path, specs: &[Spec], states: &[State]) -> io::Result<usize> {
    let adr = dir.join("doc/adr");
    std::fs::create_dir_all(&adr)?;
    std::fs::write(
        dir.join("adrs.toml"),
        "adr_dir = \"doc/adr\"\nmode = \"ng\"\n",
    )?;
    let mut count = 0;
    for (spec, state) in specs.iter().zip(states) {
        if spec.kind != Kind::Decision || spec.duplicate {
            continue;
        }
        let status = [
            "proposed",
            "proposed",
            "accepted",
            "rejected",
            "superseded",
            "deprecated",
        ][state.status as usize];
        let date = spec.date.iso();
        let mut t = String::with_capacity(2000);
        let title = spec.title.replace('"', "'");
        let _ = writeln!(
            t,
            "---\nnumber: {}\ntitle: \"{title}\"\ndate: {date}\nstatus: {status}",
            spec.number
        );
        let mut links = Vec::new();
        if let Some(s) = spec.supersedes {
            links.push((specs[s].number, "supersedes"));
        }
        if let Some(by) = state.superseded_by {
            links.push((specs[by].number, "supersededby"));
        }
        if !links.is_empty() {
            t.push_str("links:\n");
            for (n, kind) in links {
                let _ = writeln!(t, "  - target: {n}\n    kind: {kind}");
            }
        }
        let _ = writeln!(
            t,
            "---\n\n# {}. {}\n\nDate: {date}\n\n## Status\n",
            spec.number, spec.title
        );
        let mut cap = status.to_string();
        cap[..1].make_ascii_uppercase();
        let _ = writeln!(t, "{cap}\n");
        let mut rng = Rng::derive(spec.seed, 1, 0);
        for h in ["Context", "Decision", "Consequences"] {
            let _ = writeln!(
                t,
                "## {h}\n\n{}\n\n{}\n",
                paragraph(&mut rng, spec.danish),
                paragraph(&mut rng, spec.danish)
            );
        }
        let name = format!("{:04}-{}.md", spec.number, slug(&spec.title, false));
        std::fs::write(adr.join(name), t)?;
        count += 1;
    }
    Ok(count)
}
