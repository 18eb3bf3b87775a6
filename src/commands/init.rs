//! `bti init`: a new municipality folder with every file, commented so that a
//! coordinator who has never seen TOML can fill it in. With `--vedtak`, a
//! framdriftsplan of the BTI phases and the Bufdir grant criteria, with the
//! one deadline the grant letter sets (kartlegging within 6 months) relative
//! to the vedtak. The folder passes `bti sjekk` as generated.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::Ctx;
use crate::cli::InitArgs;
use crate::data::Store;
use crate::data::load;
use crate::data::skjema;
use crate::data::validate::is_slug;
use crate::error::{Error, Result};
use crate::i18n::Maalform;

pub fn run(ctx: &Ctx, a: &InitArgs, maalform: Option<Maalform>, out: &mut dyn Write) -> Result<()> {
    let fra = match &a.fra {
        Some(k) => Some(Store::embedded(ctx.m).find_kommune(k)?),
        None => None,
    };
    let m = match (maalform, &fra) {
        (Some(m), _) => m,
        (None, Some(id)) => Store::embedded(ctx.m).maalform_of(id).unwrap_or_default(),
        (None, None) => {
            return Err(Error::Usage(
                "bti init trenger --maalform nb eller nn (målformen i kommunens tekster)".into(),
            ));
        }
    };
    if !is_slug(&a.id) {
        return Err(Error::Usage(format!(
            "{} «{}»: {}",
            ctx.m.t("ugyldig id", "ugyldig id"),
            a.id,
            ctx.m.t(
                "bruk små bokstaver a–z, sifre og bindestrek (f.eks. «indre-fosen»)",
                "bruk små bokstavar a–z, siffer og bindestrek (t.d. «indre-fosen»)"
            )
        )));
    }
    if let Some(grunn) = crate::data::validate::id_feil(&a.id, ctx.m) {
        return Err(Error::Usage(format!("id «{}» {grunn}", a.id)));
    }
    if let Some(v) = a.vedtak
        && v.checked_add_months(chrono::Months::new(MND_ETTER_VEDTAK))
            .is_none_or(|d| chrono::Datelike::year(&d) > 2200)
    {
        return Err(Error::Usage(format!(
            "--vedtak {v}: {} {MND_ETTER_VEDTAK} {}",
            ctx.m.t(
                "planen har en frist",
                "planen har ein frist"
            ),
            ctx.m.t(
                "måneder etter vedtaket, og den må ligge innen 2200 (bti kjenner årene 1900–2200); velg en tidligere dato",
                "månader etter vedtaket, og han må liggje innan 2200 (bti kjenner åra 1900–2200); vel ein tidlegare dato"
            )
        )));
    }
    let root = a.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let dir = root.join("kommuner").join(&a.id);
    if dir.exists() {
        return Err(Error::Io(format!(
            "{}: {}",
            dir.display(),
            ctx.m.t(
                "finnes allerede; init skriver aldri over en kommunemappe",
                "finst alt; init skriv aldri over ei kommunemappe"
            )
        )));
    }
    let files: Vec<(String, String)> = match &fra {
        Some(id) => load::embedded_kommune(id)
            .into_iter()
            .map(|(name, text)| {
                let text = if name == "kommune.toml" {
                    kopi_kommune(text, a.navn.as_deref(), maalform)
                } else {
                    text.to_string()
                };
                (name.to_string(), text)
            })
            .collect(),
        None => vec![
            (
                "kommune.toml".into(),
                kommune(m, a.navn.as_deref().unwrap_or(&a.id)),
            ),
            ("tjenester.toml".into(), tjenester(m)),
            ("arenaer.toml".into(), arenaer(m)),
            ("framdrift.toml".into(), framdrift(m, a.vedtak)),
            ("roller.toml".into(), roller(m)),
            ("veileder.toml".into(), veileder(m)),
            ("kilder.toml".into(), kilder(m, a.vedtak.is_some())),
            ("synonymer.toml".into(), synonymer(m)),
        ],
    };
    fs::create_dir_all(&dir).map_err(|e| {
        // Name the link that points nowhere, not the folder below it.
        let dangling = dir
            .ancestors()
            .find(|p| p.is_symlink() && !p.exists())
            .unwrap_or(&dir);
        io(dangling, &e, ctx.m)
    })?;
    for (name, text) in &files {
        let path = dir.join(name);
        fs::write(&path, med_skjema(name, text)).map_err(|e| io(&path, &e, ctx.m))?;
    }
    let skjema_dir = root.join("schema");
    fs::create_dir_all(&skjema_dir).map_err(|e| io(&skjema_dir, &e, ctx.m))?;
    for (stem, _) in skjema::FILER {
        let path = skjema_dir.join(skjema::filnavn(stem));
        let Some(text) = skjema::skjema(stem) else {
            continue;
        };
        if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            fs::write(&path, text).map_err(|e| io(&path, &e, ctx.m))?;
        }
    }
    writeln!(out, "{} {}", ctx.m.t("Laget", "Laga"), dir.display())?;
    for (name, _) in &files {
        writeln!(out, "  {name}")?;
    }
    if let Some(id) = &fra {
        writeln!(
            out,
            "{} «{id}»{}",
            ctx.m.t(
                "En kopi av de innebygde dataene til",
                "Ein kopi av dei innebygde dataa til"
            ),
            if *id == a.id {
                String::new()
            } else {
                ctx.m
                    .t(
                        "; kontroller kommunenummer, nettside og kontaktopplysninger",
                        "; kontroller kommunenummer, nettside og kontaktopplysningar",
                    )
                    .to_string()
            }
        )?;
    }
    writeln!(
        out,
        "{} {}",
        ctx.m.t(
            "JSON-skjema for redigeringsverktøy (taplo, Even Better TOML):",
            "JSON-skjema for redigeringsverktøy (taplo, Even Better TOML):"
        ),
        skjema_dir.display()
    )?;
    writeln!(
        out,
        "{} bti --data {} sjekk\n{} bti --data {} -k {} frist --alle",
        ctx.m.t("Sjekk:", "Sjekk:"),
        root.display(),
        ctx.m.t("Frister:", "Fristar:"),
        root.display(),
        a.id
    )?;
    Ok(())
}

/// `text` with a first line that points TOML editors at the file's schema
/// (taplo's `#:schema` directive, relative to the file: works offline).
fn med_skjema(name: &str, text: &str) -> String {
    let stem = name.split('.').next().unwrap_or(name);
    if text.starts_with("#:schema") || skjema::skjema(stem).is_none() {
        return text.to_string();
    }
    format!("#:schema ../../schema/{}\n{text}", skjema::filnavn(stem))
}

/// A copied `kommune.toml` with the new name and målform, where given.
fn kopi_kommune(text: &str, navn: Option<&str>, maalform: Option<Maalform>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut top = true;
    for line in text.lines() {
        let key = line
            .split('=')
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches('"');
        if line.trim_start().starts_with('[') {
            top = false;
        }
        match (top, key, navn, maalform) {
            (true, "navn", Some(n), _) if line.contains('=') => {
                out.push_str(&format!("navn = {}", quote(n)));
            }
            (true, "maalform" | "målform", _, Some(m)) if line.contains('=') => {
                out.push_str(&format!("maalform = \"{}\"", m.kode()));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

fn io(path: &Path, e: &std::io::Error, m: Maalform) -> Error {
    Error::Io(format!(
        "{}: {}",
        path.display(),
        crate::fil::io_msg_skriv(e, m)
    ))
}

fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn kommune(m: Maalform, navn: &str) -> String {
    format!(
        "{}\n\nnavn = {}\nmaalform = \"{}\"\n\n{}\n# modell = \"BTI\"\n# kommunenummer = \"0000\"\n# region = \"\"\n# nettside = \"https://\"\n# telefon = \"\"\n# epost = \"\"\n# adresse = \"\"\n# stafettlogg = \"\"\n# meldeskjema = \"https://\"   # {}\n# beskrivelse = \"\"\n# kilde = \"\"\n#\n{}\n# [barnevernvakt]\n# navn = \"\"\n# telefon = \"\"\n# apningstid = \"\"\n# nettside = \"https://\"\n# interkommunal = \"\"\n# kilde = \"\"\n",
        m.t(
            "# Kommunen. Linjer som starter med # er kommentarer og blir ikke lest.\n# Tekst står i \"anførselstegn\". Fjern # foran en linje for å ta den i bruk.\n# Sjekk fila med: bti --data <mappe> sjekk",
            "# Kommunen. Liner som byrjar med # er kommentarar og blir ikkje lesne.\n# Tekst står i \"hermeteikn\". Fjern # framfor ei line for å ta henne i bruk.\n# Sjekk fila med: bti --data <mappe> sjekk"
        ),
        quote(navn),
        m.kode(),
        m.t(
            "# Valgfritt (fyll bare inn det dere har en kilde for):",
            "# Valfritt (fyll berre inn det de har ei kjelde for):"
        ),
        m.t(
            "digitalt skjema for bekymringsmelding",
            "digitalt skjema for bekymringsmelding"
        ),
        m.t(
            "# Den lokale eller interkommunale barnevernvakta (navn er påkrevd i tabellen).\n# Tabellen står sist i fila: alt under [barnevernvakt] hører til den.",
            "# Den lokale eller interkommunale barnevernsvakta (navn er påkravd i tabellen).\n# Tabellen står sist i fila: alt under [barnevernvakt] høyrer til henne."
        ),
    )
}

fn tjenester(m: Maalform) -> String {
    format!(
        "{}\n#\n# [[tjeneste]]\n# id = \"helsestasjon\"          # {}\n# navn = \"Helsestasjon\"\n# kategori = \"helsestasjon\"    # {}\n# beskrivelse = \"\"\n# nivaa = [0, 1, 2]           # {}\n# maalgruppe = \"0–6 år\"\n# telefon = \"\"\n# epost = \"\"\n# nettside = \"\"\n# adresse = \"\"\n# apningstid = \"\"\n# sokeord = [\"{}\"]   # {}\n# kilde = \"\"\n",
        m.t(
            "# Tjenestene for barn, unge og familier. Én blokk [[tjeneste]] per tjeneste.\n# Kopier blokken under, fjern # og fyll inn.\n# Ett nummer i «telefon» og én adresse i «epost». Har tjenesten flere (et team, sommer,\n# sentralbord), skriv hvert i en egen blokk rett etter tjenestens [[tjeneste]]-blokk:\n#   [[tjeneste.kontakt]]\n#   etikett = \"Sentralbord\"   # hva det er; aldri navnet på en person\n#   telefon = \"\"              # minst én av telefon og epost\n#   epost = \"\"",
            "# Tenestene for barn, unge og familiar. Éin blokk [[tjeneste]] per teneste.\n# Kopier blokka under, fjern # og fyll inn.\n# Eitt nummer i «telefon» og éi adresse i «epost». Har tenesta fleire (eit team, sommar,\n# sentralbord), skriv kvart i ei eiga blokk rett etter [[tjeneste]]-blokka til tenesta:\n#   [[tjeneste.kontakt]]\n#   etikett = \"Sentralbord\"   # kva det er; aldri namnet på ein person\n#   telefon = \"\"              # minst éin av telefon og epost\n#   epost = \"\""
        ),
        m.t("små bokstaver, sifre og bindestrek", "små bokstavar, siffer og bindestrek"),
        m.t(
            "barnehage, skole, sfo, helsestasjon, skolehelsetjeneste, ppt, barnevern, familiens-hus, psykisk-helse, rus, bup, nav, flyktningtjeneste, fastlege, tannhelse, kultur, fritid, politi, slt, koordinerende-enhet, voksenopplaering, frivillig, annet; flere som liste, den første er hovedkategorien: [\"helsestasjon\", \"skolehelsetjeneste\"]",
            "barnehage, skole, sfo, helsestasjon, skolehelsetjeneste, ppt, barnevern, familiens-hus, psykisk-helse, rus, bup, nav, flyktningtjeneste, fastlege, tannhelse, kultur, fritid, politi, slt, koordinerende-enhet, voksenopplaering, frivillig, annet; fleire som liste, den første er hovudkategorien: [\"helsestasjon\", \"skolehelsetjeneste\"]"
        ),
        m.t("nivåene i BTI der tjenesten deltar", "nivåa i BTI der tenesta deltek"),
        m.t("helsesøster", "helsesyster"),
        m.t(
            "valgfritt: lokale navn folk søker med",
            "valfritt: lokale namn folk søkjer med"
        ),
    )
}

fn arenaer(m: Maalform) -> String {
    format!(
        "{}\n#\n# [[arena]]\n# id = \"bti-team\"\n# navn = \"BTI-team\"\n# nivaa = \"individ\"            # kommune, tjeneste {} individ\n# formaal = \"\"\n# tjenester = [\"helsestasjon\"]  # {}\n# deltakere = [\"Rektor\"]\n# hyppighet = \"{}\"\n# tidspunkt = \"{}\"\n# sted = \"{}\"\n# moter = [\"15.01.2025\", \"{}\"]   # {}\n# ansvar = \"\"\n# sokeord = [\"{}\"]   # {}\n# kilde = \"\"\n",
        m.t(
            "# Samhandlingsarenaene: hvem møtes, hvor ofte, hvem kaller inn.",
            "# Samhandlingsarenaane: kven møtest, kor ofte, kven kallar inn."
        ),
        m.t("eller", "eller"),
        m.t("id-er fra tjenester.toml", "id-ar frå tjenester.toml"),
        m.t("månedlig", "månadleg"),
        m.t("kl. 12.30–14.00", "kl. 12.30–14.00"),
        m.t("Rådhuset, møterom 2", "Rådhuset, møterom 2"),
        m.t("første tirsdag i måneden", "fyrste tysdag i månaden"),
        m.t(
            "datoer (uten år: neste gang) eller gjentakelser",
            "datoar (utan år: neste gong) eller gjentakingar"
        ),
        m.t("ansvarsgruppe", "ansvarsgruppe"),
        m.t(
            "valgfritt: lokale navn folk søker med",
            "valfritt: lokale namn folk søkjer med"
        ),
    )
}

/// The municipality's own search synonyms (optional): added to the national
/// ones when its data is searched.
fn synonymer(m: Maalform) -> String {
    m.t(
        "# Søkesynonymer (valgfritt): andre navn folk søker med, i tillegg til de nasjonale\n# (helsesøster, PP-kontoret, NAV-kontoret …). Ett ord i «ord» finner også det «betyr» finner,\n# og tjenestene i «kategorier». Bøyde former av samme ord trengs ikke.\n# Lokale navn på én tjeneste eller arena kan også stå i «sokeord» i tjenester.toml og arenaer.toml.\n#\n# [[synonym]]\n# ord = [\"huset\"]\n# betyr = [\"familiens hus\"]\n# kategorier = [\"familiens-hus\"]\n# kilde = \"\"\n",
        "# Søkjesynonym (valfritt): andre namn folk søkjer med, i tillegg til dei nasjonale\n# (helsesyster, PP-kontoret, NAV-kontoret …). Eitt ord i «ord» finn òg det «betyr» finn,\n# og tenestene i «kategorier». Bøygde former av same ord trengst ikkje.\n# Lokale namn på éi teneste eller ein arena kan òg stå i «sokeord» i tjenester.toml og arenaer.toml.\n#\n# [[synonym]]\n# ord = [\"huset\"]\n# betyr = [\"familiens hus\"]\n# kategorier = [\"familiens-hus\"]\n# kilde = \"\"\n",
    )
    .to_string()
}

fn roller(m: Maalform) -> String {
    format!(
        "{}\n#\n# [[rolle]]\n# id = \"stafettholder\"\n# navn = \"Stafettholder\"\n# beskrivelse = \"\"\n# nivaa = [1, 2, 3]\n# oppgaver = [\"\"]\n# lokale_foringar = \"\"\n# kilde = \"\"\n",
        m.t(
            "# Kommunens egne roller. De nasjonale rollene (bti roller) gjelder uten at du skriver noe;\n# en rolle med samme id som en nasjonal erstatter den.",
            "# Kommunen sine eigne roller. Dei nasjonale rollene (bti roller) gjeld utan at du skriv noko;\n# ei rolle med same id som ei nasjonal erstattar henne."
        ),
    )
}

fn veileder(m: Maalform) -> String {
    m.t(
        "# Kommunens egen handlingsveileder. Tom betyr: bruk den nasjonale (bti nivaa, bti guide).\n# Vil dere ha egne nivåer, skriv [[nivaa]]-blokker; vil dere ha egen nivå 0-graf, skriv [guide]\n# med [[guide.node]] og [[guide.utfall]] (se man bti, DATAFORMAT).\n#\n# [[nivaa]]\n# nr = 0\n# navn = \"Nivå 0 – Undring og avklaring\"\n# kort = \"\"\n# steg = [\"\", \"\"]\n#\n# Vil dere bare legge til en frist eller en setning i den nasjonale nivå 0-grafen, arv den og\n# skriv bare det som skal endres (nodene og utfallene har samme id som i den nasjonale):\n#\n# [guide]\n# arv = \"nasjonal\"\n#\n# [[guide.node]]\n# id = \"steg-3\"\n# frist = \"2 uker\"\n",
        "# Kommunen sin eigen handlingsrettleiar. Tom tyder: bruk den nasjonale (bti nivaa, bti guide).\n# Vil de ha eigne nivå, skriv [[nivaa]]-blokker; vil de ha eigen nivå 0-graf, skriv [guide]\n# med [[guide.node]] og [[guide.utfall]] (sjå man bti, DATAFORMAT).\n#\n# [[nivaa]]\n# nr = 0\n# navn = \"Nivå 0 – Undring og avklaring\"\n# kort = \"\"\n# steg = [\"\", \"\"]\n#\n# Vil de berre leggje til ein frist eller ei setning i den nasjonale nivå 0-grafen, arv han og\n# skriv berre det som skal endrast (nodane og utfalla har same id som i den nasjonale):\n#\n# [guide]\n# arv = \"nasjonal\"\n#\n# [[guide.node]]\n# id = \"steg-3\"\n# frist = \"2 veker\"\n",
    )
    .to_string()
}

/// The sources register. With `--vedtak` it names the two documents the
/// generated plan is taken from (the same entries as in the embedded data).
fn kilder(m: Maalform, vedtak: bool) -> String {
    let mut s = m
        .t(
            "# Kilderegisteret: dokumentene dataene bygger på. En `kilde` i de andre filene viser til\n# en id her, eventuelt med avsnitt etter et komma (kilde = \"plan-2025, Tiltak\"), til en lenke,\n# eller begynner med «kontroller:» når noe ennå ikke er bekreftet.\n#\n# [[kilde]]\n# id = \"plan-2025\"\n# tittel = \"\"\n# utgiver = \"\"\n# dato = \"\"\n# lenke = \"https://\"\n",
            "# Kjelderegisteret: dokumenta dataa byggjer på. Ei `kilde` i dei andre filene viser til\n# ein id her, eventuelt med avsnitt etter eit komma (kilde = \"plan-2025, Tiltak\"), til ei lenkje,\n# eller byrjar med «kontroller:» når noko enno ikkje er stadfesta.\n#\n# [[kilde]]\n# id = \"plan-2025\"\n# tittel = \"\"\n# utgiver = \"\"\n# dato = \"\"\n# lenke = \"https://\"\n",
        )
        .to_string();
    if vedtak {
        s.push_str(INIT_KILDER);
    }
    s
}

/// The register entries of the documents `framdrift` quotes.
pub const INIT_KILDER: &str = "
[[kilde]]
id = \"austrheim-sak-2023\"
tittel = \"Sakspapir «BTI - modellen» (formannskapet sak 033/23, kommunestyret sak 027/23)\"
utgiver = \"Austrheim kommune\"
dato = \"23.03.2023 og 13.04.2023\"

[[kilde]]
id = \"sirdal-bti-2018\"
tittel = \"BTI Sirdal – mål, organisering og implementering\"
utgiver = \"Sirdal kommune, Enhet for skole\"
dato = \"godkjent av styringsgruppa 26.11.2018\"
";

/// The BTI phases (Sirdal's five, in «BTI Sirdal», 2018) and the Bufdir grant
/// criteria (as Austrheim's case paper of 2023 quotes them): only the
/// kartlegging has a deadline in the source.
/// The latest deadline of the plan `framdrift` writes, in months after the
/// vedtak («6 måneder etter vedtak»): `--vedtak` must leave room for it.
const MND_ETTER_VEDTAK: u32 = 6;

fn framdrift(m: Maalform, vedtak: Option<NaiveDate>) -> String {
    let head = m.t(
        "# Framdriftsplanen. Én [[plan]] med [[plan.aktivitet]]-rader, som tabellen i planen:\n# naar = «Når», hva = «Hva», hvem = «Hvem», frist = «Tidsfrist», ansvar = «Ansvar».\n# Frister: \"Uke 10\", \"I løpet av mars\", \"6.+7.11\", \"7.12 + 19.12\", \"høsten 2025\",\n# \"6 måneder etter vedtak\" (se bti frist --help). status = planlagt, pagar, fullfort eller avlyst.\n# Gir kilden dagen, men ikke året: skriv \"15.03\" og aar_ukjent = true (vises «15. mars (år ukjent)»).",
        "# Framdriftsplanen. Éin [[plan]] med [[plan.aktivitet]]-rader, som tabellen i planen:\n# naar = «Når», hva = «Kva», hvem = «Kven», frist = «Tidsfrist», ansvar = «Ansvar».\n# Fristar: \"Veke 10\", \"I løpet av mars\", \"6.+7.11\", \"7.12 + 19.12\", \"hausten 2025\",\n# \"6 månader etter vedtak\" (sjå bti frist --help). status = planlagt, pagar, fullfort eller avlyst.\n# Gir kjelda dagen, men ikkje året: skriv \"15.03\" og aar_ukjent = true (blir vist «15. mars (år ukjend)»).",
    );
    let Some(v) = vedtak else {
        return format!(
            "{head}\n#\n# [[plan]]\n# id = \"bti-innforing\"\n# navn = \"\"\n# start = \"2025-01-01\"   # {}\n# slutt = \"2025-12-31\"\n#\n# [[plan.aktivitet]]\n# naar = \"MARS\"\n# hva = \"\"\n# hvem = \"\"\n# frist = \"Uke 10\"\n# ansvar = \"\"\n",
            m.t(
                "perioden datoer uten år hører til",
                "perioden datoar utan år høyrer til"
            )
        );
    };
    let mut s = format!(
        "{head}\n\n[[plan]]\nid = \"bti-innforing\"\nnavn = {}\nkilde = {}\n\n[[plan.aktivitet]]\nid = \"vedtak\"\nhva = {}\nfrist = \"{v}\"\nstatus = \"fullfort\"\n",
        quote(m.t("Innføring av BTI", "Innføring av BTI")),
        quote(
            "austrheim-sak-2023, Kriterier for måloppnåelse (frå tilskotsbrev); sirdal-bti-2018, Videre arbeid (BTI arbeidet kan deles i følgende faser)"
        ),
        quote(m.t(
            "Vedtak om å innføre BTI-modellen",
            "Vedtak om å innføre BTI-modellen"
        )),
    );
    let kriterier = [
        (
            "kartlegging",
            "Kommunen må innen 6 måneder fra vedtaksdato ha gjennomført en kartlegging av kommunens samhandling, kompetanse og tilbud knyttet til tidlig identifikasjon og oppfølging av utsatte barn.",
            Some("6 måneder etter vedtak"),
        ),
        (
            "forankring",
            "Arbeidet med modellutvikling må være forankret i kommunens administrative og politiske ledelse.",
            None,
        ),
        (
            "modell",
            "På bakgrunn av kartleggingen skal kommunen nedtegne og formalisere en helhetlig, tverrsektoriel modell for å styrke tidlig innsats og oppfølging av utsatte barn.",
            None,
        ),
        (
            "tre-nivaa",
            "Modellen må utformes på individ-, etats- og kommunalt nivå.",
            None,
        ),
        (
            "handlingsveileder",
            "Modellen skal inneholde en handlingsveileder som beskriver veien fra bekymring til handling.",
            None,
        ),
        (
            "dokumentasjon",
            "Modellen må beskrive hvordan kommunen jobber med å dokumentere og evaluere arbeidet; systematisk brukermedvirkning skal integreres i modellen.",
            None,
        ),
        (
            "publisering",
            "Kommunens ferdige modell må gjøres tilgjengelig i elektronisk versjon på kommunens hjemmesider.",
            None,
        ),
    ];
    s.push_str(&format!(
        "\n{}\n",
        m.t(
            "# Kriteriene i tilskuddsbrevet fra Bufdir. Bare kartleggingen har en frist der; sett frister på resten.",
            "# Kriteria i tilskotsbrevet frå Bufdir. Berre kartlegginga har ein frist der; set fristar på resten."
        )
    ));
    for (id, hva, frist) in kriterier {
        s.push_str(&format!(
            "\n[[plan.aktivitet]]\nid = \"{id}\"\nhva = {}\n",
            quote(hva)
        ));
        if let Some(f) = frist {
            s.push_str(&format!("frist = \"{f}\"\n"));
        }
    }
    s.push_str(&format!(
        "\n{}\n",
        m.t(
            "# Fasene i BTI-arbeidet (slik Sirdal beskriver dem). Sett frister når dere har bestemt dem.",
            "# Fasane i BTI-arbeidet (slik Sirdal skildrar dei). Set fristar når de har bestemt dei."
        )
    ));
    let faser = [
        "Fase 1 – utarbeide handlingsveiledere for barnehage, skole og helsestasjon",
        "Fase 2 – implementering av handlingsveilederne i de enkelte kommunale enhetene",
        "Fase 3 – anskaffe Stafettlogg og ta denne i bruk i enhetene",
        "Fase 4 – forbedre og utvikle felles system og rutiner for det tverrfaglige samarbeidet mellom ulike kommunale tjenester",
        "Fase 5 – forbedre og utvikle felles system og rutiner for det tverrfaglige samarbeidet med aktører utenfor kommunen",
    ];
    for (i, f) in faser.iter().enumerate() {
        s.push_str(&format!(
            "\n[[plan.aktivitet]]\nid = \"fase-{}\"\nhva = {}\n",
            i + 1,
            quote(f)
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::INIT_KILDER;
    use crate::data::Store;
    use crate::data::kilder::KilderFil;
    use crate::i18n::Maalform;

    #[test]
    fn the_template_register_matches_the_embedded_one() {
        let fil: KilderFil = toml::from_str(INIT_KILDER).unwrap();
        let store = Store::embedded(Maalform::Nb);
        for (k, kommune) in fil.kilde.iter().zip(["austrheim", "sirdal"]) {
            let embedded = store.kilder(Some(kommune));
            let e = embedded.get(k.id.as_ref()).unwrap();
            assert_eq!(k.vis(), e.vis());
        }
    }
}
