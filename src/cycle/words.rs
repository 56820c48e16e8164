//! The words a rule is written in, Danish and English: weekdays, months,
//! ordinals ("2.", "anden", "second", "2nd", "sidste", "last") and the
//! lengths of a period ("måned", "kvartal", "half-year"). Coordinators
//! write "Afholdes 1. torsdag i måneden"; gov.yaml takes the same words.

use jiff::civil::Weekday;

/// Weekdays by name, Danish and English, lowercase.
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("mandag", Weekday::Monday),
    ("tirsdag", Weekday::Tuesday),
    ("onsdag", Weekday::Wednesday),
    ("torsdag", Weekday::Thursday),
    ("fredag", Weekday::Friday),
    ("lørdag", Weekday::Saturday),
    ("loerdag", Weekday::Saturday),
    ("søndag", Weekday::Sunday),
    ("soendag", Weekday::Sunday),
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// A weekday by its Danish or English name (`torsdag`, `Thursday`).
pub fn weekday(word: &str) -> Option<Weekday> {
    let word = word.to_lowercase();
    WEEKDAYS.iter().find(|(w, _)| *w == word).map(|(_, d)| *d)
}

/// A month, 1-12, by its Danish or English name or a usual short form
/// (`marts`, `March`, `mar`, `okt`, `oct.`).
pub fn month(word: &str) -> Option<i8> {
    let word = word.trim_end_matches('.').to_lowercase();
    if word.is_empty() {
        return None;
    }
    let full = |names: &[&str; 12]| {
        names
            .iter()
            .position(|m| m.to_lowercase() == word)
            .or_else(|| {
                // Three letters or more of the start, when they name one month.
                let hits: Vec<usize> = (0..12)
                    .filter(|&i| word.len() >= 3 && names[i].to_lowercase().starts_with(&word))
                    .collect();
                (hits.len() == 1).then(|| hits[0])
            })
    };
    full(&crate::date::MONTHS_DA)
        .or_else(|| full(&crate::date::MONTHS_EN))
        .map(|i| i as i8 + 1)
}

/// Which occurrence of a weekday in a month an ordinal names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nth {
    /// The first to fifth (1-5).
    Number(i8),
    /// The last.
    Last,
}

/// Ordinals by name, Danish and English.
const ORDINALS: &[(&str, Nth)] = &[
    ("første", Nth::Number(1)),
    ("foerste", Nth::Number(1)),
    ("anden", Nth::Number(2)),
    ("andet", Nth::Number(2)),
    ("tredje", Nth::Number(3)),
    ("fjerde", Nth::Number(4)),
    ("femte", Nth::Number(5)),
    ("sidste", Nth::Last),
    ("first", Nth::Number(1)),
    ("second", Nth::Number(2)),
    ("third", Nth::Number(3)),
    ("fourth", Nth::Number(4)),
    ("fifth", Nth::Number(5)),
    ("last", Nth::Last),
];

/// An ordinal: `2.`, `2nd`, `anden`, `second`, `sidste`, `last`.
pub fn ordinal(word: &str) -> Option<Nth> {
    let word = word.to_lowercase();
    if let Some((_, n)) = ORDINALS.iter().find(|(w, _)| *w == word) {
        return Some(*n);
    }
    let digits = word.strip_suffix('.').or_else(|| {
        ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| word.strip_suffix(s))
    })?;
    match digits.parse::<i8>() {
        Ok(n @ 1..=5) => Some(Nth::Number(n)),
        _ => None,
    }
}

/// A day of the month written as an ordinal or a number: `15.`, `15`,
/// `15th`, `1st`.
pub fn day_of_month(word: &str) -> Option<i8> {
    let word = word.to_lowercase();
    let digits = word
        .strip_suffix('.')
        .or_else(|| {
            ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| word.strip_suffix(s))
        })
        .unwrap_or(&word);
    match digits.parse::<i8>() {
        Ok(n @ 1..=31) if digits.bytes().all(|b| b.is_ascii_digit()) => Some(n),
        _ => None,
    }
}

/// A period in months: `måned`, `month`, `2 måneder`, `3 months`,
/// `kvartal`, `quarter`, `halvår`, `half-year`, `år`, `year`; with or
/// without `hver`/`every` in front, or as `monthly`, `quarterly`,
/// `yearly`, `årligt`.
pub fn period(text: &str) -> Option<u8> {
    let text = text.trim().to_lowercase();
    let text = text
        .strip_prefix("hver ")
        .or_else(|| text.strip_prefix("hvert "))
        .or_else(|| text.strip_prefix("every "))
        .unwrap_or(&text)
        .trim();
    let (count, unit) = match text.split_once(' ') {
        Some((n, unit)) => (n.trim().parse::<u8>().ok()?, unit.trim()),
        None => (1, text),
    };
    let months = match unit {
        "måned" | "måneder" | "maaned" | "maaneder" | "month" | "months" | "monthly"
        | "månedligt" | "månedlig" => 1,
        "kvartal" | "kvartaler" | "quarter" | "quarters" | "quarterly" | "kvartalsvis" => 3,
        "halvår" | "halvaar" | "half-year" | "half year" | "half-years" | "halvårligt"
        | "half-yearly" => 6,
        "år" | "aar" | "year" | "years" | "yearly" | "annually" | "årligt" | "årlig" => 12,
        _ => return None,
    };
    let total = u16::from(count) * months;
    (count > 0 && total <= 120).then_some(total as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_name_the_same_days_and_months() {
        assert_eq!(weekday("Torsdag"), Some(Weekday::Thursday));
        assert_eq!(weekday("thursday"), weekday("torsdag"));
        assert_eq!(weekday("søndag"), Some(Weekday::Sunday));
        assert_eq!(weekday("tors"), None);
        assert_eq!(month("marts"), Some(3));
        assert_eq!(month("March"), Some(3));
        assert_eq!(month("okt."), Some(10));
        assert_eq!(month("oct"), Some(10));
        assert_eq!(month("maj"), Some(5));
        assert_eq!(month("december"), Some(12));
        assert_eq!(month("ju"), None);
        assert_eq!(month("x"), None);
    }

    #[test]
    fn ordinals_as_numbers_and_words() {
        assert_eq!(ordinal("2."), Some(Nth::Number(2)));
        assert_eq!(ordinal("2nd"), Some(Nth::Number(2)));
        assert_eq!(ordinal("anden"), Some(Nth::Number(2)));
        assert_eq!(ordinal("Second"), Some(Nth::Number(2)));
        assert_eq!(ordinal("sidste"), Some(Nth::Last));
        assert_eq!(ordinal("last"), Some(Nth::Last));
        assert_eq!(ordinal("6."), None);
        assert_eq!(ordinal("0."), None);
        assert_eq!(ordinal("2"), None);
        assert_eq!(day_of_month("15."), Some(15));
        assert_eq!(day_of_month("31"), Some(31));
        assert_eq!(day_of_month("1st"), Some(1));
        assert_eq!(day_of_month("32."), None);
        assert_eq!(day_of_month("+5"), None);
    }

    #[test]
    fn periods_in_months() {
        assert_eq!(period("måned"), Some(1));
        assert_eq!(period("hver måned"), Some(1));
        assert_eq!(period("2 måneder"), Some(2));
        assert_eq!(period("every 3 months"), Some(3));
        assert_eq!(period("kvartal"), Some(3));
        assert_eq!(period("quarterly"), Some(3));
        assert_eq!(period("halvår"), Some(6));
        assert_eq!(period("half-year"), Some(6));
        assert_eq!(period("år"), Some(12));
        assert_eq!(period("yearly"), Some(12));
        assert_eq!(period("0 months"), None);
        assert_eq!(period("fortnight"), None);
        assert_eq!(period("200 years"), None);
    }
}
