//! The history cache's decoder on any bytes: it never panics, never
//! allocates without bound, and whatever it accepts is safe for the steps
//! that use it (the positions they index with are in range, the timeline
//! replay and the release order run on it without a panic).
//!
//! A checksum would stop almost every mutation at the door, so most
//! inputs go to the decoder behind it: the first byte picks the path
//! (even: the body, also sealed into a whole file with a right checksum,
//! which must decode alike; odd: the bytes as a whole file), the next
//! eight are the timeline fingerprint the file must match.
#![no_main]

use std::sync::OnceLock;

use gov::config::Config;
use gov::trace::fuzzing::{self, Kept, RepoHistory, UNRELEASED, releases_of, timeline};
use libfuzzer_sys::fuzz_target;

/// Built once: the configuration is not what is fuzzed.
fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(Config::defaults)
}

/// What later steps count on: every position in range.
fn check(h: &RepoHistory, kept: &Kept) {
    let commits = h.commits.len();
    if let Some(t) = &kept.timeline {
        assert_eq!(t.by_id.len(), t.lives.len(), "one life per ID");
        for life in &t.lives {
            assert!(life.versions.iter().all(|v| (v.commit as usize) < commits));
            assert!(life.events.iter().all(|e| (e.commit as usize) < commits));
        }
    }
    if let Some((_, r)) = &kept.releases {
        assert_eq!(r.first.len(), commits, "one first release per commit");
        assert!(r.first.iter().all(|&f| f == UNRELEASED || (f as usize) < r.tags.len()));
    }
    // The steps a run takes on a history from the cache.
    let _ = timeline(h, config());
    let _ = releases_of(h, config());
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Some((fp, bytes)) = rest.split_first_chunk::<8>() else {
        return;
    };
    let timeline_fingerprint = u64::from_le_bytes(*fp);
    if mode % 2 == 0 {
        let body = fuzzing::body(bytes, timeline_fingerprint);
        let sealed = fuzzing::file(&fuzzing::seal(bytes, 7), 7, timeline_fingerprint);
        assert_eq!(body.is_some(), sealed.is_some(), "the body decodes alike in a file");
        if let Some((h, kept)) = body {
            check(&h, &kept);
        }
    } else if let Some((h, kept)) = fuzzing::file(bytes, 0, timeline_fingerprint) {
        check(&h, &kept);
    }
});
