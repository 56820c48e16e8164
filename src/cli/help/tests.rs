use super::*;

/// Prints the English help texts of the derive in the catalogue's form
/// (`cargo test --lib dump_help -- --ignored --nocapture`).
#[test]
#[ignore]
fn dump_help() {
    let mut out = String::new();
    dump(&Cli::command(), "gov", &mut out);
    std::fs::write("/tmp/words-help-dump.txt", out).unwrap();
}

fn dump(cmd: &Command, path: &str, out: &mut String) {
    let mut entry = |key: String, en: String| {
        out.push_str(&format!("{key}\t{en:?}\n"));
    };
    if let Some(s) = cmd.get_about() {
        entry(path.to_string(), s.to_string());
    }
    if let Some(s) = cmd.get_long_about() {
        entry(format!("{path} #long"), s.to_string());
    }
    if let Some(s) = cmd.get_after_help() {
        entry(format!("{path} #after"), s.to_string());
    }
    for a in cmd.get_arguments() {
        let key = format!("{path} --{}", a.get_id());
        if let Some(s) = a.get_help() {
            entry(key.clone(), s.to_string());
        }
        if let Some(s) = a.get_long_help() {
            entry(format!("{key} #long"), s.to_string());
        }
        if let Some(names) = a
            .get_value_names()
            .filter(|_| a.get_action().takes_values())
        {
            entry(
                format!("{key} #value"),
                names
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        for v in a.get_possible_values() {
            if let Some(h) = v.get_help() {
                entry(format!("{key} ={}", v.get_name()), h.to_string());
            }
        }
    }
    for sub in cmd.get_subcommands() {
        dump(sub, &format!("{path} {}", sub.get_name()), out);
    }
}
