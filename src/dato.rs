//! Norwegian date expressions ("Uke 10", "I løpet av mars", "7.12 + 19.12",
//! "6 måneder etter vedtak") parsed into occurrences: closed date intervals.
//!
//! Pure: no I/O, no terminal, no knowledge of the data files. The plan window
//! gives the year to dates written without one; relative deadlines ("2 uker
//! etter <id>") and "Ila mnd" are returned unresolved, because only the plan
//! resolver knows the other activities and the row's `naar`.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::i18n::Maalform;

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
        }
    }
}

/// The plan window that gives a year to dates written without one.
pub type Vindu = Option<(NaiveDate, NaiveDate)>;

/// Parse a date expression. `vindu` is the plan window (`None` where a year is required).
pub fn parse(input: &str, vindu: Vindu) -> Result<Uttrykk, Feil> {
    let lead = input.chars().take_while(|c| c.is_whitespace()).count();
    let lower = input.trim().to_lowercase().replace(['–', '—'], "-");
    let s = lower.trim_end_matches('.').trim_end();
    let p = Parser {
        base: s,
        lead,
        vindu,
    };
    if s.is_empty() {
        return Err(Feil {
            pos: lead,
            kind: FeilKind::Tom,
        });
    }
    p.uttrykk()
}

struct Parser<'a> {
    base: &'a str,
    lead: usize,
    vindu: Vindu,
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

    /// Pick the year that puts the period given by `make(year)` inside the window.
    fn infer<F>(&self, at: &str, make: F) -> Result<Periode, Feil>
    where
        F: Fn(i32) -> Option<Periode>,
    {
        let Some(w) = self.vindu else {
            return Err(self.err(at, FeilKind::ManglerAar));
        };
        let mut best: Option<(i64, Periode)> = None;
        for y in (w.0.year() - 1)..=(w.1.year() + 1) {
            if let Some(p) = make(y) {
                let d = distance(p, w);
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, p));
                }
            }
        }
        best.map(|(_, p)| p).ok_or_else(|| self.unknown(at))
    }

    fn uttrykk(&self) -> Result<Uttrykk, Feil> {
        let s = self.base;
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
        if let Some(rest) = strip_any(
            s,
            &[
                "innen utgangen av ",
                "innan utgangen av ",
                "innen ",
                "innan ",
                "før ",
                "senest ",
            ],
        ) {
            let ps = self.liste(rest)?;
            let slutt = ps.iter().map(|p| p.slutt).max();
            return match slutt {
                Some(d) => Ok(Uttrykk::Perioder(vec![Periode::dag(d)])),
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

    /// One or more occurrences joined by "+" or " og ".
    fn liste(&self, s: &'a str) -> Result<Vec<Periode>, Feil> {
        let parts: Vec<&str> = split_list(s);
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
                return Ok(vec![Periode {
                    start,
                    slutt: end.slutt,
                }]);
            }
            return parts.iter().map(|p| self.single(p)).collect();
        }
        Ok(vec![self.single(s)?])
    }

    /// One occurrence.
    fn single(&self, s: &'a str) -> Result<Periode, Feil> {
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
        let words: Vec<&str> = s.split_whitespace().collect();
        // Week: "uke 10", "veke 21", "uke 10 2019".
        if let Some(first) = words.first()
            && matches!(*first, "uke" | "veke" | "u")
        {
            return self.week(s, &words[1..]);
        }
        // Seasons and "starten av".
        if let Some(r) = self.season(s, &words) {
            return r;
        }
        // "1. mars", "1. mars 2018", "6. nov".
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
        if let Some(r) = self.range(s) {
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
            None => self.infer(at, |y| NaiveDate::from_ymd_opt(y, m, d).map(Periode::dag)),
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

    fn week(&self, at: &str, rest: &[&'a str]) -> Result<Periode, Feil> {
        let Some(n) = rest.first() else {
            return Err(self.unknown(at));
        };
        let w = num(n).ok_or_else(|| self.unknown(n))?;
        let make = |y: i32| {
            let mon = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
            let fri = NaiveDate::from_isoywd_opt(y, w, Weekday::Fri)?;
            Some(Periode {
                start: mon,
                slutt: fri,
            })
        };
        let bad_week = || self.err(n, FeilKind::UgyldigUke(w));
        if w == 0 || w > 53 {
            return Err(bad_week());
        }
        match rest.get(1) {
            Some(y) => {
                if rest.len() > 2 {
                    return Err(self.unknown(rest[2]));
                }
                let y = year(y.trim_start_matches(',')).ok_or_else(|| self.unknown(y))?;
                make(y).ok_or_else(bad_week)
            }
            None => self.infer(at, make).map_err(|e| match e.kind {
                FeilKind::Ukjent(_) => bad_week(),
                _ => e,
            }),
        }
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
            return Some(self.single(b).and_then(|end| {
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

/// Split "7.12 + 19.12", "7.12 og 19.12", "6.+7.11" into parts.
fn split_list(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for plus in s.split('+') {
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

    proptest::proptest! {
        #[test]
        fn never_panics_and_start_le_slutt(s in "\\PC{0,40}") {
            if let Ok(Uttrykk::Perioder(ps)) = parse(&s, v18()) {
                for p in ps { proptest::prop_assert!(p.start <= p.slutt); }
            }
        }
        #[test]
        fn shaped_inputs_are_sound(d in 0u32..40, m in 0u32..14, w in 0u32..60, y in 1990i32..2100) {
            for s in [format!("{d}.{m}"), format!("{d}.{m}.{y}"), format!("uke {w} {y}"),
                      format!("{d}.+{m}.11"), format!("{d}/{m}"), format!("{d}.-{m}. mars")] {
                if let Ok(Uttrykk::Perioder(ps)) = parse(&s, v18()) {
                    for p in ps { proptest::prop_assert!(p.start <= p.slutt); }
                }
            }
        }
    }
}
