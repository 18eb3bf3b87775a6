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

pub mod tekster;

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::Path;

use chrono::NaiveDate;
use minijinja::Environment;
use minijinja::value::Serde;
use serde::Serialize;

use crate::commands::frist;
use crate::data::model::{ArenaNivaa, Guide, Lov};
use crate::data::{KommuneData, Nasjonal};
use crate::dato;
use crate::error::{Error, Result};
use crate::guide::Kilde;
use crate::guide::engine::{Engine, Pos};
use crate::guide::oppsummering::Oppsummering;
use crate::i18n::Maalform;
use crate::i18n::kategori_navn;
use crate::output::ics;
use tekster::{Tekster, modellnivaa_navn};

/// The stylesheet, written beside the pages of every site.
pub const STIL: &str = include_str!("../../templates/nettside/stil.css");

const MALER: [(&str, &str); 9] = [
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
}

/// The files of the site: relative path (with `/`) → bytes, in path order.
pub type Filer = BTreeMap<String, Vec<u8>>;

fn miljo() -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    for (navn, tekst) in MALER {
        env.add_template(navn, tekst).map_err(malfeil)?;
    }
    Ok(env)
}

fn malfeil(e: minijinja::Error) -> Error {
    Error::Io(format!("nettside: {e:#}"))
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

/// Write the files under `ut`. A non-empty existing folder is refused unless
/// `overskriv`; files are written whole (the site is small), folders made as needed.
pub fn skriv(ut: &Path, filer: &Filer, overskriv: bool, m: Maalform) -> Result<()> {
    match std::fs::read_dir(ut) {
        Ok(mut d) => {
            if !overskriv && d.next().is_some() {
                return Err(Error::Io(format!(
                    "{} {} ({})",
                    ut.display(),
                    m.t(
                        "finnes allerede og er ikke tom; nettsiden ble ikke skrevet",
                        "finst allereie og er ikkje tom; nettsida vart ikkje skriven"
                    ),
                    m.t(
                        "bruk --overskriv for å skrive over filene, eller velg en annen mappe",
                        "bruk --overskriv for å skrive over filene, eller vel ei anna mappe"
                    )
                )));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(Error::Io(format!(
                "{}: {}",
                ut.display(),
                crate::data::load::io_msg(&e, m)
            )));
        }
    }
    let io = |p: &Path, e: std::io::Error| {
        Error::Io(format!(
            "{}: {}",
            p.display(),
            crate::data::load::io_msg(&e, m)
        ))
    };
    let mapper: std::collections::BTreeSet<std::path::PathBuf> = filer
        .keys()
        .filter_map(|sti| ut.join(sti).parent().map(Path::to_path_buf))
        .collect();
    for dir in &mapper {
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    }
    // Thousands of small files: the time is the file system's, not ours, so
    // several writers keep it busy (8, whatever the cores; no pool kept).
    let liste: Vec<(&String, &Vec<u8>)> = filer.iter().collect();
    let neste = std::sync::atomic::AtomicUsize::new(0);
    let feil: std::sync::Mutex<Option<Error>> = std::sync::Mutex::new(None);
    let skriv_en = || {
        loop {
            let i = neste.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some((sti, innhold)) = liste.get(i) else {
                break;
            };
            let p = ut.join(sti);
            if let Err(e) = std::fs::write(&p, innhold) {
                if let Ok(mut f) = feil.lock() {
                    f.get_or_insert(io(&p, e));
                }
                break;
            }
        }
    };
    let skrivere = (liste.len() / 64).clamp(1, 8);
    std::thread::scope(|s| {
        for _ in 1..skrivere {
            // A thread the OS refuses is simply not used.
            let _ = std::thread::Builder::new().spawn_scoped(s, skriv_en);
        }
        skriv_en();
    });
    match feil.into_inner() {
        Ok(Some(e)) => Err(e),
        Ok(None) => Ok(()),
        Err(_) => Err(Error::Io("nettside: en skrivetråd stoppet".into())),
    }
}

#[derive(Debug, Clone, Serialize)]
struct Lenke {
    href: String,
    tekst: String,
    aktiv: bool,
}

/// What every page of one site shares.
#[derive(Debug, Clone, Serialize)]
struct Felles {
    lang: &'static str,
    t: Tekster,
    kommune: String,
    modell: String,
    /// The akutt node's page, from the site root.
    akutt: Option<String>,
}

fn render(env: &Environment, mal: &str, ctx: minijinja::Value) -> Result<Vec<u8>> {
    let tmpl = env.get_template(mal).map_err(malfeil)?;
    let mut s = tmpl.render(ctx).map_err(malfeil)?;
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Ok(s.into_bytes())
}

/// The page of a node or outcome id under `veileder/`: a file-name-safe form
/// of the id, unique within the graph.
fn filnavn(guide: &Guide) -> HashMap<String, String> {
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

/// A link only for web addresses: anything else (e.g. `javascript:`) is shown as text.
fn trygg_url(u: Option<&str>) -> Option<String> {
    let u = u?.trim();
    let lower = u.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| u.to_string())
}

/// `tel:` with the digits of a phone number ("+47 38 37 90 00" → "tel:+4738379000").
fn tel(n: &str) -> Option<String> {
    let d: String = n
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    (d.chars().filter(char::is_ascii_digit).count() >= 3).then(|| format!("tel:{d}"))
}

fn mailto(e: &str) -> Option<String> {
    let e = e.trim();
    (e.contains('@') && !e.chars().any(|c| c.is_whitespace() || "<>\"'".contains(c)))
        .then(|| format!("mailto:{e}"))
}

fn avsnitt(s: &str) -> Vec<String> {
    s.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect()
}

#[derive(Debug, Clone, Serialize)]
struct LovVis {
    tekst: String,
    kort: Option<String>,
    lenke: Option<String>,
    ukontrollert: bool,
}

fn lov_vis(nasjonal: &Nasjonal, id: &str) -> LovVis {
    match nasjonal.lov(id) {
        Some(l) => lov_fra(l),
        None => LovVis {
            tekst: id.to_string(),
            kort: None,
            lenke: None,
            ukontrollert: false,
        },
    }
}

fn lov_fra(l: &Lov) -> LovVis {
    LovVis {
        tekst: format!("{} ({})", l.tittel, l.referanse()),
        kort: l.kort.clone(),
        lenke: trygg_url(l.lenke.as_deref()),
        ukontrollert: l.paragraf.is_some()
            && l.kilde
                .as_deref()
                .is_some_and(|k| k.trim_start().to_lowercase().starts_with("kontroller")),
    }
}

/// A node's deadline as the web shows it: relative to the day the undring
/// arose, never a date (a website has no such day).
fn frist_relativ(m: Maalform, tekst: &str) -> String {
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
fn veier(guide: &Guide) -> HashMap<String, Vec<Option<usize>>> {
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

fn nettsted(env: &Environment, s: &Nettsted, i_dag: NaiveDate) -> Result<Filer> {
    let k = s.kommune;
    let nasjonal = s.nasjonal;
    let m = k.kommune.maalform;
    let t = Tekster::new(m);
    let kilde = Kilde {
        nasjonal: nasjonal.clone(),
        kommune: Some(k.clone()),
    };
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
    };
    let start_href = guide.and_then(|g| filer_guide.get(g.start.as_ref()).cloned());
    let meny = |aktiv: &str| -> Vec<Lenke> {
        let mut v = vec![("index.html", t.forside)];
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
                aktiv: href == aktiv || (aktiv == "veileder" && href.starts_with("veileder/")),
            })
            .collect()
    };
    let side = |mal: &str, rot: &str, aktiv: &str, tittel: &str, innhold: minijinja::Value| {
        render(
            env,
            mal,
            minijinja::context! {
                ..minijinja::Value::from(Serde(&felles)),
                ..minijinja::context! { rot => rot, meny => Serde(meny(aktiv)), tittel => tittel },
                ..innhold
            },
        )
    };
    let mut filer = Filer::new();
    filer.insert("stil.css".into(), STIL.as_bytes().to_vec());

    // Front page: the model's three levels with their arenas, the BTI levels with their steps.
    let modellnivaa: Vec<_> = [ArenaNivaa::Kommune, ArenaNivaa::Tjeneste, ArenaNivaa::Individ]
        .into_iter()
        .map(|id| {
            let egen = k.kommune.modellnivaa.iter().find(|n| n.id == id);
            minijinja::context! {
                id => id.navn(),
                navn => egen.map_or_else(|| modellnivaa_navn(m, id).to_string(), |n| n.navn.clone()),
                beskrivelse => egen.and_then(|n| n.beskrivelse.as_deref()).map(avsnitt).unwrap_or_default(),
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
                beskrivelse => n.beskrivelse.as_deref().map(avsnitt).unwrap_or_default(),
                steg => n.steg.clone(),
            }
        })
        .collect();
    filer.insert(
        "index.html".into(),
        side(
            "forside.html",
            "",
            "index.html",
            &felles.kommune,
            minijinja::context! {
                beskrivelse => k.kommune.beskrivelse.as_deref().map(avsnitt).unwrap_or_default(),
                nettside => trygg_url(k.kommune.nettside.as_deref()),
                start => start_href.clone(),
                modellnivaa => modellnivaa,
                nivaaer => nivaaer,
            },
        )?,
    );

    // The walkthrough: one page per node and per outcome.
    if let Some(g) = guide {
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
            let stegbar: Vec<_> = steg
                .iter()
                .enumerate()
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
            let html = side(
                "node.html",
                "../",
                "veileder",
                &n.tittel,
                minijinja::context! {
                    etikett => crate::guide::steg_etikett(m, steg, n.steg),
                    stegbar => stegbar,
                    er_akutt => g.akutt.as_ref().is_some_and(|a| a.as_ref() == n.id.as_ref()),
                    tekst => avsnitt(&n.tekst),
                    sporsmal => n.sporsmal.clone(),
                    verktoy => n.verktoy.clone(),
                    lovverk => Serde(n.lovverk.iter().map(|id| lov_vis(nasjonal, id.as_ref())).collect::<Vec<_>>()),
                    frist => n.frist.as_ref().map(|f| frist_relativ(m, f.as_ref())),
                    valg => valg,
                    start => start_href.as_ref().map(|h| format!("../{h}")),
                    er_start => n.id.as_ref() == g.start.as_ref(),
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
            let o = oppsummering(&kilde, &eng, vei, i_dag, m).ok_or_else(|| Error::NotFound {
                melding: format!("{}: «{}»", k.id, u.id.as_ref()),
                detaljer: Vec::new(),
            })?;
            let html = side(
                "utfall.html",
                "../",
                "veileder",
                &o.tittel,
                utfall_side(&o, nasjonal, m, start_href.as_deref()),
            )?;
            filer.insert(fil.clone(), html);
        }
    }

    // Services by category.
    let mut kategorier: Vec<&str> = k
        .tjenester
        .iter()
        .map(|t| t.kategori.as_ref().as_str())
        .collect();
    kategorier.sort_unstable();
    kategorier.dedup();
    let grupper: Vec<_> = kategorier
        .iter()
        .map(|kat| {
            minijinja::context! {
                id => format!("kategori-{kat}"),
                navn => kategori_navn(m, kat),
                tjenester => k.tjenester.iter().filter(|t| t.kategori.as_ref() == kat).map(|t| {
                    let nivaa: Vec<String> = t.nivaa.iter().flatten().map(|n| n.as_ref().to_string()).collect();
                    minijinja::context! {
                        id => t.id.as_ref(), navn => t.navn.clone(),
                        beskrivelse => t.beskrivelse.as_deref().map(avsnitt).unwrap_or_default(),
                        maalgruppe => t.maalgruppe.clone(),
                        nivaa => (!nivaa.is_empty()).then(|| nivaa.join(", ")),
                        interkommunal => t.interkommunal.clone(),
                        telefon => t.telefon.clone().filter(|s| !s.trim().is_empty()),
                        tel => t.telefon.as_deref().and_then(tel),
                        epost => t.epost.clone().filter(|s| !s.trim().is_empty()),
                        mailto => t.epost.as_deref().and_then(mailto),
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
        side(
            "tjenester.html",
            "",
            "tjenester.html",
            t.tjenester,
            minijinja::context! { grupper => grupper },
        )?,
    );

    // Arenas by model level, with the meetings from today on.
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
                        .moter
                        .get(i)
                        .into_iter()
                        .flatten()
                        .filter(|p| p.slutt >= i_dag)
                        .map(|p| frist::vis_periode(m, *p))
                        .collect();
                    minijinja::context! {
                        id => a.id.as_ref(), navn => a.navn.clone(),
                        formaal => a.formaal.as_deref().map(avsnitt).unwrap_or_default(),
                        tjenester => tjenester,
                        deltakere => a.deltakere.clone().unwrap_or_default(),
                        hyppighet => a.hyppighet.clone(),
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
        side(
            "arenaer.html",
            "",
            "arenaer.html",
            t.arenaer,
            minijinja::context! { grupper => arenagrupper, i_dag => m.dato(i_dag) },
        )?,
    );

    // Roles: national and the municipality's own.
    let roller: Vec<_> = k
        .roller(nasjonal)
        .into_iter()
        .map(|(r, egen)| {
            minijinja::context! {
                id => r.id.as_ref(), navn => r.navn.clone(), egen => egen,
                beskrivelse => r.beskrivelse.as_deref().map(avsnitt).unwrap_or_default(),
                nivaa => r.nivaa.as_ref().map(|v| v.iter().map(|n| n.as_ref().to_string()).collect::<Vec<_>>().join(", ")),
                oppgaver => r.oppgaver.clone().unwrap_or_default(),
                lovverk => Serde(r.lovverk.iter().flatten().map(|id| lov_vis(nasjonal, id.as_ref())).collect::<Vec<_>>()),
            }
        })
        .collect();
    filer.insert(
        "roller.html".into(),
        side(
            "roller.html",
            "",
            "roller.html",
            t.roller,
            minijinja::context! { roller => roller },
        )?,
    );

    // The plan: the same occurrences as `bti frist --alle`, and its calendar.
    let alle = std::slice::from_ref(k);
    let forekomster = frist::forekomster(alle);
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
                        naar => match f.periode {
                            Some(pp) => frist::vis_periode(m, pp),
                            None => a.frist.as_ref().or(a.naar.as_ref()).map_or_else(|| "–".into(), |x| x.as_ref().clone()),
                        },
                        omtrentlig => f.omtrentlig,
                        frist_tekst => a.frist.as_ref().map(|x| x.as_ref().clone()),
                        hva => a.hva.clone(),
                        hvem => a.hvem.clone(),
                        ansvar => a.ansvar.clone(),
                        status => frist::status_tekst(m, a.status),
                    }
                })
                .collect();
            minijinja::context! {
                id => p.id.as_ref(), navn => p.navn.clone(),
                beskrivelse => p.beskrivelse.as_deref().map(avsnitt).unwrap_or_default(),
                rader => rader,
            }
        })
        .collect();
    let ics_navn = format!("{}-frister.ics", k.id);
    let nokler = frist::innholdsnokler(alle);
    let hendinger: Vec<ics::Hending> = forekomster
        .iter()
        .filter_map(|f| frist::hending(m, f, &nokler, i_dag))
        .collect();
    let mut kalender = Vec::new();
    ics::write(
        &mut kalender,
        &hendinger,
        i_dag,
        &frist::kalendernavn(m, &k.kommune.navn),
    )?;
    filer.insert(
        "framdrift.html".into(),
        side(
            "framdrift.html",
            "",
            "framdrift.html",
            t.framdrift,
            minijinja::context! {
                planer => planer,
                ics => (!hendinger.is_empty()).then(|| ics_navn.clone()),
            },
        )?,
    );
    if !hendinger.is_empty() {
        filer.insert(ics_navn, kalender);
    }
    Ok(filer)
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

fn utfall_side(
    o: &Oppsummering,
    nasjonal: &Nasjonal,
    m: Maalform,
    start: Option<&str>,
) -> minijinja::Value {
    let kontakter: Vec<_> = o
        .tjenester
        .iter()
        .map(|k| {
            minijinja::context! {
                id => k.id.clone(), navn => k.navn.clone(),
                kategori => kategori_navn(m, &k.kategori),
                telefon => k.telefon.clone(), tel => k.telefon.as_deref().and_then(tel),
                epost => k.epost.clone(), mailto => k.epost.as_deref().and_then(mailto),
            }
        })
        .collect();
    // The same answer to "whom do I call" as the guide's summary.
    let ingen_kontakter = o.tjenester.is_empty().then(|| o.ingen_kontakter());
    minijinja::context! {
        id => o.id.clone(),
        tekst => avsnitt(&o.tekst),
        nivaa => o.nivaa,
        nivaa_navn => o.nivaa_navn.clone(),
        frister => o.frister.iter().map(|f| frist_relativ(m, &f.tekst)).collect::<Vec<_>>(),
        lovverk => Serde(o.lovverk.iter().map(|l| lov_vis(nasjonal, &l.id)).collect::<Vec<_>>()),
        kontakter => kontakter,
        ingen_kontakter => ingen_kontakter,
        sentralbord => o.sentralbord.as_ref().map(|k| minijinja::context! {
            navn => k.navn.clone(),
            telefon => k.telefon.clone(), tel => k.telefon.as_deref().and_then(tel),
            epost => k.epost.clone(), mailto => k.epost.as_deref().and_then(mailto),
        }),
        nodnummer => o.nodnummer.iter().map(|n| minijinja::context! {
            nummer => n.nummer.clone(), navn => n.navn.clone(), tel => tel(&n.nummer),
        }).collect::<Vec<_>>(),
        start => start.map(|h| format!("../{h}")),
    }
}

#[cfg(test)]
mod tests;
