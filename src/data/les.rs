//! Reading one TOML file into the model so that every problem shows in one
//! run (SPEC §1.8). Valid files take the fast path: one `toml::from_str`.
//! A file that parses as TOML but not as the model is read again as a tree
//! with spans, and deserialised repeatedly: each time serde stops at a
//! problem, it is reported and the offending key, list element or entry is
//! taken out, so the next attempt goes on to the next problem. A bad entry
//! never hides another entry's problems; only a TOML syntax error stops
//! the reading of its file.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::model::ascii_nokkel;
use crate::diag::{self, Alvor, Diagnostic, SourceFile};
use crate::i18n::Maalform;

/// What `toml` gave, and what had to be left out to read it.
pub struct Lest<T> {
    pub verdi: T,
    /// The `id` of every entry that was left out because it could not be
    /// read: references to it are not reported as dangling.
    pub utelatt: Vec<String>,
}

/// Most attempts for one file: each is a clone of its tree, so a file with
/// thousands of problems stops at this many (with a message saying so).
const MAKS_FORSOK: usize = 200;
/// And at most this many bytes of tree cloned in all (a 16 MiB file with
/// many problems must still be checked in seconds).
const MAKS_BYTES: usize = 64 * 1024 * 1024;

/// Read `file` as `T`. `None` when it is not TOML, or its top level cannot
/// be read at all (a required key missing there); the diagnostics say why.
pub fn les<T: DeserializeOwned>(
    file: &SourceFile,
    m: Maalform,
    diags: &mut Vec<Diagnostic>,
) -> Option<Lest<T>> {
    super::tegn::sjekk(file, m, diags);
    if let Ok(v) = toml::from_str::<T>(&file.text) {
        return Some(Lest {
            verdi: v,
            utelatt: Vec::new(),
        });
    }
    let root = match DeTable::parse(&file.text) {
        Ok(root) => root,
        Err(_) => {
            syntaksfeil(file, m, diags);
            return None;
        }
    };
    let span = root.span();
    let mut root = DeValue::Table(root.into_inner());
    let mut utelatt = Vec::new();
    let mut fjernet: Vec<(usize, String)> = Vec::new();
    aliaser(file, &mut root, m, diags);
    let forsok = MAKS_FORSOK.min(MAKS_BYTES / file.text.len().max(1)).max(20);
    for _ in 0..forsok {
        let de = ValueDeserializer::from(Spanned::new(span.clone(), root.clone()));
        let e = match T::deserialize(de) {
            Ok(v) => return Some(Lest { verdi: v, utelatt }),
            Err(e) => e,
        };
        let Some(at) = e.span() else {
            diags.push(diag::from_toml(file, &e, m));
            return None;
        };
        let msg = e.message();
        let missing = msg
            .strip_prefix("missing field `")
            .and_then(|r| r.split('`').next())
            .map(str::to_string);
        let mut removed = Fjernet {
            nytt_navn: msg.strip_prefix("unknown field `").and_then(|rest| {
                let key = rest.split('`').next()?;
                let expected: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
                crate::likhet::closest(key, expected.iter().copied()).map(str::to_string)
            }),
            ..Fjernet::default()
        };
        let found = at != (0..0) && fjern(&mut root, span.clone(), &at, &mut removed);
        // A key taken out for an earlier problem is not also "missing".
        let repeat = missing
            .as_ref()
            .is_some_and(|k| fjernet.iter().any(|(t, key)| *t == at.start && key == k));
        if !repeat {
            let mut d = diag::from_toml(file, &e, m);
            let verdi = [
                "invalid type",
                "invalid value",
                "data did not",
                "unknown variant",
                "integer",
            ]
            .iter()
            .any(|p| msg.starts_with(p));
            if verdi && let Some(k) = &removed.sti {
                d.melding = format!("«{k}»: {}", d.melding);
            }
            diags.push(d);
        }
        if !found {
            return None;
        }
        if let Some(id) = removed.id {
            utelatt.push(id);
        }
        if let Some(k) = removed.key {
            fjernet.push(k);
        }
    }
    diags.push(diag::file_diag(
        &file.path,
        m,
        m.t(
            "for mange feil i fila; rett disse og sjekk igjen",
            "for mange feil i fila; rett desse og sjekk igjen",
        )
        .into(),
    ));
    None
}

#[derive(Default)]
struct Fjernet {
    /// The `id` of a removed table.
    id: Option<String>,
    /// (span start of the table, key) of a removed key.
    key: Option<(usize, String)>,
    /// The innermost key on the way to what was removed.
    sti: Option<String>,
    /// An unknown key that is a typo of a known one (`tittelx`) is renamed
    /// rather than taken out: its entry would otherwise miss `tittel` and
    /// be left out, and the references to it with it.
    nytt_navn: Option<String>,
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// The text a value covers with everything in it: a `[[tjeneste]]` table's
/// own span is only its header.
fn extent(v: &Spanned<DeValue>) -> Range<usize> {
    let mut r = v.span();
    let mut grow = |o: Range<usize>| {
        if o.start < r.start {
            r.start = o.start;
        }
        if o.end > r.end {
            r.end = o.end;
        }
    };
    match v.get_ref() {
        DeValue::Table(t) => {
            for (k, val) in t.iter() {
                grow(k.span());
                grow(extent(val));
            }
        }
        DeValue::Array(a) => {
            for e in a.iter() {
                grow(extent(e));
            }
        }
        _ => {}
    }
    r
}

/// Take out the innermost key or element of `v` (spanning `span`) that
/// contains `at`; `false` when nothing below `v` does.
fn fjern(v: &mut DeValue, span: Range<usize>, at: &Range<usize>, out: &mut Fjernet) -> bool {
    match v {
        DeValue::Table(t) => {
            let mut hit = None;
            for (k, val) in t.iter_mut() {
                if contains(&k.span(), at) {
                    hit = Some(k.get_ref().to_string());
                    break;
                }
                let vs = val.span();
                if contains(&extent(val), at) {
                    // Into tables and lists even when their span is `at`: a
                    // list of `[[tables]]` has its first header's span.
                    if fjern(val.get_mut(), vs, at, out) {
                        if out.sti.is_none() {
                            out.sti = Some(k.get_ref().to_string());
                        }
                        return true;
                    }
                    hit = Some(k.get_ref().to_string());
                    break;
                }
            }
            let Some(key) = hit else {
                return false;
            };
            if let Some(nytt) = out.nytt_navn.take()
                && !t.contains_key(nytt.as_str())
                && let Some((k, val)) = t.remove_entry(key.as_str())
            {
                t.insert(Spanned::new(k.span(), std::borrow::Cow::Owned(nytt)), val);
                out.sti = Some(key);
                return true;
            }
            if let Some(val) = t.remove(key.as_str())
                && let DeValue::Table(inner) = val.get_ref()
            {
                out.id = inner
                    .get("id")
                    .and_then(|i| i.get_ref().as_str())
                    .map(str::to_string);
            }
            out.sti = Some(key.clone());
            out.key = Some((span.start, key));
            true
        }
        DeValue::Array(a) => {
            let Some(i) = a.iter().position(|e| contains(&extent(e), at)) else {
                return false;
            };
            let Some(el) = a.get_mut(i) else {
                return false;
            };
            let es = el.span();
            if fjern(el.get_mut(), es, at, out) {
                return true;
            }
            if let DeValue::Table(t) = el.get_ref() {
                out.id = t
                    .get("id")
                    .and_then(|i| i.get_ref().as_str())
                    .map(str::to_string);
            }
            *a = a
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, e)| e.clone())
                .collect();
            true
        }
        _ => false,
    }
}

/// Both `nivaa` and `"nivå"` in one table: report the later one (serde would
/// say "duplicate field" without a position) and take it out.
fn aliaser(file: &SourceFile, v: &mut DeValue, m: Maalform, diags: &mut Vec<Diagnostic>) {
    match v {
        DeValue::Table(t) => {
            let mut keys: Vec<(String, usize, String)> = t
                .keys()
                .map(|k| {
                    (
                        ascii_nokkel(k.get_ref()),
                        k.span().start,
                        k.get_ref().to_string(),
                    )
                })
                .collect();
            keys.sort();
            let mut drop = Vec::new();
            for w in keys.windows(2) {
                if let [(a, _, first), (b, at, second)] = w
                    && a == b
                {
                    diags.push(
                        file.diag(
                            *at,
                            Alvor::Feil,
                            m,
                            format!(
                                "«{second}» {} «{first}» {}",
                                m.t("og", "og"),
                                m.t(
                                    "er samme nøkkel; skriv bare én av dem",
                                    "er same nøkkel; skriv berre éin av dei"
                                )
                            ),
                        )
                        .med_kode("dobbel-nokkel"),
                    );
                    drop.push(second.clone());
                }
            }
            for k in drop {
                t.remove(k.as_str());
            }
            for (_, val) in t.iter_mut() {
                aliaser(file, val.get_mut(), m, diags);
            }
        }
        DeValue::Array(a) => {
            for e in a.iter_mut() {
                aliaser(file, e.get_mut(), m, diags);
            }
        }
        _ => {}
    }
}

/// At most this many syntax errors are reported for one file: after a few,
/// the parser's recovery guesses more than it finds.
const MAKS_SYNTAKS: usize = 10;

/// Every TOML syntax error of a file that does not parse, in file order, one
/// per line (the parser's recovery can report a follow-on error on the line
/// it stumbled on): the author fixes them all in one go, not one per run.
fn syntaksfeil(file: &SourceFile, m: Maalform, diags: &mut Vec<Diagnostic>) {
    let (_, mut errors) = DeTable::parse_recoverable(&file.text);
    errors.sort_by_key(|e| e.span().map_or(0, |s| s.start));
    let mut lines = Vec::new();
    let mut shown = 0;
    for e in &errors {
        let line = file.line_col(e.span().map_or(0, |s| s.start)).0;
        if lines.contains(&line) {
            continue;
        }
        lines.push(line);
        if shown < MAKS_SYNTAKS {
            diags.push(syntaks(file, e, m));
            shown += 1;
        }
    }
    if lines.len() > shown {
        diags.push(diag::file_diag(
            &file.path,
            m,
            format!(
                "{} {} {}",
                m.t("… og", "… og"),
                lines.len() - shown,
                m.t("linjer til med TOML-feil", "liner til med TOML-feil")
            ),
        ));
    }
}

/// A TOML syntax error in Norwegian, with a hint where the mistake is common.
fn syntaks(file: &SourceFile, e: &toml::de::Error, m: Maalform) -> Diagnostic {
    let at = e.span().map_or(0, |s| s.start);
    let d = diag::from_toml(file, e, m);
    match hint(file, at, m) {
        Some(hint) => file.diag(at, Alvor::Feil, m, hint).med_kode("toml-syntaks"),
        None => d,
    }
}

/// A bare key with `æ`, `ø` or `å` (`nivå = [1]`) is not TOML: say what to write.
fn hint(file: &SourceFile, at: usize, m: Maalform) -> Option<String> {
    let start = file.text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let line = file.text.get(start..)?.lines().next()?;
    let key = line.split('=').next()?.trim();
    if line.contains('=')
        && !key.is_empty()
        && !key.starts_with(['"', '\'', '['])
        && !key.is_ascii()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == '.')
    {
        let ascii = ascii_nokkel(key);
        let kjente = super::skjema::alle_nokler();
        let start = format!(
            "{} «{key}»: {}",
            m.t("ugyldig TOML-nøkkel", "ugyldig TOML-nøkkel"),
            m.t(
                "nøkler skrives uten æ, ø og å",
                "nøklar skriv ein utan æ, ø og å"
            ),
        );
        // Suggest only a key that exists: «aapningstider» is no key, «apningstid» is.
        if kjente.contains(&ascii) {
            let quoted = if kjente.iter().any(|k| k == key) {
                format!(" {} «\"{key}\"»", m.t("eller", "eller"))
            } else {
                String::new()
            };
            return Some(format!(
                "{start}; {} «{ascii}»{quoted}",
                m.t("skriv", "skriv")
            ));
        }
        return Some(
            match crate::likhet::closest(&ascii, kjente.iter().map(String::as_str)) {
                Some(best) => format!("{start}; {} «{best}»?", m.t("mente du", "meinte du")),
                None => format!(
                    "{start}, {} «{ascii}» {}",
                    m.t("og", "og"),
                    m.t(
                        "er heller ingen kjent nøkkel",
                        "er heller ingen kjend nøkkel"
                    )
                ),
            },
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{ArenaerFil, TjenesterFil};

    fn les_tekst<T: DeserializeOwned>(text: &str) -> (Option<Lest<T>>, Vec<String>) {
        let file = SourceFile::new("t.toml".into(), text.into());
        let mut diags = Vec::new();
        let lest = les::<T>(&file, Maalform::Nb, &mut diags);
        (lest, diags.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_valid_file_takes_the_fast_path_and_loses_nothing() {
        let text = "[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = \"ppt\"\n";
        let (lest, diags) = les_tekst::<TjenesterFil>(text);
        assert!(diags.is_empty());
        let lest = lest.unwrap();
        assert_eq!(lest.verdi.tjeneste.len(), 1);
        assert!(lest.utelatt.is_empty());
    }

    #[test]
    fn each_entry_is_read_on_its_own() {
        let text = "[[tjeneste]]\nid = \"a\"\nnavn = 1\nkategori = \"ppt\"\nx = 1\n\n\
                    [[tjeneste]]\nid = \"b\"\nnavn = \"B\"\nkategori = \"ppt\"\nnivaa = [1, \"2\"]\n\n\
                    [[tjeneste]]\nid = \"c\"\nkategori = \"ppt\"\n";
        let (lest, diags) = les_tekst::<TjenesterFil>(text);
        assert_eq!(
            diags,
            [
                "t.toml:3:8: feil: «navn»: ventet tekst, fikk heltall «1»",
                "t.toml:5:1: feil: ukjent nøkkel «x» (mente du «id»?)",
                "t.toml:11:13: feil: «nivaa»: ventet heltall, fikk tekst «2»",
                "t.toml:13:1: feil: mangler påkrevd nøkkel «navn»",
            ]
        );
        let lest = lest.unwrap();
        // "b" is kept without its bad level; "a" and "c" are left out.
        let ids: Vec<&str> = lest
            .verdi
            .tjeneste
            .iter()
            .map(|t| t.id.as_ref().as_str())
            .collect();
        assert_eq!(ids, ["b"]);
        assert_eq!(lest.utelatt, ["a", "c"]);
    }

    #[test]
    fn a_misspelt_required_key_is_reported_once_and_the_entry_kept() {
        let text = "[[tjeneste]]\nid = \"a\"\nnavnn = \"A\"\nkategori = \"ppt\"\n";
        let (lest, diags) = les_tekst::<TjenesterFil>(text);
        assert_eq!(
            diags,
            ["t.toml:3:1: feil: ukjent nøkkel «navnn» (mente du «navn»?)"]
        );
        let lest = lest.unwrap();
        assert_eq!(lest.verdi.tjeneste.len(), 1);
        assert!(lest.utelatt.is_empty());
    }

    #[test]
    fn a_syntax_error_stops_the_file() {
        let (lest, diags) = les_tekst::<ArenaerFil>("[[arena]]\nid = \"a\nnavn = 1\n");
        assert!(lest.is_none());
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].contains("teksten er ikke avsluttet"), "{diags:?}");
    }

    #[test]
    fn hundreds_of_bad_entries_stop_with_a_message() {
        let text = "[[arena]]\nid = \"a\"\nnavn = 1\nnivaa = \"x\"\n".repeat(300);
        let (lest, diags) = les_tekst::<ArenaerFil>(&text);
        assert!(lest.is_none());
        assert!(
            diags.len() > 100 && diags.len() <= MAKS_FORSOK + 1,
            "{}",
            diags.len()
        );
        assert!(diags.last().unwrap().contains("for mange feil i fila"));
    }
}
