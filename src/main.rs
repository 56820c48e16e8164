//! The `gov` binary: parse the command line, run it, exit with its code.

/// mimalloc instead of the system allocator: glibc grows a thread's heap
/// one `mprotect` call per page (18,000 calls in a warm `gov trace` of a
/// large repository); see DEC-0017.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    gov::cli::main()
}
