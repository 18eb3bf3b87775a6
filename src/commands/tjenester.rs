//! `bti tjenester [SØK...]`: services, searchable, with contacts.

use std::io::Write;

use crate::Ctx;
use crate::cli::TjenesterArgs;
use crate::data::model::{KATEGORIER, Tjeneste};
use crate::error::{Error, Result};
use crate::i18n::fold;
use crate::output::{Rapport, Tabell, or_dash};
use crate::query::{self, Rang};

fn levels(t: &Tjeneste) -> String {
    let l: Vec<String> = t
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

pub fn run(ctx: &Ctx, a: &TjenesterArgs, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    // The national levels: a `nivaa` must name one
    // (a query validates what it reads exactly as `sjekk` does).
    let nasjonal = ctx.nasjonale_nivaaer()?;
    // Not freed at exit: nobody waits for it (as in `frist`).
    let kommuner = std::mem::ManuallyDrop::new(
        ctx.kommuner_deler(&nasjonal, crate::data::load::Deler::TJENESTER)?,
    );
    if let Some(k) = &a.kategori {
        let used = kommuner
            .iter()
            .flat_map(|d| d.tjenester.iter().map(|t| t.kategori.as_ref().as_str()));
        let known: Vec<&str> = KATEGORIER.iter().copied().chain(used).collect();
        if !known.iter().any(|c| fold(c) == fold(k)) {
            // The other names of a category first (--kategori helsesøster),
            // then the categories spelt nearly so.
            let synonymer = ctx.store.synonymer_nasjonal().data.unwrap_or_default();
            let mut forslag = query::synonym_kategorier(k, &synonymer);
            for f in query::suggestions(k, KATEGORIER.iter().copied(), 3) {
                if !forslag.iter().any(|x| x == f) {
                    forslag.push(f.to_string());
                }
            }
            forslag.truncate(3);
            let mut detaljer: Vec<String> = query::mente_du(m, &forslag).into_iter().collect();
            detaljer.push(format!(
                "{}: {}",
                m.t("kategorier", "kategoriar"),
                KATEGORIER.join(", ")
            ));
            return Err(Error::NotFound {
                melding: format!("{} «{k}»", m.t("ukjent kategori", "ukjend kategori")),
                detaljer,
            });
        }
    }
    let all = ctx.kommune.is_none();
    let mut r = Rapport::default();
    let mut headers = Vec::new();
    if all {
        headers.push("Kommune");
    }
    headers.extend([
        m.t("Navn", "Namn"),
        "Kategori",
        m.t("Nivå", "Nivå"),
        "Telefon",
        "E-post",
    ]);
    r.tabell = Tabell {
        headers: headers.into_iter().map(String::from).collect(),
        rows: Vec::new(),
    };
    let mut blocks = Vec::new();
    let kilder = super::KildeVisning::new(&ctx.store);
    let behov = ctx.behov(a.lang);
    let mut kandidater = Vec::new();
    for d in kommuner.iter() {
        for t in &d.tjenester {
            if let Some(k) = &a.kategori
                && fold(t.kategori.as_ref()) != fold(k)
            {
                continue;
            }
            if let Some(n) = a.nivaa
                && !t.nivaa.iter().flatten().any(|x| *x.as_ref() == n)
            {
                continue;
            }
            kandidater.push((d, t));
        }
    }
    let ids: Vec<&str> = kommuner.iter().map(|d| d.id.as_str()).collect();
    let synonymer = super::synonymer(ctx, &a.sok, &ids)?;
    let funn = query::finn(&a.sok, &synonymer, kandidater, |(_, t), f| {
        f.add(Rang::Navn, t.id.as_ref());
        f.navn(&t.navn);
        f.kategori(t.kategori.as_ref());
        for o in t.sokeord.iter().flatten() {
            f.add(Rang::Kategori, o);
        }
        if let Some(b) = &t.beskrivelse {
            f.add(Rang::Tekst, b);
        }
    });
    // The hits, best first (a block keeps the loop body where it was).
    {
        for (d, t) in funn.treff {
            if behov.json {
                r.json.push(super::with_kommune(Some(&d.id), t));
            }
            if behov.tabell {
                let mut row = Vec::new();
                if all {
                    row.push(d.id.clone());
                }
                row.extend([
                    t.navn.clone(),
                    t.kategori.as_ref().clone(),
                    levels(t),
                    or_dash(t.telefon.as_deref()),
                    or_dash(t.epost.as_deref()),
                ]);
                r.tabell.rows.push(row);
            }
            if !behov.blokker {
                continue;
            }
            blocks.push((
                format!("{} ({})", t.navn, d.kommune.navn),
                vec![
                    ("id".into(), t.id.as_ref().clone()),
                    ("kategori".into(), t.kategori.as_ref().clone()),
                    (
                        m.t("beskrivelse", "skildring").into(),
                        or_dash(t.beskrivelse.as_deref()),
                    ),
                    (m.t("nivå", "nivå").into(), levels(t)),
                    (
                        m.t("målgruppe", "målgruppe").into(),
                        or_dash(t.maalgruppe.as_deref()),
                    ),
                    ("interkommunal".into(), or_dash(t.interkommunal.as_deref())),
                    ("telefon".into(), or_dash(t.telefon.as_deref())),
                    ("e-post".into(), or_dash(t.epost.as_deref())),
                    ("nettside".into(), or_dash(t.nettside.as_deref())),
                    ("adresse".into(), or_dash(t.adresse.as_deref())),
                    (
                        m.t("åpningstid", "opningstid").into(),
                        or_dash(t.apningstid.as_deref()),
                    ),
                    (
                        m.t("kilde", "kjelde").into(),
                        kilder.vis(Some(&d.id), t.kilde.as_deref()),
                    ),
                ],
            ));
        }
    }
    r.tom = Some(super::ingen_treff(
        m,
        m.t(
            "Ingen tjenester passer søket.",
            "Ingen tenester passar søket.",
        ),
        &funn.forslag,
    ));
    r.etter = super::rettet(m, &funn.rettet, funn.avkortet);
    super::render_lang(ctx, out, &r, a.lang.then_some(&blocks))
}
