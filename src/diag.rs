//! Diagnostics: a problem in a data file, with file, line and column, in the
//! UI målform. Also the conversion of byte offsets (TOML spans) to lines.

use std::fmt;
use std::sync::OnceLock;

use serde::Serialize;

use crate::i18n::Maalform;
use crate::vis::vis_linje;

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
    /// What kind of problem, stable for CI and editors (`toml-syntaks`,
    /// `ukjent-nokkel`, `feil-type`, `dobbel-id`, `ukjent-referanse`, …).
    pub kode: &'static str,
    pub melding: String,
    #[serde(skip)]
    pub maalform: Maalform,
    /// The source line the problem is on, for the terminal's snippet.
    #[serde(skip)]
    pub kildelinje: Option<String>,
    /// On a «… og N til» line (`begrens`): the errors it stands for.
    #[serde(skip)]
    pub skjulte_feil: usize,
}

/// Diagnostics kept per file and per run: past these a file or a run says
/// «… og N til» instead, so a folder of hostile files cannot fill memory
/// or a terminal with messages.
pub const MAKS_PER_FIL: usize = 100;
pub const MAKS_PER_KJORING: usize = 1000;

/// The errors `diags` stands for, counting those a «… og N til» line hides.
pub fn antall_feil(diags: &[Diagnostic]) -> usize {
    diags
        .iter()
        .map(|d| usize::from(d.alvor == Alvor::Feil && d.skjulte_feil == 0) + d.skjulte_feil)
        .sum()
}

/// Sort `diags` and keep the first `per_fil` of each file and the first
/// `totalt` in all; what is left out becomes one «… og N til» line at the
/// place of the first one left out.
pub fn begrens(diags: &mut Vec<Diagnostic>, per_fil: usize, totalt: usize) {
    diags.sort();
    diags.dedup();
    let mut ut: Vec<Diagnostic> = Vec::with_capacity(diags.len().min(totalt + 8));
    let mut i = 0;
    while i < diags.len() {
        let fil = diags.get(i).map(|d| d.fil.clone()).unwrap_or_default();
        let slutt = diags
            .get(i..)
            .and_then(|r| r.iter().position(|d| d.fil != fil))
            .map_or(diags.len(), |n| i + n);
        let del = diags.get(i..slutt).unwrap_or_default();
        ut.extend(del.iter().take(per_fil).cloned());
        if let Some(rest) = del.get(per_fil..) {
            ut.extend(og_flere(rest));
        }
        i = slutt;
    }
    if ut.len() > totalt {
        let rest = ut.split_off(totalt);
        ut.extend(og_flere(&rest));
    }
    *diags = ut;
}

/// One line for the diagnostics `rest`, at the first one's place.
fn og_flere(rest: &[Diagnostic]) -> Option<Diagnostic> {
    let forste = rest.first()?;
    let feil = antall_feil(rest);
    let n: usize = rest.iter().map(|d| d.skjulte_feil.max(1)).sum();
    let m = forste.maalform;
    Some(Diagnostic {
        alvor: if feil > 0 {
            Alvor::Feil
        } else {
            Alvor::Advarsel
        },
        kode: "og-flere",
        melding: format!(
            "… {} {n} {} ({})",
            m.t("og", "og"),
            m.t("til", "til"),
            m.t(
                "rett de første og kjør sjekken igjen",
                "rett dei første og køyr sjekken att"
            )
        ),
        kildelinje: None,
        skjulte_feil: feil,
        ..forste.clone()
    })
}

impl Diagnostic {
    pub fn med_kode(mut self, kode: &'static str) -> Self {
        self.kode = kode;
        self
    }
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
    /// The ids of entries left out because they could not be read
    /// (`les::Lest::utelatt`): references to them are not dangling.
    pub utelatt: Vec<String>,
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
            utelatt: Vec::new(),
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
        let kildelinje = self
            .lines
            .get()
            .and_then(|l| l.get(linje - 1))
            .and_then(|&start| self.text.get(start..))
            .and_then(|rest| rest.lines().next())
            // A long line, or one with control characters (which must never
            // reach a terminal raw), is shown without the snippet.
            .filter(|l| l.len() <= 1000 && !l.chars().any(|c| crate::vis::farlig(c) && c != '\t'))
            .map(str::to_string);
        Diagnostic {
            fil: self.path.clone(),
            linje,
            kolonne,
            alvor,
            kode: "ugyldig-verdi",
            melding: kort(melding),
            maalform: m,
            kildelinje,
            skjulte_feil: 0,
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
        kode: "fil",
        melding,
        maalform: m,
        kildelinje: None,
        skjulte_feil: 0,
    }
}

/// Turn a `toml` parse or type error into a Norwegian diagnostic.
pub fn from_toml(file: &SourceFile, err: &toml::de::Error, m: Maalform) -> Diagnostic {
    let at = err.span().map_or(0, |s| s.start);
    let mut melding = translate(err.message(), m);
    if err.message().contains("duplicate key")
        && let Some(key) = err
            .span()
            .and_then(|s| file.text.get(s))
            .map(|k| k.trim().trim_matches(['[', ']', '"', '\'']))
            .filter(|k| !k.is_empty())
    {
        melding = format!(
            "{} «{key}» {}",
            m.t("nøkkelen", "nøkkelen"),
            m.t(
                "er gitt to ganger i samme tabell",
                "er gitt to gonger i same tabell"
            )
        );
    }
    let msg = err.message();
    let kode = if msg.starts_with("unknown field") {
        "ukjent-nokkel"
    } else if msg.starts_with("missing field") {
        "mangler-nokkel"
    } else if msg.starts_with("invalid type")
        || msg.starts_with("invalid value")
        || msg.starts_with("unknown variant")
        || msg.starts_with("data did not match")
        || msg.contains("overflow")
    {
        "feil-type"
    } else if msg.contains("duplicate") {
        "dobbel-nokkel"
    } else {
        "toml-syntaks"
    };
    file.diag(at, Alvor::Feil, m, melding).med_kode(kode)
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
    // A service's `kategori` (`model::Kategorier`).
    if s == "a string or a list of strings" {
        return m
            .t(
                "tekst eller liste av tekster",
                "tekst eller liste av tekstar",
            )
            .to_string();
    }
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
        if let Some(best) = crate::likhet::closest(key, expected.iter().copied()) {
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
        && let Some((got, want)) = rest.rsplit_once(", expected ")
    {
        let got_kind = got.split_whitespace().next().unwrap_or(got);
        let got_name = type_name(got_kind, m);
        let want_name = type_name(want, m);
        let value = between(got, "`", "`").or_else(|| between(got, "\"", "\""));
        if got_name == want_name && got_kind == "integer" {
            return format!(
                "{} {}",
                m.t("tallet er for stort", "talet er for stort"),
                value.map(|v| format!("«{v}»")).unwrap_or_default()
            )
            .trim_end()
            .to_string();
        }
        let value = value.map(|v| format!(" «{v}»")).unwrap_or_default();
        return format!(
            "{} {want_name}, {} {got_name}{value}",
            m.t("ventet", "venta"),
            m.t("fikk", "fekk"),
        );
    }
    if first.starts_with("invalid length 0, expected at least one category") {
        return m
            .t(
                "tom liste: gi minst én kategori",
                "tom liste: gi minst éin kategori",
            )
            .to_string();
    }
    if first.starts_with("data did not match any variant of untagged enum DatoVerdi") {
        return m
            .t("ventet en dato (ÅÅÅÅ-MM-DD)", "venta ein dato (ÅÅÅÅ-MM-DD)")
            .to_string();
    }
    if let Some(rest) = first.strip_prefix("invalid value: ")
        && let Some((got, want)) = rest.rsplit_once(", expected ")
    {
        return format!(
            "{}: {got}, {} {want}",
            m.t("ugyldig verdi", "ugyldig verdi"),
            m.t("ventet", "venta")
        );
    }
    if first == "integer number overflowed" {
        return m.t("tallet er for stort", "talet er for stort").to_string();
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
    if let Some(rest) = first.strip_prefix("duplicate field ") {
        let key = between(rest, "`", "`").unwrap_or(rest);
        return format!(
            "{} «{key}» {}",
            m.t("nøkkelen", "nøkkelen"),
            m.t("er gitt to ganger", "er gitt to gonger")
        );
    }
    format!(
        "{}: {}",
        m.t("ugyldig TOML", "ugyldig TOML"),
        syntaks(first, m)
    )
}

/// A `toml` syntax message ("unclosed array, expected `]`") in Norwegian;
/// a phrase we do not know is kept as it is.
fn syntaks(msg: &str, m: Maalform) -> String {
    let (what, expected) = match msg.split_once(", expected ") {
        Some((w, e)) => (w, Some(e)),
        None => (msg, None),
    };
    let mut out = oversett(what, m);
    if let Some(e) = expected.filter(|e| *e != "nothing" && !what.starts_with("invalid boolean")) {
        let items: Vec<String> = e
            .split(", ")
            .map(|i| {
                if i.starts_with('`') {
                    i.to_string()
                } else {
                    oversett(i, m)
                }
            })
            .collect();
        out.push_str(&format!(
            "; {} {}",
            m.t("ventet", "venta"),
            items.join(m.t(" eller ", " eller "))
        ));
    }
    out
}

fn oversett(s: &str, m: Maalform) -> String {
    let t = |nb: &str, nn: &str| m.t(nb, nn).to_string();
    match s {
        "invalid basic string" | "invalid literal string" | "invalid string" => {
            t("teksten er ikke avsluttet", "teksten er ikkje avslutta")
        }
        "invalid multi-line basic string" | "invalid multi-line literal string" => t(
            "tekst over flere linjer er ikke avsluttet",
            "tekst over fleire liner er ikkje avslutta",
        ),
        "invalid unquoted key" | "invalid key" => t("ugyldig nøkkel", "ugyldig nøkkel"),
        "extra `=`" => t("ett «=» for mye", "eitt «=» for mykje"),
        "extra comma in array" => t("komma for mye i lista", "komma for mykje i lista"),
        "extra comma in inline table" => {
            t("komma for mye i tabellen", "komma for mykje i tabellen")
        }
        "string values must be quoted" => t(
            "tekst må stå i anførselstegn (\"slik\")",
            "tekst må stå i hermeteikn (\"slik\")",
        ),
        "unclosed inline table" => t("tabellen er ikke lukket", "tabellen er ikkje lukka"),
        "unclosed array" => t("lista er ikke lukket", "lista er ikkje lukka"),
        "unclosed array table" | "unclosed table" => t(
            "tabelloverskriften er ikke lukket",
            "tabelloverskrifta er ikkje lukka",
        ),
        "unexpected key or value" | "unexpected content" => t(
            "uventet innhold (én nøkkel = verdi per linje)",
            "uventa innhald (éin nøkkel = verdi per line)",
        ),
        "unexpected leading zero" => t("tall kan ikke starte med 0", "tal kan ikkje byrje med 0"),
        "invalid date" | "invalid date-time" | "invalid time" => t("ugyldig dato", "ugyldig dato"),
        "invalid boolean" => t(
            "ugyldig verdi (tekst må stå i anførselstegn: \"slik\")",
            "ugyldig verdi (tekst må stå i hermeteikn: \"slik\")",
        ),
        "invalid integer number" | "invalid float" => t("ugyldig tall", "ugyldig tal"),
        "invalid value" | "missing value" | "missing value for key" | "key with no value" => {
            t("verdien mangler", "verdien manglar")
        }
        "invalid key-value pair" => t("ugyldig nøkkel = verdi", "ugyldig nøkkel = verdi"),
        "invalid table" => t("ugyldig tabell", "ugyldig tabell"),
        "missing comma between array elements" => t(
            "komma mangler mellom verdiene",
            "komma manglar mellom verdiane",
        ),
        "missing comma between key-value pairs" => t(
            "komma mangler mellom nøklene",
            "komma manglar mellom nøklane",
        ),
        "missing assignment between key-value pairs"
        | "extra assignment between key-value pairs" => t("feil bruk av «=»", "feil bruk av «=»"),
        "invalid comment character" => t("ugyldig tegn i kommentar", "ugyldig teikn i kommentar"),
        "carriage return must be followed by newline" => t(
            "linjeskift er ødelagt (CR uten LF)",
            "lineskift er øydelagt (CR utan LF)",
        ),
        "integer number overflowed" => t("tallet er for stort", "talet er for stort"),
        "letters" => t("bokstaver", "bokstavar"),
        "numbers" => t("tall", "tal"),
        "newline" => t("linjeskift", "lineskift"),
        "value" => t("en verdi", "ein verdi"),
        "key" => t("en nøkkel", "ein nøkkel"),
        "literal string" | "basic string" => t("tekst i anførselstegn", "tekst i hermeteikn"),
        "nothing" => t("ingenting", "ingenting"),
        "printable characters"
        | "characters"
        | "non-double-quote visible characters"
        | "non-single-quote visible characters"
        | "non-single-quote characters" => t("synlige tegn", "synlege teikn"),
        "digits" => t("sifre", "siffer"),
        "missing escaped value" => t(
            "ugyldig skråstrek-kode i teksten (skriv \\\\ for én \\)",
            "ugyldig skråstrek-kode i teksten (skriv \\\\ for éin \\)",
        ),
        "unicode hexadecimal value" => t(
            "heksadesimal Unicode-verdi (\\uXXXX)",
            "heksadesimal Unicode-verdi (\\uXXXX)",
        ),
        "month between 01 and 12" => t("måned 01–12", "månad 01–12"),
        "day between 01 and 31" => t("dag 01–31", "dag 01–31"),
        _ => s.to_string(),
    }
}
