//! What gov keeps of one version of a record file: the fields that history
//! needs (ID, status, title, approvals, supersession), read once per blob
//! with the same parser and vocabulary as `gov list`.

use crate::config::{Kind, StatusMatch};
use crate::record::{Record, scalar_text, string_list};

/// The facts of one version of a record, as read from its blob.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BlobFacts {
    /// The `id` of the front matter, when it has one.
    pub front_id: Option<String>,
    /// The canonical status, when the word is known.
    pub status: Option<String>,
    /// The status as written.
    pub status_label: Option<String>,
    /// The `title`, else the first `# ` heading.
    pub title: Option<String>,
    /// Who approved (`approved_by`: names or e-mail addresses).
    pub approved_by: Vec<String>,
    /// The bodies that decide (`deciders`).
    pub deciders: Vec<String>,
    /// The record that supersedes this one (`superseded_by`).
    pub superseded_by: Option<String>,
}

impl BlobFacts {
    /// Reads the facts of a record file of `kind`. Never fails: a file
    /// whose front matter does not parse has no facts but its title.
    pub fn read(bytes: Vec<u8>, kind: &Kind) -> BlobFacts {
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let record = Record::parse(String::new(), kind.name.clone(), text);
        let text_of = |key: &str| {
            record
                .field(key)
                .and_then(scalar_text)
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let list_of = |key: &str| record.field(key).map(string_list).unwrap_or_default();
        let status_label = text_of("status");
        let status = status_label
            .as_deref()
            .and_then(|s| match kind.match_status(s) {
                StatusMatch::Exact(d) | StatusMatch::WithNote(d, _) => Some(d.id.clone()),
                StatusMatch::Unknown => None,
            });
        BlobFacts {
            front_id: text_of("id"),
            status,
            status_label,
            title: text_of("title").or_else(|| record.heading().map(str::to_string)),
            approved_by: list_of("approved_by"),
            deciders: list_of("deciders"),
            superseded_by: text_of("superseded_by"),
        }
    }
}

/// The record ID of a version: the front matter's `id`, else the ID in
/// the file name (`DEC-0007-x.md` → `DEC-0007`), else the file's stem,
/// as `gov list` gives it.
pub fn record_id(facts: &BlobFacts, path: &str, prefix: &str) -> String {
    if let Some(id) = &facts.front_id {
        return id.clone();
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
