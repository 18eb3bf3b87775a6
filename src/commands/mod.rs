//! One module per subcommand, each short: read options, ask the library,
//! build a `Rapport`, render.

pub mod arenaer;
pub mod frist;
pub mod guide;
pub mod init;
pub mod kommuner;
pub mod nettside;
pub mod nivaa;
pub mod roller;
pub mod sjekk;
pub mod tjenester;
pub mod vurdering;

use std::io::Write;

use serde_json::{Map, Value};

use crate::Ctx;
use clap::ValueEnum;

use crate::cli::{Cli, Command, Format};
use crate::data::kilder::Kilder;
use crate::error::{Error, Result};
use crate::output::{self, Rapport};

pub fn dispatch(ctx: &Ctx, cli: &Cli) -> Result<()> {
    match (&cli.command, ctx.format) {
        (Some(cmd), Some(f)) => formater(ctx, cmd, f)?,
        (Some(_), None) => ut_fil(ctx, Format::Table)?,
        _ => {}
    }
    // Every format goes through `output::Ut`: no control character from the
    // data reaches the terminal raw. JSON escapes C0 itself and C1 here; ics
    // strips them; a coloured table escapes cell by cell (its own colour
    // codes pass).
    let format = ctx.format();
    let filtrer = format != Format::Ics
        && !(ctx.term.color && format == Format::Table)
        && !matches!(cli.command, Some(Command::Guide(_)));
    let mut ut = output::Ut::new(std::io::stdout().lock(), filtrer);
    if format == Format::Json {
        ut = ut.json();
    }
    let result = dispatch_to(ctx, cli, &mut ut);
    match (result, ut.feil) {
        // Which stream failed: a write error is about standard output.
        (Err(Error::Io(_) | Error::BrokenPipe), Some(kind)) => Err(stdout_feil(kind, ctx.m)),
        (result, _) => result,
    }
}

/// A failed write to standard output: say so, and what to do.
pub fn stdout_feil(kind: std::io::ErrorKind, m: crate::i18n::Maalform) -> Error {
    if kind == std::io::ErrorKind::BrokenPipe {
        return Error::BrokenPipe;
    }
    Error::Io(format!(
        "{}: {}",
        m.t("standard ut (stdout)", "standard ut (stdout)"),
        crate::data::load::io_msg_skriv(&std::io::Error::from(kind), m)
    ))
}

fn dispatch_to(ctx: &Ctx, cli: &Cli, ut: &mut dyn Write) -> Result<()> {
    let mut out = std::io::BufWriter::new(ut);
    match &cli.command {
        None => overview(ctx.m, &mut out)?,
        Some(Command::Guide(a)) => {
            drop(out);
            return guide::run(ctx, a);
        }
        Some(Command::Kommuner) => kommuner::run(ctx, &mut out)?,
        Some(Command::Sjekk { dir }) => sjekk::run(ctx, dir.as_deref(), cli.color, &mut out)?,
        Some(Command::Frist(a)) => frist::run(ctx, a, &mut out)?,
        Some(Command::Tjenester(a)) => tjenester::run(ctx, a, &mut out)?,
        Some(Command::Arenaer(a)) => arenaer::run(ctx, a, &mut out)?,
        Some(Command::Roller(a)) => roller::run(ctx, a, &mut out)?,
        Some(Command::Nivaa { nr }) => nivaa::run(ctx, *nr, &mut out)?,
        Some(Command::Nettside(a)) => nettside::run(ctx, a, &mut out)?,
        Some(Command::Vurdering(_)) => vurdering::run(ctx, &mut out)?,
        Some(Command::Init(a)) => init::run(ctx, a, cli.maalform, &mut out)?,
        Some(Command::Completions { shell }) => crate::docs::completions(*shell, &mut out)?,
    }
    out.flush()?;
    Ok(())
}

/// `--format` values a command does not write are usage errors, not ignored.
fn formater(ctx: &Ctx, cmd: &Command, f: Format) -> Result<()> {
    use Format::*;
    let (navn, tillatt): (&str, &[Format]) = match cmd {
        Command::Guide(_) => ("guide", &[Table, Json, Markdown]),
        Command::Kommuner => ("kommuner", &[Table, Json, Tsv, Csv, Markdown]),
        Command::Sjekk { .. } => ("sjekk", &[Table, Json]),
        Command::Frist(_) => ("frist", &[Table, Json, Tsv, Csv, Markdown, Ics, Xlsx]),
        Command::Tjenester(_) => ("tjenester", &[Table, Json, Tsv, Csv, Markdown, Xlsx]),
        Command::Arenaer(_) => ("arenaer", &[Table, Json, Tsv, Csv, Markdown, Xlsx]),
        Command::Roller(_) => ("roller", &[Table, Json, Tsv, Csv, Markdown, Xlsx]),
        Command::Nivaa { .. } => ("nivaa", &[Table, Json, Tsv, Csv, Markdown]),
        Command::Init(_) => ("init", &[]),
        Command::Completions { .. } => ("completions", &[]),
        Command::Nettside(_) => ("nettside", &[]),
        Command::Vurdering(_) => ("vurdering", &[Table, Json, Tsv, Csv, Markdown, Xlsx]),
    };
    if tillatt.contains(&f) {
        return ut_fil(ctx, f);
    }
    let m = ctx.m;
    let navn_paa = |f: &Format| {
        f.to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_string())
    };
    Err(Error::Usage(if tillatt.is_empty() {
        format!(
            "«bti {navn}» {} --format ({} --format {})",
            m.t("har ikke", "har ikkje"),
            m.t("fjern", "fjern"),
            navn_paa(&f)
        )
    } else {
        format!(
            "«bti {navn}» {} --format {} ({} {})",
            m.t("kan ikke skrive", "kan ikkje skrive"),
            navn_paa(&f),
            m.t("velg", "vel"),
            tillatt.iter().map(navn_paa).collect::<Vec<_>>().join(", ")
        )
    }))
}

/// `--format xlsx` needs `-o FIL` (usage error without), refuses an existing
/// file without `--overskriv` before any work; `-o` is for xlsx only.
fn ut_fil(ctx: &Ctx, f: Format) -> Result<()> {
    let m = ctx.m;
    match (&ctx.ut, f) {
        (None, Format::Xlsx) => Err(Error::Usage(
            m.t(
                "--format xlsx skriver til en fil: gi filnavnet med -o FIL (f.eks. -o frister.xlsx)",
                "--format xlsx skriv til ei fil: gi filnamnet med -o FIL (t.d. -o fristar.xlsx)",
            )
            .into(),
        )),
        (Some((sti, overskriv)), Format::Xlsx) => {
            crate::guide::lagre::sjekk_hva(sti, *overskriv, m, crate::guide::lagre::REGNEARK)
        }
        (Some(_), _) => Err(Error::Usage(
            m.t(
                "-o/--ut brukes bare med --format xlsx (andre formater skrives til standard ut)",
                "-o/--ut blir berre brukt med --format xlsx (andre format blir skrivne til standard ut)",
            )
            .into(),
        )),
        (None, _) => Ok(()),
    }
}

fn overview(m: crate::i18n::Maalform, out: &mut dyn Write) -> Result<()> {
    out.write_all(
        m.t(
            "bti – Bedre tverrfaglig innsats for kommunen

Bruk: bti [valg] <kommando>

  guide       veiledning fra undring til handling (nivå 0)
  kommuner    kommunene i dataene
  nivaa       nivåene i BTI-modellen og stegene deres
  tjenester   tjenester, med søk (bti tjenester hels)
  arenaer     samhandlingsarenaer og neste møte
  roller      stafettholder, koordinator og andre roller
  frist       frister fra framdriftsplanen (.ics med --format ics)
  nettside    modellen som nettside (HTML, universelt utformet)
  sjekk       sjekk en datamappe

Eksempel: bti -k sirdal frist --alle
Mer: bti --help, bti <kommando> --help
",
            "bti – Betre tverrfagleg innsats for kommunen

Bruk: bti [val] <kommando>

  guide       rettleiing frå undring til handling (nivå 0)
  kommuner    kommunane i dataa
  nivaa       nivåa i BTI-modellen og stega deira
  tjenester   tenester, med søk (bti tenester hels)
  arenaer     samhandlingsarenaer og neste møte
  roller      stafetthaldar, koordinator og andre roller
  frist       fristar frå framdriftsplanen (.ics med --format ics)
  sjekk       sjekk ei datamappe

Døme: bti -k sogndal frist --alle
Meir: bti --help, bti <kommando> --help
",
        )
        .as_bytes(),
    )?;
    Ok(())
}

/// `kilde` values as users read them: a register id becomes the document's
/// publisher, title and date (SPEC §1.2). The registers are read on first
/// use: only `--lang` and `nivaa N` show sources. JSON keeps the raw value.
pub struct KildeVisning<'a> {
    store: &'a crate::data::Store,
    lest: std::cell::RefCell<Vec<(Option<String>, std::rc::Rc<Kilder>)>>,
}

impl<'a> KildeVisning<'a> {
    pub fn new(store: &'a crate::data::Store) -> Self {
        KildeVisning {
            store,
            lest: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// The source as text for people ("—" when there is none).
    pub fn vis(&self, kommune: Option<&str>, kilde: Option<&str>) -> String {
        let Some(k) = kilde.filter(|k| !k.trim().is_empty()) else {
            return "—".into();
        };
        let key = kommune.map(str::to_string);
        let found = self
            .lest
            .borrow()
            .iter()
            .find(|(id, _)| *id == key)
            .map(|(_, r)| r.clone());
        let register = found.unwrap_or_else(|| {
            let r = std::rc::Rc::new(self.store.kilder(kommune));
            self.lest.borrow_mut().push((key, r.clone()));
            r
        });
        register.vis(k)
    }
}

/// `serde_json::to_value(entry)` with `kommune` first.
pub fn with_kommune<T: serde::Serialize>(kommune: Option<&str>, entry: &T) -> Value {
    let mut map = Map::new();
    map.insert(
        "kommune".into(),
        kommune.map_or(Value::Null, |k| Value::String(k.into())),
    );
    if let Ok(Value::Object(o)) = serde_json::to_value(entry) {
        map.extend(o);
    }
    Value::Object(map)
}

pub fn render(ctx: &Ctx, out: &mut dyn Write, r: &Rapport) -> Result<()> {
    if ctx.format() == Format::Xlsx {
        return xlsx(ctx, r);
    }
    output::render(out, ctx.format(), r, ctx.term)
}

/// `--format xlsx -o FIL`: the report's elements as a workbook, written
/// atomically and never through a symbolic link (`lagre::skriv_bytes`).
fn xlsx(ctx: &Ctx, r: &Rapport) -> Result<()> {
    let Some((sti, overskriv)) = &ctx.ut else {
        return ut_fil(ctx, Format::Xlsx);
    };
    if r.json.is_empty()
        && let Some(t) = &r.tom
    {
        let mut err = output::Ut::new(std::io::stderr(), true);
        let _ = writeln!(err, "{t}");
    }
    let ark = sti
        .file_stem()
        .map(|s| {
            s.to_string_lossy()
                .chars()
                .filter(|c| !"[]:*?/\\".contains(*c))
                .take(31)
                .collect::<String>()
        })
        .filter(|s| !s.trim().is_empty() && !s.starts_with('\''))
        .unwrap_or_else(|| "bti".into());
    let bytes = output::xlsx::bok(&r.json, &ark)?;
    crate::guide::lagre::skriv_bytes(
        sti,
        &bytes,
        *overskriv,
        ctx.m,
        crate::guide::lagre::REGNEARK,
    )
}

/// `--lang`: one block per entry with every field (table format only).
pub fn render_lang(
    ctx: &Ctx,
    out: &mut dyn Write,
    r: &Rapport,
    blocks: Option<&output::Blocks>,
) -> Result<()> {
    match blocks {
        Some(b) if ctx.format() == crate::cli::Format::Table => {
            if b.is_empty() {
                writeln!(out, "{}", r.tom.as_deref().unwrap_or_default())?;
                Ok(())
            } else {
                output::blocks(out, b)
            }
        }
        _ => render(ctx, out, r),
    }
}

/// The synonym table for a search over `kommuner` (ids): the national one
/// and each municipality's own. Nothing is read without search words.
pub fn synonymer(
    ctx: &Ctx,
    sok: &[String],
    kommuner: &[&str],
) -> Result<Vec<crate::data::model::Synonym>> {
    if sok.is_empty() {
        return Ok(Vec::new());
    }
    // Bounded work whatever is typed: the search itself is refused first.
    let n = crate::query::antall_ord(sok);
    if n > crate::query::MAKS_ORD {
        let m = ctx.m;
        return Err(crate::error::Error::Usage(format!(
            "{} {n} {}; {} {}",
            m.t("søket har", "søket har"),
            m.t("ulike ord", "ulike ord"),
            m.t("bruk høyst", "bruk høgst"),
            crate::query::MAKS_ORD
        )));
    }
    let mut out = ctx.store.synonymer_nasjonal().require(ctx.m)?;
    for id in kommuner {
        out.extend(ctx.store.synonymer_kommune(id).require(ctx.m)?);
    }
    Ok(out)
}

/// The synonym tables of a search over `kommuner` (ids), one per
/// municipality: the national table and that municipality's own, so that
/// its own synonyms find its own entries only. The first table is the
/// national one alone (for corrections and suggestions). Nothing is read
/// without search words.
pub fn synonymer_per_kommune(
    ctx: &Ctx,
    sok: &[String],
    kommuner: &[&str],
) -> Result<Vec<Vec<crate::data::model::Synonym>>> {
    if sok.is_empty() {
        return Ok(vec![Vec::new()]);
    }
    if kommuner.len() <= 1 {
        return Ok(vec![synonymer(ctx, sok, kommuner)?]);
    }
    let nasjonal = ctx.store.synonymer_nasjonal().require(ctx.m)?;
    let mut out = vec![nasjonal.clone()];
    for id in kommuner {
        let mut s = nasjonal.clone();
        s.extend(ctx.store.synonymer_kommune(id).require(ctx.m)?);
        out.push(s);
    }
    Ok(out)
}

/// "Ingen … passer søket." and, when there are any, the nearest names.
pub fn ingen_treff(m: crate::i18n::Maalform, ingen: &str, forslag: &[String]) -> String {
    if forslag.is_empty() {
        return ingen.to_string();
    }
    let navn: Vec<String> = forslag.iter().map(|n| format!("«{n}»")).collect();
    format!(
        "{ingen}\n{} {}?",
        m.t("Mente du", "Meinte du"),
        navn.join(m.t(" eller ", " eller "))
    )
}

/// The notes under a table: a mistyped word read as another, and a search
/// whose synonyms were cut at `query::MAKS_ALTERNATIVER`.
pub fn rettet(
    m: crate::i18n::Maalform,
    rettet: &[(String, String)],
    avkortet: bool,
) -> Vec<String> {
    let mut v: Vec<String> = rettet
        .iter()
        .map(|(fra, til)| {
            format!(
                "{} «{fra}»; {} «{til}».",
                m.t("Ingen treff på", "Ingen treff på"),
                m.t("viser treff på", "viser treff på")
            )
        })
        .collect();
    if avkortet {
        v.push(format!(
            "{} {} {}",
            m.t(
                "Synonymtabellen ga for mange alternativer; bare de",
                "Synonymtabellen gav for mange alternativ; berre dei"
            ),
            crate::query::MAKS_ALTERNATIVER,
            m.t("første er brukt.", "første er brukte.")
        ));
    }
    v
}
