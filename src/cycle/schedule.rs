//! A rule in time: which months of the cycle it falls in (every month,
//! every n months, a quarter, a half-year, a year, or listed months),
//! from when and until when, and the exceptions (a date skipped, moved or
//! cancelled). Dates in, dates out.

use jiff::civil::Date;

use super::RuleError;
use super::rule::Rule;

/// An exception to a rule on one of its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exception {
    /// The date is left out (a holiday): nothing happens.
    Skip(Date),
    /// The event is called off on the date: still shown, as cancelled.
    Cancelled(Date),
    /// The event is held on another day instead.
    Moved {
        /// The date the rule gives.
        from: Date,
        /// The date it is held.
        to: Date,
    },
}

impl Exception {
    /// The date of the rule this exception is about.
    pub fn rule_date(&self) -> Date {
        match *self {
            Exception::Skip(d) | Exception::Cancelled(d) => d,
            Exception::Moved { from, .. } => from,
        }
    }
}

/// How an occurrence stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// On the day the rule gives.
    Planned,
    /// Held on another day than the rule gives.
    Moved,
    /// Called off.
    Cancelled,
}

/// One date of a schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The date the rule gives (what a UID is made of: it stays when the
    /// date moves).
    pub rule_date: Date,
    /// The date it is held.
    pub date: Date,
    /// Planned, moved or cancelled.
    pub state: State,
}

/// When an event happens, typed and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    rule: Rule,
    /// Months between occurrences (1 monthly, 3 quarterly, 12 yearly).
    period: u8,
    /// Month index (`year × 12 + month − 1`) the period counts from.
    anchor: i32,
    /// When not empty, the months (1-12) it falls in, instead of a period.
    months: Vec<i8>,
    from: Option<Date>,
    until: Option<Date>,
    exceptions: Vec<Exception>,
}

/// The month index of a year and month, for counting periods.
fn index(year: i16, month: i8) -> i32 {
    i32::from(year) * 12 + i32::from(month) - 1
}

impl Schedule {
    /// A schedule of `rule` every `period` months (`None`: monthly, or
    /// yearly for a rule that names its month), or in the listed
    /// `months`, between `from` and `until`. The period counts from the
    /// rule's month, else from `from`'s month, else from January.
    pub fn new(
        rule: Rule,
        period: Option<u8>,
        months: Vec<i8>,
        from: Option<Date>,
        until: Option<Date>,
    ) -> Result<Schedule, RuleError> {
        if let (Some(f), Some(u)) = (from, until)
            && u < f
        {
            return Err(RuleError::UntilBeforeFrom { from: f, until: u });
        }
        let once = matches!(rule, Rule::Once(_));
        if once && (period.is_some() || !months.is_empty()) {
            return Err(RuleError::OnceRecurs);
        }
        if !months.is_empty() && (period.is_some() || rule.month().is_some()) {
            return Err(RuleError::MonthsTwice);
        }
        let period = period.unwrap_or(if rule.month().is_some() { 12 } else { 1 });
        if 12 % period != 0 && from.is_none() && !once {
            return Err(RuleError::PeriodNeedsFrom(period));
        }
        let year = from.map_or(2000, |f| f.year());
        let anchor = match (rule.month(), from) {
            (Some(m), _) => index(year, m),
            (None, Some(f)) => index(f.year(), f.month()),
            (None, None) => index(2000, 1),
        };
        let mut months = months;
        months.sort_unstable();
        months.dedup();
        Ok(Schedule {
            rule,
            period,
            anchor,
            months,
            from,
            until,
            exceptions: Vec::new(),
        })
    }

    /// Adds exceptions; each must be about a date the rule gives, so a
    /// mistyped date is caught when gov.yaml is read, not by a meeting
    /// that silently stays in the calendar.
    pub fn with_exceptions(mut self, exceptions: Vec<Exception>) -> Result<Schedule, RuleError> {
        for e in &exceptions {
            let d = e.rule_date();
            if !self.gives(d) {
                return Err(RuleError::NotAnOccurrence(d));
            }
            if self.exceptions.iter().any(|x| x.rule_date() == d) {
                return Err(RuleError::TwoExceptions(d));
            }
            self.exceptions.push(*e);
        }
        Ok(self)
    }

    /// Whether the rule itself (before exceptions) gives this date.
    pub fn gives(&self, date: Date) -> bool {
        self.in_range(date)
            && self.in_cycle(date.year(), date.month())
            && self.rule.in_month(date.year(), date.month()) == Some(date)
    }

    fn in_range(&self, date: Date) -> bool {
        self.from.is_none_or(|f| date >= f) && self.until.is_none_or(|u| date <= u)
    }

    fn in_cycle(&self, year: i16, month: i8) -> bool {
        if !self.months.is_empty() {
            return self.months.contains(&month);
        }
        (index(year, month) - self.anchor).rem_euclid(i32::from(self.period)) == 0
    }

    /// The dates the rule gives from `first` to `last` (both included),
    /// before exceptions, in order.
    pub fn rule_dates(&self, first: Date, last: Date) -> Vec<Date> {
        let mut out = Vec::new();
        if last < first {
            return out;
        }
        if let Rule::Once(d) = self.rule {
            if d >= first && d <= last && self.in_range(d) {
                out.push(d);
            }
            return out;
        }
        let (mut year, mut month) = (first.year(), first.month());
        while index(year, month) <= index(last.year(), last.month()) {
            if self.in_cycle(year, month)
                && let Some(d) = self.rule.in_month(year, month)
                && d >= first
                && d <= last
                && self.in_range(d)
            {
                out.push(d);
            }
            (year, month) = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
        }
        out
    }

    /// The occurrences held from `first` to `last` (both included), with
    /// the exceptions applied, ordered by the date held. A moved date is
    /// in the window when the day it is held is.
    pub fn occurrences(&self, first: Date, last: Date) -> Vec<Occurrence> {
        let mut out: Vec<Occurrence> = self
            .rule_dates(first, last)
            .into_iter()
            .filter(|d| self.exception(*d).is_none())
            .map(|d| Occurrence {
                rule_date: d,
                date: d,
                state: State::Planned,
            })
            .collect();
        for e in &self.exceptions {
            let (rule_date, date, state) = match *e {
                Exception::Skip(_) => continue,
                Exception::Cancelled(d) => (d, d, State::Cancelled),
                Exception::Moved { from, to } => (from, to, State::Moved),
            };
            if date >= first && date <= last {
                out.push(Occurrence {
                    rule_date,
                    date,
                    state,
                });
            }
        }
        out.sort_by_key(|o| (o.date, o.rule_date));
        out
    }

    fn exception(&self, date: Date) -> Option<&Exception> {
        self.exceptions.iter().find(|e| e.rule_date() == date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn schedule(rule: &str, period: Option<u8>, from: Option<Date>) -> Schedule {
        Schedule::new(Rule::parse(rule).unwrap(), period, Vec::new(), from, None).unwrap()
    }

    #[test]
    fn first_thursday_monthly_in_2026_by_hand() {
        let s = schedule("1. torsdag", None, None);
        let got = s.rule_dates(date(2026, 1, 1), date(2026, 12, 31));
        let want: Vec<Date> = [
            (1, 1),
            (2, 5),
            (3, 5),
            (4, 2),
            (5, 7),
            (6, 4),
            (7, 2),
            (8, 6),
            (9, 3),
            (10, 1),
            (11, 5),
            (12, 3),
        ]
        .iter()
        .map(|&(m, d)| date(2026, m, d))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_quarter_counts_from_the_rules_month_or_from() {
        let s = schedule("2. tirsdag i februar", Some(3), None);
        let got = s.rule_dates(date(2026, 1, 1), date(2026, 12, 31));
        assert_eq!(
            got,
            [
                date(2026, 2, 10),
                date(2026, 5, 12),
                date(2026, 8, 11),
                date(2026, 11, 10)
            ]
        );
        let s = schedule("den 15.", Some(6), Some(date(2026, 3, 1)));
        assert_eq!(
            s.rule_dates(date(2026, 1, 1), date(2027, 12, 31)),
            [
                date(2026, 3, 15),
                date(2026, 9, 15),
                date(2027, 3, 15),
                date(2027, 9, 15)
            ]
        );
        let s = schedule("sidste fredag i november", None, None);
        assert_eq!(
            s.rule_dates(date(2026, 1, 1), date(2027, 12, 31)),
            [date(2026, 11, 27), date(2027, 11, 26)]
        );
    }

    #[test]
    fn listed_months_and_from_until() {
        let s = Schedule::new(
            Rule::parse("1. torsdag").unwrap(),
            None,
            vec![9, 2, 4],
            Some(date(2026, 3, 1)),
            Some(date(2027, 3, 1)),
        )
        .unwrap();
        assert_eq!(
            s.rule_dates(date(2026, 1, 1), date(2027, 12, 31)),
            [date(2026, 4, 2), date(2026, 9, 3), date(2027, 2, 4)]
        );
    }

    #[test]
    fn exceptions_skip_move_and_cancel() {
        let s = schedule("1. torsdag", None, None)
            .with_exceptions(vec![
                Exception::Skip(date(2026, 7, 2)),
                Exception::Cancelled(date(2026, 8, 6)),
                Exception::Moved {
                    from: date(2026, 12, 3),
                    to: date(2026, 12, 10),
                },
            ])
            .unwrap();
        let got = s.occurrences(date(2026, 6, 1), date(2026, 12, 31));
        let states: Vec<(Date, State)> = got.iter().map(|o| (o.date, o.state)).collect();
        assert_eq!(
            states,
            [
                (date(2026, 6, 4), State::Planned),
                (date(2026, 8, 6), State::Cancelled),
                (date(2026, 9, 3), State::Planned),
                (date(2026, 10, 1), State::Planned),
                (date(2026, 11, 5), State::Planned),
                (date(2026, 12, 10), State::Moved),
            ]
        );
        assert_eq!(got.last().unwrap().rule_date, date(2026, 12, 3));
        // Moved out of the window: gone from it; moved into it: there.
        assert!(
            s.occurrences(date(2026, 12, 1), date(2026, 12, 5))
                .is_empty()
        );
    }

    #[test]
    fn refusals() {
        let rule = Rule::parse("1. torsdag").unwrap();
        let s = schedule("1. torsdag", None, None);
        assert_eq!(
            s.clone()
                .with_exceptions(vec![Exception::Skip(date(2026, 7, 3))]),
            Err(RuleError::NotAnOccurrence(date(2026, 7, 3)))
        );
        assert_eq!(
            s.with_exceptions(vec![
                Exception::Skip(date(2026, 7, 2)),
                Exception::Cancelled(date(2026, 7, 2))
            ]),
            Err(RuleError::TwoExceptions(date(2026, 7, 2)))
        );
        assert_eq!(
            Schedule::new(rule, Some(5), Vec::new(), None, None),
            Err(RuleError::PeriodNeedsFrom(5))
        );
        assert!(Schedule::new(rule, Some(5), Vec::new(), Some(date(2026, 1, 1)), None).is_ok());
        assert_eq!(
            Schedule::new(rule, Some(3), vec![1], None, None),
            Err(RuleError::MonthsTwice)
        );
        assert_eq!(
            Schedule::new(
                Rule::Once(date(2026, 1, 1)),
                Some(3),
                Vec::new(),
                None,
                None
            ),
            Err(RuleError::OnceRecurs)
        );
        assert_eq!(
            Schedule::new(
                rule,
                None,
                Vec::new(),
                Some(date(2026, 2, 1)),
                Some(date(2026, 1, 1))
            ),
            Err(RuleError::UntilBeforeFrom {
                from: date(2026, 2, 1),
                until: date(2026, 1, 1)
            })
        );
    }
}
