//! Both målformer: the loader picks `<stem>.<målform>.toml` when it exists,
//! `bti sjekk` compares the two forms, and nothing bokmål-only reaches a
//! nynorsk user.

use crate::util::{json, run, tree};

const KOMMUNE: &str = "navn = \"Testvik kommune\"\nmaalform = \"nb\"\nkilde = \"https://example.org\"\n";
const NB: &str = "[[tjeneste]]\nid = \"hs\"\nnavn = \"Helsestasjon\"\nkategori = \"helsestasjon\"\nbeskrivelse = \"For alle barn og foreldre\"\nkilde = \"https://example.org\"\n";
const NN: &str = "[[tjeneste]]\nid = \"hs\"\nnavn = \"Helsestasjon\"\nkategori = \"helsestasjon\"\nbeskrivelse = \"For alle born og foreldre\"\nkilde = \"https://example.org\"\n";

#[test]
fn the_loader_picks_the_file_in_the_chosen_maalform() {
    let dir = tree(&[
        ("kommuner/testvik/kommune.toml", KOMMUNE),
        ("kommuner/testvik/tjenester.toml", NB),
        ("kommuner/testvik/tjenester.nn.toml", NN),
    ]);
    let d = dir.path().to_str().unwrap();
    let nb = json(&["--data", d, "-k", "testvik", "tjenester", "--format", "json"]);
    assert_eq!(nb[0]["beskrivelse"], "For alle barn og foreldre");
    let nn = json(&[
        "--data", d, "-k", "testvik", "--maalform", "nn", "tjenester", "--format", "json",
    ]);
    assert_eq!(nn[0]["beskrivelse"], "For alle born og foreldre");
    let (code, out, _) = run(&["--data", d, "sjekk"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn sjekk_reports_what_differs_between_the_maalformer() {
    let nn = NN
        .replace("id = \"hs\"", "id = \"helsestasjon\"")
        .replace("beskrivelse = \"For alle born og foreldre\"\n", "");
    let dir = tree(&[
        ("kommuner/testvik/kommune.toml", KOMMUNE),
        ("kommuner/testvik/tjenester.toml", NB),
        ("kommuner/testvik/tjenester.nn.toml", &nn),
    ]);
    let d = dir.path().to_str().unwrap();
    let (code, out, _) = run(&["--data", d, "sjekk"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("tjenester.nn.toml:2:6: feil: «tjeneste[hs].id» skal være lik i begge målformene («helsestasjon» her, «hs» i"),
        "{out}"
    );
    assert!(
        out.contains("tjenester.toml:5:1: feil: «tjeneste[hs].beskrivelse» finnes her, men mangler i den andre målformen"),
        "{out}"
    );
}

#[test]
fn national_data_exists_in_both_maalformer() {
    for stem in ["veileder", "roller", "lovverk", "nodnummer"] {
        assert!(
            std::path::Path::new(&format!("data/nasjonal/{stem}.nn.toml")).is_file(),
            "{stem}.nn.toml"
        );
    }
    let nb = json(&["roller", "--format", "json"]);
    let nn = json(&["--maalform", "nn", "roller", "--format", "json"]);
    assert_eq!(nb[0]["navn"], "Stafettholder");
    assert_eq!(nn[0]["navn"], "Stafetthaldar");
    assert_eq!(nb.len(), nn.len());
}
