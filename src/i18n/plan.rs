//! Words of follow-up and planning: `gov actions` (what was promised, by
//! whom, by when) and `gov roadmap` (plans and change requests by quarter).
//! A part of the one catalogue of its own, so the two commands' words sit
//! together.

super::catalogue! {
    /// A word or phrase of `gov actions` or `gov roadmap`.
    pub enum PlanMsg {
        /// Column heading: who does it.
        ColOwner { da: "ANSVARLIG", en: "OWNER" }
        /// Column heading: what is to be done.
        ColAction { da: "OPGAVE", en: "ACTION" }
        /// Column heading: where it was written.
        ColSource { da: "KILDE", en: "SOURCE" }
        /// Column heading: open, done, overdue.
        ColState { da: "TILSTAND", en: "STATE" }
        /// An action item not done yet.
        Open { da: "åben", en: "open" }
        /// An action item done.
        Done { da: "udført", en: "done" }
        /// A task called off.
        Cancelled { da: "annulleret", en: "cancelled" }
        /// An open action item past its due date, by a number of days.
        OverdueDays { da: "forsinket {days}", en: "overdue {days}" }
        /// No due date given.
        NoDue { da: "ingen frist", en: "no due date" }
        /// No owner given.
        NoOwner { da: "ingen ansvarlig", en: "no owner" }
        /// A due date gov cannot read, as written.
        DueUnread { da: "frist kan ikke læses: {written}", en: "due date not readable: {written}" }
        /// The heading of the Markdown output.
        ActionsTitle { da: "Opfølgningspunkter", en: "Action items" }
        /// The heading of the Markdown output for one owner.
        ActionsTitleOwner { da: "Opfølgningspunkter for {owner}", en: "Action items of {owner}" }
        /// Nothing open.
        ActionsNoneOpen { da: "Ingen åbne opfølgningspunkter.", en: "No open action items." }
        /// Nothing at all.
        ActionsNone { da: "Ingen opfølgningspunkter.", en: "No action items." }
        /// Nothing open for one owner.
        ActionsNoneOpenOwner {
            da: "Ingen åbne opfølgningspunkter for {owner}.",
            en: "No open action items of {owner}.",
        }
        /// Nothing at all for one owner.
        ActionsNoneOwner { da: "Ingen opfølgningspunkter for {owner}.", en: "No action items of {owner}." }
        /// The line an action item is on.
        AtLine { da: "linje {line}", en: "line {line}" }
        /// A task that came from another record (a meeting).
        TaskFrom { da: "fra {id}", en: "from {id}" }
        /// The roadmap's name.
        RoadmapName { da: "Roadmap", en: "Roadmap" }
        /// The roadmap's heading and the picture's title.
        RoadmapTitle { da: "Roadmap fra {from} til {to}", en: "Roadmap from {from} to {to}" }
        /// A quarter in words (`1. kvartal 2027`).
        QuarterLong { da: "{n}. kvartal {year}", en: "Q{n} {year}" }
        /// A quarter in the picture's header.
        QuarterShort { da: "K{n}", en: "Q{n}" }
        /// Column heading: the quarters a record is placed in.
        ColQuarters { da: "KVARTAL", en: "QUARTER" }
        /// Column heading: where the place came from.
        ColTarget { da: "MÅL", en: "TARGET" }
        /// A release dated by its tag.
        ReleaseTagged {
            da: "udgivelse {release} (tagget {tag} {date})",
            en: "release {release} (tagged {tag} {date})",
        }
        /// A release dated by gov.yaml's plan.
        ReleasePlanned {
            da: "udgivelse {release} (planlagt i gov.yaml)",
            en: "release {release} (planned in gov.yaml)",
        }
        /// The section of records placed outside the window.
        RoadmapOutside { da: "Uden for perioden", en: "Outside the period" }
        /// The section of records that could not be placed.
        RoadmapUnplaced { da: "Uden placering", en: "Not placed" }
        /// Why: no target at all.
        NoTarget {
            da: "intet mål: skriv fx `target: 2027-Q1`",
            en: "no target: write e.g. `target: 2027-Q1`",
        }
        /// Why: a target gov cannot read.
        TargetUnreadable {
            da: "`{field}: {written}` er hverken et kvartal, et halvår, et år, en måned eller en dato",
            en: "`{field}: {written}` is not a quarter, half-year, year, month or date",
        }
        /// Why: a release with neither a tag nor a planned date.
        ReleaseNotDated {
            da: "udgivelse {release} har hverken et tag eller en planlagt dato under `roadmap.releases` i gov.yaml",
            en: "release {release} has neither a tag nor a planned date under `roadmap.releases` in gov.yaml",
        }
        /// Nothing on the roadmap in the window.
        RoadmapEmpty { da: "Intet på roadmappen i perioden.", en: "Nothing on the roadmap in the period." }
        /// The picture's description.
        RoadmapDesc {
            da: "En tidslinje med {quarters} kvartaler og {count} sager: {list}.",
            en: "A timeline of {quarters} quarters with {count} records: {list}.",
        }
        /// The picture's description: what is not on it.
        RoadmapDescApart {
            da: "Ikke på tidslinjen: {outside} uden for perioden og {unplaced} uden placering.",
            en: "Not on the timeline: {outside} outside the period and {unplaced} not placed.",
        }
        /// The picture's marker for today.
        RoadmapToday { da: "I dag", en: "Today" }
        /// The picture's legend heading for the colours.
        RoadmapLegend { da: "Status:", en: "Status:" }
        /// The site's roadmap page: what it shows, as of which day.
        SiteRoadmapIntro {
            da: "Roadmappen over de godkendte planer og ændringsønsker, som den står den {date}, da den udgivne version blev lavet; dagen er markeret på tidslinjen.",
            en: "The roadmap of the approved plans and change requests as it stands on {date}, when the published version was made; the day is marked on the timeline.",
        }
        /// The site's annual-cycle page: what it shows, as of which day.
        SiteCycleIntro {
            da: "Årshjulet for {year}: begivenhederne, som gov.yaml angiver, og møderne med godkendt referat, som det står den {date}, da den udgivne version blev lavet; dagen er markeret på hjulet.",
            en: "The annual cycle of {year}: the events gov.yaml declares and the meetings with approved minutes, as it stands on {date}, when the published version was made; the day is marked on the wheel.",
        }
        /// The site's pictures: the same as text.
        SiteAsText { da: "Som tekst", en: "As text" }
        /// Site column: the quarters.
        SiteQuarters { da: "Kvartaler", en: "Quarters" }
        /// Site column: where the place came from.
        SiteTarget { da: "Mål", en: "Target" }
        /// Site column: the kind.
        SiteKind { da: "Type af sag", en: "Kind" }
        /// Site column: the body that meets.
        SiteBody { da: "Organ", en: "Body" }
        /// Site column: the time of day.
        SiteTime { da: "Tid", en: "Time" }
        /// Site column: the place.
        SitePlace { da: "Sted", en: "Place" }
        /// Site column: a note.
        SiteNote { da: "Note", en: "Note" }
        /// The summary line under the Markdown output.
        ActionsCount {
            da: "{open} åbne, heraf {overdue} forsinket; {done} udført.",
            en: "{open} open, {overdue} of them overdue; {done} done.",
        }
    }
}
