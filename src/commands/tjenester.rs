//! `bti tjenester [SØK...]`: services, searchable, with contacts.

use std::io::Write;

use crate::Ctx;
use crate::cli::TjenesterArgs;
use crate::data::model::{KATEGORIER, Tjeneste};
use crate::error::{Error, Result};
use crate::i18n::fold;
use crate::output::{Rapport, Tabell, or_dash};
use crate::query::{self, Sok};

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
            return Err(Error::NotFound {
                melding: format!("{} «{k}»", m.t("ukjent kategori", "ukjend kategori")),
                detaljer: vec![
                    format!(
                        "{} {}",
                        m.t("mente du:", "meinte du:"),
                        query::suggestions(k, KATEGORIER.iter().copied(), 3).join(", ")
                    ),
                    format!(
                        "{}: {}",
                        m.t("kategorier", "kategoriar"),
                        KATEGORIER.join(", ")
                    ),
                ],
            });
        }
    }
    let sok = Sok::new(&a.sok);
    let all = ctx.kommune.is_none();
    let mut r = Rapport::default();
    let mut headers = Vec::new();
    if all {
        headers.push("Kommune");
    }
    headers.extend(["Navn", "Kategori", m.t("Nivå", "Nivå"), "Telefon", "E-post"]);
    r.tabell = Tabell {
        headers: headers.into_iter().map(String::from).collect(),
        rows: Vec::new(),
    };
    let mut blocks = Vec::new();
    let behov = ctx.behov(a.lang);
    for d in kommuner.iter() {
        for t in &d.tjenester {
            if !sok.matches([
                t.id.as_ref().as_str(),
                &t.navn,
                t.beskrivelse.as_deref().unwrap_or(""),
                t.kategori.as_ref(),
            ]) {
                continue;
            }
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
                    ("kilde".into(), or_dash(t.kilde.as_deref())),
                ],
            ));
        }
    }
    r.tom = Some(
        m.t(
            "Ingen tjenester passer søket.",
            "Ingen tenester passar søket.",
        )
        .into(),
    );
    super::render_lang(ctx, out, &r, a.lang.then_some(&blocks))
}
