//! The annual cycle (årshjul): recurring events declared in gov.yaml's
//! `cycle:` section by rules people write in Danish or English ("1.
//! torsdag i måneden", "sidste fredag i november", "every quarter"), with
//! exceptions (a date skipped, moved or cancelled). Dates in, dates out:
//! no I/O, no clock, no time zone; `report::calendar` places meetings on
//! file among the occurrences, and `render` writes them as a table, JSON
//! or iCalendar.
//!
//! A leaf below `config`, which reads the section into typed [`Event`]s
//! when gov.yaml is loaded, so a rule gov cannot read stops every command
//! with gov.yaml's line and column, not only `gov calendar`.

mod rule;
mod schedule;
mod text;
mod words;

#[cfg(test)]
mod proptests;

pub use rule::{Day, Rule, day_in};
pub use schedule::{Exception, Occurrence, Schedule, State};
pub use text::{
    Cycle, CycleText, Event, EventText, ExceptionText, Located, Title, TitleText, time,
};
pub use words::{Nth, day_of_month, month, ordinal, period, weekday};

use jiff::civil::{Date, Time};

/// Why a part of the cycle cannot be read. Carries what was written, so
/// the message can quote it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleError {
    /// A rule that is not one gov can read (`1. tors`).
    Rule(String),
    /// A period that is not one gov can read (`hver uge`).
    Period(String),
    /// A month that is no month (`smarts`).
    Month(String),
    /// A date that is not one (`from`, `until`, an exception, `skip`).
    Date(crate::date::DateError),
    /// A time of day that is not one (`25:00`).
    Time(String),
    /// An end time without a start time.
    EndWithoutStart,
    /// An end time at or before the start time.
    EndBeforeStart {
        /// The start.
        start: Time,
        /// The end.
        end: Time,
    },
    /// `until` before `from`.
    UntilBeforeFrom {
        /// The first day.
        from: Date,
        /// The last day.
        until: Date,
    },
    /// A period that does not divide a year (5 months) without `from`
    /// to count it from.
    PeriodNeedsFrom(u8),
    /// `months` together with `every`, or with a month in the rule.
    MonthsTwice,
    /// `every` or `months` for a rule that is one date.
    OnceRecurs,
    /// An exception about a date the rule does not give.
    NotAnOccurrence(Date),
    /// Two exceptions about the same date.
    TwoExceptions(Date),
    /// An exception that is not one of `skip: D`, `cancelled: D`,
    /// `moved: D` with `to: D`.
    ExceptionShape,
}

impl RuleError {
    /// What is wrong, in a language: quoting what was written.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::ErrorMsg as E;
        use crate::tr;
        let t = |k| crate::i18n::t(lang, k).to_string();
        let iso = crate::date::iso;
        match self {
            RuleError::Rule(text) => tr!(lang, E::CycleRule, text),
            RuleError::Period(text) => tr!(lang, E::CyclePeriod, text),
            RuleError::Month(text) => tr!(lang, E::CycleMonth, text),
            RuleError::Date(e) => e.message(lang),
            RuleError::Time(text) => tr!(lang, E::CycleTime, text),
            RuleError::EndWithoutStart => t(E::CycleEndWithoutStart),
            RuleError::EndBeforeStart { start, end } => {
                let clock = |t: &Time| format!("{:02}:{:02}", t.hour(), t.minute());
                tr!(
                    lang,
                    E::CycleEndBeforeStart,
                    start = clock(start),
                    end = clock(end)
                )
            }
            RuleError::UntilBeforeFrom { from, until } => {
                tr!(
                    lang,
                    E::CycleUntilBeforeFrom,
                    from = iso(*from),
                    until = iso(*until)
                )
            }
            RuleError::PeriodNeedsFrom(months) => tr!(lang, E::CyclePeriodNeedsFrom, months),
            RuleError::MonthsTwice => t(E::CycleMonthsTwice),
            RuleError::OnceRecurs => t(E::CycleOnceRecurs),
            RuleError::NotAnOccurrence(date) => {
                tr!(lang, E::CycleNotAnOccurrence, date = iso(*date))
            }
            RuleError::TwoExceptions(date) => tr!(lang, E::CycleTwoExceptions, date = iso(*date)),
            RuleError::ExceptionShape => t(E::CycleExceptionShape),
        }
    }
}

impl std::fmt::Display for RuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::En))
    }
}
