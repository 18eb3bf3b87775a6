//! What the commands share: writing a report in the chosen format, the
//! sources line, «no hits» and «did you mean», the synonyms in force, and
//! standard output's state.

use std::io::Write;

use serde_json::{Map, Value};

use super::ctx::Ctx;
use crate::cli::Format;
use crate::data::kilder::Kilder;
use crate::error::{Error, Result};
use crate::output::{self, Rapport};

/// Set by the binary when standard output was closed at start (see
/// `main.rs`): Rust's runtime puts /dev/null in its place, so
/// `bti kommuner >&-` said nothing and exited 0.
pub static STDOUT_LUKKET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Standard output must be open: nothing written must not count as success.
pub fn stdout_open(m: crate::i18n::Maalform) -> Result<()> {
    if STDOUT_LUKKET.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(Error::Io(format!(
            "{} ({})",
            m.t(
                "kan ikke skrive til standard ut (stdout): den er lukket",
                "kan ikkje skrive til standard ut (stdout): han er lukka"
            ),
            m.t(
                "send utdata til en fil eller et program, f.eks. > ut.txt",
                "send utdata til ei fil eller eit program, t.d. > ut.txt"
            )
        )));
    }
    Ok(())
}

/// A failed write to standard output: say so, and what to do.
pub fn stdout_feil(kind: std::io::ErrorKind, m: crate::i18n::Maalform) -> Error {
    if kind == std::io::ErrorKind::BrokenPipe {
        return Error::BrokenPipe;
    }
    Error::Io(format!(
        "{}: {}",
        m.t("standard ut (stdout)", "standard ut (stdout)"),
        crate::fil::io_msg_skriv(&std::io::Error::from(kind), m)
    ))
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

/// `--format xlsx` needs `-o FIL` (usage error without), refuses an existing
/// file without `--overskriv` before any work; `-o` is for xlsx only.
pub fn ut_fil(ctx: &Ctx, f: Format) -> Result<()> {
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
