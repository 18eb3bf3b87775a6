//! `cargo run --release --example gendata -- --kommuner N [--nasjonal] DIR`:
//! writes N generated municipalities (see `generator.rs`) into DIR for the
//! benchmarks of SPEC §5. With `--nasjonal`, DIR also gets a copy of the
//! repository's `data/nasjonal/`; without it, bti uses the embedded one.

mod generator;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut n: Option<usize> = None;
    let mut dir: Option<PathBuf> = None;
    let mut nasjonal = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--kommuner" | "-n" => n = args.next().and_then(|v| v.parse().ok()),
            "--nasjonal" => nasjonal = true,
            _ if !a.starts_with('-') => dir = Some(PathBuf::from(a)),
            _ => {
                eprintln!("gendata: ukjent valg {a}");
                return ExitCode::from(2);
            }
        }
    }
    let (Some(n), Some(dir)) = (n, dir) else {
        eprintln!("bruk: gendata --kommuner N [--nasjonal] DIR");
        return ExitCode::from(2);
    };
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/nasjonal");
    match generator::write(&dir, n, nasjonal.then_some(src.as_path())) {
        Ok(ids) => {
            eprintln!("gendata: {} kommuner i {}", ids.len(), dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gendata: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
