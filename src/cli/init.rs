//! `gov init`: make a folder a governance repository.

use std::path::Path;

use super::{CmdResult, Env, Outcome};
use crate::config::{self, Config};
use crate::i18n::{self, Lang, Msg, t};
use crate::{fsutil, git, template};

/// Set up a governance repository: gov.yaml, record folders and templates.
///
/// Writes gov.yaml, a folder per kind with a README.md, and the templates
/// for new records in templates/ (edit them to suit the community). Runs `git init` first when the folder is not in a git repository.
/// Nothing that exists is changed: running it twice does nothing and says so.
///
/// Examples:
///   gov init
///   gov init --lang en
///   gov -C ../styring init
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {}

/// One thing `gov init` made or found.
struct Step {
    created: bool,
    what: String,
}

/// Runs `gov init`.
pub fn run(env: &Env, _args: Args) -> CmdResult {
    let root = std::path::absolute(&env.dir)?;
    std::fs::create_dir_all(&root).map_err(|e| crate::Error::io(&root, e))?;
    let lang = env.lang.unwrap_or_default();
    let mut steps = Vec::new();
    let git = git::Repo::discover(&root)?;
    if git.as_ref().is_some_and(|g| g.workdir().is_none()) {
        return Err(crate::Error::BareRepository { path: root }.into());
    }
    // The repository's own file decides (it may predate this run); it and
    // the environment are checked before anything is written.
    let starter = i18n::starter_config(lang);
    let mut config = if std::fs::symlink_metadata(root.join(config::FILE_NAME)).is_ok() {
        Config::load(&root, std::env::vars())?
    } else {
        Config::from_text(&root, Some(&starter), std::env::vars())?
    };
    if git.is_none() {
        git::Repo::init(&root)?;
        steps.push(Step {
            created: true,
            what: t(lang, Msg::InitGit).to_string(),
        });
    }
    let wrote = fsutil::create_if_absent(&root.join(config::FILE_NAME), starter.as_bytes())?;
    steps.push(Step {
        created: wrote,
        what: config::FILE_NAME.into(),
    });
    if let Some(lang) = env.lang {
        config.lang = lang;
    }
    for kind in &config.kinds {
        let folder = kind.folder.trim_matches('/');
        let readme = i18n::folder_readme(
            config.lang,
            kind.label.get(config.lang),
            &kind.name,
            &kind.prefix,
        );
        let created = !root.join(folder).is_dir();
        fsutil::create_if_absent(&root.join(folder).join("README.md"), readme.as_bytes())?;
        steps.push(Step {
            created,
            what: format!("{folder}/"),
        });
    }
    steps.extend(write_templates(&root, &config, config.lang)?);
    let lang = config.lang;
    if steps.iter().all(|s| !s.created) {
        env.out
            .print(&format!("{}\n", t(lang, Msg::InitNothingToDo)))?;
        return Ok(Outcome::Ok);
    }
    let mut text = String::new();
    for step in &steps {
        let word = if step.created {
            t(lang, Msg::InitCreated)
        } else {
            t(lang, Msg::InitKept)
        };
        text.push_str(&format!("{word:<16} {}\n", step.what));
    }
    env.out.print(&text)?;
    Ok(Outcome::Ok)
}

/// Writes each kind's built-in template into the templates folder, unless
/// a file of that name is there.
fn write_templates(root: &Path, config: &Config, lang: Lang) -> crate::Result<Vec<Step>> {
    let dir = config.templates.trim_matches('/');
    let mut steps = Vec::new();
    for kind in &config.kinds {
        let Some(text) = template::built_in(lang, &kind.name) else {
            continue;
        };
        let rel = format!("{dir}/{}.md", kind.name);
        let created = fsutil::create_if_absent(&root.join(&rel), text.as_bytes())?;
        steps.push(Step { created, what: rel });
    }
    Ok(steps)
}
