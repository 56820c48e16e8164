//! What `gov init` says about a repository that has records already: its
//! file-by-file report (what each file is and why, where it ends up), the
//! reasons of the format detector, and the comment of the gov.yaml it
//! writes.

super::catalogue! {
    /// A sentence of `gov init`'s survey.
    pub enum InitMsg {
        /// Column heading: the file.
        ColFile { da: "FIL", en: "FILE" }
        /// Column heading: what the file is.
        ColIs { da: "ER", en: "IS" }
        /// Column heading: where it goes in gov.yaml.
        ColPlace { da: "PLACERING", en: "PLACEMENT" }
        /// Column heading: why.
        ColWhy { da: "HVORFOR", en: "WHY" }
        /// A file that is no record.
        NotARecord { da: "ikke en sag", en: "not a record" }
        /// A record in its kind's folder.
        Mapped { da: "{kind} → {folder}/", en: "{kind} → {folder}/" }
        /// A record at the root.
        AtRoot {
            da: "ikke placeret: en sagstypes mappe kan ikke være roden",
            en: "not mapped: a kind's folder cannot be the root",
        }
        /// A record whose kind maps to another folder.
        KindElsewhere {
            da: "ikke placeret: {kind} ligger i {folder}/ (én mappe pr. sagstype)",
            en: "not mapped: {kind} lives in {folder}/ (one folder per kind)",
        }
        /// A record in a folder mostly holding another kind.
        FolderOfOtherKind {
            da: "ikke placeret: mappen rummer mest {kind}",
            en: "not mapped: its folder holds mostly {kind}",
        }
        /// A record whose folder holds another kind's folder.
        Overlaps {
            da: "ikke placeret: mappen rummer en anden sagstypes mappe",
            en: "not mapped: its folder holds another kind's folder",
        }
        /// Already a gov record.
        WhyGovRecord { da: "front matter med id {id}", en: "front matter with the ID {id}" }
        /// In an ignored folder.
        WhyIgnoredFolder {
            da: "i mappen {folder}/, som gov springer over (skabeloner)",
            en: "in {folder}/, which gov skips (templates)",
        }
        /// An ignored file name.
        WhyIgnoredName {
            da: "et filnavn gov springer over (ignore i gov.yaml)",
            en: "a file name gov skips (ignore in gov.yaml)",
        }
        /// Not UTF-8.
        WhyNotText { da: "ikke UTF-8-tekst", en: "not UTF-8 text" }
        /// A symbolic link.
        WhyLink {
            da: "en symbolsk henvisning; gov læser sager, hvor de ligger",
            en: "a symbolic link; gov reads records where they are",
        }
        /// In a folder another tool names as its decision log.
        WhyNamedFolder {
            da: "i en mappe, som {by} udpeger som beslutningslog",
            en: "in a folder {by} names as its decision log",
        }
        /// detect: README or index.
        WhyReadme {
            da: "en README eller et indeks beskriver mappen; det er ikke en sag",
            en: "a README or index describes the folder; it is no record",
        }
        /// detect: a template by name.
        WhyTemplateName { da: "en skabelon (efter navnet)", en: "a template (by its name)" }
        /// detect: a template by its placeholders.
        WhyTemplatePlaceholders {
            da: "en skabelon: titlen eller metadata er pladsholdere",
            en: "a template: its title or metadata values are placeholders",
        }
        /// detect: MADR front matter.
        WhyMadrFront {
            da: "MADR-front matter (`status`, `deciders` eller `decision-makers`)",
            en: "MADR front matter (status, deciders or decision-makers)",
        }
        /// detect: community decision metadata.
        WhyDecisionKeys {
            da: "beslutningsfelter (Dato/Status/Beslutningstagere/Beslutningstype)",
            en: "decision metadata (Dato/Status/Beslutningstagere/Beslutningstype)",
        }
        /// detect: log4brains bullets.
        WhyLog4brains {
            da: "log4brains-punkter (`Status`, `Deciders`, `Date`, `Tags`) og et dateret filnavn",
            en: "log4brains bullets (Status, Deciders, Date, Tags) and a dated file name",
        }
        /// detect: MADR 2 bullets.
        WhyMadrBullets {
            da: "MADR 2-punkter (`Status`, `Deciders`, `Date`)",
            en: "MADR 2 bullets (Status, Deciders, Date)",
        }
        /// detect: adr-tools.
        WhyAdrTools {
            da: "adr-tools: `# N. Titel`, en `Date:`-linje og et `## Status`-afsnit",
            en: "adr-tools: a `# N. Title`, a `Date:` line and a `## Status` section",
        }
        /// detect: meeting sections.
        WhyMeeting {
            da: "mødeafsnit (dagsorden, referat, deltagere eller mødefakta)",
            en: "meeting sections (agenda, minutes, attendance or meeting facts)",
        }
        /// detect: a title prefix.
        WhyPrefix {
            da: "en titel med præfikset [SDR]/[ODR]/[ADR]",
            en: "a title with a [SDR]/[ODR]/[ADR] prefix",
        }
        /// detect: Nygard sections.
        WhyNygard {
            da: "Nygard-afsnit (`Status`, `Context`, `Decision`)",
            en: "Nygard sections (Status, Context, Decision)",
        }
        /// detect: nothing.
        WhyNothing {
            da: "ingen beslutningsfelter, titelpræfiks eller mødeafsnit",
            en: "no decision metadata, title prefix, or meeting sections",
        }
        /// The summary line of a kind mapped.
        KindMapped {
            da: "{kind}: {folder}/ ({n} sager)",
            en: "{kind}: {folder}/ ({n} records)",
        }
        /// The summary line of a kind mapped with one record.
        KindMappedOne {
            da: "{kind}: {folder}/ (1 sag)",
            en: "{kind}: {folder}/ (1 record)",
        }
        /// What to do after init in a repository with records.
        Next {
            da: "Næste skridt: `gov import --dry-run` viser, hvilken front matter sagerne får; `gov import` skriver den.",
            en: "Next: `gov import --dry-run` shows the front matter the records will get; `gov import` writes it.",
        }
        /// Heading of the kinds mapped.
        KindsHeading {
            da: "Sagstyper i gov.yaml:",
            en: "Kinds in gov.yaml:",
        }
        /// No folders are made in a repository with records.
        NoFolders {
            da: "Ingen mapper oprettet: repositoriet tages, som det er. Sagstyper uden sager ({kinds}) beholder deres standardmappe, som `gov new` opretter ved første sag.",
            en: "No folders created: the repository is taken as it is. Kinds with no records ({kinds}) keep their default folder, which `gov new` creates with the first record.",
        }
        /// The comment above the kinds in the gov.yaml written.
        ConfigKinds {
            da: "# Mapper fundet af `gov init` (`gov init --dry-run` viser hvorfor, fil for fil):",
            en: "# Folders found by `gov init` (`gov init --dry-run` shows why, file by file):",
        }
        /// `--dry-run`: what would be written.
        WouldWrite { da: "ville skrive", en: "would write" }
    }
}
