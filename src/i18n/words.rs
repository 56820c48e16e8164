//! Words of gov's reports and tables: column headings, section titles,
//! event names, short phrases. Other parts of the catalogue: `findings`,
//! `errors`, `cli`, `help`.

super::catalogue! {
    /// A word or phrase of gov's own output.
    pub enum Msg {
        /// Column heading: record ID.
        ColId { da: "ID", en: "ID" }
        /// Column heading: kind.
        ColKind { da: "TYPE", en: "KIND" }
        /// Column heading: status.
        ColStatus { da: "STATUS", en: "STATUS" }
        /// Column heading: date.
        ColDate { da: "DATO", en: "DATE" }
        /// Column heading: title.
        ColTitle { da: "TITEL", en: "TITLE" }
        /// `gov list` found nothing.
        NoRecords { da: "Ingen sager fundet.", en: "No records found." }
        /// `gov init`: everything was already there.
        InitNothingToDo {
            da: "Intet at gøre: repositoriet er allerede sat op til gov.",
            en: "Nothing to do: the repository is already set up for gov.",
        }
        /// `gov init`: a file or folder was created.
        InitCreated { da: "oprettet", en: "created" }
        /// `gov init`: a file or folder was already there and kept.
        InitKept { da: "findes allerede", en: "already there" }
        /// `gov init`: a git repository was created.
        InitGit { da: ".git/ (git init)", en: ".git/ (git init)" }
        /// `gov set`: a record was changed.
        SetChanged { da: "ændret", en: "changed" }
        /// `gov set`: the values were already as asked.
        SetUnchanged {
            da: "uændret: værdierne var allerede sådan",
            en: "unchanged: the values were already so",
        }
        /// `gov new --supersedes`: the old record was marked.
        Superseded { da: "markeret som erstattet af", en: "marked as superseded by" }
        /// Approval finding: the author is not a member of the deciding bodies.
        ApprovalNotMember {
            da: "er ikke medlem af de besluttende organer",
            en: "is not a member of the deciding bodies",
        }
        /// Approval finding: fewer members named in `approved_by` than the quorum.
        ApprovalQuorum {
            da: "for få medlemmer i approved_by til at være beslutningsdygtigt",
            en: "too few members in approved_by for a quorum",
        }
        /// Approval finding: the approving commit is not signed.
        ApprovalUnsigned {
            da: "godkendelsen er ikke signeret",
            en: "the approval commit is not signed",
        }
        /// Column heading: commit id.
        ColCommit { da: "COMMIT", en: "COMMIT" }
        /// Column heading: author.
        ColAuthor { da: "FORFATTER", en: "AUTHOR" }
        /// Column heading: repository.
        ColRepository { da: "REPOSITORIE", en: "REPOSITORY" }
        /// Column heading: release tag.
        ColTag { da: "UDGIVELSE", en: "RELEASE" }
        /// Column heading: path.
        ColPath { da: "STI", en: "PATH" }
        /// Column heading: commit summary.
        ColSummary { da: "BESKED", en: "MESSAGE" }
        /// Column heading: what happened.
        ColEvent { da: "HÆNDELSE", en: "EVENT" }
        /// Column heading: how a version came about.
        ColChange { da: "ÆNDRING", en: "CHANGE" }
        /// Heading: a record's versions.
        TraceVersions { da: "Versioner", en: "Versions" }
        /// Heading: commits referring to a record.
        TraceCommits { da: "Commits der henviser til sagen", en: "Commits referring to it" }
        /// No commit refers to the record.
        TraceNoCommits { da: "Ingen commits henviser til sagen.", en: "No commit refers to it." }
        /// A commit in no release yet.
        Unreleased { da: "ikke udgivet", en: "unreleased" }
        /// `gov log` found no events.
        LogEmpty { da: "Ingen hændelser fundet.", en: "No events found." }
        /// Heading of release notes: delivered in TAG.
        ReleaseHeading { da: "Leveret i", en: "Delivered in" }
        /// Release notes: the previous release.
        ReleaseSince { da: "siden", en: "since" }
        /// Release notes: the first release of a repository.
        ReleaseFirst { da: "første udgivelse", en: "first release" }
        /// Release notes: no record was delivered.
        ReleaseNothing {
            da: "Ingen sager blev leveret i denne udgivelse.",
            en: "No records were delivered in this release.",
        }
        /// Release notes: an ID no record has.
        ReleaseUnknown { da: "ukendt sag", en: "unknown record" }
        /// Event: created.
        EvCreated { da: "oprettet", en: "created" }
        /// Event: restored after deletion.
        EvRestored { da: "genskabt", en: "restored" }
        /// Event: renamed.
        EvRenamed { da: "omdøbt", en: "renamed" }
        /// Event: status changed.
        EvStatus { da: "status ændret", en: "status changed" }
        /// Event: approved.
        EvApproved { da: "godkendt", en: "approved" }
        /// Event: superseded.
        EvSuperseded { da: "erstattet", en: "superseded" }
        /// Event: deleted.
        EvDeleted { da: "slettet", en: "deleted" }
        /// Version: changed in place.
        EvModified { da: "ændret", en: "modified" }
        /// Event: given another ID (`gov renumber`).
        EvRenumbered { da: "omnummereret", en: "renumbered" }
        /// Trace heading: the IDs a record had before it was renumbered.
        TraceEarlier { da: "Tidligere ID", en: "Earlier ID" }
        /// A version's status cell when the version is not UTF-8.
        TraceNotUtf8 {
            da: "ikke UTF-8 (linje {line}, kolonne {column}): ikke læst",
            en: "not UTF-8 (line {line}, column {column}): not read",
        }
        /// Column: the date a version from before `gov import` gave itself.
        ColDated { da: "DATERET", en: "DATED" }
        /// Warning: a code repository could not be read.
        CodeRepoSkipped { da: "advarsel", en: "warning" }
        /// Warning: the words before a code repository's name.
        CodeRepo { da: "koderepositoriet", en: "code repository" }
        /// Warning: what happened to an unreadable code repository.
        Skipped { da: "blev sprunget over", en: "was skipped" }
        /// Warning: a code repository's folder does not exist.
        RepoMissing { da: "mappen findes ikke", en: "the folder does not exist" }
        /// Notice: the words before a history cache file's path.
        CacheFile { da: "historikkens cache", en: "the history cache" }
        /// Notice: a history cache file failed its checks.
        CacheDamaged {
            da: "var beskadiget: den blev ikke brugt og bygges igen",
            en: "was damaged: it was not used and is rebuilt",
        }
        /// Notice: something other than a regular file is where a history
        /// cache file belongs.
        CacheNotAFile {
            da: "er ikke en almindelig fil: den blev ikke læst og er ladt urørt; \
                 historikken læses uden cache, til den fjernes",
            en: "is not a regular file: it was not read and is left as it is; \
                 history is read without a cache until it is removed",
        }
        /// Notice: a history cache file could not be read.
        CacheUnreadable {
            da: "kunne ikke læses og blev ikke brugt",
            en: "could not be read and was not used",
        }
        /// Notice: a shallow clone's history ends at its boundary.
        ShallowHistory {
            da: "er en overfladisk klon (shallow): historikken slutter ved klonens grænse; `git fetch --unshallow` henter resten",
            en: "is a shallow clone: its history ends at the clone's boundary; `git fetch --unshallow` fetches the rest",
        }
        /// Column heading: a number of days.
        ColDays { da: "DAGE", en: "DAYS" }
        /// Column heading: due date.
        ColDue { da: "FRIST", en: "DUE" }
        /// Column heading: who submitted a change request.
        ColSubmittedBy { da: "INDMELDT AF", en: "SUBMITTED BY" }
        /// Column heading: position in the backlog.
        ColRank { da: "#", en: "#" }
        /// Column heading: backlog score.
        ColScore { da: "SCORE", en: "SCORE" }
        /// Column heading: date of the last change.
        ColLastChange { da: "SIDST ÆNDRET", en: "LAST CHANGE" }
        /// Column heading: time of a meeting.
        ColTime { da: "TID", en: "TIME" }
        /// Column heading: place of a meeting.
        ColPlace { da: "STED", en: "PLACE" }
        /// Column heading: a count.
        ColCount { da: "ANTAL", en: "COUNT" }
        /// `gov status`: the heading before the date.
        StatusTitle { da: "Status pr.", en: "Status as of" }
        /// `gov status`: section of counts per kind and status.
        StatusCounts { da: "Sager", en: "Records" }
        /// `gov status`: action items in minutes.
        StatusActionItems { da: "Handlingspunkter i referater", en: "Action items in minutes" }
        /// `gov status`: open (action items).
        StatusOpen { da: "åbne", en: "open" }
        /// `gov status`: done (action items).
        StatusDone { da: "udført", en: "done" }
        /// `gov status`: section of records awaiting approval.
        StatusAwaitingApproval { da: "Til godkendelse", en: "Awaiting approval" }
        /// `gov status`: a record names no deciding body.
        StatusNoBody { da: "Ingen beslutningstager angivet", en: "No deciding body given" }
        /// `gov status`: section of change requests awaiting evaluation.
        StatusAwaitingEvaluation {
            da: "Ændringsønsker til vurdering",
            en: "Change requests awaiting evaluation",
        }
        /// `gov status`: section with the top of the backlog.
        StatusBacklogTop { da: "Øverst i backloggen", en: "Top of the backlog" }
        /// `gov status`: section of overdue tasks and action items.
        StatusOverdue {
            da: "Overskredne opgaver og handlingspunkter",
            en: "Overdue tasks and action items",
        }
        /// `gov status`: a task names no owner.
        StatusNoOwner { da: "Ingen ansvarlig angivet", en: "No owner given" }
        /// `gov status`: section of minutes awaiting approval.
        StatusMinutes { da: "Referater til godkendelse", en: "Minutes awaiting approval" }
        /// `gov status`: section of stale records, before the number of days.
        StatusStale { da: "Uændret i mindst", en: "Unchanged for at least" }
        /// `gov status`: section of meetings ahead, before the number of days.
        StatusUpcoming { da: "Møder de næste", en: "Meetings in the next" }
        /// `gov status`: nothing to report.
        StatusNothing { da: "Intet at rapportere.", en: "Nothing to report." }
        /// `gov status`: section of records delivered in the newest releases.
        StatusDeliveries { da: "Leveret for nylig", en: "Recently delivered" }
        /// `gov backlog --explain`: a rank by score alone.
        ByScore { da: "efter score", en: "by score" }
        /// `gov status`: a status word outside the vocabulary.
        StatusUnknown { da: "ukendt", en: "unknown" }
        /// Phrase: waiting (for a number of days).
        Waiting { da: "venter", en: "waiting" }
        /// Phrase: past the due date (by a number of days).
        OverdueBy { da: "over fristen", en: "overdue" }
        /// Phrase: due on a date.
        DueOn { da: "frist", en: "due" }
        /// Phrase: unchanged since a date.
        UnchangedSince { da: "uændret siden", en: "unchanged since" }
        /// Phrase: today.
        Today { da: "i dag", en: "today" }
        /// Phrase: in (a number of days).
        InDays { da: "om", en: "in" }
        /// Phrase: line (of a file).
        LineWord { da: "linje", en: "line" }
        /// Phrase: from (the meeting an action item is in).
        FromMeeting { da: "fra", en: "from" }
        /// `gov backlog`: heading of the Markdown output.
        BacklogTitle { da: "Prioriteret backlog", en: "Ranked backlog" }
        /// `gov backlog`: no open change requests.
        BacklogEmpty { da: "Ingen åbne ændringsønsker.", en: "No open change requests." }
        /// `gov backlog`: placed by hand before another request.
        MovedBefore { da: "flyttet foran", en: "moved before" }
        /// `gov backlog --explain`: a value assumed for lack of an evaluation.
        Assumed { da: "antaget", en: "assumed" }
        /// `gov backlog --explain`: the request has no evaluation yet.
        NotEvaluated { da: "ikke vurderet", en: "not evaluated" }
        /// `gov backlog --explain`: moves naming requests no longer in the backlog.
        LapsedMoves { da: "Flytninger der ikke længere gælder", en: "Moves that no longer apply" }
        /// `gov backlog move`: the request was placed.
        BacklogMoved { da: "placeret foran", en: "placed before" }
        /// `gov backlog move --auto`: the request follows its score again.
        BacklogCleared { da: "følger igen sin score", en: "follows its score again" }
        /// `gov backlog move --auto`: there was no placement.
        BacklogNothingToClear { da: "havde ingen manuel placering", en: "had no manual placement" }
        /// The comment at the top of the backlog's order file.
        OrderFileHeader {
            da: "Backloggens manuelle rækkefølge, skrevet af `gov backlog move`.\nHver linje sætter et ændringsønske lige foran et andet. Flytningerne\nafspilles i denne rækkefølge oven på rangeringen efter score, så de\nholder, når scorerne ændres. `gov backlog move ID --auto` fjerner en.",
            en: "The backlog's manual order, written by `gov backlog move`.\nEach line puts one change request right before another. The moves are\nreplayed in this order over the ranking by score, so they hold when\nscores change. `gov backlog move ID --auto` removes one.",
        }
        /// Evaluation field: value.
        FieldValue { da: "værdi", en: "value" }
        /// Evaluation field: effort.
        FieldEffort { da: "omfang", en: "effort" }
        /// Evaluation field: risk.
        FieldRisk { da: "risiko", en: "risk" }
        /// Evaluation field: urgency.
        FieldUrgency { da: "hast", en: "urgency" }
        /// Scoring term: supporting members.
        FieldSupport { da: "opbakning", en: "support" }
        /// Scoring term: category.
        FieldCategory { da: "kategori", en: "category" }
        /// After the files of the record folders that were not read: what
        /// that means for the output above.
        NotReadLeftOut {
            da: "filerne ovenfor kunne ikke læses og er udeladt; `gov validate` fortæller mere",
            en: "the files above could not be read and are left out; `gov validate` tells more",
        }
        /// `gov validate`'s closing line.
        ValidateSummary {
            da: "{errors} fejl, {warnings} advarsler, {hints} tips i {files} filer",
            en: "{errors} errors, {warnings} warnings, {hints} hints in {files} files",
        }
        /// One day (`{n}` is 1 or -1).
        OneDay { da: "{n} dag", en: "{n} day" }
        /// A number of days.
        Days { da: "{n} dage", en: "{n} days" }

        /// Column heading: the body that meets.
        ColBody { da: "ORGAN", en: "BODY" }
        /// Column heading: a note.
        ColNote { da: "NOTE", en: "NOTE" }
        /// `gov calendar`: an entry without a time.
        AllDay { da: "hele dagen", en: "all day" }
        /// `gov calendar`: held on another day than the rule gives.
        MovedFrom { da: "flyttet fra {date}", en: "moved from {date}" }
        /// `gov calendar`: called off.
        CalendarCancelled { da: "aflyst", en: "cancelled" }
        /// `gov calendar`: nothing in the window.
        CalendarEmpty {
            da: "Intet i årshjulet fra {from} til {to}.",
            en: "Nothing in the annual cycle from {from} to {to}.",
        }
        /// `gov calendar`: the calendar's name.
        CalendarName { da: "Årshjul", en: "Annual cycle" }
        /// `gov calendar --format svg`: the marker for today.
        WheelToday { da: "I dag", en: "Today" }
        /// `gov calendar --format svg`: the legend for entries without a body.
        WheelNoBody { da: "uden organ", en: "no body" }
        /// `gov calendar --format svg`: the legend for a moved entry.
        WheelMoved { da: "flyttet", en: "moved" }
        /// `gov calendar --format svg`: the picture's title.
        WheelTitle { da: "Årshjul fra {from} til {to}", en: "Annual cycle from {from} to {to}" }
        /// `gov calendar --format svg`: the picture's description.
        WheelDesc {
            da: "Et hjul med årets tolv måneder og {count} begivenheder: {list}.",
            en: "A wheel of the year's twelve months with {count} events: {list}.",
        }
        /// Weekday, short.
        Monday { da: "man.", en: "Mon" }
        /// Weekday, short.
        Tuesday { da: "tir.", en: "Tue" }
        /// Weekday, short.
        Wednesday { da: "ons.", en: "Wed" }
        /// Weekday, short.
        Thursday { da: "tor.", en: "Thu" }
        /// Weekday, short.
        Friday { da: "fre.", en: "Fri" }
        /// Weekday, short.
        Saturday { da: "lør.", en: "Sat" }
        /// Weekday, short.
        Sunday { da: "søn.", en: "Sun" }
    }
}
