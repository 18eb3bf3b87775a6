//! `bti nettside [UT]`: build the model as a static website (SPEC §6). Each
//! municipality is read in its own målform (national texts included), the
//! pages come from `crate::nettside`, and `nettside::skriv` puts them in
//! place only when the whole site is written.

use std::io::Write;
use std::path::PathBuf;

use crate::Ctx;
use crate::cli::NettsideArgs;
use crate::data::kilder::Kilder;
use crate::data::{KommuneData, Nasjonal};
use crate::error::{Error, Result};
use crate::i18n::Maalform;
use crate::nettside::{self, Nettsted};

pub fn run(ctx: &Ctx, a: &NettsideArgs, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    let ut = a.ut.clone().unwrap_or_else(|| PathBuf::from("nettside"));
    let ids = match &ctx.kommune {
        Some(id) => vec![id.clone()],
        None => ctx.store.kommune_ids()?,
    };
    // The national files once per målform in use, then each municipality in
    // its own (in parallel: they are independent).
    let maalformer: Vec<Maalform> = ids
        .iter()
        .map(|id| ctx.store.maalform_of(id).unwrap_or(m))
        .collect();
    let mut nasjonale: Vec<(Maalform, Nasjonal)> = Vec::new();
    for km in &maalformer {
        if !nasjonale.iter().any(|(x, _)| x == km) {
            let mut store = ctx.store.clone();
            store.maalform = *km;
            nasjonale.push((*km, store.nasjonal().require(m)?));
        }
    }
    let jobber: Vec<(&String, usize)> = ids
        .iter()
        .zip(&maalformer)
        .map(|(id, km)| (id, nasjonale.iter().position(|(x, _)| x == km).unwrap_or(0)))
        .collect();
    let lastet = crate::par::map(&jobber, 8, |(id, ix)| {
        let (km, nasjonal) = nasjonale.get(*ix)?;
        let mut store = ctx.store.clone();
        store.maalform = *km;
        let kilder = store.kilder(Some(id));
        Some(
            store
                .kommune(id, nasjonal)
                .require(m)
                .map(|k| (*ix, k, kilder)),
        )
    })
    .ok_or_else(|| Error::Io("nettside: en arbeidstråd stoppet".into()))?;
    let mut kommuner: Vec<(usize, KommuneData, Kilder)> = Vec::with_capacity(lastet.len());
    for l in lastet.into_iter().flatten() {
        kommuner.push(l?);
    }
    let steder: Vec<Nettsted> = kommuner
        .iter()
        .filter_map(|(ix, k, kilder)| {
            nasjonale.get(*ix).map(|(_, n)| Nettsted {
                kommune: k,
                nasjonal: n,
                kilder,
            })
        })
        .collect();
    let indeks = ctx.kommune.is_none().then_some(m);
    let filer = nettside::sider(&steder, ctx.i_dag, indeks)?;
    nettside::skriv::skriv(&ut, &filer, a.overskriv, ctx.store.rot().as_deref(), m)?;
    uten_erklaering(&steder, m);
    let sider = filer.keys().filter(|k| k.ends_with(".html")).count();
    writeln!(
        out,
        "{} {sider} {} {} {}/index.html",
        m.t("Skrev", "Skreiv"),
        m.t("sider", "sider"),
        m.t("til", "til"),
        ut.display()
    )?;
    Ok(())
}

/// Publishing is the moment a site without an accessibility statement is a
/// problem (uutilsynet: public websites must have one): say so on stderr for
/// each municipality without `tilgjengelighetserklaering`, and what to do.
/// (A warning in `sjekk` would fire for every data folder, published or not.)
fn uten_erklaering(steder: &[Nettsted], m: Maalform) {
    let mut err = crate::output::Ut::new(std::io::stderr(), true);
    for s in steder
        .iter()
        .filter(|s| s.kommune.kommune.tilgjengelighetserklaering.is_none())
    {
        let _ = writeln!(
            err,
            "{}: {} {}",
            s.kommune.kommune.navn,
            m.t(
                "advarsel: ingen tilgjengelighetserklæring er oppgitt. Offentlige nettsteder skal ha en;",
                "åtvaring: inga tilgjengelegheitserklæring er oppgitt. Offentlege nettstader skal ha ei;"
            ),
            m.t(
                "skriv adressen som tilgjengelighetserklaering i kommune.toml, så lenker bunnteksten til den",
                "skriv adressa som tilgjengelighetserklaering i kommune.toml, så lenkjer botnteksten til henne"
            )
        );
    }
}
