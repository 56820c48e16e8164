//! The stable rule codes: each finding's code, default severity and a one
//! line description in both languages. `gov validate --rules` prints this
//! table and the README documents it; codes never change meaning.

use super::finding::Finding;
use crate::severity::Severity;

/// A rule as documented.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Rule {
    /// The stable code (`GOV020`).
    pub code: &'static str,
    /// Severity unless gov.yaml's `rules:` overrides it.
    pub severity: Severity,
    /// What it catches, in English.
    pub en: &'static str,
    /// What it catches, in Danish.
    pub da: &'static str,
}

const fn rule(code: &'static str, severity: Severity, en: &'static str, da: &'static str) -> Rule {
    Rule {
        code,
        severity,
        en,
        da,
    }
}

use Severity::{Error, Hint, Warning};

/// Every rule, in code order.
pub const RULES: &[Rule] = &[
    rule(
        "GOV001",
        Error,
        "front matter is not valid YAML",
        "front matter er ikke gyldig YAML",
    ),
    rule(
        "GOV002",
        Error,
        "front matter has no closing `---`",
        "front matter mangler den afsluttende `---`",
    ),
    rule(
        "GOV003",
        Error,
        "front matter is not a map of keys",
        "front matter er ikke en samling af nøgler",
    ),
    rule(
        "GOV004",
        Error,
        "a key is written twice",
        "en nøgle står der to gange",
    ),
    rule(
        "GOV005",
        Warning,
        "a Markdown file in a record folder has no front matter",
        "en Markdown-fil i en sagsmappe har ingen front matter",
    ),
    rule("GOV006", Error, "the file is empty", "filen er tom"),
    rule(
        "GOV010",
        Error,
        "a value breaks the kind's JSON Schema",
        "en værdi overholder ikke typens JSON Schema",
    ),
    rule(
        "GOV011",
        Hint,
        "the record has no `id`",
        "sagen har intet `id`",
    ),
    rule("GOV020", Error, "unknown status word", "ukendt status"),
    rule(
        "GOV021",
        Warning,
        "status word followed by free text",
        "status efterfulgt af fri tekst",
    ),
    rule(
        "GOV022",
        Warning,
        "the record has no status",
        "sagen har ingen status",
    ),
    rule(
        "GOV030",
        Error,
        "a date that is not a date",
        "en dato, der ikke er en dato",
    ),
    rule(
        "GOV031",
        Hint,
        "a date not written as ISO yyyy-mm-dd",
        "en dato, der ikke er skrevet som ISO åååå-mm-dd",
    ),
    rule(
        "GOV032",
        Warning,
        "the date in the file name disagrees with `date`",
        "datoen i filnavnet passer ikke med `date`",
    ),
    rule(
        "GOV033",
        Warning,
        "a decided record's file name names another subject than its title",
        "filnavnet på en besluttet sag nævner et andet emne end titlen",
    ),
    rule(
        "GOV040",
        Error,
        "two files have the same ID",
        "to filer har samme id",
    ),
    rule(
        "GOV041",
        Error,
        "the file name's ID disagrees with `id`",
        "id i filnavnet passer ikke med `id`",
    ),
    rule(
        "GOV042",
        Error,
        "an ID with another kind's prefix",
        "et id med en anden types præfiks",
    ),
    rule(
        "GOV050",
        Error,
        "a reference to an ID no record has",
        "en henvisning til et id, som ingen sag har",
    ),
    rule(
        "GOV051",
        Error,
        "supersession recorded on one side only",
        "erstatning er kun noteret i den ene sag",
    ),
    rule(
        "GOV052",
        Error,
        "a link or forge URL to a file of the repository that is not there",
        "et link eller en forge-URL til en fil i repositoriet, som ikke findes",
    ),
    rule(
        "GOV060",
        Error,
        "the file is not UTF-8",
        "filen er ikke UTF-8",
    ),
    rule(
        "GOV061",
        Warning,
        "the file starts with a byte order mark",
        "filen starter med et byte order mark (BOM)",
    ),
    rule(
        "GOV062",
        Warning,
        "text that looks like UTF-8 read in another encoding",
        "tekst, der ligner UTF-8 læst med en anden tegnkodning",
    ),
    rule(
        "GOV063",
        Warning,
        "a symbolic link leading out of the repository or to no regular file, not followed",
        "et symbolsk link ud af repositoriet eller til andet end en almindelig fil, som ikke følges",
    ),
    rule(
        "GOV064",
        Error,
        "a binary file with a Markdown name",
        "en binær fil med et Markdown-navn",
    ),
    rule(
        "GOV065",
        Error,
        "the file cannot be read",
        "filen kan ikke læses",
    ),
    rule(
        "GOV066",
        Warning,
        "a FIFO, socket or device with a Markdown name, not read",
        "en FIFO, socket eller enhed med et Markdown-navn, som ikke læses",
    ),
    rule(
        "GOV070",
        Error,
        "a status change the workflow does not allow",
        "et statusskift, som arbejdsgangen ikke tillader",
    ),
    rule(
        "GOV071",
        Error,
        "an accepted record's text changed without a superseding record",
        "teksten i en vedtaget sag er ændret uden en ny sag, der erstatter den",
    ),
    rule(
        "GOV072",
        Warning,
        "approved minutes edited afterwards",
        "godkendt referat ændret bagefter",
    ),
    rule(
        "GOV073",
        Error,
        "this branch adds an ID the base uses for another record",
        "denne gren tilføjer et id, som basen bruger til en anden sag",
    ),
    rule(
        "GOV074",
        Error,
        "an approval the approval rules do not allow",
        "en godkendelse, som reglerne for godkendelse ikke tillader",
    ),
    rule(
        "GOV075",
        Hint,
        "several allowed status changes made in one commit",
        "flere tilladte statusskift i samme commit",
    ),
    rule(
        "GOV076",
        Warning,
        "a version in history that is not UTF-8, not read",
        "en udgave i historikken, som ikke er UTF-8, og som ikke læses",
    ),
    rule(
        "GOV080",
        Hint,
        "a gap in an agenda's numbering",
        "et hul i dagsordenens nummerering",
    ),
    rule(
        "GOV081",
        Warning,
        "a meeting that took decisions was not quorate",
        "et møde, der traf beslutninger, var ikke beslutningsdygtigt",
    ),
];

impl Finding {
    /// The finding's stable rule code.
    pub fn code(&self) -> &'static str {
        use Finding::*;
        match self {
            YamlSyntax { .. } => "GOV001",
            Unterminated => "GOV002",
            NotAMap => "GOV003",
            DuplicateKey { .. } => "GOV004",
            NoFrontMatter => "GOV005",
            EmptyFile => "GOV006",
            Schema { .. } => "GOV010",
            MissingId { .. } => "GOV011",
            UnknownStatus { .. } => "GOV020",
            StatusWithNote { .. } => "GOV021",
            MissingStatus => "GOV022",
            BadDate { .. } => "GOV030",
            NonIsoDate { .. } => "GOV031",
            FileNameDate { .. } => "GOV032",
            FileNameSlug { .. } => "GOV033",
            DuplicateId { .. } => "GOV040",
            FileNameId { .. } => "GOV041",
            WrongPrefix { .. } => "GOV042",
            UnknownReference { .. } => "GOV050",
            OneSidedSupersession { .. } => "GOV051",
            BrokenLink { .. } => "GOV052",
            NotUtf8 { .. } => "GOV060",
            Bom => "GOV061",
            Mojibake { .. } => "GOV062",
            Symlink { .. } => "GOV063",
            Binary => "GOV064",
            Unreadable { .. } => "GOV065",
            Special { .. } => "GOV066",
            BadTransition { .. } => "GOV070",
            ChangedAfterAcceptance { .. } => "GOV071",
            MinutesEdited { .. } => "GOV072",
            IdCollision { .. } => "GOV073",
            Approval { .. } => "GOV074",
            SkippedSteps { .. } => "GOV075",
            VersionNotUtf8 { .. } => "GOV076",
            AgendaGap { .. } => "GOV080",
            NotQuorate { .. } => "GOV081",
        }
    }

    /// The rule of this finding.
    pub fn rule(&self) -> &'static Rule {
        let code = self.code();
        RULES.iter().find(|r| r.code == code).unwrap_or(&RULES[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_sorted() {
        for pair in RULES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} then {}",
                pair[0].code,
                pair[1].code
            );
        }
    }
}
