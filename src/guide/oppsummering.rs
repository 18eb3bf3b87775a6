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
use crate::data::KommuneData;
use crate::data::model::Kontakt as Punkt;
use crate::data::model::{Arbeidssted, ArenaNivaa, Tjeneste};
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
    /// The service's labelled points (`[[tjeneste.kontakt]]`), each shown
    /// on its own line after the main ones.
    pub kontakt: Vec<Punkt>,
}

/// An arena where one child's case is worked on (the `individ` level of the
/// model), with when and where it meets when the data says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArenaRef {
    pub id: String,
    pub navn: String,
    pub hyppighet: Option<String>,
    pub tidspunkt: Option<String>,
    pub sted: Option<String>,
}

/// A category of the outcome shown as one line instead of its services:
/// the user's own kind of workplace («din egen skole»), or many services of
/// one kind (every school) with where to find them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Samlet {
    pub kategori: String,
    /// How many of the municipality's services the line stands for.
    pub antall: usize,
    /// The user's own kind of workplace (`--arbeidssted`).
    pub egen: bool,
}

/// More services than this of one category become one line.
pub const MAKS_PER_KATEGORI: usize = 3;

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
    /// The coordinating services (`koordinerende-enhet`), for an outcome
    /// that continues at nivå 2 or higher.
    pub koordinerende: Vec<Kontakt>,
    /// The arenas for one child's case, for an outcome with a level.
    pub arenaer: Vec<ArenaRef>,
    /// The services of the outcome's categories listed one by one (each
    /// once, under the first of its categories the outcome names).
    pub tjenester: Vec<Kontakt>,
    /// The outcome's categories shown as one line each.
    pub samlet: Vec<Samlet>,
    /// The outcome's categories that have a service listed (in any group,
    /// a service of several categories covering each) or a line.
    pub dekket: Vec<String>,
    /// The municipality's own switchboard and website, when its
    /// `kommune.toml` gives them: a way in when the services have no contact
    /// details of their own. Shown only when the outcome has someone to contact.
    pub sentralbord: Option<Kontakt>,
    /// The municipality's website, where a missing number can be found.
    pub kommune_nettside: Option<String>,
    /// The municipality's own barnevernvakt (`[barnevernvakt]` in
    /// `kommune.toml`), when the outcome involves barnevernet or lists 116 111.
    pub barnevernvakt: Option<Barnevernvakt>,
    /// Alarmtelefonen for barn og unge (116 111, from `nodnummer.toml`), the
    /// national fallback when the outcome involves barnevernet and does not
    /// list it among its national numbers already: 116 111 is shown once.
    pub alarmtelefon: Option<Nodnummer>,
    /// The municipality's digital form for a bekymringsmelding, on an
    /// outcome with `melding = true`.
    pub meldeskjema: Option<String>,
    pub nodnummer: Vec<Nodnummer>,
}

/// The local barnevernvakt as the summary shows it: what the data has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Barnevernvakt {
    pub navn: String,
    pub telefon: Option<String>,
    pub apningstid: Option<String>,
    pub nettside: Option<String>,
    pub interkommunal: Option<String>,
}

/// The id of Alarmtelefonen for barn og unge in `nodnummer.toml`: open day
/// and night, answered by a barnevernvakt (DOMAIN.md).
pub const ALARMTELEFON: &str = "116111";

fn ikke_tom(s: &Option<String>) -> Option<String> {
    s.clone().filter(|s| !s.trim().is_empty())
}

/// The services and arenas an outcome lists (`Oppsummering`'s groups).
#[derive(Debug, Default)]
struct Utvalg {
    koordinerende: Vec<Kontakt>,
    arenaer: Vec<ArenaRef>,
    tjenester: Vec<Kontakt>,
    samlet: Vec<Samlet>,
    dekket: Vec<String>,
}

/// The category of the user's own kind of workplace, shown as «din egen …».
/// Health staff work in many kinds of service, so none is theirs alone.
fn egen_kategori(a: Option<Arbeidssted>) -> Option<&'static str> {
    match a? {
        Arbeidssted::Barnehage => Some("barnehage"),
        Arbeidssted::Skole => Some("skole"),
        Arbeidssted::Helse | Arbeidssted::Annet => None,
    }
}

fn kontakt(t: &Tjeneste, kategori: &str) -> Kontakt {
    Kontakt {
        id: t.id.as_ref().clone(),
        navn: t.navn.clone(),
        kategori: kategori.to_string(),
        telefon: ikke_tom(&t.telefon),
        epost: ikke_tom(&t.epost),
        nettside: ikke_tom(&t.nettside),
        kontakt: t.kontakt.clone(),
    }
}

impl Utvalg {
    /// The few the user needs: (a) the coordinating services from nivå 2
    /// on, (b) the arenas for one child's case from nivå 2 on (at nivå 1 the
    /// user's own service works with the family; the arenas are where
    /// services meet),
    /// (c) the services of the outcome's categories, each once; the user's
    /// own kind of workplace and a category with more than
    /// `MAKS_PER_KATEGORI` services become one line each.
    fn ny(
        k: &KommuneData,
        kategorier: &[String],
        nivaa: Option<i64>,
        arbeidssted: Option<Arbeidssted>,
    ) -> Utvalg {
        let mut u = Utvalg::default();
        let mut brukt: Vec<&str> = Vec::new();
        if nivaa.is_some_and(|n| n >= 2) {
            for t in k.tjenester.iter().filter(|t| t.har_kategori(KOORDINERENDE)) {
                brukt.push(t.id.as_ref());
                u.koordinerende.push(kontakt(t, KOORDINERENDE));
            }
        }
        if nivaa.is_some_and(|n| n >= 2) {
            u.arenaer = k
                .arenaer
                .iter()
                .filter(|a| a.nivaa == ArenaNivaa::Individ)
                .map(|a| ArenaRef {
                    id: a.id.as_ref().clone(),
                    navn: a.navn.clone(),
                    hyppighet: ikke_tom(&a.hyppighet),
                    tidspunkt: ikke_tom(&a.tidspunkt),
                    sted: ikke_tom(&a.sted),
                })
                .collect();
        }
        let egen = egen_kategori(arbeidssted);
        for kat in kategorier {
            if brukt
                .iter()
                .any(|id| k.tjeneste(id).is_some_and(|t| t.har_kategori(kat)))
            {
                u.dekket.push(kat.clone());
            }
            let her: Vec<&Tjeneste> = k
                .tjenester
                .iter()
                .filter(|t| t.har_kategori(kat) && !brukt.contains(&t.id.as_ref().as_str()))
                .collect();
            if !her.is_empty() && !u.dekket.contains(kat) {
                u.dekket.push(kat.clone());
            }
            brukt.extend(her.iter().map(|t| t.id.as_ref().as_str()));
            let er_egen = egen == Some(kat.as_str());
            if er_egen && !u.dekket.contains(kat) {
                u.dekket.push(kat.clone());
            }
            if er_egen || her.len() > MAKS_PER_KATEGORI {
                u.samlet.push(Samlet {
                    kategori: kat.clone(),
                    antall: her.len(),
                    egen: er_egen,
                });
            } else {
                u.tjenester.extend(her.into_iter().map(|t| kontakt(t, kat)));
            }
        }
        u
    }
}

/// The category of the coordinating services (SPEC §1.4).
const KOORDINERENDE: &str = "koordinerende-enhet";

/// The path walked: each question and the answer given (akutt marked).
fn sti(engine: &Engine, m: Maalform) -> Vec<StiSteg> {
    let akutt_svar = m.t("⚠ Akutt (hoppet til akutt)", "⚠ Akutt (hoppa til akutt)");
    engine
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
        .collect()
}

/// The outcome's national numbers, with their names; an id the national
/// list does not know is shown as it is.
fn nodnummer(kilde: &Kilde, utfall: &crate::data::model::Utfall) -> Vec<Nodnummer> {
    utfall
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
        .collect()
}

impl Oppsummering {
    /// The summary of the engine's outcome; `None` before an outcome.
    pub fn ny(kilde: &Kilde, engine: &Engine, d: Datoer, m: Maalform) -> Option<Self> {
        let utfall = engine.utfall()?;
        let sti = sti(engine, m);

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
        let nivaa = utfall.nivaa.as_ref().map(|n| *n.as_ref());
        let utvalg = kilde
            .kommune
            .as_ref()
            .map(|k| Utvalg::ny(k, &kategorier, nivaa, kilde.arbeidssted))
            .unwrap_or_default();

        let nodnummer = nodnummer(kilde, utfall);

        let barnevern = kategorier.iter().any(|k| k == "barnevern");
        let listet = utfall
            .nodnummer
            .iter()
            .any(|id| id.as_ref() == ALARMTELEFON);
        let alarmtelefon = (barnevern && !listet)
            .then(|| kilde.nummer(ALARMTELEFON))
            .flatten()
            .map(|n| Nodnummer {
                id: ALARMTELEFON.to_string(),
                nummer: n.nummer.clone(),
                navn: n.navn.clone(),
            });
        let kommune = kilde.kommune.as_ref().map(|k| &k.kommune);
        let barnevernvakt = kommune
            .and_then(|k| k.barnevernvakt.as_ref())
            .filter(|_| barnevern || listet)
            .map(|v| {
                let v = v.as_ref();
                Barnevernvakt {
                    navn: v.navn.clone(),
                    telefon: ikke_tom(&v.telefon),
                    apningstid: ikke_tom(&v.apningstid),
                    nettside: ikke_tom(&v.nettside),
                    interkommunal: ikke_tom(&v.interkommunal),
                }
            });
        // Only an address the form can be opened at (`sjekk` says so of any other).
        let meldeskjema = kommune
            .and_then(|k| k.meldeskjema.as_ref())
            .map(|u| u.as_ref().trim().to_string())
            .filter(|u| utfall.melding && crate::data::validate::er_nettadresse(u));

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
            koordinerende: utvalg.koordinerende,
            arenaer: utvalg.arenaer,
            tjenester: utvalg.tjenester,
            samlet: utvalg.samlet,
            dekket: utvalg.dekket,
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
                    kontakt: Vec::new(),
                })
            }),
            kommune_nettside: kilde.kommune.as_ref().and_then(|k| {
                ikke_tom(&k.kommune.hjemmeside).or_else(|| ikke_tom(&k.kommune.nettside))
            }),
            barnevernvakt,
            alarmtelefon,
            meldeskjema,
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
        if !self.har_tjenester() {
            return Vec::new();
        }
        self.kategorier
            .iter()
            .filter(|k| *k != "politi" && !self.dekket.contains(k))
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
            .koordinerende
            .iter()
            .chain(&self.tjenester)
            .chain(self.sentralbord())
            .any(|k| k.telefon.is_none() && !k.kontakt.iter().any(|p| p.telefon().is_some()));
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

    /// One line per labelled point: «Sentralbord: telefon X · e-post Y».
    fn punkt_linjer(&self, k: &Kontakt) -> Vec<String> {
        let m = self.m;
        k.kontakt
            .iter()
            .map(|p| {
                let mut deler = Vec::new();
                if let Some(t) = p.telefon() {
                    deler.push(format!("{} {t}", m.t("telefon", "telefon")));
                }
                if let Some(e) = p.epost() {
                    deler.push(format!("{} {e}", m.t("e-post", "e-post")));
                }
                format!("{}: {}", p.etikett.as_ref().trim(), deler.join(" · "))
            })
            .collect()
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

    /// Whether the outcome's categories give anything to show: services one
    /// by one or a line for a category.
    pub fn har_tjenester(&self) -> bool {
        !self.tjenester.is_empty() || !self.samlet.is_empty()
    }

    /// Whether the contacts come in groups (coordinating services or arenas
    /// besides the services of the outcome's categories), each with a heading.
    pub fn gruppert(&self) -> bool {
        !self.koordinerende.is_empty() || !self.arenaer.is_empty()
    }

    /// The headings of the groups: coordinating services, arenas, services.
    pub fn gruppe_overskrifter(&self) -> [String; 3] {
        let m = self.m;
        [
            crate::i18n::kategori_navn(m, KOORDINERENDE),
            m.t(
                "Arenaer for samarbeid om ett barn",
                "Arenaer for samarbeid om eitt barn",
            )
            .to_string(),
            m.t("Tjenester å kontakte", "Tenester å kontakte")
                .to_string(),
        ]
    }

    /// «Samarbeidsmøte – hyppighet · tidspunkt · sted», for what the data has.
    pub fn arena_linje(&self, a: &ArenaRef) -> String {
        let deler: Vec<&str> = [&a.hyppighet, &a.tidspunkt, &a.sted]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if deler.is_empty() {
            a.navn.clone()
        } else {
            format!("{} – {}", a.navn, deler.join(" · "))
        }
    }

    /// The command that lists a category's services.
    pub fn kategori_kommando(&self, kategori: &str) -> String {
        let tjenester = self.m.t("tjenester", "tenester");
        match &self.kommune {
            Some(k) => format!("bti -k {k} {tjenester} --kategori {kategori}"),
            None => format!("bti {tjenester} --kategori {kategori}"),
        }
    }

    /// The start of a category's one line: «Skole: din egen skole» or
    /// «Skole: 12 tjenester» (the terminal adds the command, the site a link).
    pub fn samlet_tekst(&self, s: &Samlet) -> String {
        let m = self.m;
        let navn = crate::i18n::kategori_navn(m, &s.kategori);
        if s.egen {
            let ord = match s.kategori.as_str() {
                "skole" => m.t("skole", "skule"),
                "barnehage" => "barnehage",
                annen => annen,
            };
            format!("{navn}: {} {ord}", m.t("din egen", "din eigen"))
        } else {
            format!("{navn}: {} {}", s.antall, m.t("tjenester", "tenester"))
        }
    }

    /// The line as the terminal shows it.
    fn samlet_linje(&self, s: &Samlet) -> String {
        if s.egen {
            return self.samlet_tekst(s);
        }
        format!(
            "{} – {}: {}",
            self.samlet_tekst(s),
            self.m.t("se alle med", "sjå alle med"),
            self.kategori_kommando(&s.kategori)
        )
    }

    /// A coordinating service under its own heading: the name, no category.
    fn koordinerende_linje(&self, k: &Kontakt) -> String {
        let felt = self.kontaktfelt(k);
        if felt.is_empty() {
            k.navn.clone()
        } else {
            format!("{} – {felt}", k.navn)
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
    /// night and answered by a barnevernvakt — the local one where it exists
    /// and is open, so beside the local vakt both stay true.
    pub fn alarmtelefon_merknad(&self) -> &'static str {
        if self.barnevernvakt.is_some() {
            self.m.t(
                "åpen hele døgnet; en barnevernvakt svarer, den lokale når den er åpen",
                "open heile døgeret; ei barnevernsvakt svarar, den lokale når ho er open",
            )
        } else {
            self.m.t(
                "åpen hele døgnet; barnevernvakten svarer",
                "open heile døgeret; barnevernsvakta svarar",
            )
        }
    }

    /// The 116 111 line of the contacts, when the outcome does not list it.
    fn alarmtelefon_linje(&self, n: &Nodnummer) -> String {
        format!("{}, {} – {}", n.navn, n.nummer, self.alarmtelefon_merknad())
    }

    /// A national number; 116 111 with what it is, as in the contacts.
    fn nodnummer_linje(&self, n: &Nodnummer) -> String {
        if n.id == ALARMTELEFON {
            format!("{}, {} – {}", n.navn, n.nummer, self.alarmtelefon_merknad())
        } else {
            format!("{}, {}", n.navn, n.nummer)
        }
    }

    /// "Barnevernvakta i X (barnevernvakt) – telefon … · åpningstid … ·
    /// nettside …", for what the data has (never «–» for a missing field).
    fn barnevernvakt_linje(&self, v: &Barnevernvakt) -> String {
        let m = self.m;
        let navn = super::vakt_navn(&v.navn, m);
        let felt: Vec<String> = [
            (m.t("telefon", "telefon"), &v.telefon),
            (m.t("åpningstid", "opningstid"), &v.apningstid),
            (m.t("nettside", "nettside"), &v.nettside),
        ]
        .into_iter()
        .filter_map(|(etikett, verdi)| verdi.as_ref().map(|v| format!("{etikett} {v}")))
        .collect();
        if felt.is_empty() {
            navn
        } else {
            format!("{navn} – {}", felt.join(" · "))
        }
    }

    /// «Send bekymringsmelding digitalt: <url>», on a melding outcome.
    fn meldeskjema_linje(&self) -> Option<String> {
        self.meldeskjema.as_ref().map(|u| {
            format!(
                "{}: {u}",
                self.m.t(
                    "Send bekymringsmelding digitalt",
                    "Send bekymringsmelding digitalt"
                )
            )
        })
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
        if let Some(l) = self.meldeskjema_linje() {
            let _ = writeln!(s);
            let _ = writeln!(s, "{l}");
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", self.nivaa_linje());
        if !self.nodnummer.is_empty() {
            let _ = writeln!(s);
            let _ = writeln!(s, "{h_nr}:");
            for n in &self.nodnummer {
                let _ = writeln!(s, "  {}", self.nodnummer_linje(n));
            }
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "{h_kontakt}:");
        self.grupper_tekst(&mut s);
        if let Some(k) = self.sentralbord() {
            let _ = writeln!(s, "  • {}", self.sentralbord_linje(k));
        }
        if let Some(v) = &self.barnevernvakt {
            let _ = writeln!(s, "  • {}", self.barnevernvakt_linje(v));
        }
        if let Some(n) = &self.alarmtelefon {
            let _ = writeln!(s, "  • {}", self.alarmtelefon_linje(n));
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

    /// The groups of contacts as plain text: with a heading each when there
    /// is more than the services of the outcome's categories.
    fn grupper_tekst(&self, s: &mut String) {
        let [h_koord, h_arena, h_tj] = self.gruppe_overskrifter();
        let inn = if self.gruppert() { "    " } else { "  " };
        if !self.koordinerende.is_empty() {
            let _ = writeln!(s, "  {h_koord}:");
            for k in &self.koordinerende {
                let _ = writeln!(s, "{inn}• {}", self.koordinerende_linje(k));
                for p in self.punkt_linjer(k) {
                    let _ = writeln!(s, "{inn}  {p}");
                }
            }
        }
        if !self.arenaer.is_empty() {
            let _ = writeln!(s, "  {h_arena}:");
            for a in &self.arenaer {
                let _ = writeln!(s, "{inn}• {}", self.arena_linje(a));
            }
        }
        if self.gruppert() {
            let _ = writeln!(s, "  {h_tj}:");
        }
        if !self.har_tjenester() {
            let _ = writeln!(s, "{inn}{}", self.ingen_kontakter());
        }
        // The user's own workplace first, the many of a kind last.
        for x in self.samlet.iter().filter(|x| x.egen) {
            let _ = writeln!(s, "{inn}• {}", self.samlet_linje(x));
        }
        for k in &self.tjenester {
            let _ = writeln!(s, "{inn}• {}", self.kontakt_linje(k));
            for p in self.punkt_linjer(k) {
                let _ = writeln!(s, "{inn}  {p}");
            }
        }
        for x in self.samlet.iter().filter(|x| !x.egen) {
            let _ = writeln!(s, "{inn}• {}", self.samlet_linje(x));
        }
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
        if let Some(l) = self.meldeskjema_linje() {
            let _ = writeln!(s);
            let _ = writeln!(s, "{}", md(&l));
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "**{}**", md(&self.nivaa_linje()));
        if !self.nodnummer.is_empty() {
            let _ = writeln!(s);
            let _ = writeln!(s, "## {h_nr}");
            let _ = writeln!(s);
            for n in &self.nodnummer {
                let merknad = if n.id == ALARMTELEFON {
                    format!(" – {}", md(self.alarmtelefon_merknad()))
                } else {
                    String::new()
                };
                let _ = writeln!(s, "- {}, **{}**{merknad}", md(&n.navn), md(&n.nummer));
            }
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "## {h_kontakt}");
        let _ = writeln!(s);
        let [h_koord, h_arena, h_tj] = self.gruppe_overskrifter();
        if !self.koordinerende.is_empty() {
            let _ = writeln!(s, "### {h_koord}");
            let _ = writeln!(s);
            for k in &self.koordinerende {
                let _ = writeln!(s, "- {}", md(&self.koordinerende_linje(k)));
                for p in self.punkt_linjer(k) {
                    let _ = writeln!(s, "  - {}", md(&p));
                }
            }
            let _ = writeln!(s);
        }
        if !self.arenaer.is_empty() {
            let _ = writeln!(s, "### {h_arena}");
            let _ = writeln!(s);
            for a in &self.arenaer {
                let _ = writeln!(s, "- {}", md(&self.arena_linje(a)));
            }
            let _ = writeln!(s);
        }
        if self.gruppert() {
            let _ = writeln!(s, "### {h_tj}");
            let _ = writeln!(s);
        }
        if !self.har_tjenester() {
            let _ = writeln!(s, "{}", md(&self.ingen_kontakter()));
        }
        if !self.tjenester.is_empty() {
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
                    celle_med_etiketter(k.telefon.as_deref(), &k.kontakt, Punkt::telefon),
                    celle_med_etiketter(k.epost.as_deref(), &k.kontakt, Punkt::epost)
                );
            }
        }
        if !self.samlet.is_empty() {
            let _ = writeln!(s);
        }
        for x in &self.samlet {
            let _ = writeln!(s, "- {}", md(&self.samlet_linje(x)));
        }
        let sentralbord = self.sentralbord();
        if sentralbord.is_some() || self.barnevernvakt.is_some() || self.alarmtelefon.is_some() {
            let _ = writeln!(s);
        }
        if let Some(k) = sentralbord {
            let _ = writeln!(s, "- {}", md(&self.sentralbord_linje(k)));
        }
        if let Some(v) = &self.barnevernvakt {
            let _ = writeln!(s, "- {}", md(&self.barnevernvakt_linje(v)));
        }
        if let Some(n) = &self.alarmtelefon {
            let _ = writeln!(s, "- {}", md(&self.alarmtelefon_linje(n)));
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
            "koordinerende": self.koordinerende.iter().map(kontakt_json).collect::<Vec<_>>(),
            "arenaer": self.arenaer.iter().map(|a| json!({
                "id": a.id,
                "navn": a.navn,
                "hyppighet": a.hyppighet,
                "tidspunkt": a.tidspunkt,
                "sted": a.sted,
            })).collect::<Vec<_>>(),
            "tjenester": self.tjenester.iter().map(kontakt_json).collect::<Vec<_>>(),
            "samlet": self.samlet.iter().map(|x| json!({
                "kategori": x.kategori,
                "antall": x.antall,
                "egen": x.egen,
                "kommando": (!x.egen).then(|| self.kategori_kommando(&x.kategori)),
            })).collect::<Vec<_>>(),
            "sentralbord": self.sentralbord().map(|k| json!({
                "navn": k.navn,
                "telefon": k.telefon,
                "epost": k.epost,
                "nettside": k.nettside,
            })),
            "kommune_nettside": self.kommune_nettside,
            "barnevernvakt": self.barnevernvakt.as_ref().map(|v| json!({
                "navn": v.navn,
                "telefon": v.telefon,
                "apningstid": v.apningstid,
                "nettside": v.nettside,
                "interkommunal": v.interkommunal,
            })),
            "alarmtelefon": self.alarmtelefon.as_ref().map(|n| json!({
                "id": n.id,
                "nummer": n.nummer,
                "navn": n.navn,
            })),
            "meldeskjema": self.meldeskjema,
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

/// A listed service in the JSON line (`koordinerende`, `tjenester`).
fn kontakt_json(k: &Kontakt) -> Value {
    json!({
        "id": k.id,
        "navn": k.navn,
        "kategori": k.kategori,
        "telefon": k.telefon,
        "epost": k.epost,
        "nettside": k.nettside,
        "kontakt": k.kontakt,
    })
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

/// A Markdown cell: the main value, then each labelled point that has the
/// field, one per line (`<br>`).
fn celle_med_etiketter(
    hoved: Option<&str>,
    kontakt: &[Punkt],
    felt: fn(&Punkt) -> Option<&str>,
) -> String {
    crate::data::kontakt::med_etiketter(hoved, kontakt, felt)
        .iter()
        .map(|l| cell(l))
        .collect::<Vec<_>>()
        .join("<br>")
}
