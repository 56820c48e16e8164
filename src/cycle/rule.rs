//! A rule of the annual cycle: which day of a month an event falls on
//! ("1. torsdag", "sidste fredag", "den 15.", "sidste dag"), optionally
//! tied to one month ("2. tirsdag i marts", "15. september"), or one
//! fixed date ("2026-06-04", "4. juni 2026"). Read from the words people
//! write, in Danish or English.

use jiff::civil::{Date, Weekday};

use super::RuleError;
use super::words::{self, Nth};

/// Which day of a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    /// The nth (or last) weekday of the month: `2. tirsdag`, `last friday`.
    Weekday {
        /// Which one.
        nth: Nth,
        /// The weekday.
        weekday: Weekday,
    },
    /// A day of the month, `den 15.`; past the end of a short month it
    /// falls on the month's last day (31 → 30 April, 28/29 February).
    Date(i8),
    /// The month's last day.
    LastDay,
}

/// What a rule says about the day, before the period is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A day in months of the cycle; `month` when the rule names one
    /// ("i marts"): then it recurs yearly from that month by default.
    Monthly {
        /// The day in each month.
        day: Day,
        /// The month the rule names, 1-12.
        month: Option<i8>,
    },
    /// One date, once.
    Once(Date),
}

/// Words that carry no meaning for the rule: "den", "i måneden", "of the month".
const FILLER: &[&str] = &[
    "den", "d.", "the", "hver", "hvert", "every", "each", "i", "in", "of", "på", "on", "måneden",
    "maaneden", "month", "måned",
];

impl Rule {
    /// Reads a rule as written in gov.yaml.
    pub fn parse(text: &str) -> Result<Rule, RuleError> {
        let unreadable = || RuleError::Rule(text.trim().to_string());
        if let Ok(parsed) = crate::date::parse(text) {
            return Ok(Rule::Once(parsed.date));
        }
        let lower = text.to_lowercase().replace(',', " ");
        let tokens: Vec<&str> = lower
            .split_whitespace()
            .filter(|t| !FILLER.contains(t))
            .collect();
        let rule = match tokens.as_slice() {
            [ord, weekday, month] => weekday_rule(ord, weekday, Some(month)),
            [day] => date_rule(day, None),
            [a, b] => weekday_rule(a, b, None)
                .or_else(|| date_rule(a, Some(b)))
                .or_else(|| date_rule(b, Some(a))),
            _ => None,
        };
        let rule = rule.ok_or_else(unreadable)?;
        if let Rule::Monthly {
            day: Day::Date(d),
            month: Some(m),
        } = rule
        {
            // "31. februar" is no day in any year; "29. februar" is one in some.
            if Date::new(2024, m, d).is_err() {
                return Err(unreadable());
            }
        }
        Ok(rule)
    }

    /// The day this rule gives in a month, if any.
    pub fn in_month(&self, year: i16, month: i8) -> Option<Date> {
        match *self {
            Rule::Once(date) => (date.year() == year && date.month() == month).then_some(date),
            Rule::Monthly { day, .. } => day_in(day, year, month),
        }
    }

    /// The month the rule names, if it names one.
    pub fn month(&self) -> Option<i8> {
        match *self {
            Rule::Monthly { month, .. } => month,
            Rule::Once(date) => Some(date.month()),
        }
    }
}

fn weekday_rule(ord: &str, weekday: &str, month: Option<&str>) -> Option<Rule> {
    let nth = words::ordinal(ord)?;
    let month = match month {
        Some(m) => Some(words::month(m)?),
        None => None,
    };
    let day = match words::weekday(weekday) {
        Some(weekday) => Day::Weekday { nth, weekday },
        None if nth == Nth::Last && matches!(weekday, "dag" | "day") => Day::LastDay,
        None => return None,
    };
    Some(Rule::Monthly { day, month })
}

fn date_rule(day: &str, month: Option<&str>) -> Option<Rule> {
    let day = words::day_of_month(day)?;
    let month = match month {
        Some(m) => Some(words::month(m)?),
        None => None,
    };
    Some(Rule::Monthly {
        day: Day::Date(day),
        month,
    })
}

/// The day `day` names in a month.
pub fn day_in(day: Day, year: i16, month: i8) -> Option<Date> {
    let first = Date::new(year, month, 1).ok()?;
    let length = first.days_in_month();
    match day {
        Day::Date(d) => Date::new(year, month, d.min(length)).ok(),
        Day::LastDay => Date::new(year, month, length).ok(),
        Day::Weekday { nth, weekday } => {
            let offset = (weekday.to_monday_zero_offset()
                - first.weekday().to_monday_zero_offset())
            .rem_euclid(7);
            let first_one = 1 + offset;
            let d = match nth {
                Nth::Number(n) => first_one + 7 * (n - 1),
                Nth::Last => first_one + 7 * ((length - first_one) / 7),
            };
            (d <= length)
                .then(|| Date::new(year, month, d).ok())
                .flatten()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn monthly(day: Day, month: Option<i8>) -> Rule {
        Rule::Monthly { day, month }
    }

    #[test]
    fn danish_and_english_say_the_same_rules() {
        let thursday1 = monthly(
            Day::Weekday {
                nth: Nth::Number(1),
                weekday: Weekday::Thursday,
            },
            None,
        );
        for text in [
            "1. torsdag",
            "1. torsdag i måneden",
            "første torsdag",
            "first thursday",
            "1st Thursday of the month",
            "every first thursday",
        ] {
            assert_eq!(Rule::parse(text), Ok(thursday1), "{text}");
        }
        let last_friday_march = monthly(
            Day::Weekday {
                nth: Nth::Last,
                weekday: Weekday::Friday,
            },
            Some(3),
        );
        for text in [
            "sidste fredag i marts",
            "last friday of March",
            "last friday in mar",
        ] {
            assert_eq!(Rule::parse(text), Ok(last_friday_march), "{text}");
        }
        for text in ["den 15.", "15.", "15th", "the 15th"] {
            assert_eq!(
                Rule::parse(text),
                Ok(monthly(Day::Date(15), None)),
                "{text}"
            );
        }
        for text in [
            "15. september",
            "15 September",
            "September 15",
            "september 15th",
        ] {
            assert_eq!(
                Rule::parse(text),
                Ok(monthly(Day::Date(15), Some(9))),
                "{text}"
            );
        }
        assert_eq!(Rule::parse("sidste dag"), Ok(monthly(Day::LastDay, None)));
        assert_eq!(
            Rule::parse("last day of december"),
            Ok(monthly(Day::LastDay, Some(12)))
        );
        assert_eq!(Rule::parse("2026-06-04"), Ok(Rule::Once(date(2026, 6, 4))));
        assert_eq!(
            Rule::parse("4. juni 2026"),
            Ok(Rule::Once(date(2026, 6, 4)))
        );
    }

    #[test]
    fn what_is_not_a_rule_is_refused_with_its_text() {
        for text in [
            "",
            "torsdag",
            "6. torsdag",
            "1. tors",
            "31. februar",
            "hver anden uge",
            "1. torsdag i smarts",
        ] {
            assert_eq!(
                Rule::parse(text),
                Err(RuleError::Rule(text.trim().to_string())),
                "{text}"
            );
        }
        assert!(Rule::parse("29. februar").is_ok());
        // Only the last day is a day without a weekday.
        for text in ["første dag", "first day of march", "2. dag"] {
            assert!(Rule::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn a_fixed_date_is_in_its_own_month_only() {
        let once = Rule::Once(date(2026, 6, 4));
        assert_eq!(once.in_month(2026, 6), Some(date(2026, 6, 4)));
        assert_eq!(once.in_month(2027, 6), None);
        assert_eq!(once.in_month(2026, 7), None);
        assert_eq!(once.in_month(2025, 7), None);
    }

    #[test]
    fn days_in_months_by_hand() {
        let wd = |nth, weekday| Day::Weekday { nth, weekday };
        // March 2026 starts on a Sunday.
        assert_eq!(
            day_in(wd(Nth::Number(1), Weekday::Thursday), 2026, 3),
            Some(date(2026, 3, 5))
        );
        assert_eq!(
            day_in(wd(Nth::Last, Weekday::Sunday), 2026, 3),
            Some(date(2026, 3, 29))
        );
        assert_eq!(
            day_in(wd(Nth::Number(1), Weekday::Sunday), 2026, 3),
            Some(date(2026, 3, 1))
        );
        assert_eq!(
            day_in(wd(Nth::Number(5), Weekday::Tuesday), 2026, 3),
            Some(date(2026, 3, 31))
        );
        assert_eq!(
            day_in(wd(Nth::Number(5), Weekday::Wednesday), 2026, 3),
            None
        );
        assert_eq!(
            day_in(wd(Nth::Last, Weekday::Sunday), 2026, 10),
            Some(date(2026, 10, 25))
        );
        assert_eq!(day_in(Day::Date(31), 2026, 2), Some(date(2026, 2, 28)));
        assert_eq!(day_in(Day::Date(31), 2028, 2), Some(date(2028, 2, 29)));
        assert_eq!(day_in(Day::LastDay, 2026, 4), Some(date(2026, 4, 30)));
    }
}
