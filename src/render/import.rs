//! `gov import`'s report for people: a table of the files imported (ID,
//! kind, fields written, what stays in the body), the files skipped with
//! the reason, and the notes for a human at `file:line:col`, in the
//! user's language. `--format json` prints the same plan as JSON.

use super::table::Table;
use crate::adopt::{Action, FileNote, ImportNote, NoteWhat, Plan, Skip};
use crate::i18n::{CliMsg as C, Lang, t};
use crate::import::NoteKind;
use crate::tr;

/// The detector's reasons (English, from `import::detect`) and their key.
const REASONS: &[(&str, C)] = &[
    ("not a Markdown file", C::ImportReasonNotMarkdown),
    (
        "a README or index describes the folder; it is no record",
        C::ImportReasonReadme,
    ),
    ("a template (by its name)", C::ImportReasonTemplateName),
    (
        "a template: its title or metadata values are placeholders",
        C::ImportReasonTemplatePlaceholders,
    ),
    (
        "no decision metadata, title prefix, or meeting sections",
        C::ImportReasonNoSigns,
    ),
];

/// Why a file was skipped, in `lang`.
fn skip(lang: Lang, skip: &Skip) -> String {
    match skip {
        Skip::AlreadyImported { id } => tr!(lang, C::ImportSkipImported, id),
        Skip::NotARecord { reason } => REASONS
            .iter()
            .find(|(en, _)| en == reason)
            .map_or_else(|| reason.clone(), |(_, k)| t(lang, *k).to_string()),
        Skip::OutsideKinds => t(lang, C::ImportSkipOutside).to_string(),
        Skip::KindMismatch {
            looks_like,
            folder_kind,
        } => tr!(lang, C::ImportSkipMismatch, looks_like, folder_kind),
    }
}

/// A note, in `lang`.
fn note(lang: Lang, note: &FileNote) -> String {
    match &note.what {
        NoteWhat::Reader(k) => match k {
            NoteKind::UnreadableDate { text } => tr!(lang, C::ImportNoteDate, text),
            NoteKind::AmbiguousDate { text, read_as } => {
                tr!(lang, C::ImportNoteAmbiguous, text, read_as)
            }
            NoteKind::UnknownStatus { text } => tr!(lang, C::ImportNoteStatus, text),
            NoteKind::UnknownType { text } => tr!(lang, C::ImportNoteType, text),
            NoteKind::DatesDisagree { kept, other, .. } => {
                tr!(lang, C::ImportNoteDates, kept, other)
            }
            NoteKind::UnknownKey { key } => tr!(lang, C::ImportNoteKey, key),
            NoteKind::Repeated { key } => tr!(lang, C::ImportNoteRepeated, key),
            NoteKind::BadFrontMatter { message } => tr!(lang, C::ImportNoteFront, message),
        },
        NoteWhat::Import(ImportNote::UnresolvedLink { key, path }) => {
            tr!(lang, C::ImportNoteLink, key, path)
        }
        NoteWhat::Import(ImportNote::NumberTaken { number, id }) => {
            tr!(lang, C::ImportNoteNumber, number, id)
        }
    }
}

/// What stays in the body, in a few words.
fn body(lang: Lang, b: &crate::adopt::BodyKept) -> String {
    let mut parts = Vec::new();
    let counted = |n: usize, one: C, many: C| match n {
        1 => t(lang, one).to_string(),
        n => tr!(lang, many, n),
    };
    if b.metadata_lines > 0 {
        parts.push(counted(
            b.metadata_lines,
            C::ImportBodyKeptOne,
            C::ImportBodyKept,
        ));
    }
    if b.removed_lines > 0 {
        let (one, many) = (C::ImportBodyRemovedOne, C::ImportBodyRemoved);
        parts.push(counted(b.removed_lines, one, many));
    }
    if b.agenda_items > 0 {
        let (one, many) = (C::ImportBodyAgendaOne, C::ImportBodyAgenda);
        parts.push(counted(b.agenda_items, one, many));
    }
    parts.join(", ")
}

/// The whole report.
pub fn report(plan: &Plan, lang: Lang, width: Option<usize>, dry_run: bool) -> String {
    let rows: Vec<[String; 5]> = plan
        .files
        .iter()
        .filter(|f| f.action != Action::Skip)
        .map(|f| {
            [
                f.path.clone(),
                f.id.clone().unwrap_or_default(),
                f.kind.clone().unwrap_or_default(),
                f.fields.join(", "),
                body(lang, &f.body),
            ]
        })
        .collect();
    let mut out = String::new();
    if !rows.is_empty() {
        let header = [
            t(lang, C::ImportColFile),
            t(lang, C::ImportColId),
            t(lang, C::ImportColKind),
            t(lang, C::ImportColFields),
            t(lang, C::ImportColBody),
        ];
        out.push_str(&Table::new(&header).width(width).render(&rows));
    }
    let skipped: Vec<_> = plan
        .files
        .iter()
        .filter(|f| f.action == Action::Skip)
        .collect();
    if !skipped.is_empty() {
        out.push_str(&format!("\n{}\n", t(lang, C::ImportSkippedHeading)));
        for f in &skipped {
            let why = f
                .skipped
                .as_ref()
                .map(|s| skip(lang, s))
                .unwrap_or_default();
            out.push_str(&format!("  {}: {why}\n", f.path));
        }
    }
    let noted: Vec<_> = plan.files.iter().filter(|f| !f.notes.is_empty()).collect();
    if !noted.is_empty() {
        out.push_str(&format!("\n{}\n", t(lang, C::ImportNotesHeading)));
        for f in noted {
            for n in &f.notes {
                let place = match (n.line, n.column) {
                    (0, _) => f.path.clone(),
                    (l, c) => format!("{}:{l}:{c}", f.path),
                };
                out.push_str(&format!("  {place}: {}\n", note(lang, n)));
            }
        }
    }
    let count = |a: Action| plan.files.iter().filter(|f| f.action == a).count();
    let (imported, created, skipped) =
        (count(Action::Import), count(Action::Create), skipped.len());
    out.push_str(&format!(
        "\n{}{}\n",
        tr!(lang, C::ImportSummary, imported, created, skipped),
        if dry_run { t(lang, C::DryRun) } else { "" }
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adopt::BodyKept;

    fn kept(metadata_lines: usize, removed_lines: usize, agenda_items: usize) -> BodyKept {
        BodyKept {
            metadata_lines,
            removed_lines,
            agenda_items,
        }
    }

    #[test]
    fn one_is_said_in_the_singular_and_more_in_the_plural() {
        assert_eq!(
            body(Lang::Da, &kept(1, 0, 1)),
            "1 metadatalinje, dagsorden (1 punkt)"
        );
        assert_eq!(
            body(Lang::Da, &kept(2, 0, 3)),
            "2 metadatalinjer, dagsorden (3 punkter)"
        );
        assert_eq!(body(Lang::En, &kept(0, 1, 0)), "1 metadata line moved");
        assert_eq!(
            body(Lang::En, &kept(0, 4, 2)),
            "4 metadata lines moved, agenda (2 items)"
        );
        assert_eq!(body(Lang::En, &kept(0, 0, 0)), "");
    }
}
