//! How serious a validation finding is. A leaf of its own because two
//! floors need it: `config` reads severity overrides from `gov.yaml`
//! (`rules:`), and `check` gives every finding one; neither imports the
//! other for it.

use serde::{Deserialize, Serialize};

/// How serious a diagnostic is. Errors fail CI; warnings fail it only with
/// `--deny-warnings`; hints never do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A suggestion (write ISO dates, add an `id`).
    Hint,
    /// Probably wrong, but the record is usable.
    Warning,
    /// The record is wrong or unusable.
    Error,
}
