//! The words of `gov meeting new` and `gov meeting approve`: the agenda's
//! standard items and section titles, the table's headings, and why a
//! meeting cannot be planned or its minutes approved.

super::catalogue! {
    /// A word or sentence of the meeting commands.
    pub enum MeetingMsg {
        /// Standard opening item.
        ApproveAgenda { da: "Godkendelse af dagsorden", en: "Approval of the agenda" }
        /// Standard closing item.
        AnyOtherBusiness { da: "Eventuelt", en: "Any other business" }
        /// Item: the previous meeting's minutes.
        PreviousMinutes {
            da: "Godkendelse af referat fra forrige møde: {id} {title}",
            en: "Approval of the minutes of the previous meeting: {id} {title}",
        }
        /// Section: records waiting for the body's approval.
        ForApproval { da: "Sager til godkendelse", en: "For approval" }
        /// Section: change requests waiting for an evaluation.
        ForEvaluation { da: "Ændringsønsker til vurdering", en: "Change requests for evaluation" }
        /// Section: open action items.
        OpenActions { da: "Opfølgning på aktionspunkter", en: "Follow-up on action items" }
        /// An action item's due date on the agenda.
        Due { da: "frist {date}", en: "due {date}" }
        /// The title of a meeting with a cycle event: the event and the day.
        EventTitle { da: "{event} {date}", en: "{event} {date}" }
        /// The title of a meeting without a cycle event.
        BodyTitle { da: "{body}: møde {date}", en: "{body}: meeting {date}" }
        /// The heading of the agenda section in a new meeting.
        AgendaHeading { da: "Dagsorden", en: "Agenda" }
        /// Column heading: agenda item number.
        ColNumber { da: "NR.", en: "NO." }
        /// Column heading: agenda item.
        ColItem { da: "PUNKT", en: "ITEM" }
        /// Column heading: records named.
        ColRecords { da: "SAGER", en: "RECORDS" }
        /// Label: the meeting's file.
        File { da: "Fil", en: "File" }
        /// Label: what a dry run would write.
        DryRun { da: "Prøvekørsel: intet er skrevet", en: "Dry run: nothing written" }
        /// Label: the title.
        Title { da: "Titel", en: "Title" }
        /// Label: the body.
        Body { da: "Organ", en: "Body" }
        /// Label: the date and time.
        When { da: "Tid", en: "When" }
        /// Label: the place.
        Place { da: "Sted", en: "Place" }
        /// Label: the invited members.
        Invited { da: "Indkaldt", en: "Invited" }
        /// `gov meeting approve`: done.
        Approved { da: "referatet er godkendt", en: "minutes approved" }
        /// A body the configuration does not declare.
        UnknownBody {
            da: "ukendt organ `{name}`; kendte organer under `bodies:` i gov.yaml: {known}",
            en: "unknown body `{name}`; bodies declared under `bodies:` in gov.yaml: {known}",
        }
        /// No body declared at all.
        NoBodies {
            da: "ukendt organ `{name}`: gov.yaml angiver ingen organer under `bodies:`",
            en: "unknown body `{name}`: gov.yaml declares no bodies under `bodies:`",
        }
        /// The annual cycle gives no date for the body.
        NoCycleDate {
            da: "årshjulet har ingen dato for {body} efter {after}",
            en: "the annual cycle has no date for {body} after {after}",
        }
        /// What to do when the cycle has no date.
        NoCycleDateHint {
            da: "angiv datoen med --date, eller tilføj organets møder under `cycle: events:` i gov.yaml",
            en: "give the date with --date, or add the body's meetings under `cycle: events:` in gov.yaml",
        }
        /// The workflow does not allow approving the minutes now.
        Workflow {
            da: "{id} har status {from}, og derfra tillader arbejdsgangen ikke Referat godkendt, kun: {allowed}",
            en: "{id} has the status {from}, from which the workflow does not allow approving the minutes, only: {allowed}",
        }
        /// The minutes are approved already.
        AlreadyApproved {
            da: "referatet af {id} er allerede godkendt",
            en: "the minutes of {id} are approved already",
        }
        /// `gov meeting approve` on a record of another kind.
        NotAMeeting { da: "{id} er ikke et møde", en: "{id} is not a meeting" }
        /// A meeting without a body names no approval rule's body.
        NoBody {
            da: "{id} angiver intet organ (`body`); reglen for godkendelse kan ikke vide, hvis medlemmer der tæller",
            en: "{id} names no body (`body`); the approval rule cannot tell whose members count",
        }
        /// A name given with --by that is no member of the body.
        NotAMember {
            da: "{name} er ikke medlem af {body}; medlemmer: {members}",
            en: "{name} is not a member of {body}; members: {members}",
        }
        /// Too few members given with --by.
        QuorumNotMet {
            da: "{id}: {named} af {body}s medlemmer godkender, men reglen kræver {quorum}",
            en: "{id}: {named} members of {body} approve, but the rule asks for {quorum}",
        }
        /// What to do when the quorum is not met.
        QuorumHint {
            da: "nævn hvert godkendende medlem med --by \"Navn\"",
            en: "name each approving member with --by \"Name\"",
        }
    }
}
