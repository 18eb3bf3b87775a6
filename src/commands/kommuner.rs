//! `bti kommuner`: the municipalities in the data, with counts.

use std::io::Write;

use serde_json::json;

use crate::Ctx;
use crate::error::Result;
use crate::output::{Rapport, Tabell, or_dash};

pub fn run(ctx: &Ctx, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    let nasjonal = ctx.nasjonal()?;
    let kommuner = ctx.kommuner(&nasjonal)?;
    let mut r = Rapport {
        tabell: Tabell {
            headers: [
                "Id",
                "Navn",
                "Modell",
                m.t("Målform", "Målform"),
                "Region",
                m.t("Tjenester", "Tenester"),
                m.t("Arenaer", "Arenaer"),
                m.t("Aktiviteter", "Aktivitetar"),
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
    for k in &kommuner {
        let aktiviteter: usize = k.planer.iter().map(|p| p.aktivitet.len()).sum();
        let kk = &k.kommune;
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
        }));
        r.tabell.rows.push(vec![
            k.id.clone(),
            kk.navn.clone(),
            or_dash(kk.modell.as_deref()),
            kk.maalform.kode().to_string(),
            or_dash(kk.region.as_deref()),
            k.tjenester.len().to_string(),
            k.arenaer.len().to_string(),
            aktiviteter.to_string(),
        ]);
    }
    super::render(ctx, out, &r)
}
