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

mod lesar;
pub mod skriv;
pub mod tekster;

use std::collections::{BTreeMap, HashMap, VecDeque};

use chrono::NaiveDate;
use minijinja::Environment;
use minijinja::value::Serde;
use serde::Serialize;

use crate::data::kilder::{Del, Kilder, deler};
use crate::data::model::{ArenaNivaa, Guide, Lov};
use crate::data::{KommuneData, Nasjonal};
use crate::dato;
use crate::error::{Error, Result};
use crate::forekomst as frist;
use crate::guide::Kilde;
use crate::guide::engine::{Engine, Pos};
use crate::guide::oppsummering::{ALARMTELEFON, Barnevernvakt, Oppsummering};
use crate::i18n::Maalform;
use crate::i18n::kategori_navn;
use crate::output::ics;
use tekster::{Tekster, modellnivaa_navn};

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
    /// The build date (`--i-dag`), shown on printed pages and by stale plan rows.
    bygd: String,
    /// `kommune.toml` `tilgjengelighetserklaering`, when a web address.
    tilgjengelighet: Option<String>,
    /// `kommune.toml` `tilbakemelding` as written, and its link.
    tilbakemelding: Option<String>,
    tilbakemelding_href: Option<String>,
}

/// One document of a page's «Kilder» section, from `kilder.toml`.
#[derive(Debug, Clone, Serialize, PartialEq)]
struct KildeVis {
    utgiver: Option<String>,
    tittel: String,
    dato: Option<String>,
    lenke: Option<String>,
}

/// The documents that `kilde` values name, in order, each once: register
/// entries only (a «kontroller: …» note or a bare word never reaches a reader;
/// a bare web address is shown as its own link).
fn kildeliste<'a>(reg: &Kilder, kilder: impl IntoIterator<Item = &'a str>) -> minijinja::Value {
    minijinja::Value::from(Serde(kildevis(reg, kilder)))
}

fn kildevis<'a>(reg: &Kilder, kilder: impl IntoIterator<Item = &'a str>) -> Vec<KildeVis> {
    let mut out: Vec<KildeVis> = Vec::new();
    for k in kilder {
        for d in deler(k) {
            let v = match d {
                Del::Id(id, _) => reg.get(id).map(|e| KildeVis {
                    utgiver: e.utgiver.clone(),
                    tittel: e.tittel.clone(),
                    dato: e.dato.clone(),
                    lenke: trygg_url(e.lenke.as_deref()),
                }),
                Del::Url(u) => trygg_url(Some(u)).map(|l| KildeVis {
                    utgiver: None,
                    tittel: l.clone(),
                    dato: None,
                    lenke: Some(l),
                }),
                Del::Kontroller(_) | Del::Ukjent(_) => None,
            };
            if let Some(v) = v
                && !out.contains(&v)
            {
                out.push(v);
            }
        }
    }
    out
}

/// A paragraph of data text: prose, or the «- » lines written as a list.
#[derive(Debug, Clone, Serialize, PartialEq)]
struct Blokk {
    tekst: Option<String>,
    punkter: Vec<String>,
}

fn render(env: &Environment, mal: &str, ctx: minijinja::Value) -> Result<Vec<u8>> {
    let tmpl = env.get_template(mal).map_err(malfeil)?;
    // What a page need not give (the first value of a key wins).
    let ctx = minijinja::context! {
        ..ctx,
        ..minijinja::context! {
            kilder => Vec::<minijinja::Value>::new(), sidetittel => None::<String>, bygd => "",
            tilgjengelighet => None::<String>, tilbakemelding => None::<String>,
            tilbakemelding_href => None::<String>, utskrift => None::<String>, tilbake => Vec::<minijinja::Value>::new(),
        }
    };
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

/// A CSS string (`"…"`) of any text: quotes, backslashes and control
/// characters escaped, so data text cannot end the string.
fn css_streng(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c == '"' || c == '\\' || c.is_control() {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// `tel:` only for what `sjekk` accepts as a phone number (`data::kontakt`).
fn tel(n: &str) -> Option<String> {
    crate::data::kontakt::tel_lenke(n)
}

/// `mailto:` only for what `sjekk` accepts as an e-mail address.
fn mailto(e: &str) -> Option<String> {
    crate::data::kontakt::mailto_lenke(e)
}

/// A service's labelled points (`[[tjeneste.kontakt]]`) for a template:
/// each with its label and its own `tel:`/`mailto:` link, a missing field
/// left out.
fn punkter(kontakt: &[crate::data::model::Kontakt]) -> Vec<minijinja::Value> {
    kontakt
        .iter()
        .map(|p| {
            minijinja::context! {
                etikett => p.etikett.as_ref().trim(),
                telefon => p.telefon(), tel => p.telefon().and_then(tel),
                epost => p.epost(), mailto => p.epost().and_then(mailto),
            }
        })
        .collect()
}

/// Data text as blocks: paragraphs split at blank lines, and within one, the
/// lines that start with «- » or «• » as a list (the text before them a paragraph).
fn avsnitt(s: &str) -> minijinja::Value {
    minijinja::Value::from(Serde(blokker(s)))
}

fn blokker(s: &str) -> Vec<Blokk> {
    let mut out: Vec<Blokk> = Vec::new();
    for p in s.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let mut tekst: Vec<&str> = Vec::new();
        let mut punkter: Vec<String> = Vec::new();
        let mut tom = |tekst: &mut Vec<&str>, punkter: &mut Vec<String>| {
            if !tekst.is_empty() || !punkter.is_empty() {
                out.push(Blokk {
                    tekst: (!tekst.is_empty()).then(|| tekst.join(" ")),
                    punkter: std::mem::take(punkter),
                });
                tekst.clear();
            }
        };
        for linje in p.lines().map(str::trim).filter(|l| !l.is_empty()) {
            match linje
                .strip_prefix("- ")
                .or_else(|| linje.strip_prefix("• "))
            {
                Some(punkt) => punkter.push(punkt.trim().to_string()),
                None if punkter.is_empty() => tekst.push(linje),
                // Prose after a list: a paragraph of its own.
                None => {
                    tom(&mut tekst, &mut punkter);
                    tekst.push(linje);
                }
            }
        }
        tom(&mut tekst, &mut punkter);
    }
    out
}

#[derive(Debug, Clone, Serialize)]
struct LovVis {
    tekst: String,
    kort: Option<String>,
    lenke: Option<String>,
}

fn lov_vis(nasjonal: &Nasjonal, id: &str, m: Maalform) -> LovVis {
    match nasjonal.lov(id) {
        Some(l) => lov_fra(l, m),
        None => LovVis {
            tekst: id.to_string(),
            kort: None,
            lenke: None,
        },
    }
}

/// "Tittel (Lov § x)", or, for a law that binds some workplaces only,
/// "Tittel – barnehage (Barnehageloven § 46)": the duty with the law per
/// workplace (DOMAIN.md «Which duty is whose»). An unconfirmed paragraph is
/// never shown (`Lov::referanse`); the link goes to the law on Lovdata.
fn lov_fra(l: &Lov, m: Maalform) -> LovVis {
    let tekst = match &l.arbeidssted {
        Some(a) => format!(
            "{} – {} ({})",
            l.tittel,
            a.iter().map(|a| a.navn(m)).collect::<Vec<_>>().join(", "),
            l.referanse()
        ),
        None => format!("{} ({})", l.tittel, l.referanse()),
    };
    LovVis {
        tekst,
        kort: l.kort.clone(),
        lenke: trygg_url(l.lenke.as_deref()),
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

/// What renders the pages of one site: the templates, the shared parts, the menu.
struct Sider<'a> {
    env: &'a Environment<'a>,
    felles: &'a Felles,
    /// The main menu for a page, by the page's own path.
    meny: &'a dyn Fn(&str) -> Vec<Lenke>,
}

impl Sider<'_> {
    /// One page: `rot` leads back to the site root, `aktiv` is the page's own path.
    fn side(
        &self,
        mal: &str,
        rot: &str,
        aktiv: &str,
        tittel: &str,
        innhold: minijinja::Value,
    ) -> Result<Vec<u8>> {
        let f = self.felles;
        let topp = if tittel == f.kommune {
            format!("{tittel} – {} {}", f.t.bygd, f.bygd)
        } else {
            format!("{tittel} – {} – {} {}", f.kommune, f.t.bygd, f.bygd)
        };
        render(
            self.env,
            mal,
            minijinja::context! {
                ..minijinja::Value::from(Serde(f)),
                ..minijinja::context! {
                    rot => rot, meny => Serde((self.meny)(aktiv)), tittel => tittel,
                    utskrift => css_streng(&topp),
                },
                ..innhold
            },
        )
    }
}

/// The walkthrough of one municipality, for `veileder_sider`.
struct Veileder<'a> {
    k: &'a KommuneData,
    reg: &'a Kilder,
    kilde: &'a Kilde,
    guide: &'a Guide,
    /// Node and outcome id → page path.
    filer: &'a HashMap<String, String>,
    start: Option<&'a str>,
    i_dag: NaiveDate,
}

/// The national numbers the akutt page starts with, in this order (ids of
/// `nodnummer.toml`), before the municipality's own barnevern.
const AKUTT_NUMMER: [&str; 4] = ["112", "113", "116111", "02800"];

/// The akutt page's `tel:` links: the national numbers, the municipality's
/// barnevernvakt with its hours, then each barnevern service of the
/// municipality that has a phone number.
fn akutt_nummer(v: &Veileder) -> Vec<minijinja::Value> {
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
    nasjonale.chain(egne).collect()
}

/// The questions that lead to each node or outcome: (page path, question), each node once.
fn forgjengarar(v: &Veileder) -> HashMap<String, Vec<Lenke>> {
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

/// The barnevernvakt's source, for the pages that show the vakt.
fn vakt_kilde(k: &KommuneData) -> Option<&String> {
    let vakt = k.kommune.barnevernvakt.as_ref()?;
    vakt.as_ref().kilde.as_ref()
}

fn veileder_sider(sider: &Sider, v: &Veileder, filer: &mut Filer) -> Result<()> {
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
    let reg = s.kilder;
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
    let side = |mal: &str, rot: &str, aktiv: &str, tittel: &str, innhold: minijinja::Value| {
        sider.side(mal, rot, aktiv, tittel, innhold)
    };
    let mut filer = Filer::new();
    filer.insert("stil.css".into(), STIL.as_bytes().to_vec());

    // Front page: the model's three levels with their arenas, the BTI levels with their steps.
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
        side(
            "forside.html",
            "",
            "index.html",
            &felles.kommune,
            minijinja::context! {
                beskrivelse => avsnitt(k.kommune.beskrivelse.as_deref().unwrap_or_default()),
                nettside => trygg_url(k.kommune.nettside.as_deref()),
                start => start_href.clone(),
                modellnivaa => modellnivaa,
                nivaaer => nivaaer,
                bekymret => lesar::BEKYMRET, hjelp => lesar::HJELP,
                kilder => forside_kilder,
            },
        )?,
    );

    // The walkthrough: one page per node and per outcome.
    if let Some(g) = guide {
        let v = Veileder {
            k,
            reg,
            kilde: &kilde,
            guide: g,
            filer: &filer_guide,
            start: start_href.as_deref(),
            i_dag,
        };
        veileder_sider(&sider, &v, &mut filer)?;
    }

    // Services by category: each in full under its primary category (one
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
        side(
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
                        .motedatoer(i, i_dag)
                        .into_iter()
                        .filter(|p| p.slutt >= i_dag)
                        .map(|p| frist::vis_periode(m, p))
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
        side(
            "arenaer.html",
            "",
            "arenaer.html",
            t.arenaer,
            minijinja::context! {
                grupper => arenagrupper, i_dag => m.dato(i_dag),
                kilder => kildeliste(reg, k.arenaer.iter().filter_map(|a| a.kilde.as_deref())),
            },
        )?,
    );

    // Roles: national and the municipality's own.
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
        side(
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
                        naar => match frist::vis_forekomst(m, f) {
                            Some(vis) => vis,
                            None => a.frist.as_ref().or(a.naar.as_ref()).map_or_else(String::new, |x| x.as_ref().clone()),
                        },
                        omtrentlig => f.omtrentlig,
                        frist_tekst => a.frist.as_ref().map(|x| x.as_ref().clone()),
                        hva => a.hva.clone(),
                        hvem => a.hvem.clone(),
                        ansvar => a.ansvar.clone(),
                        status => frist::status_tekst(m, a.status),
                        // SPEC §3.1: past its deadline, still planned: not current.
                        ikke_oppdatert => f.ikke_oppdatert(i_dag)
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
                kilder => kildeliste(reg, k.planer.iter().filter_map(|p| p.kilde.as_deref())),
            },
        )?,
    );
    if !hendinger.is_empty() {
        filer.insert(ics_navn, kalender);
    }
    // The pages for readers: parents, staff, one per level.
    let l = lesar::Lesar {
        k,
        nasjonal,
        reg,
        start: start_href.as_deref(),
    };
    lesar::sider(&sider, &l, &mut filer)?;
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
fn barnevernvakt(v: &Barnevernvakt, m: Maalform) -> minijinja::Value {
    minijinja::context! {
        navn => v.navn.clone(), hva => m.t("barnevernvakt", "barnevernsvakt"),
        telefon => v.telefon.clone(), tel => v.telefon.as_deref().and_then(tel),
        apningstid => v.apningstid.clone(),
        nettside => v.nettside.clone(), nettside_url => trygg_url(v.nettside.as_deref()),
        interkommunal => v.interkommunal.clone(),
    }
}

#[cfg(test)]
mod tests;
