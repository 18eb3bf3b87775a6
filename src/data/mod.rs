//! The data: model (serde types), loading (embedded or a directory, lazy per
//! municipality) and validation (diagnostics with file, line and column).

pub mod arv;
pub mod bytes;

pub mod kilder;
pub mod kompakt;
pub mod kontakt;
pub mod les;
pub mod load;
pub mod model;
pub mod paritet;
pub mod skjema;
pub mod synonymer;
pub mod tegn;
pub mod validate;

use std::collections::HashMap;

use crate::dato::Periode;
use model::*;

pub use crate::diag::{Alvor, Diagnostic};
pub use bytes::{Kind, check_bytes};
pub use load::{Loaded, Store};

/// `data/nasjonal/`: the defaults every municipality inherits.
#[derive(Debug, Clone, Default)]
pub struct Nasjonal {
    pub veileder: Veileder,
    pub roller: Vec<Rolle>,
    pub lovverk: Vec<Lov>,
    pub nodnummer: Vec<Nummer>,
}

impl Nasjonal {
    pub fn lov(&self, id: &str) -> Option<&Lov> {
        self.lovverk.iter().find(|l| l.id.as_ref() == id)
    }
    pub fn nummer(&self, id: &str) -> Option<&Nummer> {
        self.nodnummer.iter().find(|n| n.id.as_ref() == id)
    }
}

/// One municipality's folder, validated, with its plan rows resolved to dates.
#[derive(Debug, Clone)]
pub struct KommuneData {
    pub id: String,
    pub kommune: Kommune,
    pub tjenester: Vec<Tjeneste>,
    pub arenaer: Vec<Arena>,
    pub planer: Vec<Plan>,
    pub veileder: Option<Veileder>,
    pub roller: Vec<Rolle>,
    /// One entry per activity, in plan order, with its occurrences.
    pub rader: Vec<Rad>,
}

/// An activity with its deadline expression resolved.
#[derive(Debug, Clone)]
pub struct Rad {
    pub plan: usize,
    pub aktivitet: usize,
    /// The activity id (given, or `<plan-id>-<n>`).
    pub id: String,
    pub perioder: Vec<Periode>,
    pub omtrentlig: bool,
    /// An ongoing row («løpende», «fra 2022»): its one period runs from its
    /// start to the plan's end, and it has no deadline (SPEC §2).
    pub lopende: bool,
    /// A row with `aar_ukjent = true`: its days, in the placeholder year
    /// `dato::AAR_UKJENT`, for showing day and month only. `perioder` is
    /// then empty: the row has no date to be overdue by or to put in a calendar.
    pub uten_aar: Vec<Periode>,
}

impl Rad {
    /// SPEC §3.1 `ikke_oppdatert` for the occurrence `p` of this row with
    /// `status`: never for an ongoing row, which has no deadline to pass.
    pub fn ikke_oppdatert(
        &self,
        status: model::Status,
        p: Periode,
        i_dag: chrono::NaiveDate,
    ) -> bool {
        !self.lopende && status.ikke_oppdatert(p.slutt, i_dag)
    }
}

impl KommuneData {
    /// The meetings of arena `i` (SPEC §1.5), sorted: each `moter`
    /// expression read as `dato::mote` reads it, relative to `i_dag` (a date
    /// without a year is its next occurrence; «første tirsdag i måneden» the
    /// coming year's). An expression that gives no meeting from `i_dag` adds
    /// none; `sjekk` has reported what cannot be read at all.
    pub fn motedatoer(&self, i: usize, i_dag: chrono::NaiveDate) -> Vec<Periode> {
        let mut out: Vec<Periode> = self
            .arenaer
            .get(i)
            .and_then(|a| a.moter.as_ref())
            .into_iter()
            .flatten()
            .filter_map(|d| match crate::dato::mote(d.as_ref(), i_dag) {
                Ok(crate::dato::Lesning {
                    uttrykk: crate::dato::Uttrykk::Perioder(ps),
                    lopende: false,
                    ..
                }) => Some(ps),
                _ => None,
            })
            .flatten()
            .collect();
        out.sort();
        out.dedup();
        out
    }

    pub fn tjeneste(&self, id: &str) -> Option<&Tjeneste> {
        self.tjenester.iter().find(|t| t.id.as_ref() == id)
    }

    /// The levels in force: the municipality's own, else the national ones.
    pub fn nivaaer<'a>(&'a self, nasjonal: &'a Nasjonal) -> &'a [Nivaa] {
        match &self.veileder {
            Some(v) if !v.nivaa.is_empty() => &v.nivaa,
            _ => &nasjonal.veileder.nivaa,
        }
    }

    /// The guide in force: the municipality's own, else the national one.
    pub fn guide<'a>(&'a self, nasjonal: &'a Nasjonal) -> Option<&'a Guide> {
        self.veileder
            .as_ref()
            .and_then(|v| v.guide.as_ref())
            .or(nasjonal.veileder.guide.as_ref())
    }

    /// National roles merged with the municipality's (the municipality wins by id),
    /// each with whether it is the municipality's own.
    pub fn roller<'a>(&'a self, nasjonal: &'a Nasjonal) -> Vec<(&'a Rolle, bool)> {
        let own: HashMap<&str, &Rolle> = self
            .roller
            .iter()
            .map(|r| (r.id.as_ref().as_str(), r))
            .collect();
        let mut out: Vec<(&Rolle, bool)> = nasjonal
            .roller
            .iter()
            .map(|r| match own.get(r.id.as_ref().as_str()) {
                Some(o) => (*o, true),
                None => (r, false),
            })
            .collect();
        for r in &self.roller {
            if !nasjonal
                .roller
                .iter()
                .any(|n| n.id.as_ref() == r.id.as_ref())
            {
                out.push((r, true));
            }
        }
        out
    }
}
