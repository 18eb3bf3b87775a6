//! The `bti` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    bti::run(std::env::args_os())
}
