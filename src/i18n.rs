//! The one place where user-facing words live, in Danish and English.
//!
//! Templates and status labels come from the configuration; the words of
//! gov's own output (headings, column names, messages) come from here, so a
//! new language is one more arm per message, checked by the compiler.

use serde::{Deserialize, Serialize};

/// A language gov speaks. Danish first: it is the language of the first users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dansk.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// The language code as written in `gov.yaml` and in label maps.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

/// Every piece of gov's own output text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// Column heading: record ID.
    ColId,
    /// Column heading: kind.
    ColKind,
    /// Column heading: status.
    ColStatus,
    /// Column heading: date.
    ColDate,
    /// Column heading: title.
    ColTitle,
    /// `gov list` found nothing.
    NoRecords,
    /// `gov init`: everything was already there.
    InitNothingToDo,
    /// `gov init`: a file or folder was created.
    InitCreated,
    /// `gov init`: a file or folder was already there and kept.
    InitKept,
    /// `gov init`: a git repository was created.
    InitGit,
    /// `gov set`: a record was changed.
    SetChanged,
    /// `gov set`: the values were already as asked.
    SetUnchanged,
    /// `gov new --supersedes`: the old record was marked.
    Superseded,
    /// Approval finding: the author is not a member of the deciding bodies.
    ApprovalNotMember,
    /// Approval finding: fewer members named in `approved_by` than the quorum.
    ApprovalQuorum,
    /// Approval finding: the approving commit is not signed.
    ApprovalUnsigned,
    /// Column heading: commit id.
    ColCommit,
    /// Column heading: author.
    ColAuthor,
    /// Column heading: repository.
    ColRepository,
    /// Column heading: release tag.
    ColTag,
    /// Column heading: path.
    ColPath,
    /// Column heading: commit summary.
    ColSummary,
    /// Column heading: what happened.
    ColEvent,
    /// Column heading: how a version came about.
    ColChange,
    /// Heading: a record's versions.
    TraceVersions,
    /// Heading: commits referring to a record.
    TraceCommits,
    /// No commit refers to the record.
    TraceNoCommits,
    /// A commit in no release yet.
    Unreleased,
    /// `gov log` found no events.
    LogEmpty,
    /// Heading of release notes: delivered in TAG.
    ReleaseHeading,
    /// Release notes: the previous release.
    ReleaseSince,
    /// Release notes: the first release of a repository.
    ReleaseFirst,
    /// Release notes: no record was delivered.
    ReleaseNothing,
    /// Release notes: an ID no record has.
    ReleaseUnknown,
    /// Event: created.
    EvCreated,
    /// Event: restored after deletion.
    EvRestored,
    /// Event: renamed.
    EvRenamed,
    /// Event: status changed.
    EvStatus,
    /// Event: approved.
    EvApproved,
    /// Event: superseded.
    EvSuperseded,
    /// Event: deleted.
    EvDeleted,
    /// Version: changed in place.
    EvModified,
    /// Warning: a code repository could not be read.
    CodeRepoSkipped,
    /// Warning: the words before a code repository's name.
    CodeRepo,
    /// Warning: what happened to an unreadable code repository.
    Skipped,
    /// Warning: a code repository's folder does not exist.
    RepoMissing,
    /// Notice: the words before a history cache file's path.
    CacheFile,
    /// Notice: a history cache file failed its checks.
    CacheDamaged,
    /// Notice: something other than a regular file is where a history
    /// cache file belongs.
    CacheNotAFile,
    /// Notice: a history cache file could not be read.
    CacheUnreadable,
    /// Notice: a shallow clone's history ends at its boundary.
    ShallowHistory,
    /// Column heading: a number of days.
    ColDays,
    /// Column heading: due date.
    ColDue,
    /// Column heading: who submitted a change request.
    ColSubmittedBy,
    /// Column heading: position in the backlog.
    ColRank,
    /// Column heading: backlog score.
    ColScore,
    /// Column heading: date of the last change.
    ColLastChange,
    /// Column heading: time of a meeting.
    ColTime,
    /// Column heading: place of a meeting.
    ColPlace,
    /// Column heading: a count.
    ColCount,
    /// `gov status`: the heading before the date.
    StatusTitle,
    /// `gov status`: section of counts per kind and status.
    StatusCounts,
    /// `gov status`: action items in minutes.
    StatusActionItems,
    /// `gov status`: open (action items).
    StatusOpen,
    /// `gov status`: done (action items).
    StatusDone,
    /// `gov status`: section of records awaiting approval.
    StatusAwaitingApproval,
    /// `gov status`: a record names no deciding body.
    StatusNoBody,
    /// `gov status`: section of change requests awaiting evaluation.
    StatusAwaitingEvaluation,
    /// `gov status`: section with the top of the backlog.
    StatusBacklogTop,
    /// `gov status`: section of overdue tasks and action items.
    StatusOverdue,
    /// `gov status`: a task names no owner.
    StatusNoOwner,
    /// `gov status`: section of minutes awaiting approval.
    StatusMinutes,
    /// `gov status`: section of stale records, before the number of days.
    StatusStale,
    /// `gov status`: section of meetings ahead, before the number of days.
    StatusUpcoming,
    /// `gov status`: nothing to report.
    StatusNothing,
    /// `gov status`: section of records delivered in the newest releases.
    StatusDeliveries,
    /// `gov backlog --explain`: a rank by score alone.
    ByScore,
    /// `gov status`: a status word outside the vocabulary.
    StatusUnknown,
    /// Phrase: waiting (for a number of days).
    Waiting,
    /// Phrase: past the due date (by a number of days).
    OverdueBy,
    /// Phrase: due on a date.
    DueOn,
    /// Phrase: unchanged since a date.
    UnchangedSince,
    /// Phrase: today.
    Today,
    /// Phrase: in (a number of days).
    InDays,
    /// Phrase: line (of a file).
    LineWord,
    /// Phrase: from (the meeting an action item is in).
    FromMeeting,
    /// `gov backlog`: heading of the Markdown output.
    BacklogTitle,
    /// `gov backlog`: no open change requests.
    BacklogEmpty,
    /// `gov backlog`: placed by hand before another request.
    MovedBefore,
    /// `gov backlog --explain`: a value assumed for lack of an evaluation.
    Assumed,
    /// `gov backlog --explain`: the request has no evaluation yet.
    NotEvaluated,
    /// `gov backlog --explain`: moves naming requests no longer in the backlog.
    LapsedMoves,
    /// `gov backlog move`: the request was placed.
    BacklogMoved,
    /// `gov backlog move --auto`: the request follows its score again.
    BacklogCleared,
    /// `gov backlog move --auto`: there was no placement.
    BacklogNothingToClear,
    /// The comment at the top of the backlog's order file.
    OrderFileHeader,
    /// Evaluation field: value.
    FieldValue,
    /// Evaluation field: effort.
    FieldEffort,
    /// Evaluation field: risk.
    FieldRisk,
    /// Evaluation field: urgency.
    FieldUrgency,
    /// Scoring term: supporting members.
    FieldSupport,
    /// Scoring term: category.
    FieldCategory,
    /// After the files of the record folders that were not read: what
    /// that means for the output above.
    NotReadLeftOut,
    /// Diagnostic label: an error (`error[GOV040]`).
    DiagError,
    /// Diagnostic label: a warning.
    DiagWarning,
    /// Diagnostic label: a hint.
    DiagNote,
    /// Diagnostic label: how to fix it (`= help: …`).
    DiagHelp,
    /// Column heading of `validate --rules`: the rule's code.
    ColCode,
    /// Column heading of `validate --rules`: the effective severity.
    ColSeverity,
    /// Column heading of `validate --rules`: what the rule catches.
    ColRule,
}

/// The text of a message in a language.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Lang::{Da, En};
    use Msg::*;
    match (msg, lang) {
        (ColId, _) => "ID",
        (ColKind, Da) => "TYPE",
        (ColKind, En) => "KIND",
        (ColStatus, _) => "STATUS",
        (ColDate, Da) => "DATO",
        (ColDate, En) => "DATE",
        (ColTitle, Da) => "TITEL",
        (ColTitle, En) => "TITLE",
        (NoRecords, Da) => "Ingen sager fundet.",
        (NoRecords, En) => "No records found.",
        (InitNothingToDo, Da) => "Intet at gøre: repositoriet er allerede sat op til gov.",
        (InitNothingToDo, En) => "Nothing to do: the repository is already set up for gov.",
        (InitCreated, Da) => "oprettet",
        (InitCreated, En) => "created",
        (InitKept, Da) => "findes allerede",
        (InitKept, En) => "already there",
        (InitGit, Da) => ".git/ (git init)",
        (InitGit, En) => ".git/ (git init)",
        (SetChanged, Da) => "ændret",
        (SetChanged, En) => "changed",
        (SetUnchanged, Da) => "uændret: værdierne var allerede sådan",
        (SetUnchanged, En) => "unchanged: the values were already so",
        (Superseded, Da) => "markeret som erstattet af",
        (Superseded, En) => "marked as superseded by",
        (ApprovalNotMember, Da) => "er ikke medlem af de besluttende organer",
        (ApprovalNotMember, En) => "is not a member of the deciding bodies",
        (ApprovalQuorum, Da) => "for få medlemmer i approved_by til at være beslutningsdygtigt",
        (ApprovalQuorum, En) => "too few members in approved_by for a quorum",
        (ApprovalUnsigned, Da) => "godkendelsen er ikke signeret",
        (ApprovalUnsigned, En) => "the approval commit is not signed",
        (ColCommit, Da) => "COMMIT",
        (ColCommit, En) => "COMMIT",
        (ColAuthor, Da) => "FORFATTER",
        (ColAuthor, En) => "AUTHOR",
        (ColRepository, Da) => "REPOSITORIE",
        (ColRepository, En) => "REPOSITORY",
        (ColTag, Da) => "UDGIVELSE",
        (ColTag, En) => "RELEASE",
        (ColPath, Da) => "STI",
        (ColPath, En) => "PATH",
        (ColSummary, Da) => "BESKED",
        (ColSummary, En) => "MESSAGE",
        (ColEvent, Da) => "HÆNDELSE",
        (ColEvent, En) => "EVENT",
        (ColChange, Da) => "ÆNDRING",
        (ColChange, En) => "CHANGE",
        (TraceVersions, Da) => "Versioner",
        (TraceVersions, En) => "Versions",
        (TraceCommits, Da) => "Commits der henviser til sagen",
        (TraceCommits, En) => "Commits referring to it",
        (TraceNoCommits, Da) => "Ingen commits henviser til sagen.",
        (TraceNoCommits, En) => "No commit refers to it.",
        (Unreleased, Da) => "ikke udgivet",
        (Unreleased, En) => "unreleased",
        (LogEmpty, Da) => "Ingen hændelser fundet.",
        (LogEmpty, En) => "No events found.",
        (ReleaseHeading, Da) => "Leveret i",
        (ReleaseHeading, En) => "Delivered in",
        (ReleaseSince, Da) => "siden",
        (ReleaseSince, En) => "since",
        (ReleaseFirst, Da) => "første udgivelse",
        (ReleaseFirst, En) => "first release",
        (ReleaseNothing, Da) => "Ingen sager blev leveret i denne udgivelse.",
        (ReleaseNothing, En) => "No records were delivered in this release.",
        (ReleaseUnknown, Da) => "ukendt sag",
        (ReleaseUnknown, En) => "unknown record",
        (EvCreated, Da) => "oprettet",
        (EvCreated, En) => "created",
        (EvRestored, Da) => "genskabt",
        (EvRestored, En) => "restored",
        (EvRenamed, Da) => "omdøbt",
        (EvRenamed, En) => "renamed",
        (EvStatus, Da) => "status ændret",
        (EvStatus, En) => "status changed",
        (EvApproved, Da) => "godkendt",
        (EvApproved, En) => "approved",
        (EvSuperseded, Da) => "erstattet",
        (EvSuperseded, En) => "superseded",
        (EvDeleted, Da) => "slettet",
        (EvDeleted, En) => "deleted",
        (EvModified, Da) => "ændret",
        (EvModified, En) => "modified",
        (CodeRepoSkipped, Da) => "advarsel",
        (CodeRepoSkipped, En) => "warning",
        (CodeRepo, Da) => "koderepositoriet",
        (CodeRepo, En) => "code repository",
        (NotReadLeftOut, Da) => {
            "filerne ovenfor kunne ikke læses og er udeladt; `gov validate` fortæller mere"
        }
        (NotReadLeftOut, En) => {
            "the files above could not be read and are left out; `gov validate` tells more"
        }
        (Skipped, Da) => "blev sprunget over",
        (Skipped, En) => "was skipped",
        (RepoMissing, Da) => "mappen findes ikke",
        (RepoMissing, En) => "the folder does not exist",
        (CacheFile, Da) => "historikkens cache",
        (CacheFile, En) => "the history cache",
        (CacheDamaged, Da) => "var beskadiget: den blev ikke brugt og bygges igen",
        (CacheDamaged, En) => "was damaged: it was not used and is rebuilt",
        (CacheNotAFile, Da) => {
            "er ikke en almindelig fil: den blev ikke læst og er ladt urørt; \
             historikken læses uden cache, til den fjernes"
        }
        (CacheNotAFile, En) => {
            "is not a regular file: it was not read and is left as it is; \
             history is read without a cache until it is removed"
        }
        (CacheUnreadable, Da) => "kunne ikke læses og blev ikke brugt",
        (CacheUnreadable, En) => "could not be read and was not used",
        (ShallowHistory, Da) => {
            "er en overfladisk klon (shallow): historikken slutter ved klonens grænse; `git fetch --unshallow` henter resten"
        }
        (ShallowHistory, En) => {
            "is a shallow clone: its history ends at the clone's boundary; `git fetch --unshallow` fetches the rest"
        }
        (ColDays, Da) => "DAGE",
        (ColDays, En) => "DAYS",
        (ColDue, Da) => "FRIST",
        (ColDue, En) => "DUE",
        (ColSubmittedBy, Da) => "INDMELDT AF",
        (ColSubmittedBy, En) => "SUBMITTED BY",
        (ColRank, _) => "#",
        (ColScore, _) => "SCORE",
        (ColLastChange, Da) => "SIDST ÆNDRET",
        (ColLastChange, En) => "LAST CHANGE",
        (ColTime, Da) => "TID",
        (ColTime, En) => "TIME",
        (ColPlace, Da) => "STED",
        (ColPlace, En) => "PLACE",
        (ColCount, Da) => "ANTAL",
        (ColCount, En) => "COUNT",
        (StatusTitle, Da) => "Status pr.",
        (StatusTitle, En) => "Status as of",
        (StatusCounts, Da) => "Sager",
        (StatusCounts, En) => "Records",
        (StatusActionItems, Da) => "Handlingspunkter i referater",
        (StatusActionItems, En) => "Action items in minutes",
        (StatusOpen, Da) => "åbne",
        (StatusOpen, En) => "open",
        (StatusDone, Da) => "udført",
        (StatusDone, En) => "done",
        (StatusAwaitingApproval, Da) => "Til godkendelse",
        (StatusAwaitingApproval, En) => "Awaiting approval",
        (StatusNoBody, Da) => "Ingen beslutningstager angivet",
        (StatusNoBody, En) => "No deciding body given",
        (StatusAwaitingEvaluation, Da) => "Ændringsønsker til vurdering",
        (StatusAwaitingEvaluation, En) => "Change requests awaiting evaluation",
        (StatusBacklogTop, Da) => "Øverst i backloggen",
        (StatusBacklogTop, En) => "Top of the backlog",
        (StatusOverdue, Da) => "Overskredne opgaver og handlingspunkter",
        (StatusOverdue, En) => "Overdue tasks and action items",
        (StatusNoOwner, Da) => "Ingen ansvarlig angivet",
        (StatusNoOwner, En) => "No owner given",
        (StatusMinutes, Da) => "Referater til godkendelse",
        (StatusMinutes, En) => "Minutes awaiting approval",
        (StatusStale, Da) => "Uændret i mindst",
        (StatusStale, En) => "Unchanged for at least",
        (StatusUpcoming, Da) => "Møder de næste",
        (StatusUpcoming, En) => "Meetings in the next",
        (StatusNothing, Da) => "Intet at rapportere.",
        (StatusNothing, En) => "Nothing to report.",
        (StatusDeliveries, Da) => "Leveret for nylig",
        (StatusDeliveries, En) => "Recently delivered",
        (ByScore, Da) => "efter score",
        (ByScore, En) => "by score",
        (StatusUnknown, Da) => "ukendt",
        (StatusUnknown, En) => "unknown",
        (Waiting, Da) => "venter",
        (Waiting, En) => "waiting",
        (OverdueBy, Da) => "over fristen",
        (OverdueBy, En) => "overdue",
        (DueOn, Da) => "frist",
        (DueOn, En) => "due",
        (UnchangedSince, Da) => "uændret siden",
        (UnchangedSince, En) => "unchanged since",
        (Today, Da) => "i dag",
        (Today, En) => "today",
        (InDays, Da) => "om",
        (InDays, En) => "in",
        (LineWord, Da) => "linje",
        (LineWord, En) => "line",
        (FromMeeting, Da) => "fra",
        (FromMeeting, En) => "from",
        (BacklogTitle, Da) => "Prioriteret backlog",
        (BacklogTitle, En) => "Ranked backlog",
        (BacklogEmpty, Da) => "Ingen åbne ændringsønsker.",
        (BacklogEmpty, En) => "No open change requests.",
        (MovedBefore, Da) => "flyttet foran",
        (MovedBefore, En) => "moved before",
        (Assumed, Da) => "antaget",
        (Assumed, En) => "assumed",
        (NotEvaluated, Da) => "ikke vurderet",
        (NotEvaluated, En) => "not evaluated",
        (LapsedMoves, Da) => "Flytninger der ikke længere gælder",
        (LapsedMoves, En) => "Moves that no longer apply",
        (BacklogMoved, Da) => "placeret foran",
        (BacklogMoved, En) => "placed before",
        (BacklogCleared, Da) => "følger igen sin score",
        (BacklogCleared, En) => "follows its score again",
        (BacklogNothingToClear, Da) => "havde ingen manuel placering",
        (BacklogNothingToClear, En) => "had no manual placement",
        (OrderFileHeader, Da) => {
            "Backloggens manuelle rækkefølge, skrevet af `gov backlog move`.\nHver linje sætter et ændringsønske lige foran et andet. Flytningerne\nafspilles i denne rækkefølge oven på rangeringen efter score, så de\nholder, når scorerne ændres. `gov backlog move ID --auto` fjerner en."
        }
        (OrderFileHeader, En) => {
            "The backlog's manual order, written by `gov backlog move`.\nEach line puts one change request right before another. The moves are\nreplayed in this order over the ranking by score, so they hold when\nscores change. `gov backlog move ID --auto` removes one."
        }
        (FieldValue, Da) => "værdi",
        (FieldValue, En) => "value",
        (FieldEffort, Da) => "omfang",
        (FieldEffort, En) => "effort",
        (FieldRisk, Da) => "risiko",
        (FieldRisk, En) => "risk",
        (FieldUrgency, Da) => "hast",
        (FieldUrgency, En) => "urgency",
        (FieldSupport, Da) => "opbakning",
        (FieldSupport, En) => "support",
        (FieldCategory, Da) => "kategori",
        (FieldCategory, En) => "category",
        (DiagError, Da) => "fejl",
        (DiagError, En) => "error",
        (DiagWarning, Da) => "advarsel",
        (DiagWarning, En) => "warning",
        (DiagNote, Da) => "bemærk",
        (DiagNote, En) => "note",
        (DiagHelp, Da) => "hjælp",
        (DiagHelp, En) => "help",
        (ColCode, Da) => "KODE",
        (ColCode, En) => "CODE",
        (ColSeverity, Da) => "NIVEAU",
        (ColSeverity, En) => "SEVERITY",
        (ColRule, Da) => "REGEL",
        (ColRule, En) => "RULE",
    }
}

/// A number of days, `1 dag`, `3 dage` / `1 day`, `3 days`.
pub fn days(lang: Lang, n: i64) -> String {
    match (lang, n.abs() == 1) {
        (Lang::Da, true) => format!("{n} dag"),
        (Lang::Da, false) => format!("{n} dage"),
        (Lang::En, true) => format!("{n} day"),
        (Lang::En, false) => format!("{n} days"),
    }
}

/// The `README.md` that `gov init` puts in a record folder.
pub fn folder_readme(lang: Lang, label: &str, kind: &str, prefix: &str) -> String {
    match lang {
        Lang::Da => format!(
            "# {label}\n\nHer ligger sager af typen {label}, én fil pr. sag med id {prefix}-NNNN.\n\nOpret en ny sag med:\n\n    gov new {kind} --title \"…\"\n\nDenne README.md er ikke en sag; gov springer den over.\n"
        ),
        Lang::En => format!(
            "# {label}\n\nRecords of the kind {label}, one file per record with the ID {prefix}-NNNN.\n\nCreate one with:\n\n    gov new {kind} --title \"…\"\n\nThis README.md is not a record; gov skips it.\n"
        ),
    }
}

/// The starting `gov.yaml` that `gov init` writes.
pub fn starter_config(lang: Lang) -> String {
    match lang {
        Lang::Da => "# gov: konfiguration af dette styringsrepositorie.\n# `gov config` viser den samlede konfiguration: gov's standardværdier med denne fil ovenpå.\nlang: da\n# Repositoriets adresse, til at kontrollere absolutte links:\n# forge_url: https://github.com/<organisation>/<repositorie>\n".to_string(),
        Lang::En => "# gov: configuration of this governance repository.\n# `gov config` prints the effective configuration: gov's defaults with this file on top.\nlang: en\n# The repository's web address, to check absolute links:\n# forge_url: https://github.com/<organisation>/<repository>\n".to_string(),
    }
}
