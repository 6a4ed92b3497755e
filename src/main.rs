//! The `duban` executable: the command line of `duban::cli`.

// mimalloc rather than the C library's allocator: a server's threads each get an arena from
// glibc, and memory freed after a large report or board stays held by them (775 MB resident
// after the province benchmarks); mimalloc gives it back and allocates faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    give_back_freed_memory_at_once();
    duban::cli::main()
}

/// mimalloc (as built by libmimalloc-sys) keeps freed pages for a second and gives them
/// back only when the same thread allocates again; a server's workers go quiet after a large
/// report or board, and `serve` on province data held 315 MB after them. Purging at once:
/// 91 MB, at the same speed (docs/benchmarks.md). `MIMALLOC_PURGE_DELAY` in the
/// environment still decides.
fn give_back_freed_memory_at_once() {
    // `mi_option_purge_delay` in mimalloc v2's enum of options (include/mimalloc.h; the
    // version is pinned in Cargo.lock), which libmimalloc-sys leaves unnamed.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
        return;
    }
    // SAFETY: setting an option is a plain call with no pointer; mimalloc reads this
    // option each time it purges.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) }
}
