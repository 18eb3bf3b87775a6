//! Phone numbers and e-mail addresses, checked as such (issue 23 item 9).
//!
//! A contact point is a piece of data a user will call or write to, so it is
//! held to what it claims to be: `bti sjekk` reports one that is not a phone
//! number or an e-mail address, and nothing that fails the check is ever
//! made a `tel:` or `mailto:` link (`tel_lenke`, `mailto_lenke` are the only
//! places that make them). «1-800-EVIL-123» would dial another number once
//! its letters were dropped, and «a@b.no?bcc=…» would add recipients.
//!
//! The checks take one [`Kontaktpunkt`] at a time, and each entry lists its
//! points through one function (`tjeneste`, `kommune`, `barnevernvakt`): a
//! service's labelled `[[tjeneste.kontakt]]` points come after its main ones
//! and get the same checks and messages (issue 27 item 3). One field holds
//! one number or one address: [`flere`] tells a list in one field apart from
//! a malformed value, so `sjekk` can say where the others go.

use super::model::{Barnevernvakt, Kommune, Tjeneste};
use crate::i18n::Maalform;

/// What a contact point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Art {
    Telefon,
    Epost,
}

/// One contact point of an entry: what it is, the key it came from, its text.
#[derive(Debug, Clone, Copy)]
pub struct Kontaktpunkt<'a> {
    pub art: Art,
    pub nokkel: &'static str,
    pub verdi: &'a str,
    /// Where the value stands in its file (byte offset), when known.
    pub ved: Option<usize>,
}

fn punkter<'a>(telefon: &'a Option<String>, epost: &'a Option<String>) -> Vec<Kontaktpunkt<'a>> {
    let mut v = Vec::new();
    for (art, nokkel, verdi) in [
        (Art::Telefon, "telefon", telefon),
        (Art::Epost, "epost", epost),
    ] {
        if let Some(verdi) = verdi.as_deref().filter(|s| !s.trim().is_empty()) {
            v.push(Kontaktpunkt {
                art,
                nokkel,
                verdi,
                ved: None,
            });
        }
    }
    v
}

/// The contact points of a service: the main `telefon`/`epost`, then each
/// `[[tjeneste.kontakt]]` point in file order.
pub fn tjeneste(t: &Tjeneste) -> Vec<Kontaktpunkt<'_>> {
    let mut v = punkter(&t.telefon, &t.epost);
    for k in &t.kontakt {
        for (art, nokkel, verdi) in [
            (Art::Telefon, "telefon", &k.telefon),
            (Art::Epost, "epost", &k.epost),
        ] {
            if let Some(s) = verdi.as_ref().filter(|s| !s.as_ref().trim().is_empty()) {
                v.push(Kontaktpunkt {
                    art,
                    nokkel,
                    verdi: s.as_ref(),
                    ved: Some(s.span().start),
                });
            }
        }
    }
    v
}

/// The contact points of the municipality itself.
pub fn kommune(k: &Kommune) -> Vec<Kontaktpunkt<'_>> {
    punkter(&k.telefon, &k.epost)
}

/// The contact point of the municipality's barnevernvakt (its phone).
pub fn barnevernvakt(v: &Barnevernvakt) -> Vec<Kontaktpunkt<'_>> {
    punkter(&v.telefon, &None)
}

/// The digits to dial (with a leading `+` for an international number), or
/// why `s` is not a phone number. Allowed: digits, spaces and the
/// separators `-`, `.`, `/`, `(`, `)`; `+` only first. Without `+`, 3 to 12
/// digits (112, 116 111, 02800, 38 37 90 00); with `+`, 8 to 15 (E.164).
pub fn telefon(s: &str) -> Result<String, (&'static str, &'static str)> {
    let s = s.trim();
    let (pluss, rest) = match s.strip_prefix('+') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let mut d = String::with_capacity(16);
    if pluss {
        d.push('+');
    }
    for c in rest.chars() {
        match c {
            '0'..='9' => d.push(c),
            ' ' | '\u{a0}' | '-' | '.' | '/' | '(' | ')' => {}
            _ => {
                return Err((
                    "et telefonnummer har bare sifre, mellomrom og - . / ( ); bokstaver og andre tegn hører i et annet felt",
                    "eit telefonnummer har berre siffer, mellomrom og - . / ( ); bokstavar og andre teikn høyrer til i eit anna felt",
                ));
            }
        }
    }
    let n = d.len() - usize::from(pluss);
    let (min, max) = if pluss { (8, 15) } else { (3, 12) };
    if !(min..=max).contains(&n) {
        return Err((
            "et telefonnummer har 3–12 sifre (med + foran: 8–15)",
            "eit telefonnummer har 3–12 siffer (med + framfor: 8–15)",
        ));
    }
    Ok(d)
}

/// Why `s` is not a plain e-mail address (`navn@domene.no`), if it is not:
/// one `@`; before it letters, digits and `. _ % + -`; after it at least two
/// dot-separated labels of letters, digits and `-`; no `?`, `&`, spaces or
/// anything a `mailto:` link would read as more than an address.
pub fn epost(s: &str) -> Result<&str, (&'static str, &'static str)> {
    let s = s.trim();
    let feil = (
        "ikke en gyldig e-postadresse (skriv bare adressen, f.eks. post@kommune.no)",
        "ikkje ei gyldig e-postadresse (skriv berre adressa, t.d. post@kommune.no)",
    );
    let Some((lokal, domene)) = s.split_once('@') else {
        return Err(feil);
    };
    let lokal_ok = (1..=64).contains(&lokal.len())
        && !lokal.starts_with('.')
        && !lokal.ends_with('.')
        && !lokal.contains("..")
        && lokal
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
    let etiketter: Vec<&str> = domene.split('.').collect();
    let domene_ok = s.len() <= 254
        && etiketter.len() >= 2
        && etiketter.iter().all(|l| {
            (1..=63).contains(&l.chars().count())
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && etiketter
            .last()
            .is_some_and(|t| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic));
    if lokal_ok && domene_ok {
        Ok(s)
    } else {
        Err(feil)
    }
}

/// `tel:` for a valid phone number, else nothing.
pub fn tel_lenke(s: &str) -> Option<String> {
    telefon(s).ok().map(|d| format!("tel:{d}"))
}

/// `mailto:` for a valid e-mail address, else nothing.
pub fn mailto_lenke(s: &str) -> Option<String> {
    epost(s).ok().map(|e| format!("mailto:{e}"))
}

/// Whether `p` holds several numbers or addresses in one field («62 56 42
/// 73 (sentralbord), 954 22 081 (vakt)», «a@x.no, b@x.no»): a text in
/// parentheses and the words «og»/«eller» separate as `,` `;` `|` ` / ` and
/// line breaks do, and two or more of the parts are a number (3 digits or
/// more) or a valid address. One number written with `/` («22/00 00 00») is
/// one number.
pub fn flere(p: &Kontaktpunkt) -> bool {
    let deler = deler(p.verdi);
    let treff = match p.art {
        Art::Telefon => deler
            .iter()
            .filter(|d| d.chars().filter(char::is_ascii_digit).count() >= 3)
            .count(),
        Art::Epost => deler
            .iter()
            .flat_map(|d| d.split_whitespace())
            .map(|o| o.trim_matches(|c: char| "<>\"'.:".contains(c)))
            .filter(|o| epost(o).is_ok())
            .count(),
    };
    treff >= 2
}

/// `s` cut at the separators of a list (see [`flere`]); bounded work: one
/// pass over the text.
fn deler(s: &str) -> Vec<String> {
    let mut ut = vec![String::new()];
    let mut dybde = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => {
                dybde += 1;
                ut.push(String::new());
            }
            ')' | ']' => dybde = dybde.saturating_sub(1),
            _ if dybde > 0 => {}
            ',' | ';' | '|' | '\n' | '\r' => ut.push(String::new()),
            _ => {
                if let Some(siste) = ut.last_mut() {
                    siste.push(c);
                }
            }
        }
    }
    ut.iter()
        .flat_map(|d| {
            let mut biter = vec![String::new()];
            for ord in d.split_whitespace() {
                if matches!(ord.to_lowercase().as_str(), "og" | "eller" | "/" | "&") {
                    biter.push(String::new());
                } else if let Some(b) = biter.last_mut() {
                    b.push_str(ord);
                    b.push(' ');
                }
            }
            biter
        })
        .filter(|d| !d.trim().is_empty())
        .collect()
}

/// The message for a service's field that holds several numbers or
/// addresses: each goes in its own `[[tjeneste.kontakt]]`.
pub fn flere_feil(p: &Kontaktpunkt, m: Maalform) -> Option<String> {
    if !flere(p) {
        return None;
    }
    let grunn = match p.art {
        Art::Telefon => m.t(
            "flere telefonnumre i ett felt; skriv hvert nummer i sin egen [[tjeneste.kontakt]] med etikett (f.eks. «Sentralbord») og telefon",
            "fleire telefonnummer i eitt felt; skriv kvart nummer i sin eigen [[tjeneste.kontakt]] med etikett (t.d. «Sentralbord») og telefon",
        ),
        Art::Epost => m.t(
            "flere e-postadresser i ett felt; skriv hver adresse i sin egen [[tjeneste.kontakt]] med etikett (f.eks. «Sentralbord») og epost",
            "fleire e-postadresser i eitt felt; skriv kvar adresse i sin eigen [[tjeneste.kontakt]] med etikett (t.d. «Sentralbord») og epost",
        ),
    };
    Some(format!(
        "«{}» = «{}»: {grunn}",
        p.nokkel,
        crate::vis::vis_linje(p.verdi)
    ))
}

/// The message for a contact point that fails its check, if it does.
pub fn feil(p: &Kontaktpunkt, m: Maalform) -> Option<String> {
    let grunn = match p.art {
        Art::Telefon => telefon(p.verdi).err()?,
        Art::Epost => epost(p.verdi).err()?,
    };
    Some(format!(
        "«{}» = «{}»: {}",
        p.nokkel,
        crate::vis::vis_linje(p.verdi),
        m.t(grunn.0, grunn.1)
    ))
}

/// One field of a service as lines: its main value, then «etikett: verdi»
/// for each labelled point that has the field («Sentralbord: 62 56 42 73»).
/// The table, the summary's Markdown and `--lang` all show a field this way.
pub fn med_etiketter(
    hoved: Option<&str>,
    kontakt: &[super::model::Kontakt],
    felt: fn(&super::model::Kontakt) -> Option<&str>,
) -> Vec<String> {
    hoved
        .filter(|s| !s.trim().is_empty())
        .map(String::from)
        .into_iter()
        .chain(
            kontakt
                .iter()
                .filter_map(|p| felt(p).map(|v| format!("{}: {v}", p.etikett.as_ref().trim()))),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers() {
        assert_eq!(telefon("38 37 90 00").unwrap(), "38379000");
        assert_eq!(telefon("+47 38 37 90 00").unwrap(), "+4738379000");
        assert_eq!(telefon("116 111").unwrap(), "116111");
        assert_eq!(telefon("112").unwrap(), "112");
        assert_eq!(telefon("02800").unwrap(), "02800");
        assert_eq!(telefon("(+47) 22 00-00.00").ok(), None, "+ only first");
        for s in [
            "1-800-EVIL-123",
            "12",
            "",
            "+47",
            "38379000;ext=1",
            "tlf 38379000",
            "3+8",
        ] {
            assert!(telefon(s).is_err(), "{s}");
        }
    }

    #[test]
    fn email_addresses() {
        for s in [
            "post@sirdal.kommune.no",
            "ola.nordmann+bti@bø.kommune.no",
            "a@b.no",
        ] {
            assert!(epost(s).is_ok(), "{s}");
        }
        for s in [
            "@",
            "a@b.no?bcc=x@y.no&body=hei",
            "a@b",
            "a b@c.no",
            "a@b..no",
            ".a@b.no",
            "a@-b.no",
            "a@b.n0",
            "<a@b.no>",
            "a@b@c.no",
            "javascript:a@b.no",
        ] {
            assert!(epost(s).is_err(), "{s}");
        }
        assert_eq!(mailto_lenke("@"), None);
        assert_eq!(tel_lenke("1-800-EVIL-123"), None);
    }

    #[test]
    fn a_list_in_one_field_is_told_apart_from_one_value() {
        let p = |art, verdi| Kontaktpunkt {
            art,
            nokkel: "telefon",
            verdi,
            ved: None,
        };
        for s in [
            "62 56 42 73 (sentralbord), 954 22 081 (vakt)",
            "62 56 42 73 (sentralbord) 954 22 081",
            "62 56 42 73 eller 954 22 081",
            "116 111 / 112",
            "12 34 56 78; 98 76 54 32",
        ] {
            assert!(flere(&p(Art::Telefon, s)), "{s}");
        }
        for s in [
            "62 56 42 73",
            "(+47) 62 56 42 73",
            "22/00 00 00",
            "62 56 42 73 (sentralbord, dagtid)",
            "62 56 42 73, tast 2",
        ] {
            assert!(!flere(&p(Art::Telefon, s)), "{s}");
        }
        for s in [
            "a@x.no, b@x.no",
            "a@x.no og b@x.no",
            "a@x.no b@x.no",
            "<a@x.no>;<b@x.no>",
        ] {
            assert!(flere(&p(Art::Epost, s)), "{s}");
        }
        for s in ["a@x.no", "a@b@c.no", "post@x.no (sentralbord)"] {
            assert!(!flere(&p(Art::Epost, s)), "{s}");
        }
    }
}
