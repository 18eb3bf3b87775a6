//! One module per subcommand, each short: read options, ask the library,
//! build a `Rapport`, render.

pub mod arenaer;
pub mod ctx;
pub mod felles;
pub mod frist;
pub mod guide;
pub mod init;
pub mod kommuner;
pub mod nettside;
pub mod nivaa;
pub mod roller;
pub mod sjekk;
pub mod tjenester;
pub mod vurdering;

pub use ctx::Ctx;
use felles::ut_fil;
pub use felles::{STDOUT_LUKKET, stdout_feil, stdout_open};

use std::io::Write;

use clap::ValueEnum;

use crate::cli::{Cli, Command, Format};
use crate::error::{Error, Result};
use crate::output;

pub fn dispatch(ctx: &Ctx, cli: &Cli) -> Result<()> {
    match (&cli.command, ctx.format) {
        (Some(cmd), Some(f)) => formater(ctx, cmd, f)?,
        (Some(_), None) => ut_fil(ctx, Format::Table)?,
        _ => {}
    }
    // Every format goes through `output::Ut`: no control character from the
    // data reaches the terminal raw. JSON escapes C0 itself and C1 here; ics
    // strips them; a coloured table escapes cell by cell (its own colour
    // codes pass).
    let format = ctx.format();
    let filtrer = format != Format::Ics
        && !(ctx.term.color && format == Format::Table)
        && !matches!(cli.command, Some(Command::Guide(_)));
    let mut ut = output::Ut::new(std::io::stdout().lock(), filtrer);
    if format == Format::Json {
        ut = ut.json();
    }
    let result = dispatch_to(ctx, cli, &mut ut);
    match (result, ut.feil) {
        // Which stream failed: a write error is about standard output.
        (Err(Error::Io(_) | Error::BrokenPipe), Some(kind)) => Err(stdout_feil(kind, ctx.m)),
        (result, _) => result,
    }
}

fn dispatch_to(ctx: &Ctx, cli: &Cli, ut: &mut dyn Write) -> Result<()> {
    let mut out = std::io::BufWriter::new(ut);
    match &cli.command {
        None => overview(ctx.m, &mut out)?,
        Some(Command::Guide(a)) => {
            drop(out);
            return guide::run(ctx, a);
        }
        Some(Command::Kommuner) => kommuner::run(ctx, &mut out)?,
        Some(Command::Sjekk { dir }) => sjekk::run(ctx, dir.as_deref(), cli.color, &mut out)?,
        Some(Command::Frist(a)) => frist::run(ctx, a, &mut out)?,
        Some(Command::Tjenester(a)) => tjenester::run(ctx, a, &mut out)?,
        Some(Command::Arenaer(a)) => arenaer::run(ctx, a, &mut out)?,
        Some(Command::Roller(a)) => roller::run(ctx, a, &mut out)?,
        Some(Command::Nivaa { nr }) => nivaa::run(ctx, *nr, &mut out)?,
        Some(Command::Nettside(a)) => nettside::run(ctx, a, &mut out)?,
        Some(Command::Vurdering(_)) => vurdering::run(ctx, &mut out)?,
        Some(Command::Init(a)) => init::run(ctx, a, cli.maalform, &mut out)?,
        Some(Command::Completions { shell }) => crate::docs::completions(*shell, &mut out)?,
    }
    out.flush()?;
    Ok(())
}

/// `--format` values a command does not write are usage errors, not ignored.
fn formater(ctx: &Ctx, cmd: &Command, f: Format) -> Result<()> {
    use Format::*;
    let (navn, tillatt): (&str, &[Format]) = match cmd {
        Command::Guide(_) => ("guide", &[Table, Json, Markdown]),
        Command::Kommuner => ("kommuner", &[Table, Json, Tsv, Csv, Markdown]),
        Command::Sjekk { .. } => ("sjekk", &[Table, Json]),
        Command::Frist(_) => ("frist", &[Table, Json, Tsv, Csv, Markdown, Ics, Xlsx]),
        Command::Tjenester(_) => ("tjenester", &[Table, Json, Tsv, Csv, Markdown, Xlsx]),
        Command::Arenaer(_) => ("arenaer", &[Table, Json, Tsv, Csv, Markdown, Xlsx]),
        Command::Roller(_) => ("roller", &[Table, Json, Tsv, Csv, Markdown, Xlsx]),
        Command::Nivaa { .. } => ("nivaa", &[Table, Json, Tsv, Csv, Markdown]),
        Command::Init(_) => ("init", &[]),
        Command::Completions { .. } => ("completions", &[]),
        Command::Nettside(_) => ("nettside", &[]),
        Command::Vurdering(_) => ("vurdering", &[Table, Json, Tsv, Csv, Markdown, Xlsx]),
    };
    if tillatt.contains(&f) {
        return ut_fil(ctx, f);
    }
    let m = ctx.m;
    let navn_paa = |f: &Format| {
        f.to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_string())
    };
    Err(Error::Usage(if tillatt.is_empty() {
        format!(
            "«bti {navn}» {} --format ({} --format {})",
            m.t("har ikke", "har ikkje"),
            m.t("fjern", "fjern"),
            navn_paa(&f)
        )
    } else {
        format!(
            "«bti {navn}» {} --format {} ({} {})",
            m.t("kan ikke skrive", "kan ikkje skrive"),
            navn_paa(&f),
            m.t("velg", "vel"),
            tillatt.iter().map(navn_paa).collect::<Vec<_>>().join(", ")
        )
    }))
}

fn overview(m: crate::i18n::Maalform, out: &mut dyn Write) -> Result<()> {
    out.write_all(
        m.t(
            "bti – Bedre tverrfaglig innsats for kommunen

Bruk: bti [valg] <kommando>

  guide       veiledning fra undring til handling (nivå 0)
  kommuner    kommunene i dataene
  nivaa       nivåene i BTI-modellen og stegene deres
  tjenester   tjenester, med søk (bti tjenester hels)
  arenaer     samhandlingsarenaer og neste møte
  roller      stafettholder, koordinator og andre roller
  frist       frister fra framdriftsplanen (.ics med --format ics)
  nettside    modellen som nettside (HTML, universelt utformet)
  sjekk       sjekk en datamappe

Eksempel: bti -k sirdal frist --alle
Mer: bti --help, bti <kommando> --help
",
            "bti – Betre tverrfagleg innsats for kommunen

Bruk: bti [val] <kommando>

  guide       rettleiing frå undring til handling (nivå 0)
  kommuner    kommunane i dataa
  nivaa       nivåa i BTI-modellen og stega deira
  tjenester   tenester, med søk (bti tenester hels)
  arenaer     samhandlingsarenaer og neste møte
  roller      stafetthaldar, koordinator og andre roller
  frist       fristar frå framdriftsplanen (.ics med --format ics)
  sjekk       sjekk ei datamappe

Døme: bti -k sogndal frist --alle
Meir: bti --help, bti <kommando> --help
",
        )
        .as_bytes(),
    )?;
    Ok(())
}
