//! `bti guide`: pick the graph (the municipality's own, else the national
//! one), pick the mode (TUI on a terminal, line mode otherwise), walk, and
//! save the summary only when asked.

use std::io::{BufWriter, IsTerminal, Write};

use crate::Ctx;
use crate::cli::{Format, GuideArgs};
use crate::error::{Error, Result};
use crate::guide::engine::Engine;
use crate::guide::plain::{self, ForSvar, Utdata};
use crate::guide::tui::{self, App, KommuneValg, Slutt};
use crate::guide::{Kilde, lagre};
use crate::i18n::Maalform;

fn engine(kilde: &Kilde, m: Maalform) -> Result<Engine> {
    let guide = kilde.guide().ok_or_else(|| Error::NotFound {
        melding: m
            .t(
                "veilederen har ingen beslutningsgraf for nivå 0 ([guide])",
                "rettleiaren har ingen avgjerdsgraf for nivå 0 ([guide])",
            )
            .to_string(),
        detaljer: Vec::new(),
    })?;
    Engine::new(guide).map_err(|e| Error::NotFound {
        melding: m
            .t(
                "veilederen for nivå 0 kan ikke brukes",
                "rettleiaren for nivå 0 kan ikkje brukast",
            )
            .to_string(),
        detaljer: vec![e.melding(m)],
    })
}

/// The data for a municipality chosen on the guide's first screen, read in
/// the målform the walk will use: the municipality's own unless the user set
/// one, so a nynorsk municipality gets the nynorsk national graph, laws and
/// numbers, not only nynorsk labels around bokmål text. Returns the målform.
fn last_valgt(ctx: &Ctx, id: Option<&str>) -> Result<(Maalform, Kilde)> {
    let m = match id {
        Some(id) if !ctx.maalform_valgt => ctx.store.maalform_of(id).unwrap_or(ctx.m),
        _ => ctx.m,
    };
    let mut store = ctx.store.clone();
    store.maalform = m;
    let nasjonal = store.nasjonal().require(m)?;
    let kommune = match id {
        Some(id) => Some(store.kommune(id, &nasjonal).require(m)?),
        None => None,
    };
    let mut kilde = Kilde::ny(nasjonal, kommune);
    kilde.arbeidssted = ctx.arbeidssted;
    Ok((m, kilde))
}

/// `--format` as the guide writes it: text, JSON lines or Markdown.
fn utdata(ctx: &Ctx) -> Result<Utdata> {
    let m = ctx.m;
    Ok(match ctx.format {
        None | Some(Format::Table) => Utdata::Tekst,
        Some(Format::Json) => Utdata::Json,
        Some(Format::Markdown) => Utdata::Markdown,
        Some(_) => {
            return Err(Error::Usage(
                m.t(
                    "bti guide kan bare skrive --format table, json eller markdown",
                    "bti guide kan berre skrive --format table, json eller markdown",
                )
                .to_string(),
            ));
        }
    })
}

/// The flags checked before anything is shown: where to save, and an
/// undring date that is not in the future.
fn sjekk_valg(ctx: &Ctx, a: &GuideArgs) -> Result<()> {
    let m = ctx.m;
    if let Some(p) = &a.lagre {
        lagre::sjekk(p, a.overskriv, m)?;
    }
    if let Some(u) = a.undring
        && u > ctx.i_dag
    {
        return Err(Error::Usage(format!(
            "--undring {u}: {} ({})",
            m.t(
                "undringen kan ikke ha oppstått etter i dag",
                "undringa kan ikkje ha oppstått etter i dag"
            ),
            m.dato(ctx.i_dag)
        )));
    }
    Ok(())
}

pub fn run(ctx: &Ctx, a: &GuideArgs) -> Result<()> {
    let utdata = utdata(ctx)?;
    sjekk_valg(ctx, a)?;
    let nasjonal = ctx.nasjonal()?;
    let kommune = ctx.valgt(&nasjonal)?;
    let mut kilde = Kilde::ny(nasjonal.clone(), kommune);
    kilde.arbeidssted = ctx.arbeidssted;
    let eng = engine(&kilde, ctx.m)?;
    let stdin_tty = std::io::stdin().is_terminal();
    let tui = !a.plain && utdata == Utdata::Tekst && stdin_tty && std::io::stdout().is_terminal();
    if tui && terminal(ctx, a, &kilde, &eng)? {
        return Ok(());
    }
    linjemodus(ctx, a, utdata, stdin_tty, kilde, eng)
}

/// The TUI: `Ok(true)` when the walk reached an outcome, `Ok(false)` when
/// there was no usable terminal after all (the line mode takes over).
fn terminal(ctx: &Ctx, a: &GuideArgs, kilde: &Kilde, eng: &Engine) -> Result<bool> {
    let m = ctx.m;
    let mut app = App::new(kilde.clone(), eng.clone(), m, ctx.term.color, ctx.i_dag);
    // Deadlines count from the day the undring arose: given, or asked
    // once, after the first stop-rule screen (`trenger_undring`).
    app.undring = a.undring.unwrap_or(ctx.i_dag);
    app.undring_spurt = a.undring.is_some();
    // A municipality chosen on the first screen brings its målform,
    // unless the user set one (flag, BTI_MAALFORM or the config file).
    app.fast_maalform = ctx.maalform_valgt;
    if ctx.kommune.is_none() {
        let mut liste: Vec<(Option<String>, String)> = ctx
            .store
            .kommune_ids()?
            .into_iter()
            .map(|id| {
                let navn = ctx.store.navn_of(&id);
                (Some(id), navn)
            })
            .collect();
        liste.push((None, crate::guide::bare_nasjonal(m).to_string()));
        app.velg_kommune = Some(KommuneValg { liste });
    }
    let last = |id: Option<&str>| -> Result<(Kilde, Engine)> {
        let (mk, k) = last_valgt(ctx, id)?;
        let e = engine(&k, mk)?;
        Ok((k, e))
    };
    let oppsett = tui::Oppsett {
        last: &last,
        lagre: a.lagre.clone(),
        overskriv: a.overskriv,
    };
    match tui::run(app, &oppsett)? {
        Slutt::Utfall(opp) => {
            // Wrapped to the terminal, as it was on the screen.
            let bredde = crossterm::terminal::size()
                .ok()
                .map(|(w, _)| w)
                .or(ctx.term.width)
                .map_or(80, usize::from);
            let mut out = BufWriter::new(std::io::stdout().lock());
            write!(out, "{}", tui::bryt_oppsummering(&opp.tekst(), bredde))?;
            out.flush()?;
            if let Some(p) = &a.lagre {
                let m = opp.m;
                eprintln!(
                    "{} {}",
                    m.t("Lagret i", "Lagra i"),
                    crate::vis::vis_linje(&p.display().to_string())
                );
            }
            Ok(true)
        }
        Slutt::Avbrutt(m) => Err(Error::Aborted(
            m.t(
                "veiledningen ble avbrutt før et utfall",
                "rettleiinga vart avbroten før eit utfall",
            )
            .to_string(),
        )),
        // No usable terminal after all: fall through to the line mode.
        Slutt::IngenTerminal => Ok(false),
    }
}

/// Line mode: for screen readers, scripts (one answer per line) and JSON lines.
fn linjemodus(
    ctx: &Ctx,
    a: &GuideArgs,
    utdata: Utdata,
    stdin_tty: bool,
    kilde: Kilde,
    mut eng: Engine,
) -> Result<()> {
    let m = ctx.m;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    // Node texts, choices and the messages that quote an answer come from
    // data and input: no control character passes raw.
    let mut out = crate::output::Ut::new(std::io::stdout().lock(), true);
    if utdata == Utdata::Json {
        out = out.json();
    }
    let mut err = crate::output::Ut::new(std::io::stderr(), true);

    // A person at a terminal is asked what the TUI asks: the municipality
    // (when none is set) and, during the walk, when the undring arose (when
    // the graph has deadlines; after the first stop-rule screen, never on the
    // akutt path). Piped input keeps the protocol: one answer per node.
    let spor = stdin_tty && utdata == Utdata::Tekst;
    let (mut m, mut kilde) = (m, kilde);
    let mut akutt = false;
    if spor && ctx.kommune.is_none() {
        let ids = ctx.store.kommune_ids()?;
        let navn: Vec<String> = ids.iter().map(|id| ctx.store.navn_of(id)).collect();
        match plain::spor_kommune(m, &navn, &mut input, &mut out, &mut err)? {
            ForSvar::Akutt => akutt = true,
            ForSvar::Svar(None) => {}
            ForSvar::Svar(Some(i)) => {
                if let Some(id) = ids.get(i) {
                    let (mk, k) = last_valgt(ctx, Some(id))?;
                    m = mk;
                    kilde = k;
                    eng = engine(&kilde, m)?;
                }
            }
        }
    }
    if akutt {
        eng.akutt();
    }
    let oppsett = plain::Oppsett {
        m,
        i_dag: ctx.i_dag,
        undring: a.undring.unwrap_or(ctx.i_dag),
        utdata,
        interaktiv: stdin_tty,
        spor_undring: spor && !akutt && a.undring.is_none(),
    };
    let opp = plain::run(&kilde, &mut eng, &oppsett, &mut input, &mut out, &mut err);
    let opp = match (opp, out.feil) {
        // The reader went away before the outcome: the walkthrough did not
        // end, so exit 1 (SPEC §3.2), not the quiet 0 of a finished query.
        (Err(Error::Io(_) | Error::BrokenPipe), Some(std::io::ErrorKind::BrokenPipe))
        | (Err(Error::BrokenPipe), _) => Err(Error::Aborted(format!(
            "{} ({})",
            m.t(
                "veiledningen ble avbrutt før et utfall",
                "rettleiinga vart avbroten før eit utfall"
            ),
            m.t("utdata ble lukket", "utdata vart lukka")
        ))),
        (Err(Error::Io(_)), Some(kind)) => Err(crate::commands::stdout_feil(kind, m)),
        (r, _) => r,
    }?;
    // A person at a terminal is asked whether to save, under the name the
    // TUI's `s` uses; a script saves only with --lagre.
    let fil = match &a.lagre {
        Some(p) => Some(p.clone()),
        None if stdin_tty && std::io::stdout().is_terminal() && utdata != Utdata::Json => {
            let p = lagre::ledig_navn(ctx.i_dag);
            plain::spor_lagre(m, &p, &mut input, &mut out, &mut err)?.then_some(p)
        }
        None => None,
    };
    if let Some(p) = &fil {
        lagre::skriv(p, &opp.markdown(), a.overskriv, m)?;
        let _ = writeln!(err, "{} {}", m.t("Lagret i", "Lagra i"), p.display());
        let _ = err.flush();
    }
    Ok(())
}
