//! `bti nettside`: the municipality's model as a static, accessible website.
//!
//! The pages are a pure function of the data and `i_dag` (`sider`), so the
//! output is byte-identical from run to run and a municipality can keep it in
//! git. Every page is rendered by minijinja from the templates in
//! `templates/nettside/`, with HTML escaping on by construction (the
//! templates are named `*.html`): no HTML is built by string concatenation.
//!
//! Nothing here knows the walkthrough's rules: the node pages follow the same
//! `Engine` graph as `bti guide`, the outcome pages are `Oppsummering::ny`
//! of a walk to that outcome (see `utfall_side`), and the plan and its `.ics`
//! are the same occurrences and calendar writer as `bti frist`.

mod felles;
mod lesar;
mod oversikt;
pub mod skriv;
pub mod tekster;
mod veileder;

use chrono::NaiveDate;
use minijinja::Environment;
use minijinja::value::Serde;

use crate::data::kilder::Kilder;
use crate::data::{KommuneData, Nasjonal};
use crate::error::{Error, Result};
use crate::guide::Kilde;
use crate::i18n::Maalform;
pub use felles::Filer;
use felles::{Felles, Grunnlag, Lenke, Sider, mailto, malfeil, render, trygg_url};
use tekster::Tekster;
pub use veileder::oppsummering;
use veileder::{Veileder, filnavn, veileder_sider};

/// The stylesheet, written beside the pages of every site.
pub const STIL: &str = include_str!("../../templates/nettside/stil.css");

const MALER: [(&str, &str); 16] = [
    (
        "tilbake.html",
        include_str!("../../templates/nettside/tilbake.html"),
    ),
    (
        "makro.html",
        include_str!("../../templates/nettside/makro.html"),
    ),
    (
        "bekymret.html",
        include_str!("../../templates/nettside/bekymret.html"),
    ),
    (
        "bekymret-nb.html",
        include_str!("../../templates/nettside/bekymret-nb.html"),
    ),
    (
        "bekymret-nn.html",
        include_str!("../../templates/nettside/bekymret-nn.html"),
    ),
    (
        "hjelp.html",
        include_str!("../../templates/nettside/hjelp.html"),
    ),
    (
        "nivaa.html",
        include_str!("../../templates/nettside/nivaa.html"),
    ),
    (
        "base.html",
        include_str!("../../templates/nettside/base.html"),
    ),
    (
        "forside.html",
        include_str!("../../templates/nettside/forside.html"),
    ),
    (
        "node.html",
        include_str!("../../templates/nettside/node.html"),
    ),
    (
        "utfall.html",
        include_str!("../../templates/nettside/utfall.html"),
    ),
    (
        "tjenester.html",
        include_str!("../../templates/nettside/tjenester.html"),
    ),
    (
        "arenaer.html",
        include_str!("../../templates/nettside/arenaer.html"),
    ),
    (
        "roller.html",
        include_str!("../../templates/nettside/roller.html"),
    ),
    (
        "framdrift.html",
        include_str!("../../templates/nettside/framdrift.html"),
    ),
    (
        "indeks.html",
        include_str!("../../templates/nettside/indeks.html"),
    ),
];

/// One municipality to publish, with the national data in its målform.
pub struct Nettsted<'a> {
    pub kommune: &'a KommuneData,
    pub nasjonal: &'a Nasjonal,
    /// The sources register (national and the municipality's own): each
    /// page's «Kilder» section names the documents its text rests on.
    pub kilder: &'a Kilder,
}

fn miljo() -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    for (navn, tekst) in MALER {
        env.add_template(navn, tekst).map_err(malfeil)?;
    }
    Ok(env)
}

/// Every file of the site(s). With `indeks`, each municipality goes in a
/// folder named by its id, beside an index page; without, one site at the root.
pub fn sider(steder: &[Nettsted], i_dag: NaiveDate, indeks: Option<Maalform>) -> Result<Filer> {
    let env = miljo()?;
    let mut filer = Filer::new();
    // Municipalities are independent: one site per core at a time.
    let deler = crate::par::map(steder, 4, |s| nettsted(&env, s, i_dag))
        .ok_or_else(|| Error::Io("nettside: en arbeidstråd stoppet".into()))?;
    for (s, del) in steder.iter().zip(deler) {
        let prefiks = if indeks.is_some() {
            format!("{}/", s.kommune.id)
        } else {
            String::new()
        };
        for (sti, innhold) in del? {
            filer.insert(format!("{prefiks}{sti}"), innhold);
        }
    }
    if let Some(m) = indeks {
        let t = Tekster::new(m);
        let kommuner: Vec<_> = steder
            .iter()
            .map(|s| {
                let k = &s.kommune.kommune;
                minijinja::context! {
                    href => format!("{}/index.html", s.kommune.id),
                    navn => k.navn.clone(),
                    modell => k.modell.clone().unwrap_or_else(|| "BTI".into()),
                    lang => k.maalform.kode(),
                    annet_lang => k.maalform != m,
                }
            })
            .collect();
        let html = render(
            &env,
            "indeks.html",
            minijinja::context! {
                lang => m.kode(), t => Serde(t.clone()), rot => "", tittel => t.kommuner,
                kommune => "", modell => "", meny => Serde(Vec::<Lenke>::new()), akutt => None::<String>,
                kommuner => kommuner,
            },
        )?;
        filer.insert("index.html".into(), html);
        filer.insert("stil.css".into(), STIL.as_bytes().to_vec());
    }
    Ok(filer)
}

fn nettsted(env: &Environment, s: &Nettsted, i_dag: NaiveDate) -> Result<Filer> {
    let k = s.kommune;
    let nasjonal = s.nasjonal;
    let m = k.kommune.maalform;
    let t = Tekster::new(m);
    let kilde = Kilde::ny(nasjonal.clone(), Some(k.clone()));
    let guide = kilde.guide();
    let filer_guide = guide.map(filnavn).unwrap_or_default();
    let felles = Felles {
        lang: m.kode(),
        t: t.clone(),
        kommune: k.kommune.navn.clone(),
        modell: k.kommune.modell.clone().unwrap_or_else(|| "BTI".into()),
        akutt: guide
            .and_then(|g| g.akutt.as_ref())
            .and_then(|a| filer_guide.get(a.as_ref()).cloned()),
        bygd: i_dag.format("%d.%m.%Y").to_string(),
        tilgjengelighet: trygg_url(k.kommune.tilgjengelighetserklaering.as_deref()),
        tilbakemelding: k
            .kommune
            .tilbakemelding
            .clone()
            .filter(|s| !s.trim().is_empty()),
        tilbakemelding_href: k
            .kommune
            .tilbakemelding
            .as_deref()
            .and_then(|u| trygg_url(Some(u)).or_else(|| mailto(u))),
    };
    let start_href = guide.and_then(|g| filer_guide.get(g.start.as_ref()).cloned());
    // `aktiv` is the page's own path: only a link to it says so.
    let meny = |aktiv: &str| -> Vec<Lenke> {
        let mut v = vec![("index.html", t.forside), (lesar::BEKYMRET, t.bekymret)];
        if let Some(h) = &start_href {
            v.push((h.as_str(), t.veileder));
        }
        v.extend([
            ("tjenester.html", t.tjenester),
            ("arenaer.html", t.arenaer),
            ("roller.html", t.roller),
            ("framdrift.html", t.framdrift),
        ]);
        v.into_iter()
            .map(|(href, tekst)| Lenke {
                href: href.to_string(),
                tekst: tekst.to_string(),
                aktiv: href == aktiv,
            })
            .collect()
    };
    let sider = Sider {
        env,
        felles: &felles,
        meny: &meny,
    };
    let _side = |mal: &str, rot: &str, aktiv: &str, tittel: &str, innhold: minijinja::Value| {
        sider.side(mal, rot, aktiv, tittel, innhold)
    };
    let mut filer = Filer::new();
    filer.insert("stil.css".into(), STIL.as_bytes().to_vec());

    let g = Grunnlag {
        k,
        nasjonal,
        reg: s.kilder,
        start: start_href.as_deref(),
        i_dag,
    };
    oversikt::forside(&sider, &g, &mut filer)?;
    // The walkthrough: one page per node and per outcome.
    if let Some(g) = guide {
        let v = Veileder {
            k,
            reg: s.kilder,
            kilde: &kilde,
            guide: g,
            filer: &filer_guide,
            start: start_href.as_deref(),
            i_dag,
        };
        veileder_sider(&sider, &v, &mut filer)?;
    }

    oversikt::tjenester(&sider, &g, &mut filer)?;
    oversikt::arenaer(&sider, &g, &mut filer)?;
    oversikt::roller(&sider, &g, &mut filer)?;
    oversikt::framdrift(&sider, &g, &mut filer)?;
    // The pages for readers: parents, staff, one per level.
    lesar::sider(&sider, &g, &mut filer)?;
    Ok(filer)
}

#[cfg(test)]
mod tests;
