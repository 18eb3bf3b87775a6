//! The summary of a finished walkthrough: the outcome, the level to continue
//! at, the path taken, the deadlines as dates, the legal duties, the contacts
//! of the municipality's services and the national numbers.
//!
//! Built once from the engine and the data (`Oppsummering::ny`), then written
//! as plain text (line mode, TUI), Markdown (`--lagre`, `s`) or a JSON line,
//! so the three can never disagree. It holds only what the data and the
//! answers say: no names, no dates of birth, no free text.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::engine::{Engine, Svar};
use super::{Datoer, Kilde, frist_dato, lov_linjer, lover, lukker_saken};
use crate::i18n::Maalform;

/// One answer on the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StiSteg {
    pub node: String,
    pub sporsmal: String,
    /// The choice's text, or the akutt marker.
    pub svar: String,
    /// 1-based choice number; `None` for the akutt jump.
    pub nr: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frist {
    pub node: String,
    /// The title of the node or outcome the deadline belongs to.
    pub tittel: String,
    pub tekst: String,
    pub dato: Option<NaiveDate>,
}

/// One law of the outcome, as JSON shows it (SPEC §4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LovRef {
    pub id: String,
    pub tittel: String,
    pub lov: String,
    /// Only a confirmed paragraph (never a «kontroller:» one).
    pub paragraf: Option<String>,
    pub lenke: Option<String>,
    /// The workplaces the law binds (`None`: everyone).
    pub arbeidssted: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kontakt {
    pub id: String,
    pub navn: String,
    pub kategori: String,
    pub telefon: Option<String>,
    pub epost: Option<String>,
    pub nettside: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nodnummer {
    pub id: String,
    pub nummer: String,
    pub navn: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Oppsummering {
    pub m: Maalform,
    pub i_dag: NaiveDate,
    /// The day the undring arose: the deadlines count from it.
    pub undring: NaiveDate,
    /// The municipality's id, if one was chosen.
    pub kommune: Option<String>,
    pub kommune_navn: String,
    pub id: String,
    pub tittel: String,
    pub tekst: String,
    pub nivaa: Option<i64>,
    pub nivaa_navn: Option<String>,
    pub akutt: bool,
    pub sti: Vec<StiSteg>,
    pub frister: Vec<Frist>,
    /// The outcome's own duties (not every law met on the way), narrowed to
    /// the user's workplace when one is given.
    pub lovverk: Vec<LovRef>,
    /// The same duties for reading: one line per duty, the law per workplace.
    pub lov_linjer: Vec<String>,
    /// The outcome's categories, for the "no contacts" note.
    pub kategorier: Vec<String>,
    pub tjenester: Vec<Kontakt>,
    /// The municipality's own switchboard and website, when its
    /// `kommune.toml` gives them: a way in when the services have no contact
    /// details of their own. Shown only when the outcome has someone to contact.
    pub sentralbord: Option<Kontakt>,
    /// The municipality's website, where a missing number can be found.
    pub kommune_nettside: Option<String>,
    /// The barnevernvakt outside office hours (116 111, from `nodnummer.toml`),
    /// when the outcome involves barnevernet.
    pub barnevernvakt: Option<Nodnummer>,
    pub nodnummer: Vec<Nodnummer>,
}

/// The id of Alarmtelefonen for barn og unge in `nodnummer.toml`, through
/// which the barnevernvakt is reached outside office hours (DOMAIN.md).
const BARNEVERNVAKT: &str = "116111";

fn ikke_tom(s: &Option<String>) -> Option<String> {
    s.clone().filter(|s| !s.trim().is_empty())
}

impl Oppsummering {
    /// The summary of the engine's outcome; `None` before an outcome.
    pub fn ny(kilde: &Kilde, engine: &Engine, d: Datoer, m: Maalform) -> Option<Self> {
        let utfall = engine.utfall()?;
        let akutt_svar = m.t("⚠ Akutt (hoppet til akutt)", "⚠ Akutt (hoppa til akutt)");
        let sti = engine
            .historikk()
            .iter()
            .map(|t| {
                let node = match t.fra {
                    super::engine::Pos::Node(i) => engine.node_at(i),
                    super::engine::Pos::Utfall(_) => None,
                };
                let (svar, nr) = match t.svar {
                    Svar::Valg(i) => (
                        node.and_then(|n| n.valg.get(i))
                            .map_or_else(String::new, |v| v.tekst.clone()),
                        Some(i + 1),
                    ),
                    Svar::Akutt => (akutt_svar.to_string(), None),
                };
                StiSteg {
                    node: engine.id(t.fra).to_string(),
                    sporsmal: node.map_or_else(
                        || m.t("(oppsummering)", "(oppsummering)").to_string(),
                        |n| n.sporsmal.clone(),
                    ),
                    svar,
                    nr,
                }
            })
            .collect();

        // Only what is still ahead: the steps on the path are done (their
        // deadlines were shown on their screens), so the outcome's own
        // deadline is the one left, and an outcome that closes the case has none.
        let frister: Vec<Frist> = utfall
            .frist
            .as_ref()
            .filter(|_| !lukker_saken(utfall))
            .map(|f| Frist {
                node: utfall.id.as_ref().clone(),
                tittel: utfall.tittel.clone(),
                tekst: f.as_ref().clone(),
                dato: frist_dato(f.as_ref(), d.undring),
            })
            .into_iter()
            .collect();

        let lov = lover(kilde, utfall.lovverk.iter().map(|l| l.as_ref().as_str()));
        let lov_linjer = lov_linjer(kilde, &lov, m);
        let lovverk = lov
            .iter()
            .map(|l| LovRef {
                id: l.id.as_ref().clone(),
                tittel: l.tittel.clone(),
                lov: l.lov.clone(),
                paragraf: l.paragraf.clone().filter(|_| !l.ubekreftet()),
                lenke: l.lenke.clone(),
                arbeidssted: l
                    .arbeidssted
                    .as_ref()
                    .map(|a| a.iter().map(|a| a.id().to_string()).collect()),
            })
            .collect();

        let kategorier: Vec<String> = utfall
            .kategorier
            .iter()
            .map(|k| k.as_ref().clone())
            .collect();
        let mut tjenester = Vec::new();
        if let Some(k) = &kilde.kommune {
            for kat in &kategorier {
                for t in k.tjenester.iter().filter(|t| t.kategori.as_ref() == kat) {
                    tjenester.push(Kontakt {
                        id: t.id.as_ref().clone(),
                        navn: t.navn.clone(),
                        kategori: kat.clone(),
                        telefon: ikke_tom(&t.telefon),
                        epost: ikke_tom(&t.epost),
                        nettside: ikke_tom(&t.nettside),
                    });
                }
            }
        }

        let nodnummer = utfall
            .nodnummer
            .iter()
            .map(|id| match kilde.nummer(id.as_ref()) {
                Some(n) => Nodnummer {
                    id: id.as_ref().clone(),
                    nummer: n.nummer.clone(),
                    navn: n.navn.clone(),
                },
                None => Nodnummer {
                    id: id.as_ref().clone(),
                    nummer: id.as_ref().clone(),
                    navn: String::new(),
                },
            })
            .collect();

        let barnevernvakt = kategorier
            .iter()
            .any(|k| k == "barnevern")
            .then(|| kilde.nummer(BARNEVERNVAKT))
            .flatten()
            .map(|n| Nodnummer {
                id: BARNEVERNVAKT.to_string(),
                nummer: n.nummer.clone(),
                navn: n.navn.clone(),
            });

        let nivaa = utfall.nivaa.as_ref().map(|n| *n.as_ref());
        Some(Oppsummering {
            m,
            i_dag: d.i_dag,
            undring: d.undring,
            kommune: kilde.kommune.as_ref().map(|k| k.id.clone()),
            kommune_navn: kilde.kommune_navn(m),
            id: utfall.id.as_ref().clone(),
            tittel: utfall.tittel.clone(),
            tekst: utfall.tekst.clone(),
            nivaa,
            nivaa_navn: nivaa.and_then(|n| kilde.nivaa_navn(n)).map(String::from),
            akutt: engine.utfall_fra_akutt(),
            sti,
            frister,
            lovverk,
            lov_linjer,
            kategorier,
            tjenester,
            sentralbord: kilde.kommune.as_ref().and_then(|k| {
                let kk = &k.kommune;
                let telefon = ikke_tom(&kk.telefon);
                let epost = ikke_tom(&kk.epost);
                // The municipality's own site, where its numbers are; `nettside`
                // may be a shared veileder (Sirdal: BTI Lister).
                let nettside = ikke_tom(&kk.hjemmeside).or_else(|| ikke_tom(&kk.nettside));
                (telefon.is_some() || epost.is_some() || nettside.is_some()).then(|| Kontakt {
                    id: k.id.clone(),
                    navn: kk.navn.clone(),
                    kategori: "kommune".to_string(),
                    telefon,
                    epost,
                    nettside,
                })
            }),
            kommune_nettside: kilde.kommune.as_ref().and_then(|k| {
                ikke_tom(&k.kommune.hjemmeside).or_else(|| ikke_tom(&k.kommune.nettside))
            }),
            barnevernvakt,
            nodnummer,
        })
    }

    /// The switchboard, only when the outcome has someone to contact (an
    /// outcome that closes the case says "no services" and nothing more).
    fn sentralbord(&self) -> Option<&Kontakt> {
        self.sentralbord
            .as_ref()
            .filter(|_| !self.kategorier.is_empty())
    }

    fn nivaa_linje(&self) -> String {
        let m = self.m;
        match (self.nivaa, &self.nivaa_navn) {
            (Some(_), Some(navn)) => format!("{}: {navn}", m.t("Fortsett på", "Hald fram på")),
            (Some(n), None) => format!("{}: {} {n}", m.t("Fortsett på", "Hald fram på"), "nivå"),
            (None, _) => m
                .t(
                    "Nivå: ingen videre nivå fra denne veiledningen",
                    "Nivå: ikkje noko vidare nivå frå denne rettleiinga",
                )
                .to_string(),
        }
    }

    fn frist_linje(&self, f: &Frist) -> String {
        let m = self.m;
        match f.dato {
            Some(d) => format!(
                "{}: {} ({} {}){}",
                f.tittel,
                m.dato(d),
                f.tekst,
                Datoer {
                    undring: self.undring,
                    i_dag: self.i_dag
                }
                .fra_tekst(m),
                // As on a node's screen: a date already past is said to be.
                if d < self.i_dag {
                    m.t(" – fristen er passert", " – fristen er passert")
                } else {
                    ""
                }
            ),
            None => format!("{}: {}", f.tittel, f.tekst),
        }
    }

    /// The outcome's categories that have no registered service (the police
    /// are reached through the national numbers), when some services are
    /// listed: an outcome must not look as if only those were involved.
    fn uten_tjeneste(&self) -> Vec<String> {
        if self.tjenester.is_empty() {
            return Vec::new();
        }
        self.kategorier
            .iter()
            .filter(|k| *k != "politi" && !self.tjenester.iter().any(|t| &t.kategori == *k))
            .map(|k| crate::i18n::kategori_navn(self.m, k))
            .collect()
    }

    /// Said once per summary, after the contacts: the categories with no
    /// service registered, and where to find them and the phone numbers the
    /// data lacks (the municipality's website, never a guess).
    pub fn finn_nummeret(&self) -> Vec<String> {
        let m = self.m;
        let mut ut = Vec::new();
        let uten = self.uten_tjeneste();
        if !uten.is_empty() {
            ut.push(format!(
                "{} {}.",
                m.t(
                    "Kommunen har ikke registrert tjenester for:",
                    "Kommunen har ikkje registrert tenester for:"
                ),
                uten.join(", ")
            ));
        }
        let mangler_tlf = self
            .tjenester
            .iter()
            .chain(self.sentralbord())
            .any(|k| k.telefon.is_none());
        if uten.is_empty() && !mangler_tlf {
            return ut;
        }
        let hva = if uten.is_empty() {
            m.t(
                "Telefonnumre som mangler her, finner du på kommunens nettside",
                "Telefonnummer som manglar her, finn du på nettsida til kommunen",
            )
        } else {
            m.t(
                "Tjenestene og telefonnumre som mangler her, finner du på kommunens nettside",
                "Tenestene og telefonnummer som manglar her, finn du på nettsida til kommunen",
            )
        };
        ut.push(match &self.kommune_nettside {
            Some(url) => format!("{hva} {url}"),
            None => format!("{hva}."),
        });
        ut
    }

    /// "telefon X · e-post Y · nettside Z", for what the data has (a missing
    /// field is left out, never shown as «–»).
    fn kontaktfelt(&self, k: &Kontakt) -> String {
        let m = self.m;
        let mut deler = Vec::new();
        if let Some(t) = &k.telefon {
            deler.push(format!("{} {t}", m.t("telefon", "telefon")));
        }
        if let Some(e) = &k.epost {
            deler.push(format!("{} {e}", m.t("e-post", "e-post")));
        }
        if let Some(n) = &k.nettside {
            deler.push(format!("{} {n}", m.t("nettside", "nettside")));
        }
        deler.join(" · ")
    }

    fn kontakt_linje(&self, k: &Kontakt) -> String {
        let felt = self.kontaktfelt(k);
        let navn = format!(
            "{} ({})",
            k.navn,
            crate::i18n::kategori_navn(self.m, &k.kategori)
        );
        if felt.is_empty() {
            navn
        } else {
            format!("{navn} – {felt}")
        }
    }

    fn sentralbord_linje(&self, k: &Kontakt) -> String {
        let felt = self.kontaktfelt(k);
        let navn = format!("{} ({})", k.navn, self.m.t("sentralbord", "sentralbord"));
        if felt.is_empty() {
            navn
        } else {
            format!("{navn} – {felt}")
        }
    }

    /// DOMAIN.md: «Alarmtelefonen for barn og unge, 116 111», open day and
    /// night and answered by a barnevernvakt.
    fn barnevernvakt_linje(&self, n: &Nodnummer) -> String {
        format!(
            "{}, {} – {}",
            n.navn,
            n.nummer,
            self.m.t(
                "åpen hele døgnet; barnevernvakten svarer",
                "open heile døgeret; barnevernsvakta svarar"
            )
        )
    }

    fn ingen_plikter(&self) -> &'static str {
        self.m.t(
            "Ingen egne plikter for dette utfallet.",
            "Ingen eigne plikter for dette utfallet.",
        )
    }

    pub fn ingen_kontakter(&self) -> String {
        let m = self.m;
        if self.kategorier.is_empty() {
            m.t(
                "Ingen tjenester å kontakte for dette utfallet.",
                "Ingen tenester å kontakte for dette utfallet.",
            )
            .to_string()
        } else if self.kommune.is_none() {
            m.t(
                "Ingen kommune er valgt. Velg kommune med -k (f.eks. bti -k sirdal guide) for å se kontaktene.",
                "Ingen kommune er vald. Vel kommune med -k (t.d. bti -k sirdal guide) for å sjå kontaktane.",
            )
            .to_string()
        } else {
            // Still an answer to "whom do I call": where the numbers are.
            format!(
                "{} {}. {}",
                m.t(
                    "Kommunen har ingen tjenester registrert i disse kategoriene:",
                    "Kommunen har ingen tenester registrerte i desse kategoriane:"
                ),
                self.kategorier
                    .iter()
                    .map(|k| crate::i18n::kategori_navn(m, k))
                    .collect::<Vec<_>>()
                    .join(", "),
                m.t(
                    "Finn tjenestene og telefonnumrene deres på kommunens nettside.",
                    "Finn tenestene og telefonnummera deira på nettsida til kommunen."
                )
            )
        }
    }

    /// Section headings, shared by text and Markdown.
    fn overskrifter(&self) -> [&'static str; 6] {
        let m = self.m;
        [
            m.t("Veien hit", "Vegen hit"),
            m.t("Frister", "Fristar"),
            m.t("Lovverk og plikter", "Lovverk og plikter"),
            m.t("Kontakter", "Kontaktar"),
            m.t("Nasjonale telefonnumre", "Nasjonale telefonnummer"),
            m.t("Oppsummering", "Oppsummering"),
        ]
    }

    /// Plain text, for the line mode, the TUI and the terminal after quitting.
    pub fn tekst(&self) -> String {
        let m = self.m;
        let [h_sti, h_frist, h_lov, h_kontakt, h_nr, h_opp] = self.overskrifter();
        let mut s = String::new();
        let akutt = if self.akutt { "⚠ AKUTT – " } else { "" };
        let _ = writeln!(s, "{akutt}{h_opp}: {}", self.tittel);
        let _ = writeln!(
            s,
            "{} · {} {}",
            self.kommune_navn,
            m.t("dato", "dato"),
            m.dato(self.i_dag)
        );
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", self.tekst);
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", self.nivaa_linje());
        if !self.nodnummer.is_empty() {
            let _ = writeln!(s);
            let _ = writeln!(s, "{h_nr}:");
            for n in &self.nodnummer {
                let _ = writeln!(s, "  {}, {}", n.navn, n.nummer);
            }
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "{h_kontakt}:");
        if self.tjenester.is_empty() {
            let _ = writeln!(s, "  {}", self.ingen_kontakter());
        }
        for k in &self.tjenester {
            let _ = writeln!(s, "  • {}", self.kontakt_linje(k));
        }
        if let Some(k) = self.sentralbord() {
            let _ = writeln!(s, "  • {}", self.sentralbord_linje(k));
        }
        if let Some(n) = &self.barnevernvakt {
            let _ = writeln!(s, "  • {}", self.barnevernvakt_linje(n));
        }
        for f in self.finn_nummeret() {
            let _ = writeln!(s, "  {f}");
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "{h_frist}:");
        if self.frister.is_empty() {
            let _ = writeln!(
                s,
                "  {}",
                m.t(
                    "Ingen frister på denne veien.",
                    "Ingen fristar på denne vegen."
                )
            );
        }
        for f in &self.frister {
            let _ = writeln!(s, "  • {}", self.frist_linje(f));
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "{h_lov}:");
        if self.lov_linjer.is_empty() {
            let _ = writeln!(s, "  {}", self.ingen_plikter());
        }
        for l in &self.lov_linjer {
            let _ = writeln!(s, "  • {l}");
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "{h_sti}:");
        for (i, st) in self.sti.iter().enumerate() {
            let _ = writeln!(s, "  {}. {} → {}", i + 1, st.sporsmal, st.svar);
        }
        s
    }

    /// Markdown, for `--lagre` and `s`.
    pub fn markdown(&self) -> String {
        let m = self.m;
        let [h_sti, h_frist, h_lov, h_kontakt, h_nr, h_opp] = self.overskrifter();
        let mut s = String::new();
        let akutt = if self.akutt { "⚠ AKUTT – " } else { "" };
        let _ = writeln!(s, "# {akutt}{h_opp}: {}", md(&self.tittel));
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{} · {} {} · {}",
            md(&self.kommune_navn),
            m.t("dato", "dato"),
            m.dato(self.i_dag),
            m.t(
                "laget med bti guide (BTI nivå 0)",
                "laga med bti guide (BTI nivå 0)"
            )
        );
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", md(&self.tekst));
        let _ = writeln!(s);
        let _ = writeln!(s, "**{}**", md(&self.nivaa_linje()));
        if !self.nodnummer.is_empty() {
            let _ = writeln!(s);
            let _ = writeln!(s, "## {h_nr}");
            let _ = writeln!(s);
            for n in &self.nodnummer {
                let _ = writeln!(s, "- {}, **{}**", md(&n.navn), md(&n.nummer));
            }
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "## {h_kontakt}");
        let _ = writeln!(s);
        if self.tjenester.is_empty() {
            let _ = writeln!(s, "{}", md(&self.ingen_kontakter()));
        } else {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} |",
                m.t("Tjeneste", "Teneste"),
                m.t("Kategori", "Kategori"),
                m.t("Telefon", "Telefon"),
                m.t("E-post", "E-post")
            );
            let _ = writeln!(s, "|---|---|---|---|");
            for k in &self.tjenester {
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {} |",
                    cell(&k.navn),
                    cell(crate::i18n::kategori_navn(m, &k.kategori).as_ref()),
                    cell(k.telefon.as_deref().unwrap_or_default()),
                    cell(k.epost.as_deref().unwrap_or_default())
                );
            }
        }
        let sentralbord = self.sentralbord();
        if sentralbord.is_some() || self.barnevernvakt.is_some() {
            let _ = writeln!(s);
        }
        if let Some(k) = sentralbord {
            let _ = writeln!(s, "- {}", md(&self.sentralbord_linje(k)));
        }
        if let Some(n) = &self.barnevernvakt {
            let _ = writeln!(s, "- {}", md(&self.barnevernvakt_linje(n)));
        }
        for f in self.finn_nummeret() {
            let _ = writeln!(s);
            let _ = writeln!(s, "{}", md(&f));
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "## {h_frist}");
        let _ = writeln!(s);
        if self.frister.is_empty() {
            let _ = writeln!(
                s,
                "{}",
                m.t(
                    "Ingen frister på denne veien.",
                    "Ingen fristar på denne vegen."
                )
            );
        }
        for f in &self.frister {
            let _ = writeln!(s, "- {}", md(&self.frist_linje(f)));
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "## {h_lov}");
        let _ = writeln!(s);
        if self.lov_linjer.is_empty() {
            let _ = writeln!(s, "{}", md(self.ingen_plikter()));
        }
        for l in &self.lov_linjer {
            let _ = writeln!(s, "- {}", md(l));
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "## {h_sti}");
        let _ = writeln!(s);
        for (i, st) in self.sti.iter().enumerate() {
            let _ = writeln!(s, "{}. {} → **{}**", i + 1, md(&st.sporsmal), md(&st.svar));
        }
        s
    }

    /// The `{"type":"utfall",…}` line of the JSON-lines mode.
    pub fn json(&self) -> Value {
        json!({
            "type": "utfall",
            "id": self.id,
            "tittel": self.tittel,
            "tekst": self.tekst,
            "nivaa": self.nivaa,
            "kommune": self.kommune,
            "i_dag": self.i_dag.to_string(),
            "undring": self.undring.to_string(),
            "akutt": self.akutt,
            "sti": self.sti.iter().map(|s| json!({
                "node": s.node,
                "sporsmal": s.sporsmal,
                "valg": s.svar,
                "nr": s.nr,
            })).collect::<Vec<_>>(),
            "tjenester": self.tjenester.iter().map(|k| json!({
                "id": k.id,
                "navn": k.navn,
                "kategori": k.kategori,
                "telefon": k.telefon,
                "epost": k.epost,
                "nettside": k.nettside,
            })).collect::<Vec<_>>(),
            "sentralbord": self.sentralbord().map(|k| json!({
                "navn": k.navn,
                "telefon": k.telefon,
                "epost": k.epost,
                "nettside": k.nettside,
            })),
            "kommune_nettside": self.kommune_nettside,
            "barnevernvakt": self.barnevernvakt.as_ref().map(|n| json!({
                "nummer": n.nummer,
                "navn": n.navn,
            })),
            "frister": self.frister.iter().map(|f| json!({
                "node": f.node,
                "tittel": f.tittel,
                "tekst": f.tekst,
                "dato": f.dato.map(|d| d.to_string()),
                "fra": self.undring.to_string(),
            })).collect::<Vec<_>>(),
            "lovverk": self.lovverk.iter().map(|l| json!({
                "id": l.id,
                "tittel": l.tittel,
                "lov": l.lov,
                "paragraf": l.paragraf,
                "lenke": l.lenke,
                "arbeidssted": l.arbeidssted,
            })).collect::<Vec<_>>(),
            "nodnummer": self.nodnummer.iter().map(|n| json!({
                "id": n.id,
                "nummer": n.nummer,
                "navn": n.navn,
            })).collect::<Vec<_>>(),
        })
    }
}

/// Escape the characters that would start Markdown markup mid-text, and
/// show control characters (a saved summary is read with `cat` too).
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in crate::vis::vis(s).chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn cell(s: &str) -> String {
    md(&s.replace('\n', " "))
}
