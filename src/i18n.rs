//! UI language: bokmål and nynorsk. Every user-facing string is written in
//! both, side by side at the place it is used (`m.t("nb", "nn")`), so that a
//! change to one form is seen next to the other.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// The written standard: bokmål or nynorsk.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Maalform {
    #[default]
    Nb,
    Nn,
}

impl Maalform {
    /// Pick the bokmål or the nynorsk text.
    pub fn t<'a>(self, nb: &'a str, nn: &'a str) -> &'a str {
        match self {
            Maalform::Nb => nb,
            Maalform::Nn => nn,
        }
    }

    pub fn kode(self) -> &'static str {
        self.t("nb", "nn")
    }

    /// "fre. 9. mars 2018"
    pub fn dato(self, d: NaiveDate) -> String {
        let wd = match d.weekday() {
            Weekday::Mon => self.t("man.", "mån."),
            Weekday::Tue => self.t("tir.", "tys."),
            Weekday::Wed => "ons.",
            Weekday::Thu => self.t("tor.", "tor."),
            Weekday::Fri => "fre.",
            Weekday::Sat => self.t("lør.", "lau."),
            Weekday::Sun => self.t("søn.", "sun."),
        };
        format!(
            "{wd} {}. {} {}",
            d.day(),
            MAANEDSNAVN[d.month0() as usize],
            d.year()
        )
    }

    /// "i dag", "i morgen", "om 3 dager", "for 2 uker siden" (nynorsk: "om 3 dagar", "for 2 veker sidan").
    pub fn relativ(self, dager: i64) -> String {
        match dager {
            0 => "i dag".to_string(),
            1 => self.t("i morgen", "i morgon").to_string(),
            -1 => self.t("i går", "i går").to_string(),
            _ => {
                let n = dager.abs();
                let (antall, en, fleire) = match n {
                    0..=13 => (n, "dag", self.t("dager", "dagar")),
                    14..=59 => ((n + 3) / 7, self.t("uke", "veke"), self.t("uker", "veker")),
                    60..=729 => (
                        (n + 15) / 30,
                        self.t("måned", "månad"),
                        self.t("måneder", "månader"),
                    ),
                    _ => (n / 365, "år", "år"),
                };
                let eining = if antall == 1 { en } else { fleire };
                if dager > 0 {
                    format!("om {antall} {eining}")
                } else {
                    format!("for {antall} {eining} {}", self.t("siden", "sidan"))
                }
            }
        }
    }
}

/// The month names, lower case, as dates are written ("9. mars 2018").
pub const MAANEDSNAVN: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// Fold text for search and name matching: lower case, diacritics removed
/// (ø → o, å → a, æ → ae, é → e, by Unicode transliteration), and "aa" → "a"
/// so that "å" and "aa" meet.
pub fn fold(s: &str) -> String {
    // Fast path for the letters Norwegian text is made of (search folds every
    // field of every entry); anything else goes through deunicode.
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            'æ' | 'Æ' => out.push_str("ae"),
            'ø' | 'Ø' => out.push('o'),
            'å' | 'Å' => out.push('a'),
            _ => return fold_unicode(s),
        }
    }
    if out.contains("aa") {
        out = out.replace("aa", "a");
    }
    out
}

fn fold_unicode(s: &str) -> String {
    deunicode::deunicode(&s.to_lowercase())
        .to_lowercase()
        .replace("aa", "a")
}

/// The display name of a service category from the vocabulary (SPEC §1.4).
pub fn kategori_navn(m: Maalform, k: &str) -> String {
    let s = match k {
        "barnehage" => "Barnehage",
        "skole" => m.t("Skole", "Skule"),
        "sfo" => "SFO",
        "helsestasjon" => "Helsestasjon",
        "skolehelsetjeneste" => m.t("Skolehelsetjeneste", "Skulehelseteneste"),
        "ppt" => "PPT",
        "barnevern" => "Barnevern",
        "familiens-hus" => "Familiens hus",
        "psykisk-helse" => "Psykisk helse",
        "rus" => "Rus",
        "bup" => "BUP",
        "nav" => "NAV",
        "flyktningtjeneste" => m.t("Flyktningtjeneste", "Flyktningteneste"),
        "fastlege" => "Fastlege",
        "tannhelse" => "Tannhelse",
        "kultur" => "Kultur",
        "fritid" => "Fritid",
        "politi" => "Politi",
        "slt" => "SLT",
        "koordinerende-enhet" => m.t("Koordinerende enhet", "Koordinerande eining"),
        "voksenopplaering" => m.t("Voksenopplæring", "Vaksenopplæring"),
        "frivillig" => m.t("Frivillige", "Frivillige"),
        "annet" => m.t("Annet", "Anna"),
        other => {
            let mut c = other.replace('-', " ");
            if let Some(f) = c.get(0..1) {
                c = f.to_uppercase() + c.get(1..).unwrap_or_default();
            }
            return c;
        }
    };
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_norwegian() {
        let d = NaiveDate::from_ymd_opt(2018, 3, 9).unwrap();
        assert_eq!(Maalform::Nb.dato(d), "fre. 9. mars 2018");
        assert_eq!(Maalform::Nn.relativ(3), "om 3 dagar");
        assert_eq!(Maalform::Nn.relativ(-14), "for 2 veker sidan");
        assert_eq!(Maalform::Nb.relativ(-14), "for 2 uker siden");
        assert_eq!(Maalform::Nb.relativ(1), "i morgen");
        assert_eq!(Maalform::Nb.relativ(26), "om 4 uker");
        assert_eq!(Maalform::Nb.relativ(-90), "for 3 måneder siden");
        assert_eq!(Maalform::Nn.relativ(-2720), "for 7 år sidan");
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Øvre Sirdal"), "ovre sirdal");
        assert_eq!(fold("Inderøy kommune"), "inderoy kommune");
        assert_eq!(fold("Nivå"), fold("nivaa"));
        assert_eq!(fold("Ærlig"), "aerlig");
        for s in [
            "Øvre Sirdal",
            "ÆØÅ æøå Aa",
            "Barnevernstenesta",
            "Café Ü",
            "«x» – y",
            "",
        ] {
            assert_eq!(fold(s), fold_unicode(s), "{s}");
        }
    }
}
