//! What gov keeps of one version of a record file: the fields that history
//! needs (ID, status, title, approvals, supersession), read once per blob
//! with the same parser and vocabulary as `gov list`, or with the line
//! scanner of [`super::front_scan`] where it is sure to agree.

use super::blob_facts::BlobFacts;
use super::front_scan::quick_facts;
use crate::config::Kind;
use crate::record::{Record, scalar_text, string_list};

impl BlobFacts {
    /// Reads the facts of a record file of `kind`. Never fails: a file
    /// whose front matter does not parse has no facts but its title, one
    /// that is not UTF-8 none but where it stops being UTF-8.
    ///
    /// Most versions have flat front matter, which [`quick_facts`] reads
    /// line by line; the full parser is paid only for the rest.
    pub fn read(bytes: Vec<u8>, kind: &Kind) -> BlobFacts {
        let text = match BlobFacts::text_of(bytes) {
            Ok(text) => text,
            Err(facts) => return *facts,
        };
        match quick_facts(&text, kind) {
            Some(facts) => facts,
            None => BlobFacts::read_full(text, kind),
        }
    }

    /// Reads the facts with the full positioned YAML parser, exactly as
    /// `gov list` reads the record. It is the reference [`quick_facts`]
    /// must agree with, public so that tests and the fuzz target can hold
    /// the two against each other.
    pub fn read_full(text: String, kind: &Kind) -> BlobFacts {
        let record = Record::parse(String::new(), kind.name.clone(), text);
        BlobFacts::assemble(
            kind,
            |key| record.field(key).and_then(scalar_text),
            |key| record.field(key).map(string_list).unwrap_or_default(),
            || record.heading(),
        )
    }
}

/// The record ID of a version: the front matter's `id`, else the ID in
/// the file name (`DEC-0007-x.md` → `DEC-0007`), else the file's stem,
/// as `gov list` gives it.
pub fn record_id(facts: &BlobFacts, path: &str, prefix: &str) -> String {
    if let Some(id) = &facts.front_id {
        return id.to_string();
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    match crate::record::id_in_file_name(name, prefix) {
        Some(n) => {
            let digits = name[prefix.len() + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            let width = digits.max(4);
            format!("{}-{n:0width$}", prefix.to_ascii_uppercase())
        }
        None => stem(name).to_string(),
    }
}

/// The file name without its extension.
pub fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn facts_and_ids_follow_gov_list() {
        let config = Config::defaults();
        let kind = config.kind("decision").unwrap();
        let f = BlobFacts::read(
            b"---\nstatus: Godkendt\napproved_by: [Agnete Moos, jens@aarhus.dk]\n---\n# Kiosk\n"
                .to_vec(),
            kind,
        );
        assert_eq!(f.status.as_deref(), Some("accepted"));
        assert_eq!(f.title.as_deref(), Some("Kiosk"));
        assert_eq!(f.approved_by, ["Agnete Moos", "jens@aarhus.dk"]);
        assert_eq!(record_id(&f, "decisions/DEC-7-kiosk.md", "DEC"), "DEC-0007");
        assert_eq!(record_id(&f, "decisions/kiosk.md", "DEC"), "kiosk");
        let g = BlobFacts::read(b"---\nid: DEC-0009\n---\n".to_vec(), kind);
        assert_eq!(record_id(&g, "decisions/DEC-7-kiosk.md", "DEC"), "DEC-0009");
    }
}
