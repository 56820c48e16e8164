//! What `gov init` finds in a repository before it writes: each Markdown
//! file classified (decision, meeting, or not a record, with the reason,
//! by [`import::detect`]), and the folder each kind maps to in the new
//! gov.yaml (DEC-0041). A survey reads and never writes; `gov init`
//! renders it file by file and writes the gov.yaml it implies.

mod map;
mod signs;
mod walk;

pub use signs::log4brains_packages;

use std::path::Path;

use crate::config::Config;
use crate::import::{self, Format, KindGuess};
use crate::record::split;

/// Why a file was taken for what it is: what [`import::detect`] saw, or
/// what the survey itself knows (a record in gov's own format, a folder of
/// templates, a file it cannot read as text).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "why")]
pub enum Why {
    /// Front matter with an ID of a kind (`id: DEC-0003`): already a gov record.
    GovRecord {
        /// The ID.
        id: String,
    },
    /// What [`import::detect`] said, in its words (English; rendered
    /// through the catalogue by the command).
    Detected {
        /// The detector's reason.
        reason: String,
    },
    /// Inside a folder the configuration ignores (`templates`, `skabeloner`).
    IgnoredFolder {
        /// The folder.
        folder: String,
    },
    /// A file name the configuration ignores.
    IgnoredName,
    /// Not UTF-8: no text gov could read.
    NotText,
    /// A symbolic link: gov reads records where they are.
    Link,
    /// In a folder another tool names as its decision log.
    NamedFolder {
        /// The tool's file (`.adr-dir`, `.log4brains.yml`).
        by: String,
    },
}

/// Where a record file ends up in the new gov.yaml.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "placement")]
pub enum Placement {
    /// Not a record: nothing to place.
    NotARecord,
    /// In its kind's folder (or a sub-folder of it).
    Mapped {
        /// The kind's folder.
        folder: String,
    },
    /// At the root of the repository: a kind's folder cannot be the root
    /// (gov would read every file as that kind).
    AtRoot,
    /// Its kind maps to another folder: a kind has one folder (DEC-0041).
    KindElsewhere {
        /// The kind's folder.
        folder: String,
    },
    /// Its folder holds more records of another kind.
    FolderOfOtherKind {
        /// That kind.
        kind: String,
    },
    /// Its folder holds another kind's folder, so it cannot be mapped.
    Overlaps,
}

/// One Markdown file and what the survey made of it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SurveyedFile {
    /// Path relative to the root, `/`-separated.
    pub path: String,
    /// The kind of record it is (`decision`, `meeting`), if it is one.
    pub kind: Option<String>,
    /// The format it is written in, for a record.
    pub format: Option<Format>,
    /// Why.
    #[serde(flatten)]
    pub why: Why,
    /// Where it ends up.
    #[serde(flatten)]
    pub placement: Placement,
    /// True when gov never reads it as a record wherever it lies (a
    /// README, an index, a template, an ignored name).
    #[serde(skip)]
    pub skipped: bool,
}

/// A kind mapped to a folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mapping {
    /// The kind (`meeting`).
    pub kind: String,
    /// Its folder (`moeder`), the first when it has several.
    pub folder: String,
    /// Its other folders: those of one log a tool's file names in several
    /// places (log4brains' packages, DEC-0058).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub more: Vec<String>,
    /// How many of its records the folder holds.
    pub records: usize,
    /// The folders holding them (`moeder/styregruppe`, …).
    pub from: Vec<String>,
}

/// What `gov init` found.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Survey {
    /// Every Markdown file, by path.
    pub files: Vec<SurveyedFile>,
    /// The kinds mapped, in the configuration's order.
    pub kinds: Vec<Mapping>,
}

impl Mapping {
    /// Every folder of the kind, the first first.
    pub fn folders(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.folder.as_str()).chain(self.more.iter().map(String::as_str))
    }
}

impl Survey {
    /// True when any file is a record: the repository is taken as it is.
    pub fn has_records(&self) -> bool {
        self.files.iter().any(|f| f.kind.is_some())
    }
}

/// Surveys the repository at `root` with the kinds and ignore rules of
/// `config` (the configuration init is about to write).
pub fn survey(root: &Path, config: &Config) -> crate::Result<Survey> {
    let named = signs::named_folders(root)?;
    let mut files: Vec<SurveyedFile> = walk::markdown_files(root)?
        .into_iter()
        .map(|found| classify(found, config))
        .collect();
    for f in &mut files {
        let dir = f.path.rsplit_once('/').map_or("", |(d, _)| d);
        let by = named.iter().find(|n| n.folder == dir).map(|n| n.by);
        if let (Some(by), None, false) = (by, &f.kind, f.skipped) {
            f.kind = Some("decision".into());
            f.format = Some(match by {
                ".adr-dir" => Format::AdrTools,
                _ => Format::Log4brains,
            });
            f.why = Why::NamedFolder { by: by.into() };
        }
    }
    let order: Vec<String> = config.kinds.iter().map(|k| k.name.clone()).collect();
    let mut kinds = map::map(&files, &order);
    // A log a tool's file names in several folders is one kind's.
    let log: Vec<String> = named
        .iter()
        .filter(|n| n.by == ".log4brains.yml" && root.join(&n.folder).is_dir())
        .map(|n| n.folder.clone())
        .collect();
    if log.len() > 1 {
        map::join_log(&files, &mut kinds, &log);
    }
    map::place(&mut files, &kinds);
    kinds.sort_by_key(|m| order.iter().position(|o| *o == m.kind));
    Ok(Survey { files, kinds })
}

/// What one file is.
fn classify(found: walk::Found, config: &Config) -> SurveyedFile {
    let not = |why, skipped| SurveyedFile {
        path: found.rel.clone(),
        kind: None,
        format: None,
        why,
        placement: Placement::NotARecord,
        skipped,
    };
    let mut parts = found.rel.split('/').collect::<Vec<_>>();
    let name = parts.pop().unwrap_or_default();
    if let Some(folder) = parts.iter().find(|p| config.is_ignored_name(p)) {
        let folder = (*folder).to_string();
        return not(Why::IgnoredFolder { folder }, true);
    }
    let ignored = config.is_ignored_name(name);
    if found.link {
        return not(Why::Link, ignored);
    }
    let Some(text) = &found.text else {
        return not(Why::NotText, ignored);
    };
    if let Some((id, kind)) = gov_id(text, config) {
        return SurveyedFile {
            path: found.rel.clone(),
            kind: Some(kind),
            format: None,
            why: Why::GovRecord { id },
            placement: Placement::NotARecord,
            skipped: false,
        };
    }
    let detected = import::detect(&found.rel, text);
    let why = Why::Detected {
        reason: detected.reason.clone(),
    };
    let kind = match detected.kind {
        KindGuess::Decision => "decision",
        KindGuess::Meeting => "meeting",
        KindGuess::Change => "change",
        KindGuess::NotARecord { .. } => {
            let skipped = detected.excluded || ignored;
            return not(
                if detected.excluded || !ignored {
                    why
                } else {
                    Why::IgnoredName
                },
                skipped,
            );
        }
    };
    if ignored {
        return not(Why::IgnoredName, true);
    }
    SurveyedFile {
        path: found.rel.clone(),
        kind: Some(kind.into()),
        format: Some(detected.format),
        why,
        placement: Placement::NotARecord,
        skipped: false,
    }
}

/// The `id` of gov front matter and its kind, when the ID's prefix is a
/// kind's.
fn gov_id(text: &str, config: &Config) -> Option<(String, String)> {
    let front = split(text).front?;
    let yaml = &text[front.yaml];
    let id = yaml.lines().find_map(|l| l.strip_prefix("id:"))?;
    let id = id.trim().trim_matches(['"', '\'']).to_string();
    let kind = config.kind_of_id(&id)?;
    Some((id, kind.name.clone()))
}
