//! One module per subcommand, each short: read options, ask the library,
//! build a `Rapport`, render.

pub mod arenaer;
pub mod frist;
pub mod guide;
pub mod init;
pub mod kommuner;
pub mod nettside;
pub mod nivaa;
pub mod roller;
pub mod sjekk;
pub mod tjenester;

use std::io::Write;

use serde_json::{Map, Value};

use crate::Ctx;
use crate::cli::{Cli, Command};
use crate::error::Result;
use crate::output::{self, Rapport};

pub fn dispatch(ctx: &Ctx, cli: &Cli) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match &cli.command {
        None => overview(&mut out)?,
        Some(Command::Guide(a)) => {
            drop(out);
            return guide::run(ctx, a);
        }
        Some(Command::Kommuner) => kommuner::run(ctx, &mut out)?,
        Some(Command::Sjekk { dir }) => sjekk::run(ctx, dir.as_deref(), &mut out)?,
        Some(Command::Frist(a)) => frist::run(ctx, a, &mut out)?,
        Some(Command::Tjenester(a)) => tjenester::run(ctx, a, &mut out)?,
        Some(Command::Arenaer(a)) => arenaer::run(ctx, a, &mut out)?,
        Some(Command::Roller(a)) => roller::run(ctx, a, &mut out)?,
        Some(Command::Nivaa { nr }) => nivaa::run(ctx, *nr, &mut out)?,
        Some(Command::Nettside(a)) => nettside::run(ctx, a, &mut out)?,
        Some(Command::Init(a)) => init::run(ctx, a, cli.maalform, &mut out)?,
        Some(Command::Completions { shell }) => crate::docs::completions(*shell, &mut out)?,
    }
    out.flush()?;
    Ok(())
}

fn overview(out: &mut dyn Write) -> Result<()> {
    write!(
        out,
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
"
    )?;
    Ok(())
}

/// `serde_json::to_value(entry)` with `kommune` first.
pub fn with_kommune<T: serde::Serialize>(kommune: Option<&str>, entry: &T) -> Value {
    let mut map = Map::new();
    map.insert(
        "kommune".into(),
        kommune.map_or(Value::Null, |k| Value::String(k.into())),
    );
    if let Ok(Value::Object(o)) = serde_json::to_value(entry) {
        map.extend(o);
    }
    Value::Object(map)
}

pub fn render(ctx: &Ctx, out: &mut dyn Write, r: &Rapport) -> Result<()> {
    output::render(out, ctx.format(), r, ctx.term)
}

/// `--lang`: one block per entry with every field (table format only).
pub fn render_lang(
    ctx: &Ctx,
    out: &mut dyn Write,
    r: &Rapport,
    blocks: Option<&output::Blocks>,
) -> Result<()> {
    match blocks {
        Some(b) if ctx.format() == crate::cli::Format::Table => {
            if b.is_empty() {
                writeln!(out, "{}", r.tom.as_deref().unwrap_or_default())?;
                Ok(())
            } else {
                output::blocks(out, b)
            }
        }
        _ => render(ctx, out, r),
    }
}
