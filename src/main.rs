//! The `gov` binary: all the work is in the library (`gov::cli::main`
//! parses the command line, runs it and gives the exit code: 0, 1 for
//! findings, 2 for errors); this file only picks the allocator.

/// mimalloc instead of the system allocator: glibc grows a thread's heap
/// one `mprotect` call per page (18,000 calls in a warm `gov trace` of a
/// large repository); see DEC-0017.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    gov::cli::main()
}
