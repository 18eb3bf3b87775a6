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
pub mod docs;
pub mod error;
pub mod guide;
pub mod hjelp;
pub mod i18n;
pub mod nettside;
pub mod output;
pub mod par;
pub mod query;
pub mod vurdering;

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
    /// `--arbeidssted` (or `BTI_ARBEIDSSTED`, or the config file): the laws of
    /// the user's own workplace only.
    pub arbeidssted: Option<data::model::Arbeidssted>,
    /// `-o/--ut FIL` and `--overskriv` (where `--format xlsx` writes).
    pub ut: Option<(std::path::PathBuf, bool)>,
}

impl Ctx {
    fn new(cli: &Cli) -> Result<Self> {
        let config = config::Config::load(cli.maalform.unwrap_or_default())?;
        let explicit = cli.maalform.or(config.maalform);
        let m0 = explicit.unwrap_or_default();
        let bruker_data = cli.command.as_ref().is_none_or(|c| c.bruker_aktive_data());
        let flagg_data = cli.data.clone().filter(|p| !p.as_os_str().is_empty());
        let mut store = match (&flagg_data, &config.data) {
            (Some(dir), _) => Store::dir(dir, m0)?,
            (None, Some(dir)) => match Store::dir(dir, m0) {
                Ok(s) => s,
                // Commands that never read it are not stopped by it.
                Err(_) if !bruker_data => Store::embedded(m0),
                Err(e) => {
                    return Err(fra_config_fil(
                        e,
                        m0.t("datamappa", "datamappa"),
                        "data",
                        "--data",
                        m0,
                    ));
                }
            },
            (None, None) => Store::embedded(m0),
        };
        let flagg = cli.kommune.clone().filter(|k| !k.trim().is_empty());
        let fra_config = flagg.is_none() && config.kommune.is_some();
        // clap reads BTI_KOMMUNE into the same field as -k: a value equal to
        // the variable's came from it (or was typed the same).
        let fra_miljo = flagg.is_some()
            && std::env::var("BTI_KOMMUNE")
                .ok()
                .filter(|v| !v.trim().is_empty())
                == flagg;
        let kommune_arg = flagg.or(config.kommune);
        let kommune = match &kommune_arg {
            Some(k) => match store.find_kommune(k) {
                Ok(id) => Some(id),
                Err(_) if fra_config && !bruker_data => None,
                // Nobody typed it: say where it comes from.
                Err(e) if fra_config => {
                    return Err(fra_config_fil(
                        e,
                        m0.t("kommunen", "kommunen"),
                        "kommune",
                        "-k",
                        m0,
                    ));
                }
                Err(Error::NotFound {
                    melding,
                    mut detaljer,
                }) if fra_miljo => {
                    detaljer.push(
                        m0.t(
                            "kommunen er satt i miljøvariabelen BTI_KOMMUNE (rett eller fjern den, eller gi -k)",
                            "kommunen er sett i miljøvariabelen BTI_KOMMUNE (rett eller fjern han, eller gi -k)",
                        )
                        .into(),
                    );
                    return Err(Error::NotFound { melding, detaljer });
                }
                Err(e) => return Err(e),
            },
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
            arbeidssted: cli.arbeidssted.or(config.arbeidssted),
            ut: cli
                .command
                .as_ref()
                .and_then(|c| c.ut())
                .and_then(|u| Some((u.ut.clone()?, u.overskriv))),
        })
    }

    /// The start of a command line that a hint suggests: `bti` with the
    /// user's own `--data` and `-k`, so the hint works as typed.
    pub fn bti(&self) -> String {
        let mut bti = String::from("bti");
        if let Some(dir) = self.store.rot() {
            bti.push_str(" --data ");
            bti.push_str(&skall_ord(&dir.to_string_lossy()));
        }
        if let Some(id) = &self.kommune {
            bti.push_str(" -k ");
            bti.push_str(&skall_ord(id));
        }
        bti
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

    /// The national levels only (for queries over services and arenas,
    /// whose `nivaa` must name one); all the national data, validated, when
    /// they cannot be read on their own.
    pub fn nasjonale_nivaaer(&self) -> Result<Nasjonal> {
        match self.store.nasjonale_nivaaer() {
            Some(n) => Ok(n),
            None => self.nasjonal(),
        }
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

/// A word as a shell reads it back: quoted when it holds anything but
/// letters, digits and `-_./`.
fn skall_ord(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// `e` about a value nobody typed: say that `hva` comes from the config
/// file's `nokkel`, and how to change it.
fn fra_config_fil(e: Error, hva: &str, nokkel: &str, flagg: &str, m: Maalform) -> Error {
    let (melding, mut detaljer) = match e {
        Error::NotFound { melding, detaljer } => (melding, detaljer),
        Error::Io(melding) => (melding, Vec::new()),
        e => return e,
    };
    // «rett nøkkelen … der, eller gi …» is the same in bokmål and nynorsk.
    detaljer.push(format!(
        "{hva} {} {} (rett nøkkelen {nokkel} der, eller gi {flagg})",
        m.t("er satt i", "er sett i"),
        config::Config::path().unwrap_or_default().display(),
    ));
    Error::NotFound { melding, detaljer }
}

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
            let _ = writeln!(err, "bti: {}", output::vis_linje(&e.to_string()));
            for d in e.detaljer() {
                let _ = writeln!(err, "  {}", output::vis_linje(&d));
            }
            ExitCode::from(e.exit() as u8)
        }
    }
}

/// Set by the binary when standard output was closed at start (see
/// `main.rs`): Rust's runtime puts /dev/null in its place, so
/// `bti kommuner >&-` said nothing and exited 0.
pub static STDOUT_LUKKET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Standard output must be open: nothing written must not count as success.
pub(crate) fn stdout_open(m: i18n::Maalform) -> Result<()> {
    if STDOUT_LUKKET.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(Error::Io(format!(
            "{} ({})",
            m.t(
                "kan ikke skrive til standard ut (stdout): den er lukket",
                "kan ikkje skrive til standard ut (stdout): han er lukka"
            ),
            m.t(
                "send utdata til en fil eller et program, f.eks. > ut.txt",
                "send utdata til ei fil eller eit program, t.d. > ut.txt"
            )
        )));
    }
    Ok(())
}
