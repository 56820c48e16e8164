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
        /// The summary line under the Markdown output.
        ActionsCount {
            da: "{open} åbne, heraf {overdue} forsinket; {done} udført.",
            en: "{open} open, {overdue} of them overdue; {done} done.",
        }
    }
}
