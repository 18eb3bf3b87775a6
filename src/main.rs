//! The `bti` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    bti::run(std::env::args_os())
}

/// Before Rust's runtime starts, see whether standard output is closed
/// (`bti kommuner >&-`): the runtime then quietly opens /dev/null in its
/// place, and every write would "succeed" with nothing written. A function
/// in `.init_array` runs before that; `bti::run` reports what it saw.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static STDOUT_SJEKK: extern "C" fn() = {
    extern "C" fn sjekk() {
        // SAFETY: F_GETFD on a fixed descriptor only reads the descriptor
        // table; it touches no memory of ours.
        if unsafe { libc::fcntl(1, libc::F_GETFD) } == -1 {
            bti::STDOUT_LUKKET.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
    sjekk
};
