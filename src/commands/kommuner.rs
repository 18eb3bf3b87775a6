//! `bti kommuner`: the municipalities in the data, with counts.

use std::io::Write;

use serde_json::json;

use crate::Ctx;
use crate::error::Result;
use crate::output::{Rapport, Tabell, or_dash};

pub fn run(ctx: &Ctx, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    // The national levels: a `nivaa` must name one
    // (a query validates what it reads exactly as `sjekk` does).
    let nasjonal = ctx.nasjonale_nivaaer()?;
    // Not freed at exit: nobody waits for it (as in `frist`).
    let kommuner = std::mem::ManuallyDrop::new(
        ctx.kommuner_deler(&nasjonal, crate::data::load::Deler::KOMMUNER)?,
    );
    let mut r = Rapport {
        tabell: Tabell {
            headers: [
                "Kommune",
                "Modell",
                m.t("Målform", "Målform"),
                "Region",
                m.t("Innhold", "Innhald"),
            ]
            .map(String::from)
            .to_vec(),
            rows: Vec::new(),
        },
        tom: Some(
            m.t("Ingen kommuner i dataene.", "Ingen kommunar i dataa.")
                .into(),
        ),
        ..Default::default()
    };
    let behov = ctx.behov(false);
    for k in kommuner.iter() {
        let aktiviteter: usize = k.planer.iter().map(|p| p.aktivitet.len()).sum();
        let ikke_oppdatert = ikke_oppdatert(k, ctx.i_dag);
        let kk = &k.kommune;
        if behov.json {
            r.json.push(json!({
            "id": k.id,
            "navn": kk.navn,
            "maalform": kk.maalform,
            "modell": kk.modell,
            "kommunenummer": kk.kommunenummer.as_ref().map(|n| n.as_ref()),
            "region": kk.region,
            "nettside": kk.nettside,
            "tjenester": k.tjenester.len(),
            "arenaer": k.arenaer.len(),
            "aktiviteter": aktiviteter,
            "ikke_oppdatert": ikke_oppdatert,
            }));
            continue;
        }
        r.tabell.rows.push(vec![
            format!("{}\n({})", kk.navn, k.id),
            or_dash(kk.modell.as_deref()),
            kk.maalform.kode().to_string(),
            or_dash(kk.region.as_deref()),
            [
                antall(
                    k.tjenester.len(),
                    m.t("tjeneste", "teneste"),
                    m.t("tjenester", "tenester"),
                ),
                antall(k.arenaer.len(), "arena", "arenaer"),
                antall(aktiviteter, "aktivitet", m.t("aktiviteter", "aktivitetar")),
            ]
            .into_iter()
            .chain((ikke_oppdatert > 0).then(|| {
                antall(
                    ikke_oppdatert,
                    m.t("rad ikke oppdatert", "rad ikkje oppdatert"),
                    m.t("rader ikke oppdatert", "rader ikkje oppdaterte"),
                ) + m.t(" (fristen er passert)", " (fristen er passert)")
            }))
            .collect::<Vec<_>>()
            .join("\n"),
        ]);
    }
    super::felles::render(ctx, out, &r)
}

/// Plan rows with an occurrence whose deadline has passed while the row
/// still says planned or ongoing (SPEC §3.1, the one rule in
/// `Status::ikke_oppdatert`): the rows the coordinator has to update.
fn ikke_oppdatert(k: &crate::data::KommuneData, i_dag: chrono::NaiveDate) -> usize {
    k.rader
        .iter()
        .filter(|r| {
            k.planer
                .get(r.plan)
                .and_then(|p| p.aktivitet.get(r.aktivitet))
                .is_some_and(|a| {
                    r.perioder
                        .iter()
                        .any(|p| r.ikke_oppdatert(a.status, *p, i_dag))
                })
        })
        .count()
}

/// "1 arena", "5 arenaer".
fn antall(n: usize, en: &str, fleire: &str) -> String {
    format!("{n} {}", if n == 1 { en } else { fleire })
}
