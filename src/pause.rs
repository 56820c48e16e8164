//! A test hook, honoured only in debug builds: it lets a test stop a real
//! `gov` process at a named point of a write (to `kill -9` it there, or to
//! change a file under it) without guessing with sleeps.
//!
//! With `GOVTEST_PAUSE=<point>` and `GOVTEST_PAUSE_FILE=<path>` in the
//! environment, the process creates the file when it reaches the point and
//! waits until the test removes it (at most a minute). A release build
//! compiles [`point`] to nothing, so the variables have no effect there.
//! (Not `GOV_*`: those are configuration.)
//!
//! Points: `replace-staged` (a replacement is written beside the file, not
//! yet compared and renamed), `renumber-staged` (every file of a
//! renumbering is staged, no journal yet), `renumber-rename-N` (the journal
//! is written and N files are in place), `renumber-done` (every file is in
//! place, the journal not yet removed).

/// Pauses here when a test asks for this point (debug builds only).
pub fn point(name: &str) {
    if cfg!(debug_assertions) {
        wait_if_asked(name);
    }
}

fn wait_if_asked(name: &str) {
    if std::env::var("GOVTEST_PAUSE").ok().as_deref() != Some(name) {
        return;
    }
    let Some(marker) = std::env::var_os("GOVTEST_PAUSE_FILE") else {
        return;
    };
    let marker = std::path::PathBuf::from(marker);
    if std::fs::write(&marker, name).is_err() {
        return;
    }
    let started = std::time::Instant::now();
    while marker.exists() && started.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}
