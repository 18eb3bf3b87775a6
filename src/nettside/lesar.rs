//! The pages for the people the model is published for: parents, young
//! people and neighbours («Bekymret for et barn?»), the staff who use the
//! walkthrough («Slik bruker du veilederen»), and one page per BTI level
//! (nivå 1–3, and 4 where the municipality has it). The national prose of
//! the first two is in the templates, in both målformer; the rest is data.

use minijinja::value::Serde;

use super::felles::{
    Filer, Grunnlag, Lenke, Sider, avsnitt, kildeliste, mailto, punkter, tel, trygg_url, vakt_kilde,
};
use crate::data::model::ArenaNivaa;
use crate::error::Result;
use crate::i18n::kategori_navn;

/// The page for parents, young people and neighbours.
pub const BEKYMRET: &str = "bekymret.html";
/// The staff's help page.
pub const HJELP: &str = "slik-bruker-du-veilederen.html";

/// The page of BTI level `nr`.
pub fn nivaa_fil(nr: i64) -> String {
    format!("nivaa-{nr}.html")
}

/// The sources of the national text of the parents' page (`kilder.toml` ids):
/// the guideline on early detection, the laws on barnevern and on
/// confidentiality and consent, the stafettlogg, Alarmtelefonen.
const BEKYMRET_KILDER: &str = "helsedir-tidlig-oppdagelse; lov-barnevernsloven; lov-forvaltningsloven; conexus-stafettloggen; alarmtelefonen";
/// The sources of the staff's help page: the guideline its steps follow.
const HJELP_KILDER: &str = "helsedir-tidlig-oppdagelse";

/// The national numbers a parent may need (ids of `nodnummer.toml`).
const FORELDRE_NUMMER: [&str; 3] = ["112", "116111", "02800"];

/// A service or the municipality as a reader contacts it: only what the data has.
fn kontakt(
    navn: &str,
    kategori: Option<&str>,
    href: Option<String>,
    telefon: Option<&str>,
    epost: Option<&str>,
    nettside: Option<&str>,
) -> minijinja::Value {
    let ikke_tom = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(String::from);
    minijinja::context! {
        navn => navn, href => href, kategori => kategori,
        telefon => ikke_tom(telefon), tel => telefon.and_then(tel),
        epost => ikke_tom(epost), mailto => epost.and_then(mailto),
        nettside => ikke_tom(nettside), nettside_url => trygg_url(nettside),
        kontakt => Vec::<minijinja::Value>::new(),
    }
}

pub fn sider(s: &Sider, l: &Grunnlag, filer: &mut Filer) -> Result<()> {
    let k = l.k;
    let m = k.kommune.maalform;
    let t = &s.felles.t;

    // Whom a parent contacts: the barnevern and the health services for
    // children, then the municipality's switchboard.
    let tjenester: Vec<_> = k
        .tjenester
        .iter()
        .filter(|tj| {
            tj.kategori.alle().iter().any(|k| {
                let kat = k.as_ref();
                kat.starts_with("barnevern") || kat == "helsestasjon"
            })
        })
        .map(|tj| {
            minijinja::context! {
                kontakt => punkter(&tj.kontakt),
                ..kontakt(
                    &tj.navn,
                    Some(&kategori_navn(m, tj.kategori.primaer().as_ref())),
                    Some(format!("tjenester.html#tjeneste-{}", tj.id.as_ref())),
                    tj.telefon.as_deref(),
                    tj.epost.as_deref(),
                    tj.nettside.as_deref(),
                )
            }
        })
        .collect();
    let kk = &k.kommune;
    let sentralbord = (kk.telefon.is_some()
        || kk.epost.is_some()
        || kk.hjemmeside.is_some()
        || kk.nettside.is_some())
    .then(|| {
        kontakt(
            &kk.navn,
            None,
            None,
            kk.telefon.as_deref(),
            kk.epost.as_deref(),
            kk.hjemmeside.as_deref().or(kk.nettside.as_deref()),
        )
    });
    // The national numbers, then the municipality's barnevernvakt with its hours.
    let vakt = crate::guide::vakt_ring(kk, m)
        .map(|(nr, navn)| minijinja::context! { nummer => nr, navn => navn, tel => tel(nr) });
    let nummer: Vec<_> = FORELDRE_NUMMER
        .iter()
        .filter_map(|id| l.nasjonal.nummer(id))
        .map(|n| minijinja::context! { nummer => n.nummer.clone(), navn => n.navn.clone(), tel => tel(&n.nummer) })
        .chain(vakt)
        .collect();
    let vakt_kilde = vakt_kilde(k)
        .map(String::as_str)
        .filter(|_| crate::guide::vakt_nummer(kk).is_some());
    let kilder = kildeliste(
        l.reg,
        std::iter::once(BEKYMRET_KILDER)
            .chain(
                kk.kilde
                    .as_deref()
                    .filter(|_| kk.foreldreside.is_some() || kk.meldeskjema.is_some()),
            )
            .chain(vakt_kilde),
    );
    filer.insert(
        BEKYMRET.into(),
        s.side(
            "bekymret.html",
            "",
            BEKYMRET,
            t.bekymret,
            minijinja::context! {
                tjenester => tjenester, sentralbord => sentralbord, nummer => nummer,
                egen => avsnitt(kk.foreldreside.as_deref().unwrap_or_default()),
                stafettlogg => kk.stafettlogg.clone(),
                meldeskjema => kk.meldeskjema.as_ref().and_then(|u| trygg_url(Some(u.as_ref()))),
                start => l.start, kilder => kilder,
            },
        )?,
    );

    let guide_kilde = k.guide(l.nasjonal).and_then(|g| g.kilde.as_deref());
    filer.insert(
        HJELP.into(),
        s.side(
            "hjelp.html",
            "",
            HJELP,
            t.slik_bruker,
            minijinja::context! {
                start => l.start, bekymret => BEKYMRET,
                kilder => kildeliste(l.reg, std::iter::once(HJELP_KILDER).chain(guide_kilde)),
            },
        )?,
    );
    nivaa_sider(s, l, filer)
}

/// One page per level above nivå 0 (nivå 0 is the walkthrough), linked in order.
fn nivaa_sider(s: &Sider, l: &Grunnlag, filer: &mut Filer) -> Result<()> {
    let k = l.k;
    let nivaaer = k.nivaaer(l.nasjonal);
    let sider: Vec<_> = nivaaer.iter().filter(|n| *n.nr.as_ref() > 0).collect();
    let roller = k.roller(l.nasjonal);
    let individ: Vec<_> = k
        .arenaer
        .iter()
        .filter(|a| a.nivaa == ArenaNivaa::Individ)
        .map(|a| minijinja::context! { id => a.id.as_ref(), navn => a.navn.clone() })
        .collect();
    for (i, n) in sider.iter().enumerate() {
        let nr = *n.nr.as_ref();
        let paa =
            |v: &Option<Vec<toml::Spanned<i64>>>| v.iter().flatten().any(|x| *x.as_ref() == nr);
        let her: Vec<_> = roller.iter().filter(|(r, _)| paa(&r.nivaa)).collect();
        let rolle = |(r, egen): &&(&crate::data::model::Rolle, bool)| {
            minijinja::context! {
                id => r.id.as_ref(), navn => r.navn.clone(), egen => *egen,
                beskrivelse => avsnitt(r.beskrivelse.as_deref().unwrap_or_default()),
                oppgaver => r.oppgaver.clone().unwrap_or_default(),
            }
        };
        let stafettholder: Vec<_> = her
            .iter()
            .filter(|(r, _)| r.id.as_ref() == "stafettholder")
            .map(rolle)
            .collect();
        let andre: Vec<_> = her
            .iter()
            .filter(|(r, _)| r.id.as_ref() != "stafettholder")
            .map(rolle)
            .collect();
        let tjenester: Vec<_> = k
            .tjenester
            .iter()
            .filter(|tj| paa(&tj.nivaa))
            .map(|tj| minijinja::context! { id => tj.id.as_ref(), navn => tj.navn.clone() })
            .collect();
        let forrige = match i.checked_sub(1).and_then(|j| sider.get(j)) {
            Some(p) => Some(Lenke {
                href: nivaa_fil(*p.nr.as_ref()),
                tekst: p.navn.clone(),
                aktiv: false,
            }),
            None => nivaaer.iter().find(|x| *x.nr.as_ref() == 0).and_then(|p| {
                l.start.map(|h| Lenke {
                    href: h.to_string(),
                    tekst: p.navn.clone(),
                    aktiv: false,
                })
            }),
        };
        let neste = sider.get(i + 1).map(|p| Lenke {
            href: nivaa_fil(*p.nr.as_ref()),
            tekst: p.navn.clone(),
            aktiv: false,
        });
        // The log belongs with the stafettholder's levels (Sogndal's nivå 4 ends both).
        let stafettlogg = k
            .kommune
            .stafettlogg
            .clone()
            .filter(|_| !stafettholder.is_empty());
        let fil = nivaa_fil(nr);
        let kilder = kildeliste(
            l.reg,
            n.kilde
                .iter()
                .chain(her.iter().filter_map(|(r, _)| r.kilde.as_ref()))
                .map(String::as_str),
        );
        filer.insert(
            fil.clone(),
            s.side(
                "nivaa.html",
                "",
                &fil,
                &n.navn,
                minijinja::context! {
                    nr => nr, kort => n.kort.clone(),
                    beskrivelse => avsnitt(n.beskrivelse.as_deref().unwrap_or_default()),
                    steg => n.steg.clone(),
                    stafettholder => stafettholder, roller => andre,
                    stafettlogg => stafettlogg,
                    tjenester => tjenester, arenaer => individ.clone(),
                    forrige => Serde(forrige), neste => Serde(neste),
                    kilder => kilder,
                },
            )?,
        );
    }
    Ok(())
}
