//! The meeting commands' writes: `gov meeting new` writes a body's next
//! meeting with its agenda through `gov new`'s writer (a new ID, the
//! kind's template, never over an existing file), and `gov meeting
//! approve` approves its minutes through `gov set`'s writer (every other
//! byte kept, the workflow and validation checked). The model of the
//! meeting and its agenda is `report::plan`'s; its Markdown is
//! `render::agenda`'s.

mod approve;
mod new;

pub use approve::{ApproveRequest, approve};
pub use new::{Planned, new_meeting};
