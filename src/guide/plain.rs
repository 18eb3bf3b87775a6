//! The line mode of `bti guide` (`--plain`, and whenever stdin or stdout is
//! not a terminal): no escape codes, one node at a time, one answer per line.
//! It serves screen readers and scripts (`printf '2\n1\n' | bti guide --plain`)
//! alike, and with `--format json` prints one JSON object per line.
//!
//! A script must never loop forever and must never get an outcome it did not
//! answer its way to: end of input before an outcome is an error, and so are
//! five wrong answers in a row when nobody is typing.

use std::io::{BufRead, Write};

use chrono::NaiveDate;
use serde_json::json;

use super::engine::Engine;
use super::oppsummering::Oppsummering;
use super::{
    Datoer, Kilde, frist_dato, frist_tekst, lov_linjer, lover, node_etikett, trenger_undring,
};
use crate::data::model::Node;
use crate::error::{Error, Result};
use crate::i18n::Maalform;

/// What one line of input means at a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tolkning {
    /// Choice `i` (0-based).
    Valg(usize),
    Akutt,
    Tilbake,
    Hjelp,
    Avbryt,
    /// Not an answer: the message says why.
    Feil(String),
}

/// How the line mode writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Utdata {
    Tekst,
    Markdown,
    Json,
}

/// Read one answer: a number, `a`/`akutt`, `b`/`tilbake`, `?`, `q`, or a
/// unique case-insensitive prefix of a choice's text.
pub fn tolk(m: Maalform, linje: &str, node: &Node) -> Tolkning {
    let s = linje.trim();
    let lower = s.to_lowercase();
    let n = node.valg.len();
    match lower.as_str() {
        "a" | "!" | "akutt" => return Tolkning::Akutt,
        "b" | "tilbake" | "attende" => return Tolkning::Tilbake,
        "?" | "h" | "hjelp" => return Tolkning::Hjelp,
        "q" | "avslutt" => return Tolkning::Avbryt,
        "" => {
            return Tolkning::Feil(format!(
                "{} 1 til {n}.",
                m.t("Skriv et svar: et tall fra", "Skriv eit svar: eit tal frå")
            ));
        }
        _ => {}
    }
    let tall = lower.trim_end_matches(['.', ')']);
    if let Ok(k) = tall.parse::<usize>() {
        return if (1..=n).contains(&k) {
            Tolkning::Valg(k - 1)
        } else {
            Tolkning::Feil(format!(
                "«{s}» {} 1 til {n}.",
                m.t(
                    "er ikke et av valgene: skriv et tall fra",
                    "er ikkje eitt av vala: skriv eit tal frå"
                )
            ))
        };
    }
    let treff: Vec<usize> = node
        .valg
        .iter()
        .enumerate()
        .filter(|(_, v)| v.tekst.to_lowercase().starts_with(&lower))
        .map(|(i, _)| i)
        .collect();
    match treff.as_slice() {
        [i] => Tolkning::Valg(*i),
        [] => Tolkning::Feil(format!(
            "«{s}» {} 1 til {n}, {}",
            m.t(
                "passer ikke med noe valg: skriv et tall fra",
                "passar ikkje med noko val: skriv eit tal frå"
            ),
            m.t(
                "starten av et valg, a (akutt) eller b (tilbake).",
                "starten av eit val, a (akutt) eller b (tilbake)."
            )
        )),
        flere => Tolkning::Feil(format!(
            "«{s}» {}: {}. {}",
            m.t("passer med flere valg", "passar med fleire val"),
            flere
                .iter()
                .map(|i| (i + 1).to_string())
                .collect::<Vec<_>>()
                .join(", "),
            m.t("Skriv nummeret.", "Skriv nummeret.")
        )),
    }
}

pub fn hjelp(m: Maalform) -> &'static str {
    m.t(
        "Svar med nummeret på et valg, eller starten av teksten. a = akutt (hopp til akutt fare), b = tilbake, q = avbryt, ? = denne hjelpen.",
        "Svar med nummeret på eit val, eller starten av teksten. a = akutt (hopp til akutt fare), b = tilbake, q = avbryt, ? = denne hjelpa.",
    )
}

fn avbrutt(m: Maalform) -> Error {
    Error::Aborted(
        m.t(
            "veiledningen ble avbrutt før et utfall",
            "rettleiinga vart avbroten før eit utfall",
        )
        .to_string(),
    )
}

/// Everything the line mode needs besides the data.
pub struct Oppsett {
    pub m: Maalform,
    pub i_dag: NaiveDate,
    /// The day the undring arose (`--undring`, asked, or today): deadlines
    /// count from it.
    pub undring: NaiveDate,
    pub utdata: Utdata,
    /// A person is typing (stdin is a terminal): prompt, and never give up.
    pub interaktiv: bool,
    /// Ask when the undring arose once the walk gets where it counts
    /// (`trenger_undring`); false with `--undring`, piped input or JSON.
    pub spor_undring: bool,
}

/// Walk the graph line by line; print the summary at the outcome and return it.
pub fn run(
    kilde: &Kilde,
    engine: &mut Engine,
    o: &Oppsett,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Oppsummering> {
    let m = o.m;
    let mut d = Datoer {
        undring: o.undring,
        i_dag: o.i_dag,
    };
    let mut spor = o.spor_undring;
    let mut vis = true;
    let mut feil_paa_rad = 0u32;
    let mut buf = Vec::new();
    loop {
        // After the first (stop-rule) answer, before the screen the date
        // counts on; once.
        if vis && spor && trenger_undring(engine) {
            spor = false;
            match spor_undring(m, o.i_dag, input, out, err)? {
                ForSvar::Svar(dag) => d.undring = dag,
                ForSvar::Akutt => {
                    engine.akutt();
                }
            }
        }
        if let Some(opp) = Oppsummering::ny(kilde, engine, d, m) {
            match o.utdata {
                Utdata::Json => writeln!(out, "{}", opp.json())?,
                Utdata::Markdown => write!(out, "\n{}", opp.markdown())?,
                Utdata::Tekst => write!(out, "\n{}", opp.tekst())?,
            }
            out.flush()?;
            return Ok(opp);
        }
        let Some(node) = engine.node().cloned() else {
            return Err(avbrutt(m));
        };
        if vis {
            match o.utdata {
                Utdata::Json => writeln!(out, "{}", node_json(kilde, &node, engine.er_akutt(), d))?,
                _ => write!(out, "{}", node_tekst(kilde, &node, Plass::av(engine), m, d))?,
            }
            vis = false;
        }
        if o.interaktiv && o.utdata != Utdata::Json {
            write!(out, "> ")?;
        }
        out.flush()?;
        let melding = match les_svar(input, &mut buf, m)? {
            Svar::Slutt => return Err(avbrutt(m)),
            Svar::ForLang => m
                .t(
                    "Svaret er for langt (over 4 KiB) og ble ikke lest. Skriv nummeret på et valg.",
                    "Svaret er for langt (over 4 KiB) og vart ikkje lese. Skriv nummeret på eit val.",
                )
                .to_string(),
            Svar::Linje => match tolk(m, &String::from_utf8_lossy(&buf), &node) {
            Tolkning::Valg(i) => {
                if engine.velg(i) {
                    vis = true;
                    feil_paa_rad = 0;
                    continue;
                }
                m.t("Det valget finnes ikke.", "Det valet finst ikkje.")
                    .to_string()
            }
            Tolkning::Akutt => {
                if engine.akutt() {
                    vis = true;
                    feil_paa_rad = 0;
                    continue;
                }
                m.t(
                    "Du er allerede ved akutt-steget.",
                    "Du er allereie ved akutt-steget.",
                )
                .to_string()
            }
            Tolkning::Tilbake => {
                if engine.tilbake() {
                    vis = true;
                    feil_paa_rad = 0;
                    continue;
                }
                m.t(
                    "Du er ved første steg; det er ingenting å gå tilbake til.",
                    "Du er ved første steget; det er ingenting å gå attende til.",
                )
                .to_string()
            }
            Tolkning::Hjelp => {
                writeln!(err, "{}", hjelp(m))?;
                continue;
            }
            Tolkning::Avbryt => return Err(avbrutt(m)),
            Tolkning::Feil(msg) => msg,
            },
        };
        writeln!(err, "{melding}")?;
        err.flush()?;
        feil_paa_rad += 1;
        if !o.interaktiv && feil_paa_rad >= 5 {
            return Err(Error::Aborted(format!(
                "{} ({feil_paa_rad}); {}",
                m.t(
                    "for mange ugyldige svar på rad",
                    "for mange ugyldige svar på rad"
                ),
                m.t(
                    "veiledningen ble avbrutt før et utfall",
                    "rettleiinga vart avbroten før eit utfall"
                )
            )));
        }
    }
}

/// Where in the graph a node is shown: on the akutt node, on the first screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Plass {
    pub akutt: bool,
    pub start: bool,
}

impl Plass {
    pub fn av(e: &Engine) -> Plass {
        Plass {
            akutt: e.er_akutt(),
            start: e.er_paa_start(),
        }
    }
}

/// Longest answer line read (SPEC §4): an answer is a number or a few words.
pub const MAX_SVAR: usize = 4096;

/// Longest run of input without a newline that is skipped before the input
/// is taken for something that is not answers (`< /dev/zero`).
const MAX_SKIPP: usize = 1024 * 1024;

/// One line of input, as far as it was read.
enum Svar {
    /// A line of at most `MAX_SVAR` bytes, in the buffer.
    Linje,
    /// A longer line: skipped, never echoed.
    ForLang,
    /// End of input.
    Slutt,
}

/// Read one answer line into `buf`, in bounded memory: a line over
/// `MAX_SVAR` bytes is skipped up to its newline; input that runs on for
/// `MAX_SKIPP` bytes without one ends the walkthrough.
fn les_svar(input: &mut dyn BufRead, buf: &mut Vec<u8>, m: Maalform) -> Result<Svar> {
    use std::io::Read;
    buf.clear();
    let mut begrenset = input.take(MAX_SVAR as u64 + 1);
    let n = begrenset.read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(Svar::Slutt);
    }
    if buf.len() <= MAX_SVAR || buf.ends_with(b"\n") {
        return Ok(Svar::Linje);
    }
    buf.clear();
    let mut skippet = 0usize;
    loop {
        let tilgjengelig = input.fill_buf()?;
        if tilgjengelig.is_empty() {
            return Ok(Svar::ForLang);
        }
        if let Some(i) = tilgjengelig.iter().position(|&b| b == b'\n') {
            input.consume(i + 1);
            return Ok(Svar::ForLang);
        }
        let k = tilgjengelig.len();
        input.consume(k);
        skippet += k;
        if skippet > MAX_SKIPP {
            return Err(Error::Aborted(format!(
                "{}; {}",
                m.t(
                    "inndata er ikke svar (over 1 MiB uten linjeskift)",
                    "inndata er ikkje svar (over 1 MiB utan linjeskift)"
                ),
                m.t(
                    "veiledningen ble avbrutt før et utfall: svar med ett tall per linje",
                    "rettleiinga vart avbroten før eit utfall: svar med eitt tal per linje"
                )
            )));
        }
    }
}

/// One node as plain text.
pub fn node_tekst(kilde: &Kilde, node: &Node, p: Plass, m: Maalform, d: Datoer) -> String {
    use std::fmt::Write as _;
    let akutt = p.akutt;
    let mut s = String::new();
    let _ = writeln!(s);
    // One heading, read once: the title only where the label does not
    // already say it («[Steg 1 av 4: Definer undringen]», «[⚠ Akutt fare]»).
    let etikett = node_etikett(m, kilde.steg(), node, p.start, akutt);
    let _ = writeln!(s, "[{}{etikett}]", if akutt { "⚠ " } else { "" });
    let tittel = node.tittel.trim();
    if !tittel.is_empty() && !etikett.to_lowercase().ends_with(&tittel.to_lowercase()) {
        let _ = writeln!(s, "{tittel}");
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", node.tekst);
    if akutt && !kilde.nasjonal.nodnummer.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{}:",
            m.t("Nasjonale telefonnumre", "Nasjonale telefonnummer")
        );
        for n in &kilde.nasjonal.nodnummer {
            let _ = writeln!(s, "  {} – {}", n.nummer, n.navn);
        }
        if let Some((tlf, navn, timer)) = kilde.vakt_nummer() {
            let _ = writeln!(s);
            let _ = writeln!(s, "{}:", m.t("Barnevernvakt", "Barnevernsvakt"));
            match timer {
                Some(t) => writeln!(s, "  {tlf} – {navn} ({t})"),
                None => writeln!(s, "  {tlf} – {navn}"),
            }
            .ok();
        }
    }
    if !node.verktoy.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{}: {}",
            m.t("Verktøy", "Verktøy"),
            node.verktoy
                .iter()
                .map(crate::data::model::Verktoy::som_tekst)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let lov = lover(kilde, node.lovverk.iter().map(|l| l.as_ref().as_str()));
    if !lov.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}:", m.t("Lovverk", "Lovverk"));
        for linje in lov_linjer(kilde, &lov, m) {
            let _ = writeln!(s, "  - {linje}");
        }
    }
    if let Some(f) = &node.frist {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{}: {}",
            m.t("Frist", "Frist"),
            frist_tekst(m, f.as_ref(), d)
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", node.sporsmal);
    for (i, v) in node.valg.iter().enumerate() {
        let _ = writeln!(s, "  {}. {}", i + 1, v.tekst);
    }
    let _ = writeln!(
        s,
        "{}",
        m.t(
            "Svar med nummeret (a = akutt, b = tilbake, ? = hjelp).",
            "Svar med nummeret (a = akutt, b = attende, ? = hjelp)."
        )
    );
    s
}

/// One node as a JSON line.
pub fn node_json(kilde: &Kilde, node: &Node, akutt: bool, d: Datoer) -> serde_json::Value {
    json!({
        "type": "node",
        "id": node.id.as_ref(),
        "steg": node.steg,
        "tittel": node.tittel,
        "tekst": node.tekst,
        "sporsmal": node.sporsmal,
        "akutt": akutt,
        "verktoy": node.verktoy,
        "lovverk": lover(kilde, node.lovverk.iter().map(|l| l.as_ref().as_str()))
            .into_iter()
            .map(super::lov_json)
            .collect::<Vec<_>>(),
        "frist": node.frist.as_ref().map(|f| json!({
            "tekst": f.as_ref(),
            "dato": frist_dato(f.as_ref(), d.undring).map(|d| d.to_string()),
            "fra": d.undring.to_string(),
        })),
        "valg": node.valg.iter().enumerate().map(|(i, v)| json!({
            "nr": i + 1,
            "tekst": v.tekst,
        })).collect::<Vec<_>>(),
    })
}

// ------------------------------------------------------------------ questions before the walk
//
// Asked only when a person is typing (stdin is a terminal): piped input keeps
// the protocol of one answer per node, so a script is never asked these.

/// What the first questions can lead to besides their answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForSvar<T> {
    Svar(T),
    /// `a`: straight to the akutt node (national graph, deadlines from today).
    Akutt,
}

/// One answer to a question before the walk, through the same bounded reader
/// as the walk's answers: a line over 4 KiB is refused (not echoed) and the
/// next line read.
fn les_linje(input: &mut dyn BufRead, err: &mut dyn Write, m: Maalform) -> Result<String> {
    let mut buf = Vec::new();
    loop {
        match les_svar(input, &mut buf, m)? {
            Svar::Slutt => return Err(avbrutt(m)),
            Svar::Linje => return Ok(String::from_utf8_lossy(&buf).trim().to_string()),
            Svar::ForLang => {
                writeln!(
                    err,
                    "{}",
                    m.t(
                        "Svaret er for langt (over 4 KiB) og ble ikke lest. Skriv svaret på nytt.",
                        "Svaret er for langt (over 4 KiB) og vart ikkje lese. Skriv svaret på nytt.",
                    )
                )?;
                err.flush()?;
            }
        }
    }
}

/// Ask which municipality, as the same numbered list as the TUI's first
/// screen (national last). Returns the index into `navn`, or `None` for
/// national. A number, or the unique start of a name.
pub fn spor_kommune(
    m: Maalform,
    navn: &[String],
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ForSvar<Option<usize>>> {
    writeln!(
        out,
        "{}",
        m.t(
            "Hvilken kommune jobber du i? Guiden bruker kommunens veileder og viser kontaktene til tjenestene der.",
            "Kva kommune jobbar du i? Rettleiaren brukar kommunen sin rettleiar og viser kontaktane til tenestene der.",
        )
    )?;
    // Numbered as the TUI's list: the municipalities, then national last.
    for (i, n) in navn.iter().enumerate() {
        writeln!(out, "  {}. {n}", i + 1)?;
    }
    let nasjonal = navn.len() + 1;
    writeln!(out, "  {nasjonal}. {}", super::bare_nasjonal(m))?;
    writeln!(
        out,
        "{}",
        m.t(
            "Svar med nummeret (a = akutt, q = avbryt).",
            "Svar med nummeret (a = akutt, q = avbryt)."
        )
    )?;
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let svar = les_linje(input, err, m)?;
        let lower = svar.to_lowercase();
        match lower.as_str() {
            "a" | "!" | "akutt" => return Ok(ForSvar::Akutt),
            "q" | "avslutt" => return Err(avbrutt(m)),
            "?" | "h" | "hjelp" => {
                writeln!(err, "{}", hjelp(m))?;
                continue;
            }
            _ => {}
        }
        if let Ok(k) = lower.trim_end_matches(['.', ')']).parse::<usize>() {
            if k == nasjonal {
                return Ok(ForSvar::Svar(None));
            }
            if (1..=navn.len()).contains(&k) {
                return Ok(ForSvar::Svar(Some(k - 1)));
            }
        } else if !lower.is_empty() {
            let treff: Vec<usize> = navn
                .iter()
                .enumerate()
                .filter(|(_, n)| n.to_lowercase().starts_with(&lower))
                .map(|(i, _)| i)
                .collect();
            if let [i] = treff.as_slice() {
                return Ok(ForSvar::Svar(Some(*i)));
            }
        }
        writeln!(
            err,
            "«{svar}»: {} 1 {} {nasjonal}.",
            m.t("skriv et tall fra", "skriv eit tal frå"),
            m.t("til", "til"),
        )?;
        err.flush()?;
    }
}

/// Ask once when the undring arose (Enter: today). The date is only used to
/// count the deadlines; it is never written anywhere.
pub fn spor_undring(
    m: Maalform,
    i_dag: NaiveDate,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ForSvar<NaiveDate>> {
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        m.t(
            "Når oppsto undringen? Fristene i veilederen regnes fra den dagen. Datoen lagres ikke.",
            "Når oppstod undringa? Fristane i rettleiaren blir rekna frå den dagen. Datoen blir ikkje lagra.",
        )
    )?;
    writeln!(
        out,
        "{} ({}).",
        m.t(
            "Skriv datoen (f.eks. 5.1.2026 eller 2026-01-05), eller trykk Enter for i dag",
            "Skriv datoen (t.d. 5.1.2026 eller 2026-01-05), eller trykk Enter for i dag",
        ),
        m.dato(i_dag)
    )?;
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let svar = les_linje(input, err, m)?;
        match svar.to_lowercase().as_str() {
            "" | "i dag" => return Ok(ForSvar::Svar(i_dag)),
            "a" | "!" | "akutt" => return Ok(ForSvar::Akutt),
            "q" | "avslutt" => return Err(avbrutt(m)),
            _ => {}
        }
        let melding = match super::les_dato(&svar) {
            Some(d) if d <= i_dag => return Ok(ForSvar::Svar(d)),
            Some(_) => m
                .t(
                    "Datoen er etter i dag: skriv dagen undringen oppsto.",
                    "Datoen er etter i dag: skriv dagen undringa oppstod.",
                )
                .to_string(),
            None => format!(
                "«{svar}» {}",
                m.t(
                    "er ikke en dato: skriv f.eks. 5.1.2026 eller 2026-01-05, eller trykk Enter for i dag.",
                    "er ikkje ein dato: skriv t.d. 5.1.2026 eller 2026-01-05, eller trykk Enter for i dag.",
                )
            ),
        };
        writeln!(err, "{melding}")?;
        err.flush()?;
    }
}

// ------------------------------------------------------------------ after the walk

/// An answer to a yes/no question: `Some(true)` yes, `Some(false)` no (an
/// empty answer too: no is the default), `None` not understood.
pub fn ja_nei(svar: &str) -> Option<bool> {
    match svar.trim().to_lowercase().as_str() {
        "j" | "ja" | "y" | "yes" => Some(true),
        "" | "n" | "nei" | "no" => Some(false),
        _ => None,
    }
}

/// Ask once, after the summary, whether to save it in `fil` (the TUI's `s`
/// name; never a typed one). Enter, `n` or end of input: no.
pub fn spor_lagre(
    m: Maalform,
    fil: &std::path::Path,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool> {
    writeln!(out)?;
    let mut buf = Vec::new();
    loop {
        write!(
            out,
            "{} {}? (j/N) ",
            m.t(
                "Vil du lagre oppsummeringen i",
                "Vil du lagre oppsummeringa i"
            ),
            fil.display()
        )?;
        out.flush()?;
        let svar = match les_svar(input, &mut buf, m)? {
            Svar::Slutt => {
                writeln!(out)?;
                return Ok(false);
            }
            Svar::Linje => ja_nei(&String::from_utf8_lossy(&buf)),
            Svar::ForLang => None,
        };
        if let Some(ja) = svar {
            return Ok(ja);
        }
        writeln!(
            err,
            "{}",
            m.t(
                "Svar j (ja) eller n (nei); Enter er nei.",
                "Svar j (ja) eller n (nei); Enter er nei."
            )
        )?;
        err.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node() -> Node {
        #[derive(serde::Deserialize)]
        struct W {
            node: Node,
        }
        toml::from_str::<W>(
            r#"
[node]
id = "n"
tittel = "T"
tekst = "t"
sporsmal = "?"
valg = [
  { tekst = "Ja, undringen er styrket", til = "x" },
  { tekst = "Nei, undringen er svekket", til = "y" },
  { tekst = "Nei takk", til = "z" },
]
"#,
        )
        .unwrap()
        .node
    }

    #[test]
    fn answers() {
        let n = node();
        let m = Maalform::Nb;
        assert_eq!(tolk(m, "2\n", &n), Tolkning::Valg(1));
        assert_eq!(tolk(m, " 3. ", &n), Tolkning::Valg(2));
        assert_eq!(tolk(m, "ja", &n), Tolkning::Valg(0));
        assert_eq!(tolk(m, "NEI, U", &n), Tolkning::Valg(1));
        assert_eq!(tolk(m, "a", &n), Tolkning::Akutt);
        assert_eq!(tolk(m, "!", &n), Tolkning::Akutt);
        assert_eq!(tolk(m, "B", &n), Tolkning::Tilbake);
        assert_eq!(tolk(m, "?", &n), Tolkning::Hjelp);
        assert!(matches!(tolk(m, "nei", &n), Tolkning::Feil(e) if e.contains("flere valg: 2, 3")));
        assert!(matches!(tolk(m, "4", &n), Tolkning::Feil(e) if e.contains("1 til 3")));
        assert!(matches!(tolk(m, "0", &n), Tolkning::Feil(_)));
        assert!(matches!(tolk(m, "", &n), Tolkning::Feil(_)));
        assert!(matches!(tolk(m, "kanskje", &n), Tolkning::Feil(_)));
        assert!(matches!(
            tolk(m, "99999999999999999999999", &n),
            Tolkning::Feil(_)
        ));
    }

    #[test]
    fn save_question_defaults_to_no() {
        for (m, ord) in [
            (Maalform::Nb, "oppsummeringen"),
            (Maalform::Nn, "oppsummeringa"),
        ] {
            for (inn, ja, feil) in [
                ("", false, false),
                ("\n", false, false),
                ("nei\n", false, false),
                ("J\n", true, false),
                ("kanskje\nja\n", true, true),
                ("kanskje\n", false, true),
            ] {
                let (mut out, mut err) = (Vec::new(), Vec::new());
                let svar = spor_lagre(
                    m,
                    std::path::Path::new("bti-oppsummering-2026-01-15.md"),
                    &mut inn.as_bytes(),
                    &mut out,
                    &mut err,
                )
                .unwrap();
                assert_eq!(svar, ja, "{inn:?}");
                let out = String::from_utf8(out).unwrap();
                assert!(
                    out.contains(&format!("{ord} i bti-oppsummering-2026-01-15.md? (j/N)")),
                    "{out}"
                );
                assert_eq!(!err.is_empty(), feil, "{inn:?}");
            }
        }
    }
}
