//! `bti roller [SØK...]`: roles, the national ones merged with the
//! municipality's own (the municipality's entry wins by id).

use std::io::Write;

use serde_json::Value;

use crate::Ctx;
use crate::cli::RollerArgs;
use crate::data::model::Rolle;
use crate::error::Result;
use crate::output::{Rapport, Tabell, or_dash};
use crate::query::{self, Rang};

fn levels(r: &Rolle) -> String {
    let l: Vec<String> = r
        .nivaa
        .iter()
        .flatten()
        .map(|n| n.as_ref().to_string())
        .collect();
    if l.is_empty() {
        "—".into()
    } else {
        l.join(", ")
    }
}

pub fn run(ctx: &Ctx, args: &RollerArgs, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    let nasjonal = ctx.nasjonal()?;
    let valgt = ctx.valgt(&nasjonal)?;
    let roller: Vec<(&Rolle, bool)> = match &valgt {
        Some(d) => d.roller(&nasjonal),
        None => nasjonal.roller.iter().map(|r| (r, false)).collect(),
    };
    let mut r = Rapport {
        tabell: Tabell {
            headers: [
                m.t("Navn", "Namn"),
                m.t("Nivå", "Nivå"),
                m.t("Beskrivelse", "Skildring"),
                m.t("Fra", "Frå"),
            ]
            .map(String::from)
            .to_vec(),
            rows: Vec::new(),
        },
        ..Default::default()
    };
    let ids: Vec<&str> = valgt.iter().map(|d| d.id.as_str()).collect();
    let synonymer = super::felles::synonymer(ctx, &args.sok, &ids)?;
    let funn = query::finn(&args.sok, &synonymer, roller, |(rolle, _), f| {
        f.add(Rang::Navn, rolle.id.as_ref());
        f.navn(&rolle.navn);
        if let Some(b) = &rolle.beskrivelse {
            f.add(Rang::Tekst, b);
        }
    });
    r.tom = Some(super::felles::ingen_treff(
        m,
        m.t("Ingen roller passer søket.", "Ingen roller passar søket."),
        &funn.forslag,
    ));
    r.etter = super::felles::rettet(m, &funn.rettet, funn.avkortet);
    let mut blocks = Vec::new();
    let kilder = super::felles::KildeVisning::new(&ctx.store);
    let behov = ctx.behov(args.lang);
    for (rolle, own) in funn.treff {
        let kommune = valgt.as_ref().filter(|_| own).map(|d| d.id.as_str());
        let fra = kommune.map_or_else(|| "nasjonal".to_string(), str::to_string);
        if behov.json {
            let mut v = super::felles::with_kommune(kommune, rolle);
            if let Value::Object(o) = &mut v {
                o.insert("fra".into(), Value::String(fra.clone()));
            }
            r.json.push(v);
        }
        if behov.tabell {
            r.tabell.rows.push(vec![
                rolle.navn.clone(),
                levels(rolle),
                or_dash(rolle.beskrivelse.as_deref()),
                fra.clone(),
            ]);
        }
        if !behov.blokker {
            continue;
        }
        let lovverk: Vec<String> = rolle
            .lovverk
            .iter()
            .flatten()
            .filter_map(|id| match nasjonal.lov(id.as_ref()) {
                Some(l) if !l.gjelder(ctx.arbeidssted) => None,
                Some(l) => Some(format!("{} ({})", l.tittel, l.referanse())),
                None => Some(id.as_ref().clone()),
            })
            .collect();
        blocks.push((
            rolle.navn.clone(),
            vec![
                ("id".into(), rolle.id.as_ref().clone()),
                (
                    m.t("beskrivelse", "skildring").into(),
                    or_dash(rolle.beskrivelse.as_deref()),
                ),
                (m.t("nivå", "nivå").into(), levels(rolle)),
                (
                    m.t("oppgaver", "oppgåver").into(),
                    rolle
                        .oppgaver
                        .as_ref()
                        .filter(|o| !o.is_empty())
                        .map_or("—".into(), |o| {
                            o.iter()
                                .map(|x| format!("• {x}"))
                                .collect::<Vec<_>>()
                                .join("\n")
                        }),
                ),
                (
                    m.t("nasjonale føringer", "nasjonale føringar").into(),
                    or_dash(rolle.nasjonale_foringar.as_deref()),
                ),
                (
                    m.t("lokale føringer", "lokale føringar").into(),
                    or_dash(rolle.lokale_foringar.as_deref()),
                ),
                (
                    "lovverk".into(),
                    if lovverk.is_empty() {
                        "—".into()
                    } else {
                        lovverk.join("\n")
                    },
                ),
                (m.t("fra", "frå").into(), fra),
                (
                    m.t("kilde", "kjelde").into(),
                    kilder.vis(kommune, rolle.kilde.as_deref()),
                ),
            ],
        ));
    }
    super::felles::render_lang(ctx, out, &r, args.lang.then_some(&blocks))
}
