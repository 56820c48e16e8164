//! The words of `gov validate`'s findings: a plain message a web-editor
//! user can act on, and a hint saying what to do. `check::messages` maps
//! each finding's data to these keys.

super::catalogue! {
    /// A finding's message or hint.
    pub enum FindingMsg {
        /// GOV001.
        YamlSyntax {
            da: "front matter er ikke gyldig YAML: {message}",
            en: "the front matter is not valid YAML: {message}",
        }
        /// GOV001: a tab used to indent.
        YamlTabIndent {
            da: "fandt et tabulatortegn, hvor der skulle være indrykning",
            en: "found a tab character where indentation was expected",
        }
        /// GOV001: a tab where none may stand.
        YamlTab {
            da: "fandt et tabulatortegn, hvor det ikke er tilladt",
            en: "found a tab character where it is not allowed",
        }
        /// GOV001: the text ends inside a value.
        YamlEof { da: "teksten slutter midt i en værdi", en: "the text ended in the middle of a value" }
        /// GOV001: a key without its colon.
        YamlColon { da: "der mangler `:` efter denne nøgle", en: "expected `:` after this key" }
        /// GOV001: `: ` inside an unquoted value.
        YamlColonSpace {
            da: "fandt `: `, hvor det ikke er tilladt (sæt en værdi med `: ` i anførselstegn)",
            en: "found `: ` where it is not allowed (quote a value that contains `: `)",
        }
        /// GOV001: a line that is not `key: value`.
        YamlExpectedKey {
            da: "her skulle stå en linje `nøgle: værdi` (tjek indrykningen)",
            en: "expected a `key: value` line here (check the indentation)",
        }
        /// GOV001: indentation that does not line up.
        YamlIndent {
            da: "indrykningen passer ikke med linjerne ovenfor",
            en: "the indentation does not match the lines above",
        }
        /// GOV001: an open quote.
        YamlUnclosedQuote {
            da: "en værdi i anførselstegn er ikke lukket",
            en: "a quoted value is not closed",
        }
        /// GOV001: a value is missing.
        YamlExpectedValue { da: "her skulle stå en værdi", en: "expected a value here" }
        /// GOV001: a `[…]` list not closed or separated.
        YamlFlowList {
            da: "forventede `,` eller `]` i en `[…]`-liste",
            en: "expected `,` or `]` in a `[…]` list",
        }
        /// GOV001: a `{…}` map not closed or separated.
        YamlFlowMap {
            da: "forventede `,` eller `}` i en `{…}`-tabel",
            en: "expected `,` or `}` in a `{…}` map",
        }
        /// GOV001: a list item expected.
        YamlExpectedItem {
            da: "her skulle stå et `- `-element (tjek indrykningen)",
            en: "expected a `- ` item here (check the indentation)",
        }
        /// GOV001: a `]` or `}` without its opening.
        YamlUnopened {
            da: "fandt slutningen på en liste eller tabel, der aldrig blev begyndt",
            en: "found the end of a collection that never began",
        }
        /// GOV001: nested too deep.
        YamlTooDeep {
            da: "lister og tabeller er indlejret mere end {limit} niveauer dybt",
            en: "collections are nested more than {limit} levels deep",
        }
        /// GOV001: too many values.
        YamlTooManyNodes {
            da: "dokumentet har mere end {limit} værdier",
            en: "the document has more than {limit} values",
        }
        /// GOV001: aliases expand too far.
        YamlAliasBudget {
            da: "aliasser udfoldes til mere end {limit} værdier",
            en: "aliases expand to more than {limit} values",
        }
        /// GOV001: aliases copy too much text.
        YamlAliasBytes {
            da: "aliasser kopierer mere end {limit} byte tekst",
            en: "aliases copy more than {limit} bytes of text",
        }
        /// GOV001: an alias without its anchor.
        YamlUnknownAnchor {
            da: "aliasset `*{name}` henviser ikke til noget anker defineret før det",
            en: "the alias `*{name}` refers to no anchor defined before it",
        }
        /// GOV001: a second document.
        YamlTwoDocuments {
            da: "fandt et andet YAML-dokument, hvor kun ét er tilladt",
            en: "found a second YAML document where only one is allowed",
        }
        /// GOV001, what to do.
        YamlSyntaxHint {
            da: "tjek anførselstegn, koloner og indrykning; værdier med `: ` eller `#` skal i anførselstegn",
            en: "check quotes, colons and indentation; values with `: ` or `#` need quotes",
        }
        /// GOV002.
        Unterminated {
            da: "front matter starter med `---`, men mangler den afsluttende `---`-linje",
            en: "the front matter starts with `---` but has no closing `---` line",
        }
        /// GOV002, what to do.
        UnterminatedHint {
            da: "tilføj en linje med `---` efter den sidste nøgle",
            en: "add a line with `---` after the last key",
        }
        /// GOV003.
        NotAMap {
            da: "front matter skal være nøgler med værdier (`title: …`), ikke en liste eller en enkelt værdi",
            en: "the front matter must be keys with values (`title: …`), not a list or a single value",
        }
        /// GOV004.
        DuplicateKey {
            da: "nøglen `{key}` står der to gange (første gang i linje {first_line})",
            en: "the key `{key}` is written twice (first on line {first_line})",
        }
        /// GOV004, what to do.
        DuplicateKeyHint { da: "behold én; gov læser den første", en: "keep one; gov reads the first" }
        /// GOV005.
        NoFrontMatter {
            da: "denne Markdown-fil i en sagsmappe har ingen front matter",
            en: "this Markdown file in a record folder has no front matter",
        }
        /// GOV005, what to do.
        NoFrontMatterHint {
            da: "tilføj `---`, `id`, `title`, `status`, `date`, `---` øverst, eller flyt filen ud af sagsmappen",
            en: "add `---`, `id`, `title`, `status`, `date`, `---` at the top, or move the file out of the record folder",
        }
        /// GOV006.
        EmptyFile { da: "filen er tom", en: "the file is empty" }
        /// GOV006, what to do.
        EmptyFileHint {
            da: "slet den, eller opret sager med `gov new`",
            en: "delete it, or create records with `gov new`",
        }
        /// GOV010: where in the front matter, and what the schema says.
        Schema { da: "{pointer}: {message}", en: "{pointer}: {message}" }
        /// GOV010 about the front matter as a whole.
        SchemaWhole { da: "front matter: {message}", en: "front matter: {message}" }
        /// GOV010: a value of the wrong JSON type.
        SchemaType { da: "{value} er ikke {expected}", en: "{value} is not {expected}" }
        /// Between JSON types a value may have.
        SchemaOr { da: "eller", en: "or" }
        /// GOV010: a value that fits none of the allowed forms.
        SchemaNoForm {
            da: "{value} passer ikke til nogen af de tilladte former",
            en: "{value} fits none of the allowed forms",
        }
        /// GOV010: a value outside the allowed values.
        SchemaNotAllowed {
            da: "{value} er ikke en af de tilladte værdier: {allowed}",
            en: "{value} is not one of the allowed values: {allowed}",
        }
        /// GOV010: a required key is missing.
        SchemaRequired { da: "nøglen `{key}` mangler", en: "the key `{key}` is missing" }
        /// GOV010: keys the schema does not allow.
        SchemaUnexpected {
            da: "nøgler, som skemaet ikke tillader: `{keys}`",
            en: "keys the schema does not allow: `{keys}`",
        }
        /// GOV010: too few items.
        SchemaTooFewItems {
            da: "listen skal have mindst {limit} element(er)",
            en: "the list must have at least {limit} item(s)",
        }
        /// GOV010: too many items.
        SchemaTooManyItems {
            da: "listen må højst have {limit} element(er)",
            en: "the list may have at most {limit} item(s)",
        }
        /// GOV010: a text too short.
        SchemaTooShort {
            da: "teksten skal have mindst {limit} tegn",
            en: "the text must have at least {limit} character(s)",
        }
        /// GOV010: a text too long.
        SchemaTooLong {
            da: "teksten må højst have {limit} tegn",
            en: "the text may have at most {limit} character(s)",
        }
        /// GOV010: a text that does not match the pattern.
        SchemaPattern {
            da: "{value} passer ikke til mønstret {pattern}",
            en: "{value} does not match the pattern {pattern}",
        }
        /// GOV010: a list with an item twice.
        SchemaNotUnique {
            da: "listen har det samme element to gange",
            en: "the list has the same item twice",
        }
        /// A JSON type: text.
        JsonString { da: "en tekst", en: "a string" }
        /// A JSON type: a list.
        JsonArray { da: "en liste", en: "a list" }
        /// A JSON type: a map.
        JsonObject { da: "en tabel af nøgler og værdier", en: "a map" }
        /// A JSON type: a whole number.
        JsonInteger { da: "et heltal", en: "a whole number" }
        /// A JSON type: a number.
        JsonNumber { da: "et tal", en: "a number" }
        /// A JSON type: true or false.
        JsonBoolean { da: "sand eller falsk (true/false)", en: "true or false" }
        /// A JSON type: nothing.
        JsonNull { da: "ingen værdi (null)", en: "nothing (null)" }
        /// GOV011.
        MissingId {
            da: "sagen har intet `id`; gov bruger `{derived}` fra filnavnet",
            en: "the record has no `id`; gov uses `{derived}` from the file name",
        }
        /// GOV011, what to do.
        MissingIdHint {
            da: "kør `gov renumber` eller `gov set <sti> id=<ID>` for at give den et fast id",
            en: "run `gov renumber` or `gov set <path> id=<ID>` to give it a stable ID",
        }
        /// GOV020.
        UnknownStatus { da: "`{word}` er ikke en kendt status", en: "`{word}` is not a known status" }
        /// GOV020, the nearest word.
        UnknownStatusHint {
            da: "mente du `{nearest}`? `gov config` viser statusordene",
            en: "did you mean `{nearest}`? `gov config` lists the status words",
        }
        /// GOV021.
        StatusWithNote {
            da: "status har fri tekst efter statusordet: `{note}`",
            en: "the status has free text after the status word: `{note}`",
        }
        /// GOV021, what to do.
        StatusWithNoteHint {
            da: "skriv `status: {word}` og læg teksten i `status_note:`",
            en: "write `status: {word}` and put the text in `status_note:`",
        }
        /// GOV022.
        MissingStatus { da: "sagen har ingen `status`", en: "the record has no `status`" }
        /// GOV030.
        BadDate {
            da: "`{key}: {text}` er ikke en dato: {reason}",
            en: "`{key}: {text}` is not a date: {reason}",
        }
        /// GOV030, what to do.
        BadDateHint {
            da: "skriv datoer som åååå-mm-dd, fx 2026-06-04",
            en: "write dates as yyyy-mm-dd, e.g. 2026-06-04",
        }
        /// GOV031.
        NonIsoDate {
            da: "`{key}: {text}` læses med dagen først som {iso}",
            en: "`{key}: {text}` is read day-first as {iso}",
        }
        /// GOV031 when the date could be read either way.
        NonIsoDateAmbiguous {
            da: "`{key}: {text}` læses med dagen først som {iso} (den kan misforstås med måneden først)",
            en: "`{key}: {text}` is read day-first as {iso} (it could be misread month-first)",
        }
        /// GOV031, what to do.
        NonIsoDateHint { da: "skriv `{key}: {iso}`", en: "write `{key}: {iso}`" }
        /// GOV032.
        FileNameDate {
            da: "filnavnet siger {file_date}, men `date` siger {record_date}",
            en: "the file name says {file_date} but `date` says {record_date}",
        }
        /// GOV032, what to do.
        FileNameDateHint {
            da: "ret `date`, eller omdøb filen, så datoen passer",
            en: "fix `date`, or rename the file so the dates agree",
        }
        /// GOV032 for a decided record, what to do.
        FileNameDateDecidedHint {
            da: "er filen overskrevet med en anden beslutning, så gendan den gamle tekst fra git og læg den nye i sin egen fil med `gov new`; ellers ret `date` eller filnavnet",
            en: "if the file was overwritten with another decision, restore the old text from git and put the new one in its own file with `gov new`; otherwise fix `date` or the file name",
        }
        /// GOV033.
        FileNameSlug {
            da: "filnavnet siger `{slug}`, men titlen er »{title}«: de har intet ord til fælles",
            en: "the file name says `{slug}` but the title is \"{title}\": they share no word",
        }
        /// GOV033, what to do.
        FileNameSlugHint {
            da: "er filen overskrevet med en anden beslutning, så gendan den gamle tekst fra git og læg den nye i sin egen fil med `gov new`; er titlen blot omformuleret, så omdøb filen til `{suggested}`",
            en: "if the file was overwritten with another decision, restore the old text from git and put the new one in its own file with `gov new`; if the title was only reworded, rename the file to `{suggested}`",
        }
        /// GOV040.
        DuplicateId { da: "id'et `{id}` bruges også af {other}", en: "the ID `{id}` is also used by {other}" }
        /// GOV040, what to do.
        DuplicateIdHint {
            da: "giv den ene et nyt id med `gov renumber`",
            en: "give one of them a new ID with `gov renumber`",
        }
        /// GOV041.
        FileNameId {
            da: "filnavnet siger `{file_id}`, men `id` siger `{id}`",
            en: "the file name says `{file_id}` but `id` says `{id}`",
        }
        /// GOV041, what to do.
        FileNameIdHint {
            da: "omdøb filen eller ret `id`; `gov renumber` gør begge dele",
            en: "rename the file or fix `id`; `gov renumber` does both",
        }
        /// GOV042.
        WrongPrefix {
            da: "`{id}` ligger i denne types mappe, men præfikset er ikke `{prefix}`",
            en: "`{id}` is in this kind's folder but its prefix is not `{prefix}`",
        }
        /// GOV050.
        UnknownReference {
            da: "`{key}` henviser til `{id}`, som ingen sag har",
            en: "`{key}` refers to `{id}`, which no record has",
        }
        /// A nearest ID or word.
        DidYouMean { da: "mente du `{nearest}`?", en: "did you mean `{nearest}`?" }
        /// GOV051.
        OneSidedSupersession {
            da: "erstatningen med {other} er kun noteret her: {other} har ingen `{missing}`, der nævner denne sag",
            en: "the supersession with {other} is recorded here only: {other} has no `{missing}` naming this record",
        }
        /// GOV051, what to do.
        OneSidedSupersessionHint { da: "tilføj `{missing}` i {other}", en: "add `{missing}` to {other}" }
        /// GOV052.
        BrokenLink {
            da: "linket `{target}` peger på en fil, som ikke findes i repositoriet",
            en: "the link `{target}` points to a file that is not in the repository",
        }
        /// GOV052 when git saw the file renamed.
        BrokenLinkRenamed {
            da: "git viser, at filen er omdøbt til `{path}`",
            en: "git shows the file was renamed to `{path}`",
        }
        /// GOV060.
        NotUtf8 {
            da: "filen er ikke UTF-8 (første ugyldige byte ved position {offset})",
            en: "the file is not UTF-8 (first invalid byte at offset {offset})",
        }
        /// GOV060, what to do.
        NotUtf8Hint { da: "gem filen som UTF-8", en: "save the file as UTF-8" }
        /// GOV061.
        Bom {
            da: "filen starter med et byte order mark (BOM)",
            en: "the file starts with a byte order mark (BOM)",
        }
        /// GOV061, what to do.
        BomHint { da: "gem filen som UTF-8 uden BOM", en: "save the file as UTF-8 without BOM" }
        /// GOV062.
        Mojibake {
            da: "`{found}` ligner UTF-8-tekst læst med en anden tegnkodning",
            en: "`{found}` looks like UTF-8 text read in another encoding",
        }
        /// GOV062, what was meant.
        MojibakeMeant {
            da: "der menes nok `{meant}`; gem filen igen som UTF-8",
            en: "`{meant}` was probably meant; re-save the file as UTF-8",
        }
        /// GOV062, what to do.
        MojibakeHint { da: "gem filen igen som UTF-8", en: "re-save the file as UTF-8" }
        /// GOV063: a link out of the repository.
        SymlinkOutside {
            da: "et symbolsk link, der fører ud af repositoriet; gov læser det ikke",
            en: "a symbolic link that leads outside the repository; gov does not read it",
        }
        /// GOV063: a link to something that is not a regular file.
        SymlinkTo {
            da: "et symbolsk link til {what}; gov læser kun links til almindelige filer i repositoriet",
            en: "a symbolic link to {what}; gov reads only links to regular files inside the repository",
        }
        /// GOV063: a broken link.
        SymlinkBroken {
            da: "et symbolsk link, der ikke fører nogen steder hen: {message}",
            en: "a symbolic link that leads nowhere: {message}",
        }
        /// GOV063, what to do.
        SymlinkHint { da: "erstat linket med selve filen", en: "replace the link with the file itself" }
        /// GOV064.
        Binary {
            da: "filen indeholder NUL-bytes: den er binær, ikke Markdown",
            en: "the file contains NUL bytes: it is binary, not Markdown",
        }
        /// GOV064, what to do.
        BinaryHint {
            da: "omdøb den eller flyt den ud af sagsmappen",
            en: "rename it or move it out of the record folder",
        }
        /// GOV065.
        Unreadable { da: "filen kan ikke læses: {message}", en: "the file cannot be read: {message}" }
        /// GOV066.
        Special {
            da: "dette er {what}, ikke en fil: gov åbner den ikke",
            en: "this is {what}, not a file: gov does not open it",
        }
        /// GOV066, what to do.
        SpecialHint {
            da: "fjern den, eller giv den et navn, der ikke ender på .md",
            en: "remove it or give it a name that does not end in .md",
        }
        /// GOV070.
        BadTransition {
            da: "status skiftede fra `{from}` til `{to}` i {commit} af {author} den {date}, hvilket arbejdsgangen ikke tillader",
            en: "status moved from `{from}` to `{to}` in {commit} by {author} on {date}, which the workflow does not allow",
        }
        /// GOV070, what to do.
        BadTransitionHint {
            da: "lav i stedet en ny sag, der erstatter denne",
            en: "make a new record that supersedes this one instead",
        }
        /// GOV071.
        ChangedAfterAcceptance {
            da: "teksten er ændret, efter sagen fik status {status}, i {commit} af {author} den {date}",
            en: "the text changed after the record was {status}, in {commit} by {author} on {date}",
        }
        /// GOV071, what to do.
        ChangedAfterAcceptanceHint {
            da: "gendan den besluttede tekst og lav en ny sag med `gov new … --supersedes`; er det en tilsigtet rettelse, så skriv commit'en og hvorfor under `amended:` (`- {commit: …, reason: …}`)",
            en: "restore the decided text and make a new record with `gov new … --supersedes`; if it was a deliberate correction, name the commit and why under `amended:` (`- {commit: …, reason: …}`)",
        }
        /// GOV072.
        MinutesEdited {
            da: "referatet er ændret efter godkendelsen, i {commit} af {author} den {date}",
            en: "the minutes were edited after approval, in {commit} by {author} on {date}",
        }
        /// GOV076.
        VersionNotUtf8 {
            da: "udgaven af {path} i {commit} af {author} den {date} er ikke UTF-8 (linje {line}, kolonne {column}), så dens status og felter kendes ikke",
            en: "the version of {path} in {commit} by {author} on {date} is not UTF-8 (line {line}, column {column}), so its status and fields are unknown",
        }
        /// GOV076, what to do.
        VersionNotUtf8Hint {
            da: "historikken kan ikke rettes; se udgaven med `git show {commit}:{path}` og skriv dens status i en senere udgave, hvis den betyder noget",
            en: "history cannot be changed; look at the version with `git show {commit}:{path}` and state its status in a later version if it matters",
        }
        /// GOV073.
        IdCollision {
            da: "denne gren tilføjer `{id}`, som {base} allerede bruger til {base_path}",
            en: "this branch adds `{id}`, which {base} already uses for {base_path}",
        }
        /// GOV073, what to do.
        IdCollisionHint {
            da: "kør `gov renumber {id}` før sammenfletning",
            en: "run `gov renumber {id}` before merging",
        }
        /// GOV074.
        Approval {
            da: "{message} (i {commit} af {author} den {date})",
            en: "{message} (in {commit} by {author} on {date})",
        }
        /// A status change that skipped steps of the workflow.
        SkippedSteps {
            da: "status skiftede fra `{from}` til `{to}` i ét commit ({commit} af {author} den {date}) og sprang trin over: arbejdsgangen tillader det som {path}",
            en: "status moved from `{from}` to `{to}` in one commit ({commit} by {author} on {date}), skipping steps: the workflow allows it as {path}",
        }
        /// GOV080: one number missing.
        AgendaGap {
            da: "dagsordenspunkt {number} kommer efter {previous}: punkt {first} mangler",
            en: "agenda item {number} comes after {previous}: item {first} is missing",
        }
        /// GOV080: several numbers missing.
        AgendaGapMany {
            da: "dagsordenspunkt {number} kommer efter {previous}: punkt {first} til {last} mangler",
            en: "agenda item {number} comes after {previous}: items {first} to {last} are missing",
        }
        /// GOV080 at the agenda's first item.
        AgendaGapStart {
            da: "dagsordenen begynder med punkt {number}: punkt {first} mangler",
            en: "the agenda starts with item {number}: item {first} is missing",
        }
        /// GOV080 at the agenda's first item, several missing.
        AgendaGapStartMany {
            da: "dagsordenen begynder med punkt {number}: punkt {first} til {last} mangler",
            en: "the agenda starts with item {number}: items {first} to {last} are missing",
        }
        /// GOV080, what to do.
        AgendaGapHint {
            da: "ret nummereringen, eller behold punkt {first} med en note om, at det udgår",
            en: "fix the numbering, or keep item {first} with a note that it was dropped",
        }
        /// GOV081: decisions taken without a quorum.
        NotQuorate {
            da: "mødet traf beslutninger, men kun {present} af {body}s medlemmer var til stede; organet er beslutningsdygtigt med {quorum}",
            en: "the meeting took decisions, but only {present} members of {body} were present; it takes {quorum} to decide",
        }
        /// GOV081, what to do.
        NotQuorateHint {
            da: "skriv de fremmødte medlemmer i `present`, eller lad beslutningerne godkende på et møde, der er beslutningsdygtigt",
            en: "list the members present in `present`, or have the decisions approved at a quorate meeting",
        }
        /// Skipped steps, what to do.
        SkippedStepsHint {
            da: "skift status ét trin ad gangen, så historikken viser, hvem der tog hvert trin",
            en: "change the status one step at a time, so history shows who took each step",
        }
        /// What a special file is: a FIFO.
        Fifo { da: "en FIFO (navngivet rør)", en: "a FIFO (named pipe)" }
        /// What a special file is: a socket.
        Socket { da: "en socket", en: "a socket" }
        /// What a special file is: a block device.
        BlockDevice { da: "en blokenhed", en: "a block device" }
        /// What a special file is: a character device.
        CharDevice { da: "en tegnenhed", en: "a character device" }
        /// What a special file is: a folder.
        Folder { da: "en mappe", en: "a folder" }
        /// What a special file is: anything else.
        NotRegular { da: "ikke en almindelig fil", en: "not a regular file" }
        /// Severity label of an error (`error[GOV040]`).
        SeverityError { da: "fejl", en: "error" }
        /// Severity label of a warning.
        SeverityWarning { da: "advarsel", en: "warning" }
        /// Severity label of a hint.
        SeverityHint { da: "bemærkning", en: "hint" }
        /// The label before a finding's hint (`= help: …`).
        HelpLabel { da: "råd", en: "help" }
        /// The label of a hint in `gov validate`'s human output (`note[GOV031]`).
        NoteLabel { da: "bemærk", en: "note" }
        /// A rule turned off in gov.yaml's `rules:`.
        SeverityOff { da: "slået fra", en: "off" }
        /// `gov validate`'s closing line.
        Summary {
            da: "{errors} fejl, {warnings} advarsler, {hints} bemærkninger i {files} filer",
            en: "{errors} errors, {warnings} warnings, {hints} hints in {files} files",
        }
        /// Column heading of `gov validate --rules`: the rule's code.
        ColCode { da: "KODE", en: "CODE" }
        /// Column heading of `gov validate --rules`: the severity.
        ColSeverity { da: "ALVOR", en: "SEVERITY" }
        /// Column heading of `gov validate --rules`: what the rule catches.
        ColRule { da: "REGEL", en: "RULE" }
    }
}
