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
use crate::data::validate::is_slug;
use crate::error::{Error, Result};
use crate::i18n::Maalform;

pub fn run(ctx: &Ctx, a: &InitArgs, maalform: Option<Maalform>, out: &mut dyn Write) -> Result<()> {
    let Some(m) = maalform else {
        return Err(Error::Usage(
            "bti init trenger --maalform nb eller nn (målformen i kommunens tekster)".into(),
        ));
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
    let files = [
        ("kommune.toml", kommune(m, &a.navn)),
        ("tjenester.toml", tjenester(m)),
        ("arenaer.toml", arenaer(m)),
        ("framdrift.toml", framdrift(m, a.vedtak)),
        ("roller.toml", roller(m)),
        ("veileder.toml", veileder(m)),
    ];
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
        fs::write(&path, text).map_err(|e| io(&path, &e, ctx.m))?;
    }
    writeln!(out, "{} {}", ctx.m.t("Laget", "Laga"), dir.display())?;
    for (name, _) in &files {
        writeln!(out, "  {name}")?;
    }
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

fn io(path: &Path, e: &std::io::Error, m: Maalform) -> Error {
    Error::Io(format!(
        "{}: {}",
        path.display(),
        crate::data::load::io_msg_skriv(e, m)
    ))
}

fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn kommune(m: Maalform, navn: &str) -> String {
    format!(
        "{}\n\nnavn = {}\nmaalform = \"{}\"\n\n{}\n# modell = \"BTI\"\n# kommunenummer = \"0000\"\n# region = \"\"\n# nettside = \"https://\"\n# telefon = \"\"\n# epost = \"\"\n# adresse = \"\"\n# stafettlogg = \"\"\n# beskrivelse = \"\"\n# kilde = \"\"\n",
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
    )
}

fn tjenester(m: Maalform) -> String {
    format!(
        "{}\n#\n# [[tjeneste]]\n# id = \"helsestasjon\"          # {}\n# navn = \"Helsestasjon\"\n# kategori = \"helsestasjon\"    # {}\n# beskrivelse = \"\"\n# nivaa = [0, 1, 2]           # {}\n# maalgruppe = \"0–6 år\"\n# telefon = \"\"\n# epost = \"\"\n# nettside = \"\"\n# adresse = \"\"\n# apningstid = \"\"\n# kilde = \"\"\n",
        m.t(
            "# Tjenestene for barn, unge og familier. Én blokk [[tjeneste]] per tjeneste.\n# Kopier blokken under, fjern # og fyll inn.",
            "# Tenestene for barn, unge og familiar. Éin blokk [[tjeneste]] per teneste.\n# Kopier blokka under, fjern # og fyll inn."
        ),
        m.t("små bokstaver, sifre og bindestrek", "små bokstavar, siffer og bindestrek"),
        m.t(
            "barnehage, skole, sfo, helsestasjon, skolehelsetjeneste, ppt, barnevern, familiens-hus, psykisk-helse, rus, bup, nav, flyktningtjeneste, fastlege, tannhelse, kultur, fritid, politi, slt, koordinerende-enhet, voksenopplaering, frivillig, annet",
            "barnehage, skole, sfo, helsestasjon, skolehelsetjeneste, ppt, barnevern, familiens-hus, psykisk-helse, rus, bup, nav, flyktningtjeneste, fastlege, tannhelse, kultur, fritid, politi, slt, koordinerende-enhet, voksenopplaering, frivillig, annet"
        ),
        m.t("nivåene i BTI der tjenesten deltar", "nivåa i BTI der tenesta deltek"),
    )
}

fn arenaer(m: Maalform) -> String {
    format!(
        "{}\n#\n# [[arena]]\n# id = \"bti-team\"\n# navn = \"BTI-team\"\n# nivaa = \"individ\"            # kommune, tjeneste {} individ\n# formaal = \"\"\n# tjenester = [\"helsestasjon\"]  # {}\n# deltakere = [\"Rektor\"]\n# hyppighet = \"{}\"\n# moter = [\"15.01.2025\", \"12.02.2025\"]   # {}\n# ansvar = \"\"\n# kilde = \"\"\n",
        m.t(
            "# Samhandlingsarenaene: hvem møtes, hvor ofte, hvem kaller inn.",
            "# Samhandlingsarenaane: kven møtest, kor ofte, kven kallar inn."
        ),
        m.t("eller", "eller"),
        m.t("id-er fra tjenester.toml", "id-ar frå tjenester.toml"),
        m.t("månedlig", "månadleg"),
        m.t("datoer med år", "datoar med år"),
    )
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
        "# Kommunens egen handlingsveileder. Tom betyr: bruk den nasjonale (bti nivaa, bti guide).\n# Vil dere ha egne nivåer, skriv [[nivaa]]-blokker; vil dere ha egen nivå 0-graf, skriv [guide]\n# med [[guide.node]] og [[guide.utfall]] (se man bti, DATAFORMAT).\n#\n# [[nivaa]]\n# nr = 0\n# navn = \"Nivå 0 – Undring og avklaring\"\n# kort = \"\"\n# steg = [\"\", \"\"]\n",
        "# Kommunen sin eigen handlingsrettleiar. Tom tyder: bruk den nasjonale (bti nivaa, bti guide).\n# Vil de ha eigne nivå, skriv [[nivaa]]-blokker; vil de ha eigen nivå 0-graf, skriv [guide]\n# med [[guide.node]] og [[guide.utfall]] (sjå man bti, DATAFORMAT).\n#\n# [[nivaa]]\n# nr = 0\n# navn = \"Nivå 0 – Undring og avklaring\"\n# kort = \"\"\n# steg = [\"\", \"\"]\n",
    )
    .to_string()
}

/// The BTI phases (Sirdal's five, 001_eea2f66ad7695f83.txt) and the Bufdir grant
/// criteria (002_4ad1542a82564d57.txt): only the kartlegging has a deadline in the source.
fn framdrift(m: Maalform, vedtak: Option<NaiveDate>) -> String {
    let head = m.t(
        "# Framdriftsplanen. Én [[plan]] med [[plan.aktivitet]]-rader, som tabellen i planen:\n# naar = «Når», hva = «Hva», hvem = «Hvem», frist = «Tidsfrist», ansvar = «Ansvar».\n# Frister: \"Uke 10\", \"I løpet av mars\", \"6.+7.11\", \"7.12 + 19.12\", \"høsten 2025\",\n# \"6 måneder etter vedtak\" (se bti frist --help). status = planlagt, pagar, fullfort eller avlyst.",
        "# Framdriftsplanen. Éin [[plan]] med [[plan.aktivitet]]-rader, som tabellen i planen:\n# naar = «Når», hva = «Kva», hvem = «Kven», frist = «Tidsfrist», ansvar = «Ansvar».\n# Fristar: \"Veke 10\", \"I løpet av mars\", \"6.+7.11\", \"7.12 + 19.12\", \"hausten 2025\",\n# \"6 månader etter vedtak\" (sjå bti frist --help). status = planlagt, pagar, fullfort eller avlyst.",
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
            "bti init --vedtak; kriteriene fra tilskuddsbrevet (002_4ad1542a82564d57.txt), fasene fra 001_eea2f66ad7695f83.txt"
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
