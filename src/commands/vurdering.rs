//! `bti vurdering`: the municipality's model against Bufdir's criteria, one
//! row per criterion with status, evidence or what is missing, and source
//! (the rules are in `crate::vurdering`).

use std::io::Write;

use serde_json::json;

use crate::Ctx;
use crate::error::Result;
use crate::output::{Rapport, Tabell};
use crate::vurdering::{Status, vurder};

/// Evidence lines a table cell shows before «… og N til».
const MAKS_I_CELLE: usize = 5;

pub fn run(ctx: &Ctx, out: &mut dyn Write) -> Result<()> {
    let r = rapport(ctx)?;
    super::felles::render(ctx, out, &r)
}

/// The report for every format (xlsx writes the same JSON elements).
pub fn rapport(ctx: &Ctx) -> Result<Rapport> {
    let m = ctx.m;
    let nasjonal = ctx.nasjonal()?;
    let kommuner = ctx.kommuner(&nasjonal)?;
    let all = ctx.kommune.is_none();
    let mut headers = Vec::new();
    if all {
        headers.push("Kommune");
    }
    headers.extend([
        m.t("Kriterium", "Kriterium"),
        "Art",
        "Status",
        m.t("Belegg / mangler", "Belegg / manglar"),
        "Kilde",
    ]);
    let mut r = Rapport {
        tabell: Tabell {
            headers: headers.into_iter().map(String::from).collect(),
            rows: Vec::new(),
        },
        tom: Some(
            m.t("Ingen kommuner i dataene.", "Ingen kommunar i dataa.")
                .into(),
        ),
        ..Default::default()
    };
    let markdown = ctx.format() == crate::cli::Format::Markdown;
    for k in &kommuner {
        for v in vurder(k, m, ctx.i_dag) {
            let kr = v.kriterium;
            r.json.push(json!({
                "kommune": k.id,
                "id": kr.id,
                "kriterium": kr.navn(m),
                "art": kr.art.kode(),
                "status": v.status.kode(),
                "belegg": v.belegg,
                "mangler": v.mangler,
                "kilde": kr.kilde(m),
            }));
            let mut rad = Vec::new();
            if all {
                rad.push(format!("{}\n({})", k.kommune.navn, k.id));
            }
            rad.extend([
                format!("{}\n({})", kr.navn(m), kr.id),
                kr.art.visning(m).to_string(),
                v.status.visning(m).to_string(),
                celle(m, &v.belegg, &v.mangler, markdown),
                if markdown {
                    kr.kilde(m)
                } else {
                    kr.kilde_kort(m)
                },
            ]);
            r.tabell.rows.push(rad);
        }
        if ctx.format() == crate::cli::Format::Table {
            r.etter.push(sammendrag(m, k, &r.json));
        }
    }
    Ok(r)
}

/// Evidence, then what is missing; at most a few lines each in a terminal table.
fn celle(m: crate::i18n::Maalform, belegg: &[String], mangler: &[String], alt: bool) -> String {
    let mut linjer = Vec::new();
    let mut del = |overskrift: &str, l: &[String]| {
        if l.is_empty() {
            return;
        }
        linjer.push(format!("{overskrift}:"));
        let vis = if alt {
            l.len()
        } else {
            l.len().min(MAKS_I_CELLE)
        };
        linjer.extend(l.iter().take(vis).map(|x| format!("– {x}")));
        if vis < l.len() {
            linjer.push(format!(
                "… {} {} {}",
                m.t("og", "og"),
                l.len() - vis,
                m.t("til", "til")
            ));
        }
    };
    del(m.t("Belegg", "Belegg"), belegg);
    del(m.t("Mangler", "Manglar"), mangler);
    if linjer.is_empty() {
        return "—".into();
    }
    linjer.join("\n")
}

/// «Austrheim: 3 oppfylt, 2 delvis, 0 ikke oppfylt, 10 ikke registrert i dataene.»
fn sammendrag(
    m: crate::i18n::Maalform,
    k: &crate::data::KommuneData,
    json: &[serde_json::Value],
) -> String {
    let teller = |s: Status| {
        json.iter()
            .filter(|v| v["kommune"] == k.id.as_str() && v["status"] == s.kode())
            .count()
    };
    let deler: Vec<String> = [
        Status::Oppfylt,
        Status::Delvis,
        Status::IkkeOppfylt,
        Status::Ukjent,
    ]
    .into_iter()
    .map(|s| format!("{} {}", teller(s), s.visning(m)))
    .collect();
    format!("{}: {}.", k.kommune.navn, deler.join(", "))
}
