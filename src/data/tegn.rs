//! Control characters and bidi controls in data strings are a data error
//! (SPEC §3.1): C0 but tab and newline (a CR before a newline, as Windows
//! editors write it, is a line end), DEL, C1, and the marks, overrides and
//! isolates that reorder what a reader sees (U+200E, U+200F, U+061C,
//! U+202A–U+202E, U+2066–U+2069). A file that carries one fails to load, so
//! no output (terminal, pipe, HTML, `.ics`, TUI) can carry it; the escaping
//! writer (`vis`) stays for what is not data: arguments, paths, file
//! names.
//!
//! TOML lets such characters in through escapes (`"\u202e"`, `"\u0007"`) and
//! raw (bidi and C1 need no escape), so the check reads the parsed strings,
//! keys included. A file without a backslash and without a raw suspect skips
//! the parse: the common case costs one scan.

use toml::de::{DeTable, DeValue};

use crate::diag::{Alvor, Diagnostic, SourceFile};
use crate::i18n::Maalform;

/// A character no data string may hold.
/// The same set the escaping writer shows escaped (`vis`).
pub fn forbudt(c: char) -> bool {
    crate::vis::farlig(c)
}

/// The first forbidden character in `s`, with its char position (a CR
/// directly before a newline is allowed).
pub fn forste(s: &str) -> Option<(usize, char)> {
    let mut it = s.chars().enumerate().peekable();
    while let Some((i, c)) = it.next() {
        if c == '\r' && it.peek().is_some_and(|(_, n)| *n == '\n') {
            continue;
        }
        if forbudt(c) {
            return Some((i, c));
        }
    }
    None
}

/// Report every string (value or key) of `file` that holds a forbidden character.
pub fn sjekk(file: &SourceFile, m: Maalform, diags: &mut Vec<Diagnostic>) {
    if !file.text.contains('\\') && !crate::vis::har_farlig(file.text.as_bytes()) {
        return;
    }
    let Ok(rot) = DeTable::parse(&file.text) else {
        return; // the reader reports the syntax error
    };
    let mut funn: Vec<(usize, usize, char)> = Vec::new();
    tabell(rot.get_ref(), &mut funn);
    let mut vals: Vec<(usize, &DeValue)> = rot
        .get_ref()
        .values()
        .map(|v| (v.span().start, v.get_ref()))
        .collect();
    while let Some((at, v)) = vals.pop() {
        match v {
            DeValue::String(s) => {
                if let Some((i, c)) = forste(s) {
                    funn.push((at, i, c));
                }
            }
            DeValue::Array(a) => vals.extend(a.iter().map(|e| (e.span().start, e.get_ref()))),
            DeValue::Table(t) => {
                tabell(t, &mut funn);
                vals.extend(t.values().map(|e| (e.span().start, e.get_ref())));
            }
            _ => {}
        }
    }
    funn.sort_unstable();
    // As `diag::begrens` would cap them, without making a million first.
    let maks = crate::diag::MAKS_PER_FIL;
    let resten = funn.split_off(maks.min(funn.len()));
    for (at, i, c) in funn {
        diags.push(
            file.diag(at, Alvor::Feil, m, melding(i, c, m))
                .med_kode("styretegn"),
        );
    }
    if let Some((at, _, _)) = resten.first() {
        let mut d = file
            .diag(
                *at,
                Alvor::Feil,
                m,
                format!(
                    "… {} {} {}",
                    m.t("og", "og"),
                    resten.len(),
                    m.t("til", "til")
                ),
            )
            .med_kode("og-flere");
        d.skjulte_feil = resten.len();
        diags.push(d);
    }
}

fn tabell(t: &DeTable<'_>, funn: &mut Vec<(usize, usize, char)>) {
    for k in t.keys() {
        if let Some((i, c)) = forste(k.get_ref()) {
            funn.push((k.span().start, i, c));
        }
    }
}

fn melding(i: usize, c: char, m: Maalform) -> String {
    let hva = if c.is_control() {
        m.t("et styretegn", "eit styreteikn")
    } else {
        m.t(
            "et usynlig tegn som snur retningen på teksten",
            "eit usynleg teikn som snur retninga på teksten",
        )
    };
    format!(
        "{} {hva} (U+{:04X}) {} {}; {}",
        m.t("teksten har", "teksten har"),
        u32::from(c),
        m.t("som tegn nr.", "som teikn nr."),
        i + 1,
        m.t(
            "fjern det (det kan lure leseren eller terminalen)",
            "fjern det (det kan lure lesaren eller terminalen)"
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_list_and_windows_line_ends() {
        for s in [
            "a\u{202e}b",
            "\u{7}",
            "x\u{9b}",
            "\u{2066}",
            "\u{200f}",
            "a\rb",
            "\u{7f}",
        ] {
            assert!(forste(s).is_some(), "{s:?}");
        }
        for s in ["Tab\tog\nlinje", "a\r\nb", "Helsestasjon – æøå «»"] {
            assert_eq!(forste(s), None, "{s:?}");
        }
    }

    /// The byte scan that lets a clean file skip the parse finds exactly
    /// what `forste` finds, wherever in a 32-byte block it stands.
    #[test]
    fn the_byte_scan_agrees_with_forste() {
        let biter = [
            "a", "æ", "«", "»", "–", "\u{a0}", "\n", "\t", "\r\n", "\r", "\u{7}", "\u{1b}",
            "\u{7f}", "\u{80}", "\u{9f}", "\u{a0}", "\u{61c}", "\u{600}", "\u{200e}", "\u{200f}",
            "\u{2010}", "\u{202a}", "\u{202e}", "\u{202f}", "\u{2066}", "\u{2069}", "\u{206a}",
            "\u{2013}",
        ];
        for fyll in 0..40 {
            for b in biter {
                for etter in ["", "x", "\n"] {
                    let s = format!("{}{b}{etter}", "y".repeat(fyll));
                    assert_eq!(
                        crate::vis::har_farlig(s.as_bytes()),
                        forste(&s).is_some(),
                        "{s:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn escaped_and_raw_strings_and_keys_are_found() {
        let f = SourceFile::new(
            "t.toml".into(),
            "a = \"x\\u202Ey\"\nb = ['ok', \"\u{2066}\"]\n[c]\n\"k\\u0007\" = 1\n".into(),
        );
        let mut d = Vec::new();
        sjekk(&f, Maalform::Nb, &mut d);
        assert_eq!(d.len(), 3, "{d:?}");
        assert!(d[0].melding.contains("U+202E"), "{d:?}");
        let ren = SourceFile::new("t.toml".into(), "a = \"C:\\\\mappe\"\n".into());
        let mut d = Vec::new();
        sjekk(&ren, Maalform::Nb, &mut d);
        assert!(d.is_empty(), "{d:?}");
    }
}
