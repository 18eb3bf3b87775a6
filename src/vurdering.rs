//! `bti vurdering`'s rules: one municipality's data against Bufdir's criteria for a BTI model (DOMAIN.md), pure and in both målformer.
//!
//! Each criterion is met by *evidence*: a structure the data registers
//! (an arena, a role, a level of the model, a field of `kommune.toml`, the
//! municipality's own guide) or a plan row marked done. A plan row still
//! under way only makes a criterion partly met; a planned row is listed as
//! what is missing. Where nothing is registered the status is `ukjent`
//! («ikke registrert i dataene»), never «not met»: `ikke-oppfylt` only where
//! the data positively shows the lack (arenas or model levels are registered,
//! but none on the level the criterion asks for).

use chrono::NaiveDate;

use crate::data::KommuneData;
use crate::data::model::{ArenaNivaa, Status as PlanStatus};
use crate::i18n::{Maalform, fold};

/// Where a criterion stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Oppfylt,
    Delvis,
    IkkeOppfylt,
    Ukjent,
}

impl Status {
    /// The JSON word (SPEC §3.1).
    pub fn kode(self) -> &'static str {
        match self {
            Status::Oppfylt => "oppfylt",
            Status::Delvis => "delvis",
            Status::IkkeOppfylt => "ikke-oppfylt",
            Status::Ukjent => "ukjent",
        }
    }

    /// The status as a reader sees it.
    pub fn visning(self, m: Maalform) -> &'static str {
        match self {
            Status::Oppfylt => "oppfylt",
            Status::Delvis => m.t("delvis oppfylt", "delvis oppfylt"),
            Status::IkkeOppfylt => m.t("ikke oppfylt", "ikkje oppfylt"),
            Status::Ukjent => m.t("ikke registrert i dataene", "ikkje registrert i dataa"),
        }
    }
}

/// A Bufdir requirement or a recommendation (SPEC §3.1 `art`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Art {
    Krav,
    Anbefaling,
}

impl Art {
    pub fn kode(self) -> &'static str {
        match self {
            Art::Krav => "krav",
            Art::Anbefaling => "anbefaling",
        }
    }
    pub fn visning(self, m: Maalform) -> &'static str {
        match self {
            Art::Krav => "krav",
            Art::Anbefaling => m.t("anbefaling", "tilråding"),
        }
    }
}

/// A source of the criteria: a short name for the table, the full one for JSON and reports.
#[derive(Debug, Clone, Copy)]
pub struct Kilde {
    pub kort: &'static str,
    pub lang: &'static str,
    pub kort_nn: &'static str,
    pub lang_nn: &'static str,
}

impl Kilde {
    fn kort(&self, m: Maalform) -> &'static str {
        m.t(self.kort, self.kort_nn)
    }
    fn lang(&self, m: Maalform) -> &'static str {
        m.t(self.lang, self.lang_nn)
    }
}

/// Bufdir's own pages on the grant and model development.
const M: Kilde = Kilde {
    kort: "Bufdir (modellutvikling)",
    lang: "Bufdir, bufdir.no: modellutvikling med tilskudd til systematisk identifikasjon og oppfølging av utsatte barn",
    kort_nn: "Bufdir (modellutvikling)",
    lang_nn: "Bufdir, bufdir.no: modellutvikling med tilskot til systematisk identifikasjon og oppfølging av utsette barn",
};
/// The grant's criteria for goal attainment, as Austrheim's case quotes them.
const A: Kilde = Kilde {
    kort: "Bufdir (kriterier for måloppnåelse)",
    lang: "Bufdir, kriterier for måloppnåelse i tilskuddsordningen (regelverk: rundskriv 19/2022; sitert i Austrheim kommunes sak 2023)",
    kort_nn: "Bufdir (kriterium for måloppnåing)",
    lang_nn: "Bufdir, kriterium for måloppnåing i tilskotsordninga (regelverk: rundskriv 19/2022; sitert i saka til Austrheim kommune 2023)",
};
/// The national guideline.
const H: Kilde = Kilde {
    kort: "Helsedirektoratet (IS-2826)",
    lang: "Helsedirektoratet, Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge (IS-2826)",
    kort_nn: "Helsedirektoratet (IS-2826)",
    lang_nn: "Helsedirektoratet, Nasjonal fagleg retningsline for tidleg oppdaging av utsette barn og unge (IS-2826)",
};
/// The BTI model as the municipalities' own guides describe it.
const S: Kilde = Kilde {
    kort: "BTI-veiledere",
    lang: "BTI-modellen slik kommunenes egne veiledere beskriver den",
    kort_nn: "BTI-rettleiarar",
    lang_nn: "BTI-modellen slik dei eigne rettleiarane til kommunane skildrar han",
};

/// One criterion: what it asks and how the data is read for it.
#[derive(Debug, Clone, Copy)]
pub struct Kriterium {
    pub id: &'static str,
    pub nb: &'static str,
    pub nn: &'static str,
    pub art: Art,
    pub kilder: &'static [Kilde],
    /// Folded words a plan row, arena, role, model level or guide text must
    /// contain to count as evidence.
    pub ord: &'static [&'static str],
    /// Whether texts of the municipality's own guide count: not where the
    /// guide's words mean something else (its «kartlegging» is of one child,
    /// not of the municipality's services).
    pub i_veileder: bool,
    /// What this criterion reads besides the common rule (`REGEL_FELLES`),
    /// bokmål and nynorsk; the words in `ord` are listed after it.
    pub regel: (&'static str, &'static str),
}

impl Kriterium {
    pub fn navn(&self, m: Maalform) -> &'static str {
        m.t(self.nb, self.nn)
    }
    /// The full sources, for JSON and reports.
    pub fn kilde(&self, m: Maalform) -> String {
        self.kilder
            .iter()
            .map(|k| k.lang(m))
            .collect::<Vec<_>>()
            .join("; ")
    }
    /// The short sources, for the table.
    pub fn kilde_kort(&self, m: Maalform) -> String {
        self.kilder
            .iter()
            .map(|k| k.kort(m))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The criteria of DOMAIN.md, in its order.
pub const KRITERIER: &[Kriterium] = &[
    Kriterium {
        id: "elektronisk",
        nb: "Modellen er elektronisk og ligger på kommunens nettsted",
        nn: "Modellen er elektronisk og ligg på nettstaden til kommunen",
        art: Art::Krav,
        kilder: &[M, A],
        ord: &["hjemmeside", "heimeside", "elektronisk", "nettside"],
        i_veileder: false,
        regel: (
            "Oppfylt når kommune.toml har `nettside` (adressen til veilederen).",
            "Oppfylt når kommune.toml har `nettside` (adressa til rettleiaren).",
        ),
    },
    Kriterium {
        id: "tre-nivaa",
        nb: "Modellen har kommune-, tjeneste- og individnivå",
        nn: "Modellen har kommune-, teneste- og individnivå",
        art: Art::Krav,
        kilder: &[M, A],
        ord: &["tre niva", "tre-niva", "tre ulike niva"],
        i_veileder: false,
        regel: (
            "Nivåene som `[[modellnivaa]]` i kommune.toml eller arenaene (`nivaa`) dekker: alle tre gir oppfylt, ett eller to gir delvis (med nivået som mangler), ingen gir ikke registrert.",
            "Nivåa som `[[modellnivaa]]` i kommune.toml eller arenaene (`nivaa`) dekkjer: alle tre gir oppfylt, eitt eller to gir delvis (med nivået som manglar), ingen gir ikkje registrert.",
        ),
    },
    Kriterium {
        id: "kommunenivaa",
        nb: "Kommunenivå: planer, strategier, avtaler, arenaer, evalueringsverktøy, brukerundersøkelser",
        nn: "Kommunenivå: planar, strategiar, avtalar, arenaer, evalueringsverktøy, brukarundersøkingar",
        art: Art::Krav,
        kilder: &[M],
        ord: &[],
        i_veileder: false,
        regel: (
            "Oppfylt når kommune.toml beskriver kommunenivået (`[[modellnivaa]] id = \"kommune\"`); delvis når bare arenaer på kommunenivå er registrert; ikke oppfylt når arenaer eller modellnivåer er registrert, men ingen på kommunenivå.",
            "Oppfylt når kommune.toml skildrar kommunenivået (`[[modellnivaa]] id = \"kommune\"`); delvis når berre arenaer på kommunenivå er registrerte; ikkje oppfylt når arenaer eller modellnivå er registrerte, men ingen på kommunenivå.",
        ),
    },
    Kriterium {
        id: "tjenestenivaa",
        nb: "Tjenestenivå: rutiner og verktøy i hver tjeneste; møteplasser og rutiner på tvers",
        nn: "Tenestenivå: rutinar og verktøy i kvar teneste; møteplassar og rutinar på tvers",
        art: Art::Krav,
        kilder: &[M],
        ord: &[],
        i_veileder: false,
        regel: (
            "Som kommunenivaa, for tjenestenivået (`id = \"tjeneste\"`, arenaer med `nivaa = \"tjeneste\"`).",
            "Som kommunenivaa, for tenestenivået (`id = \"tjeneste\"`, arenaer med `nivaa = \"tjeneste\"`).",
        ),
    },
    Kriterium {
        id: "handlingsveileder",
        nb: "Individnivå: en handlingsveileder fra undring/bekymring til handling, hvem gjør hva på tvers av tjenestene",
        nn: "Individnivå: ein handlingsrettleiar frå undring/bekymring til handling, kven gjer kva på tvers av tenestene",
        art: Art::Krav,
        kilder: &[A, H],
        ord: &[
            "handlingsveileder",
            "handlingsrettleia",
            "bti-veileder",
            "bti-rettleia",
        ],
        i_veileder: true,
        regel: (
            "Oppfylt når kommunen har sin egen veileder (veileder.toml med `[guide]`); den nasjonale veilederen i bti teller ikke.",
            "Oppfylt når kommunen har sin eigen rettleiar (veileder.toml med `[guide]`); den nasjonale rettleiaren i bti tel ikkje.",
        ),
    },
    Kriterium {
        id: "stafettholder",
        nb: "En stafettholder-rolle (koordinering fra nivå 1)",
        nn: "Ei stafetthaldarrolle (koordinering frå nivå 1)",
        art: Art::Anbefaling,
        kilder: &[H, S],
        ord: &["stafettholder", "stafetthaldar"],
        i_veileder: true,
        regel: (
            "Bare kommunens egne roller teller, ikke den nasjonale.",
            "Berre dei eigne rollene til kommunen tel, ikkje den nasjonale.",
        ),
    },
    Kriterium {
        id: "stafettlogg",
        nb: "En stafettlogg / et dokumentasjonsverktøy og hvordan det brukes",
        nn: "Ein stafettlogg / eit dokumentasjonsverktøy og korleis det blir brukt",
        art: Art::Anbefaling,
        kilder: &[H, S],
        ord: &["stafettlogg"],
        i_veileder: true,
        regel: (
            "Oppfylt når kommune.toml har `stafettlogg`.",
            "Oppfylt når kommune.toml har `stafettlogg`.",
        ),
    },
    Kriterium {
        id: "samtykke",
        nb: "Rutiner for samtykke",
        nn: "Rutinar for samtykke",
        art: Art::Krav,
        kilder: &[A],
        ord: &["samtykke"],
        i_veileder: true,
        regel: ("", ""),
    },
    Kriterium {
        id: "medvirkning",
        nb: "Barn og foreldre er involvert; barnet blir hørt",
        nn: "Barn og foreldre er involverte; barnet blir høyrt",
        art: Art::Krav,
        kilder: &[M, H],
        ord: &[
            "medvirk",
            "medverk",
            "barnets stemme",
            "si stemme",
            "foreldresamarbeid",
            "samarbeid med foreldre",
            "bli hort",
            "blir hort",
            "hoyrt",
        ],
        i_veileder: true,
        regel: ("", ""),
    },
    Kriterium {
        id: "evaluering",
        nb: "Dokumentasjon og evaluering på alle nivåer",
        nn: "Dokumentasjon og evaluering på alle nivå",
        art: Art::Krav,
        kilder: &[A],
        ord: &["evaluer"],
        i_veileder: true,
        regel: ("", ""),
    },
    Kriterium {
        id: "brukermedvirkning",
        nb: "Systematisk brukermedvirkning",
        nn: "Systematisk brukarmedverknad",
        art: Art::Krav,
        kilder: &[A],
        ord: &[
            "brukermedvirk",
            "brukarmedverk",
            "brukerundersok",
            "brukarundersok",
            "brukerorganisasjon",
            "brukarorganisasjon",
        ],
        i_veileder: false,
        regel: ("", ""),
    },
    Kriterium {
        id: "forankring",
        nb: "Forankret i politisk og administrativ ledelse",
        nn: "Forankra i politisk og administrativ leiing",
        art: Art::Krav,
        kilder: &[A],
        ord: &[
            "forankr",
            "kommunestyre",
            "formannskap",
            "politisk",
            "styringsgrupp",
        ],
        i_veileder: false,
        regel: ("", ""),
    },
    Kriterium {
        id: "kartlegging",
        nb: "Kartlegging innen 6 måneder etter vedtaket",
        nn: "Kartlegging innan 6 månader etter vedtaket",
        art: Art::Krav,
        kilder: &[A],
        ord: &["kartlegg"],
        i_veileder: false,
        regel: (
            "Om kartleggingen kom innen 6 måneder etter vedtaket, leser bti ikke ut av dataene.",
            "Om kartlegginga kom innan 6 månader etter vedtaket, les ikkje bti ut av dataa.",
        ),
    },
    Kriterium {
        id: "kompetanse",
        nb: "Ansatte kjenner risiko- og beskyttelsesfaktorer og tegn, og vet hvordan de snakker med barn",
        nn: "Tilsette kjenner risiko- og beskyttelsesfaktorar og teikn, og veit korleis dei snakkar med barn",
        art: Art::Anbefaling,
        kilder: &[H],
        ord: &[
            "kompetanseheving",
            "kompetansekartlegg",
            "opplaering",
            "fagdag",
            "risikofaktor",
            "beskyttelsesfaktor",
            "vernefaktor",
            "tegn og signal",
            "teikn og signal",
            "samtale med barn",
            "samtalar med barn",
            "snakke med barn",
        ],
        i_veileder: true,
        regel: ("", ""),
    },
    Kriterium {
        id: "samarbeidsavtaler",
        nb: "Samarbeidsavtaler mellom tjenestene",
        nn: "Samarbeidsavtalar mellom tenestene",
        art: Art::Anbefaling,
        kilder: &[H],
        ord: &["samarbeidsavtal"],
        i_veileder: false,
        regel: ("", ""),
    },
];

/// The rule every criterion shares (README, man page).
fn regel_felles(m: Maalform) -> &'static str {
    m.t(
        "Belegg er det kommunens egne data registrerer: en arena, en egen rolle, et modellnivå i kommune.toml \
eller en tekst i kommunens egen veileder som nevner kriteriet (ordene under, uten å skille store og små bokstaver \
og æøå), eller en rad i framdriftsplanen med status fullført, gir oppfylt; en rad som pågår, gir delvis; en \
planlagt eller avlyst rad står under «mangler» (med «fristen er passert» når fristen er ute). Uten belegg står \
kriteriet som «ikke registrert i dataene» (ukjent), aldri «ikke oppfylt»: ikke oppfylt bare der dataene viser \
mangelen.",
        "Belegg er det dei eigne dataa til kommunen registrerer: ein arena, ei eiga rolle, eit modellnivå i \
kommune.toml eller ein tekst i den eigne rettleiaren til kommunen som nemner kriteriet (orda under, utan å skilje \
store og små bokstavar og æøå), eller ei rad i framdriftsplanen med status fullført, gir oppfylt; ei rad som \
pågår, gir delvis; ei planlagd eller avlyst rad står under «manglar» (med «fristen er passert» når fristen er \
ute). Utan belegg står kriteriet som «ikkje registrert i dataa» (ukjent), aldri «ikkje oppfylt»: ikkje oppfylt \
berre der dataa viser mangelen.",
    )
}

/// The criteria, each with its art, sources and rule: the long help of
/// `bti vurdering` (and so its man page) and the README's list.
pub fn hjelp(m: Maalform) -> String {
    let mut ut = format!(
        "{}\n\n{}\n",
        m.t("Kriteriene og reglene:", "Kriteria og reglane:"),
        regel_felles(m)
    );
    for k in KRITERIER {
        ut.push_str(&format!(
            "\n{} ({}; {}): {}.\n",
            k.id,
            k.art.visning(m),
            k.kilde_kort(m),
            k.navn(m)
        ));
        let regel = m.t(k.regel.0, k.regel.1);
        let ord = (!k.ord.is_empty()).then(|| {
            let veileder = match k.i_veileder {
                true => m.t(
                    " (også i kommunens egen veileder)",
                    " (også i den eigne rettleiaren til kommunen)",
                ),
                false => m.t(" (ikke i veilederen)", " (ikkje i rettleiaren)"),
            };
            format!("{}{veileder}: {}.", m.t("Ord", "Ord"), k.ord.join(", "))
        });
        let linje: Vec<&str> = [Some(regel).filter(|r| !r.is_empty()), ord.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !linje.is_empty() {
            ut.push_str(&format!("  {}\n", linje.join(" ")));
        }
    }
    ut.push_str(&format!(
        "\n{}\n{}\n",
        m.t("Kilder:", "Kjelder:"),
        [M, A, H, S]
            .iter()
            .map(|k| format!("  {}: {}", k.kort(m), k.lang(m)))
            .collect::<Vec<_>>()
            .join("\n")
    ));
    ut
}

/// One criterion assessed for one municipality.
#[derive(Debug, Clone)]
pub struct Vurdering {
    pub kriterium: &'static Kriterium,
    pub status: Status,
    pub belegg: Vec<String>,
    pub mangler: Vec<String>,
}

/// What was found for a criterion, before the status is decided.
#[derive(Default)]
struct Funn {
    sterk: Vec<String>,
    svak: Vec<String>,
    mangler: Vec<String>,
}

impl Funn {
    fn status(&self) -> Status {
        if !self.sterk.is_empty() {
            Status::Oppfylt
        } else if !self.svak.is_empty() {
            Status::Delvis
        } else {
            Status::Ukjent
        }
    }
}

/// Every criterion for `k`; «today» decides which plan rows are out of date.
pub fn vurder(k: &KommuneData, m: Maalform, i_dag: NaiveDate) -> Vec<Vurdering> {
    KRITERIER
        .iter()
        .map(|kr| {
            let mut f = Funn::default();
            egne_felt(kr, k, m, &mut f);
            tekster(kr, k, m, &mut f);
            planrader(kr, k, m, i_dag, &mut f);
            let status = match kr.id {
                "tre-nivaa" => tre_nivaa(k, m, &mut f),
                "kommunenivaa" => nivaa(k, m, ArenaNivaa::Kommune, &mut f),
                "tjenestenivaa" => nivaa(k, m, ArenaNivaa::Tjeneste, &mut f),
                _ => f.status(),
            };
            let mut belegg = f.sterk;
            belegg.extend(f.svak);
            Vurdering {
                kriterium: kr,
                status,
                belegg,
                mangler: f.mangler,
            }
        })
        .collect()
}

/// Fields that are themselves the evidence: `nettside`, `stafettlogg`, the own guide.
fn egne_felt(kr: &Kriterium, k: &KommuneData, m: Maalform, f: &mut Funn) {
    let kk = &k.kommune;
    let felt = |v: &Option<String>| {
        v.as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string)
    };
    match kr.id {
        "elektronisk" => {
            if let Some(n) = felt(&kk.nettside) {
                f.sterk.push(format!("kommune.toml: nettside {n}"));
            }
        }
        "stafettlogg" => {
            if let Some(s) = felt(&kk.stafettlogg) {
                f.sterk.push(format!("kommune.toml: stafettlogg «{s}»"));
            }
        }
        "handlingsveileder" => {
            if let Some(g) = k.veileder.as_ref().and_then(|v| v.guide.as_ref()) {
                f.sterk.push(format!(
                    "veileder.toml: {} ({} {}, {} {})",
                    m.t("kommunens egen veileder", "kommunen sin eigen rettleiar"),
                    g.node.len(),
                    m.t("spørsmål", "spørsmål"),
                    g.utfall.len(),
                    m.t("utfall", "utfall")
                ));
            }
        }
        _ => {}
    }
}

fn treff(kr: &Kriterium, tekst: &str) -> bool {
    if kr.ord.is_empty() {
        return false;
    }
    let t = fold(tekst);
    kr.ord.iter().any(|o| t.contains(o))
}

/// Arenas, own roles, model levels and the own guide's texts that name the criterion.
fn tekster(kr: &Kriterium, k: &KommuneData, m: Maalform, f: &mut Funn) {
    for a in &k.arenaer {
        let mut t = vec![a.navn.as_str()];
        t.extend(a.formaal.as_deref());
        t.extend(a.sokeord.iter().flatten().map(String::as_str));
        if treff(kr, &t.join(" \n ")) {
            f.sterk.push(format!(
                "arenaer.toml: arena «{}» ({})",
                a.navn,
                nivaa_navn(m, a.nivaa)
            ));
        }
    }
    for r in &k.roller {
        let mut t = vec![r.id.as_ref().as_str(), r.navn.as_str()];
        t.extend(r.beskrivelse.as_deref());
        t.extend(r.oppgaver.iter().flatten().map(String::as_str));
        if treff(kr, &t.join(" \n ")) {
            f.sterk.push(format!(
                "roller.toml: {} «{}»",
                m.t("rolle", "rolle"),
                r.navn
            ));
        }
    }
    for n in &k.kommune.modellnivaa {
        let mut t = vec![n.navn.as_str()];
        t.extend(n.beskrivelse.as_deref());
        t.extend(n.punkter.iter().map(String::as_str));
        if treff(kr, &t.join(" \n ")) {
            f.sterk.push(format!(
                "kommune.toml: {} «{}»",
                m.t("modellnivå", "modellnivå"),
                n.navn
            ));
        }
    }
    let Some(g) = k
        .veileder
        .as_ref()
        .and_then(|v| v.guide.as_ref())
        .filter(|_| kr.i_veileder)
    else {
        return;
    };
    let noder = g.node.iter().map(|n| (&n.tittel, [&n.tekst, &n.sporsmal]));
    let utfall = g.utfall.iter().map(|u| (&u.tittel, [&u.tekst, &u.tittel]));
    let mut sett = 0;
    for (tittel, tekst) in noder.chain(utfall) {
        if treff(kr, &format!("{tittel}\n{}\n{}", tekst[0], tekst[1])) {
            sett += 1;
            if sett <= 3 {
                f.sterk.push(format!("veileder.toml: «{tittel}»"));
            }
        }
    }
}

/// Plan rows that name the criterion: done counts, under way is partly,
/// planned or cancelled is missing.
fn planrader(kr: &Kriterium, k: &KommuneData, m: Maalform, i_dag: NaiveDate, f: &mut Funn) {
    for rad in &k.rader {
        let Some(akt) = k
            .planer
            .get(rad.plan)
            .and_then(|p| p.aktivitet.get(rad.aktivitet))
        else {
            continue;
        };
        if !treff(kr, &format!("{}\n{}", rad.id, akt.hva)) {
            continue;
        }
        let plan = k
            .planer
            .get(rad.plan)
            .map_or("", |p| p.id.as_ref().as_str());
        let hvor = format!(
            "framdrift.toml: plan «{plan}», {} «{}» «{}»",
            m.t("rad", "rad"),
            rad.id,
            kort(&akt.hva, 70)
        );
        match akt.status {
            PlanStatus::Fullfort => f.sterk.push(format!("{hvor} ({})", akt.status.visning())),
            PlanStatus::Avlyst => f.mangler.push(format!("{hvor} ({})", akt.status.visning())),
            PlanStatus::Pagar | PlanStatus::Planlagt => {
                let utdatert = rad
                    .perioder
                    .iter()
                    .max_by_key(|p| p.slutt)
                    .is_some_and(|p| rad.ikke_oppdatert(akt.status, *p, i_dag));
                let tekst = if utdatert {
                    akt.status.ikke_oppdatert_tekst(m)
                } else {
                    akt.status.visning().to_string()
                };
                let linje = format!("{hvor} ({tekst})");
                if akt.status == PlanStatus::Pagar {
                    f.svak.push(linje);
                } else {
                    f.mangler.push(linje);
                }
            }
        }
    }
}

fn nivaa_navn(m: Maalform, n: ArenaNivaa) -> &'static str {
    match n {
        ArenaNivaa::Kommune => "kommunenivå",
        ArenaNivaa::Tjeneste => m.t("tjenestenivå", "tenestenivå"),
        ArenaNivaa::Individ => "individnivå",
    }
}

/// The levels the data covers, each with its evidence.
fn nivaa_belegg(k: &KommuneData, m: Maalform, n: ArenaNivaa) -> (Vec<String>, Vec<String>) {
    let modell: Vec<String> = k
        .kommune
        .modellnivaa
        .iter()
        .filter(|x| x.id == n)
        .map(|x| {
            format!(
                "kommune.toml: {} «{}»",
                m.t("modellnivå", "modellnivå"),
                x.navn
            )
        })
        .collect();
    let arenaer: Vec<String> = k
        .arenaer
        .iter()
        .filter(|a| a.nivaa == n)
        .map(|a| format!("arenaer.toml: arena «{}» ({})", a.navn, nivaa_navn(m, n)))
        .collect();
    (modell, arenaer)
}

fn tre_nivaa(k: &KommuneData, m: Maalform, f: &mut Funn) -> Status {
    let mut dekket = 0;
    let mut mangler = Vec::new();
    for n in [
        ArenaNivaa::Kommune,
        ArenaNivaa::Tjeneste,
        ArenaNivaa::Individ,
    ] {
        let (modell, arenaer) = nivaa_belegg(k, m, n);
        if modell.is_empty() && arenaer.is_empty() {
            mangler.push(format!(
                "{} {}",
                m.t(
                    "ingen arena eller modellnivå på",
                    "ingen arena eller modellnivå på"
                ),
                nivaa_navn(m, n)
            ));
        } else {
            dekket += 1;
            f.sterk.extend(modell.into_iter().chain(arenaer).take(2));
        }
    }
    match dekket {
        3 => Status::Oppfylt,
        // Nothing registered on any level: the plan rows alone tell.
        0 => f.status(),
        _ => {
            f.mangler.extend(mangler);
            Status::Delvis
        }
    }
}

fn nivaa(k: &KommuneData, m: Maalform, n: ArenaNivaa, f: &mut Funn) -> Status {
    let (modell, arenaer) = nivaa_belegg(k, m, n);
    let registrert = !k.arenaer.is_empty() || !k.kommune.modellnivaa.is_empty();
    let status = if !modell.is_empty() {
        Status::Oppfylt
    } else if !arenaer.is_empty() {
        f.mangler.push(format!(
            "{} ({})",
            m.t(
                "nivået er ikke beskrevet i kommune.toml",
                "nivået er ikkje skildra i kommune.toml"
            ),
            format_args!("[[modellnivaa]] id = \"{}\"", n.navn())
        ));
        Status::Delvis
    } else if registrert {
        f.mangler.push(format!(
            "{} {} ({} {}, {} {})",
            m.t(
                "ingen arena eller modellnivå på",
                "ingen arena eller modellnivå på"
            ),
            nivaa_navn(m, n),
            k.arenaer.len(),
            "arenaer",
            k.kommune.modellnivaa.len(),
            m.t("modellnivåer", "modellnivå")
        ));
        Status::IkkeOppfylt
    } else {
        Status::Ukjent
    };
    f.sterk.extend(modell);
    f.sterk.extend(arenaer);
    status
}

/// At most `max` characters, cut at a word, with «…».
fn kort(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let mut ut: String = s.chars().take(max).collect();
    if let Some(i) = ut.rfind(' ') {
        ut.truncate(i);
    }
    ut.push('…');
    ut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_criterion_has_an_id_a_rule_and_a_source() {
        let mut ids: Vec<&str> = KRITERIER.iter().map(|k| k.id).collect();
        assert_eq!(ids.len(), 15);
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 15, "ids are unique");
        for k in KRITERIER {
            assert!(!k.kilder.is_empty(), "{}", k.id);
            assert!(hjelp(Maalform::Nn).contains(k.nn));
            // The folded words must be folded, or they never match.
            for o in k.ord {
                assert_eq!(&fold(o), o, "{}: {o}", k.id);
            }
        }
    }

    #[test]
    fn the_status_words_are_the_specs() {
        assert_eq!(Status::IkkeOppfylt.kode(), "ikke-oppfylt");
        assert_eq!(
            Status::Ukjent.visning(Maalform::Nb),
            "ikke registrert i dataene"
        );
        assert_eq!(
            Status::Ukjent.visning(Maalform::Nn),
            "ikkje registrert i dataa"
        );
        assert_eq!(kort("a b c d", 4), "a b…");
    }
}
