//! Help texts of `gov meeting`.

use super::HelpText;

/// The help texts of `gov meeting`.
pub static HELP: &[HelpText] = &[
    HelpText {
        key: "gov meeting",
        da: "Forbered møder: skriv et organs næste møde med dagsorden, og\ngodkend et mødes referat.",
        en: "Prepare meetings: write a body's next meeting with its agenda, and\napprove a meeting's minutes.",
    },
    HelpText {
        key: "gov meeting #long",
        da: "Forbered møder: skriv et organs næste møde med dagsorden, og\ngodkend et mødes referat.\n\nEksempler:\n  gov meeting new --body styregruppe\n  gov meeting new --body koordinationsgruppe --date 2026-12-08 --dry-run\n  gov meeting approve MTG-0004 --by \"Agnete Moos\" --by \"Sofie Søndergaard\"",
        en: "Prepare meetings: write a body's next meeting with its agenda, and\napprove a meeting's minutes.\n\nExamples:\n  gov meeting new --body styregruppe\n  gov meeting new --body koordinationsgruppe --date 2026-12-08 --dry-run\n  gov meeting approve MTG-0004 --by \"Agnete Moos\" --by \"Sofie Søndergaard\"",
    },
    HelpText {
        key: "gov meeting new",
        da: "Skriv et organs næste møde med dagsorden.",
        en: "Write a body's next meeting with its agenda.",
    },
    HelpText {
        key: "gov meeting new #long",
        da: "Skriv et organs næste møde med dagsorden.\n\nDatoen er årshjulets næste for organet (`cycle:` i gov.yaml), efter\ni dag og efter organets seneste møde på fil, medmindre --date angiver\nden; start, slut og sted kommer fra årshjulets begivenhed. De\nindkaldte er organets medlemmer (`bodies:`). Dagsordenen: organets\nfaste indledende punkter (`bodies.<id>.agenda`, som standard\ngodkendelse af dagsordenen), godkendelse af referatet fra forrige\nmøde, når det ikke er godkendt, sagerne, der venter på organets\ngodkendelse, ændringsønskerne, der venter på vurdering (de øverste\n`bodies.<id>.backlog_top` i den prioriterede backlog), de åbne\naktionspunkter fra organets møder og de afsluttende punkter\n(`bodies.<id>.closing`, som standard eventuelt). Hvert punkt nævner\nde sager, det handler om. Mødet skrives, som `gov new` skriver en\nsag: et nyt id, typens skabelon, aldrig oven i en fil, der findes.\n--dry-run viser mødet og skriver intet.\n\nEksempler:\n  gov meeting new --body styregruppe\n  gov meeting new --body SG --date 3.12.2026 --dry-run\n  gov meeting new --body koordinationsgruppe --format json",
        en: "Write a body's next meeting with its agenda.\n\nThe date is the annual cycle's next one for the body (`cycle:` in\ngov.yaml), after today and after the body's last meeting on file,\nunless --date gives it; start, end and place come from the cycle's\nevent. The invited are the body's members (`bodies:`). The agenda:\nthe body's standard opening items (`bodies.<id>.agenda`, default\nthe approval of the agenda), the approval of the previous meeting's\nminutes when they are not approved, the records waiting for the\nbody's approval, the change requests waiting for evaluation (the\ntop `bodies.<id>.backlog_top` of the ranked backlog), the open\naction items of the body's meetings, and the closing items\n(`bodies.<id>.closing`, default any other business). Each item\nnames the records it is about. The meeting is written like\n`gov new` writes a record: a new ID, the kind's template, never\nover an existing file. --dry-run shows it and writes nothing.\n\nExamples:\n  gov meeting new --body styregruppe\n  gov meeting new --body SG --date 3.12.2026 --dry-run\n  gov meeting new --body koordinationsgruppe --format json",
    },
    HelpText {
        key: "gov meeting new --body",
        da: "Organet, der mødes (dets id, navn eller alias under `bodies:`)",
        en: "The body that meets (its id, label or alias under `bodies:`)",
    },
    HelpText {
        key: "gov meeting new --body #value",
        da: "ORGAN",
        en: "BODY",
    },
    HelpText {
        key: "gov meeting new --date",
        da: "Dagen (standard: årshjulets næste); danske skrivemåder læses med dagen først",
        en: "The day (default: the annual cycle's next one); Danish forms are read day-first",
    },
    HelpText {
        key: "gov meeting new --date #value",
        da: "DATO",
        en: "DATE",
    },
    HelpText {
        key: "gov meeting new --title",
        da: "Titlen (standard: årshjulsbegivenhedens titel og dagen)",
        en: "The title (default: the cycle event's title and the day)",
    },
    HelpText {
        key: "gov meeting new --title #value",
        da: "TITEL",
        en: "TITLE",
    },
    HelpText {
        key: "gov meeting new --dry_run",
        da: "Vis mødet og skriv intet",
        en: "Show the meeting and write nothing",
    },
    HelpText {
        key: "gov meeting new --format",
        da: "Uddataformat",
        en: "Output format",
    },
    HelpText {
        key: "gov meeting new --format #value",
        da: "FORMAT",
        en: "FORMAT",
    },
    HelpText {
        key: "gov meeting new --format =table",
        da: "Kolonner på linje til mennesker",
        en: "Aligned columns for people",
    },
    HelpText {
        key: "gov meeting new --format =json",
        da: "JSON til programmer",
        en: "JSON for programs",
    },
    HelpText {
        key: "gov meeting approve",
        da: "Godkend et mødes referat.",
        en: "Approve a meeting's minutes.",
    },
    HelpText {
        key: "gov meeting approve #long",
        da: "Godkend et mødes referat.\n\nStatus bliver minutes_approved (Referat godkendt), dagen skrives som\n`minutes_approved`, og medlemmerne nævnt med --by som `approved_by`,\nalt sammen i én skrivning, der bevarer hver anden byte. Når\ngov.yaml's regel `approval: meeting:` kræver et beslutningsdygtigt\nantal, skal navnene være medlemmer af det godkendende organ og mindst\nså mange; ellers, eller når arbejdsgangen ikke tillader skridtet (et\nmøde, der ikke er afholdt endnu), skrives intet (afslutningskode 2).\n\nEksempler:\n  gov meeting approve MTG-0004\n  gov meeting approve MTG-0004 --by \"Agnete Moos\" --by jens@aarhus.dk\n  gov meeting approve MTG-0004 --by \"Agnete Moos\" --dry-run",
        en: "Approve a meeting's minutes.\n\nThe status becomes minutes_approved (Referat godkendt), the day\nis written as `minutes_approved`, and the members named with --by\nas `approved_by`, all in one write that keeps every other byte.\nWhen gov.yaml's `approval: meeting:` rule asks for a quorum, the\nnames must be members of the body that approves and at least the\nquorum; otherwise, or when the workflow does not allow the step\n(a meeting not yet held), nothing is written (exit 2).\n\nExamples:\n  gov meeting approve MTG-0004\n  gov meeting approve MTG-0004 --by \"Agnete Moos\" --by jens@aarhus.dk\n  gov meeting approve MTG-0004 --by \"Agnete Moos\" --dry-run",
    },
    HelpText {
        key: "gov meeting approve --id",
        da: "Mødets id (eller sti)",
        en: "The meeting's ID (or path)",
    },
    HelpText {
        key: "gov meeting approve --id #value",
        da: "ID",
        en: "ID",
    },
    HelpText {
        key: "gov meeting approve --by",
        da: "Et medlem, der godkender, ved navn eller e-mailadresse (kan gentages)",
        en: "A member who approves, by name or e-mail address (repeatable)",
    },
    HelpText {
        key: "gov meeting approve --by #value",
        da: "NAVN",
        en: "NAME",
    },
    HelpText {
        key: "gov meeting approve --dry_run",
        da: "Vis, hvad der ville ændres, og skriv intet",
        en: "Show what would change and write nothing",
    },
];
