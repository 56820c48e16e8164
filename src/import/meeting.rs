//! Meeting files as the community keeps them: one file per meeting with a
//! `**Status**` checkbox list, `## Mødefakta` bold keys (Mødenavn, Tid,
//! Sted), checkbox lists under `#### Deltagere:`, `#### Afbud:`,
//! `#### Faciliteret af:` and `#### Gæster/Observers:`, `## Dagsorden`
//! and `## Mødereferat`; possibly "MØDET BLEV AFLYST".

use super::sections::{Sections, fold};
use super::{Context, FieldValue, Format, Imported, KindGuess, NoteKind};
use super::{agenda, bold_keys, dates, links, meeting_status, vocab};
use crate::date;
use crate::markdown::Markdown;
use crate::record::split;

/// Which attendance list a heading opens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    Invited,
    Apologies,
    Facilitators,
    Guests,
}

/// The list a heading's text names, if any.
fn list_of(heading: &str) -> Option<List> {
    let t = fold(heading);
    let has = |words: &[&str]| {
        words
            .iter()
            .any(|w| t == *w || t.starts_with(&format!("{w} ")))
    };
    if has(&[
        "deltagere",
        "participants",
        "attendees",
        "inviterede",
        "invited",
    ]) {
        Some(List::Invited)
    } else if has(&["afbud", "apologies", "regrets", "fraværende"]) {
        Some(List::Apologies)
    } else if has(&["faciliteret af", "facilitated by", "facilitering"]) {
        Some(List::Facilitators)
    } else if has(&[
        "gæster",
        "gæster/observers",
        "guests",
        "observers",
        "observatører",
    ]) {
        Some(List::Guests)
    } else {
        None
    }
}

/// Who was on each list.
#[derive(Default)]
struct Attendance {
    invited: Vec<String>,
    present: Vec<String>,
    apologies: Vec<String>,
    guests: Vec<String>,
}

/// Reads a meeting file. Never fails: what is not understood is a note.
pub(crate) fn read(text: &str, ctx: &Context<'_>) -> Imported {
    let mut out = Imported::new(Format::Markdown, KindGuess::Meeting);
    let body = split(text).body;
    let md = Markdown::read(text, body.clone());
    let lines = Markdown::lines(text, body);
    let sections = Sections::new(&md.headings);
    let h1 = md
        .headings
        .iter()
        .find(|h| h.level == 1 && !h.text.is_empty());
    if let Some(h) = h1 {
        out.set(
            "title",
            FieldValue::Text(h.text.clone()),
            (h.at.line, h.at.column),
        );
    }
    let mut att = Attendance::default();
    let mut time_line = None;
    for l in &lines {
        let list = sections.of(l.at.offset).and_then(|h| list_of(&h.text));
        if let Some(done) = l.checkbox
            && meeting_status::status_box(&mut out, ctx, l, done)
        {
            continue;
        }
        if let Some(key) = bold_keys::key_line(l, l.item || list == Some(List::Facilitators))
            && facts(&mut out, &key, &mut time_line)
        {
            continue;
        }
        let name = l.text.trim_matches(['*', '_', ' ']).to_string();
        match list {
            _ if name.is_empty() || !l.item => {}
            Some(List::Invited) => {
                if l.checkbox == Some(true) {
                    att.present.push(name.clone());
                }
                att.invited.push(name);
            }
            Some(List::Apologies) => att.apologies.push(name),
            Some(List::Guests) => att.guests.push(name),
            _ => {}
        }
    }
    if let Some((value, at)) = time_line {
        time(&mut out, &value, at);
    }
    heading_dates(&mut out, h1, ctx.path);
    attendance(&mut out, att);
    meeting_status::cancelled(&mut out, &md, &lines);
    let items = agenda::read(&md, &lines, ctx.config);
    if !items.is_empty() {
        let line = items[0].line;
        out.set("agenda", FieldValue::Agenda(items), (line, 1));
    }
    let files = links::markdown_files(&md, &lines, ctx.path, ctx.forge_url);
    if let Some((_, at)) = files.first() {
        let at = *at;
        out.set(
            "decisions",
            FieldValue::List(files.into_iter().map(|(p, _)| p).collect()),
            at,
        );
    }
    body_name(&mut out, ctx);
    out
}

/// Mødefakta and Faciliteret af keys; true when the line was one.
fn facts(
    out: &mut Imported,
    key: &bold_keys::KeyLine,
    time_line: &mut Option<(String, (usize, usize))>,
) -> bool {
    let field = match key.field {
        Some(f @ ("title" | "place" | "chair" | "note_taker" | "time")) => f,
        _ => return false,
    };
    if key.value.is_empty() {
        return true;
    }
    out.metadata_lines.push(key.line.clone());
    match field {
        "time" => *time_line = Some((key.value.clone(), key.at)),
        "title" if out.get("title").is_some() => {}
        f => out.set(f, FieldValue::Text(key.value.clone()), key.at),
    }
    true
}

/// `06.08.2026 kl. 13 - 14:30`: the date, then the start and end times.
fn time(out: &mut Imported, value: &str, at: (usize, usize)) {
    let rest = match dates::find(value) {
        Some((p, range)) => {
            out.set("date", FieldValue::Text(date::iso(p.date)), at);
            value[range.end..].to_string()
        }
        None => value.to_string(),
    };
    let (start, end) = dates::times(&rest);
    if let Some(s) = start {
        out.set("start", FieldValue::Text(s), at);
    }
    if let Some(e) = end {
        out.set("end", FieldValue::Text(e), at);
    }
}

/// The dates of the heading and the file name: a date when the time line
/// gave none, a note when they disagree with the one kept.
fn heading_dates(out: &mut Imported, h1: Option<&crate::markdown::Heading>, path: &str) {
    let heading =
        h1.and_then(|h| dates::find(&h.text).map(|(p, _)| (p.date, (h.at.line, h.at.column))));
    let name = dates::from_file_name(path).map(|d| (d, (0, 0)));
    let kept_from = if out.get("date").is_some() {
        "time line"
    } else {
        ""
    };
    let mut kept = out.text("date").map(|d| (d.to_string(), kept_from));
    for (found, from) in [(heading, "heading"), (name, "file name")] {
        let Some((d, at)) = found else { continue };
        let iso = date::iso(d);
        match &kept {
            None => {
                out.set("date", FieldValue::Text(iso.clone()), at);
                kept = Some((iso, from));
            }
            Some((k, kf)) if *k != iso => out.note(
                at,
                NoteKind::DatesDisagree {
                    kept_from: (*kf).into(),
                    kept: k.clone(),
                    other_from: from.into(),
                    other: iso,
                },
            ),
            _ => {}
        }
    }
}

/// Sets the attendance lists; `absent` is the invited who are neither
/// present nor excused (names compared up to a comma, any case).
fn attendance(out: &mut Imported, att: Attendance) {
    let person = |s: &str| s.split(',').next().unwrap_or(s).trim().to_lowercase();
    let absent: Vec<String> = att
        .invited
        .iter()
        .filter(|i| {
            let p = person(i);
            !att.present
                .iter()
                .chain(&att.apologies)
                .any(|o| person(o) == p)
        })
        .cloned()
        .collect();
    for (key, list) in [
        ("invited", att.invited),
        ("present", att.present),
        ("apologies", att.apologies),
        ("absent", absent),
        ("guests", att.guests),
    ] {
        if !list.is_empty() {
            out.set(key, FieldValue::List(list), (0, 0));
        }
    }
}

/// The deciding body: the sub-folder under the kind's folder
/// (`moeder/styregruppe/…`), else a configured body named in the title.
fn body_name(out: &mut Imported, ctx: &Context<'_>) {
    let parts: Vec<&str> = ctx.path.split('/').collect();
    if parts.len() >= 3 {
        let folder = parts[parts.len() - 2];
        let names = vocab::deciders(&ctx.config.bodies, folder);
        if let Some(n) = names.into_iter().next() {
            out.set("body", FieldValue::Text(n), (0, 0));
            return;
        }
    }
    let title = out.text("title").unwrap_or("").to_lowercase();
    let hit = ctx.config.bodies.iter().find(|(id, b)| {
        [id.as_str(), &b.label.da, &b.label.en]
            .into_iter()
            .chain(b.aliases.iter().map(String::as_str))
            .any(|w| !w.is_empty() && title.contains(&w.to_lowercase()))
    });
    if let Some((id, _)) = hit {
        out.set("body", FieldValue::Text(id.clone()), (0, 0));
    }
}
