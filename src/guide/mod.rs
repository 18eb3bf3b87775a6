//! `bti guide`: the nivå 0 walkthrough.
//!
//! `engine` is the pure state machine over the graph; `oppsummering` turns a
//! finished walk into the summary (outcome, path, deadlines as dates, laws,
//! contacts) and writes it as text, Markdown or JSON; `plain` is the line
//! mode for pipes and screen readers; `tui` is the ratatui view and event
//! loop; `lagre` writes a summary to disk safely. `Kilde` is what all of them
//! read: the national data and the chosen municipality, if any.

pub mod engine;
pub mod lagre;
pub mod oppsummering;
pub mod plain;
pub mod tui;

use chrono::NaiveDate;

use crate::data::model::{Arbeidssted, Guide, Kommune, Lov, Node, Nummer, Utfall};
use crate::data::{KommuneData, Nasjonal};
use crate::dato;
use crate::i18n::Maalform;
use engine::Engine;

/// The data a walkthrough reads: national, plus the chosen municipality.
#[derive(Debug, Clone)]
pub struct Kilde {
    pub nasjonal: Nasjonal,
    pub kommune: Option<KommuneData>,
    /// The user's workplace (`--arbeidssted`): only the laws that bind it
    /// are shown. `None`: each duty with the law per workplace.
    pub arbeidssted: Option<Arbeidssted>,
}

impl Kilde {
    /// National data and the chosen municipality, every workplace's law shown.
    pub fn ny(nasjonal: Nasjonal, kommune: Option<KommuneData>) -> Kilde {
        Kilde {
            nasjonal,
            kommune,
            arbeidssted: None,
        }
    }

    /// The graph in force: the municipality's own, else the national one.
    pub fn guide(&self) -> Option<&Guide> {
        match &self.kommune {
            Some(k) => k.guide(&self.nasjonal),
            None => self.nasjonal.veileder.guide.as_ref(),
        }
    }

    /// The steps of nivå 0 (for the step bar), from the levels in force.
    pub fn steg(&self) -> &[String] {
        let nivaaer = match &self.kommune {
            Some(k) => k.nivaaer(&self.nasjonal),
            None => &self.nasjonal.veileder.nivaa,
        };
        nivaaer
            .iter()
            .find(|n| *n.nr.as_ref() == 0)
            .map_or(&[], |n| n.steg.as_slice())
    }

    /// The name of a level ("Nivå 1 – Innsats i egen tjeneste").
    pub fn nivaa_navn(&self, nr: i64) -> Option<&str> {
        let nivaaer = match &self.kommune {
            Some(k) => k.nivaaer(&self.nasjonal),
            None => &self.nasjonal.veileder.nivaa,
        };
        nivaaer
            .iter()
            .find(|n| *n.nr.as_ref() == nr)
            .map(|n| n.navn.as_str())
    }

    pub fn lov(&self, id: &str) -> Option<&Lov> {
        self.nasjonal.lov(id)
    }

    pub fn nummer(&self, id: &str) -> Option<&Nummer> {
        self.nasjonal.nummer(id)
    }

    /// The chosen municipality's barnevernvakt as a number to call (`vakt_nummer`).
    pub fn vakt_nummer(&self) -> Option<(&str, &str, Option<&str>)> {
        vakt_nummer(&self.kommune.as_ref()?.kommune)
    }

    /// The municipality's name, or "national" in the målform.
    pub fn kommune_navn(&self, m: Maalform) -> String {
        match &self.kommune {
            Some(k) => k.kommune.navn.clone(),
            None => m.t("Nasjonal veileder", "Nasjonal rettleiar").to_string(),
        }
    }
}

/// A municipality's barnevernvakt as the akutt screens list it after the
/// national numbers: (phone, name, hours). `None` without a phone that
/// `sjekk` accepts: those screens list numbers to call.
pub fn vakt_nummer(k: &Kommune) -> Option<(&str, &str, Option<&str>)> {
    let v = k.barnevernvakt.as_ref()?.as_ref();
    let tlf = v.telefon.as_deref().map(str::trim)?;
    crate::data::kontakt::telefon(tlf).ok()?;
    let timer = v
        .apningstid
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    Some((tlf, v.navn.as_str(), timer))
}

/// What the vakt says it is: «Barnevernvakta» says so itself, «Vakttelefonen
/// i Lister» gets «(barnevernvakt)» after it.
pub fn vakt_navn(navn: &str, m: Maalform) -> String {
    match vakt_hva(navn, m) {
        Some(hva) => format!("{navn} ({hva})"),
        None => navn.to_string(),
    }
}

/// «barnevernvakt» / «barnevernsvakt» for a name that does not say it.
pub fn vakt_hva(navn: &str, m: Maalform) -> Option<&'static str> {
    (!crate::i18n::fold(navn).contains("barnevern")).then(|| m.t("barnevernvakt", "barnevernsvakt"))
}

/// The barnevernvakt as one entry of a list of numbers: (phone, «navn –
/// hours»), for the TUI's akutt screen and the website.
pub fn vakt_ring(k: &Kommune, m: Maalform) -> Option<(&str, String)> {
    let (tlf, navn, timer) = vakt_nummer(k)?;
    let navn = vakt_navn(navn, m);
    Some(match timer {
        Some(t) => (tlf, format!("{navn} – {t}")),
        None => (tlf, navn),
    })
}

/// The laws `ids` that bind the user's workplace (all when none is given),
/// in the order given, with ids that name no law left out.
pub fn lover<'a>(kilde: &'a Kilde, ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a Lov> {
    let mut out: Vec<&Lov> = Vec::new();
    for id in ids {
        if let Some(l) = kilde.lov(id)
            && l.gjelder(kilde.arbeidssted)
            && !out.iter().any(|x| x.id.as_ref() == l.id.as_ref())
        {
            out.push(l);
        }
    }
    out
}

/// One line per duty (DOMAIN.md «Which duty is whose»): the duty's title,
/// then the law per workplace — "Opplysningsplikt til barnevernstjenesten –
/// barnehage: Barnehageloven § 46; helsepersonell: Helsepersonelloven § 33".
/// A law whose paragraph is not confirmed is named without the number and
/// with its Lovdata link.
pub fn lov_linjer(kilde: &Kilde, lover: &[&Lov], m: Maalform) -> Vec<String> {
    let mut titler: Vec<&str> = Vec::new();
    for l in lover {
        if !titler.contains(&l.tittel.as_str()) {
            titler.push(&l.tittel);
        }
    }
    titler
        .iter()
        .map(|tittel| {
            let gruppe: Vec<&&Lov> = lover.iter().filter(|l| l.tittel == *tittel).collect();
            let deler: Vec<(bool, String)> = gruppe
                .iter()
                .map(|l| {
                    let mut r = l.referanse();
                    if (l.paragraf.is_none() || l.ubekreftet())
                        && let Some(lenke) = &l.lenke
                    {
                        r = format!("{r}, {lenke}");
                    }
                    match (&l.arbeidssted, kilde.arbeidssted) {
                        (Some(a), None) => (
                            true,
                            format!(
                                "{}: {r}",
                                a.iter().map(|a| a.navn(m)).collect::<Vec<_>>().join(", ")
                            ),
                        ),
                        _ => (false, r),
                    }
                })
                .collect();
            match deler.as_slice() {
                [(false, r)] => format!("{tittel} ({r})"),
                _ => format!(
                    "{tittel} – {}",
                    deler
                        .into_iter()
                        .map(|(_, r)| r)
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            }
        })
        .collect()
}

/// One law as JSON (SPEC §4): `{"id","tittel","lov","paragraf","lenke","arbeidssted"}`;
/// an unconfirmed paragraph is `null`, as it is never shown.
pub fn lov_json(l: &Lov) -> serde_json::Value {
    serde_json::json!({
        "id": l.id.as_ref(),
        "tittel": l.tittel,
        "lov": l.lov,
        "paragraf": l.paragraf.as_deref().filter(|_| !l.ubekreftet()),
        "lenke": l.lenke,
        "arbeidssted": l.arbeidssted.as_ref().map(|a| a.iter().map(|a| a.id()).collect::<Vec<_>>()),
    })
}

/// The day a walk's deadlines count from, and today (to say when one has
/// passed). SPEC §4: a node's `frist` counts from the day the undring arose,
/// which the walk asks once (today by default) and never stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Datoer {
    /// The day the undring arose (never after `i_dag`).
    pub undring: NaiveDate,
    pub i_dag: NaiveDate,
}

impl Datoer {
    /// Deadlines counted from today (the default when nobody was asked).
    pub fn i_dag(i_dag: NaiveDate) -> Datoer {
        Datoer {
            undring: i_dag,
            i_dag,
        }
    }

    /// "fra i dag", or "fra 5. januar 2026, da undringen oppsto".
    pub fn fra_tekst(&self, m: Maalform) -> String {
        if self.undring == self.i_dag {
            m.t("fra i dag", "frå i dag").to_string()
        } else {
            format!(
                "{} {}{}",
                m.t("fra", "frå"),
                m.dato(self.undring),
                m.t(", da undringen oppsto", ", då undringa oppstod")
            )
        }
    }
}

/// A deadline ("14 dager") counted from `fra` as a date; `None` when the
/// text is not a duration.
pub fn frist_dato(tekst: &str, fra: NaiveDate) -> Option<NaiveDate> {
    let (antall, eining) = dato::varighet(tekst)?;
    eining.legg_til(fra, antall)
}

/// "14 dager – innen fre. 29. januar 2026" (counted from today), with "regnet
/// fra …" when the undring arose earlier and a warning when the date has
/// passed; just the text when it is no duration.
pub fn frist_tekst(m: Maalform, tekst: &str, d: Datoer) -> String {
    let Some(dato) = frist_dato(tekst, d.undring) else {
        return tekst.to_string();
    };
    let mut s = format!("{tekst} – {} {}", m.t("innen", "innan"), m.dato(dato));
    if d.undring != d.i_dag {
        s.push_str(&format!(
            " ({} {}{})",
            m.t("regnet fra", "rekna frå"),
            m.dato(d.undring),
            m.t(", da undringen oppsto", ", då undringa oppstod")
        ));
    }
    if dato < d.i_dag {
        s.push_str(m.t(" – fristen er passert", " – fristen er passert"));
    }
    s
}

/// Read a date as a person types it: `2026-01-05` or `5.1.2026` (also
/// `05.01.2026`), years 1900–2200: the same forms as every command-line date.
pub fn les_dato(s: &str) -> Option<NaiveDate> {
    crate::dato::kommandolinje(s)
}

/// Whether any node or outcome of the graph has a deadline: only then does
/// the walk ask when the undring arose.
pub fn har_frister(g: &Guide) -> bool {
    g.node.iter().any(|n| n.frist.is_some()) || g.utfall.iter().any(|u| u.frist.is_some())
}

/// Whether the walk must ask when the undring arose before it shows where it
/// stands now (SPEC §4; DOMAIN.md: the stop rules come first). Once, and only
/// when the graph has deadlines: after the first screen (the stop rules) has
/// been answered, on arriving at a step (`steg` ≥ 1) or at a screen that shows
/// a deadline. Never on the akutt screen nor on the outcome reached from it:
/// there the deadlines count from today. The caller remembers that it asked.
pub fn trenger_undring(e: &Engine) -> bool {
    if !har_frister(e.guide()) || e.historikk().is_empty() || e.er_akutt() || e.utfall_fra_akutt() {
        return false;
    }
    match (e.node(), e.utfall()) {
        (Some(n), _) => n.steg > 0 || n.frist.is_some(),
        (None, Some(u)) => u.frist.is_some() && !lukker_saken(u),
        (None, None) => false,
    }
}

/// An outcome that closes the case: no level to continue at and no service
/// to contact. It lists no deadline.
pub fn lukker_saken(u: &Utfall) -> bool {
    u.nivaa.is_none() && u.kategorier.is_empty()
}

/// The label of a nivå 0 step: "Før du starter" for 0, "Steg 2 av 4: …".
pub fn steg_etikett(m: Maalform, steg: &[String], nr: u32) -> String {
    if nr == 0 {
        return m.t("Før du starter", "Før du startar").to_string();
    }
    match steg.get(nr as usize - 1) {
        Some(navn) => format!("Steg {nr} av {}: {navn}", steg.len()),
        None => format!("Steg {nr}"),
    }
}

/// The label of the node the walker stands on. A node outside the steps
/// (`steg = 0`) is "Før du starter" only on the first screen; the akutt node
/// says so, and a stop rule asked again mid-walk is "Stoppregler".
pub fn node_etikett(m: Maalform, steg: &[String], node: &Node, start: bool, akutt: bool) -> String {
    if akutt {
        return m.t("Akutt fare", "Akutt fare").to_string();
    }
    if node.steg == 0 && !start {
        return m.t("Stoppregler", "Stoppreglar").to_string();
    }
    steg_etikett(m, steg, node.steg)
}

/// The «national only» choice on the municipality screen, worded and
/// numbered (last) alike in the TUI and the line mode.
pub fn bare_nasjonal(m: Maalform) -> &'static str {
    m.t("Bare nasjonal veileder", "Berre nasjonal rettleiar")
}

#[cfg(test)]
mod tests;
