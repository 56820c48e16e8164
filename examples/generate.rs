//! Generates a realistic governance repository with code repositories, for
//! benchmarks and scale tests of `gov`. Not part of `gov` itself.
//!
//! ```text
//! cargo run --release --example generate -- --records 10000 --commits 100000 --seed 1 --out DIR
//! ```
//!
//! DIR becomes a git repository of records of every kind (decisions/,
//! backlog/, meetings/, tasks/, plans/) in Danish and English, with a
//! history in which records are created, edited, approved and renamed, and
//! DIR/code/os2borgerpc-{client,admin,image} become code repositories whose
//! commits reference records (`Refs: CR-0012`, `Implements: DEC-0003`,
//! `Closes: CR-0012`, plain mentions) and carry release tags. The same seed
//! gives the same repositories, commit hashes included. Histories are written
//! with `git fast-import`.
//!
//! Options: `--records N` (default 1000), `--commits N` (code commits in all,
//! default 10000), `--seed N` (default 1), `--out DIR` (required, new or
//! empty), `--repositories-key` (write gov.yaml's `repositories` key live
//! instead of commented out), `--adrs DIR` (also write the decisions as
//! ADRs for the `adrs` tool), `--layout flat|yearly` (a subfolder per year
//! in each kind's folder; the default is flat up to 20,000 records, yearly
//! above, because a flat folder of tens of thousands of files makes every
//! commit rewrite a huge tree and no real repository of that size is flat).

mod generate {
    pub mod adrs;
    pub mod body;
    pub mod clock;
    pub mod code;
    pub mod fastimport;
    pub mod governance;
    pub mod links;
    pub mod model;
    pub mod plan;
    pub mod render;
    pub mod repo;
    pub mod rng;
    pub mod words;
}

use std::path::PathBuf;
use std::process::ExitCode;

use generate::repo::{Options, generate};

const USAGE: &str = "usage: generate --out DIR [--records N] [--commits N] [--seed N] [--layout flat|yearly] [--repositories-key] [--adrs DIR]";

/// A size such as `10000`, `10k` or `1M`.
fn size(text: &str) -> Result<u64, String> {
    let t = text.trim().replace('_', "");
    let (digits, factor) = match t.chars().last() {
        Some('k' | 'K') => (&t[..t.len() - 1], 1_000),
        Some('m' | 'M') => (&t[..t.len() - 1], 1_000_000),
        _ => (&t[..], 1),
    };
    digits
        .parse::<u64>()
        .map(|n| n * factor)
        .map_err(|_| format!("not a number: {text}"))
}

fn parse(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut opts = Options {
        records: 1000,
        commits: 10_000,
        seed: 1,
        out: PathBuf::new(),
        repositories_key: false,
        adrs: None,
        yearly: None,
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--records" => opts.records = size(&value()?)? as usize,
            "--commits" => opts.commits = size(&value()?)?,
            "--seed" => opts.seed = size(&value()?)?,
            "--out" => opts.out = PathBuf::from(value()?),
            "--adrs" => opts.adrs = Some(PathBuf::from(value()?)),
            "--repositories-key" => opts.repositories_key = true,
            "--layout" => {
                opts.yearly = match value()?.as_str() {
                    "flat" => Some(false),
                    "yearly" => Some(true),
                    other => return Err(format!("--layout is flat or yearly, not {other}")),
                }
            }
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    if opts.out.as_os_str().is_empty() {
        return Err(format!("--out is required\n{USAGE}"));
    }
    Ok(opts)
}

fn main() -> ExitCode {
    let opts = match parse(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let started = std::time::Instant::now();
    match generate(&opts) {
        Ok(r) => {
            let records: Vec<String> = r
                .records
                .iter()
                .map(|(k, n)| format!("\"{k}\": {n}"))
                .collect();
            let code: Vec<String> = r
                .code
                .iter()
                .map(|(n, c, t, refs)| format!("{{\"name\": \"{n}\", \"commits\": {c}, \"tags\": {t}, \"referencing\": {refs}}}"))
                .collect();
            println!(
                "{{\"records\": {{{}}}, \"governance_commits\": {}, \"code\": [{}], \"duplicates\": {}, \"renames\": {}, \"adrs\": {}, \"seconds\": {:.1}}}",
                records.join(", "),
                r.governance_commits,
                code.join(", "),
                r.duplicates,
                r.renames,
                r.adrs,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("generate: {e}");
            ExitCode::FAILURE
        }
    }
}
