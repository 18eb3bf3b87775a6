//! What every page of the site shares: the page frame and menu (`Sider`),
//! the sources list, safe links (`tel:`, `mailto:`, web addresses), data
//! text as paragraphs and lists, a law as shown. Imports nothing else of
//! `nettside` but its texts.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use minijinja::Environment;
use minijinja::value::Serde;
use serde::Serialize;

use super::tekster::Tekster;
use crate::data::kilder::{Del, Kilder, deler};
use crate::data::model::Lov;
use crate::data::{KommuneData, Nasjonal};
use crate::error::{Error, Result};
use crate::i18n::Maalform;

/// The files of the site: relative path (with `/`) → bytes, in path order.
pub type Filer = BTreeMap<String, Vec<u8>>;
pub(crate) fn malfeil(e: minijinja::Error) -> Error {
    Error::Io(format!("nettside: {e:#}"))
}
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Lenke {
    pub(crate) href: String,
    pub(crate) tekst: String,
    pub(crate) aktiv: bool,
}
/// What every page of one site shares.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Felles {
    pub(crate) lang: &'static str,
    pub(crate) t: Tekster,
    pub(crate) kommune: String,
    pub(crate) modell: String,
    /// The akutt node's page, from the site root.
    pub(crate) akutt: Option<String>,
    /// The build date (`--i-dag`), shown on printed pages and by stale plan rows.
    pub(crate) bygd: String,
    /// `kommune.toml` `tilgjengelighetserklaering`, when a web address.
    pub(crate) tilgjengelighet: Option<String>,
    /// `kommune.toml` `tilbakemelding` as written, and its link.
    pub(crate) tilbakemelding: Option<String>,
    pub(crate) tilbakemelding_href: Option<String>,
}
/// One document of a page's «Kilder» section, from `kilder.toml`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub(crate) struct KildeVis {
    pub(crate) utgiver: Option<String>,
    pub(crate) tittel: String,
    pub(crate) dato: Option<String>,
    pub(crate) lenke: Option<String>,
}
/// The documents that `kilde` values name, in order, each once: register
/// entries only (a «kontroller: …» note or a bare word never reaches a reader;
/// a bare web address is shown as its own link).
pub(crate) fn kildeliste<'a>(
    reg: &Kilder,
    kilder: impl IntoIterator<Item = &'a str>,
) -> minijinja::Value {
    minijinja::Value::from(Serde(kildevis(reg, kilder)))
}
pub(crate) fn kildevis<'a>(
    reg: &Kilder,
    kilder: impl IntoIterator<Item = &'a str>,
) -> Vec<KildeVis> {
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
pub(crate) struct Blokk {
    pub(crate) tekst: Option<String>,
    pub(crate) punkter: Vec<String>,
}
pub(crate) fn render(env: &Environment, mal: &str, ctx: minijinja::Value) -> Result<Vec<u8>> {
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
/// A link only for web addresses: anything else (e.g. `javascript:`) is shown as text.
pub(crate) fn trygg_url(u: Option<&str>) -> Option<String> {
    let u = u?.trim();
    let lower = u.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| u.to_string())
}
/// A CSS string (`"…"`) of any text: quotes, backslashes and control
/// characters escaped, so data text cannot end the string.
pub(crate) fn css_streng(s: &str) -> String {
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
pub(crate) fn tel(n: &str) -> Option<String> {
    crate::data::kontakt::tel_lenke(n)
}
/// `mailto:` only for what `sjekk` accepts as an e-mail address.
pub(crate) fn mailto(e: &str) -> Option<String> {
    crate::data::kontakt::mailto_lenke(e)
}
/// A service's labelled points (`[[tjeneste.kontakt]]`) for a template:
/// each with its label and its own `tel:`/`mailto:` link, a missing field
/// left out.
pub(crate) fn punkter(kontakt: &[crate::data::model::Kontakt]) -> Vec<minijinja::Value> {
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
pub(crate) fn avsnitt(s: &str) -> minijinja::Value {
    minijinja::Value::from(Serde(blokker(s)))
}
pub(crate) fn blokker(s: &str) -> Vec<Blokk> {
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
pub(crate) struct LovVis {
    pub(crate) tekst: String,
    pub(crate) kort: Option<String>,
    pub(crate) lenke: Option<String>,
}
pub(crate) fn lov_vis(nasjonal: &Nasjonal, id: &str, m: Maalform) -> LovVis {
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
pub(crate) fn lov_fra(l: &Lov, m: Maalform) -> LovVis {
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
/// The barnevernvakt's source, for the pages that show the vakt.
pub(crate) fn vakt_kilde(k: &KommuneData) -> Option<&String> {
    let vakt = k.kommune.barnevernvakt.as_ref()?;
    vakt.as_ref().kilde.as_ref()
}
/// What renders the pages of one site: the templates, the shared parts, the menu.
pub(crate) struct Sider<'a> {
    pub(crate) env: &'a Environment<'a>,
    pub(crate) felles: &'a Felles,
    /// The main menu for a page, by the page's own path.
    pub(crate) meny: &'a dyn Fn(&str) -> Vec<Lenke>,
}
impl Sider<'_> {
    /// One page: `rot` leads back to the site root, `aktiv` is the page's own path.
    pub(crate) fn side(
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

/// What every page of one municipality's site is built from.
pub(crate) struct Grunnlag<'a> {
    pub(crate) k: &'a KommuneData,
    pub(crate) nasjonal: &'a Nasjonal,
    pub(crate) reg: &'a Kilder,
    /// The walkthrough's first page, from the site root.
    pub(crate) start: Option<&'a str>,
    pub(crate) i_dag: NaiveDate,
}
