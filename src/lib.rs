//! `bti`: BTI (Bedre tverrfaglig innsats) for the people who work with
//! children in Norwegian municipalities. `run()` parses the command line,
//! builds the context (data source, municipality, målform, today, output),
//! dispatches, and is the one place that turns errors into messages and
//! exit codes.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod clap_norsk;
pub mod cli;
pub mod commands;
pub mod config;
pub mod data;
pub mod dato;
pub mod diag;
pub mod docs;
pub mod error;
pub mod fil;
pub mod forekomst;
pub mod guide;
pub mod hjelp;
pub mod i18n;
pub mod likhet;
pub mod nettside;
pub mod output;
pub mod par;
pub mod query;
pub mod vis;
pub mod vurdering;

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use cli::Cli;
use commands::stdout_open;
pub use commands::{Ctx, STDOUT_LUKKET};
use error::Error;
use i18n::Maalform;

/// Parse, dispatch, report. Never panics on input.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args = clap_norsk::hjelp(args.into_iter().map(Into::into).collect());
    // Only help needs the målform before parsing; everything else finds it in `Ctx`.
    let hjelp = args.iter().skip(1).any(|a| a == "-h" || a == "--help");
    let command = || match hjelp.then(|| clap_norsk::maalform(&args)) {
        Some(Maalform::Nn) => hjelp::nynorsk(cli::command_for_parse()),
        _ => cli::command_for_parse(),
    };
    let parse = |mut command: clap::Command| {
        let cli = command
            .try_get_matches_from_mut(&args)
            .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
        // Not freed: dropping the built command is a tenth of start-up,
        // and the process ends soon after.
        std::mem::forget(command);
        cli
    };
    // A command line that parses needs none of the Norwegian help text, so it
    // is parsed without it first; help and errors are parsed again with the
    // full command, so what the user sees is the same. `--version` prints
    // no help text either.
    let fast = match hjelp {
        true => None,
        false => match parse(cli::command_for_parse_uten_hjelp()) {
            Ok(cli) => Some(Ok(cli)),
            Err(e) if e.kind() == clap::error::ErrorKind::DisplayVersion => Some(Err(e)),
            Err(_) => None,
        },
    };
    let cli = match fast.unwrap_or_else(|| parse(command())) {
        Ok(cli) => cli,
        Err(e) => return clap_norsk::feil(&e, &args),
    };
    let result = stdout_open(cli.maalform.unwrap_or_default())
        .and_then(|()| Ctx::new(&cli))
        .and_then(|ctx| commands::dispatch(&ctx, &cli));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(e) => {
            // Messages quote paths, ids and answers: one line each, no raw
            // control characters (a newline in a folder name split the line).
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "bti: {}", vis::vis_linje(&e.to_string()));
            for d in e.detaljer() {
                let _ = writeln!(err, "  {}", vis::vis_linje(&d));
            }
            ExitCode::from(e.exit() as u8)
        }
    }
}
