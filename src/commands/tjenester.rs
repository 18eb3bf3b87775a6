//! `bti tjenester [SØK...]`: services, searchable, with contacts.

use std::io::Write;

use crate::Ctx;
use crate::cli::TjenesterArgs;
use crate::data::model::{KATEGORIER, Kontakt, Tjeneste};
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

/// The categories as a cell shows them: «helsestasjon, skolehelsetjeneste».
fn kategorier(t: &Tjeneste) -> String {
    t.kategori.navn().join(", ")
}

/// A field and its labelled points, one per line; «—» only when there is none.
fn med_etiketter(
    hoved: Option<&str>,
    kontakt: &[Kontakt],
    felt: fn(&Kontakt) -> Option<&str>,
) -> String {
    let linjer = crate::data::kontakt::med_etiketter(hoved, kontakt, felt);
    if linjer.is_empty() {
        "—".into()
    } else {
        linjer.join("\n")
    }
}

/// The JSON of SPEC §3.1 with `kommune` first: `kategori` the primary (a
/// string, as scripts read it) and `kategorier` every category, after it.
/// For tsv, csv and xlsx (`flat`) the `kontakt` list is one cell of lines
/// «etikett: telefon, epost» joined with «; ».
pub fn json(kommune: Option<&str>, t: &Tjeneste, flat: bool) -> serde_json::Value {
    let mut v = super::felles::with_kommune(kommune, t);
    if flat && let Some(k) = v.get_mut("kontakt") {
        let linjer: Vec<String> = t.kontakt.iter().map(Kontakt::linje).collect();
        *k = serde_json::Value::String(linjer.join("; "));
    }
    if let serde_json::Value::Object(o) = &mut v {
        let alle = t.kategori.navn();
        let i = o
            .keys()
            .position(|k| k == "kategori")
            .map_or(o.len(), |i| i + 1);
        o.shift_insert(i, "kategorier".into(), serde_json::json!(alle));
    }
    v
}

/// Categories whose services are the same service under another law or
/// name (helsestasjons- og skolehelsetjenesten is one service).
const NABOKATEGORIER: &[(&str, &str)] = &[
    ("skolehelsetjeneste", "helsestasjon"),
    ("helsestasjon", "skolehelsetjeneste"),
];

/// National numbers for a category people search for and the municipality
/// has not registered (ids in `nodnummer.toml`).
const NASJONALE_NUMMER: &[(&str, &[&str])] =
    &[("barnevern", &["116111"]), ("politi", &["02800", "112"])];

/// A search that found nothing: say that the municipality has not
/// registered it, and point to the nearest services (same or neighbouring
/// category) and to the national number where there is one, never a bare
/// «ingen treff».
fn ikke_registrert(
    ctx: &Ctx,
    kommuner: &[crate::data::KommuneData],
    sok: &[String],
    synonymer: &[crate::data::model::Synonym],
) -> Result<Vec<String>> {
    let m = ctx.m;
    let q = sok.join(" ");
    let hvem = match kommuner {
        [k] => k.kommune.navn.clone(),
        _ => m.t("noen av kommunene", "nokon av kommunane").to_string(),
    };
    let mut ut = vec![format!(
        "«{q}» {} {hvem}.",
        m.t(
            "er ikke registrert i dataene for",
            "er ikkje registrert i dataa for"
        )
    )];
    let fq = fold(&q);
    let mut kategorier = query::synonym_kategorier(&q, synonymer);
    // The longest category the words begin with («barnevernvakt» → barnevern,
    // not «skole» for «skolehelsetjenesten»).
    if let Some(k) = KATEGORIER
        .iter()
        .filter(|k| fq.starts_with(*k) || query::stamme(&fq) == query::stamme(k))
        .max_by_key(|k| k.len())
        && !kategorier.iter().any(|x| x == k)
    {
        kategorier.push((*k).to_string());
    }
    let naboer: Vec<String> = kategorier
        .iter()
        .flat_map(|k| {
            NABOKATEGORIER
                .iter()
                .filter(move |(a, _)| a == k)
                .map(|(_, b)| (*b).to_string())
        })
        .collect();
    let mut naermest: Vec<String> = Vec::new();
    for k in kategorier.iter().chain(&naboer) {
        for d in kommuner {
            for t in d.tjenester.iter().filter(|t| {
                t.kategori
                    .alle()
                    .iter()
                    .any(|x| fold(x.as_ref()) == fold(k))
            }) {
                let navn = match kommuner.len() {
                    1 => format!("«{}»", t.navn),
                    _ => format!("«{}» ({})", t.navn, d.kommune.navn),
                };
                if !naermest.contains(&navn) {
                    naermest.push(navn);
                }
            }
        }
    }
    if !naermest.is_empty() {
        naermest.truncate(5);
        ut.push(format!(
            "{} {}",
            m.t("Nærmeste:", "Næraste:"),
            naermest.join(", ")
        ));
    } else if let Some(k) = kategorier.first() {
        ut.push(format!(
            "{} «{}» {}.",
            m.t("Kategorien", "Kategorien"),
            crate::i18n::kategori_navn(m, k),
            m.t(
                "har ingen tjenester i dataene",
                "har ingen tenester i dataa"
            )
        ));
    }
    let nummer: Vec<&str> = NASJONALE_NUMMER
        .iter()
        .filter(|(k, _)| kategorier.iter().any(|x| x == k))
        .flat_map(|(_, n)| n.iter().copied())
        .collect();
    if !nummer.is_empty() {
        let nasjonal = ctx.nasjonal()?;
        let linjer: Vec<String> = nummer
            .iter()
            .filter_map(|id| nasjonal.nummer(id))
            .map(|n| format!("{}, {}", n.navn, n.nummer))
            .collect();
        if !linjer.is_empty() {
            ut.push(format!(
                "{} {}",
                m.t("Nasjonalt:", "Nasjonalt:"),
                linjer.join("; ")
            ));
        }
    }
    ut.push(format!(
        "{0} «{1} {2}», {3} «{1} {2} --kategori K».",
        m.t("Se alle tjenestene med", "Sjå alle tenestene med"),
        ctx.bti(),
        m.t("tjenester", "tenester"),
        m.t("eller etter kategori med", "eller etter kategori med"),
    ));
    Ok(ut)
}

/// `--kategori` must name a category: one of SPEC's, or one the data uses.
/// Otherwise the category's other names and the close spellings.
fn sjekk_kategori(ctx: &Ctx, kommuner: &[crate::data::KommuneData], k: &str) -> Result<()> {
    let m = ctx.m;
    let used = kommuner
        .iter()
        .flat_map(|d| d.tjenester.iter().flat_map(|t| t.kategori.alle()))
        .map(|k| k.as_ref().as_str());
    let known: Vec<&str> = KATEGORIER.iter().copied().chain(used).collect();
    if !known.iter().any(|c| fold(c) == fold(k)) {
        // The other names of a category first (--kategori helsesøster),
        // then the categories spelt nearly so.
        let synonymer = ctx.store.synonymer_nasjonal().data.unwrap_or_default();
        let mut forslag = query::synonym_kategorier(k, &synonymer);
        for f in crate::likhet::suggestions(k, KATEGORIER.iter().copied(), 3) {
            if !forslag.iter().any(|x| x == f) {
                forslag.push(f.to_string());
            }
        }
        forslag.truncate(3);
        let mut detaljer: Vec<String> = crate::likhet::mente_du(m, &forslag).into_iter().collect();
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
    Ok(())
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
        sjekk_kategori(ctx, &kommuner, k)?;
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
    let kilder = super::felles::KildeVisning::new(&ctx.store);
    let behov = ctx.behov(a.lang);
    let flat = matches!(
        ctx.format(),
        crate::cli::Format::Tsv | crate::cli::Format::Csv | crate::cli::Format::Xlsx
    );
    let mut kandidater = Vec::new();
    for d in kommuner.iter() {
        for t in &d.tjenester {
            if let Some(k) = &a.kategori
                && !t
                    .kategori
                    .alle()
                    .iter()
                    .any(|x| fold(x.as_ref()) == fold(k))
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
    // A municipality's own synonyms find its own services only.
    let grupper = super::felles::synonymer_per_kommune(ctx, &a.sok, &ids)?;
    let gruppe = |(d, _): &(&crate::data::KommuneData, &Tjeneste)| {
        ids.iter().position(|id| *id == d.id).map_or(0, |i| i + 1)
    };
    let funn = query::finn_gruppert(&a.sok, &grupper, gruppe, kandidater, |(_, t), f| {
        f.add(Rang::Navn, t.id.as_ref());
        f.navn(&t.navn);
        for k in t.kategori.alle() {
            f.kategori(k.as_ref());
        }
        for o in t.sokeord.iter().flatten() {
            f.add(Rang::Kategori, o);
        }
        if let Some(b) = &t.beskrivelse {
            f.add(Rang::Tekst, b);
        }
    });
    let ingen = funn.treff.is_empty() && !a.sok.is_empty();
    // The hits, best first (a block keeps the loop body where it was).
    {
        for (d, t) in funn.treff {
            if behov.json {
                r.json.push(json(Some(&d.id), t, flat));
            }
            if behov.tabell {
                let mut row = Vec::new();
                if all {
                    row.push(d.id.clone());
                }
                row.extend([
                    t.navn.clone(),
                    kategorier(t),
                    levels(t),
                    med_etiketter(t.telefon.as_deref(), &t.kontakt, Kontakt::telefon),
                    med_etiketter(t.epost.as_deref(), &t.kontakt, Kontakt::epost),
                ]);
                r.tabell.rows.push(row);
            }
            if !behov.blokker {
                continue;
            }
            let mut felt: Vec<(String, String)> = vec![
                ("id".into(), t.id.as_ref().clone()),
                ("kategori".into(), kategorier(t)),
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
            ];
            // Each labelled point on its own line, after the main ones; a
            // main field that is missing is then left out, not «—».
            if !t.kontakt.is_empty() {
                felt.retain(|(k, v)| !(matches!(k.as_str(), "telefon" | "e-post") && v == "—"));
                let linjer: Vec<String> = t.kontakt.iter().map(Kontakt::linje).collect();
                let i = felt
                    .iter()
                    .rposition(|(k, _)| {
                        matches!(k.as_str(), "interkommunal" | "telefon" | "e-post")
                    })
                    .map_or(felt.len(), |i| i + 1);
                felt.insert(i, ("kontakt".into(), linjer.join("\n")));
            }
            blocks.push((format!("{} ({})", t.navn, d.kommune.navn), felt));
        }
    }
    r.tom = Some(super::felles::ingen_treff(
        m,
        m.t(
            "Ingen tjenester passer søket.",
            "Ingen tenester passar søket.",
        ),
        &funn.forslag,
    ));
    if ingen && let Some(tom) = &mut r.tom {
        let synonymer = grupper.first().map_or(&[][..], Vec::as_slice);
        for linje in ikke_registrert(ctx, &kommuner, &a.sok, synonymer)? {
            tom.push('\n');
            tom.push_str(&linje);
        }
    }
    r.etter = super::felles::rettet(m, &funn.rettet, funn.avkortet);
    super::felles::render_lang(ctx, out, &r, a.lang.then_some(&blocks))
}
