//! The sources register (SPEC §1.2): `kilder.toml` in `nasjonal/` and in a
//! municipality folder, `[[kilde]]` with `id`, `tittel`, `utgiver`, `dato`,
//! `lenke`. A `kilde` in the data is a list of references separated by "; ",
//! each a register id with an optional section after a comma
//! ("sirdal-bti-2018, Aktiviteter og fremdrift") or a URL; "kontroller: …"
//! marks the rest as a claim still to be confirmed. Users are shown the
//! register's title, publisher and date, never a working file name.
//!
//! The register is read only where a source is shown (`nivaa N`, `--lang`,
//! the guide's summary) and by `bti sjekk`: the everyday queries do not pay
//! for it.

use std::collections::HashMap;

use super::load::{Store, filer};
use crate::diag::{self, Alvor, Diagnostic, SourceFile};
use crate::i18n::Maalform;

pub use super::model::{Kilde, KilderFil};

/// The register in force for one municipality (national entries and its own).
#[derive(Debug, Clone, Default)]
pub struct Kilder {
    by_id: HashMap<String, Kilde>,
}

/// One reference of a `kilde` value.
#[derive(Debug, PartialEq, Eq)]
pub enum Del<'a> {
    /// A register id and the section after it ("" when none).
    Id(&'a str, &'a str),
    Url(&'a str),
    /// "kontroller: …" and everything after it.
    Kontroller(&'a str),
    /// Anything else (a warning in `bti sjekk`).
    Ukjent(&'a str),
}

/// Split a `kilde` value into its references. A part after "; " that is
/// neither an id, a URL nor "kontroller:" is one more section of the document
/// before it ("sogndal-struktur, Nivå 1; Organisering av samordningsplikta").
pub fn deler(kilde: &str) -> Vec<Del<'_>> {
    let mut out: Vec<Del> = Vec::new();
    let base = kilde.as_ptr() as usize;
    let mut rest = kilde.trim();
    while !rest.is_empty() {
        if rest.starts_with("kontroller:") {
            out.push(Del::Kontroller(rest));
            break;
        }
        let (part, next) = rest.split_once("; ").unwrap_or((rest, ""));
        rest = next.trim();
        let part = part.trim();
        if part.starts_with("https://") || part.starts_with("http://") {
            out.push(Del::Url(part));
            continue;
        }
        let (id, seksjon) = part.split_once(", ").unwrap_or((part, ""));
        if super::validate::is_slug(id) {
            out.push(Del::Id(id, seksjon.trim()));
            continue;
        }
        match out.last_mut() {
            Some(Del::Id(_, s)) if !s.is_empty() => {
                // Widen the section to the end of this part (same string).
                let start = s.as_ptr() as usize - base;
                let end = part.as_ptr() as usize - base + part.len();
                *s = kilde.get(start..end).unwrap_or(s);
            }
            Some(Del::Id(_, s)) => *s = part,
            _ => out.push(Del::Ukjent(part)),
        }
    }
    out
}

impl Kilder {
    pub fn from_entries(entries: impl IntoIterator<Item = Kilde>) -> Self {
        Kilder {
            by_id: entries
                .into_iter()
                .map(|k| (k.id.as_ref().clone(), k))
                .collect(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Kilde> {
        self.by_id.get(id)
    }

    /// A `kilde` as a user reads it: register ids replaced by the document's
    /// publisher, title and date (and link), sections and the rest kept.
    pub fn vis(&self, kilde: &str) -> String {
        let parts: Vec<String> = deler(kilde)
            .into_iter()
            .map(|d| match d {
                Del::Id(id, seksjon) => match self.get(id) {
                    Some(k) => {
                        let mut s = k.vis();
                        if !seksjon.is_empty() {
                            s.push_str(&format!(", {seksjon}"));
                        }
                        if let Some(l) = &k.lenke {
                            s.push_str(&format!(" – {l}"));
                        }
                        s
                    }
                    None if seksjon.is_empty() => id.to_string(),
                    None => format!("{id}, {seksjon}"),
                },
                Del::Url(u) | Del::Kontroller(u) | Del::Ukjent(u) => u.to_string(),
            })
            .collect();
        parts.join("; ")
    }
}

impl Store {
    /// The register for `kommune` (or the national one alone), read without
    /// diagnostics: a register that does not parse shows the ids as they are.
    pub fn kilder(&self, kommune: Option<&str>) -> Kilder {
        let mut entries = self
            .les::<KilderFil>(&self.i_maalform("nasjonal/kilder.toml", Maalform::Nb))
            .map(|f| f.kilde)
            .unwrap_or_default();
        if let Some(id) = kommune {
            let rel = self.i_maalform_kommune(&format!("kommuner/{id}/kilder.toml"), id);
            entries.extend(
                self.les::<KilderFil>(&rel)
                    .map(|f| f.kilde)
                    .unwrap_or_default(),
            );
        }
        Kilder::from_entries(entries)
    }
}

/// `bti sjekk`: the registers parse, and every `kilde` in the national
/// files and in each municipality in `ids` names a register entry, a URL or
/// "kontroller: …" (a warning otherwise).
pub fn sjekk(store: &Store, ids: &[String]) -> Vec<Diagnostic> {
    let m = store.maalform;
    let mut out = Vec::new();
    // Every form of a register is checked (`kilder.nn.toml` beside
    // `kilder.toml`); a `kilde` may name an entry of any of them.
    let registre = |rel: &str, out: &mut Vec<Diagnostic>| -> Vec<Kilde> {
        store
            .former(rel)
            .iter()
            .flat_map(|r| register(store, r, out))
            .collect()
    };
    let nasjonal = registre("nasjonal/kilder.toml", &mut out);
    let mut dirs: Vec<(String, Vec<Kilde>)> = vec![("nasjonal".into(), Vec::new())];
    for id in ids {
        let own = registre(&format!("kommuner/{id}/kilder.toml"), &mut out);
        dirs.push((format!("kommuner/{id}"), own));
    }
    // Each folder's files are read and parsed again here: the folders are
    // independent, so on every core (in folder order, as one would).
    let mappe = |(dir, own): &(String, Vec<Kilde>)| {
        let mut out = Vec::new();
        let known = Kilder::from_entries(nasjonal.iter().chain(own).cloned());
        for (_, plain, variants) in filer(store, dir) {
            for rel in std::iter::once(plain).chain(variants) {
                let Ok(Some(file)) = store.read(&rel) else {
                    continue;
                };
                let Ok(doc) = toml::de::DeTable::parse(&file.text) else {
                    continue;
                };
                sjekk_verdier(doc.get_ref(), &known, &file, m, &mut out);
            }
        }
        out
    };
    let per_mappe =
        crate::par::map(&dirs, 16, mappe).unwrap_or_else(|| dirs.iter().map(mappe).collect());
    out.extend(per_mappe.into_iter().flatten());
    out
}

/// Read one register with diagnostics: syntax, unknown keys, duplicate ids.
fn register(store: &Store, rel: &str, out: &mut Vec<Diagnostic>) -> Vec<Kilde> {
    let m = store.maalform;
    let file = match store.read(rel) {
        Ok(Some(f)) => f,
        Ok(None) => return Vec::new(),
        Err(d) => {
            out.push(d);
            return Vec::new();
        }
    };
    let fil: KilderFil = match toml::from_str(&file.text) {
        Ok(f) => f,
        Err(e) => {
            out.push(diag::from_toml(&file, &e, m));
            return Vec::new();
        }
    };
    let mut seen = HashMap::new();
    for k in &fil.kilde {
        if !super::validate::is_slug(k.id.as_ref()) {
            out.push(file.diag(
                k.id.span().start,
                Alvor::Feil,
                m,
                format!(
                    "id «{}» {}",
                    k.id.as_ref(),
                    m.t(
                        "må bestå av små bokstaver a–z, sifre og bindestrek",
                        "må vere små bokstavar a–z, siffer og bindestrek"
                    )
                ),
            ));
        }
        if let Some(first) = seen.insert(k.id.as_ref().clone(), k.id.span().start) {
            let (line, _) = file.line_col(first);
            out.push(file.diag(
                k.id.span().start,
                Alvor::Feil,
                m,
                format!(
                    "id «{}» {} {line})",
                    k.id.as_ref(),
                    m.t("er brukt før (linje", "er brukt før (linje")
                ),
            ));
        }
    }
    fil.kilde
}

/// A working file named in a `kilde`: a design note or a seed copy
/// ("003_805cc5db2f577776.txt").
pub fn arbeidsfil(kilde: &str) -> Option<&str> {
    if kilde.contains("DOMAIN.md") {
        return Some("DOMAIN.md");
    }
    kilde
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
        .find(|w| {
            w.strip_suffix(".txt").is_some_and(|stem| {
                stem.split_once('_').is_some_and(|(a, b)| {
                    !a.is_empty()
                        && a.bytes().all(|c| c.is_ascii_digit())
                        && !b.is_empty()
                        && b.bytes().all(|c| c.is_ascii_hexdigit())
                })
            })
        })
}

/// Every `kilde = "…"` at any depth of a document.
fn sjekk_verdier(
    table: &toml::de::DeTable,
    known: &Kilder,
    file: &SourceFile,
    m: Maalform,
    out: &mut Vec<Diagnostic>,
) {
    use toml::de::DeValue;
    for (key, value) in table {
        match value.get_ref() {
            DeValue::String(s) if key.get_ref() == "kilde" => {
                if let Some(navn) = arbeidsfil(s) {
                    out.push(file.diag(
                        value.span().start,
                        Alvor::Advarsel,
                        m,
                        format!(
                            "{} «{navn}» {}",
                            m.t("kilden nevner", "kjelda nemner"),
                            m.t(
                                "– en arbeidsfil, ikke noe en bruker kan slå opp",
                                "– ei arbeidsfil, ikkje noko ein brukar kan slå opp"
                            )
                        ),
                    ));
                }
                for d in deler(s) {
                    let problem = match d {
                        Del::Id(id, _) if known.get(id).is_none() => Some(format!(
                            "«{id}» {}",
                            m.t(
                                "finnes ikke i kilderegisteret (kilder.toml)",
                                "finst ikkje i kjelderegisteret (kilder.toml)"
                            )
                        )),
                        Del::Ukjent(u) => Some(format!(
                            "{} «{u}» {}",
                            m.t("kilden", "kjelda"),
                            m.t(
                                "er verken en id i kilder.toml, en lenke eller «kontroller: …»",
                                "er korkje ein id i kilder.toml, ei lenkje eller «kontroller: …»"
                            )
                        )),
                        _ => None,
                    };
                    if let Some(p) = problem {
                        out.push(file.diag(value.span().start, Alvor::Advarsel, m, p));
                    }
                }
            }
            DeValue::String(s) => notat(s, value.span().start, file, m, out),
            DeValue::Table(t) => sjekk_verdier(t, known, file, m, out),
            DeValue::Array(a) => {
                for v in a {
                    match v.get_ref() {
                        DeValue::Table(t) => sjekk_verdier(t, known, file, m, out),
                        DeValue::String(s) => notat(s, v.span().start, file, m, out),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
}

/// Words that mark a note for whoever maintains the data, not text for a
/// reader (DOMAIN.md «What users may see»).
const NOTATER: &[&str] = &[
    "kontroller:",
    "kontroller paragrafen",
    "står ikkje i saka",
    "står ikke i saken",
    "jamfør saksutgreiinga",
    "nemnt som døme",
    "eksempel: ",
    "døme: ",
];

/// A warning when text a reader sees carries a maintainer's note: it
/// belongs in `kilde` or a comment.
fn notat(s: &str, at: usize, file: &SourceFile, m: Maalform, out: &mut Vec<Diagnostic>) {
    // Every string of every file passes here (`bti sjekk`): each note's
    // searcher is built once, not at every string.
    static SOKERE: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::OnceLock::new();
    let sokere = SOKERE.get_or_init(|| {
        NOTATER
            .iter()
            .map(|n| memchr::memmem::Finder::new(n.as_bytes()))
            .collect()
    });
    let lav = s.to_lowercase();
    if let Some((n, _)) = NOTATER
        .iter()
        .zip(sokere)
        .find(|(_, f)| f.find(lav.as_bytes()).is_some())
    {
        out.push(file.diag(
            at,
            Alvor::Advarsel,
            m,
            format!(
                "«{}» {}",
                n.trim_end_matches([':', ' ']),
                m.t(
                    "er et notat for den som vedlikeholder dataene, ikke tekst for brukeren: flytt det til kilde eller en kommentar",
                    "er eit notat for den som held ved like dataa, ikkje tekst for brukaren: flytt det til kilde eller ein kommentar"
                )
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kilde_splits_into_references() {
        assert_eq!(
            deler("sirdal-bti-2018, Aktiviteter og fremdrift; https://lovdata.no"),
            [
                Del::Id("sirdal-bti-2018", "Aktiviteter og fremdrift"),
                Del::Url("https://lovdata.no")
            ]
        );
        assert_eq!(
            deler("bufdir; kontroller: at 112 er politiets nummer; mer"),
            [
                Del::Id("bufdir", ""),
                Del::Kontroller("kontroller: at 112 er politiets nummer; mer")
            ]
        );
        assert_eq!(
            deler("001_eea2f66ad7695f83.txt, Organisering"),
            [Del::Ukjent("001_eea2f66ad7695f83.txt, Organisering")]
        );
        assert_eq!(deler("DOMAIN.md"), [Del::Ukjent("DOMAIN.md")]);
        assert_eq!(
            arbeidsfil("sirdal-bti-2018, A; se 003_805cc5db2f577776.txt"),
            Some("003_805cc5db2f577776.txt")
        );
        assert_eq!(arbeidsfil("x, A; frå DOMAIN.md"), Some("DOMAIN.md"));
        assert_eq!(
            arbeidsfil("sirdal-bti-2018, Aktiviteter og fremdrift"),
            None
        );
        assert_eq!(
            deler("sogndal-struktur, Nivå 1; Organisering av samordningsplikta"),
            [Del::Id(
                "sogndal-struktur",
                "Nivå 1; Organisering av samordningsplikta"
            )]
        );
    }
}
