//! Diagnostics: a problem in a data file, with file, line and column, in the
//! UI målform. Also the conversion of byte offsets (TOML spans) to lines.

use std::fmt;
use std::sync::OnceLock;

use serde::Serialize;

use crate::i18n::Maalform;
use crate::output::vis_linje;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Alvor {
    Feil,
    Advarsel,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    pub fil: String,
    pub linje: usize,
    pub kolonne: usize,
    pub alvor: Alvor,
    pub melding: String,
    #[serde(skip)]
    pub maalform: Maalform,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.alvor {
            Alvor::Feil => "feil",
            Alvor::Advarsel => self.maalform.t("advarsel", "åtvaring"),
        };
        // File names and messages quote the data: never raw control characters.
        let (fil, melding) = (vis_linje(&self.fil), vis_linje(&self.melding));
        if self.linje == 0 {
            write!(f, "{fil}: {kind}: {melding}")
        } else {
            write!(
                f,
                "{fil}:{}:{}: {kind}: {melding}",
                self.linje, self.kolonne
            )
        }
    }
}

/// A data file's text and where it came from, for turning spans into lines.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Byte offsets of line starts, built on the first diagnostic: a file
    /// with many problems must not rescan its text for each one.
    lines: OnceLock<Vec<usize>>,
}

/// Longest message kept in a diagnostic (in characters): a value of
/// megabytes quoted in a message would flood the terminal.
pub const MAX_MELDING: usize = 300;

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        SourceFile {
            path,
            text,
            lines: OnceLock::new(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let lines = self.lines.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let line = lines.partition_point(|&start| start <= byte).max(1);
        let line_start = lines.get(line - 1).copied().unwrap_or(0);
        let col = self
            .text
            .get(line_start..byte)
            .map_or(0, |s| s.chars().count())
            + 1;
        (line, col)
    }

    pub fn diag(&self, byte: usize, alvor: Alvor, m: Maalform, melding: String) -> Diagnostic {
        let (linje, kolonne) = self.line_col(byte);
        Diagnostic {
            fil: self.path.clone(),
            linje,
            kolonne,
            alvor,
            melding: kort(melding),
            maalform: m,
        }
    }
}

/// `s` cut to `MAX_MELDING` characters, with "…" where it was cut.
fn kort(s: String) -> String {
    match s.char_indices().nth(MAX_MELDING) {
        Some((i, _)) => format!("{}…", s.get(..i).unwrap_or("")),
        None => s,
    }
}

/// A problem with a whole file (no line).
pub fn file_diag(path: &str, m: Maalform, melding: String) -> Diagnostic {
    Diagnostic {
        fil: path.to_string(),
        linje: 0,
        kolonne: 0,
        alvor: Alvor::Feil,
        melding,
        maalform: m,
    }
}

/// Turn a `toml` parse or type error into a Norwegian diagnostic.
pub fn from_toml(file: &SourceFile, err: &toml::de::Error, m: Maalform) -> Diagnostic {
    let at = err.span().map_or(0, |s| s.start);
    file.diag(at, Alvor::Feil, m, translate(err.message(), m))
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = s.find(open)? + open.len();
    let end = s.get(start..)?.find(close)? + start;
    s.get(start..end)
}

/// The quoted names in "expected one of `a`, `b`".
fn expected_list(msg: &str) -> Vec<&str> {
    msg.split('`').skip(1).step_by(2).skip(1).collect()
}

fn type_name(s: &str, m: Maalform) -> String {
    let s = s.trim();
    let word = s.split_whitespace().next().unwrap_or("");
    let rest = s.get(word.len()..).unwrap_or("").trim();
    let name = match word {
        "string" | "a" if rest.starts_with("string") => m.t("tekst", "tekst"),
        "string" => m.t("tekst", "tekst"),
        "integer" | "i64" | "u32" | "u64" => m.t("heltall", "heiltal"),
        "float" => m.t("desimaltall", "desimaltal"),
        "boolean" => "true/false",
        "sequence" | "array" => m.t("liste", "liste"),
        "map" | "table" => "tabell",
        _ => {
            return match s {
                "a sequence" | "an array" => m.t("liste", "liste").to_string(),
                "a string" => "tekst".to_string(),
                "a boolean" => "true/false".to_string(),
                "a table" | "a map" | "map" => "tabell".to_string(),
                "a TOML datetime" | "a datetime" => {
                    m.t("dato (ÅÅÅÅ-MM-DD)", "dato (ÅÅÅÅ-MM-DD)").to_string()
                }
                _ => s.to_string(),
            };
        }
    };
    name.to_string()
}

/// The `toml`/`serde` messages we know, in Norwegian; others are kept with a prefix.
pub fn translate(msg: &str, m: Maalform) -> String {
    let first = msg.lines().next().unwrap_or(msg).trim();
    if let Some(rest) = first.strip_prefix("unknown field ") {
        let key = between(rest, "`", "`").unwrap_or(rest);
        let expected = expected_list(rest);
        let mut out = format!("{} «{key}»", m.t("ukjent nøkkel", "ukjend nøkkel"));
        if let Some(best) = crate::query::closest(key, expected.iter().copied()) {
            out.push_str(&format!(" ({} «{best}»?)", m.t("mente du", "meinte du")));
        } else if !expected.is_empty() {
            out.push_str(&format!(
                " ({}: {})",
                m.t("gyldige nøkler", "gyldige nøklar"),
                expected.join(", ")
            ));
        }
        return out;
    }
    if let Some(rest) = first.strip_prefix("missing field ") {
        let key = between(rest, "`", "`").unwrap_or(rest);
        return format!(
            "{} «{key}»",
            m.t("mangler påkrevd nøkkel", "manglar påkravd nøkkel")
        );
    }
    if let Some(rest) = first.strip_prefix("unknown variant ") {
        let val = between(rest, "`", "`").unwrap_or(rest);
        let expected = expected_list(rest);
        return format!(
            "{} «{val}» ({}: {})",
            m.t("ugyldig verdi", "ugyldig verdi"),
            m.t("gyldige verdier", "gyldige verdiar"),
            expected.join(", ")
        );
    }
    if let Some(rest) = first.strip_prefix("invalid type: ")
        && let Some((got, want)) = rest.split_once(", expected ")
    {
        {
            let got_kind = got.split_whitespace().next().unwrap_or(got);
            return format!(
                "{}: {} {}, {} {}",
                m.t("feil type", "feil type"),
                m.t("fikk", "fekk"),
                type_name(got_kind, m),
                m.t("ventet", "venta"),
                type_name(want, m)
            );
        }
    }
    if first.contains("recursion limit") || first.contains("cannot recurse") {
        return m
            .t(
                "lister eller tabeller er nøstet for dypt inni hverandre",
                "lister eller tabellar er nøsta for djupt inni kvarandre",
            )
            .to_string();
    }
    if first.contains("duplicate key") {
        return m
            .t(
                "nøkkelen er gitt to ganger i samme tabell",
                "nøkkelen er gitt to gonger i same tabell",
            )
            .to_string();
    }
    let detail = msg
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    format!("{}: {detail}", m.t("ugyldig TOML", "ugyldig TOML"))
}
