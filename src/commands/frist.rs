//! `bti frist`: the occurrences of the municipalities' plan rows in a window
//! (default: today + 30 days), overdue ones, or all; as a table, JSON/TSV/CSV,
//! Markdown or an iCalendar file.

use std::io::Write;

use chrono::{Days, NaiveDate};
use serde_json::Value;

use crate::Ctx;
use crate::cli::{Format, FristArgs};
use crate::data::KommuneData;
use crate::data::model::{Aktivitet, Plan};
use crate::dato::Periode;
use crate::error::{Error, Result};
use crate::i18n::Maalform;
use crate::output::{Rapport, Tabell, ics, or_dash};
use crate::query::{self, Sok};

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

    /// The JSON element as a value (for tsv/csv, which read it back by key).
    pub fn json(&self, i_dag: NaiveDate) -> Value {
        serde_json::to_value(self.json_row(i_dag)).unwrap_or(Value::Null)
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
            status: a.status.navn(),
            dager_igjen: self.dager_igjen(i_dag),
            ikke_oppdatert: self.ikke_oppdatert(i_dag),
        }
    }

    /// SPEC §3.1 `ikke_oppdatert`: the deadline has passed while the row
    /// still says planned or ongoing (the one rule, `Status::ikke_oppdatert`).
    pub fn ikke_oppdatert(&self, i_dag: NaiveDate) -> bool {
        self.periode
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
                kidx,
                orden: (rad.plan, rad.aktivitet),
            };
            if rad.perioder.is_empty() {
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
            f.kidx,
            f.orden,
            f.nr,
        )
    });
    out
}

/// The last day bti accepts (SPEC §1.8: years 1900–2200).
fn siste_dag() -> NaiveDate {
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

/// "fre. 9. mars 2018", or «løpende fra man. 1. jan. 2024» for an ongoing row.
pub fn vis_forekomst(m: Maalform, f: &Forekomst) -> Option<String> {
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

pub fn run(ctx: &Ctx, a: &FristArgs, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    // The national files are not needed here: none of them is read.
    let nasjonal = crate::data::Nasjonal::default();
    // Not freed at exit: dropping 20 000 rows is work nobody waits for.
    let kommuner = std::mem::ManuallyDrop::new(
        ctx.kommuner_deler(&nasjonal, crate::data::load::Deler::FRIST)?,
    );
    if let Some(p) = &a.plan
        && !kommuner
            .iter()
            .any(|k| k.planer.iter().any(|x| x.id.as_ref() == p))
    {
        let ids: Vec<&str> = kommuner
            .iter()
            .flat_map(|k| k.planer.iter().map(|p| p.id.as_ref().as_str()))
            .collect();
        return Err(Error::NotFound {
            melding: format!(
                "{} «{p}» {}",
                m.t("planen", "planen"),
                m.t("finnes ikke", "finst ikkje")
            ),
            detaljer: vec![format!(
                "{}: {}",
                m.t("planer", "planar"),
                query::suggestions(p, ids.iter().copied(), 3)
                    .into_iter()
                    .chain(if ids.len() <= 12 {
                        ids.clone()
                    } else {
                        Vec::new()
                    })
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect::<Vec<_>>()
                    .join(", ")
            )],
        });
    }
    let i_dag = ctx.i_dag;
    let fra = a.fra.unwrap_or(i_dag);
    let til = match a.til {
        Some(t) => t,
        // Never past the last year bti knows (2200): no date beyond it is printed.
        None => fra
            .checked_add_days(Days::new(u64::from(a.dager)))
            .unwrap_or(NaiveDate::MAX)
            .min(siste_dag()),
    };
    if til < fra {
        // Without --fra, say what it was compared with.
        let standard = if a.fra.is_none() {
            m.t(
                " (--fra er ikke gitt, så den er i dag)",
                " (--fra er ikkje gitt, så han er i dag)",
            )
        } else {
            ""
        };
        return Err(Error::Usage(format!(
            "--til {til} {} --fra {fra}{standard}",
            m.t("er før", "er før")
        )));
    }
    let ansvar = a.ansvar.as_ref().map(|s| Sok::new(&[s]));
    let hvem = a.hvem.as_ref().map(|s| Sok::new(&[s]));
    let alle = forekomster(&kommuner);
    // The rows the text filters let through, before the date window.
    let kandidater: Vec<&Forekomst> = alle
        .iter()
        .filter(|f| a.plan.as_ref().is_none_or(|p| f.plan.id.as_ref() == p))
        .filter(|f| {
            ansvar
                .as_ref()
                .is_none_or(|s| s.matches([f.aktivitet.ansvar.as_deref().unwrap_or("")]))
        })
        .filter(|f| {
            hvem.as_ref()
                .is_none_or(|s| s.matches([f.aktivitet.hvem.as_deref().unwrap_or("")]))
        })
        .collect();
    let valgt: Vec<&Forekomst> = kandidater
        .iter()
        .copied()
        .filter(|f| {
            if a.alle {
                return true;
            }
            let Some(p) = f.periode else { return false };
            // An ongoing row is no deadline: only `--alle` lists it.
            if f.aktivitet.status.avsluttet() || f.lopende {
                return false;
            }
            if a.forfalt {
                p.slutt < i_dag
            } else {
                p.start <= til && p.slutt >= fra
            }
        })
        .collect();

    let tom = || {
        if kommuner.iter().all(|k| k.planer.is_empty()) {
            ingen_plan(m, &kommuner)
        } else {
            tom_tekst(m, a, &kandidater, fra, til, i_dag, &ctx.bti())
        }
    };
    // SPEC §3.1: an empty selection is said in every format; the table says
    // it on stdout, the others on stderr (their stdout stays valid).
    // (xlsx says it where it writes the file.)
    if valgt.is_empty() && !matches!(ctx.format(), Format::Table | Format::Xlsx) {
        let mut err = crate::output::Ut::new(std::io::stderr(), true);
        let _ = writeln!(err, "{}", tom());
    }
    if ctx.format() == Format::Ics {
        let nokler = innholdsnokler(&kommuner);
        let events: Vec<ics::Hending> = valgt
            .iter()
            .filter_map(|f| hending(m, f, &nokler, i_dag))
            .collect();
        let name = match &ctx.kommune {
            Some(_) => kalendernavn(m, kommuner.first().map_or("", |k| k.kommune.navn.as_str())),
            None => m.t("BTI-frister", "BTI-fristar").to_string(),
        };
        return ics::write(out, &events, i_dag, &name);
    }

    // JSON is streamed from the occurrences: no `Value` tree and no table
    // for 20 000 rows that nobody will see (half the time of a big query).
    if ctx.format() == Format::Json {
        return crate::output::write_json_med(out, &valgt, |f, buf| {
            f.json_row(i_dag).write(buf);
            Ok(())
        });
    }
    let want_table = matches!(ctx.format(), Format::Table | Format::Markdown);
    let all = ctx.kommune.is_none();
    let mut headers = Vec::new();
    if all {
        headers.push("Kommune");
    }
    headers.extend([
        "Frist",
        m.t("Når", "Når"),
        m.t("Hva", "Kva"),
        m.t("Hvem", "Kven"),
        "Ansvar",
    ]);
    let mut r = Rapport {
        tabell: Tabell {
            headers: headers.into_iter().map(String::from).collect(),
            rows: Vec::new(),
        },
        ..Default::default()
    };
    let mut any_approx = false;
    for f in &valgt {
        if !want_table {
            r.json.push(f.json(i_dag));
            continue;
        }
        let mut frist = match (f.periode, vis_forekomst(m, f)) {
            (Some(p), Some(vis)) if !f.lopende => {
                format!("{vis}\n{}", m.relativ((p.slutt - i_dag).num_days()))
            }
            (_, Some(vis)) => vis,
            _ => m.t("uten dato", "utan dato").to_string(),
        };
        if f.omtrentlig {
            any_approx = true;
            frist = format!("≈ {frist}");
        }
        if let Some(t) = &f.aktivitet.frist {
            frist.push_str(&format!("\n«{}»", t.as_ref()));
        }
        if f.ikke_oppdatert(i_dag) {
            frist.push_str(&format!(
                "\n[{}]",
                f.aktivitet.status.ikke_oppdatert_tekst(m)
            ));
        } else if f.aktivitet.status.avsluttet() || a.alle {
            frist.push_str(&format!("\n[{}]", status_tekst(m, f.aktivitet.status)));
        }
        let mut row = Vec::new();
        if all {
            row.push(f.kommune.id.clone());
        }
        row.extend([
            frist,
            or_dash(f.aktivitet.naar.as_ref().map(|n| n.as_ref().as_str())),
            f.aktivitet.hva.clone(),
            or_dash(f.aktivitet.hvem.as_deref()),
            or_dash(f.aktivitet.ansvar.as_deref()),
        ]);
        r.tabell.rows.push(row);
    }
    if any_approx {
        r.etter.push(
            m.t(
                "≈ omtrentlig: fristen sier «ca.» o.l., eller er fritekst og perioden er hentet fra «Når».",
                "≈ omtrentleg: fristen seier «ca.» o.l., eller er fritekst og perioden er henta frå «Når».",
            )
            .into(),
        );
    }
    if valgt.is_empty() {
        r.tom = Some(tom());
    }
    super::render(ctx, out, &r)
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

/// No municipality in the selection has a framdriftsplan: say that, not
/// "nothing between two dates".
fn ingen_plan(m: Maalform, kommuner: &[KommuneData]) -> String {
    match kommuner {
        [k] => format!(
            "{} {}.",
            k.kommune.navn,
            m.t(
                "har ingen framdriftsplan i dataene",
                "har ingen framdriftsplan i dataa"
            )
        ),
        _ => m
            .t(
                "Ingen av kommunene har en framdriftsplan i dataene.",
                "Ingen av kommunane har ein framdriftsplan i dataa.",
            )
            .to_string(),
    }
}

/// Nothing in the window: say so, and name the nearest deadlines before and
/// after it. `bti` starts a suggested command with the user's own options.
fn tom_tekst(
    m: Maalform,
    a: &FristArgs,
    kandidater: &[&Forekomst],
    fra: NaiveDate,
    til: NaiveDate,
    i_dag: NaiveDate,
    bti: &str,
) -> String {
    let mut lines = Vec::new();
    if a.alle {
        lines.push(
            m.t(
                "Ingen frister i planene som passer søket.",
                "Ingen fristar i planane som passar søket.",
            )
            .to_string(),
        );
    } else if a.forfalt {
        lines.push(format!(
            "{} {}.",
            m.t("Ingen forfalte frister per", "Ingen forfalne fristar per"),
            m.dato(i_dag)
        ));
    } else {
        lines.push(format!(
            "{} {} {} {}.",
            m.t("Ingen frister fra", "Ingen fristar frå"),
            m.dato(fra),
            m.t("til", "til"),
            m.dato(til)
        ));
    }
    let open = kandidater
        .iter()
        .filter(|f| f.frist().is_some() && !f.aktivitet.status.avsluttet());
    let before = open
        .clone()
        .filter_map(|f| Some((f.periode?.slutt, f)))
        .filter(|(d, _)| *d < fra)
        .max_by_key(|(d, _)| *d);
    let after = open
        .filter_map(|f| Some((f.periode?.slutt, f)))
        .filter(|(d, _)| *d > til)
        .min_by_key(|(d, _)| *d);
    let describe = |(d, f): (NaiveDate, &&Forekomst)| {
        format!(
            "{} ({}; {}, {})",
            m.dato(d),
            m.relativ((d - i_dag).num_days()),
            short(&f.aktivitet.hva),
            f.kommune.kommune.navn
        )
    };
    match before {
        Some(b) => lines.push(format!(
            "{} {}",
            m.t("Nærmeste tidligere frist:", "Næraste tidlegare frist:"),
            describe(b)
        )),
        None => lines.push(format!(
            "{} —",
            m.t("Nærmeste tidligere frist:", "Næraste tidlegare frist:")
        )),
    }
    match after {
        Some(b) => lines.push(format!(
            "{} {}",
            m.t("Nærmeste senere frist:", "Næraste seinare frist:"),
            describe(b)
        )),
        None => lines.push(format!(
            "{} —",
            m.t("Nærmeste senere frist:", "Næraste seinare frist:")
        )),
    }
    if let Some((d, _)) = before.or(after).filter(|_| !a.alle) {
        lines.push(format!(
            "{} «{bti} frist --alle», {} «{bti} frist --fra {}»{}",
            m.t("Vis alle med", "Vis alle med"),
            m.t("eller", "eller"),
            d.checked_sub_days(Days::new(7)).unwrap_or(d),
            if before.is_some() {
                m.t(
                    " (planene ligger i fortiden; se også --forfalt)",
                    " (planane ligg i fortida; sjå òg --forfalt)",
                )
            } else {
                ""
            }
        ));
    }
    lines.join("\n")
}

fn short(s: &str) -> String {
    let first = s.lines().next().unwrap_or(s);
    if first.chars().count() > 50 {
        format!("{}…", first.chars().take(49).collect::<String>())
    } else {
        first.to_string()
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
