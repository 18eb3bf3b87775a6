//! `bti arenaer [SØK...]`: collaboration arenas, who takes part, how often,
//! and the next meeting on or after today.

use std::io::Write;

use serde_json::Value;

use crate::Ctx;
use crate::cli::ArenaerArgs;
use crate::data::KommuneData;
use crate::data::model::Arena;
use crate::error::{Error, Result};
use crate::i18n::Maalform;
use crate::output::{Rapport, Tabell, or_dash};
use crate::query::{self, Rang};

/// Participants: services by name, then the other participants.
fn deltakere(d: &KommuneData, a: &Arena) -> Vec<String> {
    a.tjenester
        .iter()
        .flatten()
        .map(|id| {
            d.tjeneste(id.as_ref())
                .map_or_else(|| id.as_ref().clone(), |t| t.navn.clone())
        })
        .chain(a.deltakere.iter().flatten().cloned())
        .collect()
}

/// `--tjeneste` as `-k` reads a municipality: an exact id wins, then an
/// exact name (case and æøå aside), then the one service whose name starts
/// with or contains the words; a name that fits several is an error that
/// lists them. Empty: nothing fits (the caller suggests).
fn tjeneste_ids(
    m: crate::i18n::Maalform,
    kommuner: &[KommuneData],
    t: &str,
) -> Result<Vec<String>> {
    use crate::i18n::fold;
    let alle = || kommuner.iter().flat_map(|d| d.tjenester.iter());
    let ids = |f: &dyn Fn(&crate::data::model::Tjeneste) -> bool| -> Vec<String> {
        let mut v: Vec<String> = alle()
            .filter(|s| f(s))
            .map(|s| s.id.as_ref().clone())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let ft = fold(t.trim());
    let eksakt = ids(&|s| s.id.as_ref() == t);
    if !eksakt.is_empty() {
        return Ok(eksakt);
    }
    let navn = ids(&|s| fold(&s.navn) == ft);
    if !navn.is_empty() || ft.is_empty() {
        return Ok(navn);
    }
    let delvis: Vec<&crate::data::model::Tjeneste> =
        alle().filter(|s| fold(&s.navn).contains(&ft)).collect();
    let mut navnene: Vec<&str> = delvis.iter().map(|s| s.navn.as_str()).collect();
    navnene.sort_unstable();
    navnene.dedup();
    if navnene.len() > 1 {
        return Err(Error::Usage(format!(
            "--tjeneste «{t}» {}: {}",
            m.t("passer flere tjenester", "passar fleire tenester"),
            navnene
                .iter()
                .map(|n| format!("«{n}»"))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    Ok(delvis.iter().map(|s| s.id.as_ref().clone()).collect())
}

/// `--tjeneste` names no service: the closest ids, or how to list them.
fn ukjent_tjeneste(m: Maalform, kommuner: &[KommuneData], t: &str) -> Error {
    let ids: Vec<&str> = kommuner
        .iter()
        .flat_map(|d| d.tjenester.iter().map(|t| t.id.as_ref().as_str()))
        .collect();
    let forslag = crate::likhet::suggestions(t, ids.iter().copied(), 3);
    Error::NotFound {
        melding: format!(
            "{} «{t}» {}",
            m.t("tjenesten", "tenesta"),
            m.t("finnes ikke", "finst ikkje")
        ),
        detaljer: vec![crate::likhet::mente_du(m, &forslag).unwrap_or_else(|| {
            m.t(
                "se ids med «bti tjenester --format tsv»",
                "sjå id-ar med «bti tjenester --format tsv»",
            )
            .into()
        })],
    }
}

/// One arena as a `--lang` block: every field, with its source.
fn blokk(
    m: Maalform,
    kilder: &super::felles::KildeVisning,
    d: &KommuneData,
    a: &Arena,
    folk: &[String],
    alle_moter: &[crate::dato::Periode],
    neste_txt: String,
) -> (String, Vec<(String, String)>) {
    let moter: Vec<String> = alle_moter.iter().map(|p| m.dato(p.start)).collect();
    (
        format!("{} ({})", a.navn, d.kommune.navn),
        vec![
            ("id".into(), a.id.as_ref().clone()),
            (m.t("nivå", "nivå").into(), a.nivaa.navn().into()),
            (
                m.t("formål", "formål").into(),
                or_dash(a.formaal.as_deref()),
            ),
            (
                m.t("deltakere", "deltakarar").into(),
                if folk.is_empty() {
                    "—".into()
                } else {
                    folk.join("\n")
                },
            ),
            (
                m.t("hyppighet", "hyppigheit").into(),
                or_dash(a.hyppighet.as_deref()),
            ),
            (
                m.t("tidspunkt", "tidspunkt").into(),
                or_dash(a.tidspunkt.as_deref()),
            ),
            (m.t("sted", "stad").into(), or_dash(a.sted.as_deref())),
            (m.t("ansvar", "ansvar").into(), or_dash(a.ansvar.as_deref())),
            (
                m.t("møter", "møte").into(),
                if moter.is_empty() {
                    "—".into()
                } else {
                    moter.join("\n")
                },
            ),
            (m.t("neste møte", "neste møte").into(), neste_txt),
            (
                m.t("kilde", "kjelde").into(),
                kilder.vis(Some(&d.id), a.kilde.as_deref()),
            ),
        ],
    )
}

pub fn run(ctx: &Ctx, args: &ArenaerArgs, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    // The national levels: a `nivaa` must name one
    // (a query validates what it reads exactly as `sjekk` does).
    let nasjonal = ctx.nasjonale_nivaaer()?;
    // Not freed at exit: nobody waits for it (as in `frist`).
    let kommuner = std::mem::ManuallyDrop::new(
        ctx.kommuner_deler(&nasjonal, crate::data::load::Deler::ARENAER)?,
    );
    let tjeneste_ids = match &args.tjeneste {
        Some(t) => Some(tjeneste_ids(m, &kommuner, t)?),
        None => None,
    };
    if let Some(t) = &args.tjeneste
        && tjeneste_ids.as_ref().is_some_and(Vec::is_empty)
    {
        return Err(ukjent_tjeneste(m, &kommuner, t));
    }
    let all = ctx.kommune.is_none();
    let mut headers = Vec::new();
    if all {
        headers.push("Kommune");
    }
    headers.extend([
        m.t("Navn", "Namn"),
        m.t("Formål", "Formål"),
        m.t("Hyppighet", "Hyppigheit"),
        m.t("Innkaller", "Innkallar"),
        m.t("Neste møte", "Neste møte"),
        m.t("Deltakere", "Deltakarar"),
    ]);
    let mut r = Rapport {
        tabell: Tabell {
            headers: headers.into_iter().map(String::from).collect(),
            rows: Vec::new(),
        },
        ..Default::default()
    };
    let mut blocks = Vec::new();
    let kilder = super::felles::KildeVisning::new(&ctx.store);
    let behov = ctx.behov(args.lang);
    let mut kandidater = Vec::new();
    for d in kommuner.iter() {
        for (i, a) in d.arenaer.iter().enumerate() {
            if let Some(ids) = &tjeneste_ids
                && !a
                    .tjenester
                    .iter()
                    .flatten()
                    .any(|x| ids.contains(x.as_ref()))
            {
                continue;
            }
            if let Some(n) = args.nivaa
                && a.nivaa != n
            {
                continue;
            }
            kandidater.push((d, i, a));
        }
    }
    let ids: Vec<&str> = kommuner.iter().map(|d| d.id.as_str()).collect();
    // A municipality's own synonyms find its own arenas only.
    let grupper = super::felles::synonymer_per_kommune(ctx, &args.sok, &ids)?;
    let gruppe = |(d, _, _): &(&KommuneData, usize, &Arena)| {
        ids.iter().position(|id| *id == d.id).map_or(0, |i| i + 1)
    };
    let funn = query::finn_gruppert(&args.sok, &grupper, gruppe, kandidater, |(_, _, a), f| {
        f.add(Rang::Navn, a.id.as_ref());
        f.navn(&a.navn);
        f.add(Rang::Kategori, a.nivaa.navn());
        for o in a.sokeord.iter().flatten() {
            f.add(Rang::Kategori, o);
        }
        if let Some(b) = &a.formaal {
            f.add(Rang::Tekst, b);
        }
    });
    r.tom = Some(super::felles::ingen_treff(
        m,
        m.t("Ingen arenaer passer søket.", "Ingen arenaer passar søket."),
        &funn.forslag,
    ));
    r.etter = super::felles::rettet(m, &funn.rettet, funn.avkortet);
    // The hits, best first (a block keeps the loop body where it was).
    {
        for (d, i, a) in funn.treff {
            let alle_moter = d.motedatoer(i, ctx.i_dag);
            let neste = alle_moter
                .iter()
                .find(|p| p.slutt >= ctx.i_dag)
                .map(|p| p.start);
            if behov.json {
                let mut v = super::felles::with_kommune(Some(&d.id), a);
                if let Value::Object(o) = &mut v {
                    o.insert(
                        "neste_mote".into(),
                        neste.map_or(Value::Null, |n| Value::String(n.to_string())),
                    );
                }
                r.json.push(v);
                continue;
            }
            let folk = deltakere(d, a);
            let neste_txt = neste.map_or("—".to_string(), |n| m.dato(n));
            let mut row = Vec::new();
            if all {
                row.push(d.id.clone());
            }
            // Purpose and members in the table itself, not only in JSON and --lang.
            row.extend([
                a.navn.clone(),
                or_dash(a.formaal.as_deref()),
                or_dash(a.hyppighet.as_deref()),
                or_dash(a.ansvar.as_deref()),
                neste_txt.clone(),
                if folk.is_empty() {
                    "—".into()
                } else {
                    folk.join(", ")
                },
            ]);
            r.tabell.rows.push(row);
            if !behov.blokker {
                continue;
            }
            blocks.push(blokk(m, &kilder, d, a, &folk, &alle_moter, neste_txt));
        }
    }
    super::felles::render_lang(ctx, out, &r, args.lang.then_some(&blocks))
}
