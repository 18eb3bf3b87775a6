//! `bti nettside [UT]`: build the model as a static website (SPEC §6). Each
//! municipality is read in its own målform (national texts included), the
//! pages come from `crate::nettside`, and nothing is written unless the
//! whole site could be built.

use std::io::Write;
use std::path::PathBuf;

use crate::Ctx;
use crate::cli::NettsideArgs;
use crate::data::{KommuneData, Nasjonal};
use crate::error::Result;
use crate::i18n::Maalform;
use crate::nettside::{self, Nettsted};

pub fn run(ctx: &Ctx, a: &NettsideArgs, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    let ut = a.ut.clone().unwrap_or_else(|| PathBuf::from("nettside"));
    let ids = match &ctx.kommune {
        Some(id) => vec![id.clone()],
        None => ctx.store.kommune_ids()?,
    };
    // The national files once per målform in use, then each municipality in its own.
    let mut nasjonale: Vec<(Maalform, Nasjonal)> = Vec::new();
    let mut kommuner: Vec<(usize, KommuneData)> = Vec::new();
    for id in &ids {
        let km = ctx.store.maalform_of(id).unwrap_or(m);
        let mut store = ctx.store.clone();
        store.maalform = km;
        let ix = match nasjonale.iter().position(|(x, _)| *x == km) {
            Some(i) => i,
            None => {
                nasjonale.push((km, store.nasjonal().require(m)?));
                nasjonale.len() - 1
            }
        };
        let Some((_, nasjonal)) = nasjonale.get(ix) else {
            continue;
        };
        let data = store.kommune(id, nasjonal).require(m)?;
        kommuner.push((ix, data));
    }
    let steder: Vec<Nettsted> = kommuner
        .iter()
        .filter_map(|(ix, k)| {
            nasjonale.get(*ix).map(|(_, n)| Nettsted {
                kommune: k,
                nasjonal: n,
            })
        })
        .collect();
    let indeks = ctx.kommune.is_none().then_some(m);
    let filer = nettside::sider(&steder, ctx.i_dag, indeks)?;
    nettside::skriv(&ut, &filer, a.overskriv, m)?;
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
