//! The whole command line as one clap-derive struct: the single source of
//! `--help`, the man pages and the shell completions.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::data::model::{Arbeidssted, ArenaNivaa};
use crate::i18n::Maalform;

#[derive(Debug, Parser)]
#[command(
    name = "bti",
    version,
    about = "BTI – Bedre tverrfaglig innsats: veileder, tjenester, arenaer og frister for kommunen",
    long_about = "bti hjelper ansatte som jobber med barn og unge: fra undring til handling på nivå 0 \
(bti guide), hvem du kontakter (tjenester, arenaer, roller, nivåer) og hva som skal skje når (frist).\n\
Dataene for Strand, Sirdal, Austrheim, Sogndal og Inderøy er bygd inn; pek --data på kommunens egen mappe.\n\
«bti hjelp» er det samme som «bti --help», og «bti hjelp KOMMANDO» som «bti KOMMANDO --help».",
    after_help = "Eksempler:\n  bti kommuner\n  bti -k sirdal tjenester barnevern\n  bti --format json kommuner | jq '.[].navn'",
    disable_help_subcommand = true,
    disable_help_flag = true,
    disable_version_flag = true,
    subcommand_help_heading = "Kommandoer",
    subcommand_value_name = "KOMMANDO",
    help_template = HELP,
)]
pub struct Cli {
    /// Vis hjelp (-h kort, --help lang)
    #[arg(short = 'h', long, action = clap::ArgAction::Help, global = true, help_heading = "Valg")]
    pub help: Option<bool>,

    /// Vis versjonen
    #[arg(short = 'V', long, action = clap::ArgAction::Version, help_heading = "Valg")]
    pub version: Option<bool>,

    /// Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle)
    #[arg(
        short = 'k',
        long,
        global = true,
        env = "BTI_KOMMUNE",
        value_name = "ID"
    )]
    pub kommune: Option<String>,

    /// Datamappe i stedet for de innebygde dataene
    #[arg(
        long,
        global = true,
        env = "BTI_DATA",
        value_name = "DIR",
        help_heading = "Valg"
    )]
    pub data: Option<PathBuf>,

    /// Utdataformat
    ///
    /// table: tabell for skjermen (standard); json: én JSON-matrise; tsv: tabulatorseparert,
    /// teksten uendret; csv: kommaseparert for regneark (en celle som begynner med =, +, -, @
    /// får ' foran); markdown: tabell til rapporter; ics: kalender (bare frist); xlsx:
    /// Excel-arbeidsbok til filen i -o FIL (frist, tjenester, arenaer, roller, vurdering).
    ///
    /// Tekst fra datafilene slippes aldri rått ut til terminalen: kontrolltegn
    /// (ESC, BEL, CR, NUL, …) vises synlig som \r eller \u{1b} (tegnets
    /// kodepunkt), i alle formater og meldinger; json bruker JSONs egne
    /// escape-sekvenser.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "FMT",
        help_heading = "Valg"
    )]
    pub format: Option<Format>,

    /// Farger: auto, always, never (NO_COLOR gir never)
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN", help_heading = "Valg")]
    pub color: ColorWhen,

    /// Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens
    #[arg(long, visible_alias = "målform", global = true, env = "BTI_MAALFORM", value_parser = parse_maalform, value_name = "nb|nn", help_heading = "Valg")]
    pub maalform: Option<Maalform>,

    /// Arbeidssted: vis pliktene etter loven som gjelder der du jobber
    /// (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted
    #[arg(
        long,
        global = true,
        env = "BTI_ARBEIDSSTED",
        value_enum,
        value_name = "A",
        help_heading = "Valg"
    )]
    pub arbeidssted: Option<Arbeidssted>,

    /// Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)
    #[arg(long = "i-dag", visible_alias = "idag", global = true, env = "BTI_I_DAG", value_parser = parse_dato, value_name = "DATO", help_heading = "Valg")]
    pub i_dag: Option<NaiveDate>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

pub use crate::output::Format;

/// The global options that take a value, and the environment variable that
/// may give it instead (SPEC §3). An empty variable counts as unset.
pub const MILJO: [(&str, &[&str], &str); 4] = [
    ("kommune", &["-k", "--kommune"], "BTI_KOMMUNE"),
    ("data", &["--data"], "BTI_DATA"),
    ("maalform", &["--maalform", "--målform"], "BTI_MAALFORM"),
    ("i_dag", &["--i-dag", "--idag"], "BTI_I_DAG"),
];

/// A non-empty environment variable.
pub fn env_satt(name: &str) -> Option<std::ffi::OsString> {
    std::env::var_os(name).filter(|v| !v.is_empty())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Veiledning gjennom nivå 0: fra undring til handling, med stoppregler, frister og kontakter
    #[command(
        after_help = "Eksempler:\n  bti guide\n  bti -k sirdal guide\n  printf '4\\n1\\n2\\n' | bti guide --plain\n  bti -k sirdal guide --lagre oppsummering.md"
    )]
    Guide(GuideArgs),

    /// Kommunene i dataene, med modell, målform og antall
    #[command(
        after_help = "Eksempler:\n  bti kommuner\n  bti kommuner --format json | jq -r '.[] | select(.maalform == \"nn\") | .navn'"
    )]
    Kommuner,

    /// Sjekk en datamappe eller en kommunemappe: alle feil i én kjøring, med fil, linje og kolonne
    #[command(
        visible_alias = "valider",
        after_help = "Eksempler:\n  bti sjekk\n  bti sjekk ./data\n  bti sjekk ./data/kommuner/minby\n  bti sjekk ./data --format json    # for CI og redigeringsverktøy\n  bti sjekk ~/bti-data && git commit -am 'Oppdatert framdriftsplan'"
    )]
    Sjekk {
        /// Datamappe (med kommuner/) eller kommunemappe (med kommune.toml); standard: de aktive dataene
        dir: Option<PathBuf>,
    },

    /// Frister og milepæler fra kommunens framdriftsplan
    #[command(
        visible_alias = "frister",
        after_help = "Eksempler:\n  bti -k sirdal frist --i-dag 2018-11-01\n  bti -k sirdal frist --alle --ansvar prosjektleder\n  bti -k sirdal frist --alle --format ics > sirdal.ics\n  bti -k sirdal frist --alle --format xlsx -o frister.xlsx"
    )]
    Frist(FristArgs),

    /// Tjenester for barn, unge og familier
    #[command(
        visible_aliases = ["tenester", "tjeneste"],
        after_help = "Eksempler:\n  bti tjenester hels\n  bti -k sogndal tjenester helsesøster\n  bti -k sirdal tjenester barnevern lister\n  bti tjenester --kategori ppt --format csv"
    )]
    Tjenester(TjenesterArgs),

    /// Samhandlingsarenaer: hvem møtes, hvor ofte, neste møte
    #[command(
        visible_alias = "arena",
        after_help = "Eksempler:\n  bti arenaer\n  bti -k sirdal arenaer --tjeneste ppt-lister\n  bti -k sirdal arenaer driftsstyre --i-dag 2018-12-01"
    )]
    Arenaer(ArenaerArgs),

    /// Roller (stafettholder, koordinator, ...): nasjonale og kommunens egne
    #[command(
        after_help = "Eksempler:\n  bti roller\n  bti -k sogndal roller stafett\n  bti roller --lang koordinator"
    )]
    Roller(RollerArgs),

    /// Nivåene i BTI-modellen med stegene sine
    #[command(
        visible_aliases = ["nivå", "niva", "nivaer"],
        after_help = "Eksempler:\n  bti nivaa\n  bti nivaa 0\n  bti -k sogndal nivaa 4"
    )]
    Nivaa {
        /// Vis ett nivå i sin helhet
        nr: Option<i64>,
    },

    /// Kommunens modell mot Bufdirs kriterier: oppfylt, delvis, ikke oppfylt eller ikke registrert i dataene
    #[command(
        long_about = "Kommunens BTI-modell mot Bufdirs kriterier for en BTI-modell: én rad per kriterium med status \
(oppfylt, delvis, ikke oppfylt, ikke registrert i dataene), belegget (fil, arena, rolle, nivå eller rad i \
framdriftsplanen) eller det som mangler, kilden og om kriteriet er et krav fra Bufdir eller en anbefaling. \
Uten -k: alle kommunene. --format markdown gir en tabell til en rapport (f.eks. til kommunestyret).",
        after_help = "Eksempler:\n  bti -k sirdal vurdering\n  bti -k strand vurdering --format markdown > vurdering.md\n  bti vurdering --format json | jq -r '.[] | select(.status == \"ukjent\") | .id'\n  bti -k sirdal vurdering --format xlsx -o vurdering.xlsx"
    )]
    Vurdering(VurderingArgs),

    /// Bygg modellen som en statisk, universelt utformet nettside (HTML og CSS)
    #[command(
        long_about = "Bygg kommunens BTI-modell som en statisk nettside fra de samme dataene som resten av bti: \
en forside med modellens tre nivåer (kommune, tjeneste, individ) og arenaene deres og BTI-nivåene med stegene; \
veilederen for nivå 0 som lenkede sider (én side per spørsmål, hvert valg en lenke, akuttlenke og stegstolpe på \
hver side, én side per utfall med nivå, lovverk, kontakter og nødnumre, fra samme oppsummering som bti guide); \
tjenester etter kategori med kontakter; arenaer med neste møter fra --i-dag; roller; og framdriftsplanen som \
tabell med en .ics-fil ved siden av (de samme forekomstene som bti frist --alle --format ics).\n\n\
Med -k bygges én kommune i UT; uten -k får hver kommune sin egen mappe UT/<id>/ og UT/index.html lister dem. \
Nettsiden bygges i en ny mappe ved siden av UT og byttes inn først når den er hel; bti skriver aldri gjennom \
en symbolsk lenke og aldri i datamappen. En mappe som finnes og ikke er tom, blir bare erstattet med --overskriv \
og bare når den har en .bti-manifest fra en tidligere bygging; da fjernes bare filene den lister, og andre filer \
blir liggende. Alt står på kommunens målform (lang=\"nb\" \
eller lang=\"nn\"). Frister på veiledersidene står relativt til dagen undringen oppsto, ikke som datoer.\n\n\
Sidene er ren HTML og CSS med relative lenker: ingen skript, skjemaer, informasjonskapsler eller filer fra andre \
nettsteder, så de virker fra en fil, fra en hvilken som helst webserver og uten nett. De følger WCAG 2.1 nivå A og AA \
(landemerker, hopp-lenke, overskrifter i rekkefølge, synlig fokus, kontrast, 320 piksler bredde, 200 % zoom, \
utskrift). Samme data og samme --i-dag gir byte for byte de samme filene, så nettsiden kan ligge i git.\n\n\
Forhåndsvis: åpne UT/index.html i nettleseren, eller kjør python3 -m http.server -d UT 8000 og gå til \
http://localhost:8000/. Kommunen publiserer selv en tilgjengelighetserklæring for nettstedet der sidene legges.",
        after_help = "Eksempler:\n  bti nettside\n  bti -k sirdal nettside sirdal-nettside\n  bti nettside --overskriv --i-dag 2026-01-01 nettside\n  python3 -m http.server -d nettside 8000"
    )]
    Nettside(NettsideArgs),

    /// Lag en ny kommunemappe med kommenterte maler for alle filene
    #[command(
        override_usage = "bti --maalform <nb|nn> init --navn <NAVN> [--vedtak <DATO>] <ID> [DIR]\n       bti init --fra <KOMMUNE> [--navn <NAVN>] <ID> [DIR]",
        after_help = "Eksempler:\n  bti init minby --navn \"Minby kommune\" --maalform nb ./data\n  bti init minby --navn \"Minby kommune\" --maalform nn --vedtak 2025-03-01 ./data\n  bti init sogndal --fra sogndal ./data\n  bti --data ./data -k minby frist --alle"
    )]
    Init(InitArgs),

    /// Skriv et skript for fullføring i skallet (bash, zsh, fish, elvish, powershell)
    #[command(
        after_help = "Eksempler:\n  bti completions bash > ~/.local/share/bash-completion/completions/bti\n  bti completions zsh > ~/.zfunc/_bti\n  bti completions fish > ~/.config/fish/completions/bti.fish"
    )]
    Completions {
        /// Skallet
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// Where `--format xlsx` writes (SPEC §3 `-o/--ut`).
#[derive(Debug, Args, Default)]
pub struct UtArgs {
    /// Filen --format xlsx skrives til (kreves for xlsx)
    #[arg(short = 'o', long = "ut", value_name = "FIL")]
    pub ut: Option<PathBuf>,
    /// Erstatt FIL hvis den finnes fra før
    #[arg(long)]
    pub overskriv: bool,
}

#[derive(Debug, Args)]
pub struct VurderingArgs {
    #[command(flatten)]
    pub ut: UtArgs,
}

impl Command {
    /// `-o/--ut` and `--overskriv` of a command that writes xlsx.
    pub fn ut(&self) -> Option<&UtArgs> {
        match self {
            Command::Frist(a) => Some(&a.ut),
            Command::Tjenester(a) => Some(&a.ut),
            Command::Arenaer(a) => Some(&a.ut),
            Command::Roller(a) => Some(&a.ut),
            Command::Vurdering(a) => Some(&a.ut),
            _ => None,
        }
    }

    /// The command reads the active data (`--data`, the config file's
    /// `data`); `sjekk DIR`, `init` and `completions` do not.
    pub fn bruker_aktive_data(&self) -> bool {
        !matches!(
            self,
            Command::Sjekk { dir: Some(_) } | Command::Init(_) | Command::Completions { .. }
        )
    }
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Id for kommunen (mappenavnet): små bokstaver a–z, sifre og bindestrek
    pub id: String,
    /// Kommunens navn, f.eks. "Minby kommune" (med --fra: standard er navnet i kopien)
    #[arg(long, required_unless_present = "fra")]
    pub navn: Option<String>,
    /// Dato for vedtaket om BTI (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ): gir en framdriftsplan med frister regnet fra vedtaket
    #[arg(long, value_parser = parse_dato, value_name = "DATO", conflicts_with = "fra")]
    pub vedtak: Option<NaiveDate>,
    /// Start fra en kopi av denne kommunens innebygde data (alle filene, egen veileder med)
    #[arg(long, value_name = "KOMMUNE")]
    pub fra: Option<String>,
    /// Datamappen kommunen legges i (standard: gjeldende mappe)
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct NettsideArgs {
    /// Mappen nettsiden skrives til (standard: nettside)
    #[arg(value_name = "UT")]
    pub ut: Option<PathBuf>,
    /// Erstatt en nettside bti bygde i mappen før (mappen må ha .bti-manifest; andre filer blir liggende)
    #[arg(long)]
    pub overskriv: bool,
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    /// Linjemodus uten skjermbilde: ett svar per linje (nummer, starten av valget, a = akutt, b = tilbake)
    #[arg(long)]
    pub plain: bool,
    /// Lagre oppsummeringen som Markdown i FIL (bare du kan lese den)
    #[arg(long, value_name = "FIL")]
    pub lagre: Option<PathBuf>,
    /// Erstatt FIL hvis den finnes fra før
    #[arg(long, requires = "lagre")]
    pub overskriv: bool,
    /// Dagen undringen oppsto (ÅÅÅÅ-MM-DD eller d.m.åååå): fristene regnes fra den (standard: i dag; lagres ikke)
    #[arg(long, value_parser = parse_dato, value_name = "DATO")]
    pub undring: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct FristArgs {
    /// Vindu i dager fra i dag
    #[arg(long, default_value_t = 30, value_name = "N")]
    pub dager: u32,
    /// Fra og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)
    #[arg(long, value_parser = parse_dato, value_name = "DATO")]
    pub fra: Option<NaiveDate>,
    /// Til og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)
    #[arg(long, value_parser = parse_dato, value_name = "DATO")]
    pub til: Option<NaiveDate>,
    /// Alle forekomster, uansett dato og status
    #[arg(long, conflicts_with_all = ["forfalt", "fra", "til", "dager"])]
    pub alle: bool,
    /// Frister som har gått ut og ikke er fullført eller avlyst
    #[arg(long)]
    pub forfalt: bool,
    /// Bare rader der «ansvar» inneholder teksten
    #[arg(long, value_name = "TEKST")]
    pub ansvar: Option<String>,
    /// Bare rader der «hvem» inneholder teksten
    #[arg(long, value_name = "TEKST")]
    pub hvem: Option<String>,
    /// Bare denne planen (id)
    #[arg(long, value_name = "ID")]
    pub plan: Option<String>,
    #[command(flatten)]
    pub ut: UtArgs,
}

#[derive(Debug, Args)]
pub struct TjenesterArgs {
    /// Søkeord: alle må passe id, navn, kategori, sokeord eller beskrivelse (bøyde former, synonymer; beste treff først)
    #[arg(value_name = "SØK")]
    pub sok: Vec<String>,
    /// Bare denne kategorien (f.eks. ppt, barnevern, helsestasjon)
    #[arg(long, value_name = "K")]
    pub kategori: Option<String>,
    /// Bare tjenester som deltar på dette nivået
    #[arg(long, value_name = "N")]
    pub nivaa: Option<i64>,
    /// Alle felt, én blokk per tjeneste
    #[arg(long)]
    pub lang: bool,
    #[command(flatten)]
    pub ut: UtArgs,
}

#[derive(Debug, Args)]
pub struct ArenaerArgs {
    /// Søkeord: alle må passe id, navn, nivå, sokeord eller formål (bøyde former, synonymer; beste treff først)
    #[arg(value_name = "SØK")]
    pub sok: Vec<String>,
    /// Bare arenaer der denne tjenesten deltar (id eller navn, som -k)
    #[arg(long, value_name = "ID")]
    pub tjeneste: Option<String>,
    /// Bare arenaer på dette nivået i samhandlingsmodellen
    #[arg(long, value_enum, value_name = "NIVÅ")]
    pub nivaa: Option<ArenaNivaa>,
    /// Alle felt, én blokk per arena
    #[arg(long)]
    pub lang: bool,
    #[command(flatten)]
    pub ut: UtArgs,
}

#[derive(Debug, Args)]
pub struct RollerArgs {
    /// Søkeord: alle må passe id, navn eller beskrivelse (bøyde former, synonymer; beste treff først)
    #[arg(value_name = "SØK")]
    pub sok: Vec<String>,
    /// Alle felt, én blokk per rolle
    #[arg(long)]
    pub lang: bool,
    #[command(flatten)]
    pub ut: UtArgs,
}

/// The command with Norwegian help on every subcommand: use this, not `Cli::command()`.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    norsk(Cli::command()).mut_subcommand("vurdering", |s| vurdering_hjelp(s, Maalform::Nb))
}

/// `bti vurdering --help` (and its man page): the criteria and their rules
/// before the examples.
pub fn vurdering_hjelp(s: clap::Command, m: Maalform) -> clap::Command {
    let eksempler = s
        .get_after_help()
        .map(ToString::to_string)
        .unwrap_or_default();
    let tekst = format!("{}\n{eksempler}", crate::vurdering::hjelp(m));
    s.after_long_help(tekst)
}

/// The command the binary parses with: as `command()`, but an environment
/// variable that is set and empty counts as unset (SPEC §3), so `BTI_DATA=`
/// neither fails nor blames a flag the user never gave.
pub fn command_for_parse() -> clap::Command {
    miljo(command())
}

/// As `command_for_parse`, without the Norwegian help text (`norsk`):
/// the same arguments, values, defaults and environment variables, so it
/// parses every command line the same way, but it cannot render help or an
/// error as the user must see it. Building that text is a third of
/// start-up, and a command line that parses never shows it: the binary tries
/// this one first and builds the full command only for help, `--version`
/// aside, and errors.
pub fn command_for_parse_uten_hjelp() -> clap::Command {
    use clap::CommandFactory;
    miljo(Cli::command())
}

fn miljo(cmd: clap::Command) -> clap::Command {
    let mut cmd = cmd;
    for (id, _, var) in MILJO {
        if env_satt(var).is_none() {
            cmd = cmd.mut_arg(id, |a| a.env(Option::<&'static str>::None));
        }
    }
    cmd
}

/// An option's default, possible values and environment variable, written
/// into its help in Norwegian (clap would print "[default: …]",
/// "[possible values: …]" and "[env: …]").
fn norsk_arg(a: clap::Arg) -> clap::Arg {
    if !a.get_action().takes_values() {
        return a;
    }
    let mut extra = Vec::new();
    let verdier: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let mut a = a;
    if !verdier.is_empty() && !a.is_hide_possible_values_set() && !a.is_positional() {
        extra.push(format!("verdier: {}", verdier.join(", ")));
        a = a.hide_possible_values(true);
    }
    let standard: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !standard.is_empty() && !a.is_hide_default_value_set() {
        extra.push(format!("standard: {}", standard.join(", ")));
        a = a.hide_default_value(true);
    }
    if let Some(env) = a.get_env().map(|e| e.to_string_lossy().into_owned())
        && !a.is_hide_env_set()
    {
        extra.push(format!("miljø: {env}"));
        a = a.hide_env(true);
    }
    if extra.is_empty() {
        return a;
    }
    let help = a.get_help().map(ToString::to_string).unwrap_or_default();
    // The long help (`--help`) lists them too.
    if let Some(lang) = a.get_long_help().map(ToString::to_string) {
        a = a.long_help(format!("{lang} [{}]", extra.join("] [")));
    }
    a.help(format!("{help} [{}]", extra.join("] [")))
}

fn norsk(cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut cmd = cmd.help_template(HELP).mut_args(|a| {
        let a = norsk_arg(a);
        if a.get_help_heading().is_some() {
            a
        } else if a.is_positional() {
            a.help_heading("Argumenter")
        } else {
            a.help_heading("Valg")
        }
    });
    for n in names {
        cmd = cmd.mut_subcommand(n, norsk);
    }
    cmd
}

/// Help in Norwegian: clap's own headings ("Usage:", "Options:") are replaced.
const HELP: &str = "{before-help}{about-with-newline}\nBruk: {usage}\n\n{all-args}{after-help}";

/// A command-line date: `2018-11-01`, `1.11.2018` or `01.11.2018`, years 1900–2200.
/// (The message the user sees is written in the UI målform by `crate::clap_norsk`.)
pub fn parse_dato(s: &str) -> Result<NaiveDate, String> {
    crate::dato::kommandolinje(s).ok_or_else(|| format!("«{s}»: {DATO_HJELP_NB}"))
}

/// What a command-line date looks like, in both målformer.
pub const DATO_HJELP_NB: &str = "ikke en dato: skriv ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (f.eks. 2018-11-01 eller 1.11.2018), år 1900–2200";
pub const DATO_HJELP_NN: &str = "ikkje ein dato: skriv ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (t.d. 2018-11-01 eller 1.11.2018), år 1900–2200";

pub fn parse_maalform(s: &str) -> Result<Maalform, String> {
    match s.trim().to_lowercase().as_str() {
        "nb" | "bokmål" | "bokmal" => Ok(Maalform::Nb),
        "nn" | "nynorsk" => Ok(Maalform::Nn),
        _ => Err(format!("«{s}»: skriv nb (bokmål) eller nn (nynorsk)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::FromArgMatches;

    /// The command without help text must parse every command line exactly
    /// as the full one does (the binary trusts its result when it parses).
    #[test]
    fn parsing_without_help_text_gives_the_same_command_line() {
        let lines: &[&[&str]] = &[
            &["bti"],
            &["bti", "kommuner"],
            &["bti", "tjenester"],
            &["bti", "frist", "--alle", "--format", "json"],
            &[
                "bti",
                "--maalform",
                "nn",
                "-k",
                "sirdal",
                "frist",
                "--dager",
                "60",
            ],
            &["bti", "--data", "d", "tjenester", "barnevern", "helse"],
            &["bti", "kommuner", "--format", "csv"],
            &["bti", "sjekk", "--format", "json", "data"],
        ];
        for args in lines {
            let parse = |cmd: clap::Command| {
                cmd.try_get_matches_from(*args)
                    .and_then(|m| Cli::from_arg_matches(&m))
                    .map(|c| format!("{c:?}"))
                    .map_err(|e| e.kind())
            };
            let full = parse(command_for_parse());
            assert!(full.is_ok(), "{args:?}: {full:?}");
            assert_eq!(parse(command_for_parse_uten_hjelp()), full, "{args:?}");
        }
    }
}
