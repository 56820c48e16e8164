//! What traces, timelines and releases print: plain serialisable values,
//! one model per command, rendered as table, Markdown or JSON by the CLI
//! so every format gives the same answer.

use std::borrow::Cow;

use serde::Serialize;

use super::text::Text;
use super::timeline::{Change, EventKind};

/// One committed version of a record. The commit's facts are [`Text`]
/// (cloned from the history without allocating), the record's are
/// borrowed from it: `gov trace --all` makes 50,000 of these at 10,000
/// records.
#[derive(Debug, Clone, Serialize)]
pub struct Version<'h> {
    /// The commit's full id.
    pub commit: Text,
    /// The author's name.
    pub author: Text,
    /// The author's e-mail address.
    pub email: Text,
    /// Author time, ISO 8601 with the author's offset.
    pub date: Text,
    /// The canonical status at this version (`null` when unknown or deleted).
    pub status: Option<&'h str>,
    /// The status as written.
    pub status_label: Option<&'h str>,
    /// The file's path at this version.
    pub path: &'h str,
    /// How the version came about.
    pub change: Change,
    /// For a version from before `gov import`: the format it was read as
    /// (absent for a version read from its front matter).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_as: Option<crate::import::Format>,
    /// For a version from before `gov import`: the date it gave itself
    /// (ISO), as the import reader read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dated: Option<Cow<'h, str>>,
    /// For a version from before `gov import`: its type id.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub record_type: Option<&'h str>,
    /// For a version that is not UTF-8: where it stops being so. Nothing
    /// else of it was read, so its status is unknown, not absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_utf8: Option<NotUtf8>,
}

/// Where a version stops being UTF-8 (1-based; the column in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NotUtf8 {
    /// The line.
    pub line: u32,
    /// The column.
    pub column: u32,
}

/// A commit that refers to a record: its facts as [`Text`], the rest
/// borrowed from the history.
#[derive(Debug, Clone, Serialize)]
pub struct CommitRef<'h> {
    /// `governance` or the code repository's name.
    pub repository: &'h str,
    /// The commit's full id.
    pub commit: Text,
    /// The first line of its message.
    pub summary: Text,
    /// The author's name.
    pub author: Text,
    /// The author's e-mail address.
    pub email: Text,
    /// Author time, ISO 8601 with the author's offset.
    pub date: Text,
    /// The first release tag containing it; `null` when not released yet.
    pub tag: Option<&'h str>,
    /// How it refers to the record: a trailer key (`refs`, `implements`,
    /// `closes`) or `mention`.
    pub relation: &'h str,
    /// A link to the commit on the forge, when the repository has one.
    pub url: Option<CommitUrl<'h>>,
}

/// A link to a commit on its forge (`<forge_url>/commit/<id>`), written
/// out only when printed: a table of every trace never needs it.
#[derive(Debug, Clone)]
pub struct CommitUrl<'h> {
    /// The repository's forge address, without a trailing `/`.
    pub base: &'h str,
    /// The commit's full id.
    pub commit: Text,
}

impl std::fmt::Display for CommitUrl<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/commit/{}", self.base, self.commit)
    }
}

impl Serialize for CommitUrl<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A record's trace: `gov trace ID --format json` prints one of these.
/// Its own fields are borrowed from the history, or owned for a record
/// not committed yet.
#[derive(Debug, Clone, Serialize)]
pub struct RecordTrace<'h> {
    /// The record's ID.
    pub id: Cow<'h, str>,
    /// The kind's name.
    pub kind: Cow<'h, str>,
    /// The title of the latest version.
    pub title: String,
    /// The canonical status of the latest version.
    pub status: Option<Cow<'h, str>>,
    /// The latest path.
    pub path: Cow<'h, str>,
    /// True when the latest version deleted the file.
    pub deleted: bool,
    /// The IDs the record had before it was renumbered, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub earlier_ids: Vec<Cow<'h, str>>,
    /// Every version, oldest first.
    pub versions: Vec<Version<'h>>,
    /// Every commit referring to it, oldest first.
    pub commits: Vec<CommitRef<'h>>,
}

/// One entry of `gov log`.
#[derive(Debug, Clone, Serialize)]
pub struct LogEntry {
    /// Author time, ISO 8601 with the author's offset.
    pub date: Text,
    /// The record's ID.
    pub id: String,
    /// The kind's name.
    pub kind: String,
    /// The record's latest title.
    pub title: String,
    /// What happened.
    pub event: EventKind,
    /// The status before, or the old path for a rename.
    pub from: Option<String>,
    /// The status after, or the new path for a rename.
    pub to: Option<String>,
    /// The record's path after the event.
    pub path: String,
    /// Who made the commit.
    pub author: Text,
    /// Their e-mail address.
    pub email: Text,
    /// The commit's full id.
    pub commit: Text,
    #[serde(skip)]
    /// Seconds since the epoch, for sorting.
    pub time: i64,
}

/// A record delivered in a release.
#[derive(Debug, Clone, Serialize)]
pub struct ReleasedRecord<'h> {
    /// The record's ID.
    pub id: String,
    /// The kind's name (`null` when the ID's prefix is no kind's).
    pub kind: Option<String>,
    /// The latest title (`null` when no record has the ID).
    pub title: Option<String>,
    /// The latest canonical status.
    pub status: Option<String>,
    /// The commits of the release that refer to it.
    pub commits: Vec<CommitRef<'h>>,
}

/// A repository's part of a release.
#[derive(Debug, Clone, Serialize)]
pub struct ReleasedIn {
    /// The repository.
    pub repository: String,
    /// The release before this one in that repository, if any.
    pub previous: Option<String>,
    /// How many commits the release added.
    pub commits: usize,
}

/// `gov release TAG --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct Release<'h> {
    /// The tag.
    pub tag: String,
    /// The repositories that have the tag.
    pub repositories: Vec<ReleasedIn>,
    /// The records delivered, by kind order then ID.
    pub records: Vec<ReleasedRecord<'h>>,
}

/// Seconds since the epoch and an offset in minutes as ISO 8601
/// (`2026-01-03T10:00:00+01:00`), the author's own clock. Computed by
/// hand ([`crate::date::civil_from_days`]): a trace of a large repository
/// formats hundreds of thousands of these.
pub fn iso_time(seconds: i64, offset_minutes: i32) -> String {
    iso_text(seconds, offset_minutes).to_string()
}

/// [`iso_time`] as [`Text`], held in place.
pub fn iso_text(seconds: i64, offset_minutes: i32) -> Text {
    let local = seconds.saturating_add(i64::from(offset_minutes) * 60);
    let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    let (year, month, day) = crate::date::civil_from_days(days);
    let (month, day) = (i64::from(month), i64::from(day));
    let m = i64::from(offset_minutes.unsigned_abs());
    if !(0..=9999).contains(&year) {
        use std::fmt::Write;
        let mut out = String::new();
        let sign = if offset_minutes < 0 { '-' } else { '+' };
        let _ = write!(
            out,
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
            secs / 3600,
            secs / 60 % 60,
            secs % 60,
            m / 60,
            m % 60
        );
        return Text::new(&out);
    }
    // Digits by hand: `write!` with widths costs ten times as much.
    let mut b = *b"0000-00-00T00:00:00+00:00";
    let mut put = |at: usize, width: usize, mut v: i64| {
        for i in (at..at + width).rev() {
            b[i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    put(0, 4, year);
    put(5, 2, month);
    put(8, 2, day);
    put(11, 2, secs / 3600);
    put(14, 2, secs / 60 % 60);
    put(17, 2, secs % 60);
    put(20, 2, m / 60);
    put(23, 2, m % 60);
    if offset_minutes < 0 {
        b[19] = b'-';
    }
    Text::new(std::str::from_utf8(&b).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_keep_the_authors_offset() {
        assert_eq!(iso_time(1_767_430_800, 60), "2026-01-03T10:00:00+01:00");
        assert_eq!(iso_time(0, -150), "1969-12-31T21:30:00-02:30");
    }

    proptest::proptest! {
        /// The hand-made formatter agrees with jiff over four millennia.
        #[test]
        fn times_agree_with_jiff(seconds in -62_000_000_000i64..64_000_000_000, offset in -1439i32..1440) {
            let ts = jiff::Timestamp::from_second(seconds).unwrap();
            let dt = jiff::tz::Offset::from_seconds(offset * 60).unwrap().to_datetime(ts);
            let ours = iso_time(seconds, offset);
            proptest::prop_assert_eq!(&ours[..19], dt.strftime("%Y-%m-%dT%H:%M:%S").to_string());
            let sign = if offset < 0 { '-' } else { '+' };
            let zone = format!("{sign}{:02}:{:02}", offset.abs() / 60, offset.abs() % 60);
            proptest::prop_assert_eq!(&ours[19..], zone);
        }
    }
}
