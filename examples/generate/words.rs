//! The words the generated records are made of: people, municipalities,
//! bodies, topics and sentences in Danish and English, and every way the
//! communities write a status (labels, aliases, free-text notes).

/// People of the product community: (name, e-mail).
pub const PEOPLE: [(&str, &str); 12] = [
    ("Agnete Moos", "agmo@sonderborg.dk"),
    ("Sofie Søndergaard", "sosq@sonderborg.dk"),
    ("Anna-Lis Berg", "alb@aarhus.dk"),
    ("Jens Østergaard", "jeos@kolding.dk"),
    ("Mette Kristensen", "mekr@vejle.dk"),
    ("Lars Bøgh Nielsen", "lbn@horsens.dk"),
    ("Hanne Pedersen", "hp@frederikshavn.dk"),
    ("Peter Aagaard", "paa@svendborg.dk"),
    ("Karen Ørsted", "kaor@odense.dk"),
    ("Morten Thomsen", "mt@viborg.dk"),
    ("Ida Rasmussen", "idra@holbaek.dk"),
    ("Søren Jørgensen", "sj@naestved.dk"),
];

/// Developers of the suppliers, who commit in the code repositories.
pub const DEVELOPERS: [(&str, &str); 8] = [
    ("Kasper Holm", "kasper@magenta.dk"),
    ("Maja Lind", "maja@magenta.dk"),
    ("Rasmus Friis", "rf@magenta.dk"),
    ("Nanna Skov", "nanna@magenta.dk"),
    ("Mikkel Dahl", "mikkel.dahl@leverandoer.dk"),
    ("Freja Bak", "freja@leverandoer.dk"),
    ("Oliver Krog", "ok@leverandoer.dk"),
    ("Emil Vestergaard", "emil@magenta.dk"),
];

/// Member municipalities.
pub const MUNICIPALITIES: [&str; 14] = [
    "Sønderborg Kommune",
    "Aarhus Kommune",
    "Kolding Kommune",
    "Vejle Kommune",
    "Horsens Kommune",
    "Frederikshavn Kommune",
    "Svendborg Kommune",
    "Odense Kommune",
    "Viborg Kommune",
    "Holbæk Kommune",
    "Næstved Kommune",
    "Fredensborg Kommune",
    "Halsnæs Kommune",
    "Aabenraa Kommune",
];

/// Governing bodies: (Danish, English, file-name form).
pub const BODIES: [(&str, &str, &str); 3] = [
    ("Styregruppen", "Steering committee", "Styregruppe"),
    (
        "Koordinationsgruppen",
        "Coordination group",
        "Koordinationsgruppe",
    ),
    ("Medlemsmødet", "Members' meeting", "Medlemsmoede"),
];

/// Topics of titles, Danish.
pub const TOPICS_DA: [&str; 24] = [
    "Fuld stop for nye ønsker",
    "Opgradering til Ubuntu 24.04",
    "Ny leverandøraftale",
    "Budget for vedligehold",
    "Sikkerhedsopdateringer på borgerpc'er",
    "Login med MitID",
    "Udskrivning fra kiosk-maskiner",
    "Tidsbestilling af computere",
    "Fjernsupport af maskiner",
    "Styring af skærmlås",
    "Tilgængelighed i adminsitet",
    "Ny release-proces",
    "Fælles testmiljø",
    "Logning og GDPR",
    "Afvikling af gamle klienter",
    "Dokumentation på GitHub Pages",
    "Prioritering af backlog",
    "Medlemskontingent 2026",
    "Rammeaftale om udvikling",
    "Brugerundersøgelse blandt biblioteker",
    "Netværksdrev på biblioteker",
    "Wi-Fi-opsætning",
    "Automatisk nedlukning om natten",
    "Skift af hostingpartner",
];

/// Topics of titles, English.
pub const TOPICS_EN: [&str; 16] = [
    "Freeze on new requests",
    "Upgrade to Ubuntu 24.04",
    "New supplier agreement",
    "Maintenance budget",
    "Security updates on kiosk machines",
    "Login with MitID",
    "Printing from kiosk machines",
    "Booking of computers",
    "Remote support of machines",
    "Screen lock policy",
    "Accessibility of the admin site",
    "New release process",
    "Shared test environment",
    "Logging and GDPR",
    "Retiring old clients",
    "Documentation on GitHub Pages",
];

/// Sentences of record bodies, Danish; `{m}` is a municipality, `{r}` a release.
pub const SENTENCES_DA: [&str; 16] = [
    "Styregruppen har drøftet sagen på baggrund af oplæg fra produktsekretariatet.",
    "{m} har meldt ind, at problemet opleves dagligt på bibliotekerne.",
    "Løsningen skal leveres i version {r} og testes i det fælles testmiljø.",
    "Koordinationsgruppen vurderer, at ændringen har stor værdi for medlemmerne.",
    "Der er afsat budget til frikøb af 1/3 ressource til det samlede arbejde.",
    "Leverandøren estimerer opgaven til omkring 40 timer inklusive test.",
    "Beslutningen effektueres af produktsekretariatet i samarbejde med leverandøren.",
    "Risikoen vurderes som lav, da ændringen kan rulles tilbage.",
    "Ændringen berører både klienten og adminsitet.",
    "Medlemmerne orienteres på næste medlemsmøde.",
    "Der er enighed om at udskyde punktet til næste møde.",
    "Referatet blev godkendt uden bemærkninger.",
    "{m} tilbyder at stå for test på tre lokationer.",
    "Prisen er 25.000 kr. ekskl. moms for hele perioden.",
    "Se også den tidligere beslutning om release-processen.",
    "Sagen afventer svar fra leverandøren senest {d}.",
];

/// Sentences of record bodies, English.
pub const SENTENCES_EN: [&str; 12] = [
    "The steering committee discussed the matter based on the secretariat's proposal.",
    "{m} reports that the problem occurs daily in the libraries.",
    "The solution is to ship in release {r} and be tested in the shared test environment.",
    "The coordination group considers the change valuable to the members.",
    "The supplier estimates the work at about 40 hours including tests.",
    "The secretariat carries out the decision together with the supplier.",
    "The risk is low, as the change can be rolled back.",
    "The change affects both the client and the admin site.",
    "Members will be informed at the next members' meeting.",
    "The item was postponed to the next meeting.",
    "The minutes were approved without comments.",
    "The matter awaits an answer from the supplier by {d}.",
];

/// How one canonical status can be written.
pub struct StatusWords {
    /// The canonical status (as in defaults/gov.yaml).
    pub id: &'static str,
    /// The Danish label.
    pub da: &'static str,
    /// The English label.
    pub en: &'static str,
    /// Aliases people use (Godkendt, Besluttet, …).
    pub aliases: &'static [&'static str],
}

const fn sw(
    id: &'static str,
    da: &'static str,
    en: &'static str,
    aliases: &'static [&'static str],
) -> StatusWords {
    StatusWords {
        id,
        da,
        en,
        aliases,
    }
}

/// Decision statuses.
pub const DECISION: &[StatusWords] = &[
    sw("draft", "Udkast", "Draft", &["Kladde"]),
    sw(
        "proposed",
        "Forslag",
        "Proposed",
        &["Til godkendelse", "Foreslået"],
    ),
    sw(
        "accepted",
        "Accepteret",
        "Accepted",
        &["Godkendt", "Besluttet", "Vedtaget"],
    ),
    sw("rejected", "Afvist", "Rejected", &["Forkastet"]),
    sw("superseded", "Erstattet", "Superseded", &["Erstattet af"]),
    sw(
        "withdrawn",
        "Trukket tilbage",
        "Withdrawn",
        &["Tilbagetrukket"],
    ),
];

/// Change request statuses.
pub const CHANGE: &[StatusWords] = &[
    sw("submitted", "Indmeldt", "Submitted", &["Ny", "Modtaget"]),
    sw("evaluating", "Under vurdering", "Evaluating", &["Vurderes"]),
    sw("approved", "Godkendt", "Approved", &["Accepteret"]),
    sw("rejected", "Afvist", "Rejected", &["Forkastet"]),
    sw("planned", "Planlagt", "Planned", &[]),
    sw(
        "in_progress",
        "I gang",
        "In progress",
        &["Under udvikling", "igang"],
    ),
    sw("delivered", "Leveret", "Delivered", &["Udgivet"]),
    sw("closed", "Lukket", "Closed", &["Afsluttet", "Done"]),
];

/// Meeting statuses.
pub const MEETING: &[StatusWords] = &[
    sw("planned", "Planlagt", "Planned", &["Indkaldt"]),
    sw("agenda", "Dagsorden udsendt", "Agenda sent", &["Dagsorden"]),
    sw("held", "Afholdt", "Held", &[]),
    sw(
        "minutes_ready",
        "Referat klar til godkendelse",
        "Minutes ready for approval",
        &["Referat klar"],
    ),
    sw(
        "minutes_approved",
        "Referat godkendt",
        "Minutes approved",
        &["Godkendt"],
    ),
    sw("cancelled", "Aflyst", "Cancelled", &["MØDET BLEV AFLYST"]),
];

/// Task statuses.
pub const TASK: &[StatusWords] = &[
    sw("open", "Åben", "Open", &["Ny", "I gang", "todo"]),
    sw("done", "Udført", "Done", &["Færdig", "Lukket", "udfoert"]),
    sw("cancelled", "Annulleret", "Cancelled", &["Aflyst"]),
];

/// Plan statuses.
pub const PLAN: &[StatusWords] = &[
    sw("draft", "Udkast", "Draft", &["Kladde"]),
    sw("proposed", "Forslag", "Proposed", &["Til godkendelse"]),
    sw(
        "approved",
        "Godkendt",
        "Approved",
        &["Vedtaget", "Besluttet"],
    ),
    sw("active", "Aktiv", "Active", &["Gældende", "I kraft"]),
    sw("archived", "Arkiveret", "Archived", &["Udgået"]),
];

/// Status words outside every vocabulary, seeded rarely so that
/// validation has real findings to report.
pub const UNKNOWN_STATUS: [&str; 5] = ["Afventer", "Måske", "På hold", "TBD", "OK?"];

/// Subjects of code commits (English, as suppliers write them).
pub const COMMIT_SUBJECTS: [&str; 16] = [
    "Fix print queue hang on kiosk machines",
    "Add booking screen timeout setting",
    "Update translations",
    "Refactor job runner",
    "Bump dependencies",
    "Handle missing network drive gracefully",
    "Improve logging of failed logins",
    "Add MitID login flow",
    "Fix screen lock after suspend",
    "Remove unused admin views",
    "Speed up machine list in admin site",
    "Add tests for security event rules",
    "Fix typo in Danish labels",
    "Migrate settings to new format",
    "Add nightly shutdown script",
    "Document release procedure",
];

/// Words that make code file names.
pub const CODE_WORDS: [&str; 16] = [
    "booking", "printer", "login", "screen", "network", "security", "jobs", "admin", "config",
    "shutdown", "wifi", "users", "sites", "scripts", "events", "support",
];
