//! `gov init`: make a folder a governance repository.

use std::path::Path;

use super::output::{self, Format};
use super::{CmdResult, Env, Outcome};
use crate::config::{self, Config};
use crate::i18n::{self, CliMsg, InitMsg, Lang, Msg, t};
use crate::render::survey as show;
use crate::{fsutil, git, survey, template, tr};

/// Set up a governance repository: gov.yaml, record folders and templates.
///
/// Looks before it writes. In a repository that has records already
/// (Markdown decisions and minutes, adr-tools, MADR, log4brains), it says
/// file by file what each is and why, and writes only a gov.yaml mapping
/// each kind to the folder its records are in (one folder per kind; its
/// sub-folders, one per body, belong to it); it creates no folders.
/// Otherwise it writes gov.yaml, a folder per kind with a README.md, and
/// the templates for new records in templates/ (edit them to suit the
/// community). Runs `git init` first when the folder is not in a git
/// repository. Nothing that exists is changed: running it twice does
/// nothing and says so.
///
/// Examples:
///   gov init
///   gov init --dry-run
///   gov init --lang en --format json
///   gov -C ../styring init
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Say what would be written, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// One thing `gov init` made or found.
#[derive(serde::Serialize)]
struct Step {
    created: bool,
    what: String,
}

/// Writes a file unless it exists; in a dry run, only says whether it
/// would.
fn make(dry: bool, path: &Path, bytes: &[u8]) -> crate::Result<bool> {
    if dry {
        Ok(std::fs::symlink_metadata(path).is_err())
    } else {
        fsutil::create_if_absent(path, bytes)
    }
}

/// Runs `gov init`.
pub fn run(env: &Env, args: Args) -> CmdResult {
    let dry = args.dry_run;
    let root = std::path::absolute(&env.dir)?;
    if !dry {
        std::fs::create_dir_all(&root).map_err(|e| crate::Error::io(&root, e))?;
    }
    let lang = env.lang.unwrap_or_default();
    let mut steps = Vec::new();
    let git = git::Repo::discover(&root)?;
    if git.as_ref().is_some_and(|g| g.workdir().is_none()) {
        return Err(crate::Error::BareRepository { path: root }.into());
    }
    // The repository's own file decides (it may predate this run); it and
    // the environment are checked before anything is written.
    let starter = i18n::starter_config(lang);
    let has_config = std::fs::symlink_metadata(root.join(config::FILE_NAME)).is_ok();
    let mut config = if has_config {
        Config::load(&root, std::env::vars())?
    } else {
        Config::from_text(&root, Some(&starter), std::env::vars())?
    };
    // A repository with records is taken as it is (DEC-0041): gov.yaml
    // maps its folders, and no folder is made beside them.
    let found = match root.is_dir() {
        true => survey::survey(&root, &config)?,
        false => survey::Survey::default(),
    };
    let adopt = found.has_records();
    let mut text = starter;
    if adopt && !has_config {
        text = show::config_text(lang, &text, &found);
        config = Config::from_text(&root, Some(&text), std::env::vars())?;
    }
    if git.is_none() {
        if !dry {
            git::Repo::init(&root)?;
        }
        steps.push(Step {
            created: true,
            what: t(lang, Msg::InitGit).to_string(),
        });
    }
    let wrote = make(dry, &root.join(config::FILE_NAME), text.as_bytes())?;
    steps.push(Step {
        created: wrote,
        what: config::FILE_NAME.into(),
    });
    if let Some(lang) = env.lang {
        config.lang = lang;
    }
    if adopt {
        return report(env, &args, &config, &found, &steps, has_config);
    }
    for (kind, folder) in config
        .kinds
        .iter()
        .flat_map(|k| k.folder.iter().map(move |f| (k, f)))
    {
        let readme = i18n::folder_readme(
            config.lang,
            kind.label.get(config.lang),
            &kind.name,
            &kind.prefix,
        );
        let created = !root.join(folder).is_dir();
        make(dry, &root.join(folder).join("README.md"), readme.as_bytes())?;
        steps.push(Step {
            created,
            what: format!("{folder}/"),
        });
    }
    steps.extend(write_templates(&root, &config, config.lang, dry)?);
    let lang = config.lang;
    if args.format == Format::Json {
        output::print_json(&Plan {
            dry_run: dry,
            files: views(&config, &found.files),
            kinds: &found.kinds,
            steps: &steps,
        })?;
        return Ok(Outcome::Ok);
    }
    if steps.iter().all(|s| !s.created) {
        env.out
            .print(&format!("{}\n", t(lang, Msg::InitNothingToDo)))?;
        return Ok(Outcome::Ok);
    }
    let mut text = String::new();
    steps_text(&mut text, lang, dry, &steps);
    env.out.print(&text)?;
    Ok(Outcome::Ok)
}

/// A line per step (created, would write, kept), and in a dry run the
/// line saying nothing was written.
fn steps_text(text: &mut String, lang: Lang, dry: bool, steps: &[Step]) {
    for step in steps {
        let word = match (dry, step.created) {
            (true, true) => t(lang, InitMsg::WouldWrite),
            (false, true) => t(lang, Msg::InitCreated),
            (_, false) => t(lang, Msg::InitKept),
        };
        text.push_str(&format!("{word:<16} {}\n", step.what));
    }
    if dry {
        text.push_str(t(lang, CliMsg::DryRun).trim_start());
        text.push('\n');
    }
}

/// What `gov init --format json` prints: the survey, each file with its
/// placement and reason also in words of the configured language.
#[derive(serde::Serialize)]
struct Plan<'a> {
    dry_run: bool,
    files: Vec<FileView<'a>>,
    kinds: &'a [survey::Mapping],
    steps: &'a [Step],
}

/// A surveyed file with its sentences.
#[derive(serde::Serialize)]
struct FileView<'a> {
    #[serde(flatten)]
    file: &'a survey::SurveyedFile,
    placement_text: String,
    why_text: String,
}

fn views<'a>(config: &Config, files: &'a [survey::SurveyedFile]) -> Vec<FileView<'a>> {
    files
        .iter()
        .map(|file| FileView {
            file,
            placement_text: show::placement(config, file),
            why_text: show::why(config.lang, &file.why),
        })
        .collect()
}

/// Says what init found in a repository with records, file by file, and
/// what it wrote: gov.yaml only.
fn report(
    env: &Env,
    args: &Args,
    config: &Config,
    found: &survey::Survey,
    steps: &[Step],
    has_config: bool,
) -> CmdResult {
    let lang = config.lang;
    if args.format == Format::Json {
        output::print_json(&Plan {
            dry_run: args.dry_run,
            files: views(config, &found.files),
            kinds: &found.kinds,
            steps,
        })?;
        return Ok(Outcome::Ok);
    }
    if has_config && steps.iter().all(|s| !s.created) {
        env.out
            .print(&format!("{}\n", t(lang, Msg::InitNothingToDo)))?;
        return Ok(Outcome::Ok);
    }
    let mut text = show::table(config, found);
    let unmapped: Vec<&str> = config
        .kinds
        .iter()
        .filter(|k| !found.kinds.iter().any(|m| m.kind == k.name))
        .map(|k| k.label.get(lang))
        .collect();
    text.push('\n');
    text.push_str(&tr!(lang, InitMsg::NoFolders, kinds = unmapped.join(", ")));
    text.push_str("\n\n");
    steps_text(&mut text, lang, args.dry_run, steps);
    text.push('\n');
    text.push_str(t(lang, InitMsg::Next));
    text.push('\n');
    env.out.print(&text)?;
    Ok(Outcome::Ok)
}

/// Writes each kind's built-in template into the templates folder, unless
/// a file of that name is there.
fn write_templates(
    root: &Path,
    config: &Config,
    lang: Lang,
    dry: bool,
) -> crate::Result<Vec<Step>> {
    let dir = config.templates.trim_matches('/');
    let mut steps = Vec::new();
    for kind in &config.kinds {
        let Some(text) = template::built_in(lang, &kind.name) else {
            continue;
        };
        let rel = format!("{dir}/{}.md", kind.name);
        let created = make(dry, &root.join(&rel), text.as_bytes())?;
        steps.push(Step { created, what: rel });
    }
    Ok(steps)
}
