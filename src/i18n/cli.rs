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
