//! `gov publish`: the approved versions, as a site.

use std::path::PathBuf;

use super::{CmdResult, Env, Outcome};
use crate::i18n::SiteMsg;
use crate::publish::{self, Format};
use crate::tr;

/// Write the approved versions of the records as a public site.
///
/// A record's published version is the newest committed version whose
/// status counts as approved for its kind
/// (`publish.approved` in gov.yaml), read from git history, never from
/// the working tree. A record being redrafted keeps its approved text, a
/// record never approved is left out, a superseded decision links to its
/// successor. The same commit gives the same bytes; publishing again
/// rewrites only the pages that changed.
///
/// `--out` must be an empty folder or one gov publish wrote before, and
/// never the repository's root, `.git` or a record folder.
///
/// Examples:
///   gov publish --out site
///   gov publish --out docs/styring --format jekyll
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The folder to write the site into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The site's format.
    #[arg(long, short, value_enum, default_value_t = SiteFormat::Html)]
    pub format: SiteFormat,
}

/// The formats of `gov publish`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SiteFormat {
    /// A static HTML site without JavaScript.
    Html,
    /// Markdown pages for a Jekyll site with just-the-docs.
    Jekyll,
}

/// Runs `gov publish`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let root = crate::record::find_root(&env.dir)?;
    let mut config = crate::config::Config::load(&root, std::env::vars())?;
    if let Some(lang) = env.lang {
        config.lang = lang;
    }
    let out = env.dir.join(&args.out);
    let format = match args.format {
        SiteFormat::Html => Format::Html,
        SiteFormat::Jekyll => Format::Jekyll,
    };
    let lang = config.lang;
    let done = publish::publish(&root, &config, &out, format, |h| {
        super::trace::warn(h, lang)
    })?;
    env.out.print(&format!(
        "{}\n",
        tr!(
            config.lang,
            SiteMsg::Summary,
            written = done.written,
            unchanged = done.unchanged,
            removed = done.removed,
            out = args.out.display()
        )
    ))?;
    Ok(Outcome::Ok)
}
