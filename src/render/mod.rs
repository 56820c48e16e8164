//! Rendering for people: the one place where text from records, commits and
//! configuration is made safe to print. More renderers (tables, Markdown,
//! JUnit) are to move here from `cli/`, `report/` and `check/`.

pub mod escape;
