//! The walkthrough on the site: a page per node and per outcome of the
//! nivå 0 graph, the akutt page's numbers, and the outcome pages' summary
//! from the same code as `bti guide`.

use std::collections::{HashMap, VecDeque};

use chrono::NaiveDate;
use minijinja::value::Serde;

use super::felles::*;
use super::lesar;
use crate::data::kilder::Kilder;
use crate::data::model::Guide;
use crate::data::{KommuneData, Nasjonal};
use crate::dato;
use crate::error::{Error, Result};
use crate::guide::Kilde;
use crate::guide::engine::{Engine, Pos};
use crate::guide::oppsummering::{ALARMTELEFON, Barnevernvakt, Oppsummering};
use crate::i18n::{Maalform, kategori_navn};

/// The page of a node or outcome id under `veileder/`: a file-name-safe form
/// of the id, unique within the graph.
pub(crate) fn filnavn(guide: &Guide) -> HashMap<String, String> {
    let mut brukt: Vec<String> = Vec::new();
    let mut out = HashMap::new();
    let ids = guide
        .node
        .iter()
        .map(|n| n.id.as_ref())
        .chain(guide.utfall.iter().map(|u| u.id.as_ref()));
    for id in ids {
        let mut f: String = id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        if f.is_empty() {
            f.push('x');
        }
        let mut cand = f.clone();
        let mut n = 2;
        while brukt.contains(&cand) {
            cand = format!("{f}-{n}");
            n += 1;
        }
        brukt.push(cand.clone());
        out.insert(id.clone(), format!("veileder/{cand}.html"));
    }
    out
}
/// A node's deadline as the web shows it: relative to the day the undring
/// arose, never a date (a website has no such day).
pub(crate) fn frist_relativ(m: Maalform, tekst: &str) -> String {
    if dato::varighet(tekst).is_some() {
        format!(
            "{} {tekst} {}",
            m.t("Innen", "Innan"),
            m.t("fra undringen oppsto", "frå undringa oppstod")
        )
    } else {
        tekst.to_string()
    }
}
/// Shortest walk (choice numbers; `None` = the akutt jump) from the start to
/// every place, in graph order: the walk the outcome page's summary is made from.
pub(crate) fn veier(guide: &Guide) -> HashMap<String, Vec<Option<usize>>> {
    let mut ix: HashMap<&str, usize> = HashMap::new();
    for (i, n) in guide.node.iter().enumerate() {
        ix.insert(n.id.as_ref(), i);
    }
    let mut out: HashMap<String, Vec<Option<usize>>> = HashMap::new();
    let mut ko: VecDeque<(String, Vec<Option<usize>>)> = VecDeque::new();
    out.insert(guide.start.as_ref().clone(), Vec::new());
    ko.push_back((guide.start.as_ref().clone(), Vec::new()));
    if let Some(a) = &guide.akutt
        && !out.contains_key(a.as_ref())
    {
        out.insert(a.as_ref().clone(), vec![None]);
        ko.push_back((a.as_ref().clone(), vec![None]));
    }
    while let Some((id, vei)) = ko.pop_front() {
        let Some(n) = ix.get(id.as_str()).and_then(|&i| guide.node.get(i)) else {
            continue;
        };
        for (i, v) in n.valg.iter().enumerate() {
            let til = v.til.as_ref();
            if !out.contains_key(til) {
                let mut ny = vei.clone();
                ny.push(Some(i));
                out.insert(til.clone(), ny.clone());
                ko.push_back((til.clone(), ny));
            }
        }
    }
    out
}
/// The walkthrough of one municipality, for `veileder_sider`.
pub(crate) struct Veileder<'a> {
    pub(crate) k: &'a KommuneData,
    pub(crate) reg: &'a Kilder,
    pub(crate) kilde: &'a Kilde,
    pub(crate) guide: &'a Guide,
    /// Node and outcome id → page path.
    pub(crate) filer: &'a HashMap<String, String>,
    pub(crate) start: Option<&'a str>,
    pub(crate) i_dag: NaiveDate,
}
/// The national numbers the akutt page starts with, in this order (ids of
/// `nodnummer.toml`), before the municipality's own barnevern.
pub(crate) const AKUTT_NUMMER: [&str; 4] = ["112", "113", "116111", "02800"];
/// The akutt page's `tel:` links: the national numbers, the municipality's
/// barnevernvakt with its hours, then each barnevern service of the
/// municipality that has a phone number.
pub(crate) fn akutt_nummer(v: &Veileder) -> Vec<minijinja::Value> {
    let nasjonal = &v.kilde.nasjonal;
    let nasjonale = AKUTT_NUMMER.iter().filter_map(|id| nasjonal.nummer(id)).filter_map(|n| {
        tel(&n.nummer).map(|href| minijinja::context! { href => href, nummer => n.nummer.clone(), navn => n.navn.clone() })
    });
    let vakt =
        crate::guide::vakt_ring(&v.k.kommune, v.k.kommune.maalform).and_then(|(nr, navn)| {
            tel(nr).map(|href| minijinja::context! { href => href, nummer => nr, navn => navn })
        });
    let nasjonale = nasjonale.chain(vakt);
    let egne =
        v.k.tjenester
            .iter()
            .filter(|t| {
                t.kategori
                    .alle()
                    .iter()
                    .any(|k| k.as_ref().starts_with("barnevern"))
            })
            .flat_map(|t| {
                // The main number, then each labelled one («Barnevern (Vakttelefon)»).
                let hoved = t.telefon.as_deref().map(|nr| (nr, t.navn.clone()));
                let merket = t.kontakt.iter().filter_map(|p| {
                    Some((
                        p.telefon()?,
                        format!("{} ({})", t.navn, p.etikett.as_ref().trim()),
                    ))
                });
                hoved.into_iter().chain(merket).filter_map(|(nr, navn)| {
                    tel(nr).map(
                    |href| minijinja::context! { href => href, nummer => nr.trim(), navn => navn },
                )
                })
            });
    // A number already listed (the vakt is often the barnevern's own) once.
    let mut sett = std::collections::HashSet::new();
    nasjonale
        .chain(egne)
        .filter(|v| {
            sett.insert(
                v.get_attr("href")
                    .map(|h| h.to_string())
                    .unwrap_or_default(),
            )
        })
        .collect()
}
/// The questions that lead to each node or outcome: (page path, question), each node once.
pub(crate) fn forgjengarar(v: &Veileder) -> HashMap<String, Vec<Lenke>> {
    let mut out: HashMap<String, Vec<Lenke>> = HashMap::new();
    for n in &v.guide.node {
        let Some(fil) = v.filer.get(n.id.as_ref()) else {
            continue;
        };
        for valg in &n.valg {
            let liste = out.entry(valg.til.as_ref().clone()).or_default();
            let href = format!("../{fil}");
            if !liste.iter().any(|l| l.href == href) {
                liste.push(Lenke {
                    href,
                    tekst: n.sporsmal.clone(),
                    aktiv: false,
                });
            }
        }
    }
    out
}
pub(crate) fn veileder_sider(sider: &Sider, v: &Veileder, filer: &mut Filer) -> Result<()> {
    let (k, g, i_dag) = (v.k, v.guide, v.i_dag);
    let nasjonal = &v.kilde.nasjonal;
    let m = k.kommune.maalform;
    let kilde = v.kilde;
    let filer_guide = v.filer;
    let start_href = v.start.map(String::from);
    let tilbake = forgjengarar(v);
    let vakt_kilde = vakt_kilde(k);
    // A walkthrough page's sources: its own `kilde` values and those of its laws.
    let kilder_for = |egne: &[Option<&String>], lover: &[crate::data::model::Sp]| {
        let lov: Vec<&String> = lover
            .iter()
            .filter_map(|id| nasjonal.lov(id.as_ref()).and_then(|l| l.kilde.as_ref()))
            .collect();
        kildeliste(v.reg, egne.iter().flatten().chain(&lov).map(|k| k.as_str()))
    };
    let eng = Engine::new(g).map_err(|e| Error::NotFound {
        melding: format!(
            "{}: {}",
            k.id,
            m.t(
                "veilederen for nivå 0 kan ikke brukes",
                "rettleiaren for nivå 0 kan ikkje brukast"
            )
        ),
        detaljer: vec![e.melding(m)],
    })?;
    let steg = kilde.steg();
    let veier = veier(g);
    for n in &g.node {
        let Some(fil) = filer_guide.get(n.id.as_ref()) else {
            continue;
        };
        let er_akutt = g
            .akutt
            .as_ref()
            .is_some_and(|a| a.as_ref() == n.id.as_ref());
        let er_start = n.id.as_ref() == g.start.as_ref();
        // The akutt page is what to do now: no steps, no «Før du starter».
        let stegbar: Vec<_> = steg
            .iter()
            .enumerate()
            .filter(|_| !er_akutt)
            .map(|(i, navn)| {
                let nr = i as u32 + 1;
                minijinja::context! {
                    nr => nr, navn => navn.clone(),
                    her => nr == n.steg, ferdig => nr < n.steg,
                }
            })
            .collect();
        let valg: Vec<_> = n
            .valg
            .iter()
            .map(|v| {
                minijinja::context! {
                    tekst => v.tekst.clone(),
                    href => filer_guide.get(v.til.as_ref()).map(|f| format!("../{f}")),
                }
            })
            .collect();
        let etikett = crate::guide::node_etikett(m, steg, n, er_start, er_akutt);
        let kilder = kilder_for(
            &[
                n.kilde.as_ref(),
                g.kilde.as_ref().filter(|_| er_start),
                vakt_kilde.filter(|_| er_akutt && kilde.vakt_nummer().is_some()),
            ],
            &n.lovverk,
        );
        let html = sider.side(
            "node.html",
            "../",
            fil,
            &n.tittel,
            minijinja::context! {
                sidetittel => (n.steg > 0 && !er_akutt).then(|| format!("{etikett} – {}", n.tittel)),
                etikett => etikett,
                stegbar => stegbar,
                er_akutt => er_akutt,
                ring => if er_akutt { akutt_nummer(v) } else { Vec::new() },
                tekst => avsnitt(&n.tekst),
                sporsmal => n.sporsmal.clone(),
                verktoy => Serde(n.verktoy.iter().map(|v| serde_json::json!({
                    "navn": v.navn(),
                    "lenke": trygg_url(v.lenke()),
                })).collect::<Vec<_>>()),
                lovverk => Serde(n.lovverk.iter().map(|id| lov_vis(nasjonal, id.as_ref(), m)).collect::<Vec<_>>()),
                frist => n.frist.as_ref().map(|f| frist_relativ(m, f.as_ref())),
                valg => valg,
                start => start_href.as_ref().map(|h| format!("../{h}")),
                er_start => er_start,
                tilbake => Serde(if er_start { Vec::new() } else { tilbake.get(n.id.as_ref()).cloned().unwrap_or_default() }),
                kilder => kilder,
            },
        )?;
        filer.insert(fil.clone(), html);
    }
    for u in &g.utfall {
        let Some(fil) = filer_guide.get(u.id.as_ref()) else {
            continue;
        };
        let vei = veier.get(u.id.as_ref()).ok_or_else(|| Error::NotFound {
            melding: format!(
                "{}: «{}» {}",
                k.id,
                u.id.as_ref(),
                m.t(
                    "kan ikke nås fra starten av veilederen",
                    "kan ikkje nåast frå starten av rettleiaren"
                )
            ),
            detaljer: Vec::new(),
        })?;
        let o = oppsummering(kilde, &eng, vei, i_dag, m).ok_or_else(|| Error::NotFound {
            melding: format!("{}: «{}»", k.id, u.id.as_ref()),
            detaljer: Vec::new(),
        })?;
        let kilder = kilder_for(
            &[
                u.kilde.as_ref(),
                vakt_kilde.filter(|_| o.barnevernvakt.is_some()),
                k.kommune.kilde.as_ref().filter(|_| o.meldeskjema.is_some()),
            ],
            &u.lovverk,
        );
        let html = sider.side(
            "utfall.html",
            "../",
            fil,
            &o.tittel,
            minijinja::context! {
                ..utfall_side(&o, nasjonal, m, start_href.as_deref()),
                ..minijinja::context! {
                    tilbake => Serde(tilbake.get(u.id.as_ref()).cloned().unwrap_or_default()),
                    er_start => false,
                    kilder => kilder,
                    nivaa_href => o.nivaa.filter(|n| *n > 0).map(|n| format!("../{}", lesar::nivaa_fil(n))),
                }
            },
        )?;
        filer.insert(fil.clone(), html);
    }
    Ok(())
}
/// The summary of §4 for one outcome, from the same code as `bti guide`: the
/// engine is walked the shortest way to the outcome and `Oppsummering::ny`
/// does the rest. A website has no path and no undring date, so the adapter
/// keeps what belongs to the outcome itself (its laws and deadline; the laws
/// and deadlines of the nodes are on their own pages).
pub fn oppsummering(
    kilde: &Kilde,
    eng: &Engine,
    vei: &[Option<usize>],
    i_dag: NaiveDate,
    m: Maalform,
) -> Option<Oppsummering> {
    let mut e = eng.clone();
    e.start_paa_nytt();
    for steg in vei {
        let ok = match steg {
            Some(i) => e.velg(*i),
            None => e.akutt(),
        };
        if !ok {
            return None;
        }
    }
    if !matches!(e.her(), Pos::Utfall(_)) {
        return None;
    }
    let mut o = Oppsummering::ny(kilde, &e, crate::guide::Datoer::i_dag(i_dag), m)?;
    let utfall = e.utfall()?;
    o.lovverk
        .retain(|l| utfall.lovverk.iter().any(|id| id.as_ref() == &l.id));
    o.frister.retain(|f| f.node == o.id);
    Some(o)
}
pub(crate) fn utfall_side(
    o: &Oppsummering,
    nasjonal: &Nasjonal,
    m: Maalform,
    start: Option<&str>,
) -> minijinja::Value {
    let kontakt = |k: &crate::guide::oppsummering::Kontakt| {
        minijinja::context! {
            id => k.id.clone(), navn => k.navn.clone(),
            kategori => kategori_navn(m, &k.kategori),
            telefon => k.telefon.clone(), tel => k.telefon.as_deref().and_then(tel),
            epost => k.epost.clone(), mailto => k.epost.as_deref().and_then(mailto),
            kontakt => punkter(&k.kontakt),
            nettside => k.nettside.clone(), nettside_url => trygg_url(k.nettside.as_deref()),
        }
    };
    let kontakter: Vec<_> = o.tjenester.iter().map(kontakt).collect();
    // A category shown as one line links to its services (the user's own
    // kind of workplace needs no link).
    let samlet: Vec<_> = o
        .samlet
        .iter()
        .map(|s| {
            minijinja::context! {
                tekst => o.samlet_tekst(s),
                href => (!s.egen).then(|| format!("../tjenester.html#kategori-{}", s.kategori)),
            }
        })
        .collect();
    let [h_koord, h_arena, h_tj] = o.gruppe_overskrifter();
    // The same answer to "whom do I call" as the guide's summary.
    let ingen_kontakter = (!o.har_tjenester()).then(|| o.ingen_kontakter());
    minijinja::context! {
        koordinerende => o.koordinerende.iter().map(kontakt).collect::<Vec<_>>(),
        arenaer => o.arenaer.iter().map(|a| minijinja::context! {
            id => a.id.clone(), tekst => o.arena_linje(a),
        }).collect::<Vec<_>>(),
        samlet => samlet,
        gruppert => o.gruppert(),
        h_koord => h_koord, h_arena => h_arena, h_tj => h_tj,
        id => o.id.clone(),
        tekst => avsnitt(&o.tekst),
        nivaa => o.nivaa,
        nivaa_navn => o.nivaa_navn.clone(),
        frister => o.frister.iter().map(|f| frist_relativ(m, &f.tekst)).collect::<Vec<_>>(),
        lovverk => Serde(o.lovverk.iter().map(|l| lov_vis(nasjonal, &l.id, m)).collect::<Vec<_>>()),
        kontakter => kontakter,
        ingen_kontakter => ingen_kontakter,
        // Said once, as in the guide's summary: what is not registered and
        // where to find it (a missing field is never shown as «–»).
        finn => o.finn_nummeret(),
        sentralbord => o.sentralbord.as_ref().filter(|_| !o.kategorier.is_empty()).map(|k| minijinja::context! {
            navn => k.navn.clone(),
            telefon => k.telefon.clone(), tel => k.telefon.as_deref().and_then(tel),
            epost => k.epost.clone(), mailto => k.epost.as_deref().and_then(mailto),
            nettside => k.nettside.clone(), nettside_url => trygg_url(k.nettside.as_deref()),
        }),
        nodnummer => o.nodnummer.iter().map(|n| minijinja::context! {
            nummer => n.nummer.clone(), navn => n.navn.clone(), tel => tel(&n.nummer),
            merknad => (n.id == ALARMTELEFON).then(|| o.alarmtelefon_merknad()),
        }).collect::<Vec<_>>(),
        barnevernvakt => o.barnevernvakt.as_ref().map(|v| barnevernvakt(v, m)),
        alarmtelefon => o.alarmtelefon.as_ref().map(|n| minijinja::context! {
            nummer => n.nummer.clone(), navn => n.navn.clone(), tel => tel(&n.nummer),
            merknad => o.alarmtelefon_merknad(),
        }),
        meldeskjema => o.meldeskjema.as_deref().and_then(|u| trygg_url(Some(u))),
        start => start.map(|h| format!("../{h}")),
    }
}
/// The local barnevernvakt as the outcome page shows it: what the data has,
/// a `tel:` link only for a number `sjekk` accepts.
pub(crate) fn barnevernvakt(v: &Barnevernvakt, m: Maalform) -> minijinja::Value {
    minijinja::context! {
        navn => v.navn.clone(), hva => crate::guide::vakt_hva(&v.navn, m),
        telefon => v.telefon.clone(), tel => v.telefon.as_deref().and_then(tel),
        apningstid => v.apningstid.clone(),
        nettside => v.nettside.clone(), nettside_url => trygg_url(v.nettside.as_deref()),
        interkommunal => v.interkommunal.clone(),
    }
}
