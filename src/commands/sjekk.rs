//! `bti sjekk [DIR]`: every problem in a data directory or one municipality
//! folder, with file, line and column; exit 1 on any error, 0 when there are
//! only warnings. On a terminal each problem shows its source line with a
//! marker under the column; `--format json` gives one array for CI and editors.

use std::io::{IsTerminal, Write};
use std::path::Path;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use crate::Ctx;
use crate::cli::{ColorWhen, Format};
use crate::data::{Alvor, Diagnostic, Store};
use crate::diag::file_diag;
use crate::error::{Error, Result};
use crate::i18n::Maalform;

pub fn run(ctx: &Ctx, dir: Option<&Path>, color: ColorWhen, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    // A folder that is not data is a problem like any other (so that
    // `--format json` still gives an array for CI), never "0 feil".
    let feil_mappe = match dir {
        Some(d) => mappe(d, m),
        None => ctx.store.rot().and_then(|d| mappe(&d, m)),
    };
    let mut diags = Vec::new();
    let mut antall = 0;
    match feil_mappe {
        Some(d) => diags.push(d),
        None => {
            let store = match dir {
                Some(d) => Store::dir(d, m)?,
                None => ctx.store.clone(),
            };
            let nasjonal = store.nasjonal();
            diags.extend(nasjonal.diags.iter().cloned());
            diags.extend(store.synonymer_sjekk(None));
            if let Some(n) = &nasjonal.data {
                let ids = match &ctx.kommune {
                    Some(id) if dir.is_none() => {
                        diags.extend(store.kommune(id, n).diags);
                        vec![id.clone()]
                    }
                    // Municipalities are independent: on every core.
                    _ => {
                        let alle = store.alle(n)?;
                        diags.extend(alle.into_iter().flat_map(|l| l.diags));
                        store.kommune_ids()?
                    }
                };
                antall = ids.len();
                diags.extend(store.kommuner_avvik());
                for id in &ids {
                    diags.extend(store.synonymer_sjekk(Some(id)));
                }
                // The målform variants the load above did not read.
                diags.extend(store.sjekk_andre_former(&ids));
                // Both målformer say the same; every source can be looked up.
                diags.extend(crate::data::paritet::sjekk(&store, &ids));
                diags.extend(crate::data::kilder::sjekk(&store, &ids));
                // Each municipality's plans read again, with positions:
                // independent, so on every core.
                let i_dag = ctx.i_dag;
                let rad = |id: &String| store.ikke_oppdatert(id, n, i_dag);
                let ikke_oppdatert =
                    crate::par::map(&ids, 16, rad).unwrap_or_else(|| ids.iter().map(rad).collect());
                diags.extend(ikke_oppdatert.into_iter().flatten());
            }
        }
    }
    crate::diag::begrens(
        &mut diags,
        crate::diag::MAKS_PER_FIL,
        crate::diag::MAKS_PER_KJORING,
    );
    let feil = crate::diag::antall_feil(&diags);
    // The result of the check decides the exit code, whatever happens to
    // stdout: `bti sjekk BAD | head -1` still exits 1.
    let skrevet = skriv(ctx, out, &diags, feil, antall, color);
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
    color: ColorWhen,
) -> Result<()> {
    let m = ctx.m;
    let advarsler = diags.iter().filter(|d| d.alvor != Alvor::Feil).count();
    match ctx.format() {
        Format::Json => crate::output::write_json(
            out,
            &diags
                .iter()
                .filter_map(|d| serde_json::to_value(d).ok())
                .collect::<Vec<_>>(),
        )?,
        _ => {
            let snippets = match color {
                ColorWhen::Always => Some(Renderer::styled()),
                ColorWhen::Never => None,
                ColorWhen::Auto => std::io::stdout()
                    .is_terminal()
                    .then_some(ctx.term.color)
                    .map(|c| {
                        if c {
                            Renderer::styled()
                        } else {
                            Renderer::plain()
                        }
                    }),
            };
            for d in diags {
                match (&snippets, &d.kildelinje) {
                    (Some(r), Some(_)) => writeln!(out, "{}\n", snippet(r, d))?,
                    _ => writeln!(out, "{d}")?,
                }
            }
            writeln!(
                out,
                "{}: {feil} feil, {advarsler} {} ({antall} {})",
                m.t("Sjekket", "Sjekka"),
                match (advarsler, m) {
                    (1, Maalform::Nb) => "advarsel",
                    (1, Maalform::Nn) => "åtvaring",
                    (_, Maalform::Nb) => "advarsler",
                    (_, Maalform::Nn) => "åtvaringar",
                },
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

/// What `sjekk` accepts: a data directory (with `kommuner/`) or one
/// municipality folder (with `kommune.toml`). Anything else is a problem
/// that says what was expected.
fn mappe(d: &Path, m: Maalform) -> Option<Diagnostic> {
    let forventet = m.t(
        "ventet en datamappe (med kommuner/) eller en kommunemappe (med kommune.toml)",
        "venta ei datamappe (med kommuner/) eller ei kommunemappe (med kommune.toml)",
    );
    let feil = |p: &Path, hva: &str| {
        Some(
            file_diag(&p.display().to_string(), m, format!("{hva}; {forventet}"))
                .med_kode("feil-mappe"),
        )
    };
    match std::fs::metadata(d) {
        Err(e) => return feil(d, &crate::fil::io_msg(&e, m)),
        Ok(md) if !md.is_dir() => return feil(d, m.t("er ikke en mappe", "er ikkje ei mappe")),
        Ok(_) => {}
    }
    if d.join("kommune.toml").is_file() {
        return None;
    }
    if d.join("kommune.toml").is_dir() {
        return feil(
            &d.join("kommune.toml"),
            m.t(
                "er en mappe, men kommune.toml skal være en fil",
                "er ei mappe, men kommune.toml skal vere ei fil",
            ),
        );
    }
    let kommuner = d.join("kommuner");
    if !kommuner.is_dir() {
        return feil(
            d,
            m.t(
                "har verken kommuner/ eller kommune.toml",
                "har korkje kommuner/ eller kommune.toml",
            ),
        );
    }
    let har_kommune = std::fs::read_dir(&kommuner)
        .map(|r| r.flatten().any(|e| e.path().is_dir()))
        .unwrap_or(false);
    if !har_kommune {
        return feil(
            &kommuner,
            m.t(
                "har ingen kommunemapper (lag en med bti init)",
                "har ingen kommunemapper (lag ei med bti init)",
            ),
        );
    }
    None
}

/// A diagnostic as compilers show it: the line, and a marker under the column.
fn snippet(r: &Renderer, d: &Diagnostic) -> String {
    let line = d.kildelinje.as_deref().unwrap_or("");
    let start = line
        .char_indices()
        .nth(d.kolonne.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let end = line
        .get(start..)
        .and_then(|r| r.char_indices().nth(1))
        .map_or(line.len(), |(i, _)| start + i);
    let level = match d.alvor {
        Alvor::Feil => Level::ERROR.with_name(Some("feil")),
        Alvor::Advarsel => Level::WARNING.with_name(Some(d.maalform.t("advarsel", "åtvaring"))),
    };
    let report = &[level.primary_title(d.melding.as_str()).id(d.kode).element(
        Snippet::source(line)
            .line_start(d.linje)
            .path(d.fil.as_str())
            .annotation(AnnotationKind::Primary.span(start..end)),
    )];
    r.render(report)
}
