//! The words of each finding in Danish and English: a plain message that a
//! web-editor user can act on, and a hint saying what to do.

use super::finding::Finding;
use crate::i18n::Lang;
use crate::record::LinkTrouble;

/// Message and hint of a finding in a language.
pub fn text(lang: Lang, f: &Finding) -> (String, Option<String>) {
    match lang {
        Lang::Da => danish(f),
        Lang::En => english(f),
    }
}

fn english(f: &Finding) -> (String, Option<String>) {
    use Finding::*;
    let none = None;
    match f {
        YamlSyntax { message } => (format!("the front matter is not valid YAML: {message}"), Some("check quotes, colons and indentation; values with `: ` or `#` need quotes".into())),
        Unterminated => ("the front matter starts with `---` but has no closing `---` line".into(), Some("add a line with `---` after the last key".into())),
        NotAMap => ("the front matter must be keys with values (`title: …`), not a list or a single value".into(), none),
        DuplicateKey { key, first_line } => (format!("the key `{key}` is written twice (first on line {first_line})"), Some("keep one; gov reads the first".into())),
        NoFrontMatter => ("this Markdown file in a record folder has no front matter".into(), Some("add `---`, `id`, `title`, `status`, `date`, `---` at the top, or move the file out of the record folder".into())),
        EmptyFile => ("the file is empty".into(), Some("delete it, or create records with `gov new`".into())),
        Schema { pointer, message } => (format!("{}: {message}", if pointer.is_empty() { "front matter" } else { pointer }), none),
        MissingId { derived } => (format!("the record has no `id`; gov uses `{derived}` from the file name"), Some("run `gov renumber` or `gov set <path> id=<ID>` to give it a stable ID".into())),
        UnknownStatus { word, nearest } => (format!("`{word}` is not a known status"), nearest.as_ref().map(|n| format!("did you mean `{n}`? `gov config` lists the status words"))),
        StatusWithNote { word, note } => (format!("the status has free text after the status word: `{note}`"), Some(format!("write `status: {word}` and put the text in `status_note:`"))),
        MissingStatus => ("the record has no `status`".into(), none),
        BadDate { key, text, reason } => (format!("`{key}: {text}` is not a date: {reason}"), Some("write dates as yyyy-mm-dd, e.g. 2026-06-04".into())),
        NonIsoDate { key, text, iso, ambiguous } => (
            format!("`{key}: {text}` is read day-first as {iso}{}", if *ambiguous { " (it could be misread month-first)" } else { "" }),
            Some(format!("write `{key}: {iso}`")),
        ),
        FileNameDate { file_date, record_date } => (format!("the file name says {file_date} but `date` says {record_date}"), none),
        DuplicateId { id, other } => (format!("the ID `{id}` is also used by {other}"), Some("give one of them a new ID with `gov renumber`".into())),
        FileNameId { file_id, id } => (format!("the file name says `{file_id}` but `id` says `{id}`"), Some("rename the file or fix `id`; `gov renumber` does both".into())),
        WrongPrefix { id, prefix } => (format!("`{id}` is in this kind's folder but its prefix is not `{prefix}`"), none),
        UnknownReference { key, id, nearest } => (format!("`{key}` refers to `{id}`, which no record has"), nearest.as_ref().map(|n| format!("did you mean `{n}`?"))),
        OneSidedSupersession { other, missing } => (format!("the supersession with {other} is recorded here only: {other} has no `{missing}` naming this record"), Some(format!("add `{missing}` to {other}"))),
        BrokenLink { target, renamed_to } => (format!("the link `{target}` points to a file that is not in the repository"), renamed_to.as_ref().map(|p| format!("git shows the file was renamed to `{p}`"))),
        NotUtf8 { offset } => (format!("the file is not UTF-8 (first invalid byte at offset {offset})"), Some("save the file as UTF-8".into())),
        Bom => ("the file starts with a byte order mark (BOM)".into(), Some("save the file as UTF-8 without BOM".into())),
        Mojibake { found, meant } => (
            format!("`{found}` looks like UTF-8 text read in another encoding"),
            Some(match meant { Some(m) => format!("`{m}` was probably meant; re-save the file as UTF-8"), None => "re-save the file as UTF-8".into() }),
        ),
        Symlink { trouble } => (match trouble {
            LinkTrouble::Outside => "a symbolic link that leads outside the repository; gov does not read it".into(),
            LinkTrouble::To { what } => format!("a symbolic link to {}; gov reads only links to regular files inside the repository", what.en()),
            LinkTrouble::Broken { message } => format!("a symbolic link that leads nowhere: {message}"),
        }, Some("replace the link with the file itself".into())),
        Binary => ("the file contains NUL bytes: it is binary, not Markdown".into(), Some("rename it or move it out of the record folder".into())),
        Unreadable { message } => (format!("the file cannot be read: {message}"), none),
        Special { what } => (format!("this is {}, not a file: gov does not open it", what.en()), Some("remove it or give it a name that does not end in .md".into())),
        BadTransition { from, to, commit } => (format!("status moved from `{from}` to `{to}` in {} by {} on {}, which the workflow does not allow", commit.commit, commit.author, commit.date), Some("make a new record that supersedes this one instead".into())),
        ChangedAfterAcceptance { status, commit } => (format!("the text changed after the record was {status}, in {} by {} on {}", commit.commit, commit.author, commit.date), Some("restore the decided text and make a new record with `gov new … --supersedes`".into())),
        MinutesEdited { commit } => (format!("the minutes were edited after approval, in {} by {} on {}", commit.commit, commit.author, commit.date), none),
        IdCollision { id, base, base_path } => (format!("this branch adds `{id}`, which {base} already uses for {base_path}"), Some(format!("run `gov renumber {id}` before merging"))),
        Approval { message, commit } => (format!("{message} (in {} by {} on {})", commit.commit, commit.author, commit.date), none),
        SkippedSteps { from, to, path, commit } => (format!("status moved from `{from}` to `{to}` in one commit ({} by {} on {}), skipping steps: the workflow allows it as {}", commit.commit, commit.author, commit.date, path.join(" → ")), Some("change the status one step at a time, so history shows who took each step".into())),
    }
}

fn danish(f: &Finding) -> (String, Option<String>) {
    use Finding::*;
    let none = None;
    match f {
        YamlSyntax { message } => (format!("front matter er ikke gyldig YAML: {message}"), Some("tjek anførselstegn, koloner og indrykning; værdier med `: ` eller `#` skal i anførselstegn".into())),
        Unterminated => ("front matter starter med `---`, men mangler den afsluttende `---`-linje".into(), Some("tilføj en linje med `---` efter den sidste nøgle".into())),
        NotAMap => ("front matter skal være nøgler med værdier (`title: …`), ikke en liste eller en enkelt værdi".into(), none),
        DuplicateKey { key, first_line } => (format!("nøglen `{key}` står der to gange (første gang i linje {first_line})"), Some("behold én; gov læser den første".into())),
        NoFrontMatter => ("denne Markdown-fil i en sagsmappe har ingen front matter".into(), Some("tilføj `---`, `id`, `title`, `status`, `date`, `---` øverst, eller flyt filen ud af sagsmappen".into())),
        EmptyFile => ("filen er tom".into(), Some("slet den, eller opret sager med `gov new`".into())),
        Schema { pointer, message } => (format!("{}: {message}", if pointer.is_empty() { "front matter" } else { pointer }), none),
        MissingId { derived } => (format!("sagen har intet `id`; gov bruger `{derived}` fra filnavnet"), Some("kør `gov renumber` eller `gov set <sti> id=<ID>` for at give den et fast id".into())),
        UnknownStatus { word, nearest } => (format!("`{word}` er ikke en kendt status"), nearest.as_ref().map(|n| format!("mente du `{n}`? `gov config` viser statusordene"))),
        StatusWithNote { word, note } => (format!("status har fri tekst efter statusordet: `{note}`"), Some(format!("skriv `status: {word}` og læg teksten i `status_note:`"))),
        MissingStatus => ("sagen har ingen `status`".into(), none),
        BadDate { key, text, reason } => (format!("`{key}: {text}` er ikke en dato: {reason}"), Some("skriv datoer som åååå-mm-dd, fx 2026-06-04".into())),
        NonIsoDate { key, text, iso, ambiguous } => (
            format!("`{key}: {text}` læses med dagen først som {iso}{}", if *ambiguous { " (den kan misforstås med måneden først)" } else { "" }),
            Some(format!("skriv `{key}: {iso}`")),
        ),
        FileNameDate { file_date, record_date } => (format!("filnavnet siger {file_date}, men `date` siger {record_date}"), none),
        DuplicateId { id, other } => (format!("id'et `{id}` bruges også af {other}"), Some("giv den ene et nyt id med `gov renumber`".into())),
        FileNameId { file_id, id } => (format!("filnavnet siger `{file_id}`, men `id` siger `{id}`"), Some("omdøb filen eller ret `id`; `gov renumber` gør begge dele".into())),
        WrongPrefix { id, prefix } => (format!("`{id}` ligger i denne types mappe, men præfikset er ikke `{prefix}`"), none),
        UnknownReference { key, id, nearest } => (format!("`{key}` henviser til `{id}`, som ingen sag har"), nearest.as_ref().map(|n| format!("mente du `{n}`?"))),
        OneSidedSupersession { other, missing } => (format!("erstatningen med {other} er kun noteret her: {other} har ingen `{missing}`, der nævner denne sag"), Some(format!("tilføj `{missing}` i {other}"))),
        BrokenLink { target, renamed_to } => (format!("linket `{target}` peger på en fil, som ikke findes i repositoriet"), renamed_to.as_ref().map(|p| format!("git viser, at filen er omdøbt til `{p}`"))),
        NotUtf8 { offset } => (format!("filen er ikke UTF-8 (første ugyldige byte ved position {offset})"), Some("gem filen som UTF-8".into())),
        Bom => ("filen starter med et byte order mark (BOM)".into(), Some("gem filen som UTF-8 uden BOM".into())),
        Mojibake { found, meant } => (
            format!("`{found}` ligner UTF-8-tekst læst med en anden tegnkodning"),
            Some(match meant { Some(m) => format!("der menes nok `{m}`; gem filen igen som UTF-8"), None => "gem filen igen som UTF-8".into() }),
        ),
        Symlink { trouble } => (match trouble {
            LinkTrouble::Outside => "et symbolsk link, der fører ud af repositoriet; gov læser det ikke".into(),
            LinkTrouble::To { what } => format!("et symbolsk link til {}; gov læser kun links til almindelige filer i repositoriet", what.da()),
            LinkTrouble::Broken { message } => format!("et symbolsk link, der ikke fører nogen steder hen: {message}"),
        }, Some("erstat linket med selve filen".into())),
        Binary => ("filen indeholder NUL-bytes: den er binær, ikke Markdown".into(), Some("omdøb den eller flyt den ud af sagsmappen".into())),
        Unreadable { message } => (format!("filen kan ikke læses: {message}"), none),
        Special { what } => (format!("dette er {}, ikke en fil: gov åbner den ikke", what.da()), Some("fjern den, eller giv den et navn, der ikke ender på .md".into())),
        BadTransition { from, to, commit } => (format!("status skiftede fra `{from}` til `{to}` i {} af {} den {}, hvilket arbejdsgangen ikke tillader", commit.commit, commit.author, commit.date), Some("lav i stedet en ny sag, der erstatter denne".into())),
        ChangedAfterAcceptance { status, commit } => (format!("teksten er ændret, efter sagen fik status {status}, i {} af {} den {}", commit.commit, commit.author, commit.date), Some("gendan den besluttede tekst og lav en ny sag med `gov new … --supersedes`".into())),
        MinutesEdited { commit } => (format!("referatet er ændret efter godkendelsen, i {} af {} den {}", commit.commit, commit.author, commit.date), none),
        IdCollision { id, base, base_path } => (format!("denne gren tilføjer `{id}`, som {base} allerede bruger til {base_path}"), Some(format!("kør `gov renumber {id}` før sammenfletning"))),
        Approval { message, commit } => (format!("{message} (i {} af {} den {})", commit.commit, commit.author, commit.date), none),
        SkippedSteps { from, to, path, commit } => (format!("status skiftede fra `{from}` til `{to}` i ét commit ({} af {} den {}) og sprang trin over: arbejdsgangen tillader det som {}", commit.commit, commit.author, commit.date, path.join(" → ")), Some("skift status ét trin ad gangen, så historikken viser, hvem der tog hvert trin".into())),
    }
}
