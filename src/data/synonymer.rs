//! `synonymer.toml`: the other names people type for a service or a
//! category ("helsesøster", "PP-kontoret", "barnevernstenesta"), national
//! and per municipality. Read only when a search has words to look up, so
//! a plain listing never pays for it; checked as every other file is.

use super::load::{Loaded, Store};
use super::model::{KATEGORIER, Sp, Synonym, SynonymerFil};
use crate::diag::{Alvor, Diagnostic, SourceFile};
use crate::i18n::{Maalform, fold};

/// The file name, in `nasjonal/` and in a municipality folder.
pub const FIL: &str = "synonymer.toml";

impl Store {
    /// `nasjonal/synonymer.toml` (optional; `synonymer.nn.toml` beside it,
    /// when there is one, for a nynorsk UI).
    pub fn synonymer_nasjonal(&self) -> Loaded<Vec<Synonym>> {
        self.synonymer_fra(&self.i_maalform(&format!("nasjonal/{FIL}"), Maalform::Nb))
    }

    /// A municipality's own `synonymer.toml` (optional): used with the
    /// national ones when its data is searched.
    pub fn synonymer_kommune(&self, id: &str) -> Loaded<Vec<Synonym>> {
        self.synonymer_fra(&self.i_maalform_kommune(&format!("kommuner/{id}/{FIL}"), id))
    }

    /// `bti sjekk`: every form of the table in `nasjonal/` (`id` `None`) or
    /// in a municipality folder, the plain file and its målform variants.
    pub fn synonymer_sjekk(&self, id: Option<&str>) -> Vec<Diagnostic> {
        let rel = match id {
            Some(id) => format!("kommuner/{id}/{FIL}"),
            None => format!("nasjonal/{FIL}"),
        };
        self.former(&rel)
            .iter()
            .flat_map(|r| self.synonymer_fra(r).diags)
            .collect()
    }

    fn synonymer_fra(&self, rel: &str) -> Loaded<Vec<Synonym>> {
        let loaded = self.les_synonymer(rel);
        if loaded.diags.is_empty() {
            return loaded;
        }
        // The pre-parsed embedded form has no positions: read the TOML to
        // point at the problem (as the other files do).
        self.uten_kompakt().les_synonymer(rel)
    }

    fn les_synonymer(&self, rel: &str) -> Loaded<Vec<Synonym>> {
        let mut diags = Vec::new();
        let data = self
            .parse::<SynonymerFil>(rel, false, &mut diags)
            .map(|(fil, file)| {
                let file =
                    file.unwrap_or_else(|| SourceFile::new(self.display(rel), String::new()));
                sjekk(&fil.synonym, &file, self.maalform, &mut diags);
                fil.synonym
            });
        Loaded { data, diags }
    }
}

/// Every problem in one file's synonyms: an empty word, an entry that leads
/// nowhere, a category outside the vocabulary (a warning, as in
/// `tjenester.toml`). `kilde` is optional: general vocabulary has none.
pub fn sjekk(synonymer: &[Synonym], file: &SourceFile, m: Maalform, out: &mut Vec<Diagnostic>) {
    let tom = |o: &Sp| !fold(o.as_ref()).chars().any(char::is_alphanumeric);
    for s in synonymer {
        for o in s.ord.iter().chain(&s.betyr) {
            if tom(o) {
                out.push(
                    file.diag(
                        o.span().start,
                        Alvor::Feil,
                        m,
                        m.t(
                            "ordet er tomt (det må ha minst én bokstav eller ett siffer)",
                            "ordet er tomt (det må ha minst éin bokstav eller eitt siffer)",
                        )
                        .into(),
                    ),
                );
            }
        }
        if s.ord.is_empty() {
            out.push(
                file.diag(
                    s.betyr
                        .first()
                        .or(s.kategorier.first())
                        .map_or(0, |o| o.span().start),
                    Alvor::Feil,
                    m,
                    m.t(
                        "«ord» er tom: skriv minst ett ord folk søker med",
                        "«ord» er tom: skriv minst eitt ord folk søkjer med",
                    )
                    .into(),
                ),
            );
        }
        if s.betyr.is_empty() && s.kategorier.is_empty() {
            out.push(
                file.diag(
                    s.ord.first().map_or(0, |o| o.span().start),
                    Alvor::Feil,
                    m,
                    m.t(
                        "synonymet fører ingen steder: gi «betyr» eller «kategorier»",
                        "synonymet fører ingen stader: gi «betyr» eller «kategorier»",
                    )
                    .into(),
                ),
            );
        }
        for k in &s.kategorier {
            if !KATEGORIER.contains(&k.as_ref().as_str()) {
                let mut melding = format!(
                    "{} «{}»",
                    m.t("ukjent kategori", "ukjend kategori"),
                    k.as_ref()
                );
                if let Some(n) = crate::likhet::closest(k.as_ref(), KATEGORIER.iter().copied()) {
                    melding.push_str(&format!(" ({} «{n}»?)", m.t("mente du", "meinte du")));
                }
                out.push(file.diag(k.span().start, Alvor::Advarsel, m, melding));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::kompakt::debug_uten_span;

    #[test]
    fn the_national_table_is_clean_and_pre_parsed() {
        let fast = Store::embedded(Maalform::Nb);
        let a = fast.synonymer_nasjonal();
        assert!(a.diags.is_empty(), "{:?}", a.diags);
        let a = a.data.unwrap();
        assert!(a.len() > 10);
        let b = fast.uten_kompakt().synonymer_nasjonal().data.unwrap();
        assert_eq!(debug_uten_span(&a), debug_uten_span(&b));
        // No municipality ships one yet: a missing file is no problem.
        let k = fast.synonymer_kommune("sirdal");
        assert!(k.diags.is_empty() && k.data.is_some_and(|d| d.is_empty()));
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let text = "[[synonym]]\nord = []\nbetyr = [\" \"]\n\n[[synonym]]\nord = [\"a\"]\nkategorier = [\"ppt\", \"pppt\"]\n";
        let fil: SynonymerFil = toml::from_str(text).unwrap();
        let file = SourceFile::new("s.toml".into(), text.into());
        let mut out = Vec::new();
        sjekk(&fil.synonym, &file, Maalform::Nn, &mut out);
        let s: Vec<String> = out.iter().map(ToString::to_string).collect();
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[0].starts_with("s.toml:3:10:") && s[0].contains("ordet er tomt"));
        assert!(s[1].starts_with("s.toml:3:10:") && s[1].contains("«ord» er tom"));
        assert!(s[2].starts_with("s.toml:7:22:") && s[2].contains("«ppt»?"));
    }
}
