//! The framdriftsplan's rows as occurrences: one per date a row resolves
//! to, with its deadline, status and stable calendar UID; their JSON form,
//! their calendar event and how a date reads in Norwegian. Shared by
//! `bti frist`, the website and the calendar export; pure.

use chrono::NaiveDate;
use serde_json::Value;
use std::io::Write;

use crate::data::KommuneData;
use crate::data::model::{Aktivitet, Plan};
use crate::dato::Periode;
use crate::i18n::Maalform;
use crate::output::ics;

/// One row of output: one occurrence of one activity (or an undated activity).
#[derive(Debug, Clone, Copy)]
pub struct Forekomst<'a> {
    pub kommune: &'a KommuneData,
    pub plan: &'a Plan,
    pub aktivitet: &'a Aktivitet,
    pub id: &'a str,
    /// 0-based occurrence number within the activity.
    pub nr: usize,
    pub periode: Option<Periode>,
    pub omtrentlig: bool,
    /// An ongoing row (SPEC §2 «løpende», «fra 2022»): no deadline, never overdue.
    pub lopende: bool,
    /// A day of a row whose year the source does not give (`aar_ukjent`),
    /// in the placeholder year: `periode` is then `None`.
    pub uten_aar: Option<Periode>,
    /// For sorting: the municipality's position (the list is in id order),
    /// then plan and row order.
    pub kidx: usize,
    pub orden: (usize, usize),
}

impl Forekomst<'_> {
    /// Days to the deadline; none for an undated or ongoing row.
    pub fn dager_igjen(&self, i_dag: NaiveDate) -> Option<i64> {
        self.frist().map(|d| (d - i_dag).num_days())
    }

    /// The deadline: `slutt`, unless the row is undated or ongoing.
    pub fn frist(&self) -> Option<NaiveDate> {
        self.periode.filter(|_| !self.lopende).map(|p| p.slutt)
    }

    /// The JSON element as a value (for tsv/csv/xlsx, which read it back by
    /// key). There `uten_aar` is shown as people read it, «15. mars (år
    /// ukjent)», as xlsx shows `slutt` as a date and not as ISO text.
    pub fn json(&self, m: Maalform, i_dag: NaiveDate) -> Value {
        let mut v = serde_json::to_value(self.json_row(i_dag)).unwrap_or(Value::Null);
        if let (Some(p), Some(o)) = (self.uten_aar, v.as_object_mut()) {
            o.insert("uten_aar".into(), Value::String(vis_uten_aar(m, p)));
        }
        v
    }

    /// The JSON element of SPEC §3.1, as a struct: serialised straight to the
    /// output without building a map per row.
    pub fn json_row(&self, i_dag: NaiveDate) -> Json<'_> {
        let a = self.aktivitet;
        Json {
            kommune: &self.kommune.id,
            plan: self.plan.id.as_ref(),
            aktivitet: self.id,
            naar: a.naar.as_ref().map(|n| n.as_ref().as_str()),
            hva: &a.hva,
            hvem: a.hvem.as_deref(),
            ansvar: a.ansvar.as_deref(),
            frist_tekst: a.frist.as_ref().map(|f| f.as_ref().as_str()),
            start: self.periode.map(|p| p.start),
            slutt: self.frist(),
            omtrentlig: self.omtrentlig,
            lopende: self.lopende,
            aar_ukjent: a.aar_ukjent,
            uten_aar: self.uten_aar.map(crate::dato::iso_uten_aar),
            status: a.status.navn(),
            dager_igjen: self.dager_igjen(i_dag),
            ikke_oppdatert: self.ikke_oppdatert(i_dag),
        }
    }

    /// SPEC §3.1 `ikke_oppdatert`: the deadline has passed while the row
    /// still says planned or ongoing (the one rule, `Status::ikke_oppdatert`).
    /// Never for an ongoing row, which has no deadline to pass.
    pub fn ikke_oppdatert(&self, i_dag: NaiveDate) -> bool {
        !self.lopende
            && self
                .periode
                .is_some_and(|p| self.aktivitet.status.ikke_oppdatert(p.slutt, i_dag))
    }

    /// The calendar UID (SPEC §3.1): kommune, plan, the activity's own `id`
    /// or else `innhold` (a key from its content, see `innholdsnokler`), and
    /// the occurrence. Never the row's position: inserting, removing or
    /// reordering other rows leaves it as it is.
    pub fn uid(&self, innhold: &str) -> String {
        let key = match &self.aktivitet.id {
            Some(id) => id.as_ref().as_str(),
            None => innhold,
        };
        format!(
            "{}-{}-{}-{}@bti",
            self.kommune.id,
            self.plan.id.as_ref(),
            key,
            self.nr + 1
        )
    }
}

/// FNV-1a, 64 bits: a hash that is the same on every platform and in every
/// Rust version (std's hasher promises neither), for keys that must not move.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The content key of every row without an `id`, by (municipality index,
/// plan index, row index): "h" and a hash of `hva`, `frist` and `naar`. Two
/// rows with the same content in one plan get "-2", "-3", … in plan order
/// (only such twins depend on each other's order).
pub fn innholdsnokler(
    kommuner: &[KommuneData],
) -> std::collections::HashMap<(usize, usize, usize), String> {
    let mut out = std::collections::HashMap::new();
    for (kidx, k) in kommuner.iter().enumerate() {
        for (pi, plan) in k.planer.iter().enumerate() {
            let mut seen: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
            for (ai, a) in plan.aktivitet.iter().enumerate() {
                if a.id.is_some() {
                    continue;
                }
                let h = fnv1a(&[
                    a.hva.trim(),
                    a.frist.as_ref().map_or("", |f| f.as_ref().trim()),
                    a.naar.as_ref().map_or("", |n| n.as_ref().trim()),
                ]);
                let n = seen.entry(h).or_insert(0);
                *n += 1;
                let key = if *n == 1 {
                    format!("h{h:016x}")
                } else {
                    format!("h{h:016x}-{n}")
                };
                out.insert((kidx, pi, ai), key);
            }
        }
    }
    out
}

/// One `frist` element of `--format json` (SPEC §3.1).
#[derive(serde::Serialize)]
pub struct Json<'a> {
    kommune: &'a str,
    plan: &'a str,
    aktivitet: &'a str,
    naar: Option<&'a str>,
    hva: &'a str,
    hvem: Option<&'a str>,
    ansvar: Option<&'a str>,
    frist_tekst: Option<&'a str>,
    #[serde(serialize_with = "iso")]
    start: Option<NaiveDate>,
    #[serde(serialize_with = "iso")]
    slutt: Option<NaiveDate>,
    omtrentlig: bool,
    lopende: bool,
    /// The source gives no year (`aar_ukjent`): `start`, `slutt` and
    /// `dager_igjen` are null, and `uten_aar` has the day.
    aar_ukjent: bool,
    /// `--03-15` (or `--03-01/--03-15`): the day and month of an `aar_ukjent` row.
    uten_aar: Option<String>,
    status: &'a str,
    dager_igjen: Option<i64>,
    ikke_oppdatert: bool,
}

/// A date as `NaiveDate::to_string` writes it ("YYYY-MM-DD"), or null.
fn iso<S: serde::Serializer>(d: &Option<NaiveDate>, s: S) -> std::result::Result<S::Ok, S::Error> {
    match d {
        Some(d) => match iso_digits(*d) {
            Some(buf) => s.serialize_str(std::str::from_utf8(&buf).unwrap_or_default()),
            None => s.collect_str(d),
        },
        None => s.serialize_none(),
    }
}

/// "YYYY-MM-DD" for years 0–9999, written by hand: the formatting machinery
/// was a tenth of a big query.
fn iso_digits(d: NaiveDate) -> Option<[u8; 10]> {
    use chrono::Datelike;
    if !(0..=9999).contains(&d.year()) {
        return None;
    }
    let (y, m, dd) = (d.year() as u32, d.month(), d.day());
    let digits = [
        y / 1000,
        y / 100 % 10,
        y / 10 % 10,
        y % 10,
        10,
        m / 10,
        m % 10,
        10,
        dd / 10,
        dd % 10,
    ];
    let mut buf = [0u8; 10];
    for (b, v) in buf.iter_mut().zip(digits) {
        *b = if v == 10 { b'-' } else { b'0' + v as u8 };
    }
    Some(buf)
}

impl Json<'_> {
    /// The element exactly as serde_json writes it (a test holds the two
    /// together), without serde's per-key escaping: that was a tenth of the
    /// all-municipality query.
    pub fn write(&self, buf: &mut Vec<u8>) {
        use crate::output::json_str;
        let text = |buf: &mut Vec<u8>, key: &[u8], v: Option<&str>| {
            buf.extend_from_slice(key);
            match v {
                Some(v) => json_str(buf, v),
                None => buf.extend_from_slice(b"null"),
            }
        };
        let date = |buf: &mut Vec<u8>, key: &[u8], d: Option<NaiveDate>| {
            buf.extend_from_slice(key);
            match d.map(|d| (d, iso_digits(d))) {
                Some((_, Some(digits))) => {
                    buf.push(b'"');
                    buf.extend_from_slice(&digits);
                    buf.push(b'"');
                }
                Some((d, None)) => json_str(buf, &d.to_string()),
                None => buf.extend_from_slice(b"null"),
            }
        };
        text(buf, b"{\"kommune\":", Some(self.kommune));
        text(buf, b",\"plan\":", Some(self.plan));
        text(buf, b",\"aktivitet\":", Some(self.aktivitet));
        text(buf, b",\"naar\":", self.naar);
        text(buf, b",\"hva\":", Some(self.hva));
        text(buf, b",\"hvem\":", self.hvem);
        text(buf, b",\"ansvar\":", self.ansvar);
        text(buf, b",\"frist_tekst\":", self.frist_tekst);
        date(buf, b",\"start\":", self.start);
        date(buf, b",\"slutt\":", self.slutt);
        buf.extend_from_slice(if self.omtrentlig {
            b",\"omtrentlig\":true"
        } else {
            b",\"omtrentlig\":false"
        });
        buf.extend_from_slice(if self.lopende {
            b",\"lopende\":true"
        } else {
            b",\"lopende\":false"
        });
        buf.extend_from_slice(if self.aar_ukjent {
            b",\"aar_ukjent\":true"
        } else {
            b",\"aar_ukjent\":false"
        });
        text(buf, b",\"uten_aar\":", self.uten_aar.as_deref());
        text(buf, b",\"status\":", Some(self.status));
        buf.extend_from_slice(b",\"dager_igjen\":");
        match self.dager_igjen {
            Some(n) => {
                // Writing to a Vec cannot fail.
                let _ = write!(buf, "{n}");
            }
            None => buf.extend_from_slice(b"null"),
        }
        buf.extend_from_slice(if self.ikke_oppdatert {
            b",\"ikke_oppdatert\":true"
        } else {
            b",\"ikke_oppdatert\":false"
        });
        buf.push(b'}');
    }
}

/// Every occurrence of every activity, sorted as SPEC §3 says; undated rows last.
pub fn forekomster(kommuner: &[KommuneData]) -> Vec<Forekomst<'_>> {
    let mut out = Vec::new();
    for (kidx, k) in kommuner.iter().enumerate() {
        for rad in &k.rader {
            let (Some(plan), Some(aktivitet)) = (
                k.planer.get(rad.plan),
                k.planer
                    .get(rad.plan)
                    .and_then(|p| p.aktivitet.get(rad.aktivitet)),
            ) else {
                continue;
            };
            let base = Forekomst {
                kommune: k,
                plan,
                aktivitet,
                id: &rad.id,
                nr: 0,
                periode: None,
                omtrentlig: rad.omtrentlig,
                lopende: rad.lopende,
                uten_aar: None,
                kidx,
                orden: (rad.plan, rad.aktivitet),
            };
            if !rad.uten_aar.is_empty() {
                for (nr, p) in rad.uten_aar.iter().enumerate() {
                    out.push(Forekomst {
                        nr,
                        uten_aar: Some(*p),
                        ..base
                    });
                }
            } else if rad.perioder.is_empty() {
                out.push(base);
            } else {
                for (nr, p) in rad.perioder.iter().enumerate() {
                    out.push(Forekomst {
                        nr,
                        periode: Some(*p),
                        ..base
                    });
                }
            }
        }
    }
    // Keys are unique (municipality, row, occurrence), so the order is
    // exact; each key is made once, not at every comparison.
    out.sort_by_cached_key(|f| {
        (
            f.periode.is_none(),
            f.periode.map(|p| (p.slutt, p.start)),
            // Rows whose year is unknown after the dated ones, by day and month.
            f.uten_aar.is_none(),
            f.uten_aar.map(|p| (p.slutt, p.start)),
            f.kidx,
            f.orden,
            f.nr,
        )
    });
    out
}

/// The last day bti accepts (SPEC §1.8: years 1900–2200).
pub fn siste_dag() -> NaiveDate {
    NaiveDate::from_ymd_opt(crate::dato::MAX_AAR, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// "fre. 9. mars 2018", or "man. 5. mars 2018 – fre. 9. mars 2018" for a period.
pub fn vis_periode(m: Maalform, p: Periode) -> String {
    if p.start == p.slutt {
        m.dato(p.slutt)
    } else {
        format!("{} – {}", m.dato(p.start), m.dato(p.slutt))
    }
}

/// «15. mars (år ukjent)» (nynorsk «år ukjend»): a day whose year the source does not give.
pub fn vis_uten_aar(m: Maalform, p: Periode) -> String {
    format!(
        "{} ({})",
        crate::dato::vis_uten_aar(p),
        m.t("år ukjent", "år ukjend")
    )
}

/// "fre. 9. mars 2018", «løpende fra man. 1. jan. 2024» for an ongoing row,
/// «15. mars (år ukjent)» for a row whose year the source does not give.
pub fn vis_forekomst(m: Maalform, f: &Forekomst) -> Option<String> {
    if let Some(p) = f.uten_aar {
        return Some(vis_uten_aar(m, p));
    }
    let p = f.periode?;
    Some(if f.lopende {
        format!("{} {}", m.t("løpende fra", "løpande frå"), m.dato(p.start))
    } else {
        vis_periode(m, p)
    })
}

/// One occurrence as a calendar event (`--format ics`, and the `.ics` of
/// `bti nettside`); `None` for an undated row, and for an ongoing row, which
/// has no deadline and is never a calendar event the length of the plan.
/// One calendar event; `nokler` are the content keys of rows without an id
/// (`innholdsnokler`), so that the UID never depends on a row's position.
/// A row left as planned after its deadline says so (SPEC §3.1).
pub fn hending(
    m: Maalform,
    f: &Forekomst,
    nokler: &std::collections::HashMap<(usize, usize, usize), String>,
    i_dag: NaiveDate,
) -> Option<ics::Hending> {
    let p = f.periode.filter(|_| !f.lopende)?;
    let mut desc = Vec::new();
    let mut push = |label: &str, v: Option<&str>| {
        if let Some(v) = v.filter(|v| !v.trim().is_empty()) {
            desc.push(format!("{label}: {v}"));
        }
    };
    push(m.t("Hvem", "Kven"), f.aktivitet.hvem.as_deref());
    push("Ansvar", f.aktivitet.ansvar.as_deref());
    push(
        "Frist",
        f.aktivitet.frist.as_ref().map(|x| x.as_ref().as_str()),
    );
    push(
        m.t("Når", "Når"),
        f.aktivitet.naar.as_ref().map(|x| x.as_ref().as_str()),
    );
    push("Plan", Some(&f.plan.navn));
    push("Kommune", Some(&f.kommune.kommune.navn));
    if f.omtrentlig {
        desc.push(m.t("Omtrentlig frist", "Omtrentleg frist").into());
    }
    if f.ikke_oppdatert(i_dag) {
        desc.push(f.aktivitet.status.ikke_oppdatert_tekst(m));
    }
    Some(ics::Hending {
        uid: f.uid(
            nokler
                .get(&(f.kidx, f.orden.0, f.orden.1))
                .map_or("", String::as_str),
        ),
        start: p.start,
        slutt: p.slutt,
        summary: f.aktivitet.hva.clone(),
        description: desc.join("\n"),
    })
}

/// The calendar's name for one municipality's deadlines.
pub fn kalendernavn(m: Maalform, kommune: &str) -> String {
    format!("{} – {kommune}", m.t("BTI-frister", "BTI-fristar"))
}

pub fn status_tekst(m: Maalform, s: crate::data::model::Status) -> &'static str {
    use crate::data::model::Status::*;
    match s {
        Planlagt => "planlagt",
        Pagar => m.t("pågår", "pågår"),
        Fullfort => m.t("fullført", "fullført"),
        Avlyst => "avlyst",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Store;
    use crate::data::load::Deler;

    fn serde_and_hand(row: &Json) -> (String, String) {
        let mut hand = Vec::new();
        row.write(&mut hand);
        (
            serde_json::to_string(row).unwrap(),
            String::from_utf8(hand).unwrap(),
        )
    }

    #[test]
    fn hand_written_row_is_serde_json_byte_for_byte() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let odd = "«sitat» \"q\" \\ \n\t\u{1} æøå 👍";
        for (start, slutt, dager) in [
            (d(2018, 3, 5), d(2018, 3, 9), Some(-3)),
            (None, None, None),
            (d(10000, 1, 1), d(-1, 12, 31), Some(i64::MAX)),
        ] {
            let row = Json {
                kommune: "sirdal",
                plan: odd,
                aktivitet: "a-1",
                naar: Some(odd),
                hva: "",
                hvem: None,
                ansvar: Some("Prosjektleder"),
                frist_tekst: None,
                start,
                slutt,
                omtrentlig: dager.is_some(),
                lopende: dager.is_none(),
                aar_ukjent: dager.is_none(),
                uten_aar: dager.is_none().then(|| "--03-15".into()),
                status: "planlagt",
                dager_igjen: dager,
                ikke_oppdatert: dager.is_some(),
            };
            let (a, b) = serde_and_hand(&row);
            assert_eq!(a, b);
        }
    }

    #[test]
    fn every_embedded_row_is_written_as_serde_writes_it() {
        let store = Store::embedded(Maalform::Nb);
        let nasjonal = crate::data::Nasjonal::default();
        let kommuner: Vec<KommuneData> = store
            .alle_deler(&nasjonal, Deler::FRIST)
            .unwrap()
            .into_iter()
            .map(|l| l.data.unwrap())
            .collect();
        let i_dag = NaiveDate::from_ymd_opt(2018, 11, 1).unwrap();
        let rader = forekomster(&kommuner);
        assert!(rader.len() > 50);
        for f in &rader {
            let (a, b) = serde_and_hand(&f.json_row(i_dag));
            assert_eq!(a, b);
        }
    }
}
