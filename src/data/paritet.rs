//! Målform parity (`bti sjekk`): a data file and its variant in the other
//! målform (`veileder.toml` and `veileder.nn.toml`) must describe the same
//! thing. Ids, targets, references, numbers and verbatim plan cells are
//! equal; the same entries and choices come in the same order; a text
//! present in one and missing in the other is reported. The national files
//! must exist in both bokmål and nynorsk.
//!
//! The comparison walks the two TOML documents side by side, so it holds for
//! every kind of file without knowing its model, and points at the line of
//! the difference in the variant.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::load::{Store, filer};
use crate::diag::{self, Alvor, Diagnostic, SourceFile};
use crate::i18n::Maalform;

/// Keys whose values are the same in both målformer: ids and references,
/// numbers, links, and the cells a plan is transcribed from verbatim.
const LIKE: &[&str] = &[
    "id",
    "til",
    "start",
    "akutt",
    "nr",
    "nivaa",
    "nivå",
    "lovverk",
    "kategorier",
    "kategori",
    "nodnummer",
    "nødnummer",
    "tjenester",
    "frist",
    "frist_omtrentlig",
    "naar",
    "når",
    "slutt",
    "skolestart",
    "status",
    "moter",
    "møter",
    "maalform",
    "målform",
    "kommunenummer",
    "nummer",
    "paragraf",
    "lenke",
    "nettside",
    "hjemmeside",
    "tilgjengelighetserklaering",
    "tilbakemelding",
    "meldeskjema",
    "telefon",
    "epost",
];

/// Every parity problem in `nasjonal/` and in the municipalities `ids`.
pub fn sjekk(store: &Store, ids: &[String]) -> Vec<Diagnostic> {
    let m = store.maalform;
    let mut out = Vec::new();
    let dirs = std::iter::once("nasjonal".to_string())
        .chain(ids.iter().map(|id| format!("kommuner/{id}")));
    for dir in dirs {
        for (stem, plain, variants) in filer(store, &dir) {
            // One synonym table may hold both målformer: a variant is not a translation.
            if stem == "synonymer" {
                continue;
            }
            let Ok(Some(a)) = store.read(&plain) else {
                continue;
            };
            if dir == "nasjonal" && !variants.iter().any(|v| v.ends_with(".nn.toml")) {
                out.push(diag::file_diag(
                    &a.path,
                    m,
                    format!(
                        "{} nasjonal/{stem}.nn.toml",
                        m.t(
                            "de nasjonale dataene skal finnes på bokmål og nynorsk: mangler",
                            "dei nasjonale dataa skal finnast på bokmål og nynorsk: manglar"
                        )
                    ),
                ));
            }
            for v in variants {
                let Ok(Some(b)) = store.read(&v) else {
                    continue;
                };
                sammenlign(&a, &b, m, &mut out);
            }
        }
    }
    out
}

/// Compare a file with its variant in the other målform.
pub fn sammenlign(a: &SourceFile, b: &SourceFile, m: Maalform, out: &mut Vec<Diagnostic>) {
    // A file that does not parse is reported by the load itself.
    let (Ok(ta), Ok(tb)) = (DeTable::parse(&a.text), DeTable::parse(&b.text)) else {
        return;
    };
    let mut p = Par { a, b, m, out };
    p.tabell(ta.get_ref(), tb.get_ref(), "");
}

struct Par<'a> {
    a: &'a SourceFile,
    b: &'a SourceFile,
    m: Maalform,
    out: &'a mut Vec<Diagnostic>,
}

impl Par<'_> {
    /// A problem, reported in the variant (`b`) at `at`, or in the plain file.
    fn feil(&mut self, i_b: bool, at: usize, melding: String) {
        let file = if i_b { self.b } else { self.a };
        self.out.push(file.diag(at, Alvor::Feil, self.m, melding));
    }

    fn mangler(&mut self, sti: &str, her_b: bool, at: usize) {
        let m = self.m;
        let other = if her_b { &self.a.path } else { &self.b.path };
        let melding = format!(
            "«{sti}» {} {other}",
            m.t(
                "finnes her, men mangler i den andre målformen:",
                "finst her, men manglar i den andre målforma:"
            )
        );
        self.feil(her_b, at, melding);
    }

    fn tabell(&mut self, a: &DeTable, b: &DeTable, sti: &str) {
        for (k, va) in a {
            let key = k.get_ref().as_ref();
            let path = if sti.is_empty() {
                key.to_string()
            } else {
                format!("{sti}.{key}")
            };
            match b.iter().find(|(kb, _)| kb.get_ref() == k.get_ref()) {
                Some((_, vb)) => self.verdi(key, va, vb, &path),
                None if tom(va.get_ref()) => {}
                None => self.mangler(&path, false, k.span().start),
            }
        }
        for (k, vb) in b {
            if !a.iter().any(|(ka, _)| ka.get_ref() == k.get_ref()) && !tom(vb.get_ref()) {
                let key = k.get_ref().as_ref();
                let path = if sti.is_empty() {
                    key.to_string()
                } else {
                    format!("{sti}.{key}")
                };
                self.mangler(&path, true, k.span().start);
            }
        }
    }

    fn verdi(&mut self, key: &str, a: &Spanned<DeValue>, b: &Spanned<DeValue>, sti: &str) {
        let m = self.m;
        let at = b.span().start;
        let like = LIKE.contains(&key);
        match (a.get_ref(), b.get_ref()) {
            (DeValue::Table(ta), DeValue::Table(tb)) => self.tabell(ta, tb, sti),
            (DeValue::Array(xa), DeValue::Array(xb)) => {
                if xa.len() != xb.len() {
                    let melding = format!(
                        "«{sti}»: {} {} {}, {} i {}",
                        xb.len(),
                        m.t("oppføringer", "oppføringar"),
                        m.t("her", "her"),
                        xa.len(),
                        self.a.path
                    );
                    self.feil(true, at, melding);
                    return;
                }
                for (i, (ea, eb)) in xa.iter().zip(xb.iter()).enumerate() {
                    let name = match ea.get_ref() {
                        DeValue::Table(t) => t
                            .iter()
                            .find(|(k, _)| k.get_ref() == "id")
                            .and_then(|(_, v)| match v.get_ref() {
                                DeValue::String(s) => Some(s.to_string()),
                                _ => None,
                            })
                            .unwrap_or_else(|| (i + 1).to_string()),
                        _ => (i + 1).to_string(),
                    };
                    self.verdi(key, ea, eb, &format!("{sti}[{name}]"));
                }
            }
            (DeValue::String(sa), DeValue::String(sb)) => {
                if like && sa != sb {
                    self.ulik(sti, sa, sb, at);
                } else if sa.trim().is_empty() != sb.trim().is_empty() {
                    let her_b = sa.trim().is_empty();
                    let at = if her_b { at } else { a.span().start };
                    self.mangler(sti, her_b, at);
                }
            }
            (DeValue::Integer(ia), DeValue::Integer(ib)) => {
                if ia.as_str() != ib.as_str() {
                    self.ulik(sti, ia.as_str(), ib.as_str(), at);
                }
            }
            (DeValue::Boolean(x), DeValue::Boolean(y)) => {
                if x != y {
                    self.ulik(sti, &x.to_string(), &y.to_string(), at);
                }
            }
            (DeValue::Datetime(x), DeValue::Datetime(y)) => {
                if x != y {
                    self.ulik(sti, &x.to_string(), &y.to_string(), at);
                }
            }
            (DeValue::Float(x), DeValue::Float(y)) => {
                if x.as_str() != y.as_str() {
                    self.ulik(sti, x.as_str(), y.as_str(), at);
                }
            }
            _ => {
                let melding = format!(
                    "«{sti}»: {} {}",
                    m.t("har en annen type enn i", "har ein annan type enn i"),
                    self.a.path
                );
                self.feil(true, at, melding);
            }
        }
    }

    fn ulik(&mut self, sti: &str, a: &str, b: &str, at: usize) {
        let m = self.m;
        let melding = format!(
            "«{sti}» {} («{b}» {} «{a}» i {})",
            m.t(
                "skal være lik i begge målformene",
                "skal vere lik i begge målformene"
            ),
            m.t("her,", "her,"),
            self.a.path
        );
        self.feil(true, at, melding);
    }
}

/// An empty string or list counts as absent.
fn tom(v: &DeValue) -> bool {
    match v {
        DeValue::String(s) => s.trim().is_empty(),
        DeValue::Array(a) => a.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(a: &str, b: &str) -> Vec<String> {
        let fa = SourceFile::new("a.toml".into(), a.into());
        let fb = SourceFile::new("a.nn.toml".into(), b.into());
        let mut out = Vec::new();
        sammenlign(&fa, &fb, Maalform::Nn, &mut out);
        out.iter().map(ToString::to_string).collect()
    }

    const NB: &str = "[[rolle]]\nid = \"a\"\nnavn = \"Stafettholder\"\nbeskrivelse = \"Samordner\"\nnivaa = [1, 2]\noppgaver = [\"Føre logg\", \"Kalle inn\"]\n";

    #[test]
    fn the_same_structure_in_other_words_is_fine() {
        let nn = "[[rolle]]\nid = \"a\"\nnavn = \"Stafetthaldar\"\nbeskrivelse = \"Samordnar\"\nnivaa = [1, 2]\noppgaver = [\"Føre logg\", \"Kalle inn\"]\n";
        assert_eq!(diff(NB, nn), Vec::<String>::new());
    }

    #[test]
    fn a_missing_text_a_changed_id_and_a_lost_entry_are_reported() {
        let nn = "[[rolle]]\nid = \"b\"\nnavn = \"Stafetthaldar\"\nnivaa = [1, 2]\noppgaver = [\"Føre logg\"]\n";
        let d = diff(NB, nn);
        assert_eq!(d.len(), 3, "{d:?}");
        assert!(
            d.iter()
                .any(|x| x.starts_with("a.nn.toml:2:6: feil: «rolle[a].id»")),
            "{d:?}"
        );
        assert!(
            d.iter().any(|x| x.starts_with("a.toml:4:1:")
                && x.contains("rolle[a].beskrivelse")
                && x.contains("manglar")),
            "{d:?}"
        );
        assert!(
            d.iter()
                .any(|x| x.contains("rolle[a].oppgaver")
                    && x.contains("1 oppføringar her, 2 i a.toml")),
            "{d:?}"
        );
    }

    #[test]
    fn choices_must_keep_their_order_and_targets() {
        let nb = "[[node]]\nid = \"s\"\nvalg = [{ tekst = \"Ja\", til = \"x\" }, { tekst = \"Nei\", til = \"y\" }]\n";
        let nn = "[[node]]\nid = \"s\"\nvalg = [{ tekst = \"Nei\", til = \"y\" }, { tekst = \"Ja\", til = \"x\" }]\n";
        let d = diff(nb, nn);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d.iter().any(|x| x.contains("node[s].valg[1].til")), "{d:?}");
    }
}
