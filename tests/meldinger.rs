//! Messages that misled a coordinator (issue 27, item 8): every TOML syntax
//! error of a file, and suggestions only of keys that exist and are close.

use crate::util::{run, tree};

fn sjekk(fil: &str, tekst: &str) -> String {
    let dir = tree(&[
        (
            "kommuner/t/kommune.toml",
            "navn = \"T\"\nmaalform = \"nb\"\n",
        ),
        (&format!("kommuner/t/{fil}"), tekst),
    ]);
    let (code, out, err) = run(&["--data", dir.path().to_str().unwrap(), "sjekk"]);
    assert_eq!(code, 1, "{out}{err}");
    out
}

#[test]
fn two_syntax_errors_in_one_file_are_both_reported_in_order() {
    let out = sjekk(
        "tjenester.toml",
        "[[tjeneste]]\nid = \"a\"\nnavn = \"A\nkategori = \"skole\"\n\n[[tjeneste]]\nid = \"b\"\nnavn = = \"B\"\nkategori = \"skole\"\n",
    );
    let linjer: Vec<&str> = out.lines().filter(|l| l.contains(": feil:")).collect();
    assert_eq!(linjer.len(), 2, "{out}");
    assert!(linjer[0].contains("tjenester.toml:3:"), "{out}");
    assert!(linjer[0].contains("teksten er ikke avsluttet"), "{out}");
    assert!(linjer[1].contains("tjenester.toml:8:"), "{out}");
    assert!(linjer[1].contains("ett «=» for mye"), "{out}");
}

#[test]
fn a_key_with_aa_suggests_the_key_that_exists() {
    let out = sjekk(
        "tjenester.toml",
        "[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = \"skole\"\nåpningstider = \"8-16\"\n",
    );
    assert!(out.contains("mente du «apningstid»?"), "{out}");
    assert!(!out.contains("aapningstider"), "{out}");
    // A key whose ASCII form exists keeps the advice it had.
    let out = sjekk(
        "tjenester.toml",
        "[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = \"skole\"\nnivå = [1]\n",
    );
    assert!(out.contains("skriv «nivaa» eller «\"nivå\"»"), "{out}");
}

#[test]
fn an_unknown_key_is_not_matched_with_a_short_key_inside_it() {
    let out = sjekk(
        "arenaer.toml",
        "[[arena]]\nid = \"a\"\nnavn = \"A\"\nnivaa = \"kommune\"\ntidsrom = \"kl 9\"\n",
    );
    assert!(out.contains("ukjent nøkkel «tidsrom»"), "{out}");
    assert!(!out.contains("mente du «id»"), "{out}");
    // A typo still gets its suggestion.
    let out = sjekk(
        "arenaer.toml",
        "[[arena]]\nid = \"a\"\nnavn = \"A\"\nnivaa = \"kommune\"\nhypighet = \"månedlig\"\n",
    );
    assert!(out.contains("(mente du «hyppighet»?)"), "{out}");
}
