//! The data generator of `examples/gendata` (SPEC §5): its output is valid
//! (`bti sjekk` finds nothing), realistic in size, and deterministic.

#[path = "../examples/gendata/generator.rs"]
#[allow(dead_code)]
mod generator;

use crate::util::{json, run};

#[test]
fn generated_data_passes_sjekk_and_has_the_promised_size() {
    let dir = tempfile::tempdir().unwrap();
    let ids = generator::write(dir.path(), 2, None).unwrap();
    assert_eq!(ids.len(), 2);
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = run(&["--i-dag", "2000-01-01", "sjekk", d]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out, "Sjekket: 0 feil, 0 advarsler (2 kommuner)\n");

    let k = json(&["--data", d, "kommuner", "--format", "json"]);
    for x in &k {
        assert_eq!(x["tjenester"], 40);
        assert_eq!(x["arenaer"], 10);
        assert_eq!(x["aktiviteter"], 60);
    }
    // Every activity resolves to at least one dated occurrence.
    let f = json(&["--data", d, "frist", "--alle", "--format", "json"]);
    assert!(f.len() >= 120, "{}", f.len());
    assert!(f.iter().all(|x| x["slutt"].is_string()), "undated rows");
    // Relative deadlines are among them.
    assert!(
        f.iter()
            .any(|x| x["frist_tekst"].as_str().unwrap().contains(" etter ")),
        "no relative deadline"
    );
}

#[test]
fn every_kind_of_expression_over_many_municipalities_is_valid() {
    // 36 expression kinds rotate over municipalities and plans: 12 cover them all.
    let dir = tempfile::tempdir().unwrap();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/nasjonal");
    generator::write(dir.path(), 12, Some(&src)).unwrap();
    assert!(dir.path().join("nasjonal/veileder.toml").is_file());
    let (code, out, err) = run(&[
        "--i-dag",
        "2000-01-01",
        "sjekk",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    // The copied national files carry the two paragraphs still to confirm
    // (told to their maintainer); nothing else.
    assert!(
        out.contains("Sjekket: 0 feil, 2 advarsler (12 kommuner)"),
        "{out}"
    );
    assert!(
        out.lines()
            .filter(|l| l.contains("advarsel"))
            .all(|l| l.contains("brukerne ser bare lovens navn")),
        "{out}"
    );
}

#[test]
fn generator_is_deterministic() {
    let a = generator::kommuner(3);
    let b = generator::kommuner(3);
    assert_eq!(a.len(), 3);
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.id, y.id);
        assert_eq!(x.files, y.files);
    }
}
