//! Calendar arithmetic for the generator: civil dates to Unix time and back,
//! Danish time zone offsets, and the ways people write dates in records.

use super::rng::Rng;

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// A civil date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2026.
    pub y: i64,
    /// Month, 1-12.
    pub m: u32,
    /// Day of the month, 1-31.
    pub d: u32,
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number since 1970-01-01.
pub fn civil_from_days(z: i64) -> Date {
    let (y, m, d) = gov::date::civil_from_days(z);
    Date { y, m, d }
}

/// The civil date (in Danish local time, roughly) of a Unix time.
pub fn date_of(ts: i64) -> Date {
    civil_from_days((ts + 3600).div_euclid(DAY))
}

/// The Danish UTC offset for a Unix time: summer time from April to
/// October (the exact switch days do not matter for test data).
pub fn offset(ts: i64) -> &'static str {
    if (4..=10).contains(&date_of(ts).m) {
        "+0200"
    } else {
        "+0100"
    }
}

/// Unix time of a local date and hour.
pub fn at(date: Date, hour: i64, minute: i64) -> i64 {
    days_from_civil(date.y, date.m, date.d) * DAY + (hour - 1) * 3600 + minute * 60
}

/// Danish month names.
pub const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

impl Date {
    /// `2026-06-04`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    /// `20260604`, as in meeting file names.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.y, self.m, self.d)
    }

    /// `4. juni 2026`.
    pub fn danish(self) -> String {
        format!("{}. {} {}", self.d, MONTHS_DA[self.m as usize - 1], self.y)
    }

    /// `06.08.2026`.
    pub fn dotted(self) -> String {
        format!("{:02}.{:02}.{:04}", self.d, self.m, self.y)
    }

    /// The date as a record's `date` field, mostly ISO, sometimes one of the
    /// Danish forms seen in real records (`15-06-2025`, `06.08.2026`,
    /// `4.6.2026`, `1/7-2026`, `03.08.26`, `4. juni 2026`).
    pub fn written(self, rng: &mut Rng) -> String {
        match rng.weighted(&[70, 9, 7, 4, 3, 2, 5]) {
            0 => self.iso(),
            1 => format!("{:02}-{:02}-{:04}", self.d, self.m, self.y),
            2 => self.dotted(),
            3 => format!("{}.{}.{}", self.d, self.m, self.y),
            4 => format!("{}/{}-{}", self.d, self.m, self.y),
            5 => format!("{:02}.{:02}.{:02}", self.d, self.m, self.y % 100),
            _ => self.danish(),
        }
    }

    /// The date `days` later.
    pub fn plus(self, days: i64) -> Date {
        civil_from_days(days_from_civil(self.y, self.m, self.d) + days)
    }
}
