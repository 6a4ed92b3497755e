//! The `duban` executable: the command line of `duban::cli`.

// mimalloc rather than the C library's allocator: a server's threads each get an arena from
// glibc, and memory freed after a large report or board stays held by them (775 MB resident
// after the province benchmarks); mimalloc gives it back and allocates faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    duban::cli::main()
}
