//! The score of a change request under the model declared in `gov.yaml`,
//! kept term by term so `gov backlog --explain` can show how it came about
//! and a steering committee can argue with the weights, not the arithmetic.

use serde::Serialize;

use crate::config::BacklogSettings;
use crate::config::Kind;
use crate::record::{Record, scalar_text, string_list};
use crate::yaml::Node;

/// One addend of a score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Term {
    /// The evaluation field, or `support` or `category`.
    pub field: String,
    /// The weight from `gov.yaml`.
    pub weight: f64,
    /// The record's value: the score 0–5, the number of members, or 1 for
    /// a category that carries points.
    pub value: f64,
    /// `weight × value`.
    pub points: f64,
    /// The category's name, for the `category` term.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What the sum was divided by.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Divisor {
    /// The evaluation field (`effort`).
    pub field: String,
    /// The value used (at least 1).
    pub value: f64,
    /// True when the record has no value and the configured one was assumed.
    pub assumed: bool,
}

/// A score and its parts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// The score, rounded to two decimals (ranking uses the rounded value,
    /// so two requests that show the same score are ordered by age).
    pub score: f64,
    /// The addends, in the order of the weights, then support and category.
    pub terms: Vec<Term>,
    /// The divisor, when the model divides.
    pub divisor: Option<Divisor>,
    /// True when the record carries at least one evaluation score.
    pub evaluated: bool,
    /// The member organisations counted for support, as first written.
    pub supporters: Vec<String>,
    /// The canonical category, if any.
    pub category: Option<String>,
}

/// A number in an evaluation map (`value: 4`, `value: "4"`).
fn number(evaluation: Option<&Node>, field: &str) -> Option<f64> {
    let text = scalar_text(evaluation?.get(field)?)?;
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// Scores a change request of `kind` under `model`.
pub fn score(record: &Record, kind: &Kind, model: &BacklogSettings) -> Score {
    let evaluation = record.field("evaluation");
    let mut terms = Vec::new();
    let mut evaluated = false;
    for (field, weight) in &model.weights.0 {
        let value = number(evaluation, field);
        evaluated |= value.is_some();
        if *weight != 0.0 {
            let value = value.unwrap_or(0.0);
            terms.push(term(field, *weight, value, None));
        }
    }
    let supporters = supporters(record);
    if model.support != 0.0 {
        terms.push(term(
            "support",
            model.support,
            supporters.len() as f64,
            None,
        ));
    }
    let category = record
        .field_text("category")
        .or_else(|| record.field_text("type"))
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .map(|c| {
            kind.find_type(&c)
                .map_or(c.to_lowercase(), |t| t.id.clone())
        });
    if let Some(c) = &category
        && let Some(points) = model.categories.get(c).filter(|p| **p != 0.0)
    {
        terms.push(term("category", *points, 1.0, Some(c.clone())));
    }
    let divisor = model.divide_by.as_ref().map(|field| {
        let given = number(evaluation, field);
        evaluated |= given.is_some();
        Divisor {
            field: field.clone(),
            value: given.unwrap_or(model.divisor_unknown).max(1.0),
            assumed: given.is_none(),
        }
    });
    let sum: f64 = terms.iter().map(|t| t.points).sum();
    let raw = sum / divisor.as_ref().map_or(1.0, |d| d.value);
    Score {
        score: (raw * 100.0).round() / 100.0,
        terms,
        divisor,
        evaluated,
        supporters,
        category,
    }
}

fn term(field: &str, weight: f64, value: f64, note: Option<String>) -> Term {
    Term {
        field: field.to_string(),
        weight,
        value,
        points: weight * value,
        note,
    }
}

/// `submitted_by` and everyone in `support`, each member once (compared
/// without case and surrounding spaces).
fn supporters(record: &Record) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let written = record
        .field("submitted_by")
        .map(string_list)
        .unwrap_or_default()
        .into_iter()
        .chain(record.field("support").map(string_list).unwrap_or_default());
    for name in written {
        let name = name.trim();
        if !name.is_empty()
            && !names
                .iter()
                .any(|n| n.to_lowercase() == name.to_lowercase())
        {
            names.push(name.to_string());
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn scored(front: &str, model: &BacklogSettings) -> Score {
        let config = Config::defaults();
        let kind = config.kind("change").unwrap();
        let record = Record::parse("backlog/CR-0001.md", "change", format!("---\n{front}---\n"));
        score(&record, kind, model)
    }

    #[test]
    fn value_over_effort_with_support_per_member_and_category() {
        let s = scored(
            "category: Sikkerhedsproblem\nsubmitted_by: Sønderborg\nsupport: [Aarhus, sønderborg , Vejle]\nevaluation: { value: 4, effort: 2, risk: 1, urgency: 3 }\n",
            &BacklogSettings::default(),
        );
        // (2×4 + 1×3 + 1×1 + 0.5×3 + 3) / 2 = 16.5 / 2
        assert_eq!(s.score, 8.25);
        assert_eq!(s.supporters, ["Sønderborg", "Aarhus", "Vejle"]);
        assert_eq!(s.category.as_deref(), Some("security"));
        let fields: Vec<_> = s
            .terms
            .iter()
            .map(|t| (t.field.as_str(), t.points))
            .collect();
        assert_eq!(
            fields,
            [
                ("value", 8.0),
                ("urgency", 3.0),
                ("risk", 1.0),
                ("support", 1.5),
                ("category", 3.0)
            ]
        );
        assert!(s.evaluated && !s.divisor.unwrap().assumed);
    }

    #[test]
    fn an_unevaluated_request_assumes_the_divisor_and_scores_its_support() {
        let s = scored("submitted_by: Vejle\n", &BacklogSettings::default());
        assert!(!s.evaluated);
        let d = s.divisor.unwrap();
        assert!(d.assumed && d.value == 3.0);
        assert_eq!(s.score, 0.17, "0.5 / 3 rounded");
    }

    #[test]
    fn zero_effort_counts_as_one_and_weights_come_from_the_model() {
        let mut model = BacklogSettings::default();
        model.weights.0 = vec![("reach".into(), 1.5)];
        model.support = 0.0;
        let s = scored("evaluation: { reach: \"4\", effort: 0 }\n", &model);
        assert_eq!(s.score, 6.0);
        model.divide_by = None;
        assert_eq!(scored("evaluation: { reach: 2 }\n", &model).score, 3.0);
    }
}
