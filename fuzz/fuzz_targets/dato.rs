//! Fuzz target: the date-expression parser (SPEC §2), with and without a
//! plan window. The first byte picks the window: none, or a half year whose
//! start year depends on the byte (years near 0 and 9999 included). Must
//! never panic; every occurrence must satisfy start <= slutt, lie in the
//! years 1900–2200 and touch the window (SPEC §1.8); a command-line date
//! is in 1900–2200. An expression over `MAKS_TEGN` characters is refused;
//! an ongoing row has one period (issue 26, issue 23 item 1).

#![no_main]

use bti::dato::{self, Uttrykk};
use bti::i18n::Maalform;
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let Some((&w, rest)) = input.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let vindu = match w % 4 {
        0 => None,
        1 => window(2018),
        2 => window(1 + i32::from(w)),
        _ => window(9999 - i32::from(w / 4)),
    };
    // A plan's skolestart: the window's 19 August, when the byte says so.
    let skolestart = vindu
        .filter(|_| w & 0x10 != 0)
        .and_then(|(s, _)| NaiveDate::from_ymd_opt(chrono::Datelike::year(&s), 8, 19));
    let lest = dato::les(text, vindu, skolestart);
    if text.chars().count() > dato::MAKS_TEGN {
        assert!(lest.is_err(), "{} chars read", text.len());
    }
    if let Ok(l) = &lest
        && l.lopende
    {
        assert!(matches!(&l.uttrykk, Uttrykk::Perioder(ps) if ps.len() == 1), "{text:?}");
    }
    if let Ok(Uttrykk::Perioder(ps)) = lest.as_ref().map(|l| &l.uttrykk) {
        assert!(ps.len() <= dato::MAKS_FOREKOMSTER.max(1_000), "{text:?}");
    }
    match lest.map(|l| l.uttrykk) {
        Ok(Uttrykk::Perioder(ps)) => {
            for p in ps {
                assert!(p.start <= p.slutt, "{text:?}: {p:?}");
                assert!(dato::aar_ok(p.start) && dato::aar_ok(p.slutt), "{text:?}: {p:?}");
                if let Some((s, e)) = vindu {
                    assert!(p.slutt >= s && p.start <= e, "{text:?}: {p:?} {vindu:?}");
                }
            }
        }
        Ok(Uttrykk::Relativ { antall, eining, .. }) => {
            let _ = eining.legg_til(NaiveDate::MAX, antall);
            let _ = eining.legg_til(NaiveDate::MIN, antall);
        }
        Ok(Uttrykk::Naar) => {}
        Err(e) => {
            assert!(e.pos <= text.chars().count(), "{text:?}: {e:?}");
            let _ = e.melding(Maalform::Nb);
            let _ = e.melding(Maalform::Nn);
        }
    }
    let _ = dato::varighet(text);
    if let Some(d) = dato::kommandolinje(text) {
        assert!(dato::aar_ok(d), "{text:?}: {d}");
    }
});

fn window(y: i32) -> dato::Vindu {
    Some((
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 6, 30)?,
    ))
}
