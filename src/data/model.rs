//! The data model of SPEC §1 as serde types, one struct per TOML table.
//!
//! Unknown keys are errors (`deny_unknown_fields`); the Norwegian spellings
//! (`"nivå"`) are aliases. Ids and references are `Spanned` so that semantic
//! errors found after parsing still point at the right line and column.
//! Serialising an entry gives the JSON shape of SPEC §3.1 (absent keys as
//! `null`), so the JSON key is always the TOML key.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::i18n::Maalform;

pub type Sp = Spanned<String>;

/// `kommune.toml`
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kommune {
    pub navn: String,
    #[serde(alias = "målform")]
    pub maalform: Maalform,
    pub modell: Option<String>,
    #[schemars(with = "Option<String>")]
    pub kommunenummer: Option<Sp>,
    pub region: Option<String>,
    /// The municipality's digital veileder.
    pub nettside: Option<String>,
    /// The municipality's own website, when `nettside` is the veileder elsewhere.
    pub hjemmeside: Option<String>,
    pub beskrivelse: Option<String>,
    pub telefon: Option<String>,
    pub epost: Option<String>,
    pub adresse: Option<String>,
    pub stafettlogg: Option<String>,
    /// The web address of the municipality's accessibility statement
    /// (tilgjengelighetserklæring): the site's footer links to it.
    pub tilgjengelighetserklaering: Option<String>,
    /// Where readers send feedback on the site: a web address or an e-mail address.
    pub tilbakemelding: Option<String>,
    /// The municipality's own text on the page for parents, young people and
    /// neighbours («Bekymret for et barn?»), shown after the national text.
    pub foreldreside: Option<String>,
    /// The web address of the municipality's digital form for a
    /// bekymringsmelding: outcomes with `melding = true` and the parents'
    /// page link it.
    #[schemars(with = "Option<String>")]
    pub meldeskjema: Option<Sp>,
    pub kilde: Option<String>,
    /// The local (or inter-municipal) barnevernvakt, shown beside 116 111.
    #[schemars(with = "Option<Barnevernvakt>")]
    pub barnevernvakt: Option<Spanned<Barnevernvakt>>,
    #[serde(default, alias = "modellnivå")]
    pub modellnivaa: Vec<Modellnivaa>,
}

/// `[barnevernvakt]` in `kommune.toml`: the municipality's own or shared
/// barnevernvakt. 116 111 stays the national fallback, open day and night.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Barnevernvakt {
    pub navn: String,
    pub telefon: Option<String>,
    /// Its hours, as the source says them («hverdager 15.30–08.00»).
    #[serde(alias = "åpningstid")]
    pub apningstid: Option<String>,
    pub nettside: Option<String>,
    /// The name of the cooperation when the vakt is shared.
    pub interkommunal: Option<String>,
    pub kilde: Option<String>,
}

/// A level of the samhandlingsmodell (kommune / tjeneste / individ).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Modellnivaa {
    pub id: ArenaNivaa,
    pub navn: String,
    pub beskrivelse: Option<String>,
    #[serde(default)]
    pub punkter: Vec<String>,
    pub kilde: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TjenesterFil {
    #[serde(default)]
    pub tjeneste: Vec<Tjeneste>,
}

/// `[[tjeneste]]`
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tjeneste {
    #[schemars(with = "String")]
    pub id: Sp,
    pub navn: String,
    /// One category or a list of them, the first the primary (SPEC §1.4).
    pub kategori: Kategorier,
    pub beskrivelse: Option<String>,
    #[serde(alias = "nivå")]
    #[schemars(with = "Option<Vec<i64>>")]
    pub nivaa: Option<Vec<Spanned<i64>>>,
    #[serde(alias = "målgruppe")]
    pub maalgruppe: Option<String>,
    pub interkommunal: Option<String>,
    pub telefon: Option<String>,
    pub epost: Option<String>,
    /// `[[tjeneste.kontakt]]`: more contact points, each with a label,
    /// beside the main `telefon`/`epost` (always in JSON, `[]` when none).
    #[serde(default)]
    pub kontakt: Vec<Kontakt>,
    pub nettside: Option<String>,
    pub adresse: Option<String>,
    #[serde(alias = "åpningstid")]
    pub apningstid: Option<String>,
    /// Local names people search by ("helsesøster", "PP-kontoret"): found as
    /// the category is, ranked after the name (see `query`).
    #[serde(alias = "søkeord")]
    pub sokeord: Option<Vec<String>>,
    pub kilde: Option<String>,
}

impl Tjeneste {
    /// Whether the service belongs to category `k` (any of its categories).
    pub fn har_kategori(&self, k: &str) -> bool {
        self.kategori.alle().iter().any(|x| x.as_ref() == k)
    }
}

/// A service's `kategori`: a string or a list of strings in TOML, the first
/// the primary. Never empty once read (an empty list is an error).
#[derive(Debug, Clone, JsonSchema)]
#[schemars(with = "KategoriSkjema")]
pub struct Kategorier(Vec<Sp>);

/// The schema of `kategori`: a category or a non-empty list of them.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum KategoriSkjema {
    En(String),
    Flere(#[schemars(length(min = 1))] Vec<String>),
}

impl Kategorier {
    /// One category (tests and generated data).
    pub fn en(k: &str) -> Self {
        Kategorier(vec![Spanned::new(0..0, k.to_string())])
    }

    /// The primary category: the first.
    pub fn primaer(&self) -> &Sp {
        // Never empty: the deserializer refuses an empty list.
        &self.0[0]
    }

    /// Every category, the primary first.
    pub fn alle(&self) -> &[Sp] {
        &self.0
    }

    /// Every category as text, the primary first.
    pub fn navn(&self) -> Vec<&str> {
        self.0.iter().map(|k| k.as_ref().as_str()).collect()
    }
}

impl Serialize for Kategorier {
    /// The primary category: JSON's `kategori` stays a string.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.primaer().as_ref().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Kategorier {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// A string (its span is the whole value's) or a list of spanned strings.
        enum Raa {
            En(String),
            Flere(Vec<Sp>),
        }
        impl<'de> Deserialize<'de> for Raa {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = Raa;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("a string or a list of strings")
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Raa, E> {
                        Ok(Raa::En(v.to_string()))
                    }
                    fn visit_seq<A: serde::de::SeqAccess<'de>>(
                        self,
                        mut a: A,
                    ) -> Result<Raa, A::Error> {
                        let mut v = Vec::new();
                        while let Some(k) = a.next_element::<Sp>()? {
                            v.push(k);
                        }
                        Ok(Raa::Flere(v))
                    }
                }
                d.deserialize_any(V)
            }
        }
        let s = Spanned::<Raa>::deserialize(d)?;
        let span = s.span();
        match s.into_inner() {
            Raa::En(k) => Ok(Kategorier(vec![Spanned::new(span, k)])),
            Raa::Flere(v) if v.is_empty() => Err(serde::de::Error::invalid_length(
                0,
                &"at least one category",
            )),
            Raa::Flere(v) => Ok(Kategorier(v)),
        }
    }
}

/// `[[tjeneste.kontakt]]`: one labelled contact point of a service. The
/// label is a team, a season or «sentralbord», never a person's name; at
/// least one of `telefon`/`epost` (`bti sjekk`). JSON leaves out a missing
/// `telefon`/`epost`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kontakt {
    #[schemars(with = "String")]
    pub etikett: Sp,
    #[serde(default, skip_serializing_if = "tom")]
    #[schemars(with = "Option<String>")]
    pub telefon: Option<Sp>,
    #[serde(default, skip_serializing_if = "tom")]
    #[schemars(with = "Option<String>")]
    pub epost: Option<Sp>,
}

impl Kontakt {
    /// `telefon`, when it has text.
    pub fn telefon(&self) -> Option<&str> {
        ikke_tom(self.telefon.as_ref())
    }
    /// `epost`, when it has text.
    pub fn epost(&self) -> Option<&str> {
        ikke_tom(self.epost.as_ref())
    }
    /// «Sentralbord: 62 56 42 73, post@x.no», leaving out what is missing:
    /// the point as one line of text (`--lang`, tsv/csv/xlsx).
    pub fn linje(&self) -> String {
        let punkter: Vec<&str> = self.telefon().into_iter().chain(self.epost()).collect();
        format!("{}: {}", self.etikett.as_ref().trim(), punkter.join(", "))
    }
}

fn ikke_tom(s: Option<&Sp>) -> Option<&str> {
    s.map(|s| s.as_ref().trim()).filter(|s| !s.is_empty())
}

fn tom(s: &Option<Sp>) -> bool {
    ikke_tom(s.as_ref()).is_none()
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArenaerFil {
    #[serde(default)]
    pub arena: Vec<Arena>,
}

/// The BTS/BTI model level an arena belongs to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, clap::ValueEnum, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum ArenaNivaa {
    Kommune,
    Tjeneste,
    Individ,
}

impl ArenaNivaa {
    pub fn navn(self) -> &'static str {
        match self {
            ArenaNivaa::Kommune => "kommune",
            ArenaNivaa::Tjeneste => "tjeneste",
            ArenaNivaa::Individ => "individ",
        }
    }
}

/// `[[arena]]`
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Arena {
    #[schemars(with = "String")]
    pub id: Sp,
    pub navn: String,
    #[serde(alias = "formål")]
    pub formaal: Option<String>,
    #[serde(alias = "nivå")]
    pub nivaa: ArenaNivaa,
    #[schemars(with = "Option<Vec<String>>")]
    pub tjenester: Option<Vec<Sp>>,
    pub deltakere: Option<Vec<String>>,
    pub hyppighet: Option<String>,
    /// When the arena meets, as the source says it («kl. 12.30–14.00»).
    pub tidspunkt: Option<String>,
    /// Where it meets («Rådhuset, møterom 2», «Teams»).
    pub sted: Option<String>,
    #[serde(alias = "møter")]
    #[schemars(with = "Option<Vec<String>>")]
    pub moter: Option<Vec<Sp>>,
    pub ansvar: Option<String>,
    /// Local names people search by, as for a service.
    #[serde(alias = "søkeord")]
    pub sokeord: Option<Vec<String>>,
    pub kilde: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FramdriftFil {
    #[serde(default)]
    pub plan: Vec<Plan>,
}

/// `[[plan]]`
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    #[schemars(with = "String")]
    pub id: Sp,
    pub navn: String,
    #[schemars(with = "Option<String>")]
    pub start: Option<Spanned<DatoVerdi>>,
    #[schemars(with = "Option<String>")]
    pub slutt: Option<Spanned<DatoVerdi>>,
    /// The first school day in the plan's window (ISO date), for «skolestart»,
    /// «før skolestart» and the end of «sommerferien» (SPEC §2).
    #[schemars(with = "Option<String>")]
    pub skolestart: Option<Spanned<DatoVerdi>>,
    pub beskrivelse: Option<String>,
    pub kilde: Option<String>,
    #[serde(default)]
    pub aktivitet: Vec<Aktivitet>,
}

/// A plan date: an ISO string (`"2018-01-01"`, as SPEC writes it) or a TOML date.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(with = "String")]
pub enum DatoVerdi {
    Tekst(String),
    Dato(toml::value::Datetime),
}

impl DatoVerdi {
    pub fn dato(&self) -> Option<chrono::NaiveDate> {
        match self {
            DatoVerdi::Tekst(s) => chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
            DatoVerdi::Dato(d) => match (d.date, d.time, d.offset) {
                (Some(date), None, None) => chrono::NaiveDate::from_ymd_opt(
                    i32::from(date.year),
                    u32::from(date.month),
                    u32::from(date.day),
                ),
                _ => None,
            },
        }
    }
}

/// The status of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Planlagt,
    #[serde(alias = "pågår")]
    Pagar,
    #[serde(alias = "fullført")]
    Fullfort,
    Avlyst,
}

impl Status {
    pub fn navn(self) -> &'static str {
        match self {
            Status::Planlagt => "planlagt",
            Status::Pagar => "pagar",
            Status::Fullfort => "fullfort",
            Status::Avlyst => "avlyst",
        }
    }
    /// Done or cancelled: no longer due.
    pub fn avsluttet(self) -> bool {
        matches!(self, Status::Fullfort | Status::Avlyst)
    }

    /// SPEC §3.1 `ikke_oppdatert`: an occurrence whose deadline `slutt` lies
    /// before `i_dag` while the row still says planned or ongoing. The one
    /// rule that `frist`, `kommuner`, `sjekk` and the website all use.
    pub fn ikke_oppdatert(self, slutt: chrono::NaiveDate, i_dag: chrono::NaiveDate) -> bool {
        !self.avsluttet() && slutt < i_dag
    }

    /// The status word as a reader sees it (the same in bokmål and nynorsk).
    pub fn visning(self) -> &'static str {
        match self {
            Status::Planlagt => "planlagt",
            Status::Pagar => "pågår",
            Status::Fullfort => "fullført",
            Status::Avlyst => "avlyst",
        }
    }

    /// «fristen er passert – status er fortsatt «planlagt»» (SPEC §3.1).
    pub fn ikke_oppdatert_tekst(self, m: Maalform) -> String {
        format!(
            "{} «{}»",
            m.t(
                "fristen er passert – status er fortsatt",
                "fristen er passert – status er framleis"
            ),
            self.visning()
        )
    }
}

/// `[[plan.aktivitet]]`
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Aktivitet {
    #[schemars(with = "Option<String>")]
    pub id: Option<Sp>,
    #[serde(alias = "når")]
    #[schemars(with = "Option<String>")]
    pub naar: Option<Sp>,
    pub hva: String,
    pub hvem: Option<String>,
    #[schemars(with = "Option<String>")]
    pub frist: Option<Sp>,
    pub ansvar: Option<String>,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub frist_omtrentlig: bool,
    /// The source gives the day but not the year (issue 27 item 5): `naar`
    /// and `frist` are written without a year and shown «15. mars (år ukjent)»;
    /// never overdue, never a calendar event.
    #[serde(default, alias = "år_ukjent")]
    pub aar_ukjent: bool,
    pub kilde: Option<String>,
}

/// `veileder.toml`
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Veileder {
    #[serde(default, alias = "nivå")]
    pub nivaa: Vec<Nivaa>,
    pub guide: Option<Guide>,
}

/// `[[nivaa]]`: one BTI level.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Nivaa {
    #[schemars(with = "i64")]
    pub nr: Spanned<i64>,
    pub navn: String,
    pub kort: Option<String>,
    pub beskrivelse: Option<String>,
    #[serde(default)]
    pub steg: Vec<String>,
    #[serde(default)]
    pub kompetanse: Vec<String>,
    /// The steps are rebuilt from an incomplete source (Sogndal's OCR
    /// table): every view of them says so (DOMAIN.md «What users may see»).
    #[serde(default)]
    pub rekonstruert: bool,
    pub kilde: Option<String>,
}

impl Nivaa {
    /// "(stegene er rekonstruert fra en ufullstendig kilde)" when they are.
    pub fn rekonstruert_merknad(&self, m: Maalform) -> Option<&'static str> {
        self.rekonstruert.then(|| {
            m.t(
                "(stegene er rekonstruert fra en ufullstendig kilde)",
                "(stega er rekonstruerte frå ei ufullstendig kjelde)",
            )
        })
    }
}

/// `[guide]`: the nivå 0 decision graph.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    #[schemars(with = "String")]
    pub start: Sp,
    #[schemars(with = "Option<String>")]
    pub akutt: Option<Sp>,
    pub kilde: Option<String>,
    #[serde(default)]
    pub node: Vec<Node>,
    #[serde(default)]
    pub utfall: Vec<Utfall>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Node {
    #[schemars(with = "String")]
    pub id: Sp,
    #[serde(default)]
    pub steg: u32,
    pub tittel: String,
    pub tekst: String,
    #[serde(alias = "spørsmål")]
    pub sporsmal: String,
    #[serde(default, alias = "verktøy")]
    pub verktoy: Vec<Verktoy>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub lovverk: Vec<Sp>,
    #[schemars(with = "Option<String>")]
    pub frist: Option<Sp>,
    pub valg: Vec<Valg>,
    /// The node tells the user to contact the police (its text names 02800
    /// and 112): where a `konkret-mistanke` answer may lead (SPEC §1.7).
    #[serde(default)]
    pub politi: bool,
    pub kilde: Option<String>,
}

/// A tool or form named for a step: its name, or its name and the address
/// where it is found (`{ navn = "…", lenke = "https://…" }`). The terminal
/// shows the address after the name; the website links the name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Verktoy {
    Navn(String),
    Lenket {
        navn: String,
        #[schemars(regex(pattern = r"^https?://"))]
        lenke: String,
    },
}

impl Verktoy {
    pub fn navn(&self) -> &str {
        match self {
            Verktoy::Navn(n) | Verktoy::Lenket { navn: n, .. } => n,
        }
    }

    pub fn lenke(&self) -> Option<&str> {
        match self {
            Verktoy::Navn(_) => None,
            Verktoy::Lenket { lenke, .. } => Some(lenke),
        }
    }

    /// «Navn (https://…)»: how a line of text shows it.
    pub fn som_tekst(&self) -> String {
        match self.lenke() {
            Some(l) => format!("{} ({l})", self.navn()),
            None => self.navn().to_string(),
        }
    }
}

/// By hand rather than `untagged`, so that a misspelt key in the table form
/// is an unknown key with a suggestion, like everywhere else.
impl<'de> Deserialize<'de> for Verktoy {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Verktoy;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a table with navn and lenke")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Verktoy, E> {
                Ok(Verktoy::Navn(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Verktoy, A::Error> {
                const FELT: &[&str] = &["navn", "lenke"];
                let (mut navn, mut lenke) = (None, None);
                while let Some(k) = a.next_key::<String>()? {
                    match k.as_str() {
                        "navn" => navn = Some(a.next_value::<String>()?),
                        "lenke" => lenke = Some(a.next_value::<String>()?),
                        _ => return Err(serde::de::Error::unknown_field(&k, FELT)),
                    }
                }
                let navn = navn.ok_or_else(|| serde::de::Error::missing_field("navn"))?;
                Ok(match lenke {
                    Some(lenke) => Verktoy::Lenket { navn, lenke },
                    None => Verktoy::Navn(navn),
                })
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Valg {
    pub tekst: String,
    #[schemars(with = "String")]
    pub til: Sp,
    /// The answer establishes the legal ground for what follows (SPEC §1.7).
    pub grunnlag: Option<Grunnlag>,
}

/// What an answer establishes (SPEC §1.7, DOMAIN.md «Stop rules»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub enum Grunnlag {
    /// Reason to believe the child is mistreated, seriously neglected, shows
    /// serious behaviour problems or is exploited: the opplysningsplikt.
    #[serde(rename = "grunn-til-a-tro")]
    GrunnTilATro,
    /// Concrete suspicion of violence or sexual abuse: the police as well as
    /// barnevernet.
    #[serde(rename = "konkret-mistanke")]
    KonkretMistanke,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Utfall {
    #[schemars(with = "String")]
    pub id: Sp,
    pub tittel: String,
    #[serde(alias = "nivå")]
    #[schemars(with = "Option<i64>")]
    pub nivaa: Option<Spanned<i64>>,
    pub tekst: String,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub kategorier: Vec<Sp>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub lovverk: Vec<Sp>,
    #[schemars(with = "Option<String>")]
    pub frist: Option<Sp>,
    #[serde(default, alias = "nødnummer")]
    #[schemars(with = "Vec<String>")]
    pub nodnummer: Vec<Sp>,
    /// The outcome is a bekymringsmelding to barnevernet: every path to it
    /// passes a `grunnlag` answer or the akutt node (SPEC §1.7).
    #[serde(default)]
    pub melding: bool,
    /// The outcome tells the user to contact the police (02800; 112).
    #[serde(default)]
    pub politi: bool,
    pub kilde: Option<String>,
}

/// A municipality's `veileder.toml` that starts from the national graph:
/// `[guide] arv = "nasjonal"`. Its nodes and outcomes are merged into the
/// national ones by id (see `data::arv`), so every field but `id` is
/// optional: a field given replaces the national one.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VeilederArv {
    #[serde(default, alias = "nivå")]
    pub nivaa: Vec<Nivaa>,
    pub guide: Option<GuideArv>,
}

/// `[guide]` of a `VeilederArv`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GuideArv {
    /// The graph this one builds on; only `"nasjonal"` exists.
    #[schemars(with = "String")]
    pub arv: Sp,
    #[schemars(with = "Option<String>")]
    pub start: Option<Sp>,
    #[schemars(with = "Option<String>")]
    pub akutt: Option<Sp>,
    pub kilde: Option<String>,
    #[serde(default)]
    pub node: Vec<NodeArv>,
    #[serde(default)]
    pub utfall: Vec<UtfallArv>,
}

/// A node of a `GuideArv`: a national node's id with the fields to replace,
/// or a new node with every field a `Node` requires. `valg` is merged by
/// `til`: a choice to the same target rewords the national one in place, a
/// choice to a new target is added after them. No national choice is removed.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NodeArv {
    #[schemars(with = "String")]
    pub id: Sp,
    pub steg: Option<u32>,
    pub tittel: Option<String>,
    pub tekst: Option<String>,
    #[serde(alias = "spørsmål")]
    pub sporsmal: Option<String>,
    #[serde(alias = "verktøy")]
    pub verktoy: Option<Vec<Verktoy>>,
    #[schemars(with = "Option<Vec<String>>")]
    pub lovverk: Option<Vec<Sp>>,
    #[schemars(with = "Option<String>")]
    pub frist: Option<Sp>,
    pub valg: Option<Vec<Valg>>,
    pub politi: Option<bool>,
    pub kilde: Option<String>,
}

/// An outcome of a `GuideArv`, merged as `NodeArv` is.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UtfallArv {
    #[schemars(with = "String")]
    pub id: Sp,
    pub tittel: Option<String>,
    #[serde(alias = "nivå")]
    #[schemars(with = "Option<i64>")]
    pub nivaa: Option<Spanned<i64>>,
    pub tekst: Option<String>,
    #[schemars(with = "Option<Vec<String>>")]
    pub kategorier: Option<Vec<Sp>>,
    #[schemars(with = "Option<Vec<String>>")]
    pub lovverk: Option<Vec<Sp>>,
    #[schemars(with = "Option<String>")]
    pub frist: Option<Sp>,
    #[serde(alias = "nødnummer")]
    #[schemars(with = "Option<Vec<String>>")]
    pub nodnummer: Option<Vec<Sp>>,
    pub melding: Option<bool>,
    pub politi: Option<bool>,
    pub kilde: Option<String>,
}

/// What a `veileder.toml` may be: a whole graph, or one that inherits the
/// national graph. Only for the JSON Schema (the loader decides by `arv`).
#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum VeilederSkjema {
    Arv(VeilederArv),
    Hel(Veileder),
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RollerFil {
    #[serde(default)]
    pub rolle: Vec<Rolle>,
}

/// `[[rolle]]`
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rolle {
    #[schemars(with = "String")]
    pub id: Sp,
    pub navn: String,
    pub beskrivelse: Option<String>,
    #[serde(alias = "nivå")]
    #[schemars(with = "Option<Vec<i64>>")]
    pub nivaa: Option<Vec<Spanned<i64>>>,
    pub oppgaver: Option<Vec<String>>,
    #[serde(alias = "nasjonale_føringar")]
    pub nasjonale_foringar: Option<String>,
    #[serde(alias = "lokale_føringar")]
    pub lokale_foringar: Option<String>,
    #[schemars(with = "Option<Vec<String>>")]
    pub lovverk: Option<Vec<Sp>>,
    pub kilde: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LovverkFil {
    #[serde(default)]
    pub lov: Vec<Lov>,
}

/// `[[lov]]`: a legal reference.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lov {
    #[schemars(with = "String")]
    pub id: Sp,
    pub lov: String,
    pub paragraf: Option<String>,
    pub tittel: String,
    pub kort: Option<String>,
    pub lenke: Option<String>,
    /// The workplaces whose staff the law binds (`None`: everyone). The same
    /// duty rests on different laws by workplace (DOMAIN.md «Which duty is
    /// whose»); `--arbeidssted` shows the user's own.
    pub arbeidssted: Option<Vec<Arbeidssted>>,
    pub kilde: Option<String>,
}

/// Where the user works (SPEC §3 `--arbeidssted`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, clap::ValueEnum, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Arbeidssted {
    Barnehage,
    Skole,
    Helse,
    Annet,
}

impl Arbeidssted {
    pub fn id(self) -> &'static str {
        match self {
            Arbeidssted::Barnehage => "barnehage",
            Arbeidssted::Skole => "skole",
            Arbeidssted::Helse => "helse",
            Arbeidssted::Annet => "annet",
        }
    }

    /// The workplace as a reader names it.
    pub fn navn(self, m: Maalform) -> &'static str {
        match self {
            Arbeidssted::Barnehage => m.t("barnehage", "barnehage"),
            Arbeidssted::Skole => m.t("skole", "skule"),
            Arbeidssted::Helse => m.t("helsepersonell", "helsepersonell"),
            Arbeidssted::Annet => m.t("andre kommunale tjenester", "andre kommunale tenester"),
        }
    }
}

impl Lov {
    /// "Helsepersonelloven § 33", or just the law's name when no paragraph is
    /// given or the paragraph is not yet confirmed (`kilde` «kontroller:»):
    /// an unconfirmed number is never shown; `sjekk` tells the maintainer.
    pub fn referanse(&self) -> String {
        match &self.paragraf {
            Some(p) if !self.ubekreftet() => format!("{} {p}", self.lov),
            _ => self.lov.clone(),
        }
    }

    /// Whether the law binds staff at `a` (`None`: show it to everyone).
    pub fn gjelder(&self, a: Option<Arbeidssted>) -> bool {
        match (a, &self.arbeidssted) {
            (Some(a), Some(liste)) => liste.contains(&a),
            _ => true,
        }
    }

    /// The reference is not yet confirmed from a source (`kilde` «kontroller: …»).
    pub fn ubekreftet(&self) -> bool {
        self.kilde
            .as_deref()
            .is_some_and(|k| k.contains("kontroller:"))
    }
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NodnummerFil {
    #[serde(default)]
    pub nummer: Vec<Nummer>,
}

/// `[[nummer]]`: a national phone number.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Nummer {
    #[schemars(with = "String")]
    pub id: Sp,
    pub nummer: String,
    pub navn: String,
    pub beskrivelse: Option<String>,
    pub kilde: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SynonymerFil {
    #[serde(default)]
    pub synonym: Vec<Synonym>,
}

/// `[[synonym]]` in `synonymer.toml`: other names people type for a service
/// or a category. A search word (or phrase) that is one of `ord` also finds
/// what `betyr` finds and the entries in `kategorier`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Synonym {
    #[schemars(with = "Vec<String>")]
    pub ord: Vec<Sp>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub betyr: Vec<Sp>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub kategorier: Vec<Sp>,
    pub kilde: Option<String>,
}

/// The service categories of SPEC §1.4; others are a warning.
pub const KATEGORIER: &[&str] = &[
    "barnehage",
    "skole",
    "sfo",
    "helsestasjon",
    "skolehelsetjeneste",
    "ppt",
    "barnevern",
    "familiens-hus",
    "psykisk-helse",
    "rus",
    "bup",
    "nav",
    "flyktningtjeneste",
    "fastlege",
    "tannhelse",
    "kultur",
    "fritid",
    "politi",
    "slt",
    "koordinerende-enhet",
    "voksenopplaering",
    "frivillig",
    "annet",
];

/// The sources register (`kilder.toml`).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KilderFil {
    #[serde(default)]
    pub kilde: Vec<Kilde>,
}

/// `[[kilde]]`: a document a user can look up.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kilde {
    #[schemars(with = "String")]
    pub id: Sp,
    pub tittel: String,
    pub utgiver: Option<String>,
    pub dato: Option<String>,
    pub lenke: Option<String>,
}

impl Kilde {
    /// "Sirdal kommune: BTI Sirdal (26.11.2018), https://…"
    pub fn vis(&self) -> String {
        let mut s = match &self.utgiver {
            Some(u) => format!("{u}: {}", self.tittel),
            None => self.tittel.clone(),
        };
        if let Some(d) = &self.dato {
            s.push_str(&format!(" ({d})"));
        }
        s
    }
}

/// A key in ASCII: `å → aa`, `ø → o`, `æ → ae` (SPEC §1.2).
pub fn ascii_nokkel(k: &str) -> String {
    k.replace('å', "aa")
        .replace('ø', "o")
        .replace('æ', "ae")
        .replace('Å', "Aa")
        .replace('Ø', "O")
        .replace('Æ', "Ae")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dag).unwrap()
    }

    #[test]
    fn a_passed_deadline_with_an_open_status_is_not_updated() {
        let i_dag = d(2024, 3, 10);
        assert!(Status::Planlagt.ikke_oppdatert(d(2024, 3, 9), i_dag));
        assert!(Status::Pagar.ikke_oppdatert(d(2024, 3, 9), i_dag));
        assert!(!Status::Planlagt.ikke_oppdatert(d(2024, 3, 10), i_dag));
        assert!(!Status::Fullfort.ikke_oppdatert(d(2024, 3, 9), i_dag));
        assert!(!Status::Avlyst.ikke_oppdatert(d(2024, 3, 9), i_dag));
        assert_eq!(
            Status::Planlagt.ikke_oppdatert_tekst(Maalform::Nb),
            "fristen er passert – status er fortsatt «planlagt»"
        );
        assert_eq!(
            Status::Pagar.ikke_oppdatert_tekst(Maalform::Nn),
            "fristen er passert – status er framleis «pågår»"
        );
    }
}
