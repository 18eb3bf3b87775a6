//! A deterministic generator of realistic, valid `bti` data directories
//! (SPEC §5): N municipalities, each with ≈ 40 tjenester, 10 arenaer and
//! 60 activities in three plans whose deadlines use every kind of date
//! expression in SPEC §2, relative ones included. Pure: it returns the files;
//! `main.rs` writes them, and the test suite checks them with `bti sjekk`.
//!
//! No `rand` crate: a xorshift64* generator seeded per municipality, so a
//! given N always gives the same bytes.

use std::fmt::Write as _;

// The category vocabulary the validator knows (SPEC §1.4).
use bti::data::model::KATEGORIER;
use bti::i18n::MAANEDSNAVN as MND;

/// A small seeded PRNG (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const FORLEDD: &[&str] = &[
    "Nord", "Sør", "Øvre", "Nedre", "Vest", "Aust", "Stor", "Lille", "Indre", "Ytre", "Midt", "Ny",
];
const STAMME: &[&str] = &[
    "dal", "fjord", "vik", "heim", "stad", "berg", "øy", "nes", "land", "sund", "bø", "lia", "mo",
    "haug", "eid",
];
const REGIONER: &[&str] = &[
    "Lister",
    "Fensfjorden",
    "Innherred",
    "Sogn",
    "Ryfylke",
    "Hallingdal",
    "Vesterålen",
    "Valdres",
];
const MODELLER: &[&str] = &[
    "BTI",
    "BTS – Bedre tverrfaglig samhandling",
    "Best i lag",
    "Betre tverrfagleg innsats",
];
const STEDER: &[&str] = &[
    "sentrum", "nord", "sør", "øst", "vest", "bygda", "fjellet", "sjøen", "skogen", "elva",
];
const HVA: &[&str] = &[
    "Møte i prosjektgruppa. Gjennomgå tilbakemeldingene fra superbrukerne",
    "Opplæring i stafettloggen for nye stafettholdere",
    "BTI som tema på avdelingsmøtene: bruke case og klikke i handlingsveilederen",
    "Kartlegging av eksisterende samarbeidsrutiner",
    "Evaluering av handlingsveilederen med referansegruppa",
    "Informasjon til foreldre og foresatte på foreldremøter",
    "Driftsstyremøte",
    "Rapportering til Bufdir",
    "Samling for superbrukere i regionen",
    "Revidere rutinen for bekymringssamtaler",
];
const HVEM: &[&str] = &[
    "Prosjektgruppa",
    "Alle aktuelle stafettholdere og evt aktører",
    "Superbrukerne",
    "Enhetsledere",
    "Referansegruppa",
    "Driftsstyret",
];
const ANSVAR: &[&str] = &[
    "Prosjektleder",
    "Prosjektleder innkaller",
    "Enhetsleder",
    "Superbrukerne og de med opplæring",
    "BTI-koordinator",
];
const MND3: [&str; 12] = [
    "JAN", "FEB", "MARS", "APR", "MAI", "JUNI", "JULI", "AUG", "SEPT", "OKT", "NOV", "DES",
];

/// A lowercase ASCII slug of a name ("Øvre Vik" → "ovre-vik").
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'æ' => out.push_str("ae"),
            'ø' => out.push('o'),
            'å' => out.push_str("aa"),
            _ if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            _ => {}
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One municipality's folder: (file name, contents).
pub struct Kommune {
    pub id: String,
    pub files: Vec<(&'static str, String)>,
}

/// `n` municipalities with unique ids and names, in id order.
pub fn kommuner(n: usize) -> Vec<Kommune> {
    let mut taken = std::collections::HashSet::new();
    let mut out: Vec<Kommune> = (0..n)
        .map(|i| {
            let mut rng = Rng::new(i as u64 + 1);
            let mut navn = format!("{}{}", rng.pick(FORLEDD), rng.pick(STAMME));
            let mut id = slug(&navn);
            let mut k = 2;
            while !taken.insert(id.clone()) {
                navn = format!("{}{} {k}", rng.pick(FORLEDD), rng.pick(STAMME));
                id = slug(&navn);
                k += 1;
            }
            kommune(i, &id, &navn, &mut rng)
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn kommune(i: usize, id: &str, navn: &str, rng: &mut Rng) -> Kommune {
    // The order of the calls is the order of the random draws: keep it.
    let k = kommune_toml(i, id, navn, rng);
    let (tjenester, tj_ids) = tjenester(id, navn, rng);
    let arenaer = arenaer(&tj_ids, rng);
    let framdrift = framdrift(i, rng);
    Kommune {
        id: id.to_string(),
        files: vec![
            ("kommune.toml", k),
            ("tjenester.toml", tjenester),
            ("arenaer.toml", arenaer),
            ("framdrift.toml", framdrift),
            (
                "kilder.toml",
                format!(
                    "[[kilde]]\nid = \"gendata\"\ntittel = \"Genererte testdata for ytelsesmålinger\"\nutgiver = \"{navn} kommune\"\n"
                ),
            ),
        ],
    }
}

/// `kommune.toml`.
fn kommune_toml(i: usize, id: &str, navn: &str, rng: &mut Rng) -> String {
    let nn = i % 3 == 2;
    let mut k = String::new();
    let _ = writeln!(k, "navn = \"{navn} kommune\"");
    let _ = writeln!(k, "maalform = \"{}\"", if nn { "nn" } else { "nb" });
    let _ = writeln!(k, "modell = \"{}\"", rng.pick(MODELLER));
    let _ = writeln!(k, "kommunenummer = \"{:04}\"", 1000 + i % 9000);
    let _ = writeln!(k, "region = \"{}\"", rng.pick(REGIONER));
    let _ = writeln!(k, "nettside = \"https://{id}.kommune.no/bti\"");
    let _ = writeln!(
        k,
        "beskrivelse = \"Generert testkommune nr. {} for ytelsesmålinger.\"",
        i + 1
    );
    let _ = writeln!(k, "kilde = \"gendata, kommune {}\"", i + 1);
    k
}

/// `tjenester.toml` and the services' ids.
fn tjenester(id: &str, navn: &str, rng: &mut Rng) -> (String, Vec<String>) {
    // Services: 40, ids unique within the municipality.
    let mut tjenester = String::new();
    let mut tj_ids = Vec::new();
    for t in 0..40 {
        let kat = KATEGORIER[t % KATEGORIER.len()];
        let sted = STEDER[(t / KATEGORIER.len() + rng.below(3)) % STEDER.len()];
        let tid = format!("{kat}-{}-{t}", slug(sted));
        let nivaa = match t % 4 {
            0 => "[0, 1]",
            1 => "[1, 2]",
            2 => "[2, 3]",
            _ => "[0, 1, 2, 3]",
        };
        let _ = write!(
            tjenester,
            "[[tjeneste]]\nid = \"{tid}\"\nnavn = \"{} {sted}\"\nkategori = \"{kat}\"\n\
             beskrivelse = \"Tilbud til barn, unge og familier i {navn}: {kat}.\"\n\
             nivaa = {nivaa}\nmaalgruppe = \"0-18 år\"\ntelefon = \"{:08}\"\n\
             epost = \"{tid}@{id}.kommune.no\"\nkilde = \"gendata\"\n\n",
            capitalize(kat),
            40_000_000 + rng.below(9_999_999)
        );
        tj_ids.push(tid);
    }
    (tjenester, tj_ids)
}

/// `arenaer.toml`.
fn arenaer(tj_ids: &[String], rng: &mut Rng) -> String {
    // Arenas: 10, each with services that exist and meetings with a year.
    let mut arenaer = String::new();
    for a in 0..10 {
        let nivaa = ["kommune", "tjeneste", "individ"][a % 3];
        let mut deltar: Vec<String> = (0..3)
            .map(|_| format!("\"{}\"", rng.pick(tj_ids)))
            .collect();
        // A service is named once per arena (`sjekk` refuses it twice).
        deltar.sort();
        deltar.dedup();
        let y = 2018 + rng.below(8);
        let moter: Vec<String> = (0..4)
            .map(|m| match m % 2 {
                0 => format!("\"{}.{}.{y}\"", 1 + rng.below(28), 1 + m * 3),
                _ => format!("\"{y}-{:02}-{:02}\"", 1 + m * 3, 1 + rng.below(28)),
            })
            .collect();
        let _ = write!(
            arenaer,
            "[[arena]]\nid = \"arena-{a}\"\nnavn = \"{} {a}\"\nnivaa = \"{nivaa}\"\n\
             formaal = \"Samhandling på {nivaa}snivå\"\ntjenester = [{}]\n\
             deltakere = [\"Enhetsleder skole\", \"Helsesykepleier\"]\n\
             hyppighet = \"{}\"\nmoter = [{}]\nansvar = \"{}\"\nkilde = \"gendata\"\n\n",
            ["BTI-team", "Driftsstyre", "Referansegruppe", "Ressursteam"][a % 4],
            deltar.join(", "),
            ["månedlig", "to ganger per år", "ved behov"][a % 3],
            moter.join(", "),
            rng.pick(ANSVAR)
        );
    }
    arenaer
}

/// `framdrift.toml`: three plans of 20 activities.
fn framdrift(i: usize, rng: &mut Rng) -> String {
    // Plans: three of 20 activities.
    let mut framdrift = String::new();
    for p in 0..3 {
        let year = 2018 + ((i + p * 3) % 9) as i32;
        let host = (i + p) % 2 == 1;
        // SPEC §1.8: every date lies in its plan's window, and a date without
        // a year fits one year of it. A window runs six months past its dated
        // rows, so a relative deadline (at most six units after a dated row)
        // stays inside; the dated months never recur within the window.
        let (start, slutt, months) = if host {
            (
                format!("{year}-08-01"),
                format!("{}-06-30", year + 1),
                8..=12,
            )
        } else {
            (format!("{year}-01-01"), format!("{year}-12-31"), 1..=6)
        };
        let pid = format!("{year}-{}-{p}", if host { "host" } else { "var" });
        let _ = write!(
            framdrift,
            "[[plan]]\nid = \"{pid}\"\nnavn = \"Framdriftsplan {} {year}\"\nstart = \"{start}\"\n\
             slutt = \"{slutt}\"\nkilde = \"gendata\"\n\n",
            if host { "høsten" } else { "våren" }
        );
        let mut datable: Vec<String> = Vec::new();
        for a in 0..20 {
            let aid = format!("{pid}-a{a}");
            let m = *months.start() + rng.below(months.clone().count() - 1) as u32;
            let d = 1 + rng.below(27) as u32;
            let d2 = (d + 1 + rng.below(10) as u32).min(28);
            let week = m * 4 + rng.below(3) as u32;
            let kind = (a + p * 7 + i) % 36;
            let mut naar = None;
            let mut omtrentlig = false;
            let frist = match kind {
                0 => format!("{year}-{m:02}-{d:02}"),
                1 => format!("{d}.{m}.{year}"),
                2 => format!("{d}/{m}"),
                3 => format!("{d:02}.{m:02}"),
                4 => format!("{d}.+{}.{m}", d + 1),
                5 => format!("{d}.-{d2}.{m}"),
                6 => format!("{d}.–{d2}. {}", MND[m as usize - 1]),
                7 => format!("{d}.{m} + {d2}.{m}"),
                8 => format!("{d}.{m} og {d2}.{m}"),
                9 => format!("Uke {week}"),
                10 => format!("veke {week}"),
                11 => format!("Uke {week} {year}"),
                12 => MND3[m as usize - 1].to_string(),
                13 => format!("I løpet av {}", MND[m as usize - 1]),
                14 => format!("ila {}", MND[m as usize - 1]),
                15 => format!("Innen utgangen av {}", MND[m as usize - 1]),
                16 => format!("innan utgangen av {}", MND[m as usize - 1]),
                17 => format!("innen {d}. {}", MND[m as usize - 1]),
                18 => format!("før {d}. {}", MND[m as usize - 1]),
                19 => format!("{}/{}", MND3[m as usize - 1], MND3[m as usize]),
                20 => format!("{}–{}", MND[m as usize - 1], MND[m as usize]),
                21 => {
                    naar = Some(MND3[m as usize - 1].to_string());
                    "Ila mnd".to_string()
                }
                22 => {
                    naar = Some(MND3[m as usize - 1].to_string());
                    "i løpet av måneden".to_string()
                }
                23 => format!("våren {}", if host { year + 1 } else { year }),
                24 => format!("hausten {year}"),
                25 if host => format!("starten av {}", year + 1),
                25 => format!("slutten av {}", MND[m as usize - 1]),
                26 if host => format!("tidlig {}", year + 1),
                26 => format!("ca. uke {week}"),
                27 => format!("desember {year}"),
                28 => format!("des. {year}"),
                29 => format!("{year}-{}", year + 1),
                30 => {
                    naar = Some(MND3[m as usize - 1].to_string());
                    omtrentlig = true;
                    "Før opprettelse av første stafettlogg".to_string()
                }
                _ if !datable.is_empty() => {
                    let target = rng.pick(&datable).clone();
                    let n = 1 + rng.below(6);
                    let unit = ["måneder", "uker", "dager", "månader", "veker", "dagar"][kind % 6];
                    format!("{n} {unit} etter {target}")
                }
                _ => format!("{year}-{m:02}-{d:02}"),
            };
            let status = ["planlagt", "planlagt", "pagar", "fullfort", "avlyst"][rng.below(5)];
            framdrift.push_str("[[plan.aktivitet]]\n");
            // Every third activity leaves its id to the default "<plan>-<n>".
            let explicit = a % 3 != 1;
            if explicit {
                let _ = writeln!(framdrift, "id = \"{aid}\"");
            }
            if let Some(n) = &naar {
                let _ = writeln!(framdrift, "naar = \"{n}\"");
            }
            let _ = write!(
                framdrift,
                "hva = \"{}\"\nhvem = \"{}\"\nfrist = \"{frist}\"\nansvar = \"{}\"\nstatus = \"{status}\"\n",
                rng.pick(HVA),
                rng.pick(HVEM),
                rng.pick(ANSVAR)
            );
            if omtrentlig {
                let _ = writeln!(framdrift, "frist_omtrentlig = true");
            }
            framdrift.push('\n');
            // Relative deadlines count only from rows dated by day, week or
            // month: a season, a year or a chain of relative deadlines could
            // run past the window.
            let relativ = frist.contains(" etter ");
            let dated = (!omtrentlig && kind != 21 && kind != 22 || naar.is_some())
                && !relativ
                && (kind <= 22 || kind == 30);
            if explicit && dated {
                datable.push(aid);
            } else if dated {
                datable.push(format!("{pid}-{}", a + 1));
            }
        }
    }
    framdrift
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f
            .to_uppercase()
            .chain(c)
            .collect::<String>()
            .replace('-', " "),
        None => String::new(),
    }
}

/// Write `n` municipalities under `dir/kommuner/`; with `nasjonal`, copy the
/// national files from `nasjonal` (else the embedded ones are used).
pub fn write(
    dir: &std::path::Path,
    n: usize,
    nasjonal: Option<&std::path::Path>,
) -> std::io::Result<Vec<String>> {
    let mut ids = Vec::with_capacity(n);
    for k in kommuner(n) {
        let d = dir.join("kommuner").join(&k.id);
        std::fs::create_dir_all(&d)?;
        for (name, text) in &k.files {
            std::fs::write(d.join(name), text)?;
        }
        ids.push(k.id);
    }
    if let Some(src) = nasjonal {
        let d = dir.join("nasjonal");
        std::fs::create_dir_all(&d)?;
        for e in std::fs::read_dir(src)? {
            let e = e?;
            std::fs::copy(e.path(), d.join(e.file_name()))?;
        }
    }
    Ok(ids)
}
