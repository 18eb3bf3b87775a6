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

use crate::data::model::{Guide, Lov, Nummer};
use crate::data::{KommuneData, Nasjonal};
use crate::dato;
use crate::i18n::Maalform;

/// The data a walkthrough reads: national, plus the chosen municipality.
#[derive(Debug, Clone)]
pub struct Kilde {
    pub nasjonal: Nasjonal,
    pub kommune: Option<KommuneData>,
}

impl Kilde {
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

    /// The municipality's name, or "national" in the målform.
    pub fn kommune_navn(&self, m: Maalform) -> String {
        match &self.kommune {
            Some(k) => k.kommune.navn.clone(),
            None => m.t("Nasjonal veileder", "Nasjonal rettleiar").to_string(),
        }
    }
}

/// "Tittel (Lov § x)", or the id itself when the reference is unknown.
pub fn lov_tekst(kilde: &Kilde, id: &str) -> String {
    match kilde.lov(id) {
        Some(l) => format!("{} ({})", l.tittel, l.referanse()),
        None => id.to_string(),
    }
}

/// A deadline relative to `i_dag` ("14 dager") as a date; `None` when the
/// text is not a duration.
pub fn frist_dato(tekst: &str, i_dag: NaiveDate) -> Option<NaiveDate> {
    let (antall, eining) = dato::varighet(tekst)?;
    eining.legg_til(i_dag, antall)
}

/// "14 dager – innen fre. 29. januar 2026" (or just the text when it is no duration).
pub fn frist_tekst(m: Maalform, tekst: &str, i_dag: NaiveDate) -> String {
    match frist_dato(tekst, i_dag) {
        Some(d) => format!("{tekst} – {} {}", m.t("innen", "innan"), m.dato(d)),
        None => tekst.to_string(),
    }
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

#[cfg(test)]
mod tests;
