//! `bti`: BTI (Bedre tverrfaglig innsats) for the people who work with
//! children in Norwegian municipalities. `run()` parses the command line,
//! builds the context (data source, municipality, målform, today, output),
//! dispatches, and is the one place that turns errors into messages and
//! exit codes.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod cli;
pub mod commands;
pub mod config;
pub mod data;
pub mod dato;
pub mod docs;
pub mod error;
pub mod guide;
pub mod i18n;
pub mod nettside;
pub mod output;
pub mod par;
pub mod query;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use chrono::NaiveDate;

use cli::{Cli, ColorWhen, Format};
use data::{KommuneData, Nasjonal, Store};
use error::{Error, Result};
use i18n::Maalform;
use output::Terminal;

/// Everything a command needs to know besides its own options.
pub struct Ctx {
    pub m: Maalform,
    /// The målform was chosen (flag, env or config file), not taken from a municipality.
    pub maalform_valgt: bool,
    pub store: Store,
    /// The selected municipality's id (`--kommune`), if any.
    pub kommune: Option<String>,
    pub format: Option<Format>,
    pub term: Terminal,
    pub i_dag: NaiveDate,
}

impl Ctx {
    fn new(cli: &Cli) -> Result<Self> {
        let config = config::Config::load()?;
        let explicit = cli.maalform.or(config.maalform);
        let m0 = explicit.unwrap_or_default();
        let data_dir = cli
            .data
            .clone()
            .filter(|p| !p.as_os_str().is_empty())
            .or(config.data);
        let mut store = match &data_dir {
            Some(dir) => Store::dir(dir, m0)?,
            None => Store::embedded(m0),
        };
        let kommune_arg = cli
            .kommune
            .clone()
            .filter(|k| !k.trim().is_empty())
            .or(config.kommune);
        let kommune = match &kommune_arg {
            Some(k) => Some(store.find_kommune(k)?),
            None => None,
        };
        let m = match (explicit, &kommune) {
            (Some(m), _) => m,
            (None, Some(id)) => store.maalform_of(id).unwrap_or_default(),
            (None, None) => Maalform::Nb,
        };
        store.maalform = m;
        let stdout_tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match cli.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => stdout_tty && !no_color,
        };
        let width = std::env::var("BTI_BREDDE")
            .ok()
            .and_then(|w| w.parse().ok())
            .or_else(|| {
                stdout_tty
                    .then(|| crossterm::terminal::size().ok().map(|(w, _)| w))
                    .flatten()
            });
        Ok(Ctx {
            m,
            maalform_valgt: explicit.is_some(),
            store,
            kommune,
            format: cli.format,
            term: Terminal { width, color },
            i_dag: cli
                .i_dag
                .unwrap_or_else(|| chrono::Local::now().date_naive()),
        })
    }

    pub fn format(&self) -> Format {
        self.format.unwrap_or(Format::Table)
    }

    /// What a command must build for the chosen format (and `--lang`).
    pub fn behov(&self, lang: bool) -> output::Behov {
        output::Behov::for_format(self.format(), lang)
    }

    pub fn nasjonal(&self) -> Result<Nasjonal> {
        self.store.nasjonal().require(self.m)
    }

    /// The selected municipality, or all of them; refuses invalid data.
    pub fn kommuner(&self, nasjonal: &Nasjonal) -> Result<Vec<KommuneData>> {
        self.kommuner_deler(nasjonal, data::load::Deler::ALLE)
    }

    /// As `kommuner`, reading (and validating) only the files in `deler`: a query
    /// that needs the plans does not parse every service and arena to answer.
    pub fn kommuner_deler(
        &self,
        nasjonal: &Nasjonal,
        deler: data::load::Deler,
    ) -> Result<Vec<KommuneData>> {
        match &self.kommune {
            Some(id) => Ok(vec![
                self.store
                    .kommune_deler(id, nasjonal, deler)
                    .require(self.m)?,
            ]),
            None => {
                let loaded = self.store.alle_deler(nasjonal, deler)?;
                let mut diags = Vec::new();
                let mut out = Vec::new();
                for l in loaded {
                    if l.has_errors() || l.data.is_none() {
                        diags.extend(l.diags);
                    } else if let Some(d) = l.data {
                        out.push(d);
                    }
                }
                if diags.iter().any(|d| d.alvor == data::Alvor::Feil) {
                    return Err(Error::data(self.m, diags));
                }
                Ok(out)
            }
        }
    }

    /// The selected municipality's data, if one is selected.
    pub fn valgt(&self, nasjonal: &Nasjonal) -> Result<Option<KommuneData>> {
        match &self.kommune {
            Some(id) => Ok(Some(self.store.kommune(id, nasjonal).require(self.m)?)),
            None => Ok(None),
        }
    }
}

/// Parse, dispatch, report. Never panics on input.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::command()
        .try_get_matches_from(args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    let result = Ctx::new(&cli).and_then(|ctx| commands::dispatch(&ctx, &cli));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(e) => {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "bti: {e}");
            for d in e.detaljer() {
                let _ = writeln!(err, "  {d}");
            }
            ExitCode::from(e.exit() as u8)
        }
    }
}

fn clap_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind::*;
    match e.kind() {
        DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        _ => {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "bti: feil i kommandolinja (se «bti --help»)");
            let text = e.render().to_string();
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let _ = writeln!(err, "  {}", line.trim_start_matches("error: "));
            }
            ExitCode::from(2)
        }
    }
}
