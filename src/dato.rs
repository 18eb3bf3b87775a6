//! Norwegian date expressions ("Uke 10", "I løpet av mars", "7.12 + 19.12",
//! "6 måneder etter vedtak") parsed into occurrences: closed date intervals.
//!
//! Pure: no I/O, no terminal, no knowledge of the data files. The plan window
//! gives the year to dates written without one; relative deadlines ("2 uker
//! etter <id>") and "Ila mnd" are returned unresolved, because only the plan
//! resolver knows the other activities and the row's `naar`.

use std::cell::Cell;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::i18n::Maalform;

mod fraser;
pub use fraser::paaskedag;

/// One occurrence: the closed interval `[start, slutt]`. The deadline is `slutt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Periode {
    pub start: NaiveDate,
    pub slutt: NaiveDate,
}

impl Periode {
    pub fn dag(d: NaiveDate) -> Self {
        Periode { start: d, slutt: d }
    }
}

/// The unit of a relative deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eining {
    Dager,
    Uker,
    Maaneder,
    Aar,
}

impl Eining {
    /// `dato` moved forward by `antall` units (month ends are clamped: 31 Jan + 1 month = 28/29 Feb).
    pub fn legg_til(self, dato: NaiveDate, antall: u32) -> Option<NaiveDate> {
        match self {
            Eining::Dager => dato.checked_add_days(Days::new(u64::from(antall))),
            Eining::Uker => dato.checked_add_days(Days::new(u64::from(antall) * 7)),
            Eining::Maaneder => dato.checked_add_months(Months::new(antall)),
            Eining::Aar => dato.checked_add_months(Months::new(antall.checked_mul(12)?)),
        }
    }
}

/// What a date expression says, before references to other rows are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Uttrykk {
    /// One or more occurrences, fully known.
    Perioder(Vec<Periode>),
    /// "6 måneder etter <id>": the referenced activity's first deadline plus the offset.
    Relativ {
        antall: u32,
        eining: Eining,
        id: String,
        /// Char offset of the id in the expression (for error positions).
        id_pos: usize,
    },
    /// "Ila mnd", "i løpet av måneden": the month the row's `naar` gives.
    Naar,
}

/// Why an expression could not be read, and where (char offset in the input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feil {
    pub pos: usize,
    pub kind: FeilKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeilKind {
    /// Nothing we know how to read.
    Ukjent(String),
    /// A day that does not exist ("31.02"), as written.
    UgyldigDato(String),
    /// A week that does not exist in that year ("uke 54").
    UgyldigUke(u32),
    /// A date without a year where no plan window gives one.
    ManglerAar,
    /// Empty string.
    Tom,
    /// A date without a year that fits more than one year of the plan window.
    Tvetydig(Vec<i32>),
    /// A date that lies outside the plan window `[start, slutt]`.
    UtenforVindu(NaiveDate, NaiveDate),
    /// A year outside 1900–2200.
    Aar(i32),
    /// An expression longer than `MAKS_TEGN` characters (its length).
    ForLang(usize),
    /// A phrase that can be read more than one way: the readings, each a
    /// phrase that parses («jul 2024»: «juli 2024», «julen 2024»).
    Tolkninger(Vec<String>),
    /// A phrase that needs something the data does not give, and how to give
    /// it: «skolestart» without the date, «hver 14. dag» without a first day,
    /// «løpende» in a plan without `start` and `slutt`.
    Mangler(Mangel),
    /// A recurring row with more occurrences than `MAKS_FOREKOMSTER`.
    ForMange(usize),
    /// `aar_ukjent = true`, but the expression gives a year.
    AarGitt,
    /// `aar_ukjent = true`, but the expression's days depend on the year
    /// (a week number, a weekday, Easter, an ongoing or relative row).
    AvhengerAvAar,
}

/// What a phrase needs that the data does not give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mangel {
    /// «skolestart»: the date of the first school day.
    Skolestart,
    /// «hver 14. dag», «annenhver uke»: where the count starts (an example phrase).
    Start(String),
    /// «løpende», «hver mandag»: the plan window.
    Vindu,
}

/// The longest date expression read (characters). Real deadlines are a few
/// words; a longer text is a mistake or hostile, and is refused before any
/// work is done on it.
pub const MAKS_TEGN: usize = 500;

/// The most occurrences one recurring row («hver mandag») may give.
pub const MAKS_FOREKOMSTER: usize = 200;

/// A date expression as read: what it says, and how its dates are to be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesning {
    pub uttrykk: Uttrykk,
    /// `ca.`, a season or a holiday whose dates are approximate: shown as `omtrentlig`.
    pub omtrentlig: bool,
    /// «løpende», «fra 2022»: an ongoing row, not a deadline (never overdue).
    pub lopende: bool,
}

/// The years a date may have (in data and on the command line).
pub const MIN_AAR: i32 = 1900;
pub const MAX_AAR: i32 = 2200;

/// Whether a date lies in the years bti accepts (1900–2200).
pub fn aar_ok(d: NaiveDate) -> bool {
    (MIN_AAR..=MAX_AAR).contains(&d.year())
}

impl Feil {
    pub fn melding(&self, m: Maalform) -> String {
        match &self.kind {
            FeilKind::Ukjent(s) => format!(
                "{} «{s}»",
                m.t(
                    "kan ikke lese datouttrykket",
                    "kan ikkje lese datouttrykket"
                )
            ),
            FeilKind::UgyldigDato(d) => format!(
                "{} «{d}»",
                m.t("datoen finnes ikke:", "datoen finst ikkje:")
            ),
            FeilKind::UgyldigUke(u) => {
                format!("{} {u}", m.t("uka finnes ikke:", "veka finst ikkje:"))
            }
            FeilKind::ManglerAar => m
                .t(
                    "datoen mangler år, og ingen planperiode gir det (skriv f.eks. «26.10.2018»)",
                    "datoen manglar år, og ingen planperiode gir det (skriv t.d. «26.10.2018»)",
                )
                .to_string(),
            FeilKind::Tom => m.t("tomt datouttrykk", "tomt datouttrykk").to_string(),
            FeilKind::Tvetydig(aar) => format!(
                "{} ({}): {}",
                m.t(
                    "datoen passer i flere år av planperioden",
                    "datoen passar i fleire år av planperioden"
                ),
                aar.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                m.t(
                    "skriv året (f.eks. «1.3.2021»)",
                    "skriv året (t.d. «1.3.2021»)"
                )
            ),
            FeilKind::UtenforVindu(s, e) => format!(
                "{} {s} – {e}",
                m.t(
                    "datoen ligger utenfor planperioden",
                    "datoen ligg utanfor planperioden"
                )
            ),
            FeilKind::Aar(y) => format!(
                "{} {y} {} {MIN_AAR}–{MAX_AAR}",
                m.t("året", "året"),
                m.t("er utenfor", "er utanfor")
            ),
            FeilKind::ForLang(n) => format!(
                "{} ({n} {}; {} {MAKS_TEGN})",
                m.t(
                    "datouttrykket er for langt",
                    "datouttrykket er for langt"
                ),
                m.t("tegn", "teikn"),
                m.t("høyst", "høgst")
            ),
            FeilKind::Tolkninger(v) => format!(
                "{}: {}",
                m.t(
                    "uttrykket kan leses på flere måter; skriv",
                    "uttrykket kan lesast på fleire måtar; skriv"
                ),
                v.iter()
                    .map(|t| format!("«{t}»"))
                    .collect::<Vec<_>>()
                    .join(m.t(" eller ", " eller "))
            ),
            FeilKind::Mangler(Mangel::Skolestart) => m
                .t(
                    "datoen for skolestart står ikke i dataene: skriv datoen (f.eks. «19.8.2024»), eller gi den i planen med «skolestart = \"2024-08-19\"»",
                    "datoen for skulestart står ikkje i dataa: skriv datoen (t.d. «19.8.2024»), eller gi han i planen med «skolestart = \"2024-08-19\"»",
                )
                .to_string(),
            FeilKind::Mangler(Mangel::Start(eksempel)) => format!(
                "{} «{eksempel}»",
                m.t(
                    "uttrykket sier ikke når gjentakelsen begynner; skriv f.eks.",
                    "uttrykket seier ikkje når gjentakinga byrjar; skriv t.d."
                )
            ),
            FeilKind::Mangler(Mangel::Vindu) => m
                .t(
                    "uttrykket gjelder hele planperioden, men planen mangler «start» og «slutt»",
                    "uttrykket gjeld heile planperioden, men planen manglar «start» og «slutt»",
                )
                .to_string(),
            FeilKind::AarGitt => m
                .t(
                    "raden har «aar_ukjent = true», men datoen har år: fjern året, eller fjern «aar_ukjent»",
                    "rada har «aar_ukjent = true», men datoen har år: fjern året, eller fjern «aar_ukjent»",
                )
                .to_string(),
            FeilKind::AvhengerAvAar => m
                .t(
                    "med «aar_ukjent = true» kan datoen bare være dag og måned (f.eks. «15.03» eller «mars»): uke, ukedag, høytid, «løpende» og relative frister trenger året",
                    "med «aar_ukjent = true» kan datoen berre vere dag og månad (t.d. «15.03» eller «mars»): veke, vekedag, høgtid, «løpande» og relative fristar treng året",
                )
                .to_string(),
            FeilKind::ForMange(n) => format!(
                "{} {n} {} {MAKS_FOREKOMSTER}; {}",
                m.t("uttrykket gir", "uttrykket gir"),
                m.t("forekomster, høyst", "førekomstar, høgst"),
                m.t(
                    "avgrens det (f.eks. «hver mandag i mars»)",
                    "avgrens det (t.d. «kvar måndag i mars»)"
                )
            ),
        }
    }
}

/// The plan window that gives a year to dates written without one.
pub type Vindu = Option<(NaiveDate, NaiveDate)>;

/// Parse a date expression. `vindu` is the plan window (`None` where a year is required).
pub fn parse(input: &str, vindu: Vindu) -> Result<Uttrykk, Feil> {
    parse_omtrent(input, vindu).map(|(u, _)| u)
}

/// Words that make any expression approximate ("ca. uke 10", "cirka mars").
const OMTRENT: [&str; 8] = [
    "ca. ",
    "ca.",
    "ca ",
    "cirka ",
    "omkring ",
    "omtrent ",
    "omtrentleg ",
    "omtrentlig ",
];

/// As `parse`, and whether the expression's dates are approximate (`ca.`,
/// `cirka`, `omkring`, `omtrent`, a season, a holiday): they are then shown
/// as `omtrentlig`.
pub fn parse_omtrent(input: &str, vindu: Vindu) -> Result<(Uttrykk, bool), Feil> {
    les(input, vindu, None).map(|l| (l.uttrykk, l.omtrentlig))
}

/// Read a date expression (SPEC §2). `vindu` is the plan window, `skolestart`
/// the first school day when the plan gives it.
pub fn les(input: &str, vindu: Vindu, skolestart: Option<NaiveDate>) -> Result<Lesning, Feil> {
    let lead = input.chars().take_while(|c| c.is_whitespace()).count();
    // Refused before any work: the grammar is linear, but nothing real is this long.
    let len = input.chars().count();
    if len > MAKS_TEGN {
        return Err(Feil {
            pos: lead,
            kind: FeilKind::ForLang(len),
        });
    }
    let lower = input.trim().to_lowercase().replace(['–', '—'], "-");
    let s = lower.trim_end_matches('.').trim_end();
    if s.is_empty() {
        return Err(Feil {
            pos: lead,
            kind: FeilKind::Tom,
        });
    }
    let (inner, omtrent) = match strip_any(s, &OMTRENT) {
        Some(rest) if !rest.is_empty() => (rest, true),
        _ => (s, false),
    };
    let p = Parser {
        base: s,
        lead,
        vindu,
        skolestart,
        punktum: s.len() < lower.len(),
        omtrent: Cell::new(omtrent),
        lopende: Cell::new(false),
    };
    // Lower-casing may lengthen a few characters: never point past the input.
    match p.uttrykk(inner) {
        Ok(uttrykk) => Ok(Lesning {
            uttrykk,
            omtrentlig: p.omtrent.get(),
            lopende: p.lopende.get(),
        }),
        Err(mut e) => {
            e.pos = e.pos.min(len);
            Err(e)
        }
    }
}

/// The placeholder year of a date whose year the source does not give
/// (`aar_ukjent`): a leap year, so that «29.02» is a day. Never shown.
pub const AAR_UKJENT: i32 = 2000;

/// Read a date written without a year on a row with `aar_ukjent = true`
/// (issue 27 item 5). Its occurrences carry the placeholder year
/// `AAR_UKJENT`, for day and month only. A year in the expression is an
/// error (`AarGitt`); so is what needs the year to give days (a week, a
/// weekday, Easter: read in two leap years with different weekdays, their
/// days and months differ), and an ongoing or relative reading. «Ila mnd»
/// (`Uttrykk::Naar`) is returned as it is: the row's `naar` gives the days.
pub fn uten_aar(input: &str) -> Result<Lesning, Feil> {
    let feil = |kind| Feil { pos: 0, kind };
    match les(input, None, None) {
        Ok(Lesning {
            uttrykk: Uttrykk::Perioder(_),
            ..
        }) => return Err(feil(FeilKind::AarGitt)),
        Ok(
            l @ Lesning {
                uttrykk: Uttrykk::Naar,
                ..
            },
        ) => return Ok(l),
        Ok(_) => return Err(feil(FeilKind::AvhengerAvAar)),
        Err(Feil {
            kind: FeilKind::ManglerAar | FeilKind::Mangler(Mangel::Vindu),
            ..
        }) => {}
        Err(e) => return Err(e),
    }
    let i_aar = |y: i32| {
        let vindu = NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31));
        les(input, vindu, None)
    };
    let a = i_aar(AAR_UKJENT)?;
    // 2004 is a leap year whose days fall on other weekdays, and whose Easter is another day.
    let b = i_aar(AAR_UKJENT + 4)?;
    let dager = |l: &Lesning| match &l.uttrykk {
        Uttrykk::Perioder(ps) if !l.lopende => Some(
            ps.iter()
                .map(|p| (p.start.ordinal(), p.slutt.ordinal()))
                .collect::<Vec<_>>(),
        ),
        _ => None,
    };
    match (dager(&a), dager(&b)) {
        (Some(x), Some(y)) if x == y => Ok(a),
        _ => Err(feil(FeilKind::AvhengerAvAar)),
    }
}

/// «15. mars», «1. – 15. mars», «20. des. – 10. jan.»: a day (or period)
/// of a row whose year is unknown, without weekday or year.
pub fn vis_uten_aar(p: Periode) -> String {
    let dag = |d: NaiveDate| {
        format!(
            "{}. {}",
            d.day(),
            crate::i18n::MAANEDSNAVN[d.month0() as usize]
        )
    };
    if p.start == p.slutt {
        dag(p.slutt)
    } else {
        format!("{} – {}", dag(p.start), dag(p.slutt))
    }
}

/// `--03-15`, `--03-01/--03-15`: a day (or period) without a year as XML
/// Schema's gMonthDay writes it (ISO 8601's year-less form), for JSON.
pub fn iso_uten_aar(p: Periode) -> String {
    let dag = |d: NaiveDate| format!("--{:02}-{:02}", d.month(), d.day());
    if p.start == p.slutt {
        dag(p.slutt)
    } else {
        format!("{}/{}", dag(p.start), dag(p.slutt))
    }
}

/// A meeting of an arena (SPEC §1.5, issue 27 item 7). Arenas have no plan
/// window: a date without a year is its next occurrence on or after `i_dag`,
/// and a recurring meeting («første tirsdag i måneden», «hver 14. dag fra
/// 8.1.2024») gives its meetings in the year from `i_dag`.
pub fn mote(input: &str, i_dag: NaiveDate) -> Result<Lesning, Feil> {
    match les(input, None, None) {
        Err(Feil {
            kind: FeilKind::ManglerAar | FeilKind::Mangler(Mangel::Vindu),
            ..
        }) => {
            let aar = i_dag.checked_add_days(Days::new(364)).unwrap_or(i_dag);
            les(input, Some((i_dag, aar)), None)
        }
        r => r,
    }
}

/// A date given on the command line (`--i-dag`, `--fra`, `--til`,
/// `init --vedtak`): ISO `2018-11-01` or Norwegian `1.11.2018` / `01.11.2018`,
/// in the years 1900–2200.
pub fn kommandolinje(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let d = match iso(s) {
        Some(d) => d?,
        None => {
            let parts: Vec<&str> = s.split('.').collect();
            let [d, m, y] = parts.as_slice() else {
                return None;
            };
            if d.len() > 2 || m.len() > 2 || y.len() != 4 {
                return None;
            }
            NaiveDate::from_ymd_opt(year(y)?, num(m)?, num(d)?)?
        }
    };
    aar_ok(d).then_some(d)
}

struct Parser<'a> {
    base: &'a str,
    lead: usize,
    vindu: Vindu,
    skolestart: Option<NaiveDate>,
    /// The input ended in a period («jul.» is July).
    punktum: bool,
    /// Set by a reading whose dates are approximate (a season, a holiday).
    omtrent: Cell<bool>,
    /// Set by an ongoing reading («løpende», «fra 2022»).
    lopende: Cell<bool>,
}

const MAANEDER: [(&str, u32); 25] = [
    ("januar", 1),
    ("februar", 2),
    ("mars", 3),
    ("april", 4),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("desember", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
    ("des", 12),
    ("febr", 2),
];

/// A month name or abbreviation, with or without a trailing period.
pub fn maaned(word: &str) -> Option<u32> {
    let w = word.trim().trim_end_matches('.');
    MAANEDER.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
}

fn strip_any<'s>(s: &'s str, prefixes: &[&str]) -> Option<&'s str> {
    prefixes
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .map(str::trim_start)
}

fn num(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn year(s: &str) -> Option<i32> {
    let s = s.trim();
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn last_day(y: i32, m: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

fn month_period(y: i32, m: u32) -> Option<Periode> {
    Some(Periode {
        start: NaiveDate::from_ymd_opt(y, m, 1)?,
        slutt: last_day(y, m)?,
    })
}

/// Days `fra..=til` of a month (`til` past the month's end means its last day).
fn month_part(y: i32, m: u32, fra: u32, til: u32) -> Option<Periode> {
    let slutt = last_day(y, m)?;
    Some(Periode {
        start: NaiveDate::from_ymd_opt(y, m, fra)?,
        slutt: slutt.with_day(til).unwrap_or(slutt).min(slutt),
    })
}

/// Monday to Friday of ISO week `w1` of year `y` through week `w2` (of the
/// next year when `w2 < w1`, as in "uke 51-2").
fn weeks_period(y: i32, w1: u32, w2: u32) -> Option<Periode> {
    let y2 = if w2 < w1 { y.checked_add(1)? } else { y };
    Some(Periode {
        start: NaiveDate::from_isoywd_opt(y, w1, Weekday::Mon)?,
        slutt: NaiveDate::from_isoywd_opt(y2, w2, Weekday::Fri)?,
    })
}

/// The rest after a week word: "uke 10", "veke 21", "V10", "v.10", "u10".
fn week_head(s: &str) -> Option<&str> {
    for p in ["uke ", "veke ", "uka ", "veka "] {
        if let Some(r) = s.strip_prefix(p) {
            return Some(r.trim_start());
        }
    }
    for p in ["uke", "veke", "u", "v"] {
        if let Some(r) = s.strip_prefix(p) {
            let r = r.strip_prefix('.').unwrap_or(r).trim_start();
            if r.starts_with(|c: char| c.is_ascii_digit()) {
                return Some(r);
            }
        }
    }
    None
}

/// Distance in days from a period to the window (0 when they overlap).
fn distance(p: Periode, (ws, we): (NaiveDate, NaiveDate)) -> i64 {
    if p.slutt < ws {
        (ws - p.slutt).num_days()
    } else if p.start > we {
        (p.start - we).num_days()
    } else {
        0
    }
}

impl<'a> Parser<'a> {
    /// Char offset of a sub-slice of `base` in the original input.
    fn pos(&self, sub: &str) -> usize {
        let byte = (sub.as_ptr() as usize).saturating_sub(self.base.as_ptr() as usize);
        let byte = byte.min(self.base.len());
        self.lead + self.base.get(..byte).map_or(0, |b| b.chars().count())
    }

    fn err(&self, at: &str, kind: FeilKind) -> Feil {
        Feil {
            pos: self.pos(at),
            kind,
        }
    }

    fn unknown(&self, at: &str) -> Feil {
        self.err(at, FeilKind::Ukjent(at.trim().to_string()))
    }

    /// A resolved period must lie in 1900–2200 and touch the plan window.
    fn inne(&self, at: &str, p: Periode) -> Result<Periode, Feil> {
        for d in [p.start, p.slutt] {
            if !aar_ok(d) {
                return Err(self.err(at, FeilKind::Aar(d.year())));
            }
        }
        if let Some(w) = self.vindu
            && distance(p, w) > 0
        {
            return Err(self.err(at, FeilKind::UtenforVindu(w.0, w.1)));
        }
        Ok(p)
    }

    /// Pick the year that puts the period given by `make(year)` in the window:
    /// the one year whose period lies wholly inside, else the one year whose
    /// period overlaps it. Several such years: ambiguous (write the year);
    /// none: outside the window. `Ukjent` when no year makes a period at all.
    fn infer<F>(&self, at: &str, make: F) -> Result<Periode, Feil>
    where
        F: Fn(i32) -> Option<Periode>,
    {
        let Some(w) = self.vindu else {
            return Err(self.err(at, FeilKind::ManglerAar));
        };
        let mut inside = Vec::new();
        let mut overlapping = Vec::new();
        let mut any = false;
        let (from, to) = (
            w.0.year().saturating_sub(1).max(MIN_AAR - 1),
            w.1.year().saturating_add(1).min(MAX_AAR + 1),
        );
        for y in from..=to {
            let Some(p) = make(y) else { continue };
            any = true;
            if p.start >= w.0 && p.slutt <= w.1 {
                inside.push((y, p));
            } else if distance(p, w) == 0 {
                overlapping.push((y, p));
            }
        }
        let fits = if inside.is_empty() {
            overlapping
        } else {
            inside
        };
        match fits.as_slice() {
            [(_, p)] => self.inne(at, *p),
            [] if !any => Err(self.unknown(at)),
            [] => Err(self.err(at, FeilKind::UtenforVindu(w.0, w.1))),
            many => Err(self.err(
                at,
                FeilKind::Tvetydig(many.iter().map(|(y, _)| *y).collect()),
            )),
        }
    }

    fn uttrykk(&self, s: &'a str) -> Result<Uttrykk, Feil> {
        if matches!(
            s,
            "ila mnd"
                | "ila måneden"
                | "ila månaden"
                | "i løpet av måneden"
                | "i løpet av månaden"
                | "i løpet av mnd"
                | "i løpet av mnd."
        ) {
            return Ok(Uttrykk::Naar);
        }
        if let Some(rel) = self.relativ(s)? {
            return Ok(rel);
        }
        if let Some(r) = self.frase(s) {
            return r;
        }
        if let Some(rest) = strip_any(
            s,
            &[
                "innen utgangen av ",
                "innan utgangen av ",
                "innen ",
                "innan ",
                "før ",
                "senest ",
                "seinast ",
            ],
        ) {
            let ps = self.liste(rest)?;
            let slutt = ps.iter().map(|p| p.slutt).max();
            // The deadline itself must lie in the window, not only the period
            // it ends ("innen 2018" in a spring 2018 plan: 31 Dec is outside).
            return match slutt {
                Some(d) => Ok(Uttrykk::Perioder(vec![self.inne(rest, Periode::dag(d))?])),
                None => Err(self.unknown(rest)),
            };
        }
        let rest = strip_any(s, &["i løpet av ", "i løpet av", "ila ", "i "]).unwrap_or(s);
        Ok(Uttrykk::Perioder(self.liste(rest)?))
    }

    /// "6 måneder etter vedtak", "2 veker etter oppstart", "14 dagar etter x".
    fn relativ(&self, s: &'a str) -> Result<Option<Uttrykk>, Feil> {
        let words: Vec<&str> = s.split_whitespace().collect();
        if words.len() != 4 || words[2] != "etter" {
            return Ok(None);
        }
        let Some(antall) = num(words[0]) else {
            return Ok(None);
        };
        let eining = match words[1] {
            "dag" | "dager" | "dagar" | "d" => Eining::Dager,
            "uke" | "uker" | "veke" | "veker" | "u" => Eining::Uker,
            "måned" | "måneder" | "månad" | "månader" | "mnd" => Eining::Maaneder,
            "år" => Eining::Aar,
            _ => return Ok(None),
        };
        let id = words[3];
        Ok(Some(Uttrykk::Relativ {
            antall,
            eining,
            id: id.to_string(),
            id_pos: self.pos(id),
        }))
    }

    /// One or more occurrences joined by "+" or " og " (weeks also by ",").
    fn liste(&self, s: &'a str) -> Result<Vec<Periode>, Feil> {
        if let Some(rest) = week_head(s) {
            return self.weeks(s, rest);
        }
        let parts: Vec<&str> = split_list(s, false);
        if parts.len() > 1 {
            // "6.+7.11": leading bare days share the month of the last part: one occurrence.
            let (last, init) = parts.split_last().ok_or_else(|| self.unknown(s))?;
            if init.iter().all(|p| num(p.trim_end_matches('.')).is_some()) {
                let end = self.single(last)?;
                let first = num(init[0].trim_end_matches('.')).unwrap_or(0);
                let start = end
                    .start
                    .with_day(first)
                    .ok_or_else(|| self.unknown(init[0]))?;
                if start > end.slutt {
                    return Err(self.unknown(s));
                }
                let p = Periode {
                    start,
                    slutt: end.slutt,
                };
                return Ok(vec![self.inne(s, p)?]);
            }
            return parts
                .iter()
                .map(|p| self.single(p).and_then(|q| self.inne(p, q)))
                .collect();
        }
        Ok(vec![self.single(s).and_then(|p| self.inne(s, p))?])
    }

    /// Weeks after the week word: "10", "10-12", "10 og 11", "10, 11",
    /// "10 2019", "10-12 2019"; each item may repeat the word ("uke 10 og uke 11").
    fn weeks(&self, at: &'a str, rest: &'a str) -> Result<Vec<Periode>, Feil> {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let (body, explicit) = match words.as_slice() {
            [.., before, last] if year(last).is_some() && *before != "og" && *before != "+" => {
                let body = rest
                    .get(..rest.len().saturating_sub(last.len()))
                    .unwrap_or(rest)
                    .trim_end()
                    .trim_end_matches(',')
                    .trim_end();
                (body, year(last))
            }
            _ => (rest, None),
        };
        if body.is_empty() {
            return Err(self.unknown(at));
        }
        let mut out = Vec::new();
        for item in split_list(body, true) {
            let item = week_head(item).unwrap_or(item);
            let (a, b) = match item.split_once('-') {
                Some((a, b)) => (a.trim(), b.trim()),
                None => (item, item),
            };
            let w1 = num(a).ok_or_else(|| self.unknown(item))?;
            let w2 = num(b).ok_or_else(|| self.unknown(b))?;
            for (w, text) in [(w1, a), (w2, b)] {
                if w == 0 || w > 53 {
                    return Err(self.err(text, FeilKind::UgyldigUke(w)));
                }
            }
            let bad = |w: u32| {
                let text = if w == w1 { a } else { b };
                self.err(text, FeilKind::UgyldigUke(w))
            };
            // Which week made it fail: the second when the first exists.
            let failing = |y: i32| {
                if NaiveDate::from_isoywd_opt(y, w1, Weekday::Mon).is_none() {
                    w1
                } else {
                    w2
                }
            };
            let p = match explicit {
                Some(y) => weeks_period(y, w1, w2).ok_or_else(|| bad(failing(y)))?,
                None => {
                    self.infer(item, |y| weeks_period(y, w1, w2))
                        .map_err(|e| match e.kind {
                            FeilKind::Ukjent(_) => bad(if w1 == 53 { w1 } else { w2 }),
                            _ => e,
                        })?
                }
            };
            out.push(self.inne(item, p)?);
        }
        Ok(out)
    }

    /// One occurrence.
    fn single(&self, s: &'a str) -> Result<Periode, Feil> {
        self.single_med(s, true)
    }

    /// One occurrence; `range` says whether it may be a range («jan/feb»).
    /// The right side of a range is read without it, so no input makes the
    /// parser recurse more than once («1-1-1-…-2» is simply unreadable).
    fn single_med(&self, s: &'a str, range: bool) -> Result<Periode, Feil> {
        let s = s.trim();
        if s.is_empty() {
            return Err(self.unknown(s));
        }
        // ISO date.
        if let Some(d) = iso(s) {
            return d.map(Periode::dag).ok_or_else(|| self.unknown(s));
        }
        // Numeric day.month[.year] or day/month[/year].
        if let Some(r) = self.numeric(s) {
            return r;
        }
        let mut words: Vec<&str> = s.split_whitespace().collect();
        // "8.mars": the day and the month written together.
        if let Some(first) = words.first().copied()
            && let Some((d, m)) = first.split_once('.')
            && num(d).is_some()
            && maaned(m).is_some()
        {
            words.splice(0..1, [d, m]);
        }
        // Parts of a month, seasons and "starten av".
        if let Some(r) = self.month_part(s, &words) {
            return r;
        }
        if let Some(r) = self.season(s, &words) {
            return r;
        }
        if let Some(r) = self.periode_ord(s, &words) {
            return r;
        }
        // «jul 2024» is July or Christmas («jul. 2024» and «15. jul» are July).
        if let ["jul", rest @ ..] = words.as_slice()
            && rest.len() <= 1
            && !(self.punktum && rest.is_empty())
        {
            let aar = rest.first().map(|y| format!(" {y}")).unwrap_or_default();
            return Err(self.err(
                s,
                FeilKind::Tolkninger(vec![format!("juli{aar}"), format!("julen{aar}")]),
            ));
        }
        // "1. mars", "8 mars", "1. mars 2018", "6. nov".
        if words.len() >= 2
            && let Some(d) = num(words[0].trim_end_matches('.'))
            && let Some(m) = maaned(words[1])
        {
            let y = match words.get(2) {
                Some(y) => Some(year(y).ok_or_else(|| self.unknown(words[2]))?),
                None => None,
            };
            if words.len() > 3 {
                return Err(self.unknown(words[3]));
            }
            return self.day_month(s, d, m, y);
        }
        // "desember 2021", "des. 2021", "mars".
        if let Some(m) = words.first().and_then(|w| maaned(w)) {
            return match words.len() {
                1 => self.infer(s, |y| month_period(y, m)),
                2 => {
                    let y = year(words[1]).ok_or_else(|| self.unknown(words[1]))?;
                    month_period(y, m).ok_or_else(|| self.unknown(s))
                }
                _ => Err(self.unknown(words[2])),
            };
        }
        // Ranges: "jan/feb", "januar-juni", "2021-2022", "6.-7.11", "6.–7. november".
        if range && let Some(r) = self.range(s) {
            return r;
        }
        // A year on its own: the whole year.
        if let Some(y) = year(s) {
            return Ok(Periode {
                start: NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(|| self.unknown(s))?,
                slutt: NaiveDate::from_ymd_opt(y, 12, 31).ok_or_else(|| self.unknown(s))?,
            });
        }
        Err(self.unknown(s))
    }

    fn day_month(&self, at: &str, d: u32, m: u32, y: Option<i32>) -> Result<Periode, Feil> {
        let invalid = || self.err(at, FeilKind::UgyldigDato(at.trim().to_string()));
        // Validity independent of year (29.02 is valid in some year).
        if !(1..=12).contains(&m)
            || d == 0
            || d > 31
            || NaiveDate::from_ymd_opt(2000, m, d).is_none()
        {
            return Err(invalid());
        }
        match y {
            Some(y) => NaiveDate::from_ymd_opt(y, m, d)
                .map(Periode::dag)
                .ok_or_else(invalid),
            // "29.02" in a window with no leap day: outside the window.
            None => self
                .infer(at, |y| NaiveDate::from_ymd_opt(y, m, d).map(Periode::dag))
                .map_err(|e| match (e.kind, self.vindu) {
                    (FeilKind::Ukjent(_), Some(w)) => {
                        self.err(at, FeilKind::UtenforVindu(w.0, w.1))
                    }
                    (kind, _) => Feil { pos: e.pos, kind },
                }),
        }
    }

    fn numeric(&self, s: &'a str) -> Option<Result<Periode, Feil>> {
        let sep = if s.contains('/') { '/' } else { '.' };
        let parts: Vec<&str> = s.split(sep).collect();
        if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| num(p).is_none()) {
            return None;
        }
        let d = num(parts[0])?;
        let m = num(parts[1])?;
        let y = match parts.get(2) {
            Some(p) if p.len() == 4 => Some(p.parse::<i32>().ok()?),
            Some(p) if p.len() == 2 => Some(2000 + p.parse::<i32>().ok()?),
            Some(_) => return Some(Err(self.unknown(s))),
            None => None,
        };
        Some(self.day_month(s, d, m, y))
    }

    /// "starten av mars", "primo mars" (1–10), "midten av mars", "medio mars"
    /// (11–20), "slutten av mars", "ultimo mars" (21 to the end), with an
    /// optional year.
    fn month_part(&self, at: &str, words: &[&'a str]) -> Option<Result<Periode, Feil>> {
        let ((fra, til), rest): ((u32, u32), &[&str]) = match words {
            [
                "starten" | "starte" | "begynnelsen" | "byrjinga" | "byrjinge",
                "av",
                rest @ ..,
            ]
            | ["primo", rest @ ..] => ((1, 10), rest),
            ["midten" | "midt", "av" | "i", rest @ ..] | ["medio", rest @ ..] => ((11, 20), rest),
            ["slutten" | "slutet" | "enden", "av", rest @ ..] | ["ultimo", rest @ ..] => {
                ((21, 31), rest)
            }
            _ => return None,
        };
        let (m, rest) = match rest {
            [m, rest @ ..] => (maaned(m)?, rest),
            [] => return None,
        };
        let make = move |y: i32| month_part(y, m, fra, til);
        Some(match rest {
            [] => self.infer(at, make),
            [y] => year(y).and_then(make).ok_or_else(|| self.unknown(y)),
            [_, extra, ..] => Err(self.unknown(extra)),
        })
    }

    fn season(&self, at: &str, words: &[&'a str]) -> Option<Result<Periode, Feil>> {
        let (make, rest): (Lag, &[&str]) = match words {
            ["våren" | "vår" | "våre", rest @ ..] => (
                |y| {
                    Some(Periode {
                        start: NaiveDate::from_ymd_opt(y, 1, 1)?,
                        slutt: NaiveDate::from_ymd_opt(y, 6, 30)?,
                    })
                },
                rest,
            ),
            ["høsten" | "høst" | "hausten" | "haust", rest @ ..] => (
                |y| {
                    Some(Periode {
                        start: NaiveDate::from_ymd_opt(y, 8, 1)?,
                        slutt: NaiveDate::from_ymd_opt(y, 12, 31)?,
                    })
                },
                rest,
            ),
            [
                "starten" | "starte" | "byrjinga" | "begynnelsen" | "byrjinge",
                "av",
                rest @ ..,
            ]
            | ["tidlig" | "tidleg", rest @ ..] => (
                |y| {
                    Some(Periode {
                        start: NaiveDate::from_ymd_opt(y, 1, 1)?,
                        slutt: NaiveDate::from_ymd_opt(y, 3, 31)?,
                    })
                },
                rest,
            ),
            _ => return None,
        };
        Some(match rest {
            [] => self.infer(at, make),
            [y] => year(y).and_then(make).ok_or_else(|| self.unknown(y)),
            [_, extra, ..] => Err(self.unknown(extra)),
        })
    }

    fn range(&self, s: &'a str) -> Option<Result<Periode, Feil>> {
        let (a, b) = s.split_once('/').or_else(|| s.split_once('-'))?;
        let (a, b) = (a.trim(), b.trim());
        // "2021-2022"
        if let (Some(y1), Some(y2)) = (year(a), year(b)) {
            return Some(if y1 <= y2 {
                match (
                    NaiveDate::from_ymd_opt(y1, 1, 1),
                    NaiveDate::from_ymd_opt(y2, 12, 31),
                ) {
                    (Some(start), Some(slutt)) => Ok(Periode { start, slutt }),
                    _ => Err(self.unknown(s)),
                }
            } else {
                Err(self.unknown(s))
            });
        }
        // "6.-7.11", "6.–7. november": a day range within the month of the right side.
        if let Some(d1) = num(a.trim_end_matches('.')) {
            return Some(self.single_med(b, false).and_then(|end| {
                let start = end.start.with_day(d1).ok_or_else(|| self.unknown(a))?;
                if start > end.slutt {
                    return Err(self.unknown(s));
                }
                Ok(Periode {
                    start,
                    slutt: end.slutt,
                })
            }));
        }
        // "jan/feb", "januar-juni", "januar-juni 2018"
        let m1 = maaned(a)?;
        let bw: Vec<&str> = b.split_whitespace().collect();
        let m2 = maaned(bw.first()?)?;
        let explicit = match bw.get(1) {
            Some(y) => match year(y) {
                Some(y) => Some(y),
                None => return Some(Err(self.unknown(y))),
            },
            None => None,
        };
        let make = move |y: i32| {
            let y2 = if m2 < m1 { y + 1 } else { y };
            Some(Periode {
                start: NaiveDate::from_ymd_opt(y, m1, 1)?,
                slutt: last_day(y2, m2)?,
            })
        };
        Some(match explicit {
            Some(y) => {
                let y1 = if m2 < m1 { y - 1 } else { y };
                make(y1).ok_or_else(|| self.unknown(s))
            }
            None => self.infer(s, make),
        })
    }
}

/// Builds the period for a given year.
type Lag = fn(i32) -> Option<Periode>;

/// Split "7.12 + 19.12", "7.12 og 19.12", "6.+7.11" (and with `comma`,
/// "10, 11") into parts: sub-slices of `s`, so error positions stay exact.
fn split_list(s: &str, comma: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let seps: &[char] = if comma { &['+', ','] } else { &['+'] };
    for plus in s.split(seps) {
        let mut rest = plus;
        while let Some(i) = rest.find(" og ") {
            out.push(rest[..i].trim());
            rest = &rest[i + 4..];
        }
        out.push(rest.trim());
    }
    out
}

/// `YYYY-MM-DD`: `Some(None)` when it has the shape but is not a real day.
fn iso(s: &str) -> Option<Option<NaiveDate>> {
    let b = s.as_bytes();
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    } else {
        None
    }
}

/// A duration ("14 dager", "2 uker", "4 veker", "6 månader") for deadlines
/// counted from the day a walkthrough starts.
pub fn varighet(s: &str) -> Option<(u32, Eining)> {
    let lower = s.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let [n, unit] = words.as_slice() else {
        return None;
    };
    let antall = num(n)?;
    let eining = match *unit {
        "dag" | "dager" | "dagar" => Eining::Dager,
        "uke" | "uker" | "veke" | "veker" => Eining::Uker,
        "måned" | "måneder" | "månad" | "månader" | "mnd" => Eining::Maaneder,
        _ => return None,
    };
    Some((antall, eining))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn p(a: NaiveDate, b: NaiveDate) -> Periode {
        Periode { start: a, slutt: b }
    }
    fn v18() -> Vindu {
        Some((d(2018, 1, 1), d(2018, 6, 30)))
    }
    fn v1819() -> Vindu {
        Some((d(2018, 8, 1), d(2019, 6, 30)))
    }
    fn per(s: &str, v: Vindu) -> Vec<Periode> {
        match parse(s, v) {
            Ok(Uttrykk::Perioder(ps)) => ps,
            other => panic!("{s:?}: {other:?}"),
        }
    }
    fn one(s: &str, v: Vindu) -> Periode {
        let ps = per(s, v);
        assert_eq!(ps.len(), 1, "{s}");
        ps[0]
    }

    #[test]
    fn single_days() {
        for s in [
            "2018-03-01",
            "1.3.2018",
            "01.03.2018",
            "1/3",
            "1. mars",
            "1. mars 2018",
        ] {
            assert_eq!(one(s, v18()), Periode::dag(d(2018, 3, 1)), "{s}");
        }
        assert_eq!(one("31.08", v1819()), Periode::dag(d(2018, 8, 31)));
        assert_eq!(one("26.10", v1819()), Periode::dag(d(2018, 10, 26)));
        assert_eq!(one("23.01", v1819()), Periode::dag(d(2019, 1, 23)));
        assert_eq!(one("6/4", v18()), Periode::dag(d(2018, 4, 6)));
        assert_eq!(one("  6/4. ", v18()), Periode::dag(d(2018, 4, 6)));
    }

    #[test]
    fn day_ranges_are_one_occurrence() {
        let want = p(d(2018, 11, 6), d(2018, 11, 7));
        for s in ["6.+7.11", "6.-7.11", "6.–7. november", "6.-7. nov."] {
            assert_eq!(one(s, v1819()), want, "{s}");
        }
    }

    #[test]
    fn lists_are_several_occurrences() {
        let want = vec![Periode::dag(d(2018, 12, 7)), Periode::dag(d(2018, 12, 19))];
        assert_eq!(per("7.12 + 19.12", v1819()), want);
        assert_eq!(per("7.12 og 19.12", v1819()), want);
    }

    #[test]
    fn weeks_are_monday_to_friday() {
        assert_eq!(one("Uke 10", v18()), p(d(2018, 3, 5), d(2018, 3, 9)));
        assert_eq!(one("uke 15", v18()), p(d(2018, 4, 9), d(2018, 4, 13)));
        assert_eq!(one("veke 21", v18()), p(d(2018, 5, 21), d(2018, 5, 25)));
        assert_eq!(one("Uke 10 2019", None), p(d(2019, 3, 4), d(2019, 3, 8)));
        // ISO week 1 of 2019 starts in 2018; week 53 exists in 2020 only.
        assert_eq!(one("uke 1 2019", None), p(d(2018, 12, 31), d(2019, 1, 4)));
        assert_eq!(one("uke 53 2020", None), p(d(2020, 12, 28), d(2021, 1, 1)));
        assert!(matches!(
            parse("uke 53 2019", None),
            Err(Feil {
                kind: FeilKind::UgyldigUke(53),
                ..
            })
        ));
        assert_eq!(
            parse("uke 54", v18()),
            Err(Feil {
                pos: 4,
                kind: FeilKind::UgyldigUke(54)
            })
        );
    }

    #[test]
    fn months() {
        let mars = p(d(2018, 3, 1), d(2018, 3, 31));
        for s in [
            "mars",
            "MARS",
            "i mars",
            "I løpet av mars",
            "ila mars",
            "mar.",
        ] {
            assert_eq!(one(s, v18()), mars, "{s}");
        }
        assert_eq!(
            one("i løpet av februar", v18()),
            p(d(2018, 2, 1), d(2018, 2, 28))
        );
        assert_eq!(
            one("desember 2021", None),
            p(d(2021, 12, 1), d(2021, 12, 31))
        );
        assert_eq!(one("des. 2021", None), p(d(2021, 12, 1), d(2021, 12, 31)));
        assert_eq!(one("januar", v1819()), p(d(2019, 1, 1), d(2019, 1, 31)));
    }

    #[test]
    fn deadlines_are_one_day() {
        assert_eq!(
            one("Innen utgangen av mars", v18()),
            Periode::dag(d(2018, 3, 31))
        );
        assert_eq!(
            one("innan utgangen av mars", v18()),
            Periode::dag(d(2018, 3, 31))
        );
        assert_eq!(one("innen 1. mars", v18()), Periode::dag(d(2018, 3, 1)));
        assert_eq!(one("før 1. mars", v18()), Periode::dag(d(2018, 3, 1)));
    }

    #[test]
    fn month_ranges() {
        assert_eq!(one("JAN/FEB", v18()), p(d(2018, 1, 1), d(2018, 2, 28)));
        assert_eq!(one("FEB/MARS", v18()), p(d(2018, 2, 1), d(2018, 3, 31)));
        assert_eq!(one("januar–juni", v18()), p(d(2018, 1, 1), d(2018, 6, 30)));
        assert_eq!(one("nov/jan", v1819()), p(d(2018, 11, 1), d(2019, 1, 31)));
    }

    #[test]
    fn seasons_and_years() {
        assert_eq!(one("våren 2021", None), p(d(2021, 1, 1), d(2021, 6, 30)));
        assert_eq!(one("vår 2021", None), p(d(2021, 1, 1), d(2021, 6, 30)));
        assert_eq!(one("høsten 2021", None), p(d(2021, 8, 1), d(2021, 12, 31)));
        assert_eq!(one("hausten 2021", None), p(d(2021, 8, 1), d(2021, 12, 31)));
        assert_eq!(
            one("starten av 2022", None),
            p(d(2022, 1, 1), d(2022, 3, 31))
        );
        assert_eq!(one("tidlig 2022", None), p(d(2022, 1, 1), d(2022, 3, 31)));
        assert_eq!(one("2021-2022", None), p(d(2021, 1, 1), d(2022, 12, 31)));
        assert_eq!(one("2021–2022", None), p(d(2021, 1, 1), d(2022, 12, 31)));
        assert_eq!(one("2023", None), p(d(2023, 1, 1), d(2023, 12, 31)));
    }

    #[test]
    fn naar_and_relative() {
        assert_eq!(parse("Ila mnd", v18()), Ok(Uttrykk::Naar));
        assert_eq!(parse("i løpet av måneden", v18()), Ok(Uttrykk::Naar));
        for (s, eining) in [
            ("6 måneder etter vedtak", Eining::Maaneder),
            ("6 månader etter vedtak", Eining::Maaneder),
            ("2 uker etter vedtak", Eining::Uker),
            ("2 veker etter vedtak", Eining::Uker),
            ("14 dager etter vedtak", Eining::Dager),
            ("14 dagar etter vedtak", Eining::Dager),
        ] {
            match parse(s, None) {
                Ok(Uttrykk::Relativ {
                    eining: e,
                    id,
                    id_pos,
                    ..
                }) => {
                    assert_eq!(e, eining);
                    assert_eq!(id, "vedtak");
                    assert_eq!(&s[s.len() - 6..], "vedtak");
                    assert_eq!(id_pos, s.chars().count() - 6);
                }
                other => panic!("{s}: {other:?}"),
            }
        }
    }

    #[test]
    fn invalid_dates_are_errors_with_positions() {
        assert_eq!(
            parse("31.02", v18()),
            Err(Feil {
                pos: 0,
                kind: FeilKind::UgyldigDato("31.02".into())
            })
        );
        assert_eq!(parse("  31.02", v18()).map_err(|e| e.pos), Err(2));
        assert!(matches!(
            parse("26.10", None),
            Err(Feil {
                kind: FeilKind::ManglerAar,
                ..
            })
        ));
        assert!(matches!(
            parse("", v18()),
            Err(Feil {
                kind: FeilKind::Tom,
                ..
            })
        ));
        assert!(matches!(
            parse("Før opprettelse av første stafettlogg", v18()),
            Err(Feil {
                kind: FeilKind::Ukjent(_),
                ..
            })
        ));
        assert_eq!(parse("7.12 + 32.12", v1819()).map_err(|e| e.pos), Err(7));
    }

    #[test]
    fn relative_units_add() {
        assert_eq!(
            Eining::Maaneder.legg_til(d(2023, 8, 31), 6),
            Some(d(2024, 2, 29))
        );
        assert_eq!(
            Eining::Uker.legg_til(d(2023, 1, 1), 2),
            Some(d(2023, 1, 15))
        );
    }

    fn omtrent(s: &str, v: Vindu) -> (Vec<Periode>, bool) {
        match parse_omtrent(s, v) {
            Ok((Uttrykk::Perioder(ps), o)) => (ps, o),
            other => panic!("{s:?}: {other:?}"),
        }
    }
    fn kind(s: &str, v: Vindu) -> FeilKind {
        match parse(s, v) {
            Err(e) => e.kind,
            ok => panic!("{s:?} should fail: {ok:?}"),
        }
    }
    fn v2020_2022() -> Vindu {
        Some((d(2020, 1, 1), d(2022, 12, 31)))
    }

    // SPEC §2, new rows: each in bokmål and nynorsk where the forms differ.

    #[test]
    fn year_unknown_keeps_day_and_month_and_refuses_what_needs_a_year() {
        let dager = |s: &str| match uten_aar(s).unwrap().uttrykk {
            Uttrykk::Perioder(ps) => ps.iter().map(|p| iso_uten_aar(*p)).collect::<Vec<_>>(),
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(dager("15.03"), ["--03-15"]);
        assert_eq!(dager("29.02"), ["--02-29"]);
        assert_eq!(dager("1.-3. juni"), ["--06-01/--06-03"]);
        assert_eq!(dager("mars"), ["--03-01/--03-31"]);
        assert_eq!(uten_aar("ila mnd").unwrap().uttrykk, Uttrykk::Naar);
        for (s, kind) in [
            ("15.03.2024", FeilKind::AarGitt),
            ("mars 2024", FeilKind::AarGitt),
            ("uke 10", FeilKind::AvhengerAvAar),
            ("påske", FeilKind::AvhengerAvAar),
            ("hver mandag", FeilKind::AvhengerAvAar),
            ("løpende", FeilKind::AvhengerAvAar),
            ("2 uker etter x", FeilKind::AvhengerAvAar),
        ] {
            assert_eq!(uten_aar(s).unwrap_err().kind, kind, "{s}");
        }
        let p = Periode::dag(d(AAR_UKJENT, 3, 15));
        assert_eq!(vis_uten_aar(p), "15. mars");
    }

    #[test]
    fn week_ranges() {
        let want = p(d(2018, 3, 5), d(2018, 3, 23));
        for s in [
            "uke 10-12",
            "uke 10–12",
            "veke 10-12",
            "Uke 10 - 12",
            "v10-12",
        ] {
            assert_eq!(one(s, v18()), want, "{s}");
        }
        assert_eq!(
            one("uke 10-12 2019", None),
            p(d(2019, 3, 4), d(2019, 3, 22))
        );
        // Across the new year.
        assert_eq!(one("uke 51-2", v1819()), p(d(2018, 12, 17), d(2019, 1, 11)));
        assert_eq!(kind("uke 10-54", v18()), FeilKind::UgyldigUke(54));
        assert_eq!(parse("uke 10-54", v18()).map_err(|e| e.pos), Err(7));
    }

    #[test]
    fn week_lists() {
        let want = vec![
            p(d(2018, 3, 5), d(2018, 3, 9)),
            p(d(2018, 3, 12), d(2018, 3, 16)),
        ];
        for s in [
            "uke 10 og 11",
            "uke 10, 11",
            "veke 10 og 11",
            "veke 10, 11",
            "uke 10 og uke 11",
            "uke 10 + 11",
        ] {
            assert_eq!(per(s, v18()), want, "{s}");
        }
        assert_eq!(parse("uke 10 og x", v18()).map_err(|e| e.pos), Err(10));
    }

    #[test]
    fn week_short_forms() {
        let uke10 = p(d(2018, 3, 5), d(2018, 3, 9));
        for s in [
            "V10",
            "v.10",
            "v. 10",
            "u10",
            "U.10",
            "uke10",
            "i uke 10",
            "i veke 10",
            "I uke 10",
        ] {
            assert_eq!(one(s, v18()), uke10, "{s}");
        }
        for s in [
            "innen uke 10",
            "innan veke 10",
            "senest uke 10",
            "seinast veke 10",
        ] {
            assert_eq!(one(s, v18()), Periode::dag(d(2018, 3, 9)), "{s}");
        }
        assert_eq!(one("V10 2019", None), p(d(2019, 3, 4), d(2019, 3, 8)));
        // A word that merely begins with v or u is no week.
        assert_eq!(one("våren 2021", None), p(d(2021, 1, 1), d(2021, 6, 30)));
    }

    #[test]
    fn day_and_month_name() {
        let want = Periode::dag(d(2018, 3, 8));
        for s in [
            "8. mars",
            "8.mars",
            "8 mars",
            "8 MARS",
            "8.mar.",
            "8. mars 2018",
            "8.mars 2018",
            "8 mars 2018",
        ] {
            assert_eq!(one(s, v18()), want, "{s}");
        }
        assert_eq!(one("8. mars 2024", None), Periode::dag(d(2024, 3, 8)));
        assert_eq!(
            kind("31.februar", v18()),
            FeilKind::UgyldigDato("31.februar".into())
        );
    }

    #[test]
    fn parts_of_a_month() {
        let tidlig = p(d(2018, 3, 1), d(2018, 3, 10));
        for s in [
            "starten av mars",
            "begynnelsen av mars",
            "primo mars",
            "byrjinga av mars",
            "i starten av mars",
            "Primo mars",
        ] {
            assert_eq!(one(s, v18()), tidlig, "{s}");
        }
        let midt = p(d(2018, 3, 11), d(2018, 3, 20));
        for s in ["midten av mars", "medio mars", "i midten av mars"] {
            assert_eq!(one(s, v18()), midt, "{s}");
        }
        let sein = p(d(2018, 3, 21), d(2018, 3, 31));
        for s in [
            "slutten av mars",
            "ultimo mars",
            "i slutten av mars",
            "enden av mars",
        ] {
            assert_eq!(one(s, v18()), sein, "{s}");
        }
        assert_eq!(
            one("ultimo februar", v18()),
            p(d(2018, 2, 21), d(2018, 2, 28))
        );
        assert_eq!(
            one("slutten av februar 2024", None),
            p(d(2024, 2, 21), d(2024, 2, 29))
        );
        assert_eq!(
            one("medio april 2019", None),
            p(d(2019, 4, 11), d(2019, 4, 20))
        );
        // "starten av 2022" is still the first quarter.
        assert_eq!(
            one("starten av 2022", None),
            p(d(2022, 1, 1), d(2022, 3, 31))
        );
    }

    #[test]
    fn approximate() {
        let uke10 = p(d(2018, 3, 5), d(2018, 3, 9));
        for s in [
            "ca. uke 10",
            "Ca. uke 10",
            "ca uke 10",
            "cirka uke 10",
            "omkring uke 10",
            "omtrent uke 10",
            "ca.uke 10",
        ] {
            assert_eq!(omtrent(s, v18()), (vec![uke10], true), "{s}");
        }
        assert_eq!(
            omtrent("cirka mars", v18()),
            (vec![p(d(2018, 3, 1), d(2018, 3, 31))], true)
        );
        assert_eq!(
            omtrent("omkring 1.3", v18()),
            (vec![Periode::dag(d(2018, 3, 1))], true)
        );
        assert_eq!(omtrent("uke 10", v18()), (vec![uke10], false));
        assert!(matches!(
            parse_omtrent("ca. 2 uker etter vedtak", None),
            Ok((Uttrykk::Relativ { .. }, true))
        ));
        // The position of an error inside stays exact.
        assert_eq!(parse("ca. 31.02", v18()).map_err(|e| e.pos), Err(4));
        assert!(matches!(kind("ca.", v18()), FeilKind::Ukjent(_)));
    }

    #[test]
    fn senest_and_seinast() {
        for s in [
            "senest 1. mars",
            "seinast 1. mars",
            "innen 1. mars",
            "senest 1.3",
        ] {
            assert_eq!(one(s, v18()), Periode::dag(d(2018, 3, 1)), "{s}");
        }
    }

    // SPEC §1.8: the plan window.

    #[test]
    fn leap_day_outside_window_is_an_error() {
        // Old code: 2024-02-29, outside the window, no warning.
        let v2023 = Some((d(2023, 1, 1), d(2023, 12, 31)));
        assert_eq!(
            kind("29.02", v2023),
            FeilKind::UtenforVindu(d(2023, 1, 1), d(2023, 12, 31))
        );
        let v2627 = Some((d(2026, 8, 1), d(2027, 7, 31)));
        assert!(matches!(kind("29.02", v2627), FeilKind::UtenforVindu(..)));
        let v2324 = Some((d(2023, 8, 1), d(2024, 7, 31)));
        assert_eq!(one("29.02", v2324), Periode::dag(d(2024, 2, 29)));
    }

    #[test]
    fn yearless_dates_fitting_several_years_are_ambiguous() {
        // Old code: silently the 2020 date.
        for s in ["1/3", "Uke 10", "mars", "slutten av mars", "1. mars"] {
            assert_eq!(
                kind(s, v2020_2022()),
                FeilKind::Tvetydig(vec![2020, 2021, 2022]),
                "{s}"
            );
        }
        assert_eq!(one("1.3.2021", v2020_2022()), Periode::dag(d(2021, 3, 1)));
        let msg = parse("1/3", v2020_2022()).unwrap_err();
        assert!(msg.melding(Maalform::Nb).contains("skriv året"), "{msg:?}");
        assert!(msg.melding(Maalform::Nn).contains("fleire år"), "{msg:?}");
    }

    #[test]
    fn one_day_window() {
        // Old code: 2020-01-02.
        let v = Some((d(2020, 1, 1), d(2020, 1, 1)));
        assert!(matches!(kind("2/1", v), FeilKind::UtenforVindu(..)));
        assert_eq!(one("1/1", v), Periode::dag(d(2020, 1, 1)));
    }

    #[test]
    fn explicit_dates_outside_the_window_are_errors() {
        assert!(matches!(
            kind("1.3.2019", v18()),
            FeilKind::UtenforVindu(..)
        ));
        assert!(matches!(
            kind("høsten 2018", v18()),
            FeilKind::UtenforVindu(..)
        ));
        assert_eq!(
            parse("7.12 + 19.12.2019", v1819()).map_err(|e| e.pos),
            Err(7)
        );
        // A period that overlaps the window is inside.
        assert_eq!(
            one("uke 1", Some((d(2019, 1, 1), d(2019, 6, 30)))),
            p(d(2018, 12, 31), d(2019, 1, 4))
        );
    }

    #[test]
    fn a_deadline_outside_the_window_is_an_error() {
        // Found by the fuzzer: the year overlaps the window, its last day does not.
        for s in [
            "før 2018",
            "innen 2018",
            "senest høsten 2018",
            "innen utgangen av 2018",
        ] {
            assert!(matches!(kind(s, v18()), FeilKind::UtenforVindu(..)), "{s}");
        }
        assert_eq!(
            one("innen 2018", Some((d(2018, 1, 1), d(2018, 12, 31)))),
            Periode::dag(d(2018, 12, 31))
        );
    }

    #[test]
    fn years_outside_1900_2200_are_errors() {
        for s in [
            "1.1.9999",
            "9999-12-31",
            "0001-01-01",
            "uke 10 9999",
            "mars 1899",
            "desember 2201",
            "2199-2201",
            "1.1.1899",
        ] {
            assert!(
                matches!(kind(s, None), FeilKind::Aar(_)),
                "{s}: {:?}",
                parse(s, None)
            );
        }
        assert_eq!(one("1.1.1900", None), Periode::dag(d(1900, 1, 1)));
        assert_eq!(one("31.12.2200", None), Periode::dag(d(2200, 12, 31)));
        assert!(
            parse("9999", None)
                .unwrap_err()
                .melding(Maalform::Nn)
                .contains("utanfor 1900–2200")
        );
    }

    #[test]
    fn command_line_dates() {
        for s in ["2018-11-01", "1.11.2018", "01.11.2018", " 1.11.2018 "] {
            assert_eq!(kommandolinje(s), Some(d(2018, 11, 1)), "{s}");
        }
        for s in [
            "+10000-01-01",
            "-0001-01-01",
            "9999-12-31",
            "1.11.18",
            "1.11",
            "31.02.2018",
            "2018-02-30",
            "1.11.2018.",
            "",
            "1899-12-31",
            "2201-01-01",
            "x",
        ] {
            assert_eq!(kommandolinje(s), None, "{s}");
        }
    }

    #[test]
    fn error_messages_in_both_forms() {
        for k in [
            FeilKind::Tvetydig(vec![2020, 2021]),
            FeilKind::UtenforVindu(d(2023, 1, 1), d(2023, 12, 31)),
            FeilKind::Aar(9999),
        ] {
            let e = Feil { pos: 0, kind: k };
            assert_ne!(e.melding(Maalform::Nb), e.melding(Maalform::Nn));
        }
    }

    fn sound(ps: &[Periode]) -> Result<(), proptest::test_runner::TestCaseError> {
        for p in ps {
            proptest::prop_assert!(p.start <= p.slutt, "{p:?}");
            proptest::prop_assert!(aar_ok(p.start) && aar_ok(p.slutt), "{p:?}");
        }
        Ok(())
    }

    fn any_window() -> impl proptest::strategy::Strategy<Value = Vindu> {
        use proptest::prelude::*;
        prop_oneof![
            Just(None),
            (1900i32..=2200, 0u32..365, 0u64..1200).prop_map(|(y, o, len)| {
                let s =
                    NaiveDate::from_ymd_opt(y, 1, 1)?.checked_add_days(Days::new(u64::from(o)))?;
                Some((s, s.checked_add_days(Days::new(len))?))
            }),
        ]
    }

    /// Words of the grammar, glued together at random.
    fn grammar_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = prop_oneof![
            Just("uke".to_string()),
            Just("veke".to_string()),
            Just("v".to_string()),
            Just("u".to_string()),
            Just("mars".to_string()),
            Just("feb".to_string()),
            Just("des.".to_string()),
            Just("og".to_string()),
            Just("+".to_string()),
            Just(",".to_string()),
            Just("-".to_string()),
            Just("/".to_string()),
            Just(".".to_string()),
            Just("ca.".to_string()),
            Just("cirka".to_string()),
            Just("innen".to_string()),
            Just("senest".to_string()),
            Just("i".to_string()),
            Just("starten av".to_string()),
            Just("midten av".to_string()),
            Just("slutten av".to_string()),
            Just("primo".to_string()),
            Just("medio".to_string()),
            Just("ultimo".to_string()),
            Just("høsten".to_string()),
            Just("våren".to_string()),
            Just("etter".to_string()),
            Just("uker".to_string()),
            (0u32..60).prop_map(|n| n.to_string()),
            (1890i32..2210).prop_map(|n| n.to_string()),
            (0i32..10000).prop_map(|n| n.to_string()),
        ];
        proptest::collection::vec((word, prop_oneof![Just(" "), Just(""), Just(".")]), 1..7)
            .prop_map(|ws| ws.into_iter().map(|(w, sep)| format!("{w}{sep}")).collect())
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_start_le_slutt(s in "\\PC{0,40}", v in any_window()) {
            match parse(&s, v) {
                Ok(Uttrykk::Perioder(ps)) => sound(&ps)?,
                Err(e) => proptest::prop_assert!(e.pos <= s.chars().count()),
                _ => {}
            }
        }
        #[test]
        fn grammar_words_are_sound(s in grammar_text(), v in any_window()) {
            match parse_omtrent(&s, v) {
                Ok((Uttrykk::Perioder(ps), _)) => {
                    sound(&ps)?;
                    if let Some((ws, we)) = v {
                        for p in &ps {
                            proptest::prop_assert!(p.slutt >= ws && p.start <= we, "{s:?} {p:?} {v:?}");
                        }
                    }
                }
                Err(e) => proptest::prop_assert!(e.pos <= s.chars().count()),
                _ => {}
            }
        }
        #[test]
        fn shaped_inputs_are_sound(d in 0u32..40, m in 0u32..14, w in 0u32..60, y in 1800i32..10000, v in any_window()) {
            for s in [format!("{d}.{m}"), format!("{d}.{m}.{y}"), format!("uke {w} {y}"),
                      format!("{d}.+{m}.11"), format!("{d}/{m}"), format!("{d}.-{m}. mars"),
                      format!("uke {w}-{d}"), format!("v{w} og {m}"), format!("{d}.mars {y}"),
                      format!("ultimo mars {y}"), format!("ca. {d}.{m}"), format!("uke {w}")] {
                if let Ok(Uttrykk::Perioder(ps)) = parse(&s, v) { sound(&ps)?; }
            }
        }
        #[test]
        fn command_line_dates_in_range(s in "[0-9+.-]{0,12}") {
            if let Some(d) = kommandolinje(&s) { proptest::prop_assert!(aar_ok(d)); }
        }
    }
}
