//! Who approved a published record, as its page says it in either site
//! format (issue 15): the approvers, and where they are known from when it
//! is not the record's own `approved_by`, so a reader never takes the
//! person who typed a change for the one who decided it.

use crate::config::Config;
use crate::i18n::{SiteMsg, t};
use crate::report::{Approval, ApproversFrom};
use crate::tr;

/// `Agnete Moos, Jens Hansen`, `Agnete Moos, Ole Berg (members of the
/// Steering committee)` or `Ole Berg (commit author; no approvers
/// named)`, in the configured language.
pub fn approvers(a: &Approval, config: &Config) -> String {
    let lang = config.lang;
    let names = a.approvers.join(", ");
    match a.approvers_from {
        ApproversFrom::ApprovedBy => names,
        ApproversFrom::Body => {
            let bodies = body_labels(config, &a.bodies).join(", ");
            format!("{names} ({})", tr!(lang, SiteMsg::ApproversBody, bodies))
        }
        ApproversFrom::CommitAuthor => format!("{names} ({})", t(lang, SiteMsg::ApproversAuthor)),
    }
}

/// The labels of bodies (by id) in the configured language, the id where
/// a body has no label.
fn body_labels(config: &Config, bodies: &[String]) -> Vec<String> {
    bodies
        .iter()
        .map(|b| {
            config
                .bodies
                .get(b.as_str())
                .map(|body| body.label.get(config.lang))
                .filter(|l| !l.is_empty())
                .unwrap_or(b)
                .to_string()
        })
        .collect()
}
