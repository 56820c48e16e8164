//! The words of the public site `gov publish` writes (HTML and Jekyll):
//! headings, labels, landmarks and the sentence under each page.

super::catalogue! {
    /// A word or phrase of the published site.
    pub enum SiteMsg {
        /// The site's title.
        SiteTitle { da: "Godkendte styringsdokumenter", en: "Approved governance records" }
        /// The home page's introduction.
        SiteIntro {
            da: "Her står de godkendte versioner af fællesskabets beslutninger, ændringsønsker, mødereferater og planer. En sag vises i den seneste version, der er godkendt, også mens et nyt udkast er under arbejde.",
            en: "These are the approved versions of the community's decisions, change requests, minutes and plans. Each record is shown in its latest approved version, also while a new draft is being written.",
        }
        /// The link that skips to the content.
        SkipLink { da: "Gå til indholdet", en: "Skip to content" }
        /// The main navigation's name.
        Navigation { da: "Hovedmenu", en: "Main navigation" }
        /// Link to the home page.
        Home { da: "Forside", en: "Home" }
        /// The number of records of a kind.
        Count { da: "{n} godkendte", en: "{n} approved" }
        /// A kind with nothing published.
        Empty { da: "Intet godkendt endnu.", en: "Nothing approved yet." }
        /// Records without a type.
        OtherType { da: "Uden type", en: "Without a type" }
        /// Metadata: the record's ID.
        Id { da: "Id", en: "ID" }
        /// Metadata: the kind.
        Kind { da: "Type af sag", en: "Kind" }
        /// Metadata: the type within the kind.
        Type { da: "Beslutningstype", en: "Type" }
        /// Metadata: the status.
        Status { da: "Status", en: "Status" }
        /// Metadata: the date.
        Date { da: "Dato", en: "Date" }
        /// Metadata: the deciders.
        Deciders { da: "Beslutningstagere", en: "Deciders" }
        /// Column: the title.
        Title { da: "Titel", en: "Title" }
        /// A superseded record.
        SupersededBy { da: "Erstattet af", en: "Superseded by" }
        /// A superseded record whose successor is not named.
        SupersededNoSuccessor { da: "Erstattet", en: "Superseded" }
        /// Section: the approval.
        Approval { da: "Godkendelse", en: "Approval" }
        /// The approving commit: the one that gave the approved status.
        ApprovedIn { da: "Godkendt i commit", en: "Approved in commit" }
        /// The day of the approving commit.
        ApprovedOn { da: "Godkendt den", en: "Approved on" }
        /// The commit of the published version, when later than the approval.
        PublishedVersion { da: "Offentliggjort udgave (commit)", en: "Published version (commit)" }
        /// Who approved.
        ApprovedBy { da: "Godkendt af", en: "Approved by" }
        /// Approvers known as the members of the deciding bodies.
        ApproversBody { da: "medlemmer af {bodies}", en: "members of {bodies}" }
        /// Approvers not named: the approving commit's author stands in.
        ApproversAuthor {
            da: "commit-forfatter; sagen navngiver ingen godkendere",
            en: "commit author; the record names no approvers",
        }
        /// Section: traceability.
        Traceability { da: "Sporbarhed", en: "Traceability" }
        /// No commit refers to the record.
        NoCommits { da: "Ingen commits henviser til sagen.", en: "No commit refers to this record." }
        /// Column: repository.
        Repository { da: "Repositorie", en: "Repository" }
        /// Column: commit.
        Commit { da: "Commit", en: "Commit" }
        /// Column: commit message.
        Message { da: "Besked", en: "Message" }
        /// Column: release tag.
        Release { da: "Udgivelse", en: "Release" }
        /// A commit in no release yet.
        Unreleased { da: "ikke udgivet", en: "unreleased" }
        /// The footer of every page.
        Footer {
            da: "Udgivet med gov. Kun godkendte versioner vises.",
            en: "Published with gov. Only approved versions are shown.",
        }
        /// The commit the site was published from (home page).
        PublishedFrom { da: "Udgivet fra commit {commit} ({date}).", en: "Published from commit {commit} ({date})." }
        /// `gov publish`: what was written.
        Summary {
            da: "{written} sider skrevet, {unchanged} uændrede, {removed} fjernet i {out}",
            en: "{written} pages written, {unchanged} unchanged, {removed} removed in {out}",
        }
    }
}
