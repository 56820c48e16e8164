//! The words of gov's errors and their hints. `Error::message` and
//! `Error::hint` (src/error.rs) map each error's data to these keys; the
//! command line prints them in the user's language. A cause quoted from
//! elsewhere (the operating system, libgit2, the YAML reader) is filled in
//! as it was said.

super::catalogue! {
    /// An error's message or hint.
    pub enum ErrorMsg {
        /// Reading or writing a file failed.
        Io { da: "{path}: {cause}", en: "{path}: {cause}" }
        /// A position in gov.yaml and what is wrong there.
        Config { da: "{place}: {message}", en: "{place}: {message}" }
        /// A kind name the configuration does not declare.
        UnknownKind {
            da: "ukendt sagstype `{name}`; kendte typer: {known}",
            en: "unknown kind `{name}`; known kinds: {known}",
        }
        /// `gov new --folder` names a folder that is not the kind's.
        NotAKindFolder {
            da: "`{folder}` er ikke en af mapperne for sagstypen {kind}: {folders}",
            en: "`{folder}` is not one of the folders of the kind {kind}: {folders}",
        }
        /// No record has the ID.
        NotFound { da: "ingen sag har id'et `{id}`", en: "no record has the ID `{id}`" }
        /// No record has the ID: what to do.
        NotFoundHint {
            da: "`gov list` viser de id'er, der er i brug",
            en: "run `gov list` to see the IDs in use",
        }
        /// A nearest ID or word.
        DidYouMean { da: "mente du `{nearest}`?", en: "did you mean `{nearest}`?" }
        /// Several records claim the ID.
        AmbiguousId {
            da: "{count} sager har id'et `{id}`: {paths}",
            en: "{count} records have the ID `{id}`: {paths}",
        }
        /// Several records claim the ID: what to do.
        AmbiguousIdHint {
            da: "giv hver sag sit eget id, fx `gov set <sti> id=<nyt id>` på den ene",
            en: "give each record its own ID, e.g. `gov set <path> id=<new ID>` on one of them",
        }
        /// A record's front matter does not parse, so it cannot be edited.
        BadFrontMatter {
            da: "{path}:{line}:{column}: front matter kan ikke læses: {message}",
            en: "{path}:{line}:{column}: front matter does not parse: {message}",
        }
        /// What to do about front matter that does not parse.
        BadFrontMatterHint {
            da: "ret front matter i hånden; gov ændrer kun det, den kan læse",
            en: "fix the front matter by hand; gov edits only what it can read",
        }
        /// A `key=value` argument that cannot be applied.
        BadAssignment { da: "{arg}: {reason}", en: "{arg}: {reason}" }
        /// An argument without `=`.
        RefuseNoEquals { da: "forventede nøgle=værdi", en: "expected key=value" }
        /// A key with characters a key may not have.
        RefuseBadKey {
            da: "en nøgle består af bogstaver, cifre, `_` og `-` og begynder med et bogstav",
            en: "a key is letters, digits, `_` and `-`, starting with a letter",
        }
        /// A `key:=value` whose value is not YAML.
        RefuseNotYaml {
            da: "ikke en YAML-værdi: {message} (linje {line}, kolonne {column})",
            en: "not a YAML value: {message} (line {line}, column {column})",
        }
        /// `gov new` without a title.
        RefuseNoTitle { da: "en sag skal have en titel", en: "a record needs a title" }
        /// A type the kind does not have.
        RefuseUnknownType {
            da: "sagstypen {kind} har typerne {types}",
            en: "the kind {kind} has the types {types}",
        }
        /// Superseding a record of another kind.
        RefuseOtherKind {
            da: "{id} er af sagstypen {is}, ikke {wanted}",
            en: "{id} is of the kind {is}, not {wanted}",
        }
        /// Superseding in a kind without a superseded status.
        RefuseNoSuperseded {
            da: "sagstypen {kind} har ingen status for erstattet",
            en: "the kind {kind} has no superseded status",
        }
        /// An edit that would not read back as intended.
        RefuseReadBack {
            da: "{path}: gov kunne ikke skrive ændringen, så den læses tilbage som tilsigtet; intet er skrevet",
            en: "{path}: gov could not write this change so that it reads back as intended; nothing was written",
        }
        /// A status word the kind does not know.
        UnknownStatus {
            da: "`{word}` er ikke en status for sagstypen {kind}; kendte: {known}",
            en: "`{word}` is not a status of the kind {kind}; known: {known}",
        }
        /// A status change the workflow does not allow.
        Transition {
            da: "{id}: arbejdsgangen for sagstypen {kind} tillader ikke {from} → {to}; fra {from} tillader den: {allowed}",
            en: "{id}: the workflow of the kind {kind} does not allow {from} → {to}; from {from} it allows: {allowed}",
        }
        /// The workflow allows nothing from a status.
        Nothing { da: "intet", en: "nothing" }
        /// A status change the workflow does not allow: what to do.
        TransitionHint {
            da: "brug --force, hvis det virkelig er meningen; `gov validate --history` vil stadig melde det",
            en: "use --force if this is really meant; `gov validate --history` will still report it",
        }
        /// A template did not render.
        Template { da: "skabelonen {name}: {message}", en: "template {name}: {message}" }
        /// A git operation failed.
        Git { da: "git: {message}", en: "git: {message}" }
        /// A git object that history needs could not be read.
        UnreadableObject {
            da: "kan ikke læse {kind} {object}{of}{at}: {reason}",
            en: "cannot read {kind} {object}{of}{at}: {reason}",
        }
        /// A git commit, in an error.
        ObjectCommit { da: "commit", en: "commit" }
        /// A git tree, in an error.
        ObjectTree { da: "træobjekt", en: "tree" }
        /// A git blob, in an error.
        ObjectBlob { da: "filobjekt", en: "blob" }
        /// The own reader's damage, before libgit2's words.
        DamageAt { da: "{pack} ved position {offset}: {reason}", en: "{pack} at offset {offset}: {reason}" }
        /// What libgit2 said about an object, quoted.
        Libgit2Said { da: "libgit2 siger: {said}", en: "libgit2: {said}" }
        /// A pack index the own reader could not use.
        IndexNotUsed {
            da: "pakkeindekset {index} kunne ikke bruges: {reason}",
            en: "unusable pack index {index}: {reason}",
        }
        /// No pack entry where the index points.
        PackNoEntryThere {
            da: "ingen post i indekset begynder der",
            en: "no entry of the index starts there",
        }
        /// A pack index that ends early.
        PackIndexCutShort { da: "indekset er afkortet", en: "the index is cut short" }
        /// A pack that ends early.
        PackCutShort { da: "pakken er afkortet", en: "the pack is cut short" }
        /// An entry whose checksum differs from the index's.
        PackCrcMismatch {
            da: "dens CRC32 stemmer ikke med indekset",
            en: "its CRC32 does not match the index",
        }
        /// An entry whose header cannot be read.
        PackHeaderUnreadable { da: "dens hoved kan ikke læses", en: "its header cannot be read" }
        /// A delta that does not fit its base.
        PackDeltaDoesNotApply {
            da: "dens delta passer ikke til sin base",
            en: "its delta does not apply to its base",
        }
        /// An index of another version.
        PackNotIndexV2 {
            da: "ikke et pakkeindeks af version 2",
            en: "not a version 2 pack index",
        }
        /// An index whose offsets do not fit.
        PackIndexOffsetsDamaged {
            da: "indeksets positioner er beskadigede",
            en: "the index's offsets are damaged",
        }
        /// An entry larger than gov reads.
        PackTooLarge {
            da: "det angiver {size} byte, mere end de {limit}, gov læser",
            en: "it declares {size} bytes, more than the {limit} gov reads",
        }
        /// An entry larger than its compressed bytes can hold.
        PackCannotHold {
            da: "det angiver {size} byte, som {compressed} komprimerede byte ikke kan rumme",
            en: "it declares {size} bytes, which {compressed} compressed bytes cannot hold",
        }
        /// A delta's base offset that ends early.
        PackBaseOffsetCutShort {
            da: "dens baseposition er afkortet",
            en: "its base offset is cut short",
        }
        /// A delta's base offset too large for a number.
        PackBaseOffsetOutOfRange {
            da: "dens baseposition er uden for det mulige",
            en: "its base offset is out of range",
        }
        /// A delta's base offset before the pack's start.
        PackBaseOffsetOutsidePack {
            da: "dens baseposition ligger uden for pakken",
            en: "its base offset is outside the pack",
        }
        /// A delta's base id that ends early.
        PackBaseIdCutShort { da: "dens base-id er afkortet", en: "its base id is cut short" }
        /// An entry type git never writes.
        PackUnknownType {
            da: "dens type {kind} er ikke en, git skriver",
            en: "its type {kind} is not one git writes",
        }
        /// A damaged zlib stream.
        PackZlibDamaged { da: "dens zlib-strøm er beskadiget", en: "its zlib stream is damaged" }
        /// A delta larger than gov reads.
        PackDeltaTooLarge {
            da: "dens delta angiver {size} byte, mere end de {limit}, gov læser",
            en: "its delta declares {size} bytes, more than the {limit} gov reads",
        }
        /// A delta whose sizes cannot be read.
        PackDeltaHeaderUnreadable {
            da: "dens deltas hoved kan ikke læses",
            en: "its delta's header cannot be read",
        }
        /// A delta chain longer than gov follows.
        PackChainTooLong {
            da: "dens deltakæde er længere end {links} led eller {bytes} byte",
            en: "its delta chain passes {links} links or {bytes} bytes",
        }
        /// " of FILE" after an object.
        OfPath { da: " i {path}", en: " of {path}" }
        /// " (commit C)" after an object.
        AtCommit { da: " (commit {commit})", en: " (commit {commit})" }
        /// An object missing from a partial clone.
        PartialClone {
            da: "kan ikke læse {kind} {object}{of}{at}: dette er en delvis klon, og objektet er aldrig hentet",
            en: "cannot read {kind} {object}{of}{at}: this is a partial clone and the object was never fetched",
        }
        /// What to do about a partial clone.
        PartialCloneHint {
            da: "gov læser hver version, og en delvis klon har dem ikke: kør `git fetch --refetch` (git 2.36 eller nyere) eller lav en fuld klon (uden --filter)",
            en: "gov reads every version, which a partial clone does not hold: run `git fetch --refetch` (git 2.36 or later) or make a full clone (no --filter)",
        }
        /// A damaged pack entry.
        DamagedPack {
            da: "{pack}: beskadiget post i pakken ved position {offset} (objekt {object}): {reason}",
            en: "{pack}: damaged pack entry at offset {offset} (object {object}): {reason}",
        }
        /// What to do about a damaged repository.
        DamagedHint {
            da: "repositoriet er beskadiget: `git fsck` viser hvad der er galt; en ny klon (eller `git fetch` fra en hel kopi) retter det",
            en: "the repository is damaged: `git fsck` shows what is wrong; a fresh clone (or `git fetch` from an intact copy) repairs it",
        }
        /// A ref whose commit cannot be read.
        BadRef {
            da: "referencen `{name}` kan ikke læses: {reason}",
            en: "the ref `{name}` cannot be read: {reason}",
        }
        /// What to do about a ref that cannot be read.
        BadRefHint {
            da: "repositoriet er beskadiget: `git fsck` viser hvad der er galt; hent referencen igen eller slet den (`git update-ref -d {name}`)",
            en: "the repository is damaged: `git fsck` shows what is wrong; fetch the ref again or delete it (`git update-ref -d {name}`)",
        }
        /// Not a gov repository.
        NotARepository {
            da: "{path} er ikke et gov-repositorie (ingen gov.yaml her eller i mapperne over)",
            en: "{path} is not a gov repository (no gov.yaml here or above)",
        }
        /// Not a gov repository: what to do.
        NotARepositoryHint {
            da: "kør `gov init` for at gøre denne mappe til et styringsrepositorie, eller `gov -C MAPPE …` for at bruge det i MAPPE",
            en: "run `gov init` to make this folder a governance repository, or `gov -C DIR …` to use the one in DIR",
        }
        /// A record file is already there.
        Exists {
            da: "{path} findes allerede; gov skriver ikke over sager",
            en: "{path} already exists; gov does not overwrite records",
        }
        /// The editor failed.
        Editor { da: "editoren `{editor}`: {message}", en: "editor `{editor}`: {message}" }
        /// The editor exited with a failure.
        EditorExit { da: "sluttede med {status}", en: "exited with {status}" }
        /// No repository has the release tag.
        UnknownRelease {
            da: "intet repositorie har en udgivelse med mærket `{tag}`",
            en: "no repository has a release tagged `{tag}`",
        }
        /// The release tags there are.
        UnknownReleaseHint { da: "udgivelser: {known}", en: "release tags: {known}" }
        /// A path in the configuration that leads out of the repository.
        OutsideRepository { da: "{place}: {key}: `{value}` {why}", en: "{place}: {key}: `{value}` {why}" }
        /// How a path leads out: it is absolute.
        EscapeAbsolute {
            da: "er en absolut sti: den skal blive inde i repositoriet",
            en: "is an absolute path: it must stay inside the repository",
        }
        /// How a path leads out: `..`.
        EscapeParent {
            da: "fører ud af repositoriet med `..`",
            en: "leads outside the repository with `..`",
        }
        /// How a path leads out: a symbolic link.
        EscapeLink {
            da: "fører ud af repositoriet gennem det symbolske link `{part}`",
            en: "leads outside the repository through the symbolic link `{part}`",
        }
        /// Paths in the configuration: what to do.
        OutsideRepositoryHint {
            da: "stier i gov.yaml og GOV_*-variabler er relative til repositoriets rod og bliver inde i det; kun `repositories:` må pege på mapper ved siden af",
            en: "paths in gov.yaml and GOV_* variables are relative to the repository root and stay inside it; only `repositories:` may name folders beside it",
        }
        /// `gov init` in a bare repository.
        BareRepository {
            da: "{path} er et git-repositorie uden arbejdsmappe (bare): der er ingen filer at holde sager i",
            en: "{path} is a bare git repository: it has no work tree to keep records in",
        }
        /// A bare repository: what to do.
        BareRepositoryHint {
            da: "klon det (`git clone`) og kør `gov init` i klonen",
            en: "clone it (`git clone`) and run `gov init` in the clone",
        }
        /// A path on the command line that names no record.
        NotARecord { da: "{path} {why}", en: "{path} {why}" }
        /// Why not a record: nothing is there.
        NotARecordMissing { da: "findes ikke", en: "does not exist" }
        /// Why not a record: outside the repository.
        NotARecordOutside { da: "ligger uden for repositoriet", en: "is outside the repository" }
        /// Why not a record: not in a record folder.
        NotARecordFolder { da: "ligger ikke i en sagsmappe", en: "is not in a record folder" }
        /// Why not a record: not Markdown.
        NotARecordMarkdown { da: "er ikke en Markdown-fil", en: "is not a Markdown file" }
        /// Why not a record: a name that is never a record.
        NotARecordIgnored {
            da: "er aldrig en sag (README-filer, skabeloner, skjulte filer og navne i `ignore` springes over)",
            en: "is never a record (README files, templates, hidden files and names in `ignore` are skipped)",
        }
        /// A path that names no record: what to do.
        NotARecordHint {
            da: "angiv en sagsfil eller en sagsmappe, eller ingen sti for at tjekke dem alle",
            en: "give a record file or a record folder, or no path to check them all",
        }
        /// A file changed while gov edited it.
        Changed {
            da: "{path} blev ændret, mens gov arbejdede på den (et andet program skrev i den); intet er skrevet",
            en: "{path} changed while gov was editing it (another program wrote it); nothing was written",
        }
        /// A file changed meanwhile: what to do.
        ChangedHint {
            da: "kør kommandoen igen; gov starter fra filen, som den er nu",
            en: "run the command again; gov will start from the file as it is now",
        }
        /// The next ID does not fit in a number.
        IdOverflow {
            da: "det næste id efter {prefix}-{number} kan ikke være i et tal; intet er skrevet",
            en: "the next ID after {prefix}-{number} does not fit in a number; nothing was written",
        }
        /// The next ID does not fit: what to do.
        IdOverflowHint {
            da: "giv sagen med det højeste nummer et mindre id med `gov renumber`",
            en: "give the record with the highest number a smaller ID with `gov renumber`",
        }
        /// An interrupted renumbering that cannot be completed.
        JournalConflict {
            da: "{journal}: en afbrudt omnummerering {renumbering} kan ikke afsluttes: {path} {reason}",
            en: "{journal}: an interrupted renumbering {renumbering} cannot be completed: {path} {reason}",
        }
        /// Why a renumbering cannot be completed: the file is gone.
        JournalGone { da: "er væk", en: "is gone" }
        /// Why a renumbering cannot be completed: the file was changed.
        JournalChangedSince { da: "er ændret siden", en: "has been changed since" }
        /// An interrupted renumbering: what to do.
        JournalConflictHint {
            da: "læg filen tilbage, som omnummereringen efterlod den, eller gør omnummereringen færdig i hånden og slet {journal}",
            en: "put the file back as the renumbering left it, or finish the renumbering by hand and delete {journal}",
        }
        /// An interrupted import that cannot be completed.
        ImportJournalConflict {
            da: "{journal}: en afbrudt import kan ikke afsluttes: {path} {reason}",
            en: "{journal}: an interrupted import cannot be completed: {path} {reason}",
        }
        /// An interrupted import: what to do.
        ImportJournalConflictHint {
            da: "læg filen tilbage, som importen efterlod den, eller gør importen færdig i hånden og slet {journal}",
            en: "put the file back as the import left it, or finish the import by hand and delete {journal}",
        }
        /// `gov import`: a file it cannot read.
        ImportInput {
            da: "{place}: kan ikke importeres: {reason}; intet er skrevet",
            en: "{place}: cannot be imported: {reason}; nothing was written",
        }
        /// `gov import`: front matter that does not parse.
        ImportFrontMatter { da: "front matter kan ikke læses: {message}", en: "the front matter does not parse: {message}" }
        /// `gov import`: an unclosed front matter block.
        ImportUnterminated {
            da: "den første `---` har ingen afsluttende `---`-linje",
            en: "the opening `---` has no closing `---` line",
        }
        /// `gov import`: JSON that does not parse.
        ImportJson { da: "JSON-teksten kan ikke læses her", en: "the JSON does not parse here" }
        /// `gov import`: a path that does not exist.
        ImportMissing { da: "findes ikke", en: "does not exist" }
        /// `gov import`: a path outside the repository.
        ImportOutside { da: "ligger uden for repositoriet", en: "is outside the repository" }
        /// `gov import`: what to do about a file it cannot read.
        ImportInputHint {
            da: "ret filen på det angivne sted (eller udelad den) og kør `gov import` igen",
            en: "fix the file at the place named (or leave it out) and run `gov import` again",
        }
        /// A renumbering's journal cannot be read.
        BadJournal {
            da: "{path}: journalen for en afbrudt omnummerering kan ikke læses: {message}",
            en: "{path}: the journal of an interrupted renumbering cannot be read: {message}",
        }
        /// A journal that cannot be read: what to do.
        BadJournalHint {
            da: "tjek de filer, omnummereringen nævner, og slet så {path}",
            en: "check the files the renumbering named, then delete {path}",
        }
        /// `gov publish --out` refused.
        PublishOut { da: "{path}: gov publish skriver ikke her: {why}", en: "{path}: gov publish does not write here: {why}" }
        /// `--out` is the repository's root.
        OutRoot { da: "det er repositoriets rod", en: "it is the repository's root" }
        /// `--out` is inside `.git`.
        OutGit { da: "det er inde i git's egen mappe (.git)", en: "it is inside git's own folder (.git)" }
        /// `--out` is a record folder.
        OutRecords { da: "det er sagsmappen for {kind}", en: "it is the record folder of {kind}" }
        /// `--out` holds the repository.
        OutHolds { da: "mappen indeholder repositoriet", en: "the folder holds the repository" }
        /// `--out` has files gov did not write.
        OutNotEmpty {
            da: "mappen har filer, som gov publish ikke har skrevet",
            en: "the folder has files gov publish did not write",
        }
        /// `--out` is not a folder.
        OutNotAFolder {
            da: "det er ikke en mappe (eller et symbolsk link, hvor sitet har en mappe)",
            en: "it is not a folder (or a symbolic link where the site has a folder)",
        }
        /// `--out` refused: what to do.
        PublishOutHint {
            da: "vælg en tom mappe eller en, gov publish har skrevet før, f.eks. `--out site`",
            en: "choose an empty folder or one gov publish wrote before, such as `--out site`",
        }
        /// History is asked for outside git.
        NoHistory {
            da: "{path} er ikke i et git-repositorie, så der er ingen historik at læse",
            en: "{path} is not in a git repository, so it has no history to read",
        }
        /// Something that is not a regular file where a file must be read.
        NotAFile { da: "{path}: dette er {what}, ikke en fil", en: "{path}: this is {what}, not a file" }
        /// A date that cannot be read.
        BadDate { da: "{arg}: {reason}", en: "{arg}: {reason}" }
        /// A new ID that is not an ID.
        NotAnId { da: "{arg}: ikke et id som DEC-0007", en: "{arg}: not an ID like DEC-0007" }
        /// A new ID with another kind's prefix.
        WrongPrefix {
            da: "{arg}: {old} er af sagstypen {kind}: dets nye id skal begynde med {prefix}- (ikke {other}-)",
            en: "{arg}: {old} is of the kind {kind}: its new ID must start with {prefix}- (not {other}-)",
        }
        /// A new ID with another kind's prefix, which that kind uses.
        WrongPrefixOf {
            da: "{arg}: {old} er af sagstypen {kind}: dets nye id skal begynde med {prefix}- (ikke {other}-, som er præfikset for sagstypen {owner})",
            en: "{arg}: {old} is of the kind {kind}: its new ID must start with {prefix}- (not {other}-, the prefix of the kind {owner})",
        }
        /// A new ID already in use.
        IdInUse { da: "{arg}: {id} er allerede i brug", en: "{arg}: {id} is already in use" }
        /// A record that `gov backlog move` cannot rank, with its status.
        NotInBacklogWithStatus {
            da: "{id} er ikke i backloggen: den er af sagstypen {kind} med status `{status}`; kun åbne ændringsønsker rangeres",
            en: "{id} is not in the backlog: it is of the kind {kind} with status `{status}`; only open change requests are ranked",
        }
        /// A record that `gov backlog move` cannot rank.
        NotInBacklog {
            da: "{id} er ikke i backloggen: den er af sagstypen {kind}; kun åbne ændringsønsker rangeres",
            en: "{id} is not in the backlog: it is of the kind {kind}; only open change requests are ranked",
        }
        /// `gov backlog move X --before X`.
        BeforeItself { da: "{id} kan ikke flyttes foran sig selv", en: "{id} cannot be moved before itself" }
        /// A `GOV_*` variable as the place of a configuration error.
        EnvironmentVariable { da: "miljøvariablen {key}", en: "environment variable {key}" }
        /// The backlog's order file and what is wrong in it.
        OrderFile { da: "{place}: {message}", en: "{place}: {message}" }
        /// The order file is not UTF-8.
        OrderNotUtf8 {
            da: "filen er ikke UTF-8; gem den som UTF-8",
            en: "the file is not UTF-8; save it as UTF-8",
        }
        /// The order file's `moves:` is not a list.
        OrderMovesNotAList { da: "`moves` skal være en liste", en: "`moves` must be a list" }
        /// The order file is not a map with `moves:`.
        OrderNoMoves { da: "her skulle stå `moves:` og en liste", en: "expected `moves:` and a list" }
        /// A move without `id` or `before`.
        OrderMoveIncomplete {
            da: "hver flytning skal have `id` og `before`, fx `{ id: CR-0005, before: CR-0002 }`",
            en: "each move needs `id` and `before`, e.g. `{ id: CR-0005, before: CR-0002 }`",
        }
        /// `gov calendar --to` before `--from`.
        CalendarWindow {
            da: "`--to` ({to}) ligger før `--from` ({from})",
            en: "`--to` ({to}) is before `--from` ({from})",
        }
        /// A roadmap date in gov.yaml that is not a target.
        ConfigTarget {
            da: "{key}: `{written}` er hverken et kvartal, et halvår, et år, en måned eller en dato; skriv fx 2027-Q1, 2. halvår 2027 eller 2027",
            en: "{key}: `{written}` is not a quarter, half-year, year, month or date; write e.g. 2027-Q1, H2 2027 or 2027",
        }
        /// A part of the annual cycle that cannot be read, under its key.
        Cycle { da: "{key}: {message}", en: "{key}: {message}" }
        /// A rule of the annual cycle gov cannot read.
        CycleRule {
            da: "`{text}` er ikke en regel, gov kan læse; skriv fx `1. torsdag`, `sidste fredag i marts`, `den 15.` eller en dato",
            en: "`{text}` is not a rule gov can read; write e.g. `first thursday`, `last friday of march`, `the 15th` or a date",
        }
        /// A period of the annual cycle gov cannot read.
        CyclePeriod {
            da: "`{text}` er ikke en periode, gov kan læse; skriv `måned`, `2 måneder`, `kvartal`, `halvår` eller `år`",
            en: "`{text}` is not a period gov can read; write `month`, `2 months`, `quarter`, `half-year` or `year`",
        }
        /// A month of the annual cycle that is none.
        CycleMonth {
            da: "`{text}` er ikke en måned; skriv fx `marts` eller 3",
            en: "`{text}` is not a month; write e.g. `march` or 3",
        }
        /// A time of day that is none.
        CycleTime {
            da: "`{text}` er ikke et klokkeslæt; skriv tt:mm, fx 13:00",
            en: "`{text}` is not a time of day; write hh:mm, e.g. 13:00",
        }
        /// An end time without a start time.
        CycleEndWithoutStart {
            da: "et sluttidspunkt kræver et starttidspunkt (`start`)",
            en: "an end time needs a start time (`start`)",
        }
        /// An end time not after the start.
        CycleEndBeforeStart {
            da: "sluttidspunktet {end} ligger ikke efter starttidspunktet {start}",
            en: "the end time {end} is not after the start time {start}",
        }
        /// `until` before `from`.
        CycleUntilBeforeFrom {
            da: "`until` ({until}) ligger før `from` ({from})",
            en: "`until` ({until}) is before `from` ({from})",
        }
        /// A period that does not divide a year, without `from`.
        CyclePeriodNeedsFrom {
            da: "en periode på {months} måneder går ikke op i et år: angiv `from`, så gov ved, hvorfra den tælles",
            en: "a period of {months} months does not divide a year: give `from`, so gov knows where to count it from",
        }
        /// `months` with `every` or a month in the rule.
        CycleMonthsTwice {
            da: "`months` kan ikke stå sammen med `every` eller med en måned i reglen",
            en: "`months` cannot go with `every` or with a month in the rule",
        }
        /// A rule that is one date, with a period.
        CycleOnceRecurs {
            da: "reglen er én dato: den gentages ikke med `every` eller `months`",
            en: "the rule is one date: it does not recur with `every` or `months`",
        }
        /// An exception about a date the rule does not give.
        CycleNotAnOccurrence {
            da: "reglen giver ikke {date}: en undtagelse skal gælde en af reglens datoer",
            en: "the rule does not give {date}: an exception must be about one of its dates",
        }
        /// Two exceptions about one date.
        CycleTwoExceptions {
            da: "to undtagelser gælder {date}",
            en: "two exceptions are about {date}",
        }
        /// An exception of another shape.
        CycleExceptionShape {
            da: "en undtagelse er én af `skip: DATO`, `cancelled: DATO` eller `moved: DATO` med `to: DATO`",
            en: "an exception is one of `skip: DATE`, `cancelled: DATE` or `moved: DATE` with `to: DATE`",
        }
        /// gov.yaml is not a map.
        ConfigNotAMap {
            da: "konfigurationen skal være nøgler med værdier",
            en: "the configuration must be a map of keys to values",
        }
        /// A file gov reads that is not UTF-8 (gov.yaml, `.adr-dir`, a file to import).
        FileNotUtf8 { da: "filen er ikke UTF-8-tekst", en: "the file is not UTF-8 text" }
        /// A schema file that is not JSON.
        SchemaNotJson { da: "skemaet er ikke gyldig JSON her", en: "the schema is not valid JSON here" }
        /// A schema file that ends in the middle of a value.
        SchemaEndsEarly {
            da: "skemaet slutter midt i en JSON-værdi",
            en: "the schema ends in the middle of a JSON value",
        }
        /// A schema the validator cannot use; the compiler's words quoted.
        SchemaNotCompiling {
            da: "skemaet for sagstypen {kind} kan ikke bruges (skemaoversætteren siger: {said})",
            en: "the schema of the kind {kind} cannot be used (the schema compiler says: {said})",
        }
        /// A value of the wrong type in gov.yaml.
        SerdeInvalidType {
            da: "ugyldig type: {found}, hvor der skulle stå {expected}",
            en: "invalid type: {found}, expected {expected}",
        }
        /// A value gov.yaml may not hold.
        SerdeInvalidValue {
            da: "ugyldig værdi: {found}, hvor der skulle stå {expected}",
            en: "invalid value: {found}, expected {expected}",
        }
        /// An unknown key in gov.yaml.
        SerdeUnknownField {
            da: "ukendt felt {field}; kendte felter: {known}",
            en: "unknown field {field}, expected one of {known}",
        }
        /// An unknown word in gov.yaml.
        SerdeUnknownVariant {
            da: "ukendt værdi {value}; kendte værdier: {known}",
            en: "unknown variant {value}, expected one of {known}",
        }
        /// A key gov.yaml must have.
        SerdeMissingField { da: "feltet {field} mangler", en: "missing field {field}" }
        /// A key written twice in gov.yaml.
        SerdeDuplicateField { da: "feltet {field} står der to gange", en: "duplicate field {field}" }
        /// What `kinds:` holds (serde's "expecting").
        NounKinds {
            da: "en tabel af sagstyper med deres navne",
            en: "a map of kind names to kinds",
        }
        /// What `backlog.weights` holds (serde's "expecting").
        NounWeights {
            da: "en tabel af vurderingsfelter med vægte, fx `{ value: 2, risk: 1 }`",
            en: "a map of evaluation fields to weights, e.g. `{ value: 2, risk: 1 }`",
        }
        /// A kind of value: a list.
        NounList { da: "en liste", en: "a sequence" }
        /// A kind of value: a map.
        NounMap { da: "en tabel af nøgler og værdier", en: "a map" }
        /// A kind of value: text.
        NounText { da: "en tekst", en: "a string" }
        /// A kind of value: a whole number.
        NounNumber { da: "et heltal", en: "an integer" }
        /// A kind of value: a decimal number.
        NounDecimal { da: "et decimaltal", en: "a floating point number" }
        /// A kind of value: true or false.
        NounBoolean { da: "sand eller falsk (true/false)", en: "a boolean" }
        /// A kind of value: nothing.
        NounNothing { da: "ingen værdi (null)", en: "null" }
        /// Label before an error (`error: …`).
        ErrorLabel { da: "fejl", en: "error" }
        /// Label before a hint (`hint: …`).
        HintLabel { da: "tip", en: "hint" }
    }
}
