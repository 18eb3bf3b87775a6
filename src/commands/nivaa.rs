//! `bti nivaa [N]`: the BTI levels with their steps; one level in full.

use std::io::Write;

use crate::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::output::{self, Rapport, Tabell, or_dash};

fn numbered(items: &[String]) -> String {
    if items.is_empty() {
        return "—".into();
    }
    items
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {s}", i + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn run(ctx: &Ctx, nr: Option<i64>, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    let nasjonal = ctx.nasjonal()?;
    let valgt = ctx.valgt(&nasjonal)?;
    let nivaaer = match &valgt {
        Some(d) => d.nivaaer(&nasjonal),
        None => &nasjonal.veileder.nivaa,
    };
    let kommune = valgt
        .as_ref()
        .filter(|d| d.veileder.as_ref().is_some_and(|v| !v.nivaa.is_empty()))
        .map(|d| d.id.as_str());
    let utvalg: Vec<_> = nivaaer
        .iter()
        .filter(|n| nr.is_none_or(|x| *n.nr.as_ref() == x))
        .collect();
    if let Some(x) = nr
        && utvalg.is_empty()
    {
        let finnes: Vec<String> = nivaaer.iter().map(|n| n.nr.as_ref().to_string()).collect();
        return Err(Error::NotFound {
            melding: format!(
                "{} {x} {}",
                m.t("nivå", "nivå"),
                m.t("finnes ikke", "finst ikkje")
            ),
            detaljer: vec![format!("{}: {}", m.t("nivåer", "nivå"), finnes.join(", "))],
        });
    }
    let mut r = Rapport {
        tabell: Tabell {
            headers: ["Nr", m.t("Navn", "Namn"), m.t("Kort", "Kort"), "Steg"]
                .map(String::from)
                .to_vec(),
            rows: Vec::new(),
        },
        ..Default::default()
    };
    for n in &utvalg {
        r.json.push(super::felles::with_kommune(kommune, n));
        r.tabell.rows.push(vec![
            n.nr.as_ref().to_string(),
            n.navn.clone(),
            or_dash(n.kort.as_deref()),
            match n.rekonstruert_merknad(m) {
                Some(merk) => format!("{}\n{merk}", numbered(&n.steg)),
                None => numbered(&n.steg),
            },
        ]);
    }
    if nr.is_some() && ctx.format() == Format::Table {
        let kilder = super::felles::KildeVisning::new(&ctx.store);
        let blocks: Vec<_> = utvalg
            .iter()
            .map(|n| {
                (
                    n.navn.clone(),
                    vec![
                        (m.t("kort", "kort").into(), or_dash(n.kort.as_deref())),
                        (
                            m.t("beskrivelse", "skildring").into(),
                            or_dash(n.beskrivelse.as_deref()),
                        ),
                        (
                            "steg".into(),
                            match n.rekonstruert_merknad(m) {
                                Some(merk) => format!("{}\n{merk}", numbered(&n.steg)),
                                None => numbered(&n.steg),
                            },
                        ),
                        (
                            m.t("kompetanse", "kompetanse").into(),
                            if n.kompetanse.is_empty() {
                                "—".into()
                            } else {
                                n.kompetanse
                                    .iter()
                                    .map(|k| format!("• {k}"))
                                    .collect::<Vec<_>>()
                                    .join("\n")
                            },
                        ),
                        (
                            m.t("kilde", "kjelde").into(),
                            kilder.vis(kommune, n.kilde.as_deref()),
                        ),
                    ],
                )
            })
            .collect();
        return output::blocks(out, &blocks);
    }
    if ctx.format() == Format::Table
        && let Some(d) = &valgt
        && !d.kommune.modellnivaa.is_empty()
    {
        r.etter.push(String::new());
        r.etter.push(format!(
            "{} ({}):",
            m.t("Samhandlingsmodellen", "Samhandlingsmodellen"),
            d.kommune.modell.as_deref().unwrap_or(&d.kommune.navn)
        ));
        for mn in &d.kommune.modellnivaa {
            r.etter.push(format!("  {}", mn.navn));
            for p in &mn.punkter {
                r.etter.push(format!("    • {p}"));
            }
        }
    }
    super::felles::render(ctx, out, &r)
}
