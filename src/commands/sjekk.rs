//! `bti sjekk [DIR]`: every problem in a data directory, with file, line and
//! column; exit 1 on any error, 0 when there are only warnings.

use std::io::Write;
use std::path::Path;

use crate::Ctx;
use crate::cli::Format;
use crate::data::{Alvor, Store};
use crate::error::{Error, Result};

pub fn run(ctx: &Ctx, dir: Option<&Path>, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    let store = match dir {
        Some(d) => Store::dir(d, m)?,
        None => ctx.store.clone(),
    };
    let nasjonal = store.nasjonal();
    let mut diags = nasjonal.diags.clone();
    let mut antall = 0;
    if let Some(n) = &nasjonal.data {
        let ids = match &ctx.kommune {
            Some(id) if dir.is_none() => vec![id.clone()],
            _ => store.kommune_ids()?,
        };
        antall = ids.len();
        for id in ids {
            diags.extend(store.kommune(&id, n).diags);
        }
    }
    diags.sort();
    let feil = diags.iter().filter(|d| d.alvor == Alvor::Feil).count();
    // The result of the check decides the exit code, whatever happens to
    // stdout: `bti sjekk BAD | head -1` still exits 1.
    let skrevet = skriv(ctx, out, &diags, feil, antall);
    if feil > 0 {
        if let Err(e) = skrevet
            && !matches!(e, Error::BrokenPipe)
        {
            return Err(e);
        }
        return Err(Error::Data {
            melding: format!("{} {feil} feil", m.t("sjekken fant", "sjekken fann")),
            diagnostikk: Vec::new(),
        });
    }
    skrevet
}

fn skriv(
    ctx: &Ctx,
    out: &mut dyn Write,
    diags: &[crate::data::Diagnostic],
    feil: usize,
    antall: usize,
) -> Result<()> {
    let m = ctx.m;
    let advarsler = diags.len() - feil;
    match ctx.format() {
        Format::Json => crate::output::write_json(
            out,
            &diags
                .iter()
                .filter_map(|d| serde_json::to_value(d).ok())
                .collect::<Vec<_>>(),
        )?,
        _ => {
            for d in diags {
                writeln!(out, "{d}")?;
            }
            writeln!(
                out,
                "{}: {feil} feil, {advarsler} {} ({antall} {})",
                m.t("Sjekket", "Sjekka"),
                m.t("advarsler", "åtvaringar"),
                if antall == 1 {
                    "kommune"
                } else {
                    m.t("kommuner", "kommunar")
                },
            )?;
        }
    }
    out.flush()?;
    Ok(())
}
