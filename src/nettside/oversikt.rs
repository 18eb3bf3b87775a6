//! The overview pages of a municipality's site: the front page, services,
//! arenas, roles and the plan with its calendar. One function per page.

use minijinja::value::Serde;

use super::felles::{
    Filer, Grunnlag, Sider, avsnitt, kildeliste, lov_vis, mailto, punkter, tel, trygg_url,
};
use super::lesar;
use super::tekster::modellnivaa_navn;
use crate::data::model::ArenaNivaa;
use crate::error::Result;
use crate::forekomst;
use crate::i18n::kategori_navn;
use crate::output::ics;

/// The front page: the model's three levels with their arenas, the BTI levels with their steps.
pub(super) fn forside(s: &Sider, g: &Grunnlag, filer: &mut Filer) -> Result<()> {
    let (k, nasjonal, reg) = (g.k, g.nasjonal, g.reg);
    let m = k.kommune.maalform;
    let modellnivaa: Vec<_> = [
        ArenaNivaa::Kommune,
        ArenaNivaa::Tjeneste,
        ArenaNivaa::Individ,
    ]
    .into_iter()
    .map(|id| {
        let egen = k.kommune.modellnivaa.iter().find(|n| n.id == id);
        minijinja::context! {
            id => id.navn(),
            navn => egen.map_or_else(|| modellnivaa_navn(m, id).to_string(), |n| n.navn.clone()),
            beskrivelse => avsnitt(egen.and_then(|n| n.beskrivelse.as_deref()).unwrap_or_default()),
            punkter => egen.map(|n| n.punkter.clone()).unwrap_or_default(),
            arenaer => k.arenaer.iter().filter(|a| a.nivaa == id)
                .map(|a| minijinja::context! { id => a.id.as_ref(), navn => a.navn.clone() })
                .collect::<Vec<_>>(),
        }
    })
    .collect();
    let nivaaer: Vec<_> = k
        .nivaaer(nasjonal)
        .iter()
        .map(|n| {
            minijinja::context! {
                nr => *n.nr.as_ref(), navn => n.navn.clone(), kort => n.kort.clone(),
                beskrivelse => avsnitt(n.beskrivelse.as_deref().unwrap_or_default()),
                steg => n.steg.clone(),
                href => (*n.nr.as_ref() > 0).then(|| lesar::nivaa_fil(*n.nr.as_ref())),
            }
        })
        .collect();
    let forside_kilder = kildeliste(
        reg,
        k.kommune
            .kilde
            .iter()
            .chain(
                k.kommune
                    .modellnivaa
                    .iter()
                    .filter_map(|n| n.kilde.as_ref()),
            )
            .chain(k.nivaaer(nasjonal).iter().filter_map(|n| n.kilde.as_ref()))
            .map(String::as_str),
    );
    filer.insert(
        "index.html".into(),
        s.side(
            "forside.html",
            "",
            "index.html",
            &s.felles.kommune,
            minijinja::context! {
                beskrivelse => avsnitt(k.kommune.beskrivelse.as_deref().unwrap_or_default()),
                nettside => trygg_url(k.kommune.nettside.as_deref()),
                start => g.start.map(str::to_string),
                modellnivaa => modellnivaa,
                nivaaer => nivaaer,
                bekymret => lesar::BEKYMRET, hjelp => lesar::HJELP,
                kilder => forside_kilder,
            },
        )?,
    );

    Ok(())
}

/// Services by category: each in full under its primary category (one anchor per service), linked from its other categories.
pub(super) fn tjenester(s: &Sider, g: &Grunnlag, filer: &mut Filer) -> Result<()> {
    let (k, _nasjonal, reg) = (g.k, g.nasjonal, g.reg);
    let m = k.kommune.maalform;
    let t = &s.felles.t;
    // anchor per service), linked from its other categories.
    let mut kategorier: Vec<&str> = k
        .tjenester
        .iter()
        .flat_map(|t| t.kategori.alle())
        .map(|k| k.as_ref().as_str())
        .collect();
    kategorier.sort_unstable();
    kategorier.dedup();
    let grupper: Vec<_> = kategorier
        .iter()
        .map(|kat| {
            minijinja::context! {
                id => format!("kategori-{kat}"),
                navn => kategori_navn(m, kat),
                ogsaa => k.tjenester.iter()
                    .filter(|t| t.kategori.primaer().as_ref() != kat && t.har_kategori(kat))
                    .map(|t| minijinja::context! {
                        id => t.id.as_ref(), navn => t.navn.clone(),
                        kategori => kategori_navn(m, t.kategori.primaer().as_ref()),
                    })
                    .collect::<Vec<_>>(),
                tjenester => k.tjenester.iter().filter(|t| t.kategori.primaer().as_ref() == kat).map(|t| {
                    let nivaa: Vec<String> = t.nivaa.iter().flatten().map(|n| n.as_ref().to_string()).collect();
                    minijinja::context! {
                        id => t.id.as_ref(), navn => t.navn.clone(),
                        beskrivelse => avsnitt(t.beskrivelse.as_deref().unwrap_or_default()),
                        maalgruppe => t.maalgruppe.clone(),
                        nivaa => (!nivaa.is_empty()).then(|| nivaa.join(", ")),
                        interkommunal => t.interkommunal.clone(),
                        telefon => t.telefon.clone().filter(|s| !s.trim().is_empty()),
                        tel => t.telefon.as_deref().and_then(tel),
                        epost => t.epost.clone().filter(|s| !s.trim().is_empty()),
                        mailto => t.epost.as_deref().and_then(mailto),
                        kontakt => punkter(&t.kontakt),
                        nettside => t.nettside.clone().filter(|s| !s.trim().is_empty()),
                        nettside_url => trygg_url(t.nettside.as_deref()),
                        adresse => t.adresse.clone(),
                        apningstid => t.apningstid.clone(),
                    }
                }).collect::<Vec<_>>(),
            }
        })
        .collect();
    filer.insert(
        "tjenester.html".into(),
        s.side(
            "tjenester.html",
            "",
            "tjenester.html",
            t.tjenester,
            minijinja::context! {
                grupper => grupper,
                kilder => kildeliste(reg, k.tjenester.iter().filter_map(|t| t.kilde.as_deref())),
            },
        )?,
    );

    Ok(())
}

/// Arenas by model level, with the meetings from today on.
pub(super) fn arenaer(s: &Sider, g: &Grunnlag, filer: &mut Filer) -> Result<()> {
    let (k, _nasjonal, reg) = (g.k, g.nasjonal, g.reg);
    let m = k.kommune.maalform;
    let t = &s.felles.t;
    let arenagrupper: Vec<_> = [ArenaNivaa::Kommune, ArenaNivaa::Tjeneste, ArenaNivaa::Individ]
        .into_iter()
        .map(|id| {
            let egen = k.kommune.modellnivaa.iter().find(|n| n.id == id);
            let arenaer: Vec<_> = k
                .arenaer
                .iter()
                .enumerate()
                .filter(|(_, a)| a.nivaa == id)
                .map(|(i, a)| {
                    let tjenester: Vec<_> = a
                        .tjenester
                        .iter()
                        .flatten()
                        .map(|tid| minijinja::context! {
                            id => tid.as_ref(),
                            navn => k.tjeneste(tid.as_ref()).map_or_else(|| tid.as_ref().clone(), |t| t.navn.clone()),
                        })
                        .collect();
                    let moter: Vec<String> = k
                        .motedatoer(i, g.i_dag)
                        .into_iter()
                        .filter(|p| p.slutt >= g.i_dag)
                        .map(|p| forekomst::vis_periode(m, p))
                        .collect();
                    minijinja::context! {
                        id => a.id.as_ref(), navn => a.navn.clone(),
                        formaal => avsnitt(a.formaal.as_deref().unwrap_or_default()),
                        tjenester => tjenester,
                        deltakere => a.deltakere.clone().unwrap_or_default(),
                        hyppighet => a.hyppighet.clone(),
                        tidspunkt => a.tidspunkt.clone(),
                        sted => a.sted.clone(),
                        ansvar => a.ansvar.clone(),
                        har_moter => a.moter.as_ref().is_some_and(|v| !v.is_empty()),
                        moter => moter,
                    }
                })
                .collect();
            minijinja::context! {
                id => id.navn(),
                navn => egen.map_or_else(|| modellnivaa_navn(m, id).to_string(), |n| n.navn.clone()),
                arenaer => arenaer,
            }
        })
        .collect();
    filer.insert(
        "arenaer.html".into(),
        s.side(
            "arenaer.html",
            "",
            "arenaer.html",
            t.arenaer,
            minijinja::context! {
                grupper => arenagrupper, i_dag => m.dato(g.i_dag),
                kilder => kildeliste(reg, k.arenaer.iter().filter_map(|a| a.kilde.as_deref())),
            },
        )?,
    );

    Ok(())
}

/// Roles: national and the municipality's own.
pub(super) fn roller(s: &Sider, g: &Grunnlag, filer: &mut Filer) -> Result<()> {
    let (k, nasjonal, reg) = (g.k, g.nasjonal, g.reg);
    let m = k.kommune.maalform;
    let t = &s.felles.t;
    let roller: Vec<_> = k
        .roller(nasjonal)
        .into_iter()
        .map(|(r, egen)| {
            minijinja::context! {
                id => r.id.as_ref(), navn => r.navn.clone(), egen => egen,
                beskrivelse => avsnitt(r.beskrivelse.as_deref().unwrap_or_default()),
                nivaa => r.nivaa.as_ref().map(|v| v.iter().map(|n| n.as_ref().to_string()).collect::<Vec<_>>().join(", ")),
                oppgaver => r.oppgaver.clone().unwrap_or_default(),
                lovverk => Serde(r.lovverk.iter().flatten().map(|id| lov_vis(nasjonal, id.as_ref(), m)).collect::<Vec<_>>()),
            }
        })
        .collect();
    filer.insert(
        "roller.html".into(),
        s.side(
            "roller.html",
            "",
            "roller.html",
            t.roller,
            minijinja::context! {
                roller => roller,
                kilder => kildeliste(reg, k.roller(nasjonal).iter().filter_map(|(r, _)| r.kilde.as_deref())),
            },
        )?,
    );

    Ok(())
}

/// The plan: the same occurrences as `bti frist --alle`, and its calendar.
pub(super) fn framdrift(s: &Sider, g: &Grunnlag, filer: &mut Filer) -> Result<()> {
    let (k, _nasjonal, reg) = (g.k, g.nasjonal, g.reg);
    let m = k.kommune.maalform;
    let t = &s.felles.t;
    let alle = std::slice::from_ref(k);
    let forekomster = forekomst::forekomster(alle);
    let planer: Vec<_> = k
        .planer
        .iter()
        .map(|p| {
            let rader: Vec<_> = forekomster
                .iter()
                .filter(|f| std::ptr::eq(f.plan, p))
                .map(|f| {
                    let a = f.aktivitet;
                    minijinja::context! {
                        naar => match forekomst::vis_forekomst(m, f) {
                            Some(vis) => vis,
                            None => a.frist.as_ref().or(a.naar.as_ref()).map_or_else(String::new, |x| x.as_ref().clone()),
                        },
                        omtrentlig => f.omtrentlig,
                        frist_tekst => a.frist.as_ref().map(|x| x.as_ref().clone()),
                        hva => a.hva.clone(),
                        hvem => a.hvem.clone(),
                        ansvar => a.ansvar.clone(),
                        status => forekomst::status_tekst(m, a.status),
                        // SPEC §3.1: past its deadline, still planned: not current.
                        ikke_oppdatert => f.ikke_oppdatert(g.i_dag)
                            .then(|| a.status.ikke_oppdatert_tekst(m)),
                    }
                })
                .collect();
            minijinja::context! {
                id => p.id.as_ref(), navn => p.navn.clone(),
                beskrivelse => avsnitt(p.beskrivelse.as_deref().unwrap_or_default()),
                rader => rader,
            }
        })
        .collect();
    let ics_navn = format!("{}-frister.ics", k.id);
    let nokler = forekomst::innholdsnokler(alle);
    let hendinger: Vec<ics::Hending> = forekomster
        .iter()
        .filter_map(|f| forekomst::hending(m, f, &nokler, g.i_dag))
        .collect();
    let mut kalender = Vec::new();
    ics::write(
        &mut kalender,
        &hendinger,
        g.i_dag,
        &forekomst::kalendernavn(m, &k.kommune.navn),
    )?;
    filer.insert(
        "framdrift.html".into(),
        s.side(
            "framdrift.html",
            "",
            "framdrift.html",
            t.framdrift,
            minijinja::context! {
                planer => planer,
                ics => (!hendinger.is_empty()).then(|| ics_navn.clone()),
                kilder => kildeliste(reg, k.planer.iter().filter_map(|p| p.kilde.as_deref())),
            },
        )?,
    );
    if !hendinger.is_empty() {
        filer.insert(ics_navn, kalender);
    }
    Ok(())
}
