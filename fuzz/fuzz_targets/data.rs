//! Fuzz target: arbitrary bytes as one data file of each kind (the first
//! byte picks kommune, tjenester, arenaer, framdrift, veileder, roller,
//! kilder or synonymer), parsed and validated against the embedded data
//! as `bti sjekk` reads it. Must never panic, and
//! every diagnostic must carry a file and a message, shown as one line
//! without raw control characters.

#![no_main]

use bti::data::{Kind, check_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let Some((&k, bytes)) = input.split_first() else {
        return;
    };
    let kind = Kind::ALL[usize::from(k) % Kind::ALL.len()];
    for d in check_bytes(kind, bytes) {
        assert!(!d.fil.is_empty() && !d.melding.is_empty(), "{d:?}");
        // Issue #17: a message quoting the data never carries a raw control
        // character to the terminal.
        let s = d.to_string();
        assert!(!s.chars().any(char::is_control), "{s:?}");
    }
});
