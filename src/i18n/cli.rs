//! The command line's own sentences: what the write commands say on
//! stderr, `gov init`'s files, the operating system's common complaints.

super::catalogue! {
    /// A sentence of the command line.
    pub enum CliMsg {
        /// `gov set` without anything to set.
        SetNothing {
            da: "intet at ændre: angiv nøgle=værdi eller --unset NØGLE",
            en: "nothing to set: give key=value or --unset KEY",
        }
        /// `gov renumber --dry-run`: after the plan's first line.
        DryRun { da: " (prøvekørsel: intet er skrevet)", en: " (dry run: nothing written)" }
        /// `gov renumber`: a renumbering was completed by an earlier command.
        RenumberCompletedEarlier {
            da: "gov: omnummereringen var afbrudt og er nu afsluttet; intet mere at gøre",
            en: "gov: this renumbering had been interrupted and is now complete; nothing more to do",
        }
        /// `gov renumber --dry-run` while a renumbering waits to be completed.
        RenumberPending {
            da: "en afbrudt omnummerering {old} → {new} venter; kør `gov renumber {old} {new}` (eller en anden skrivende kommando) for at afslutte den før en prøvekørsel",
            en: "an interrupted renumbering {old} → {new} is pending; run `gov renumber {old} {new}` (or any other write command) to complete it before a dry run",
        }
        /// The write lock completed an interrupted renumbering.
        TidiedRenumbering {
            da: "gov: afsluttede en afbrudt omnummerering {old} → {new} ({n} filer skrevet)",
            en: "gov: completed an interrupted renumbering {old} → {new} ({n} files written)",
        }
        /// The write lock removed a temporary file of a killed run.
        TidiedTemporary {
            da: "gov: fjernede en midlertidig fil efter en afbrudt kørsel: {path}",
            en: "gov: removed a temporary file left by an interrupted run: {path}",
        }
        /// The write lock completed an interrupted import.
        TidiedImport {
            da: "gov: afsluttede en afbrudt import ({n} filer skrevet)",
            en: "gov: completed an interrupted import ({n} files written)",
        }
        /// A dry run while an interrupted write waits to be completed.
        ImportPending {
            da: "en afbrudt import venter; kør en skrivende kommando (f.eks. `gov import`) for at afslutte den før en prøvekørsel",
            en: "an interrupted import is pending; run any write command (such as `gov import`) to complete it before a dry run",
        }
        /// `gov import`: table heading.
        ImportColFile { da: "Fil", en: "File" }
        /// `gov import`: table heading.
        ImportColId { da: "Id", en: "ID" }
        /// `gov import`: table heading.
        ImportColKind { da: "Sagstype", en: "Kind" }
        /// `gov import`: table heading.
        ImportColFields { da: "Felter", en: "Fields" }
        /// `gov import`: table heading.
        ImportColBody { da: "Bliver i teksten", en: "Stays in the body" }
        /// `gov import`: metadata lines kept in the body.
        ImportBodyKept { da: "{n} metadatalinjer", en: "{n} metadata lines" }
        /// `gov import`: one metadata line kept in the body.
        ImportBodyKeptOne { da: "1 metadatalinje", en: "1 metadata line" }
        /// `gov import`: metadata lines moved out (`--move-metadata`).
        ImportBodyRemoved { da: "{n} metadatalinjer flyttet", en: "{n} metadata lines moved" }
        /// `gov import`: one metadata line moved out.
        ImportBodyRemovedOne { da: "1 metadatalinje flyttet", en: "1 metadata line moved" }
        /// `gov import`: the agenda stays in the body.
        ImportBodyAgenda { da: "dagsorden ({n} punkter)", en: "agenda ({n} items)" }
        /// An agenda of one item found in the body.
        ImportBodyAgendaOne { da: "dagsorden (1 punkt)", en: "agenda (1 item)" }
        /// `gov import`: heading of the skipped files.
        ImportSkippedHeading { da: "Sprunget over:", en: "Skipped:" }
        /// `gov import`: heading of the notes.
        ImportNotesHeading { da: "Bør ses af et menneske:", en: "Needs a human:" }
        /// `gov import`: the closing count.
        ImportSummary {
            da: "{imported} filer importeret, {created} oprettet, {skipped} sprunget over",
            en: "{imported} files imported, {created} created, {skipped} skipped",
        }
        /// `gov import`: a file with an ID.
        ImportSkipImported { da: "allerede importeret ({id})", en: "already imported ({id})" }
        /// `gov import`: a file in no kind's folder.
        ImportSkipOutside {
            da: "ligger ikke i nogen sagstypes mappe i gov.yaml",
            en: "lies in no kind's folder in gov.yaml",
        }
        /// `gov import`: a file that looks like another kind than its folder's.
        ImportSkipMismatch {
            da: "ligner en sag af typen {looks_like}, men ligger i mappen til {folder_kind}",
            en: "looks like a {looks_like} but lies in the folder of {folder_kind}",
        }
        /// Detector: not Markdown.
        ImportReasonNotMarkdown { da: "ikke en Markdown-fil", en: "not a Markdown file" }
        /// Detector: a README or index.
        ImportReasonReadme {
            da: "en README eller et indeks beskriver mappen; det er ingen sag",
            en: "a README or index describes the folder; it is no record",
        }
        /// Detector: a template by its name.
        ImportReasonTemplateName { da: "en skabelon (efter navnet)", en: "a template (by its name)" }
        /// Detector: a template by its placeholders.
        ImportReasonTemplatePlaceholders {
            da: "en skabelon: titel eller metadata er pladsholdere",
            en: "a template: its title or metadata values are placeholders",
        }
        /// Detector: no sign of a record.
        ImportReasonNoSigns {
            da: "ingen beslutningsmetadata, titelpræfiks eller mødeafsnit",
            en: "no decision metadata, title prefix, or meeting sections",
        }
        /// Note: a date not read.
        ImportNoteDate { da: "\"{text}\" er ikke en dato, gov kan læse", en: "\"{text}\" is not a date gov can read" }
        /// Note: a day-first date.
        ImportNoteAmbiguous {
            da: "\"{text}\" er læst dag-først som {read_as}",
            en: "\"{text}\" was read day-first as {read_as}",
        }
        /// Note: an unknown status word.
        ImportNoteStatus {
            da: "statussen \"{text}\" er ikke i ordforrådet; skrevet som den står",
            en: "the status \"{text}\" is not in the vocabulary; written as it stands",
        }
        /// Note: an unknown type word.
        ImportNoteType {
            da: "typen \"{text}\" er ikke kendt; skrevet som den står",
            en: "the type \"{text}\" is not known; written as it stands",
        }
        /// Note: two dates disagree.
        ImportNoteDates {
            da: "datoerne er uenige: {kept} er brugt, {other} står også",
            en: "the dates disagree: {kept} is used, {other} is written too",
        }
        /// Note: a key no field takes.
        ImportNoteKey { da: "nøglen \"{key}\" bliver i teksten", en: "the key \"{key}\" stays in the body" }
        /// Note: a value given twice.
        ImportNoteRepeated { da: "{key} står to gange; den første er brugt", en: "{key} is given twice; the first is used" }
        /// Note: front matter not read.
        ImportNoteFront { da: "front matter kan ikke læses: {message}", en: "the front matter does not parse: {message}" }
        /// Note: a link to a file that is no record.
        ImportNoteLink {
            da: "{key}: {path} er ingen sag; udeladt",
            en: "{key}: {path} is no record; left out",
        }
        /// Note: the format's number was taken.
        ImportNoteNumber {
            da: "nummeret {number} er optaget; fik {id}",
            en: "the number {number} is taken; given {id}",
        }
        /// A write refused because validation found errors.
        Refused {
            da: "{path}: intet skrevet: ændringen ville give fejlene ovenfor; --force skriver alligevel",
            en: "{path}: nothing written: the change would add the errors above; --force writes anyway",
        }
        /// `gov schema print` for a kind without a schema.
        NoSchema { da: "sagstypen {kind} har intet skema", en: "the kind {kind} has no schema" }
        /// `gov release`: one commit in a repository.
        OneCommit { da: "{n} commit", en: "{n} commit" }
        /// `gov release`: commits in a repository.
        Commits { da: "{n} commits", en: "{n} commits" }
        /// The `README.md` that `gov init` puts in a record folder.
        FolderReadme {
            da: "# {label}\n\nHer ligger sager af typen {label}, én fil pr. sag med id {prefix}-NNNN.\n\nOpret en ny sag med:\n\n    gov new {kind} --title \"…\"\n\nDenne README.md er ikke en sag; gov springer den over.\n",
            en: "# {label}\n\nRecords of the kind {label}, one file per record with the ID {prefix}-NNNN.\n\nCreate one with:\n\n    gov new {kind} --title \"…\"\n\nThis README.md is not a record; gov skips it.\n",
        }
        /// The starting `gov.yaml` that `gov init` writes.
        StarterConfig {
            da: "# gov: konfiguration af dette styringsrepositorie.\n# `gov config` viser den samlede konfiguration: gov's standardværdier med denne fil ovenpå.\nlang: da\n# Repositoriets adresse, til at kontrollere absolutte links:\n# forge_url: https://github.com/<organisation>/<repositorie>\n",
            en: "# gov: configuration of this governance repository.\n# `gov config` prints the effective configuration: gov's defaults with this file on top.\nlang: en\n# The repository's web address, to check absolute links:\n# forge_url: https://github.com/<organisation>/<repository>\n",
        }
        /// The operating system: no such file or folder.
        IoNotFound { da: "filen eller mappen findes ikke", en: "no such file or folder" }
        /// The operating system: permission denied.
        IoPermissionDenied { da: "adgang nægtet", en: "permission denied" }
        /// The operating system: already exists.
        IoAlreadyExists { da: "findes allerede", en: "already exists" }
        /// The operating system: a folder where a file was expected.
        IoIsADirectory { da: "er en mappe", en: "is a folder" }
        /// The operating system: a file where a folder was expected.
        IoNotADirectory { da: "er ikke en mappe", en: "is not a folder" }
        /// The operating system: the disk is full.
        IoStorageFull { da: "disken er fuld", en: "the disk is full" }
        /// The operating system: a read-only file system.
        IoReadOnly { da: "filsystemet er skrivebeskyttet", en: "the file system is read-only" }
        /// A date gov cannot read.
        DateUnrecognised {
            da: "\"{text}\" er ikke en dato, gov kan læse; skriv den som åååå-mm-dd",
            en: "\"{text}\" is not a date gov can read; write it as yyyy-mm-dd",
        }
        /// A date that does not exist.
        DateOutOfRange {
            da: "\"{text}\" er ikke en rigtig dato: {reason}",
            en: "\"{text}\" is not a real date: {reason}",
        }
        /// A month that does not exist.
        DateNoMonth { da: "måned {month} findes ikke", en: "month {month} does not exist" }
        /// A day number that does not exist.
        DateNoDay { da: "dag {day} findes ikke", en: "day {day} does not exist" }
        /// 29 February of a year that is not a leap year.
        DateNoLeapDay { da: "29. februar {year} findes ikke", en: "29 February {year} does not exist" }
        /// A day the month does not have.
        DateNoDayOfMonth { da: "{day}. {month} findes ikke", en: "{day} {month} does not exist" }
        /// A year gov does not read.
        DateYear {
            da: "år {year} er uden for det, gov læser (1900–2200)",
            en: "year {year} is out of range (gov reads 1900–2200)",
        }
        /// A time of day that does not exist.
        DateNoClock { da: "{part} {value} findes ikke", en: "{part} {value} does not exist" }
        /// Part of a time: the hour.
        ClockHour { da: "time", en: "hour" }
        /// Part of a time: the minute.
        ClockMinute { da: "minut", en: "minute" }
        /// Part of a time: the second.
        ClockSecond { da: "sekund", en: "second" }
        /// Part of a time: the offset's hours.
        ClockOffsetHour { da: "tidszonens time", en: "offset hour" }
        /// Part of a time: the offset's minutes.
        ClockOffsetMinute { da: "tidszonens minut", en: "offset minute" }
        /// An empty date.
        DateEmpty { da: "datoen er tom", en: "the date is empty" }
    }
}
